import Foundation
import Testing
import VigilCore
import VigilUI

/// A dashboard keeps one row per mention of its history: its size is the feed's memory.
@Suite struct MentionRowTests {
    static func row(followers: Int64, key: Int64) -> MentionRow {
        MentionRow(createdAt: Date(timeIntervalSince1970: 1_700_000_000), followers: followers, key: key, author: 7, tagSet: 2,
                   language: 1, platform: 3, kind: .reply, label: .negative, traits: [.needsReply, .answers])
    }

    @Test func aRowTakes32Bytes() {
        #expect(MemoryLayout<MentionRow>.stride == 32)
    }

    @Test func keysAndFollowersKeepTheirMeaningAtTheEdges() {
        #expect(Self.row(followers: 12_345, key: 4_000_000_000).key == 4_000_000_000)
        #expect(Self.row(followers: 12_345, key: 4_000_000_000).followerCount == 12_345)
        // Past 32 bits a key is "not known" (the mention stays held), never another mention's.
        #expect(Self.row(followers: 1, key: Int64(UInt32.max) + 1).key == 0)
        #expect(Self.row(followers: .min, key: 1).followerCount == nil)
        #expect(Self.row(followers: 5_000_000_000, key: 1).followerCount == Int(Int32.max))
        var row = Self.row(followers: 10, key: 0)
        row.key = 99
        #expect(row.key == 99 && row.author == 7 && row.label == .negative && row.traits == [.needsReply, .answers])
    }
}
