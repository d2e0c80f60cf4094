import Foundation

/// Kinds of personal data a post can expose.
public enum PersonalDataKind: String, Sendable, CaseIterable {
    case email, phone, card, iban, order, address
}

/// Finds personal data posted in public, so the team can hide it and answer in private: e-mail
/// addresses, phone numbers (international, and the national forms of the US/UK, Spain, Germany
/// and France), card numbers (13–19 digits passing the Luhn check), IBANs (passing their
/// mod-97 check), order numbers ("order #123456", "pedido 123456", "Bestellnummer…",
/// "commande n°…") and street addresses in the four languages' usual forms.
struct PersonalDataDetector {
    struct Finding: Equatable {
        var kind: PersonalDataKind
        /// The matched text with most of it masked, for explanations that must not repeat it.
        var masked: String
    }

    /// `words`: the text's `ModerationText`, which tells whether the costlier looks are needed.
    func inspect(_ text: String, words: ModerationText) -> [Finding] {
        var findings: [Finding] = []
        let hasAt = text.utf8.contains(UInt8(ascii: "@"))
        guard hasAt || words.hasDigit else { return [] }
        let scalars = Array(text.unicodeScalars)
        if hasAt { findings += emails(scalars) }
        guard words.hasDigit else { return findings }
        let lowered = text.lowercased()
        findings += numbers(scalars, cardWord: Self.cardWords.contains { ByteSearch.contains(lowered, $0) })
        if Self.mayHoldIBAN(text) { findings += ibans(text, bankWord: Self.bankWords.contains { ByteSearch.contains(lowered, $0) }) }
        if ByteSearch.contains(lowered, "sort code"), let found = Self.sortCode.firstMatch(in: lowered, range: NSRange(lowered.startIndex..., in: lowered)),
           let range = Range(found.range, in: lowered) {
            findings.append(Finding(kind: .iban, masked: Self.mask(String(lowered[range]))))
        }
        findings += orders(words.words)
        // A UPS tracking number, however spaced ("1Z 12E 456 78 9012 3456"): 1Z and 16 more.
        if ByteSearch.contains(lowered, "1z"), let found = Self.upsTracking.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
           let range = Range(found.range, in: text), !findings.contains(where: { $0.kind == .order }) {
            findings.append(Finding(kind: .order, masked: Self.mask(String(text[range]))))
        }
        if words.words.contains(where: Self.isStreetWord) { findings += addresses(text) }
        return findings
    }

    static let streetWords: Set<String> = ["street", "st", "avenue", "ave", "road", "rd", "lane", "ln", "drive", "dr", "boulevard", "blvd", "court", "ct", "place", "pl",
                                           "rue", "av", "bd", "chemin", "allee", "impasse", "quai", "route", "calle", "c", "avenida", "avda", "paseo", "plaza", "carrer", "camino"]

    static func isStreetWord(_ word: String) -> Bool {
        streetWords.contains(word) || ["strasse", "str", "weg", "gasse", "allee", "platz", "ring", "damm"].contains { word.count > $0.count + 2 && word.hasSuffix($0) }
    }

    static func mask(_ value: String) -> String {
        let characters = Array(value)
        guard characters.count > 4 else { return String(repeating: "•", count: characters.count) }
        return String(characters.prefix(2)) + String(repeating: "•", count: characters.count - 4) + String(characters.suffix(2))
    }

    private func emails(_ scalars: [Unicode.Scalar]) -> [Finding] {
        func local(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || ("0"..."9").contains(s) || "._%+-".unicodeScalars.contains(s) }
        func domain(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || ("0"..."9").contains(s) || ".-".unicodeScalars.contains(s) }
        var findings: [Finding] = []
        for (index, scalar) in scalars.enumerated() where scalar == "@" && index > 0 {
            var start = index
            while start > 0 && local(scalars[start - 1]) { start -= 1 }
            var end = index + 1
            while end < scalars.count && domain(scalars[end]) { end += 1 }
            while end > index + 1 && scalars[end - 1] == "." { end -= 1 }
            let domainPart = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
            guard start < index, domainPart.contains("."), let tld = domainPart.split(separator: ".").last, tld.count >= 2, tld.allSatisfy(\.isLetter) else { continue }
            findings.append(Finding(kind: .email, masked: Self.mask(String(String.UnicodeScalarView(scalars[start..<end])))))
        }
        return findings
    }

