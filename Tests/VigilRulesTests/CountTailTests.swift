import Testing
@testable import VigilRules

@Suite struct CountTailTests {
    @Test func tailsAndScores() {
        #expect(abs(CountTail.upperTail(count: 4, lambda: 1.25) - 0.03833) < 1e-4)
        #expect(abs(CountTail.upperTail(count: 0, lambda: 3) - 1) < 1e-12)
        #expect(abs(CountTail.normalScore(upperTail: 0.00135) - 3.0) < 1e-3)
        #expect(abs(CountTail.normalScore(upperTail: 0.5)) < 1e-9)
        #expect(abs(CountTail.normalScore(upperTail: 0.99865) + 3.0) < 1e-3)
        // Four where 1.25 is usual is unremarkable; eight is not.
        #expect(CountTail.z(count: 4, expected: 1.25) < 2)
        #expect(CountTail.z(count: 8, expected: 1.25) > 3.5)
        // Large expectations: the normal approximation, continuous with the exact tail.
        #expect(abs(CountTail.z(count: 260, expected: 201) - CountTail.z(count: 260, expected: 199)) < 0.3)
    }

    @Test func aBaselineOfFewEventsIsUncertain() {
        // 7 in an hour against 3 in the three hours of the one past day: p ≈ 0.0035.
        let z = CountTail.binomialZ(successes: 7, trials: 10, probability: 0.25)
        #expect(abs(CountTail.normalScore(upperTail: 0.003506) - z) < 0.01)
        // The same rates, known from ten times the history, are far less likely by chance.
        #expect(CountTail.binomialZ(successes: 7, trials: 37, probability: 1.0 / 31) > 3.5)
        // Nothing in the baseline: four at once is remarkable.
        #expect(CountTail.binomialZ(successes: 4, trials: 4, probability: 0.024) > 4.5)
        // Large counts: the normal approximation agrees with the exact sum at the switch.
        #expect(abs(CountTail.binomialZ(successes: 1150, trials: 20_000, probability: 0.05) - 4.85) < 0.05)
        #expect(abs(CountTail.binomialZ(successes: 130, trials: 1000, probability: 0.1) - 3.002) < 0.01)  // exact, from Python
    }
}
