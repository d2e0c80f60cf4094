import Foundation

/// Hands items from one thread to another in order, holding at most `capacity` at a time: a
/// producer that gets ahead waits (back-pressure) instead of filling memory.
public final class HandOver<Element>: @unchecked Sendable {  // state behind `condition`
    private let condition = NSCondition()
    private var items: [Element] = []
    private var closed = false
    public let capacity: Int

    public init(capacity: Int) {
        precondition(capacity > 0)
        self.capacity = capacity
    }

    /// Waits while `capacity` items are waiting, then adds this one.
    public func put(_ item: Element) {
        condition.lock()
        while items.count >= capacity && !closed { condition.wait() }
        items.append(item)
        condition.broadcast()
        condition.unlock()
    }

    /// The next item, waiting for one; nil once the producer has closed and all are taken.
    public func take() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !closed { condition.wait() }
        guard !items.isEmpty else { return nil }
        condition.broadcast()
        return items.removeFirst()
    }

    /// The next item if one is waiting, without waiting.
    public func takeIfWaiting() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        guard !items.isEmpty else { return nil }
        condition.broadcast()
        return items.removeFirst()
    }

    /// How many items wait.
    public var waiting: Int {
        condition.lock()
        defer { condition.unlock() }
        return items.count
    }

    /// No more items will come.
    public func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}
