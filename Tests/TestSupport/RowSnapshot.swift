public import Tabular

/// A row rendered to plain values, so tests can compare what a reader produced with `==`.
public struct RowSnapshot: Hashable, CustomStringConvertible, Sendable {
    public var number: Int
    public var cells: [String]

    public init(number: Int, cells: [String]) {
        self.number = number
        self.cells = cells
    }

    /// Renders each cell: text as is, empty as "", numbers with `n:`, dates with `d:`, ...
    public init(_ row: borrowing Row) {
        number = row.number
        cells = (0..<row.count).map { i in
            let cell = row[i]
            switch cell.kind {
            case .empty: return ""
            case .text: return row.text(i)
            case .error: return "#ERR:" + row.text(i)
            case .number: return "n:\(cell.number)"
            case .boolean: return "b:\(cell.number != 0)"
            case .date: return "d:\(cell.number)"
            case .dateTime: return "dt:\(cell.number)"
            case .time: return "t:\(cell.number)"
            case .duration: return "p:\(cell.number)"
            }
        }
    }

    public var description: String { "\(number): \(cells)" }
}

/// Reads every row of one sheet into snapshots.
public func snapshots(_ reader: any WorkbookReader, sheet: Int = 0) throws -> [RowSnapshot] {
    var rows: [RowSnapshot] = []
    try reader.forEachRow(inSheet: sheet) { row in
        rows.append(RowSnapshot(row))
        return true
    }
    return rows
}

/// The chunk sizes every streaming reader test feeds its input in: a reader must give the
/// same rows and notes whichever way its input is split.
public let chunkSizes = [1, 2, 3, 7, 4096, Int.max]
