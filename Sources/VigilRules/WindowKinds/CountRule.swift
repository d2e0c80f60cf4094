import Foundation

/// `type: count`: at least `min` matching mentions in the window.
enum CountRule {
    static func minimum(min: Int) -> (matched: Int64, base: Int64) { (Int64(min), Int64.min) }

    static func evaluate(min: Int, _ point: WindowPoint, stats: PointStats) -> (Bool, PointStats) {
        (point.current.matched >= Int64(min), stats)
    }
}
