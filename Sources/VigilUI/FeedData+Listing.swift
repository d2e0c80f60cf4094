import Foundation
import VigilCore

/// Where each item is listed (panes, Pending, counters, sleepers) and the rows again for a new
/// filter or many edits.
extension FeedData {
    /// Which items a full-text answer holds; an item whose key is not known, or newer than
    /// the index, is scanned for the words.
    mutating func found(by answer: TextAnswer, for filter: MentionFilter) -> [Bool] {
        var found = [Bool](repeating: false, count: columns.count)
        switch answer {
        case .ids(let ids):
            for id in ids { if let index = position(of: id) { found[Int(index)] = true } }
        case .keys(let keys, let indexedThrough):
            for key in keys where key > 0 && key < Int64(positionByKey.count) {
                let index = positionByKey[Int(key)]
                if index >= 0 { found[Int(index)] = true }
            }
            // An index far behind (rebuilt from nothing) leaves many. Those not held wait for
            // the session to read them (`keysToRead`, `fill`).
            for (index, row) in columns.rows.enumerated() where row.key == 0 || row.key > indexedThrough {
                let index = Int32(index)
                if columns.holds(index) {
                    found[Int(index)] = filter.matchesText(columns.mention(at: index))
                } else if !columns.unreadable.contains(row.key) {
                    textScanPending.insert(index)
                }
            }
        }
        return found
    }

    /// Where an item belongs now (and the counters and sleepers that go with it).
    mutating func placementFor(_ index: Int32) -> Placement {
        let state = triaged[Int(index)] ? triage[columns.id(at: index)] : nil
        let held = filter?.hasText == true && textFound == nil ? columns.heldMention(at: index) : nil
        let (place, wake, due) = withUnsafePointer(to: columns.rows[Int(index)]) { row in
            Self.withOptionalPointer(to: held) { text in
                Self.placement(of: row, names: columns.names, text: text, state: state, clock: clock, filter: filter, found: textFound?[Int(index)])
            }
        }
        record(index, place: place, wake: wake, due: due)
        return place
    }

    static func withOptionalPointer<T>(to mention: Mention?, _ body: (UnsafePointer<Mention>?) -> T) -> T {
        guard let mention else { return body(nil) }
        return withUnsafePointer(to: mention) { body($0) }
    }

    /// The sleepers and follow-up dates that go with an item's placement.
    mutating func record(_ index: Int32, place: Placement, wake: Date?, due: Date?) {
        schedule.add(index, wake: wake, due: due, listed: place.contains(.followUp), any: place.contains(.followUpAny))
    }

    /// Pure: where a mention belongs, when it wakes (if snoozed), its follow-up date. (`text`:
    /// the full mention, for a filter's words when no index answered them.)
    static func placement(of row: UnsafePointer<MentionRow>, names: MentionNames, text: UnsafePointer<Mention>?, state: Triage?, clock: Date,
                                  filter: MentionFilter?, found: Bool?) -> (Placement, wake: Date?, due: Date?) {
        var place: Placement = []
        if row.pointee.kind.isConversation { place.insert(.conversation) }
        if row.pointee.label == .negative { place.insert(.negative) }
        // Wake-ups count whether or not the filter shows the item (`status:pending` depends on them).
        var wake: Date?
        if let until = state?.snoozedUntil, state?.status == .snoozed, until > clock { wake = until }
        let pendingNow = isPending(row.pointee, state: state, clock: clock)
        if pendingNow { place.insert(.pending) }
        let due = pendingNow && state?.status == .delegated ? state?.followUp : nil
        if due != nil { place.insert(.followUpAny) }
        if filter?.matches(row, names: names, triage: state, pending: pendingNow, found: found, text: text) ?? true {
            place.insert(.listed)
            if pendingNow { place.insert(.pendingListed) }
            if place.contains(.negative) { place.insert(.negativeListed) }
            if due != nil { place.insert(.followUp) }
        }
        return (place, wake, due)
    }

    mutating func count(_ place: Placement, sign: Int) {
        if place.contains(.conversation) { conversationCount += sign }
        if place.contains(.negativeListed) { negativeCount += sign }
    }


