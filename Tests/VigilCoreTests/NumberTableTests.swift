import Testing
@testable import VigilCore

@Suite struct NumberTableTests {
    /// Keys are found by number after the table grew many times, including keys whose hashes
    /// share their high bits (same tag and start: only the key comparison tells them apart).
    /// With tags, and past the numbers tags leave room for (16 million; lowered here).
    @Test(arguments: [Int(NumberTable.numberMask), 20_000])
    func everyKeyKeepsItsNumberThroughGrowth(taggedLimit: Int) {
        var table = NumberTable(capacity: 4)
        table.taggedLimit = taggedLimit
        var keys: [UInt64] = []
        func hash(_ key: UInt64) -> UInt64 {
            // Every eighth key collides with the one before it in the high 32 bits.
            key % 8 == 0 && key > 0 ? hash(key - 1) ^ 1 : (key &* 0x9E37_79B9_7F4A_7C15) ^ ((key &* 0x9E37_79B9_7F4A_7C15) >> 31)
        }
        for key in UInt64(0)..<50_000 {
            let found = table.find(hash(key)) { keys[$0] == key }
            #expect(found.number == nil)
            keys.append(key)
            #expect(table.insert(hash(key), at: found.position) { hash(keys[$0]) } == Int(key))
        }
        #expect(table.count == 50_000)
        #expect(table.wide == (taggedLimit < 50_000))
        for key in UInt64(0)..<50_000 where table.find(hash(key), isKey: { keys[$0] == key }).number != Int(key) {
            Issue.record("key \(key) lost its number")
        }
        #expect(table.find(hash(77_777)) { keys[$0] == 77_777 }.number == nil)
    }
}
