import Testing
import VigilCore
@testable import VigilRules

/// The contribution store packs what each mention added to the window rules into 16-byte
/// entries, leaves stale versions behind and compacts them away, and must give back exactly
/// what it was given.
@Suite struct ContributionStoreTests {

    struct Given: Equatable, Comparable {
        var rule: Int32, group: Int32, bucket: Int64, a: Int64, b: Int64, terms: [String]
        static func < (x: Given, y: Given) -> Bool {
            (x.rule, x.group, x.a, x.b, x.terms.joined(separator: "|")) < (y.rule, y.group, y.a, y.b, y.terms.joined(separator: "|"))
        }
    }

    static func given(_ c: Contribution, _ terms: [String]) -> Given {
        Given(rule: c.rule, group: c.group, bucket: c.bucket, a: c.a, b: c.b, terms: terms)
    }

    @Test func givesBackWhatItWasGivenThroughReplacementsAndCompaction() {
        var random = SeededGenerator(seed: 11)
        let store = ContributionStore(compactionFloor: 64)
        let slots = 40
        for _ in 0..<slots { store.addSlot() }
        var model = Array(repeating: [Given](), count: slots)
        let words = ["recall", "boycott", "data breach"]
        for round in 0..<2_500 {
            let slot = Int(random.next() % UInt64(slots))
            let bucket = Int64(round / 7)
            var fresh: [Contribution] = []
            var freshTerms: [[String]] = []
            var rulesUsed = Set<Int32>()
            for _ in 0..<Int(random.next() % 6) {
                let rule = Int32(random.next() % 4)
                // One contribution per rule and group, as the engine makes.
                let group = Int32(random.next() % 4)
                guard rulesUsed.insert(rule * 16 + group).inserted else { continue }
                var c = Contribution(rule: rule, group: group, bucket: bucket, a: Int64(random.next() % 3), b: Int64(random.next() % 2))
                if random.next() % 5 == 0 {
                    freshTerms.append(Array(words.prefix(1 + Int(random.next() % 3))))
                    c.terms = Int32(freshTerms.count - 1)
                }
                fresh.append(c)
            }
            store.replace(slot, with: fresh, freshTerms: freshTerms)
            model[slot] = fresh.map { Self.given($0, $0.terms < 0 ? [] : freshTerms[Int($0.terms)]) }

            #expect(store.matches(slot, fresh, freshTerms: freshTerms))
            if var changed = fresh.first {
                changed.a += 1
                #expect(!store.matches(slot, [changed] + fresh.dropFirst(), freshTerms: freshTerms))
                #expect(!store.matches(slot, Array(fresh.dropFirst()), freshTerms: freshTerms))
            }
            // Every slot, not only this one: compaction moves all of them.
            if round % 50 == 0 || round > 2_450 {
                for s in 0..<slots {
                    let stored = (0..<store.count(of: s)).map { store.contribution(of: s, $0) }.map { Self.given($0.0, $0.terms) }
                    #expect(stored == model[s], "slot \(s) after round \(round)")
                }
            }
        }
    }
}
