import Foundation
import Testing
import VigilCore

@Suite struct HandOverTests {
    @Test func itemsArriveInOrderAndTheProducerWaitsWhenFull() {
        let queue = HandOver<Int>(capacity: 2)
        let produced = Counter()
        let producer = Thread {
            for item in 0..<1_000 {
                queue.put(item)
                produced.increment()
            }
            queue.close()
        }
        producer.start()
        // Nobody takes yet: the producer stops after filling the queue.
        Thread.sleep(forTimeInterval: 0.05)
        #expect(produced.value == 2)
        var taken: [Int] = []
        while let item = queue.take() { taken.append(item) }
        #expect(taken == Array(0..<1_000))
        #expect(queue.take() == nil)
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func increment() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }
}
