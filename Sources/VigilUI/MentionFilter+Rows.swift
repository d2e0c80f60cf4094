import Foundation
import VigilCore

extension MentionFilter {
    /// Whether a dashboard's row passes, read through a pointer (a scan over a million runs on
    /// every core, and a copy per call was most of its time): the same answers as
    /// `matches(_ m: Mention, …)` (a test compares them). Words and phrases are answered by
    /// `found` (a full-text index's answer, which covers `-word`s too) or, without one, scanned
    /// for in `text`, the full mention; with neither they do not hold.
    func matches(_ row: UnsafePointer<MentionRow>, names: MentionNames, triage: Triage?, pending: Bool, found: Bool?,
                 text: UnsafePointer<Mention>?) -> Bool {
        if found == false { return false }
        // A loop, not `allSatisfy`: its closure would copy the row each call.
        for term in terms where !holds(term, row.pointee, names: names, triage: triage, pending: pending, indexed: found != nil, text: text) {
            return false
        }
        return true
    }

    private func holds(_ term: Term, _ row: MentionRow, names: MentionNames, triage: Triage?, pending: Bool, indexed: Bool,
                       text: UnsafePointer<Mention>?) -> Bool {
        switch term {
        case .not(let inner): return !holds(inner, row, names: names, triage: triage, pending: pending, indexed: indexed, text: text)
        case .text where indexed:
            return true
        case .text(let words, let negated):
            guard let m = text else { return false }
            return Self.contains(text: m.pointee.text, author: m.pointee.author.handle, words) != negated
        case .sentiment(let label): return (triage?.sentimentOverride ?? row.label) == label
        case .platform(let name): return names.platforms[Int(row.platform)].rawValue == name
        case .language(let code): return row.language != 0 && names.languages[Int(row.language)] == code
        case .kind(let kind): return row.kind == kind
        case .followers(let op, let value):
            guard let followers = row.followerCount else { return false }
            return Self.compare(followers, op, value)
        case .status(let name):
            if name == "pending" { return pending }
            return (triage?.status ?? .new).rawValue == name
        case .tag(let tag): return (triage?.tags ?? []).contains(tag) || names.tagSets[Int(row.tagSet)].contains(tag)
        case .author(let handle): return names.authorHandles.isEqual(at: Int(row.author), to: handle)
        case .since(let cutoff): return row.createdAt >= cutoff
        }
    }
}
