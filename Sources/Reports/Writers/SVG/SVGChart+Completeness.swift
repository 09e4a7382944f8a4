/// One tile per sender in four columns, agencies first, then communes:
///
///     ■ on time   ◩ late   ☒ missing
///     Agencies
///     ■ STC  Sở Tài chính       ◩ SKHCN …      ■ …
///     Communes and wards
///     ■ Phường Phan Đình Phùng  ☒ Xã Yên Bình   …
///
/// The mark is told by shape (filled, half-filled with a diagonal, empty with a cross), so the
/// grid reads the same printed in black and white.
extension SVGChart {
    static let gridColumns = 4, gridRow = 14, gridBox = 9

    static func completeness(_ grid: CompletenessGrid, id: String) -> String {
        let rows = grid.groups.reduce(0) { $0 + 1 + ($1.tiles.count + gridColumns - 1) / gridColumns }
        let height = 20 + rows * gridRow + 6
        var description: [String] = []
        for group in grid.groups {
            for mark in [CompletenessGrid.Mark.missing, .late, .onTime] {
                let names = group.tiles.filter { $0.mark == mark }.map(\.label)
                if !names.isEmpty { description.append(group.label + ", " + word(mark, grid) + ": " + names.joined(separator: ", ")) }
            }
        }
        var out = open(caption: grid.caption, description: description, id: id, height: height)
        var x = 0
        for mark in [CompletenessGrid.Mark.onTime, .late, .missing] {
            out += box(mark, x: x, y: 4)
            out += text(word(mark, grid), x: x + gridBox + 4, y: 12, size: 9)
            x += 150
        }
        var y = 20
        let columnWidth = width / gridColumns
        for group in grid.groups {
            out += text(group.label, x: 0, y: y + gridRow - 3, size: 10, bold: true)
            y += gridRow
            for (i, tile) in group.tiles.enumerated() {
                let tx = (i % gridColumns) * columnWidth, ty = y + (i / gridColumns) * gridRow
                out += box(tile.mark, x: tx, y: ty + 2)
                out += text(tile.label, x: tx + gridBox + 3, y: ty + gridRow - 4, size: 8)
            }
            y += (group.tiles.count + gridColumns - 1) / gridColumns * gridRow
        }
        return out + close
    }

    private static func word(_ mark: CompletenessGrid.Mark, _ grid: CompletenessGrid) -> String {
        switch mark {
        case .onTime: grid.legend.onTime
        case .late: grid.legend.late
        case .missing: grid.legend.missing
        }
    }

    private static func box(_ mark: CompletenessGrid.Mark, x: Int, y: Int) -> String {
        let b = gridBox
        switch mark {
        case .onTime:
            return rect(x, y, b, b, fill: "#000", stroke: true)
        case .late:
            return "<path d=\"M\(x) \(y + b) L\(x + b) \(y) L\(x + b) \(y + b) Z\" fill=\"#000\"/>\n" + rect(x, y, b, b, fill: "none", stroke: true)
        case .missing:
            return rect(x, y, b, b, fill: "#fff", stroke: true) + line(x, y, x + b, y + b) + line(x + b, y, x, y + b)
        }
    }
}
