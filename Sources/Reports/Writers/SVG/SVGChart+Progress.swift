/// The cohort progress chart: one horizontal bar per rate, with dashed lines at the targets
/// (90%, 100%). The axis runs from 0 to 120%; a longer bar is cut at the edge and its value
/// still written.
extension SVGChart {
    static let labelWidth = 90, barArea = 400, barHeight = 14, gap = 4, groupGap = 8, groupLabel = 16
    /// Tenths of a percent at the right edge of the axis.
    static let axisMax = 1200

    static func progress(_ chart: ProgressChart, id: String) -> String {
        let rowsHeight = chart.groups.reduce(0) { $0 + groupLabel + $1.bars.count * (barHeight + gap) + groupGap }
        let height = 24 + rowsHeight + 30
        var description: [String] = []
        for g in chart.groups { for b in g.bars { description.append("\(g.label), \(b.label): \(b.text)") } }

        var out = open(caption: chart.caption, description: description, id: id, height: height)
        // Labels alternate left and right of their lines so that 90% and 100% do not overlap.
        for (i, target) in chart.targets.enumerated() {
            let x = xOf(target.percent * 10)
            out += line(x, 16, x, 20 + rowsHeight, dashed: true)
            out += text(target.label, x: x + (i % 2 == 0 ? -3 : 3), y: 12, anchor: i % 2 == 0 ? "end" : "start")
        }
        var y = 22
        for group in chart.groups {
            out += text(group.label, x: 0, y: y + groupLabel - 4, size: 11, bold: true)
            y += groupLabel
            for (i, bar) in group.bars.enumerated() {
                out += text(bar.label, x: labelWidth - 6, y: y + barHeight - 3, anchor: "end")
                var textX = labelWidth + 4
                if let p = bar.permille {
                    let w = xOf(min(max(p, 0), axisMax)) - labelWidth
                    out += rect(labelWidth, y, w, barHeight, fill: i == 0 ? "#7f7f7f" : "#262626")
                    textX = labelWidth + w + 4
                }
                out += text((bar.belowTarget ? ReportText.belowMarker + " " : "") + bar.text, x: textX, y: y + barHeight - 3)
                y += barHeight + gap
            }
            y += groupGap
        }
        let axisY = 20 + rowsHeight
        out += line(labelWidth, axisY, labelWidth + barArea, axisY)
        for p in [0, 50, 100] { out += text("\(p)%", x: xOf(p * 10), y: axisY + 14, anchor: "middle") }
        return out + close
    }

    private static func xOf(_ permille: Int) -> Int { labelWidth + barArea * permille / axisMax }
}
