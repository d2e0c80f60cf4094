import Testing
import VigilCore
@testable import VigilRules

/// The contribution store packs what each mention added to the window rules into a few bytes
/// each, leaves stale versions behind and compacts them away, and must give back exactly what
/// it was given: small numbers and large (rules past 32, groups past a million, engagement
/// near 32 bits), across chunk edges.
@Suite struct ContributionStoreTests {

    struct Given: Equatable, Comparable {
        var rule: Int32, group: Int32, bucket: Int64, matched: Int64, base: Int64, terms: [String]
        static func < (x: Given, y: Given) -> Bool {
            (x.rule, x.group, x.matched, x.base, x.terms.joined(separator: "|")) < (y.rule, y.group, y.matched, y.base, y.terms.joined(separator: "|"))
        }
    }

    static func given(_ c: Contribution, _ terms: [String]) -> Given {
        Given(rule: c.rule, group: c.group, bucket: c.bucket, matched: c.matched, base: c.base, terms: terms)
    }

    /// Compacting often, and never (its bytes then run across several chunks).
    @Test(arguments: [64, 1 << 30])
    func givesBackWhatItWasGivenThroughReplacementsAndCompaction(compactionFloor: Int) {
        var random = SeededGenerator(seed: 11)
        let store = ContributionStore(compactionFloor: compactionFloor)
        let slots = 40
        for _ in 0..<slots { store.addSlot() }
        var model = Array(repeating: [Given](), count: slots)
        var buckets = Array(repeating: Int64(0), count: slots)
        // Values whose encodings take one to five bytes.
        let groups: [Int32] = [0, 1, 127, 128, 16_383, 16_384, 1_000_003, Int32.max]
        let amounts: [Int64] = [0, 1, 2, 300, 70_000, 3_000_000_000]
        let ruleNumbers: [Int32] = [0, 1, 2, 31, 32, 40, 5_000]
        let words = ["recall", "boycott", "data breach"]
        for round in 0..<12_000 {
            let slot = Int(random.next() % UInt64(slots))
            let bucket = Int64(round / 7)
            buckets[slot] = bucket
            var fresh: [Contribution] = []
            var freshTerms: [[String]] = []
            var rulesUsed = Set<Int32>()
            for _ in 0..<Int(random.next() % 6) {
                let rule = ruleNumbers[Int(random.next() % UInt64(ruleNumbers.count))]
                // One contribution per rule and group, as the engine makes.
                let group = groups[Int(random.next() % UInt64(groups.count))]
                guard rulesUsed.insert(Int32(truncatingIfNeeded: Int64(rule) * 1_000_033 + Int64(group))).inserted else { continue }
                let a = amounts[Int(random.next() % UInt64(amounts.count))]
                var c = Contribution(rule: rule, group: group, bucket: bucket, matched: a, base: Int64(random.next() % 2))
                if random.next() % 5 == 0 {
                    freshTerms.append(Array(words.prefix(1 + Int(random.next() % 3))))
                    c.terms = Int32(freshTerms.count - 1)
                }
                fresh.append(c)
            }
            store.replace(slot, with: fresh, freshTerms: freshTerms)
            // Amounts are held at 32 bits, as the engine makes them.
            model[slot] = fresh.map { c in
                var held = c
                held.matched = min(c.matched, Int64(Int32.max))
                return Self.given(held, c.terms < 0 ? [] : freshTerms[Int(c.terms)])
            }

            #expect(store.matches(slot, fresh, freshTerms: freshTerms))
            if var changed = fresh.first {
                changed.base = 1 - changed.base
                #expect(!store.matches(slot, [changed] + fresh.dropFirst(), freshTerms: freshTerms))
                #expect(!store.matches(slot, Array(fresh.dropFirst()), freshTerms: freshTerms))
            }
            // Every slot, not only this one: compaction moves all of them.
            if round % 50 == 0 || round > 11_950 {
                for s in 0..<slots {
                    let stored = store.contributions(of: s, bucket: buckets[s]).map { Self.given($0.0, $0.terms) }
                    #expect(stored == model[s], "slot \(s) after round \(round)")
                }
            }
        }
        #expect(store.footprint.entryBytes > (compactionFloor > 1 << 20 ? 2 : 0) * (1 << 16), "the bytes ran across chunks")
    }
}
