/// Whether one text's UTF-8 bytes hold another's: a plain byte search, without Foundation's
/// locale-aware `contains` (which took a tenth of an import's time) or an allocation. Both sides
/// are compared as written (callers fold case first).
enum ByteSearch {
    static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text, needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { pattern in
                guard let first = pattern.first else { return true }
                guard haystack.count >= pattern.count else { return false }
                var start = 0
                let last = haystack.count - pattern.count
                while start <= last {
                    if haystack[start] == first {
                        var k = 1
                        while k < pattern.count, haystack[start + k] == pattern[k] { k += 1 }
                        if k == pattern.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }
}
