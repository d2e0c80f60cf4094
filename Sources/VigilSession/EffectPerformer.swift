import Foundation
import VigilCore
import VigilRules
import VigilStore
import VigilUI

extension LiveSession {
    /// Carries out what `update` asks for and returns the messages that result. Every triage
    /// change is committed to the database before the message that says it is done.
    public func perform(_ effect: Effect, runner: DashboardRunner) -> [Msg] {
        switch effect {
        case .acknowledgeAlert(let id):
            let ack = Acknowledgement(by: user, at: Date())
            do { try store.saveAcknowledgement(ack, alertID: id) } catch { return [.saveFailed(String(describing: error))] }
            knownAcks.insert(id)
            engine.acknowledge(alertID: id, by: ack.by, at: ack.at)
        case .silenceAlert(let id):
            guard let alert = runner.state.alerts.first(where: { $0.id == id }) else { return [] }
            let until = max(clock(), engine.watermark ?? clock()).addingTimeInterval(3600)
            let silence = Silence(id: "\(alert.ruleID)|\(alert.key)", ruleID: alert.ruleID, key: alert.key,
                                  startsAt: alert.startedAt, endsAt: until, createdBy: user)
            do {
                try store.saveSilence(id: silence.id, rule: silence.ruleID, key: silence.key, from: silence.startsAt, until: silence.endsAt,
                                      by: user, comment: silence.comment)
            } catch { return [.saveFailed(String(describing: error))] }
            engine.addSilence(silence)
        case .triage(let action, let ids, let before):
            return triage(action, ids: ids, before: before)
        case .openURL(let url):
            return [.status(openURL(url))]
        case .composeReply(let id, let draft, let before):
            var written: String?
            terminal.runOutside { written = composeReply(draft) }
            runner.invalidate()
            guard let text = written else {
                return perform(.releaseClaim(id), runner: runner) + [.status("reply not saved: empty or unchanged")]
            }
            return perform(.saveReply(text, id: id, before: before), runner: runner)
        case .saveReply(let text, let id, let before):
            do {
                let after = try store.saveReply(Reply(mention: id, by: user, at: Date(), text: text))
                return [.triageChanged(after: [id: after], before: [id: before], action: "reply saved to the outbox, replied"),
                        .claimsSynced([id: .replied(by: user, at: Date())])]
            } catch let conflict as ClaimConflict {
                return [.replyRefused(id, draft: text, holder: conflict.holder)]
            } catch {
                // Nothing typed is lost: the next `r` on the item brings the draft back.
                return [.draftKept(id, text), .saveFailed(String(describing: error) + " (your reply is kept: r brings it back)")]
            }
        case .claim(let id, let purpose, let takeOver):
            do {
                let outcome = try store.claim(id, purpose: purpose, by: user, at: Date(), for: Claim.lasts, takeOver: takeOver)
                if case .granted = outcome { claimedHere.insert(id) }
                return [.claimAnswered(id, purpose: purpose, outcome: outcome)]
            } catch {
                return [.saveFailed("cannot claim the item: \(error)")]
            }
        case .releaseClaim(let id):
            try? store.releaseClaims([id], by: user)
            return [.claimsSynced([id: nil])]
        case .readMentions(let keys):
            return readMentions(keys).map { [.mentionsRead($0, asked: keys)] } ?? []
        case .search(let filter):
            do {
                return [.searchResults(filter, try store.search(filter.requiredText, excluding: filter.excludedText))]
            } catch {
                return [.status("search failed: \(error)")]
            }
        case .exportMentions(let path, let ids):
            return [.status(ExportFromDashboard.write(ids, to: path, state: runner.state, read: { self.flagged(try self.store.mentions(keys: $0)) }))]
        case .writeReport(let period, let path, let filter):
            return [.status(ReportFromDashboard.write(period: period, path: path, filter: filter, session: self))]
        case .addNote(let text, let ids):
            do {
                var notes: [MentionID: [Note]] = [:]
                for id in ids { notes[id] = try store.addNote(text, to: id, by: user, at: Date()) }
                return [.notesChanged(notes, saved: true)]
            } catch {
                return [.saveFailed(String(describing: error))]
            }
        case .restoreTriage(let states):
            do {
                let after = try store.restore(states, by: user, at: Date())
                return [.triageChanged(after: after, before: nil, action: "undone")]
            } catch {
                return [.saveFailed(String(describing: error))]
            }
        case .moderate(let action, let ids, let note, let before):
            do {
                let at = Date()
                try store.moderate(ids, action: action, note: note, by: user, at: at)
                let after = Dictionary(uniqueKeysWithValues: ids.map { ($0, Optional(ModerationDecision(mention: $0, action: action, note: note, by: user, at: at))) })
                return [.moderationChanged(after: after, before: before, action: action == .ban ? "author banned" : action.rawValue)]
            } catch {
                return [.saveFailed(String(describing: error))]
            }
        case .restoreModeration(let decisions):
            do {
                let at = Date()
                let withdrawn = decisions.filter { $0.value == nil }.map(\.key)
                if !withdrawn.isEmpty { try store.withdrawModeration(withdrawn, by: user, at: at) }
                for case let (id, decision?) in decisions {
                    try store.moderate([id], action: decision.action, note: decision.note, by: user, at: at)
                }
                return [.moderationChanged(after: decisions, before: nil, action: "undone")]
            } catch {
                return [.saveFailed(String(describing: error))]
            }
        case .quit:
            return []
        }
        return [.alertsChanged(engine.alerts())]
    }

