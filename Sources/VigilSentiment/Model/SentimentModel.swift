import CSentimentWeights
import Foundation
import VigilCore

/// The learned sentiment model: a multinomial logistic regression over `ModelFeatures`
/// (hashed words, word pairs, negated words, letter n-grams, the language and the lexicon's
/// scores), trained by Tools/sentiment/train.py. Its weights are signed bytes in read-only
/// data, four per bucket, so scoring a text is one pass over its bytes and a few hundred
/// loads: no table is built at launch and nothing is allocated per token.
public struct SentimentModel: @unchecked Sendable {  // the weights are read-only data
    public let features: ModelFeatures
    let weights: UnsafePointer<Int8>
    let mask: UInt32
    let scale: Float

    /// The model shipped with Vigil.
    public static let shipped: SentimentModel = {
        precondition(Int(vigil_sentiment_weights_count()) >= (1 << ShippedModel.bucketBits) * 4, "weights file shorter than its buckets")
        let weights = UnsafeRawPointer(vigil_sentiment_weights()).assumingMemoryBound(to: Int8.self)
        return SentimentModel(features: ShippedModel.features, weights: weights, bucketBits: ShippedModel.bucketBits, scale: ShippedModel.scale)
    }()

    /// Whether the shipped weights are a trained model (a placeholder is all zeros).
    public static var isTrained: Bool { ShippedModel.scale > 0 }

    init(features: ModelFeatures, weights: UnsafePointer<Int8>, bucketBits: Int, scale: Float) {
        self.features = features
        self.weights = weights
        self.mask = UInt32((1 << bucketBits) - 1)
        self.scale = scale
    }

    /// The probabilities of negative, neutral and positive.
    public struct Probabilities: Sendable, Equatable {
        public var negative: Double
        public var neutral: Double
        public var positive: Double

        public var label: SentimentLabel {
            negative > neutral && negative > positive ? .negative : (positive > neutral && positive >= negative ? .positive : .neutral)
        }

        /// As VADER's four scores: the shares are the probabilities; the compound is positive
        /// minus negative, kept on the label's side of VADER's ±0.05, so every reader of the
        /// compound (rules, the score column) agrees with the label.
        public var scores: SentimentScores {
            let difference = positive - negative
            let compound: Double
            switch label {
            case .positive: compound = max(0.05, difference)
            case .negative: compound = min(-0.05, difference)
            default: compound = max(-0.049, min(0.049, difference))
            }
            return SentimentScores(negative: negative, neutral: neutral, positive: positive, compound: (compound * 10_000).rounded() / 10_000)
        }
    }

    struct Accumulator: FeatureSink {
        let weights: UnsafePointer<Int8>
        let mask: UInt32
        var negative: Float = 0, neutral: Float = 0, positive: Float = 0

        @inline(__always) mutating func add(_ hash: UInt32, _ value: Float, from origin: Int) {
            let base = weights + Int(hash & mask) &* 4
            negative += Float(base[0]) * value
            neutral += Float(base[1]) * value
            positive += Float(base[2]) * value
        }
    }

    /// Classifies `bytes` (`language`: the language whose lexicon scored it, or "other").
    public func classify(_ bytes: UnsafeBufferPointer<UInt8>, language: String, lexicon: SentimentScores) -> Probabilities {
        var sums = Accumulator(weights: weights, mask: mask)
        features.extract(bytes, language: language, lexicon: lexicon, into: &sums)
        return Self.softmax(sums.negative * scale, sums.neutral * scale, sums.positive * scale)
    }

    public func classify(_ text: String, language: String, lexicon: SentimentScores) -> Probabilities {
        var text = text
        return text.withUTF8 { classify($0, language: language, lexicon: lexicon) }
    }

    static func softmax(_ a: Float, _ b: Float, _ c: Float) -> Probabilities {
        let top = max(a, b, c)
        let ea = exp(Double(a - top)), eb = exp(Double(b - top)), ec = exp(Double(c - top))
        let sum = ea + eb + ec
        return Probabilities(negative: ea / sum, neutral: eb / sum, positive: ec / sum)
    }
}

extension SentimentModel {
    /// What moved the model: the probabilities, and the tokens (and the lexicon's and language's
    /// features) that weighed most, each with its pull (positive minus negative score).
    public struct Explanation: Sendable, Equatable {
        public struct Reason: Sendable, Equatable {
            public var what: String
            public var pull: Double
        }

        public var probabilities: Probabilities
        public var reasons: [Reason]

        public var lines: [String] {
            let p = probabilities
            var out = ["model: \(p.label.rawValue) (negative \(Self.percent(p.negative)), neutral \(Self.percent(p.neutral)), positive \(Self.percent(p.positive)))"]
            for reason in reasons { out.append("  \(reason.what) \(SentimentExplanation.signed(reason.pull))") }
            return out
        }

        static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
    }

    struct ExplainingAccumulator: FeatureSink {
        var sums: Accumulator
        var byOrigin: [Int: (Float, Float, Float)] = [:]
        var spans: [Int: Range<Int>] = [:]

        mutating func add(_ hash: UInt32, _ value: Float, from origin: Int) {
            let before = (sums.negative, sums.neutral, sums.positive)
            sums.add(hash, value, from: origin)
            let old = byOrigin[origin] ?? (0, 0, 0)
            byOrigin[origin] = (old.0 + sums.negative - before.0, old.1 + sums.neutral - before.1, old.2 + sums.positive - before.2)
        }

        mutating func token(_ index: Int, bytes: Range<Int>) { spans[index] = bytes }
    }

    /// The classification and the `limit` features that pulled hardest either way.
    public func explain(_ text: String, language: String, lexicon: SentimentScores, limit: Int = 6) -> Explanation {
        var text = text
        return text.withUTF8 { bytes in
            var sink = ExplainingAccumulator(sums: Accumulator(weights: weights, mask: mask))
            features.extract(bytes, language: language, lexicon: lexicon, into: &sink)
            let probabilities = Self.softmax(sink.sums.negative * scale, sink.sums.neutral * scale, sink.sums.positive * scale)
            var reasons: [Explanation.Reason] = sink.byOrigin.map { origin, sums in
                let what: String
                switch origin {
                case ModelFeatures.fromLexicon: what = "lexicon (compound \(SentimentExplanation.signed(lexicon.compound)))"
                case ModelFeatures.fromLanguage: what = "language \(language)"
                default:
                    let span = sink.spans[origin] ?? 0..<0
                    // The post's own bytes: whoever prints this makes it safe for a terminal.
                    what = "'" + String(decoding: UnsafeBufferPointer(rebasing: bytes[span]), as: UTF8.self) + "'"
                }
                return Explanation.Reason(what: what, pull: Double((sums.2 - sums.0) * scale))
            }
            reasons.sort { abs($0.pull) != abs($1.pull) ? abs($0.pull) > abs($1.pull) : $0.what < $1.what }
            return Explanation(probabilities: probabilities, reasons: Array(reasons.prefix(limit)))
        }
    }
}
