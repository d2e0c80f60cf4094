import Foundation

/// Charts as inline SVG, drawn by Vigil: lines over time with axes, gridlines, units and a
/// legend; horizontal bars with their values written beside them. Series differ in dash pattern
/// (lines) or hatching (bars) as well as colour, and every chart has a title and a text
/// alternative, so none depends on colour alone or on sight.
enum SVGChart {
    static let width = 720.0

    static func render(_ chart: ReportChart, words: ReportLanguage, id: String) -> String {
        switch chart.kind {
        case .lines: return lines(chart, words: words, id: id)
        case .bars: return bars(chart, words: words, id: id)
        }
    }

    static let dashes = ["", "6 4", "2 3", "10 3 2 3", "1 5", "12 6"]
    static let markers = ["circle", "square", "diamond", "triangle", "circle", "square"]

    static func format(_ value: Double, _ chart: ReportChart, _ words: ReportLanguage) -> String {
        chart.isShare ? words.share(value) : words.decimal(value, digits: value.rounded() == value ? 0 : 1)
    }

    /// A step of 1, 2 or 5 × 10ⁿ giving about four gridlines up to `top`.
    static func niceStep(_ top: Double) -> Double {
        guard top > 0 else { return 1 }
        let rough = top / 4
        let magnitude = pow(10, floor(log10(rough)))
        for factor in [1.0, 2.0, 2.5, 5.0, 10.0] where factor * magnitude >= rough { return factor * magnitude }
        return 10 * magnitude
    }

    static func description(_ chart: ReportChart, _ words: ReportLanguage) -> String {
        switch chart.kind {
        case .lines:
            return chart.series.map { series in
                let peak = series.values.indices.max { series.values[$0] < series.values[$1] }
                let total = chart.isShare ? "" : ", " + words.t("total") + " " + format(series.values.reduce(0, +), chart, words)
                return series.name + total + (peak.map { ", " + words.t("peak") + " " + format(series.values[$0], chart, words) + " (" + chart.labels[$0] + ")" } ?? "")
            }.joined(separator: "; ")
        case .bars:
            return chart.labels.indices.map { index in
                chart.labels[index] + ": " + chart.series.map { (chart.series.count > 1 ? $0.name + " " : "") + format($0.values[index], chart, words) }.joined(separator: ", ")
            }.joined(separator: "; ")
        }
    }

    static func lines(_ chart: ReportChart, words: ReportLanguage, id: String) -> String {
        let height = 280.0, left = 64.0, right = 120.0, top = 20.0, bottom = 44.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let peak = chart.series.flatMap(\.values).max() ?? 0
        let step = chart.isShare ? max(0.05, niceStep(max(peak, 0.01))) : niceStep(max(peak, 1))
        let ceiling = max(step, (peak / step).rounded(.up) * step)
        let count = max(chart.labels.count, 1)
        func x(_ index: Int) -> Double { left + (count == 1 ? plotWidth / 2 : plotWidth * Double(index) / Double(count - 1)) }
        func y(_ value: Double) -> Double { top + plotHeight * (1 - value / ceiling) }

        var svg = header(chart, words: words, id: id, height: height)
        svg += "<g class=\"grid\">"
        var tick = 0.0
        while tick <= ceiling + step / 1000 {
            svg += "<line x1=\"\(n(left))\" x2=\"\(n(left + plotWidth))\" y1=\"\(n(y(tick)))\" y2=\"\(n(y(tick)))\"/>"
            svg += "<text class=\"axis\" x=\"\(n(left - 8))\" y=\"\(n(y(tick) + 4))\" text-anchor=\"end\">\(HTMLReport.escape(format(tick, chart, words)))</text>"
            tick += step
        }
        svg += "</g>"
        // At most about eight labels along the time axis.
        let every = max(1, Int((Double(count) / 8).rounded(.up)))
        for index in stride(from: 0, to: chart.labels.count, by: every) {
            let anchor = index == 0 && count > 1 ? "start" : (index == count - 1 && count > 1 ? "end" : "middle")
            svg += "<text class=\"axis\" x=\"\(n(x(index)))\" y=\"\(n(top + plotHeight + 18))\" text-anchor=\"\(anchor)\">\(HTMLReport.escape(chart.labels[index]))</text>"
        }
        svg += "<text class=\"unit\" x=\"\(n(left))\" y=\"\(n(height - 6))\">\(HTMLReport.escape(chart.unit))</text>"
        svg += "<line class=\"axisline\" x1=\"\(n(left))\" x2=\"\(n(left + plotWidth))\" y1=\"\(n(y(0)))\" y2=\"\(n(y(0)))\"/>"
        for (index, series) in chart.series.enumerated() {
            let points = series.values.enumerated().map { "\(n(x($0.offset))),\(n(y($0.element)))" }.joined(separator: " ")
            let dash = dashes[index % dashes.count]
            svg += "<polyline class=\"series s\(index % 6)\" points=\"\(points)\"" + (dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"") + "/>"
            if series.values.count <= 40 {
                for (offset, value) in series.values.enumerated() { svg += marker(index, x: x(offset), y: y(value)) }
            }
        }
        // Each series' name at its line's end, spread apart so none overlaps another.
        let ends = chart.series.indices.map { (index: $0, y: y(chart.series[$0].values.last ?? 0) + 4) }.sorted { $0.y < $1.y }
        var placed: [(index: Int, y: Double)] = []
        for end in ends { placed.append((end.index, max(end.y, (placed.last?.y ?? -.infinity) + 14))) }
        let overflow = (placed.last?.y ?? 0) - (top + plotHeight + 4)
        if overflow > 0 { placed = placed.map { ($0.index, $0.y - overflow) } }
        for (index, labelY) in placed {
            svg += "<text class=\"label s\(index % 6)t\" x=\"\(n(left + plotWidth + 8))\" y=\"\(n(labelY))\">\(HTMLReport.escape(String(chart.series[index].name.prefix(16))))</text>"
        }
        return svg + "</svg>"
    }