    /// Words that make a 13–19-digit number a card's even when it fails the Luhn check (a
    /// mistyped card is still a card to hide).
    static let cardWords = ["card", "tarjeta", "carte", "karte", "visa", "mastercard", "amex", "kreditkarte", "cb "]
    /// Words that make an IBAN-shaped number one even when its check digits are wrong.
    static let bankWords = ["iban", "bank", "banco", "banque", "konto", "compte", "cuenta", "account", "titular", "titulaire", "rib"]
    static let upsTracking = try! NSRegularExpression(pattern: #"\b1Z(?:\s?[0-9A-Z]){16}\b"#, options: [.caseInsensitive])
    /// A UK sort code ("sort code 20-32-06").
    static let sortCode = try! NSRegularExpression(pattern: #"sort code:?\s*\d{2}[- ]?\d{2}[- ]?\d{2}"#)
    /// The length of each country's IBAN (the countries whose people write to the brands here).
    static let ibanLengths: [String: Int] = ["ES": 24, "FR": 27, "DE": 22, "GB": 22, "IT": 27, "NL": 18, "BE": 16, "PT": 25, "CH": 21,
                                             "AT": 20, "IE": 22, "LU": 20, "MX": 18]

    /// Runs of digits with the separators people type in phone and card numbers.
    private func numbers(_ scalars: [Unicode.Scalar], cardWord: Bool) -> [Finding] {
        var findings: [Finding] = []
        var index = 0
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
        while index < scalars.count {
            guard isDigit(scalars[index]) || (scalars[index] == "+" && index + 1 < scalars.count && isDigit(scalars[index + 1])) else { index += 1; continue }
            // Not the middle of a word or a longer token (an id, a time, a price).
            if index > 0 && (scalars[index - 1].properties.isAlphabetic || "#/:€$£.,".unicodeScalars.contains(scalars[index - 1])) {
                index += 1  // past a "+" too ("a+1" looped here)
                while index < scalars.count && (isDigit(scalars[index]) || scalars[index].properties.isAlphabetic) { index += 1 }
                continue
            }
            let start = index
            var digits = ""
            var end = index
            while end < scalars.count {
                let s = scalars[end]
                if isDigit(s) { digits.unicodeScalars.append(s); end += 1; continue }
                // Up to two separators ("-", ". ", ") ") between groups of digits.
                func isSeparator(_ s: Unicode.Scalar) -> Bool { s == " " || s == "-" || s == "." || s == "(" || s == ")" || s == "/" }
                if isSeparator(s) || (s == "+" && end == start) {
                    var ahead = end + 1
                    while ahead < scalars.count && ahead < end + 2 && isSeparator(scalars[ahead]) { ahead += 1 }
                    if ahead < scalars.count && isDigit(scalars[ahead]) { end = ahead; continue }
                }
                break
            }
            let raw = String(String.UnicodeScalarView(scalars[start..<end])).trimmingCharacters(in: .whitespaces)
            let followedByLetter = end < scalars.count && (scalars[end].properties.isAlphabetic || "€$£%".unicodeScalars.contains(scalars[end]))
            if !followedByLetter {
                if (13...19).contains(digits.count) && (Self.luhn(digits) || cardWord && raw.utf8.contains(UInt8(ascii: " ")) || cardWord && raw.utf8.contains(UInt8(ascii: "-"))) {
                    findings.append(Finding(kind: .card, masked: Self.mask(digits)))
                } else if Self.looksLikePhone(raw, digits: digits) {
                    findings.append(Finding(kind: .phone, masked: Self.mask(digits)))
                }
            }
            index = max(end, index + 1)
        }
        return findings
    }

    static func luhn(_ digits: String) -> Bool {
        var sum = 0
        for (offset, character) in digits.reversed().enumerated() {
            var value = Int(String(character))!
            if offset % 2 == 1 { value *= 2; if value > 9 { value -= 9 } }
            sum += value
        }
        return sum % 10 == 0
    }

    /// International (+ and 8–15 digits), or a national form: 10 digits starting 0 (UK, France,
    /// Germany's mobiles and cities), 9 digits starting 6, 7, 8 or 9 (Spain), 10 digits in
    /// US groups (3-3-4). Dates (with / or . between day, month and year) are not phones.
    static func looksLikePhone(_ raw: String, digits: String) -> Bool {
        if raw.hasPrefix("+") { return (8...15).contains(digits.count) }
        if raw.utf8.contains(UInt8(ascii: "/")) && digits.count <= 8 { return false }
        let groups = raw.split(whereSeparator: { !$0.isNumber }).map(\.count)
        if groups.count == 3 && groups.allSatisfy({ $0 <= 4 }) && digits.count <= 8 { return false }  // 12.05.2026, 12 05 26
        if digits.hasPrefix("00") { return (10...15).contains(digits.count) }
        // National numbers with their trunk 0: 10–11 digits in most of Europe, up to 12 in Germany.
        if digits.hasPrefix("0") { return (10...12).contains(digits.count) }
        if digits.count == 9, let first = digits.first, "6789".contains(first) { return groups.count > 1 || raw.count == 9 }
        if digits.count == 10 && groups == [3, 3, 4] { return true }
        return false
    }

    /// `bankWord`: the post speaks of a bank account, so an IBAN of its country's length counts
    /// even when its check digits are wrong (mistyped, or made up to test).
    private func ibans(_ text: String, bankWord: Bool) -> [Finding] {
        func counts(_ candidate: String) -> Bool {
            guard (15...34).contains(candidate.count) else { return false }
            return Self.ibanChecks(candidate) || bankWord && Self.ibanLengths[String(candidate.prefix(2))] == candidate.count
        }
        var findings: [Finding] = []
        let compact = text.uppercased()
        let words = compact.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != " " })
        for part in words {
            // An IBAN is often written in groups of four: join groups after a country code.
            let pieces = part.split(separator: " ")
            for (index, piece) in pieces.enumerated() where piece.count >= 4 && piece.prefix(2).allSatisfy({ $0.isASCII && $0.isLetter }) && piece.dropFirst(2).prefix(2).allSatisfy(\.isNumber) {
                // Groups of four after it, perhaps a shorter last one; the longest run that passes the check.
                var candidate = String(piece)
                var best: String?
                var next = index + 1
                while true {
                    if counts(candidate) { best = candidate }
                    guard next < pieces.count, pieces[next].count <= 4, candidate.count < 34,
                          pieces[next].allSatisfy({ $0.isNumber || ($0.isASCII && $0.isLetter) }) else { break }
                    candidate += pieces[next]
                    if pieces[next].count < 4 { if counts(candidate) { best = candidate }; break }
                    next += 1
                }
                if let best { findings.append(Finding(kind: .iban, masked: Self.mask(best))) }
            }
        }
        return findings
    }

