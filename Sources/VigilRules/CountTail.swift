import Foundation

/// How surprising a count is, as the normal score with the same upper-tail probability
/// (z = 3 is p ≈ 0.00135): for a Poisson process with a known expectation, or, when the
/// expectation is itself estimated from a count, as a binomial split of the two counts.
enum CountTail {
    /// P(X ≥ successes) for X ~ Binomial(trials, probability), as a normal score.
    static func binomialZ(successes: Int, trials: Int, probability q: Double) -> Double {
        let n = Double(trials), k = Double(successes)
        guard successes > 0, trials > 0, q > 0 else { return successes > 0 ? 37 : 0 }
        guard q < 1 else { return 0 }
        let mean = n * q
        guard k > mean else { return (k - mean) / max((n * q * (1 - q)).squareRoot(), 1) }
        if n * q * (1 - q) > 400 {
            return (k - 0.5 - mean) / (n * q * (1 - q)).squareRoot()  // normal approximation
        }
        // Sum the tail in log space from k upward; terms fall from there (k is past the mode).
        var logTerm = lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1) + k * log(q) + (n - k) * log1p(-q)
        var sum = 0.0
        var j = successes
        while j <= trials {
            let term = exp(logTerm)
            sum += term
            if term < sum * 1e-12 { break }
            logTerm += log(Double(trials - j)) - log(Double(j + 1)) + log(q) - log1p(-q)
            j += 1
        }
        return normalScore(upperTail: min(1, sum))
    }

    static func z(count: Double, expected lambda: Double) -> Double {
        guard count > lambda else { return (count - lambda) / max(lambda.squareRoot(), 1) }
        if lambda > 200 {
            // Normal approximation with continuity correction.
            return (count - 0.5 - lambda) / lambda.squareRoot()
        }
        return normalScore(upperTail: upperTail(count: Int(count.rounded()), lambda: lambda))
    }

    /// P(X ≥ count), summed in log space from the mode outward.
    static func upperTail(count: Int, lambda: Double) -> Double {
        guard count > 0 else { return 1 }
        var logTerm = Double(count) * log(lambda) - lambda - lgamma(Double(count) + 1)
        var sum = 0.0
        var k = count
        while true {
            let term = exp(logTerm)
            sum += term
            if term < sum * 1e-12 || k > count + 10_000 { break }
            k += 1
            logTerm += log(lambda) - log(Double(k))
        }
        return min(1, sum)
    }

    /// The z with P(Z ≥ z) = p (Acklam's rational approximation, good to 1e-9).
    static func normalScore(upperTail p: Double) -> Double {
        if p <= 1e-300 { return 37 }
        if p >= 1 { return -37 }
        let q = 1 - p  // lower-tail probability of z
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        func tail(_ probability: Double) -> Double {
            // The lower-tail quantile for a small probability (negative).
            let t = (-2 * log(probability)).squareRoot()
            return (((((c[0] * t + c[1]) * t + c[2]) * t + c[3]) * t + c[4]) * t + c[5]) / ((((d[0] * t + d[1]) * t + d[2]) * t + d[3]) * t + 1)
        }
        if p < 0.02425 { return -tail(p) }
        if q < 0.02425 { return tail(q) }
        let r = q - 0.5
        let r2 = r * r
        return (((((a[0] * r2 + a[1]) * r2 + a[2]) * r2 + a[3]) * r2 + a[4]) * r2 + a[5]) * r
            / (((((b[0] * r2 + b[1]) * r2 + b[2]) * r2 + b[3]) * r2 + b[4]) * r2 + 1)
    }
}