    /// The listed rows again for a new filter: whether an item waits for a reply, and where it
    /// sleeps, do not depend on the filter, so only the filter is asked. Over many mentions the
    /// timeline is cut into one slice per core (a filter reading a million mentions waits on
    /// memory, and each core waits for its own), and the slices' rows are joined in order.
    mutating func relist() {
        let slices = timeline.count >= Self.parallelRelistThreshold ? max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8)) : 1
        var parts = [ListedRows](repeating: ListedRows(), count: slices)
        let active = filter, found = textFound, triage = self.triage, triaged = self.triaged
        // Without an index's answer, words are scanned for in the full mentions held.
        let held = active?.hasText == true && found == nil ? columns.heldAndWindow : [:]
        let names = columns.names, columns = self.columns
        // Read through a local, immutable copy of the array (shared storage), element by
        // pointer: `all[i]` as an argument would copy the row.
        let all = columns.rows
        all.withUnsafeBufferPointer { all in
            timeline.withUnsafeBufferPointer { timeline in
                placement.withUnsafeMutableBufferPointer { placement in
                    parts.withUnsafeMutableBufferPointer { parts in
                        // Each slice writes only its own items' placements and its own part.
                        let shared = RelistBuffers(all: all, timeline: timeline, placement: placement, parts: parts)
                        let work: @Sendable (Int) -> Void = { slice in
                            let range = (shared.timeline.count * slice / slices)..<(shared.timeline.count * (slice + 1) / slices)
                            shared.parts[slice] = Self.listedRows(shared.timeline[range], all: shared.all, placement: shared.placement, names: names,
                                                                  held: held, columns: columns, triage: triage, triaged: triaged, filter: active, found: found)
                        }
                        if slices == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: slices, execute: work) }
                    }
                }
            }
        }
        posts = parts.flatMap(\.posts)
        comments = parts.flatMap(\.comments)
        pending = parts.reversed().flatMap { $0.pending.reversed() }
        schedule.setListed(parts.flatMap(\.followUps))
        negativeCount = parts.reduce(0) { $0 + $1.negativeCount }
    }

    static let parallelRelistThreshold = 50_000

    /// The buffers the slices share: read-only, but for disjoint parts of `placement` and `parts`.
    struct RelistBuffers: @unchecked Sendable {
        let all: UnsafeBufferPointer<MentionRow>
        let timeline: UnsafeBufferPointer<Int32>
        let placement: UnsafeMutableBufferPointer<Placement>
        let parts: UnsafeMutableBufferPointer<ListedRows>
    }

    /// What one slice of the timeline lists under a filter, in timeline order.
    struct ListedRows {
        var posts: [Int32] = []
        var comments: [Int32] = []
        var pending: [Int32] = []
        var followUps: [Date] = []
        var negativeCount = 0
    }

    static func listedRows(
        _ slice: Slice<UnsafeBufferPointer<Int32>>, all: UnsafeBufferPointer<MentionRow>, placement: UnsafeMutableBufferPointer<Placement>,
        names: MentionNames, held: [Int32: Mention], columns: MentionColumns, triage: [MentionID: Triage], triaged: [Bool],
        filter: MentionFilter?, found: [Bool]?
    ) -> ListedRows {
        var rows = ListedRows()
        for index in slice {
            let i = Int(index)
            var place = placement[i].subtracting([.listed, .pendingListed, .negativeListed, .followUp])
            let state = triaged[i] ? triage[columns.id(at: index)] : nil
            let listed = withOptionalPointer(to: held.isEmpty ? nil : held[index]) { text in
                filter?.matches(all.baseAddress! + i, names: names, triage: state, pending: place.contains(.pending), found: found?[i], text: text) ?? true
            }
            if listed {
                place.insert(.listed)
                if place.contains(.pending) { place.insert(.pendingListed); rows.pending.append(index) }
                if place.contains(.negative) { place.insert(.negativeListed); rows.negativeCount += 1 }
                if place.contains(.followUpAny), let due = state?.followUp { place.insert(.followUp); rows.followUps.append(due) }
                if place.contains(.conversation) { rows.comments.append(index) } else { rows.posts.append(index) }
            }
            placement[i] = place
        }
        return rows
    }

    /// Every pane's rows from scratch (a new filter, or many changes at once).
    /// (`afterEdits`: mentions changed in place, so the timeline order and the volume counts
    /// are redone too; a filter or triage change leaves both as they are.)
    mutating func rebuildRows(afterEdits: Bool = false) {
        if afterEdits {
            let c = columns
            timeline.sort { c.isNewer($0, $1) }
            volume.removeAll()
            for index in 0..<Int32(columns.count) { countVolume(index, sign: 1) }
            moderation.update(Array(0..<Int32(columns.count)), columns)
        }
        posts.removeAll(keepingCapacity: true)
        comments.removeAll(keepingCapacity: true)
        pending.removeAll(keepingCapacity: true)
        pendingAll.removeAll(keepingCapacity: true)
        schedule.removeAll()
        negativeCount = 0
        conversationCount = 0
        placement = Array(repeating: [], count: columns.count)
        for index in timeline {
            let place = placementFor(index)
            placement[Int(index)] = place
            count(place, sign: 1)
            if place.contains(.listed) { if place.contains(.conversation) { comments.append(index) } else { posts.append(index) } }
            if place.contains(.pending) { pendingAll.append(index) }
            if place.contains(.pendingListed) { pending.append(index) }
        }
        pending.reverse()
        pendingAll.reverse()
    }

    /// New items: identities, then each pane's rows merged with the newcomers (sorted once).
    mutating func add(_ fresh: [Int32]) {
        placement += Array(repeating: [], count: columns.count - placement.count)
        triaged += Array(repeating: false, count: columns.count - triaged.count)
        if !triage.isEmpty {
            for index in fresh where triage[columns.id(at: index)] != nil { triaged[Int(index)] = true }
        }
        // Sorted once, newest first (already so when loaded from the store; reversed when
        // read oldest first).
        let c = columns
        let sorted = zip(fresh, fresh.dropFirst()).allSatisfy { c.isNewer($0, $1) } ? fresh
            : zip(fresh, fresh.dropFirst()).allSatisfy { c.isNewer($1, $0) } ? fresh.reversed() : fresh.sorted { c.isNewer($0, $1) }
        for index in sorted { countVolume(index, sign: 1) }
        moderation.update(sorted, columns)
        var newTimeline: [Int32] = [], newPosts: [Int32] = [], newComments: [Int32] = [], newPending: [Int32] = [], newPendingAll: [Int32] = []
        for index in sorted {
            let place = placementFor(index)
            placement[Int(index)] = place
            count(place, sign: 1)
            newTimeline.append(index)
            if place.contains(.listed) { if place.contains(.conversation) { newComments.append(index) } else { newPosts.append(index) } }
            if place.contains(.pending) { newPendingAll.append(index) }
            if place.contains(.pendingListed) { newPending.append(index) }
        }
        SortedRows.merge(newTimeline, into: &timeline, newestFirst: true, columns)
        SortedRows.merge(newPosts, into: &posts, newestFirst: true, columns)
        SortedRows.merge(newComments, into: &comments, newestFirst: true, columns)
        SortedRows.merge(newPending.reversed(), into: &pending, newestFirst: false, columns)
        SortedRows.merge(newPendingAll.reversed(), into: &pendingAll, newestFirst: false, columns)
    }

    /// Takes one item out of the rows, changes it (its mention or its triage), puts it back.
    mutating func replace(_ index: Int32, _ change: (inout FeedData) -> Void) {
        let old = placement[Int(index)]
        SortedRows.remove(index, from: &timeline, newestFirst: true, columns)
        if old.contains(.listed) {
            if old.contains(.conversation) { SortedRows.remove(index, from: &comments, newestFirst: true, columns) } else { SortedRows.remove(index, from: &posts, newestFirst: true, columns) }
        }
        if old.contains(.pending) { SortedRows.remove(index, from: &pendingAll, newestFirst: false, columns) }
        if old.contains(.pendingListed) { SortedRows.remove(index, from: &pending, newestFirst: false, columns) }
        schedule.remove(index, due: old.contains(.followUp) || old.contains(.followUpAny) ? followUpDate(index) : nil,
                        listed: old.contains(.followUp), any: old.contains(.followUpAny))
        count(old, sign: -1)
        countVolume(index, sign: -1)
        change(&self)
        moderation.update([index], columns)
        countVolume(index, sign: 1)
        let place = placementFor(index)
        placement[Int(index)] = place
        count(place, sign: 1)
        SortedRows.insert(index, into: &timeline, newestFirst: true, columns)
        if place.contains(.listed) {
            if place.contains(.conversation) { SortedRows.insert(index, into: &comments, newestFirst: true, columns) } else { SortedRows.insert(index, into: &posts, newestFirst: true, columns) }
        }
        if place.contains(.pending) { SortedRows.insert(index, into: &pendingAll, newestFirst: false, columns) }
        if place.contains(.pendingListed) { SortedRows.insert(index, into: &pending, newestFirst: false, columns) }
    }

    func followUpDate(_ index: Int32) -> Date? {
        triage[columns.id(at: index)]?.followUp
    }

    mutating func countVolume(_ index: Int32, sign: Int) {
        let row = columns.rows[Int(index)]
        let platform = columns.platform(at: index)
        if sign > 0 {
            volume.add(platform: platform, at: row.createdAt, negative: row.label == .negative)
        } else {
            volume.remove(platform: platform, at: row.createdAt, negative: row.label == .negative)
        }
    }
}
