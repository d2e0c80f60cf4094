import Foundation
import Testing
import VigilCore
import VigilTerminal
@testable import VigilUI

/// Views draw from state alone: a store-backed feed lets old mentions go, and the runner reads
/// back, as an effect before each frame, exactly what that frame shows.
@MainActor
struct FrameWindowTests {
    /// `count` posts, a minute apart, keyed 1… oldest first as a store numbers them.
    static func stored(_ count: Int = 3_000) -> (mentions: [Mention], keys: [Int64], byKey: [Int64: Mention]) {
        let mentions = (0..<count).map { n in
            Mention(id: MentionID(platform: .x, nativeID: "p\(n)"), author: Author(handle: "author\(n)"),
                    createdAt: Fixtures.now.addingTimeInterval(Double(n - count) * 60), text: "post number \(n) about the kettle")
        }
        let keys = (0..<mentions.count).map { Int64($0 + 1) }
        return (mentions, keys, Dictionary(uniqueKeysWithValues: zip(keys, mentions)))
    }

    static func runner(count: Int = 3_000, asked: @escaping ([Int64]) -> Void = { _ in }, missing: Set<Int64> = []) -> (DashboardRunner, TestBackend) {
        let (mentions, keys, byKey) = stored(count)
        var state = Fixtures.state()
        state.feed = FeedData(mentions: mentions, keys: keys, storeBacked: true)
        state.feed.archive(keepingNewest: 100)
        let backend = TestBackend(size: Size(width: 120, height: 40))
        let runner = DashboardRunner(backend: backend, state: state, context: Fixtures.context)
        runner.perform = { effect in
            guard case .readMentions(let keys) = effect else { return [] }
            asked(keys)
            return [.mentionsRead(byKey.filter { keys.contains($0.key) && !missing.contains($0.key) }, asked: keys)]
        }
        return (runner, backend)
    }

    @Test func pagingIntoMentionsTheFeedLetGoShowsThemReadBackBeforeTheFrame() {
        var reads: [[Int64]] = []
        let (runner, backend) = Self.runner(asked: { reads.append($0) })
        runner.draw()
        #expect(reads.isEmpty, "the newest are held: nothing to read")
        for _ in 0..<10 { runner.send(.key(.pageDown)) }
        runner.draw()
        #expect(reads.count == 1, "one read for the frame")
        let selected = runner.state.selectedMention(in: .mentions)!
        #expect(!selected.text.contains("…") && backend.text().contains(selected.text.prefix(15)))
        #expect(!backend.text().contains("– …"), "no placeholder on screen")
        // What was read stays held: drawing again reads nothing.
        runner.draw()
        #expect(reads.count == 1)
    }

    @Test func theDetailViewOfAMentionLetGoIsReadBackWithItsThread() {
        let (runner, backend) = Self.runner()
        for _ in 0..<40 { runner.send(.key(.pageDown)) }
        runner.draw()
        runner.send(.key(.enter))
        runner.draw()
        let selected = runner.state.targetMention!
        #expect(backend.text().contains("Mention detail") && backend.text().contains(selected.text))
    }

    @Test func aMentionGoneFromTheStoreIsShownAsGoneAndNotAskedForAgain() {
        var reads = 0
        let oldest: Int64 = 1
        let (runner, backend) = Self.runner(asked: { _ in reads += 1 }, missing: [oldest])
        runner.send(.key(.end))
        runner.draw()
        #expect(backend.text().contains("(not in the data"))
        let before = reads
        runner.draw()
        #expect(reads == before)
    }

    @Test func withoutAStoreToAskTheRowsPlaceholdersAreDrawnAndNothingLoops() {
        let (runner, backend) = Self.runner()
        runner.perform = { _ in [] }  // offline
        runner.send(.key(.end))
        runner.draw()
        #expect(backend.text().contains("@author0"))
    }

    /// A full-text index that lags the store: the items it did not cover that the feed let go
    /// are scanned once read, and listed when they match.
    @Test func aFilterScansTheUnindexedMentionsTheFeedLetGoOnceTheyAreRead() throws {
        let (mentions, keys, byKey) = Self.stored()
        var feed = FeedData(mentions: mentions, keys: keys, storeBacked: true)
        feed.archive(keepingNewest: 100)
        let filter = try MentionFilter(parsing: "\"number 5\"", now: Fixtures.now)
        // Indexed through key 3: of "number 5…" posts, none; keys 4… are to be scanned.
        feed.setFilter(filter, answer: .keys([], indexedThrough: 3))
        let heldMatches = mentions.suffix(100).filter { filter.matchesText($0) }.count
        #expect(feed.posts.count == heldMatches)
        let wanted = feed.keysToRead(at: [])
        #expect(wanted.count == 3_000 - 3 - 100)
        feed.fill(byKey.filter { wanted.contains($0.key) }, asked: wanted)
        #expect(feed.posts.count == mentions.dropFirst(3).filter { filter.matchesText($0) }.count)
        #expect(feed.keysToRead(at: []).isEmpty)
    }

    /// Paging far enough that the window of read-back mentions fills up several times: the
    /// frame that crosses its limit still shows every row it lists.
    @Test func theWindowNeverLetsGoOfWhatTheFrameShows() {
        let (runner, backend) = Self.runner(count: 12_000)
        for page in 0..<300 {
            runner.send(.key(.pageDown))
            runner.draw()
            #expect(!backend.text().contains("– …"), "page \(page): a placeholder on screen")
            if backend.text().contains("– …") { break }
        }
    }

    /// An index that covers nothing: the filter scans every let-go mention, a slice a round,
    /// and lists exactly the matches once done, without holding them all.
    @Test func aScanOfManyMentionsGoesInSlicesAndHoldsOnlyWhatIsShown() throws {
        let (mentions, keys, byKey) = Self.stored(12_000)
        var state = Fixtures.state()
        state.feed = FeedData(mentions: mentions, keys: keys, storeBacked: true)
        state.feed.archive(keepingNewest: 100)
        let filter = try MentionFilter(parsing: "\"number 7\"", now: Fixtures.now)
        state.feed.setFilter(filter, answer: .keys([], indexedThrough: 0))
        #expect(state.feed.keysToRead(at: []).count == FeedData.scanSlice)
        let runner = DashboardRunner(backend: TestBackend(size: Size(width: 120, height: 40)), state: state, context: Fixtures.context)
        var largest = 0
        runner.perform = { effect in
            guard case .readMentions(let wanted) = effect else { return [] }
            largest = max(largest, wanted.count)
            return [.mentionsRead(byKey.filter { wanted.contains($0.key) }, asked: wanted)]
        }
        for _ in 0..<10 where runner.state.feed.awaitsTextScan { runner.draw() }
        #expect(!runner.state.feed.awaitsTextScan)
        #expect(runner.state.feed.posts.count == mentions.filter { filter.matchesText($0) }.count)
        #expect(largest <= FeedData.scanSlice + 200)
        #expect(runner.state.feed.readBackCount < 1_000, "the scanned mentions were let go again, but what the frame shows")
    }
}
