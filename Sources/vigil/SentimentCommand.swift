import ArgumentParser
import Foundation
import VigilCore
import VigilEngine
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

    func validate() throws {
        guard ["auto", "en", "es", "de", "fr"].contains(lang.lowercased()) else {
            throw ValidationError("unsupported language '\(lang)': use en, es, de, fr or auto")
        }
    }

    func run() throws {
        let engine: SentimentEngine
        do { engine = try lexicon.map { try LexiconOverrides.load(path: $0).engine() } ?? SentimentEngine() } catch {
            throw ValidationError(String(describing: error))
        }
        let language = lang.lowercased() == "auto" ? nil : lang.lowercased()
        // Blocks in and out, numbers without String(format:): per line, reading and printing
        // must cost less than scoring. Lines are scored in chunks on both cores, printed in order.
        var out = OutputBuffer()
        var chunks: [LineChunk] = [LineChunk()]
        let lanes = explain ? 1 : max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))
        func scoreChunks() {
            let work = chunks
            var results = [[UInt8]](repeating: [], count: work.count)
            results.withUnsafeMutableBufferPointer { slots in
                let slots = SendableSlots(base: slots.baseAddress!)
                DispatchQueue.concurrentPerform(iterations: work.count) { index in
                    var local = OutputBuffer(descriptor: -1)
                    work[index].forEachLine { self.score($0, engine: engine, language: language, into: &local) }
                    slots.base[index] = local.bytes
                }
            }
            for bytes in results {
                bytes.withUnsafeBufferPointer { out.append(bytes: $0) }
                out.flushIfFull()
            }
            chunks = [LineChunk()]
        }
        LineReader().forEachLine { bytes in
            chunks[chunks.count - 1].append(bytes)
            if chunks[chunks.count - 1].isFull {
                if chunks.count == lanes { scoreChunks() } else { chunks.append(LineChunk()) }
            }
        }
        scoreChunks()
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
            for line in explanation.lines { out.append("  \(line)\n") }
        }
    }
}

/// Lines gathered for one worker: their bytes side by side and where each ends.
struct LineChunk {
    static let capacity = 4096
    private(set) var bytes: [UInt8] = []
    private(set) var ends: [Int] = []

    var isFull: Bool { ends.count >= Self.capacity }

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
private struct SendableSlots: @unchecked Sendable {
    let base: UnsafeMutablePointer<[UInt8]>
}
