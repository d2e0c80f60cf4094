import Foundation
import Testing
import VigilCore
import VigilRules
@testable import VigilUI

/// The feed keeps its pane rows up to date item by item; whatever the sequence of arrivals,
/// edits, triage changes, filters and clock moves, the result must equal a feed built from
/// scratch from the same final data.
@Suite struct FeedDataIncrementalTests {
    static let platforms: [Platform] = [.x, .reddit, .instagram]

    static func mention(_ n: Int, minute: Int, random: inout SeededGenerator) -> Mention {
        let kinds: [MentionKind] = [.post, .comment, .reply, .review]
        let texts = ["How do I descale it?", "Lid broke after a week", "Love it ☕", "refund please?", "ok"]
        let labels: [SentimentLabel] = [.positive, .negative, .neutral, .unknown]
        return Mention(id: MentionID(platform: platforms[n % 3], nativeID: "m\(n)"),
                       author: Author(handle: "user\(Int(random.next() % 7))"),
                       createdAt: Fixtures.now.addingTimeInterval(Double(minute * 60)),
                       text: texts[Int(random.next() % 5)], kind: kinds[Int(random.next() % 4)],
                       parentID: random.next() % 3 == 0 ? "m\(Int(random.next() % 40))" : nil,
                       sentiment: Sentiment(label: labels[Int(random.next() % 4)], source: .analyzer))
    }

    static func authorKey(_ m: Mention) -> String { "\(m.platform.rawValue):\(m.author.handle.lowercased())" }

