/// Cumulative registrations at each quarter's end (bars) against the straight path from 0 at
/// the programme start to the target at its end (dashed), one panel per cohort.
///
///     legend:  ■ registered (cumulative)   - - path to the target
///     ┌ cohort ──────────────────────────────────────────────────────────┐
///     │ target 90%: 1.800 ───────────────────────────────────────────. - │
///     │                             ▆ 659 . - '                          │
///     │               ▆ 202  . - '  █                                    │
///     │  ▆ 12  . - '   █            █                                    │
///     └──Q4/2025──────Q1/2026──────Q2/2026──────Q3/2026──────Q4/2026─────┘
///
/// The time axis is in days, so the path is straight and each bar stands at its quarter's end,
/// where the path says how many there should be by then.
extension SVGChart {
    static let quarterLeft = 10, quarterRight = 590, quarterPlot = 90, quarterBar = 24

    static func quarters(_ chart: QuarterChart, id: String) -> String {
        let panelHeight = 18 + quarterPlot + 16
        let notes = chart.panels.filter { $0.note != nil }.count
        let height = 22 + chart.panels.count * (panelHeight + 8) + notes * 14
        var description: [String] = []
        for p in chart.panels {
            let values = p.bars.map { $0.quarter + ": " + $0.text }.joined(separator: ", ")
            description.append(p.label + ": " + values + (p.target.map { ", " + $0.label } ?? ""))
        }
        var out = open(caption: chart.caption, description: description, id: id, height: height)
        // Legend.
        out += rect(quarterLeft, 4, 10, 10, fill: "#262626")
        out += text(chart.barLabel, x: quarterLeft + 14, y: 13)
        out += line(300, 9, 324, 9, dashed: true, width: 2)
        out += text(chart.pathLabel, x: 330, y: 13)
        var top = 22
        let plotWidth = quarterRight - quarterLeft
        func x(_ day: Int) -> Int { quarterLeft + plotWidth * max(0, min(day, chart.span)) / max(chart.span, 1) }
        for panel in chart.panels {
            out += text(panel.label, x: quarterLeft, y: top + 12, size: 11, bold: true)
            let plotTop = top + 18, bottom = plotTop + quarterPlot
            let largest = max(panel.target?.value ?? 0, panel.bars.compactMap(\.value).max() ?? 0, 1)
            let yMax = largest + largest / 8 + 1
            func y(_ v: Int) -> Int { bottom - quarterPlot * v / yMax }
            if let target = panel.target {
                out += line(quarterLeft, y(target.value), quarterRight, y(target.value))
                out += text(target.label, x: quarterLeft + 2, y: y(target.value) - 3, size: 9)
                out += line(x(0), bottom, x(chart.span), y(target.value), dashed: true, width: 2)
            }
            var previousEnd = 0
            for bar in panel.bars {
                let right = x(bar.day)
                if let value = bar.value {
                    let h = bottom - y(value)
                    out += rect(right - quarterBar, bottom - h, quarterBar, h, fill: "#262626")
                    out += text(bar.text, x: right - quarterBar / 2, y: bottom - h - 3, size: 9, anchor: "middle")
                }
                out += line(right, bottom, right, bottom + 3)
                out += text(bar.quarter, x: (x(previousEnd) + right) / 2, y: bottom + 13, size: 9, anchor: "middle")
                previousEnd = bar.day
            }
            out += line(quarterLeft, bottom, quarterRight, bottom)
            top += panelHeight + 8
            if let note = panel.note {
                out += text(note, x: quarterLeft, y: top, size: 9)
                top += 14
            }
        }
        return out + close
    }
}
