import VigilCore

/// What the evaluation of one mention gives: its flags, and the window rules' answers for it.
extension ItemEvaluator {
    // MARK: results

    /// The item rules' verdict on a prepared mention: empty flags when none matched.
    func itemFlags() -> RuleFlags {
        matched.removeAll(keepingCapacity: true)
        stamp &+= 1
        if stamp == 0 {  // wrapped: forget every old stamp
            for i in matchedStamp.indices { matchedStamp[i] = 0 }
            stamp = 1
        }
        var needsSort = false
        let m = machine, roots = roots, triggers = triggers, starts = triggerStarts
        /// A trigger that passes a complete gate is a match; otherwise the rule's tree decides.
        func consider(group: Int) {
            for t in Int(starts[group])..<Int(starts[group + 1]) {
                let trigger = triggers[t]
                let rule = Int(trigger.rule)
                guard matchedStamp[rule] != stamp, m.passes(trigger.gate),
                      trigger.gate.complete || evaluate(roots[rule], m) else { continue }
                matchedStamp[rule] = stamp
                needsSort = needsSort || (matched.last ?? -1) > trigger.rule
                matched.append(trigger.rule)
            }
        }
        consider(group: facts.factsIndex)
        for leaf in hitLeaves { consider(group: Self.factGroups + Int(leaf)) }
        guard !matched.isEmpty else { return noFlags }
        if needsSort { matched.sort() }  // reasons in rule order
        matchKey.removeAll(keepingCapacity: true)
        matchKey += matched
        if matched.contains(where: { reasonNamesTerms[Int($0)] }) {
            matchKey.append(-1)
            matchKey += hitEntries
        }
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
        for value in matchKey {
            hash = (hash ^ UInt64(UInt32(bitPattern: value))) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
        }
        if let known = flagsByMatch[hash], known.key == matchKey { return known.flags }
        let flags = buildFlags()
        if flagsByMatch.count > 10_000 { flagsByMatch.removeAll(keepingCapacity: true) }
        flagsByMatch[hash] = (matchKey, flags)
        return flags
    }

    /// The flags of the rules in `matched`, in rule order.
    func buildFlags() -> RuleFlags {
        var flags = RuleFlags()
        flags.reasons.reserveCapacity(matched.count)
        for rule in matched {
            let index = Int(rule)
            let actions = itemActions[index]
            flags.escalate = flags.escalate || actions.escalate
            flags.needsReply = flags.needsReply || actions.needsReply
            if let priority = actions.priority { flags.priority = max(flags.priority ?? priority, priority) }
            for tag in actions.tags where !flags.tags.contains(tag) { flags.tags.append(tag) }
            flags.assignee = flags.assignee ?? actions.assignee
            flags.department = flags.department ?? actions.department
            if let action = actions.moderate {
                let verdict = ModerationVerdict(action: action, ruleID: rules.itemRules[index].id, reason: actions.reason)
                flags.moderation = flags.moderation.map { $0.combined(with: verdict) } ?? verdict
            }
            if let reason = fixedReasons[index] {
                flags.reasons.append(reason)
            } else {
                let found = matchedEntries(in: itemLeaves[index])
                let detail: String
                if found.isEmpty {
                    detail = itemDescriptions[index]
                } else if let known = matchedDetails[found] {
                    detail = known
                } else {
                    var shown: [String] = []
                    for entry in found where !shown.contains(shownTerms[Int(entry)]) { shown.append(shownTerms[Int(entry)]) }
                    detail = "matched " + shown.map { "“\($0)”" }.joined(separator: ", ")
                    if matchedDetails.count > 10_000 { matchedDetails.removeAll(keepingCapacity: true) }
                    matchedDetails[found] = detail
                }
                flags.reasons.append(RuleReason(ruleID: rules.itemRules[index].id, detail: detail))
            }
        }
        return flags
    }

    func matchesWindow(_ index: Int) -> Bool { holds(windowRoots[index]) }

    /// For a share rule: whether the mention counts in the denominator.
    func matchesShareBase(_ index: Int) -> Bool { shareRoots[index] < 0 || holds(shareRoots[index]) }

    func windowHasText(_ index: Int) -> Bool { !windowLeaves[index].isEmpty }

    /// Terms found in the prepared mention that belong to the given text conditions, in text order, once each.
    func matchedTerms(in leaves: Set<Int32>) -> [String] {
        var result: [String] = []
        for entry in matchedEntries(in: leaves) where !result.contains(shownTerms[Int(entry)]) {
            result.append(shownTerms[Int(entry)])
        }
        return result
    }

    /// The found term entries that belong to the given text conditions, in text order.
    func matchedEntries(in leaves: Set<Int32>) -> [Int32] {
        guard !leaves.isEmpty else { return [] }
        var result: [Int32] = []
        for entry in hitEntries where terms.entries[Int(entry)].leaves.contains(where: leaves.contains) {
            result.append(entry)
        }
        return result
    }

    func windowTerms(_ index: Int) -> [String] { matchedTerms(in: windowLeaves[index]) }

    /// Runs the item rules on mentions and records their verdict in `flags`.
    public func apply(to mentions: inout [Mention]) {
        mentions.withUnsafeMutableBufferPointer { buffer in
            // Through the pointer, in place: `buffer[index]` copies the mention to set its flags.
            guard let base = buffer.baseAddress else { return }
            for mention in base ..< base + buffer.count {
                prepare(at: mention)
                mention.pointee.flags = itemFlags()
            }
        }
        finish()
    }
}
