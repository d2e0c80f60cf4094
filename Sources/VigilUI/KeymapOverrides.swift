import VigilTerminal

/// A binding change from the config file: action name, key names, and the line it is on.
public struct KeyOverride: Sendable, Equatable {
    public var action: String
    public var keys: [String]
    public var line: Int

    public init(action: String, keys: [String], line: Int) {
        self.action = action
        self.keys = keys
        self.line = line
    }
}

extension Keymap {
    /// Control keys the terminal keeps for itself or sends as other keys.
    static let reservedControlKeys: [Character: String] = [
        "c": "the terminal sends it as an interrupt", "z": "the terminal suspends the program with it",
        "s": "the terminal stops output with it", "q": "the terminal resumes output with it",
        "h": "terminals send it for Backspace", "i": "it is the Tab key", "j": "it is the Enter key", "m": "it is the Enter key",
    ]

    /// The keymap with `overrides` applied (each replaces all keys of its action; `[]` unbinds),
    /// and every problem as "file:line: reason": unknown actions, unknown key names, and keys
    /// left bound to two actions in the same place.
    public func applying(_ overrides: [KeyOverride], file: String) -> (keymap: Keymap, problems: [String]) {
        var keymap = self
        var problems: [String] = []
        var changedAt: [Action: Int] = [:]
        for override in overrides {
            guard let action = Action(rawValue: override.action) else {
                let near = Action.allCases.map(\.rawValue).filter { $0.hasPrefix(String(override.action.prefix(3))) }
                problems.append("\(file):\(override.line): unknown action '\(override.action)'" + (near.isEmpty ? " (see ? help for action names)" : " (did you mean \(near.joined(separator: ", "))?)"))
                continue
            }
            var keys: [Key] = []
            for spec in override.keys {
                guard let key = Key(spec: spec) else {
                    problems.append("\(file):\(override.line): unknown key '\(spec)' for \(action.rawValue)")
                    continue
                }
                if case .control(let letter) = key, let reason = Self.reservedControlKeys[letter] {
                    problems.append("\(file):\(override.line): \(spec) cannot be bound (\(reason))")
                    continue
                }
                keys.append(key)
            }
            for index in keymap.bindings.indices where keymap.bindings[index].action == action {
                keymap.bindings[index].keys = keys
            }
            changedAt[action] = override.line
        }
        // A key may do different things in different places (q is quit in the panes, back in the
        // detail view), but never two things in the same place.
        var conflicts: [(changed: Action, kept: Action, key: Key, contexts: [String])] = []
        for context in KeyContext.allCases {
            var owner: [Key: Action] = [:]
            for binding in keymap.bindings(in: context) {
                for key in binding.keys {
                    guard let other = owner[key] else { owner[key] = binding.action; continue }
                    guard other != binding.action, changedAt[other] != nil || changedAt[binding.action] != nil else { continue }
                    let (changed, kept) = changedAt[binding.action] != nil ? (binding.action, other) : (other, binding.action)
                    if let index = conflicts.firstIndex(where: { $0.changed == changed && $0.kept == kept && $0.key == key }) {
                        conflicts[index].contexts.append(context.rawValue)
                    } else {
                        conflicts.append((changed, kept, key, [context.rawValue]))
                    }
                }
            }
        }
        for c in conflicts {
            problems.append("\(file):\(changedAt[c.changed]!): key '\(c.key.label)' for \(c.changed.rawValue) is already bound to \(c.kept.rawValue) (\(c.contexts.joined(separator: ", "))); rebind \(c.kept.rawValue) too, or unbind it with \(c.kept.rawValue): []")
        }
        return (keymap, problems)
    }
}
