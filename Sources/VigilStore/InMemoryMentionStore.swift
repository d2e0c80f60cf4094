import Foundation
import VigilCore

/// A store held in memory for the life of the process (headless commands, tests).
public final class InMemoryMentionStore: MentionStore {
    private var byID: [MentionID: Mention] = [:]
    private var triage: [MentionID: Triage] = [:]
    private var log: [AuditEntry] = []

    public init() {}

    @discardableResult
    public func upsert(_ mentions: [Mention]) -> Int {
        var added = 0
        byID.reserveCapacity(byID.count + mentions.count)
        for mention in mentions {
            if byID.updateValue(mention, forKey: mention.id) == nil { added += 1 }
        }
        return added
    }

    public var count: Int { byID.count }

    public func mention(_ id: MentionID) -> Mention? { byID[id] }

    public func allNewestFirst() -> [Mention] {
        byID.values.sorted(by: Mention.newestFirst)
    }

    public func mentions(from: Date, to: Date) -> [Mention] {
        byID.values.filter { $0.createdAt >= from && $0.createdAt < to }.sorted { a, b in
            if a.createdAt != b.createdAt { return a.createdAt < b.createdAt }
            if a.id.platform != b.id.platform { return a.id.platform < b.id.platform }
            return a.id.nativeID < b.id.nativeID
        }
    }

    public func newest(limit: Int?, ruleFlags: Bool) -> StoredMentions {
        StoredMentions(mentions: Array(allNewestFirst().prefix(limit ?? .max)), keys: [], total: byID.count)
    }

    public func triageStates() -> [MentionID: Triage] { triage }

    @discardableResult
    public func apply(_ action: TriageAction, to ids: [MentionID], by who: String, at time: Date) -> [MentionID: Triage] {
        var result: [MentionID: Triage] = [:]
        for id in ids {
            let before = triage[id] ?? Triage()
            let after = action.applied(to: before, by: who, at: time)
            triage[id] = after
            log.append(AuditEntry(at: time, who: who, mention: id, action: action.name, before: before.auditText, after: after.auditText))
            result[id] = after
        }
        return result
    }

    @discardableResult
    public func restore(_ states: [MentionID: Triage], by who: String, at time: Date) -> [MentionID: Triage] {
        var result: [MentionID: Triage] = [:]
        for (id, state) in states {
            result.merge(apply(.restore(state), to: [id], by: who, at: time)) { $1 }
            if state.status != .replied && state.status != .done {
                outbox.removeAll { $0.mention == id && $0.at >= (state.updatedAt ?? .distantPast) }
            }
        }
        return result
    }

    public func auditLog() -> [AuditEntry] { log }

    private var notesByID: [MentionID: [Note]] = [:]

    @discardableResult
    public func addNote(_ text: String, to id: MentionID, by who: String, at time: Date) -> [Note] {
        notesByID[id, default: []].append(Note(by: who, at: time, text: text))
        log.append(AuditEntry(at: time, who: who, mention: id, action: "commented", before: "", after: text))
        return notesByID[id]!
    }

    public func notes() -> [MentionID: [Note]] { notesByID }

    private var outbox: [Reply] = []
    private var decisions: [MentionID: ModerationDecision] = [:]
    private var decisionOrder: [MentionID] = []

    public func moderate(_ ids: [MentionID], action: ModerationAction, note: String, by who: String, at time: Date) {
        for id in ids {
            let before = decisions[id]?.action.rawValue ?? ""
            decisions[id] = ModerationDecision(mention: id, action: action, note: note, by: who, at: time)
            decisionOrder.removeAll { $0 == id }
            decisionOrder.append(id)
            log.append(AuditEntry(at: time, who: who, mention: id, action: "moderated", before: before, after: action.rawValue))
        }
    }

    public func withdrawModeration(_ ids: [MentionID], by who: String, at time: Date) {
        for id in ids {
            guard let old = decisions.removeValue(forKey: id) else { continue }
            decisionOrder.removeAll { $0 == id }
            log.append(AuditEntry(at: time, who: who, mention: id, action: "moderation withdrawn", before: old.action.rawValue, after: ""))
        }
    }

    public func moderationDecisions() -> [ModerationDecision] { decisionOrder.compactMap { decisions[$0] } }

