import Foundation
import VigilCore
import VigilStore

/// Working as a team on one database: a reply starts by claiming the item; someone else's claim
/// is shown and may be taken over with a second `r`; a reply refused because the item was taken
/// over keeps its draft for the next `r`.
extension Updater {
    /// `r` (or `:reply`) on `id` with `draft`: claim it first, unless someone else holds it and
    /// the user has not asked to take it over yet.
    func startReply(_ id: MentionID, draft: String, in state: inout AppState) -> [Effect] {
        // An offer stands for the person it named: someone else meanwhile is said again.
        func offered(_ who: String) -> Bool { state.team.takeOverOffer == id && state.team.offeredFrom == who }
        if let holder = state.team.heldByOther(id, at: state.now), !offered(holder.who) {
            offerTakeOver(id, holder, in: &state)
            return []
        }
        // Answered already by someone else: said once, so a complaint is not answered twice.
        if let triage = state.feed.triage[id], triage.status == .replied, let by = triage.updatedBy, by != state.team.me,
           !offered(by), state.team.heldByOther(id, at: state.now) == nil {
            state.team.takeOverOffer = id
            state.team.offeredFrom = by
            let when = triage.updatedAt.map { " at " + Format.clock($0, zone: viewContext.timeZone) } ?? ""
            state.statusMessage = "\(by) already replied to this\(when): press r again to reply anyway"
            return []
        }
        let takeOver = state.team.takeOverOffer == id
        state.team.takeOverOffer = nil
        state.team.offeredFrom = nil
        state.team.pendingDrafts[id] = state.team.unsavedDrafts.removeValue(forKey: id) ?? draft
        return [.claim(id, purpose: "reply", takeOver: takeOver)]
    }

    func team(_ msg: Msg, in state: inout AppState) -> [Effect] {
        switch msg {
        case .claimAnswered(let id, let purpose, let outcome):
            switch outcome {
            case .held(let holder):
                state.team.claims[id] = holder
                if let draft = state.team.pendingDrafts.removeValue(forKey: id), purpose == "reply" { state.team.unsavedDrafts[id] = draft }
                offerTakeOver(id, holder, in: &state)
                return []
            case .granted(let claim):
                state.team.claims[id] = claim
                guard purpose == "reply", let draft = state.team.pendingDrafts.removeValue(forKey: id) else { return [] }
                if hasEditor { return [.composeReply(id: id, draft: draft, before: state.feed.triage[id] ?? Triage())] }
                state.prompt = Prompt(purpose: .reply, text: draft, targets: [id])
                return []
            }
        case .claimsSynced(let changes):
            for (id, claim) in changes { state.team.claims[id] = claim }
            return []
        case .presenceSynced(let others):
            state.team.others = others
            return []
        case .connectionChanged(let offlineSince):
            let wasOffline = state.team.offlineSince != nil
            state.team.offlineSince = offlineSince
            if offlineSince == nil, wasOffline { state.statusMessage = "the database answers again: caught up" }
            return []
        case .draftKept(let id, let draft):
            state.team.unsavedDrafts[id] = draft
            return []
        case .replyRefused(let id, let draft, let holder):
            state.team.claims[id] = holder
            state.team.unsavedDrafts[id] = draft
            state.statusMessage = "reply not saved: \(holder.describe()) (took it over); your draft is kept: r shows it"
            return []
        default:
            return []
        }
    }

    private func offerTakeOver(_ id: MentionID, _ holder: Claim, in state: inout AppState) {
        state.team.takeOverOffer = id
        state.team.offeredFrom = holder.who
        state.statusMessage = holder.purpose == "replied"
            ? "\(holder.who) replied to this at \(Format.clock(holder.since, zone: viewContext.timeZone)): press r again to reply anyway"
            : "✎ \(holder.describe(zone: viewContext.timeZone)): press r again to take it over"
    }
}
