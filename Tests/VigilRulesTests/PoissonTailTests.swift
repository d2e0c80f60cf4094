import Testing
@testable import VigilRules

@Suite struct PoissonTailTests {
    @Test func tailsAndScores() {
        #expect(abs(PoissonTail.upperTail(count: 4, lambda: 1.25) - 0.03833) < 1e-4)
        #expect(abs(PoissonTail.upperTail(count: 0, lambda: 3) - 1) < 1e-12)
        #expect(abs(PoissonTail.normalScore(upperTail: 0.00135) - 3.0) < 1e-3)
        #expect(abs(PoissonTail.normalScore(upperTail: 0.5)) < 1e-9)
        #expect(abs(PoissonTail.normalScore(upperTail: 0.99865) + 3.0) < 1e-3)
        // Four where 1.25 is usual is unremarkable; eight is not.
        #expect(PoissonTail.z(count: 4, expected: 1.25) < 2)
        #expect(PoissonTail.z(count: 8, expected: 1.25) > 3.5)
        // Large expectations: the normal approximation, continuous with the exact tail.
        #expect(abs(PoissonTail.z(count: 260, expected: 201) - PoissonTail.z(count: 260, expected: 199)) < 0.3)
    }
}
