import Foundation
import Testing
@testable import VigilModeration

@Suite struct ModeratorConcurrencyTests {
    /// Moderators made and used on many threads at once (the rules engine makes one per evaluator).
    @Test func manyThreadsAtOnce() {
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            for round in 0..<300 {
                let found = Moderator().inspect("you are an idiot \(round) call +34 612 345 678 dm me", language: ["en", nil][index % 2])
                precondition(found.abuse == .abuse)
            }
        }
    }
}
