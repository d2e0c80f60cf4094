import Foundation
import Testing
@testable import VigilImport

@Suite struct TimestampParserTests {
    let parser = TimestampParser()
    let base = 1_795_255_200.0  // 2026-11-21T10:00:00Z

    @Test(arguments: [
        ("2026-11-21T10:00:00Z", 0.0),
        ("2026-11-21T10:00:00.500Z", 0.5),
        ("2026-11-21T11:00:00+01:00", 0),
        ("2026-11-21T11:00:00+0100", 0),
        ("2026-11-21T05:30:00-04:30", 0),
        ("2026-11-21T10:00:00", 0),
        ("2026-11-21 10:00:00", 0),
        ("2026-11-21T10:00Z", 0),
        ("1795255200", 0),
        ("1795255200000", 0),
        ("1795255200.5", 0.5),
    ])
    func parses(text: String, offset: Double) {
        #expect(parser.parse(text) == Date(timeIntervalSince1970: base + offset))
    }

    @Test(arguments: ["", "yesterday", "2026-13-01T00:00:00Z", "2026-11-21T25:00:00Z", "2026-11-21T10:00:00Zjunk", "12"])
    func rejects(text: String) {
        #expect(parser.parse(text) == nil)
    }

    @Test func zoneLessTimesUseTheDefaultOffset() {
        let berlin = TimestampParser(defaultOffsetSeconds: 3600)
        #expect(berlin.parse("2026-11-21 11:00:00") == Date(timeIntervalSince1970: base))
    }
}

@Suite struct NumberParserTests {
    @Test(arguments: [("1250", 1250), ("1,250", 1250), ("1.250", 1250), ("12k", 12_000), ("1.2M", 1_200_000), ("3.5K", 3500), (" 7 ", 7), ("1,250,000", 1_250_000)])
    func parses(text: String, expected: Int) {
        #expect(NumberParser.count(text) == expected)
    }

    @Test(arguments: ["", "abc", "1,25", "k", "-1666666666666666666666666666", "1e300", "99999999999999999999k"])
    func rejects(text: String) {
        #expect(NumberParser.count(text) == nil)
    }
}

@Suite struct CanonicalFieldIndexTests {
    @Test func indexMatchesDeclarationOrder() {
        for (position, field) in CanonicalField.allCases.enumerated() {
            #expect(field.index == position)
        }
    }
}