    /// Two letters and two digits in a row somewhere (an IBAN's country and check digits).
    static func mayHoldIBAN(_ text: String) -> Bool {
        var letters = 0, digits = 0
        for byte in text.utf8 {
            let letter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A, digit = byte >= 0x30 && byte <= 0x39
            if digit && letters >= 2 { digits += 1; if digits == 2 { return true } } else if letter && digits == 0 { letters += 1 } else {
                letters = letter ? 1 : 0
                digits = 0
            }
        }
        return false
    }

    static func ibanChecks(_ iban: String) -> Bool {
        let moved = iban.dropFirst(4) + iban.prefix(4)
        var remainder = 0
        for character in moved {
            guard let value = character.isNumber ? Int(String(character)) : (character.isASCII && character.isLetter ? Int(character.asciiValue! - 55) : nil) else { return false }
            for digit in String(value) { remainder = (remainder * 10 + Int(String(digit))!) % 97 }
        }
        return remainder == 1
    }

    /// Words that introduce an order, ticket or tracking number, folded.
    static let orderWords: Set<String> = ["order", "orders", "pedido", "bestellung", "bestellnummer", "auftragsnummer", "auftrag", "commande", "ticket",
                                          "tracking", "seguimiento", "sendungsnummer", "suivi", "expedition", "envio", "referencia", "reference",
                                          "bestell", "bestellnr", "kundennummer", "kundennr", "postnummer"]

    private func orders(_ words: [String]) -> [Finding] {

        for (index, word) in words.enumerated() where Self.orderWords.contains(word) {
            // Within the next few words ("number", "no", "n", "#" are not words), a code of 5+
            // characters with a digit.
            for code in words.dropFirst(index + 1).prefix(3) where code.count >= 5 && code.contains(where: \.isNumber) {
                return [Finding(kind: .order, masked: Self.mask(code))]
            }
        }
        return []
    }

    /// "221B Baker Street", "12 rue de la Paix", "Calle Mayor 5", "c/ Alcalá 20", "Hauptstraße 12".
    static let addressPatterns: [NSRegularExpression] = [
        #"\b\d{1,5}[a-z]?\s+(?:[a-z0-9]+\s+){1,3}(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|place|pl)\b"#,
        #"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av|boulevard|bd|chemin|allée|allee|impasse|place|quai|route)\s+\p{L}+"#,
        #"\b(?:calle|c/|avenida|avda\.?|paseo|plaza|carrer|camino)\s+(?:\p{L}+\s+){0,3}\p{L}+,?\s+(?:n\.?º\s?)?\d{1,4}\b"#,
        #"\b\p{L}{3,}(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm)\s+\d{1,4}[a-z]?\b"#,
    ].map { try! NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }

    private func addresses(_ text: String) -> [Finding] {
        let range = NSRange(text.startIndex..., in: text)
        for pattern in Self.addressPatterns {
            if let match = pattern.firstMatch(in: text, range: range), let found = Range(match.range, in: text) {
                return [Finding(kind: .address, masked: Self.mask(String(text[found])))]
            }
        }
        return []
    }
}
