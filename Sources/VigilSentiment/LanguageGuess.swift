/// A fast guess among English, Spanish, German and French from stop words and letters,
/// for mentions whose feed gives no language. Returns nil when the text gives too little to go on.
public enum LanguageGuess {
    static let profiles: [String: Set<String>] = [
        "en": ["the", "and", "is", "it", "to", "of", "my", "i", "you", "this", "that", "was", "for", "with", "not", "are",
               "have", "just", "but", "so", "what", "your", "can", "do", "on", "they", "be", "me", "in", "a"],
        "es": ["el", "la", "los", "las", "de", "que", "y", "es", "en", "un", "una", "no", "por", "para", "con", "mi", "lo",
               "pero", "muy", "se", "me", "del", "al", "está", "esta", "como", "más", "ya", "hay", "su"],
        "de": ["der", "die", "das", "und", "ist", "nicht", "ich", "mein", "meine", "ein", "eine", "mit", "auf", "für", "zu",
               "es", "den", "dem", "von", "aber", "wie", "noch", "schon", "auch", "sehr", "hat", "bei", "wird", "sich", "kein"],
        "fr": ["le", "la", "les", "de", "des", "et", "est", "un", "une", "pas", "je", "mon", "ma", "que", "qui", "pour", "avec",
               "sur", "ce", "cette", "mais", "très", "du", "au", "il", "elle", "ne", "plus", "c'est", "j'ai"],
    ]

    public static func guess(_ text: String) -> String? {
        var scores: [String: Double] = ["en": 0, "es": 0, "de": 0, "fr": 0]
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            for (language, words) in profiles where words.contains(word) { scores[language, default: 0] += 1 }
            word = ""
        }
        for character in text.lowercased() {
            switch character {
            case "ñ", "¿", "¡": scores["es", default: 0] += 2
            case "ä", "ö", "ü", "ß": scores["de", default: 0] += 2
            case "ç", "è", "ê", "à", "œ", "ù", "â", "î", "ô": scores["fr", default: 0] += 1.5
            default: break
            }
            if character.isLetter || character == "'" || character == "’" {
                word.append(character == "’" ? "'" : character)
            } else {
                flush()
            }
        }
        flush()
        let ranked = scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let best = ranked.first, best.value >= 2, best.value > ranked[1].value else { return nil }
        return best.key
    }
}
