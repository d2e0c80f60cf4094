import Foundation

/// One evaluation point of a window rule over one group: the group's running sums, the point's
/// bucket `p`, the window's length `w` and the group's first bucket, in buckets of `resolution`
/// seconds. Each kind of window rule (`WindowKinds/`) evaluates it its own way.
struct WindowPoint {
    let sums: RangeSums
    let p: Int64
    let w: Int64
    let first: Int64
    let resolution: TimeInterval
    /// The window's totals: matching mentions (or engagement) and the share's base.
    let current: (matched: Int64, base: Int64)

    init(sums: RangeSums, p: Int64, w: Int64, first: Int64, resolution: TimeInterval) {
        self.sums = sums
        self.p = p
        self.w = w
        self.first = first
        self.resolution = resolution
        current = sums.sum(p - w + 1, p)
    }

    /// Whether the group's history is at least `warmup` long at this point.
    func warmedUp(_ warmup: TimeInterval) -> Bool { Double(p - first) * resolution >= warmup }
}
