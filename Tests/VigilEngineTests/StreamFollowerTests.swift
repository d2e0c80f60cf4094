import Foundation
import Testing
import VigilCore
import VigilImport
@testable import VigilEngine

@Suite struct StreamFollowerTests {
    func pipe() -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        _ = Glibc.pipe(&fds)
        return (fds[0], fds[1])
    }

    func send(_ text: String, to fd: Int32) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }

    @Test func jsonLinesArriveWhenCompleteAndAPartialLineWaits() {
        let (r, w) = pipe()
        defer { close(r) }
        let stream = StreamFollower(fd: r, reader: FeedReader())
        #expect(stream.poll().mentions.isEmpty, "nothing yet, and no waiting")
        send(#"{"id":"1","platform":"x","created_at":"2026-11-23T10:00:00Z","author":"a","text":"one"}"# + "\n" + #"{"id":"2","platform":"x","#, to: w)
        #expect(stream.poll().mentions.map(\.id.nativeID) == ["1"])
        send(#""created_at":"2026-11-23T10:01:00Z","author":"b","text":"two"}"# + "\n", to: w)
        #expect(stream.poll().mentions.map(\.id.nativeID) == ["2"])
        close(w)
        _ = stream.poll()
        #expect(stream.closed)
    }

    @Test func csvKeepsItsHeaderAndWaitsForQuotedNewlines() {
        let (r, w) = pipe()
        defer { close(r); close(w) }
        let stream = StreamFollower(fd: r, reader: FeedReader())
        send("id,created_at,platform,author,text\n1,2026-11-23T10:00:00Z,x,ana,\"two\nlines\"\n2,2026-11-23T10:01:00Z,x,bo,\"still", to: w)
        let first = stream.poll().mentions
        #expect(first.map(\.id.nativeID) == ["1"])
        #expect(first.first?.text.contains("lines") == true)
        send(" open\"\n", to: w)
        #expect(stream.poll().mentions.map { $0.author.handle } == ["bo"], "the header still applies")
    }
}
