/// Every commune as a horizontal bar, ranked, in two columns (92 rows in one column would not
/// fit an A4 page at a readable size), with the target line in each column. Communes without
/// a rate come last and say so in words instead of a bar.
///
///     1. Phường Phan Đình Phùng ██████████│█ 95,0%   47. Xã Yên Bình  ████▼ 41,2%
///     2. …                                │          …
///                                       90%
extension SVGChart {
    static let communeColumn = 300, communeLabel = 134, communeBar = 120, communeRow = 13

    static func communes(_ chart: CommuneChart, id: String) -> String {
        let perColumn = (chart.rows.count + 1) / 2
        let height = 22 + perColumn * communeRow + 20
        let description = chart.rows.map { $0.label + ": " + $0.text }
        var out = open(caption: chart.caption, description: description, id: id, height: height)
        let targetX = communeLabel + communeBar * chart.targetPermille / 1000
        for column in 0..<(chart.rows.isEmpty ? 0 : 2) {
            let x0 = column * communeColumn
            out += line(x0 + targetX, 14, x0 + targetX, 20 + perColumn * communeRow + 2, dashed: true)
            out += text(chart.targetLabel, x: x0 + targetX, y: 11, size: 9, anchor: "middle")
            let axisY = 20 + perColumn * communeRow + 2
            out += line(x0 + communeLabel, axisY, x0 + communeLabel + communeBar, axisY)
            for p in [0, 50, 100] {
                out += text("\(p)%", x: x0 + communeLabel + communeBar * p / 100, y: axisY + 11, size: 8, anchor: "middle")
            }
        }
        for (i, row) in chart.rows.enumerated() {
            let x0 = i < perColumn ? 0 : communeColumn
            let y = 20 + (i % max(perColumn, 1)) * communeRow
            out += text(row.label, x: x0 + communeLabel - 4, y: y + communeRow - 3, size: 9, anchor: "end")
            var textX = x0 + communeLabel + 3
            if let p = row.permille {
                let w = communeBar * min(max(p, 0), 1000) / 1000
                out += rect(x0 + communeLabel, y + 2, w, communeRow - 3, fill: row.belowTarget ? "#7f7f7f" : "#262626")
                textX = x0 + communeLabel + w + 3
            }
            out += text((row.belowTarget ? ReportText.belowMarker + " " : "") + row.text, x: textX, y: y + communeRow - 3,
                        size: 8)
        }
        return out + close
    }
}