    public func mentionsModeratedByRules() -> [Mention] {
        allNewestFirst().reversed().filter { $0.flags?.moderation != nil }
    }

    @discardableResult
    public func saveReply(_ reply: Reply) throws -> Triage {
        if let holder = claimed[reply.mention], holder.who != reply.by, holder.until > reply.at { throw ClaimConflict(holder: holder) }
        claimed[reply.mention] = .replied(by: reply.by, at: reply.at)
        outbox.append(reply)
        return apply(.markReplied, to: [reply.mention], by: reply.by, at: reply.at)[reply.mention]!
    }

    public func replies() -> [Reply] { outbox }

    /// As the SQLite store's full-text index answers: whole words (a phrase's words in a row),
    /// case and accents aside, in the text or the author; a term without a letter or digit
    /// (an emoji) anywhere in the text.
    public func search(_ terms: [String], excluding: [String]) -> TextAnswer {
        func has(_ m: Mention, _ words: String) -> Bool {
            guard MentionFilter.isIndexable(words) else { return m.text.contains(words) || m.author.handle.contains(words) }
            let wanted = Self.words(words)
            return [Self.words(m.text), Self.words(m.author.handle)].contains { have in
                have.count >= wanted.count && (0...(have.count - wanted.count)).contains { Array(have[$0..<($0 + wanted.count)]) == wanted }
            }
        }
        return .ids(Set(byID.values.filter { m in terms.allSatisfy { has(m, $0) } && !excluding.contains { has(m, $0) } }.map(\.id)))
    }

    static func words(_ text: String) -> [String] { SearchWords.words(text) }

    /// Not numbered: never has a key.
    public func mentions(keys: [Int64]) -> [Int64: Mention] { [:] }

    private var acks: [String: Acknowledgement] = [:]
    private var savedSilences: [String: SavedSilence] = [:]

    public func saveAcknowledgement(_ ack: Acknowledgement, alertID: String) {
        acks[alertID] = ack
        log.append(AuditEntry(at: ack.at, who: ack.by, mention: MentionID(platform: Platform(rawValue: AuditEntry.alertPlatform), nativeID: alertID),
                              action: "acknowledged", before: "", after: ack.note))
    }
    public func acknowledgements() -> [String: Acknowledgement] { acks }
    private var notified: Set<String> = []
    public func claimNotification(alertID: String, at time: Date) -> Bool { notified.insert(alertID).inserted }

    public func saveSilence(id: String, rule: String?, key: String?, from: Date, until: Date, by: String, comment: String) {
        savedSilences[id] = SavedSilence(id: id, rule: rule, key: key, from: from, until: until, by: by, comment: comment)
    }

    public func silences() -> [SavedSilence] { savedSilences.values.sorted { $0.id < $1.id } }

    private var claimed: [MentionID: Claim] = [:]
    private var sessions: [String: Presence] = [:]

    public func claim(_ id: MentionID, purpose: String, by who: String, at time: Date, for duration: TimeInterval, takeOver: Bool) -> ClaimOutcome {
        let decision = ClaimRule.decide(existing: claimed[id], purpose: purpose, who: who, at: time, duration: duration, takeOver: takeOver)
        if let claim = decision.write { claimed[id] = claim }
        if let from = decision.takenFrom {
            log.append(AuditEntry(at: time, who: who, mention: id, action: "claim taken over", before: from.who, after: who))
        }
        return decision.outcome
    }

    public func releaseClaims(_ ids: [MentionID]?, by who: String) {
        for (id, claim) in claimed where claim.who == who && (ids?.contains(id) ?? true) { claimed[id] = nil }
    }

    public func claims(at now: Date) -> [MentionID: Claim] { claimed.filter { $0.value.until > now } }

    public func heartbeat(session: String, user: String, pane: String, at time: Date) {
        sessions[session] = Presence(session: session, user: user, pane: pane, at: time)
    }

    public func presence(since: Date) -> [Presence] { sessions.values.filter { $0.at >= since }.sorted { $0.user < $1.user } }

    public func leave(session: String) { sessions[session] = nil }

    /// One process owns a memory store: there are never changes from elsewhere.
    public func latestChange() -> ChangePosition { .beginning }

    public func changes(after position: ChangePosition) -> StoreChanges { StoreChanges(last: position) }
}
