/// Whether an item waits for an answer from the brand.
///
/// The item rules decide (`needs_reply` actions). Without rules, a conversation item (comment,
/// reply, review, message) that asks a question or is negative counts as needing a reply.
public enum ReplyNeed {
    public static func needsReply(_ mention: Mention) -> Bool {
        if let flags = mention.flags { return flags.needsReply }
        return heuristic(mention)
    }

    public static func heuristic(_ mention: Mention) -> Bool {
        guard mention.kind.isConversation else { return false }
        if mention.sentimentLabel == .negative { return true }
        // Byte search: `?` is 0x3F and `¿` is C2 BF in UTF-8; Character search is far slower.
        var previous: UInt8 = 0
        for byte in mention.text.utf8 {
            if byte == 0x3F || (previous == 0xC2 && byte == 0xBF) { return true }
            previous = byte
        }
        return false
    }
}
