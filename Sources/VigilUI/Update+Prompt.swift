import Foundation
import VigilCore
import VigilTerminal

/// Keys while a prompt is open, and what its line does when entered (filter, command, reply, note).
extension Updater {
    /// Typing into the prompt line: Enter submits, Esc cancels, Ctrl-U clears, Ctrl-W deletes a word.
    func promptKey(_ key: Key, in state: inout AppState) -> [Effect] {
        guard var prompt = state.prompt else { return [] }
        prompt.error = nil
        switch key {
        case .escape:
            state.prompt = nil
            state.statusMessage = "cancelled"
            // A reply given up: its claim goes at once, so the next person need not wait.
            if prompt.purpose == .reply, let id = prompt.targets.first { return [.releaseClaim(id)] }
            return []
        case .backspace:
            if !prompt.text.isEmpty { prompt.text.removeLast() }
        case .control("u"):
            prompt.text = ""
        case .control("w"):
            // The word before the cursor and the spaces after it, as in a shell.
            while prompt.text.last == " " { prompt.text.removeLast() }
            while let last = prompt.text.last, last != " " { prompt.text.removeLast() }
        case .character(let character):
            if prompt.text.count < 200 { prompt.text.append(character) }
        case .enter:
            state.prompt = nil
            let text = prompt.text.trimmingCharacters(in: .whitespaces)
            switch prompt.purpose {
            case .command:
                return command(text, targets: prompt.targets, in: &state)
            case .reply:
                guard let id = prompt.targets.first, !text.isEmpty, text.split(separator: " ").contains(where: { !$0.hasPrefix("@") }) else {
                    state.statusMessage = "empty reply not saved"
                    return prompt.targets.first.map { [.releaseClaim($0)] } ?? []
                }
                return [.saveReply(text, id: id, before: state.feed.triage[id] ?? Triage())]
            case .filter:
                if text.isEmpty {
                    state.feed.setFilter(nil)
                    state.statusMessage = "filter cleared"
                } else {
                    do {
                        let filter = try MentionFilter(parsing: text, now: state.now)
                        if indexedSearch && filter.hasText {
                            state.statusMessage = "searching…"
                            return [.search(filter)]
                        }
                        applyFilter(filter, in: &state)
                    } catch {
                        // Not fatal: say what is wrong and let the user fix it.
                        state.statusMessage = "filter: \(error)"
                        state.prompt = Prompt(purpose: .filter, text: prompt.text, targets: [], error: "filter: \(error)")
                        return []
                    }
                }
                for pane in PaneID.allCases { state.cursors[pane] = ListCursor() }
                return []
            case .ban:
                guard !text.isEmpty else {
                    state.statusMessage = "a ban needs a note (why): not banned"
                    return []
                }
                return [moderationEffect(.ban, prompt.targets, note: text, &state)]
            case .comment:
                guard !text.isEmpty else {
                    state.statusMessage = "empty comment not saved"
                    return []
                }
                return [.addNote(text, ids: prompt.targets)]
            case .followUp, .snooze:
                guard let duration = Self.duration(text) else {
                    state.statusMessage = "not a duration: '\(text)' (use 30m, 4h, 2d, 1w)"
                    return []
                }
                let when = state.now.addingTimeInterval(duration)
                return triage(prompt.purpose == .snooze ? .snooze(until: when) : .followUp(when), prompt.targets, &state)
            case .tags:
                let tags = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
                return triage(.setTags(tags.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }), prompt.targets, &state)
            case .sentiment:
                if text.isEmpty { return triage(.overrideSentiment(nil), prompt.targets, &state) }
                guard let label = SentimentLabel(feedValue: text), label != .unknown else {
                    state.statusMessage = "not a sentiment: '\(text)' (positive, neutral or negative)"
                    return []
                }
                return triage(.overrideSentiment(label), prompt.targets, &state)
            case .escalate:
                return triage(.escalate(note: text), prompt.targets, &state)
            case .assign:
                guard !text.isEmpty, text != "@" else {
                    state.statusMessage = "nothing assigned: type @person or a department"
                    return []
                }
                if text.hasPrefix("@") { return triage(.assign(person: String(text.dropFirst())), prompt.targets, &state) }
                // A department gets the item with a follow-up a day later (change it with f).
                return triage(.delegate(department: text, followUp: state.now.addingTimeInterval(86_400)), prompt.targets, &state)
            }
        default:
            break
        }
        state.prompt = prompt
        return []
    }

    func applyFilter(_ filter: MentionFilter, answer: TextAnswer? = nil, in state: inout AppState) {
        state.feed.setFilter(filter, answer: answer)
        reportMatches(in: &state)
        for pane in PaneID.allCases { state.cursors[pane] = ListCursor() }
    }

    func reportMatches(in state: inout AppState) {
        let matches = state.feed.posts.count + state.feed.comments.count
        state.statusMessage = "filter: \(matches) match\(matches == 1 ? "" : "es")"
    }

    /// `:q`, `:assign @who|department`, `:export FILE`, `:filter …`, `:report week [FILE]`, `:help`.
    func command(_ line: String, targets: [MentionID], in state: inout AppState) -> [Effect] {
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch parts.first ?? "" {
        case "reply":
            guard let id = targets.first, let mention = state.feed.mention(id) else {
                state.statusMessage = ":reply needs a selected mention"
                return []
            }
            guard let draft = replyDraft(argument, mention) else {
                state.statusMessage = templateNames.isEmpty ? "no reply templates (add replies.yaml to the workspace)"
                    : "no template '\(argument)' (known: \(templateNames.joined(separator: ", ")))"
                return []
            }
            return startReply(id, draft: draft, in: &state)
        case "q", "quit":
            state.isRunning = false
            return [.quit]
        case "help":
            state.overlays.append(.help(scroll: 0))
            return []
        case "assign":
            guard !targets.isEmpty else { state.statusMessage = ":assign needs a selected mention"; return [] }
            state.prompt = Prompt(purpose: .assign, text: argument, targets: targets)
            return promptKey(.enter, in: &state)
        case "filter":
            state.prompt = Prompt(purpose: .filter, text: argument, targets: [])
            return promptKey(.enter, in: &state)
        case "export":
            guard !argument.isEmpty else { state.statusMessage = ":export needs a file name (.csv or .jsonl)"; return [] }
            let ids = state.feed.newestFirst(state.feed.posts + state.feed.comments).map { state.feed.id(at: $0) }
            return [.exportMentions(path: argument, ids: ids)]
        case "report":
            let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
            let period = words.first ?? "week"
            guard ["day", "week", "month"].contains(period) else {
                state.statusMessage = ":report day|week|month [FILE.html|FILE.md|DIRECTORY]"
                return []
            }
            return [.writeReport(period: period, path: words.count > 1 ? words[1] : nil, filter: state.feed.filter)]
        case "":
            return []
        default:
            state.statusMessage = "unknown command ':\(parts[0])' (known: q, assign, export, filter, report, reply, help)"
            return []
        }
    }

    /// "30m", "4h", "2d", "1w" (whole numbers of one unit).
    static func duration(_ text: String) -> TimeInterval? {
        let units: [Character: TimeInterval] = ["m": 60, "h": 3600, "d": 86_400, "w": 604_800]
        guard let unit = text.last.flatMap({ units[$0] }), let count = Int(text.dropLast()), count > 0, count <= 100_000 else { return nil }
        return TimeInterval(count) * unit
    }
}
