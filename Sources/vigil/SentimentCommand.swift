import ArgumentParser
import Foundation
import Synchronization
import VigilCore
import VigilEngine
import VigilImport
import VigilSentiment

struct SentimentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentiment",
        abstract: "Score texts read from standard input, one per line.",
        discussion: "Prints `label<TAB>compound` per line, or with --json an object with neg, neu, pos, compound, label and lang."
    )

    @Option(help: "Language of the texts: en, es, de, fr, or auto to guess per line.")
    var lang: String = "auto"

    @Flag(help: "One JSON object per line with all four scores.")
    var json = false

    @Flag(help: "After each result, show which words and heuristics moved the score.")
    var explain = false

    @Option(help: "YAML file of workspace sentiment words per language (see README).")
    var lexicon: String?

    @Option(help: "auto (the learned model) or vader (the lexicon rules alone, exactly VADER 3.3.2 in English); default: sentiment_model in the config file, else auto.")
    var model: String?

    func validate() throws {
        guard ["auto", "en", "es", "de", "fr"].contains(lang.lowercased()) else {
            throw ValidationError("unsupported language '\(lang)': use en, es, de, fr or auto")
        }
    }

    func run() throws {
        var configured: SentimentEngine
        do { configured = try lexicon.map { try LexiconOverrides.load(path: $0).engine() } ?? SentimentEngine() } catch {
            throw ValidationError(String(describing: error))
        }
        configured.model = try SentimentModelChoice.resolve(model)
        let engine = configured
        let language = lang.lowercased() == "auto" ? nil : lang.lowercased()
        // Blocks in and out, numbers without String(format:): per line, reading and printing
        // must cost less than scoring. Full chunks of lines are scored on a concurrent queue
        // (both cores) while this thread reads on, and printed in input order.
        var out = OutputBuffer()
        let queue = DispatchQueue(label: "vigil.sentiment", attributes: .concurrent)
        let lanes = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))
        var pending: [ScoredChunk] = []  // at most 2 per core: scored or waiting to print
        func printFinished(waiting: Bool) {
            while let first = pending.first, waiting || first.isDone {
                first.wait()
                first.output.withUnsafeBufferPointer { out.append(bytes: $0) }
                out.flushIfFull()
                pending.removeFirst()
            }
        }
        var chunk = LineChunk()
        func submit() {
            guard !chunk.isEmpty else { return }
            let work = chunk, scored = ScoredChunk()
            chunk = LineChunk()
            if explain {
                // Explanations in order, on this thread.
                var local = OutputBuffer(descriptor: -1)
                work.forEachLine { self.score($0, engine: engine, language: language, into: &local) }
                scored.finish(local.bytes)
            } else {
                while pending.count >= 2 * lanes, let first = pending.first {
                    first.wait()
                    printFinished(waiting: false)
                }
                pending.append(scored)
                queue.async {
                    var local = OutputBuffer(descriptor: -1)
                    work.forEachLine { self.score($0, engine: engine, language: language, into: &local) }
                    scored.finish(local.bytes)
                }
                printFinished(waiting: false)
                return
            }
            scored.output.withUnsafeBufferPointer { out.append(bytes: $0) }
            out.flushIfFull()
        }
        LineReader().forEachLine { bytes in
            chunk.append(bytes)
            if chunk.isFull { submit() }
        }
        submit()
        printFinished(waiting: true)
        out.flush()
    }

    private func score(_ bytes: UnsafeBufferPointer<UInt8>, engine: SentimentEngine, language: String?, into out: inout OutputBuffer) {
        let line = String(decoding: bytes, as: UTF8.self)
        let (result, explanation) = explain ? engine.explain(line, language: language) : (engine.analyze(line, language: language), nil)
        let s = result.scores
        if json {
            out.append("{\"neg\":"); out.append(fixed: s.negative, decimals: 3)
            out.append(",\"neu\":"); out.append(fixed: s.neutral, decimals: 3)
            out.append(",\"pos\":"); out.append(fixed: s.positive, decimals: 3)
            out.append(",\"compound\":"); out.append(fixed: s.compound, decimals: 4)
            out.append(",\"label\":\""); out.append(s.label.rawValue)
            out.append("\",\"lang\":\""); out.append(result.language); out.append("\"}\n")
        } else {
            out.append(s.label.rawValue); out.append(byte: 0x09)
            out.append(fixed: s.compound, decimals: 4); out.append(byte: 0x0A)
        }
        if let explanation {
            out.append("  language \(result.language) (\(result.languageSource.rawValue))\n")
            // Words from the post: control characters and escapes shown, never sent raw.
            for line in explanation.lines { out.append("  \(Printable.text(line))\n") }
        }
    }
}

/// Lines gathered for one worker: their bytes side by side and where each ends.
struct LineChunk {
    static let capacity = 1024
    private(set) var bytes: [UInt8] = []
    private(set) var ends: [Int] = []

    var isFull: Bool { ends.count >= Self.capacity }
    var isEmpty: Bool { ends.isEmpty }

    mutating func append(_ line: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: line)
        ends.append(bytes.count)
    }

    func forEachLine(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            for end in ends {
                body(UnsafeBufferPointer(rebasing: all[start..<end]))
                start = end
            }
        }
    }
}

/// Each worker writes only its own slot.
/// One chunk's printed results, filled on the scoring queue.
private final class ScoredChunk: @unchecked Sendable {  // `output` is written before `done` is signalled and read after
    private(set) var output: [UInt8] = []
    private let done = DispatchSemaphore(value: 0)
    private let finished = Atomic<Bool>(false)

    func finish(_ bytes: [UInt8]) {
        output = bytes
        finished.store(true, ordering: .releasing)
        done.signal()
    }

    var isDone: Bool { finished.load(ordering: .acquiring) }

    func wait() {
        done.wait()
        done.signal()  // so that waiting twice does not block
    }
}