    /// Mentions by store key, flagged by the rules as the feed's own are; nil while offline
    /// or when the read fails (the frame then shows what the rows know, and asks again).
    func readMentions(_ keys: [Int64]) -> [Int64: Mention]? {
        guard !isOffline, let found = try? store.mentions(keys: keys) else { return nil }
        return flagged(found)
    }

    func flagged(_ found: [Int64: Mention]) -> [Int64: Mention] {
        let keys = Array(found.keys)
        var mentions = keys.map { found[$0]! }
        engine.flag(&mentions)
        return Dictionary(uniqueKeysWithValues: zip(keys, mentions))
    }

    private func triage(_ action: TriageAction, ids: [MentionID], before: [MentionID: Triage]) -> [Msg] {
        do {
            let after = try store.apply(action, to: ids, by: user, at: Date())
            var messages: [Msg] = [.triageChanged(after: after, before: before, action: action.name)]
            // Escalating or assigning says "I have this" to the rest of the team for a while.
            // (Assigning claims it for the person it goes to, who may then reply unhindered.)
            let claimant: String? = switch action {
            case .escalate: user
            case .assign(let person): person
            default: nil
            }
            if let claimant {
                var claimed: [MentionID: Claim?] = [:]
                for id in ids {
                    if case .granted(let claim)? = try? store.claim(id, purpose: action.name, by: claimant, at: Date(), for: Claim.lasts, takeOver: false) {
                        claimed[id] = claim
                        if claimant == user { claimedHere.insert(id) }
                    }
                }
                if !claimed.isEmpty { messages.append(.claimsSynced(claimed)) }
            }
            // The escalation's note goes with the item, for whoever picks it up. The escalation
            // itself is saved whatever becomes of the note.
            if case .escalate(let note) = action, !note.isEmpty {
                var notes: [MentionID: [Note]] = [:]
                do {
                    for id in ids { notes[id] = try store.addNote("Escalated: " + note, to: id, by: user, at: Date()) }
                } catch {
                    messages.append(.status("escalated, but the note was not saved: \(error)"))
                }
                messages.append(.notesChanged(notes, saved: false))
            }
            return messages
        } catch {
            return [.saveFailed(String(describing: error))]
        }
    }
}
