import Foundation

/// What one mention adds to one window rule's group, in one bucket of event time.
struct Contribution: Equatable, Sendable {
    var rule: Int32
    /// The group's series index; for velocity rules the slot of the item answered.
    var group: Int32
    var bucket: Int64
    /// Matching mentions (count, spike, share numerator) or engagement (velocity).
    var a: Int64
    /// Share denominator.
    var b: Int64
    /// The matched terms, as an index into the term lists it is stored with; -1: none.
    var terms: Int32 = -1
}

/// Every mention's current contributions to the window rules, kept in one flat array with a
/// range per mention slot (no array per mention). A new version appends its contributions and
/// leaves the old ones behind; the array is compacted when more than half of it is stale.
struct ContributionStore {
    private var all: [Contribution] = []
    private var termLists: [[String]] = []
    private var starts: [Int32] = []
    private var counts: [Int32] = []
    private var live = 0

    mutating func addSlot() {
        starts.append(0)
        counts.append(0)
    }

    func contributions(of slot: Int) -> ArraySlice<Contribution> {
        let start = Int(starts[slot])
        return all[start..<start + Int(counts[slot])]
    }

    func terms(_ c: Contribution, in lists: [[String]]? = nil) -> [String] {
        c.terms < 0 ? [] : (lists ?? termLists)[Int(c.terms)]
    }

    /// Whether the slot's contributions equal `fresh` (whose terms index `freshTerms`).
    func matches(_ slot: Int, _ fresh: [Contribution], freshTerms: [[String]]) -> Bool {
        guard Int(counts[slot]) == fresh.count else { return false }
        var index = Int(starts[slot])
        for c in fresh {
            var kept = all[index]
            guard (kept.terms < 0) == (c.terms < 0) else { return false }
            if c.terms >= 0 {
                guard termLists[Int(kept.terms)] == freshTerms[Int(c.terms)] else { return false }
                kept.terms = c.terms
            }
            guard kept == c else { return false }
            index += 1
        }
        return true
    }

    /// Makes `fresh` the slot's contributions; returns them with their terms indexed here.
    mutating func replace(_ slot: Int, with fresh: [Contribution], freshTerms: [[String]]) -> ArraySlice<Contribution> {
        live += fresh.count - Int(counts[slot])
        if all.count > 4096 && all.count > 2 * live { compact() }
        starts[slot] = Int32(all.count)
        counts[slot] = Int32(fresh.count)
        for var c in fresh {
            if c.terms >= 0 {
                termLists.append(freshTerms[Int(c.terms)])
                c.terms = Int32(termLists.count - 1)
            }
            all.append(c)
        }
        return contributions(of: slot)
    }

    private mutating func compact() {
        var kept: [Contribution] = []
        var keptTerms: [[String]] = []
        kept.reserveCapacity(live * 2)
        for slot in starts.indices {
            let start = kept.count
            for var c in contributions(of: slot) {
                if c.terms >= 0 {
                    keptTerms.append(termLists[Int(c.terms)])
                    c.terms = Int32(keptTerms.count - 1)
                }
                kept.append(c)
            }
            starts[slot] = Int32(start)
        }
        all = kept
        termLists = keptTerms
    }
}
