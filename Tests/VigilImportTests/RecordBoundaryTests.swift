import Foundation
import Testing
import VigilImport

@Suite struct RecordBoundaryTests {
    func complete(_ text: String, csv: Character? = nil) -> String {
        let data = Data(text.utf8)
        let length = RecordBoundary.completeLength(data, csvDelimiter: csv.map { UInt8(ascii: $0.unicodeScalars.first!) })
        return String(decoding: data.prefix(length), as: UTF8.self)
    }

    @Test func jsonLinesEndAtTheLastNewline() {
        #expect(complete("{\"id\":1}\n{\"id\":2}\n{\"id\"") == "{\"id\":1}\n{\"id\":2}\n")
        #expect(complete("{\"id\":1") == "")
        #expect(complete("") == "")
    }

    @Test func csvRecordsWaitForTheirClosingQuote() {
        let text = "1,\"first line\nsecond line\",x\n2,\"still open\n"
        #expect(complete(text, csv: ",") == "1,\"first line\nsecond line\",x\n")
        #expect(complete(text + "done\",y\n", csv: ",") == text + "done\",y\n")
    }

    @Test func aStrayQuoteInsideAFieldDoesNotHoldTheFeedBack() {
        // A quote opens only at the start of a field: 5" is five inches, not an open field.
        let text = "1,a 5\" kettle,x\n2,fine,y\n"
        #expect(complete(text, csv: ",") == text)
    }

    @Test func otherDelimiters() {
        #expect(complete("1;\"a;b\nc\";x\n2;\"open", csv: ";") == "1;\"a;b\nc\";x\n")
    }
}
