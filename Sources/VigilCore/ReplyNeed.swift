/// Whether an item waits for an answer from the brand.
///
/// Until the rules engine routes items, a conversation item (comment, reply, review,
/// message) that asks a question or is negative counts as needing a reply.
public enum ReplyNeed {
    public static func needsReply(_ mention: Mention) -> Bool {
        guard mention.kind.isConversation else { return false }
        if mention.sentimentLabel == .negative { return true }
        return mention.text.contains("?") || mention.text.contains("¿")
    }
}
