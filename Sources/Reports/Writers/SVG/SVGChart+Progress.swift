/// The cohort progress chart as inline SVG: one horizontal bar per rate, with dashed lines at
/// the targets (90%, 100%).
///
/// Kept simple on purpose: integer coordinates (so output never depends on floating-point
/// printing), no script, no `xmlns` URL (inline SVG in HTML needs none), values written next to
/// each bar and a `▼` on a bar below its target, so nothing is said by colour alone. The table
/// before the chart is its text equivalent, and `<desc>` repeats the values for screen readers.
/// The axis runs from 0 to 120%; a longer bar is cut at the edge and its value still written.
enum SVGChart {
    static let width = 600, labelWidth = 90, barArea = 400, barHeight = 14, gap = 4, groupGap = 8, groupLabel = 16
    /// Tenths of a percent at the right edge of the axis.
    static let axisMax = 1200

    static func figure(_ chart: ProgressChart, id: String) -> String {
        let e = HTMLWriter.escape
        let rowsHeight = chart.groups.reduce(0) { $0 + groupLabel + $1.bars.count * (barHeight + gap) + groupGap }
        let height = 24 + rowsHeight + 30
        var description: [String] = []
        for g in chart.groups { for b in g.bars { description.append("\(g.label), \(b.label): \(b.text)") } }

        var out = "<figure>\n<figcaption id=\"\(id)-title\">" + e(chart.caption) + "</figcaption>\n"
        out += "<svg role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\">\n"
        out += "<desc id=\"\(id)-desc\">" + e(description.joined(separator: "; ")) + "</desc>\n"
        // Target lines and their labels.
        // Labels alternate left and right of their lines so that 90% and 100% do not overlap.
        for (i, target) in chart.targets.enumerated() {
            let x = xOf(target.percent * 10)
            let (anchor, dx) = i % 2 == 0 ? ("end", -3) : ("start", 3)
            out += "<line x1=\"\(x)\" y1=\"16\" x2=\"\(x)\" y2=\"\(20 + rowsHeight)\" stroke=\"#000\" stroke-dasharray=\"4 3\"/>\n"
            out += "<text x=\"\(x + dx)\" y=\"12\" font-size=\"10\" text-anchor=\"\(anchor)\">" + e(target.label) + "</text>\n"
        }
        var y = 22
        for group in chart.groups {
            out += "<text x=\"0\" y=\"\(y + groupLabel - 4)\" font-size=\"11\" font-weight=\"bold\">" + e(group.label) + "</text>\n"
            y += groupLabel
            for (i, bar) in group.bars.enumerated() {
                out += "<text x=\"\(labelWidth - 6)\" y=\"\(y + barHeight - 3)\" font-size=\"10\" text-anchor=\"end\">"
                    + e(bar.label) + "</text>\n"
                var textX = labelWidth + 4
                if let p = bar.permille {
                    let w = xOf(min(max(p, 0), axisMax)) - labelWidth
                    let fill = i == 0 ? "#7f7f7f" : "#262626"
                    out += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(w)\" height=\"\(barHeight)\" fill=\"\(fill)\"/>\n"
                    textX = labelWidth + w + 4
                }
                let text = (bar.belowTarget ? ReportText.belowMarker + " " : "") + bar.text
                out += "<text x=\"\(textX)\" y=\"\(y + barHeight - 3)\" font-size=\"10\">" + e(text) + "</text>\n"
                y += barHeight + gap
            }
            y += groupGap
        }
        // Axis with 0, 50 and 100%.
        let axisY = 20 + rowsHeight
        out += "<line x1=\"\(labelWidth)\" y1=\"\(axisY)\" x2=\"\(labelWidth + barArea)\" y2=\"\(axisY)\" stroke=\"#000\"/>\n"
        for p in [0, 50, 100] {
            out += "<text x=\"\(xOf(p * 10))\" y=\"\(axisY + 14)\" font-size=\"10\" text-anchor=\"middle\">\(p)%</text>\n"
        }
        out += "</svg>\n</figure>\n"
        return out
    }

    private static func xOf(_ permille: Int) -> Int { labelWidth + barArea * permille / axisMax }
}