    /// Every observable of two feeds, for comparison.
    static func snapshot(_ feed: FeedData) -> [String] {
        func ids(_ rows: [Int32]) -> String { rows.map { feed.mention(at: $0).id.description }.joined(separator: ",") }
        // Each author's mentions, newest first, keyed by the author's first mention on the timeline.
        var seen = Set<String>()
        let firsts = feed.timeline.filter { seen.insert(FeedDataIncrementalTests.authorKey(feed.mention(at: $0))).inserted }
        let authors = firsts.map { "\(FeedDataIncrementalTests.authorKey(feed.mention(at: $0)))=\(ids(feed.authorHistory(of: $0)))" }.sorted().joined(separator: ";")
        let children = feed.children.keys.map(\.description).sorted().map { key in
            "\(key)=\(ids(feed.children.first { $0.key.description == key }!.value))"
        }.joined(separator: ";")
        return [
            "timeline " + ids(feed.timeline), "posts " + ids(feed.posts), "comments " + ids(feed.comments),
            "pending " + ids(feed.pending), "negative \(feed.negativeCount)", "unfiltered \(feed.unfilteredCounts)",
            "pendingTotal \(feed.pendingTotal) oldest \(String(describing: feed.oldestPendingAt))",
            "followUps \(feed.followUps)", "nextWake \(String(describing: feed.nextWake))",
            "authors " + authors, "children " + children,
            "volume \(feed.volume.buckets.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value.total)/\($0.value.negative)" })",
        ]
    }

    /// The key a store would number mention `m<n>` with.
    static func key(_ m: Mention) -> Int64 { Int64(m.id.nativeID.dropFirst())! + 1 }

    /// Store-backed, the full mentions can go but the newest: panes, filters (an index's
    /// answer, fields), triage and edits of the items let go give what a feed holding every
    /// mention gives, and what a frame shows is read back by key (`keysToRead`, `fill`).
    @Test func aFeedThatLetsOldMentionsGoListsWhatOneHoldingThemLists() throws {
        var random = SeededGenerator(seed: 5)
        let mentions = (0..<400).map { Self.mention($0, minute: -Int(random.next() % 2_000), random: &random) }
        let keys = mentions.map(Self.key)
        let byKey = Dictionary(uniqueKeysWithValues: zip(keys, mentions))
        var held = FeedData(mentions: mentions, keys: keys)
        var archived = FeedData(mentions: mentions, keys: keys, storeBacked: true)
        archived.archive(keepingNewest: 25)
        #expect(archived.heldCount == 25 && held.heldCount == 400)
        #expect(Self.snapshot(archived) == Self.snapshot(held))
        let oldest = archived.timeline.last!
        #expect(!archived.holds(oldest) && archived.mention(at: oldest).text == "…")
        let wanted = archived.keysToRead(at: [oldest])
        #expect(wanted.count == 1)
        archived.fill(byKey.filter { wanted.contains($0.key) }, asked: wanted)
        #expect(archived.mention(at: oldest) == held.mention(at: held.timeline.last!))
        #expect(archived.keysToRead(at: [oldest]).isEmpty)
        for text in ["sentiment:neg", "descale -refund", "status:pending platform:x", "-ok author:user3", "lid kind:review"] {
            let filter = try MentionFilter(parsing: text, now: Fixtures.now)
            let answer = filter.hasText ? TextAnswer.keys(keys.filter { filter.matchesText(byKey[$0]!) }.sorted(), indexedThrough: .max) : nil
            held.setFilter(filter, answer: answer)
            archived.setFilter(filter, answer: answer)
            #expect(Self.snapshot(archived) == Self.snapshot(held), "\(text)")
            #expect(archived.posts.count + archived.comments.count > 0, "\(text)")
        }
        // Triage, and a new version of an item that was let go (its author and parent change).
        let old = held.mention(at: held.timeline.last!)
        var edited = old
        edited.author = Author(handle: "user9")
        edited.parentID = "m1"
        edited.text = "Lid broke, refund please?"
        held.applyTriage([old.id: Triage(status: .escalated)])
        archived.applyTriage([old.id: Triage(status: .escalated)])
        held.merge([edited], keys: [Self.key(edited)])
        archived.merge([edited], keys: [Self.key(edited)])
        #expect(Self.snapshot(archived) == Self.snapshot(held))
        #expect(archived.mention(old.id) == edited)
    }

    /// Past the threshold a new filter is applied in slices, one per core: the rows joined
    /// must be those a feed built under the filter from scratch has.
    @Test func aFilterOverManyMentionsListsWhatARebuildLists() throws {
        var random = SeededGenerator(seed: 11)
        let count = FeedData.parallelRelistThreshold + 1_234
        let mentions = (0..<count).map { Self.mention($0, minute: -Int(random.next() % 20_000), random: &random) }
        var triage: [MentionID: Triage] = [:]
        for mention in mentions where random.next() % 5 == 0 {
            var state = Triage(status: [.needsReply, .delegated, .snoozed, .replied][Int(random.next() % 4)])
            state.followUp = Fixtures.now.addingTimeInterval(Double(random.next() % 7_200))
            state.snoozedUntil = Fixtures.now.addingTimeInterval(Double(random.next() % 7_200) - 3_600)
            triage[mention.id] = state
        }
        var feed = FeedData(mentions: mentions, triage: triage)
        feed.advance(to: Fixtures.now)
        for source in ["status:pending -ok", "sentiment:neg platform:x", "refund"] {
            let filter = try MentionFilter(parsing: source, now: Fixtures.now)
            feed.setFilter(filter)
            var rebuilt = FeedData()
            rebuilt.advance(to: Fixtures.now)
            rebuilt.setFilter(filter)
            rebuilt.applyTriage(triage)
            rebuilt.merge(mentions)
            #expect(feed.posts.count + feed.comments.count > 0)
            // Only the start of each differing line: the whole would be megabytes.
            let differing = zip(Self.snapshot(feed), Self.snapshot(rebuilt)).filter { $0 != $1 }.map { String($0.0.prefix(60)) }
            #expect(differing.isEmpty, "\(source)")
        }
    }

    /// A list with repeats of an identity: the last version wins, each key stays with its item,
    /// and the feed is the one that merging them one by one builds.
    @Test func aListWithRepeatsKeepsTheLastVersionAndTheKeys() throws {
        let first = Fixtures.mention("m0", minutesAgo: 9, text: "kettle broke")
        let other = Fixtures.mention("m1", minutesAgo: 8, text: "lovely")
        let edited = Fixtures.mention("m0", minutesAgo: 9, text: "kettle fixed")
        let last = Fixtures.mention("m2", minutesAgo: 7, text: "kettle ok")
        let feed = FeedData(mentions: [first, other, edited, last], keys: [1, 2, 1, 3])
        var merged = FeedData()
        for (mention, key) in zip([first, other, edited, last], [1, 2, 1, 3] as [Int64]) { merged.merge([mention], keys: [key]) }
        #expect(feed.count == 3)
        #expect(feed.mention(first.id)?.text == "kettle fixed")
        #expect([first, other, last].map { feed.position(of: $0.id) } == [0, 1, 2])
        #expect(Self.snapshot(feed) == Self.snapshot(merged))
        var filtered = feed
        filtered.setFilter(try MentionFilter(parsing: "kettle", now: Fixtures.now), answer: .keys([1, 3], indexedThrough: .max))
        #expect(filtered.posts.map { filtered.mention(at: $0).id.nativeID }.sorted() == ["m0", "m2"])
        // A repeat of an item that came after the first repeat is found by its own position.
        let lastAgain = Fixtures.mention("m2", minutesAgo: 7, text: "kettle ok again")
        let twice = FeedData(mentions: [first, other, edited, last, lastAgain], keys: [1, 2, 1, 3, 3])
        #expect(twice.allMentions.map(\.text) == ["kettle fixed", "lovely", "kettle ok again"])
        #expect([first, other, last].map { twice.position(of: $0.id) } == [0, 1, 2])
    }

    @Test func aKeysAnswerIsTakenAsItIsAndItemsWithoutKeysAreScanned() throws {
        let texts = ["refund please", "refund now", "no words here", "refund, scanned"]
        let mentions = texts.enumerated().map { n, text in
            Fixtures.mention("m\(n)", minutesAgo: n, text: text)
        }
        // m3 arrives without a key; the index says m1 and m2 (trusted, even where the text disagrees) and a key no item has.
        var feed = FeedData(mentions: Array(mentions.prefix(3)), keys: [1, 2, 3])
        feed.merge([mentions[3]])
        let filter = try MentionFilter(parsing: "refund", now: Fixtures.now)
        feed.setFilter(filter, answer: .keys([2, 3, 99], indexedThrough: .max))
        #expect(feed.posts.map { feed.mention(at: $0).id.nativeID }.sorted() == ["m1", "m2", "m3"])
        #expect(feed.textAnswer == .keys([2, 3, 99], indexedThrough: .max))
        // An item whose key arrives later is then known by it; an edit is scanned again.
        feed.merge([Fixtures.mention("m3", minutesAgo: 3, text: "nothing")], keys: [4])
        #expect(feed.posts.map { feed.mention(at: $0).id.nativeID }.sorted() == ["m1", "m2"])
        feed.setFilter(filter, answer: .keys([4], indexedThrough: .max))
        #expect(feed.posts.map { feed.mention(at: $0).id.nativeID } == ["m3"])
        // An index that lags (through key 1): what it holds is trusted, newer items are scanned.
        feed.setFilter(filter, answer: .keys([], indexedThrough: 1))
        #expect(feed.posts.map { feed.mention(at: $0).id.nativeID } == ["m1"])
        feed.setFilter(nil, answer: .keys([4], indexedThrough: .max))
        #expect(feed.textAnswer == nil && feed.posts.count == 4)
    }

    @Test(arguments: 1...8)
    func incrementalChangesMatchARebuild(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        var latest: [MentionID: Mention] = [:]
        var feed = FeedData()
        var triage: [MentionID: Triage] = [:]
        var filter: MentionFilter?
        var clock = Fixtures.now
        var next = 0
        for _ in 0..<60 {
            switch random.next() % 6 {
            case 0, 1:  // arrivals, sometimes with edits of earlier items in the same batch
                var batch: [Mention] = []
                for _ in 0..<Int(random.next() % 6 + 1) {
                    batch.append(Self.mention(next, minute: Int(random.next() % 600) - 300, random: &random))
                    next += 1
                }
                if next > 0, random.next() % 2 == 0 {
                    batch.append(Self.mention(Int(random.next() % UInt64(next)), minute: Int(random.next() % 600) - 300, random: &random))
                }
                for m in batch { latest[m.id] = m }
                // Mostly with the store's keys; without them the feed scans those items' text.
                feed.merge(batch, keys: random.next() % 3 == 0 ? [] : batch.map(Self.key))
            case 2:  // triage changes
                guard next > 0 else { continue }
                var changes: [MentionID: Triage] = [:]
                for _ in 0..<Int(random.next() % 3 + 1) {
                    let id = MentionID(platform: Self.platforms[0], nativeID: "m\(Int(random.next() % UInt64(next)))")
                    let actions: [TriageAction] = [.markReplied, .dismiss, .escalate(note: ""), .snooze(until: clock.addingTimeInterval(Double(random.next() % 7200))),
                                                   .delegate(department: "support", followUp: clock.addingTimeInterval(Double(random.next() % 7200) - 3600)),
                                                   .setTags(["refund"]), .restore(Triage())]
                    let action = actions[Int(random.next() % UInt64(actions.count))]
                    changes[id] = action.applied(to: triage[id] ?? Triage(), by: "t", at: clock)
                }
                triage.merge(changes) { $1 }
                feed.applyTriage(changes)
            case 3:  // a filter, or none
                let sources = ["", "status:pending", "sentiment:neg", "tag:refund", "refund", "-ok platform:x"]
                let source = sources[Int(random.next() % UInt64(sources.count))]
                filter = source.isEmpty ? nil : try MentionFilter(parsing: source, now: clock)
                if let filter, !filter.requiredText.isEmpty, random.next() % 2 == 0 {
                    // What a full-text index holding every item would answer.
                    let found = latest.values.filter { filter.matchesText($0) }.map(Self.key).sorted()
                    feed.setFilter(filter, answer: .keys(found, indexedThrough: .max))
                } else {
                    feed.setFilter(filter)
                }
            default:  // time passes: snoozed items wake
                clock = clock.addingTimeInterval(Double(random.next() % 1800))
                feed.advance(to: clock)
            }
            var rebuilt = FeedData()
            rebuilt.advance(to: clock)
            rebuilt.setFilter(filter)
            rebuilt.applyTriage(triage)
            rebuilt.merge(Array(latest.values))
            #expect(Self.snapshot(feed) == Self.snapshot(rebuilt), "seed \(seed)")
            if Self.snapshot(feed) != Self.snapshot(rebuilt) { return }
        }
    }
}