    static func marker(_ index: Int, x: Double, y: Double) -> String {
        let cls = "class=\"marker s\(index % 6)f\""
        switch markers[index % markers.count] {
        case "square": return "<rect \(cls) x=\"\(n(x - 3))\" y=\"\(n(y - 3))\" width=\"6\" height=\"6\"/>"
        case "diamond": return "<path \(cls) d=\"M\(n(x)) \(n(y - 4))L\(n(x + 4)) \(n(y))L\(n(x)) \(n(y + 4))L\(n(x - 4)) \(n(y))Z\"/>"
        case "triangle": return "<path \(cls) d=\"M\(n(x)) \(n(y - 4))L\(n(x + 4)) \(n(y + 3))L\(n(x - 4)) \(n(y + 3))Z\"/>"
        default: return "<circle \(cls) cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"3\"/>"
        }
    }

    static func bars(_ chart: ReportChart, words: ReportLanguage, id: String) -> String {
        let left = 150.0, right = 90.0, barHeight = 16.0, gap = 10.0
        let groupHeight = barHeight * Double(chart.series.count) + gap
        let legend = chart.series.count > 1 ? 24.0 : 0
        let height = 16 + legend + groupHeight * Double(chart.labels.count) + 24
        let plotWidth = width - left - right
        let top = chart.series.flatMap(\.values).max() ?? 0
        var svg = header(chart, words: words, id: id, height: height)
        svg += "<defs><pattern id=\"\(id)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
        svg += "<rect width=\"6\" height=\"6\" class=\"s1f\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"hatch\"/></pattern></defs>"
        if chart.series.count > 1 {
            for (index, series) in chart.series.enumerated() {
                let x = left + Double(index) * 180
                let fill = index == 1 ? "fill=\"url(#\(id)-hatch)\"" : "class=\"s\(index % 6)f\""
                svg += "<rect x=\"\(n(x))\" y=\"10\" width=\"14\" height=\"12\" \(fill) stroke=\"currentColor\" stroke-width=\"0.5\"/>"
                svg += "<text class=\"axis\" x=\"\(n(x + 20))\" y=\"20\">\(HTMLReport.escape(series.name))</text>"
            }
        }
        for (row, label) in chart.labels.enumerated() {
            let groupTop = 16 + legend + Double(row) * groupHeight
            svg += "<text class=\"axis\" x=\"\(n(left - 8))\" y=\"\(n(groupTop + groupHeight / 2))\" text-anchor=\"end\">\(HTMLReport.escape(String(label.prefix(22))))</text>"
            for (index, series) in chart.series.enumerated() {
                let value = series.values[row]
                let length = top > 0 ? plotWidth * value / top : 0
                let y = groupTop + Double(index) * barHeight
                let fill = index == 1 ? "fill=\"url(#\(id)-hatch)\"" : "class=\"s\(index % 6)f\""
                svg += "<rect x=\"\(n(left))\" y=\"\(n(y))\" width=\"\(n(max(length, 0.5)))\" height=\"\(n(barHeight - 3))\" \(fill)/>"
                svg += "<text class=\"value\" x=\"\(n(left + length + 6))\" y=\"\(n(y + barHeight - 5))\">\(HTMLReport.escape(format(value, chart, words)))</text>"
            }
        }
        svg += "<text class=\"unit\" x=\"\(n(left))\" y=\"\(n(height - 6))\">\(HTMLReport.escape(chart.unit))</text>"
        return svg + "</svg>"
    }

    static func header(_ chart: ReportChart, words: ReportLanguage, id: String, height: Double) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
            + "<title id=\"\(id)-title\">\(HTMLReport.escape(chart.title))</title><desc id=\"\(id)-desc\">\(HTMLReport.escape(description(chart, words)))</desc>"
    }

    /// A coordinate with at most one decimal.
    static func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
