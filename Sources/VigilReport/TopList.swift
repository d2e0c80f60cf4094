/// The first `limit` elements in an order, found in one pass without sorting (or copying) the
/// whole collection: a month's report picks ten posts out of a million.
struct TopList<Element> {
    let limit: Int
    let inOrder: (Element, Element) -> Bool
    private(set) var elements: [Element] = []

    init(limit: Int, by inOrder: @escaping (Element, Element) -> Bool) {
        self.limit = limit
        self.inOrder = inOrder
        elements.reserveCapacity(limit + 1)
    }

    mutating func offer(_ element: Element) {
        if elements.count == limit, let last = elements.last, !inOrder(element, last) { return }
        var index = elements.count
        while index > 0 && inOrder(element, elements[index - 1]) { index -= 1 }
        elements.insert(element, at: index)
        if elements.count > limit { elements.removeLast() }
    }
}
