/// Turns the XML of one worksheet part (ECMA-376 Part 1 §18.3) into ``Row``s, streaming.
///
/// ```
///  <sheetData>
///    <row r="3">                       → Row(number: 3)
///      <c r="B3" s="4" t="s"><v>7</v></c>   → pad A3 empty, B3 = shared string 7
///      <c t="n"><v>42</v></c>               → no r: the next column, C3 = 42
///    </row>
/// ```
/// Cell values are collected straight into the row's byte storage as the `<v>` or `<t>` text
/// arrives; `</c>` then decides the cell from its type: the bytes stay as text, become a
/// shared string's bytes, or stay as the number's text beside its parsed value. Memory is one
/// row and the parser's buffer; `<dimension>` is never trusted, gaps become empty cells,
/// trailing empty (formatted) cells are dropped, and a row with no value is not delivered.
struct WorksheetParser {
    enum CellType: UInt8 {
        case number, sharedString, string, inlineString, boolean, error, isoDate
    }

    let sheetName: String
    let sharedStrings: SharedStrings
    let styles: StylesPart
    let date1904: Bool
    let limits: ReadLimits

    /// Reads every row; `note` receives notes (invalid UTF-8 in inline text). Each row passes
    /// through `converter` (legacy Vietnamese look-alikes) before `body` sees it.
    func read(
        _ parser: inout XMLPullParser, note: (ReadNote) -> Void, converter: inout LegacyTextConverter,
        _ body: (borrowing Row) throws -> Bool
    ) throws {
        var row = Row()
        var inSheetData = false
        var inRow = false
        var inCell = false
        var inInline = false
        var collecting = false
        var hasValue = false
        var rowNumber = 0
        var column = 0
        var nextColumn = 0
        var cellType = CellType.number
        var format = StylesPart.plain
        var valueStart = 0
        var rowNeedsCheck = false
        /// The shared-string index being read: -2 before any digit, -1 when not a number.
        var sharedIndex = -2
        /// A row is delivered when the next one starts, so a row split over several <row>s is one.
        var pending = false
        let maxColumns = limits.maxColumns
        let maxRows = limits.maxRows
        while true {
            let token = try parser.next()
            switch token {
            case .text:
                guard collecting else { continue }
                if cellType == .sharedString {
                    // The index goes straight into an integer: its digits never touch the row.
                    for k in parser.textStart..<parser.textEnd {
                        let b = parser.bytes(k, k + 1)[0]
                        let d = b &- 48
                        if d < 10 {
                            if sharedIndex == -2 { sharedIndex = 0 }
                            if sharedIndex >= 0 && sharedIndex < Int(Int32.max) { sharedIndex = sharedIndex * 10 + Int(d) }
                        } else if !(b == .space || b == .tab || b == .lineFeed || b == .carriageReturn) {
                            sharedIndex = -1
                        }
                    }
                } else {
                    try parser.appendText(to: &row.storedBytes)
                }
            case .startElement:
                let length = parser.nameEnd - parser.localStart
                let first = parser.bytes(parser.localStart, parser.localStart + 1)[0]
                guard parser.namespace == .spreadsheet || parser.namespace == .none else { continue }
                if length == 1 && first == UInt8(ascii: "c") && inRow {
                    inCell = true
                    hasValue = false
                    cellType = .number
                    format = StylesPart.plain
                    var at = nextColumn
                    for k in 0..<parser.attributeCount {
                        let attribute = parser.attributeStorage[k]
                        guard attribute.nameEnd - attribute.nameStart == 1 else { continue }
                        let value = parser.bytes(attribute.valueStart, attribute.valueEnd)
                        switch parser.bytes(attribute.nameStart, attribute.nameEnd)[0] {
                        case UInt8(ascii: "r"): if let c = ByteNumber.column(ofReference: value) { at = c }
                        case UInt8(ascii: "s"): if let s = ByteNumber.index(value) { format = styles.format(s) }
                        case UInt8(ascii: "t"): cellType = Self.cellType(value)
                        default: break
                        }
                    }
                    guard at < maxColumns else {
                        throw ReadError(.limitExceeded, subject: sheetName, detail: "more than \(maxColumns) columns", row: rowNumber)
                    }
                    column = at
                    nextColumn = at + 1
                    sharedIndex = -2
                    valueStart = row.storedBytes.count
                } else if length == 1 && first == UInt8(ascii: "v") && inCell {
                    collecting = true
                    hasValue = true
                } else if length == 1 && first == UInt8(ascii: "t") && inInline {
                    collecting = true
                    hasValue = true
                } else if length == 2 && inCell && parser.localNameIs("is") {
                    inInline = true
                    if cellType == .number { cellType = .inlineString }
                    // <is> wins over a <v> some writers put before it.
                    row.storedBytes.removeSubrange(valueStart...)
                } else if length == 3 && inInline && parser.localNameIs("rPh") {
                    try parser.skipElement()
                } else if length == 3 && parser.localNameIs("row") && inSheetData {
                    inRow = true
                    var number = rowNumber + 1
                    if let r = parser.attribute("r"), let n = ByteNumber.index(parser.bytes(r.valueStart, r.valueEnd)), n > 0 {
                        number = n
                    }
                    guard number <= maxRows else {
                        throw ReadError(.limitExceeded, subject: sheetName, detail: "more than \(maxRows) rows", row: number)
                    }
                    if pending && number == rowNumber {
                        // The same row again (some writers emit one <row> per cell): keep filling it.
                        nextColumn = row.count
                        continue
                    }
                    if pending {
                        pending = false
                        guard try deliver(&row, check: rowNeedsCheck, note: note, converter: &converter, body) else { return }
                    }
                    rowNumber = number
                    nextColumn = 0
                    row.reset(number: number)
                    rowNeedsCheck = false
                } else if length == 9 && parser.localNameIs("sheetData") {
                    inSheetData = true
                }
            case .endElement:
                let length = parser.nameEnd - parser.localStart
                guard parser.namespace == .spreadsheet || parser.namespace == .none else { continue }
                if length == 1 && collecting {
                    collecting = false
                } else if length == 1 && inCell && parser.localNameIs("c") {
                    inCell = false
                    inInline = false
                    if try finishCell(&row, column: column, type: cellType, format: format, valueStart: valueStart,
                                      hasValue: hasValue, sharedIndex: sharedIndex, row: rowNumber) {
                        rowNeedsCheck = true
                    }
                } else if length == 2 && parser.localNameIs("is") {
                    inInline = false
                } else if length == 3 && inRow && parser.localNameIs("row") {
                    inRow = false
                    pending = true
                } else if length == 9 && parser.localNameIs("sheetData") {
                    // Nothing after sheetData holds cell values (§18.3.1.99 order).
                    if pending { _ = try deliver(&row, check: rowNeedsCheck, note: note, converter: &converter, body) }
                    return
                }
            case .endOfDocument:
                if pending { _ = try deliver(&row, check: rowNeedsCheck, note: note, converter: &converter, body) }
                return
            }
        }
    }

    /// Hands a finished row to `body` (unless it holds no value); returns what `body` returns.
    private func deliver(
        _ row: inout Row, check: Bool, note: (ReadNote) -> Void, converter: inout LegacyTextConverter,
        _ body: (borrowing Row) throws -> Bool
    ) throws -> Bool {
        row.trimTrailingEmptyCells()
        guard row.count > 0 else { return true }
        if check {
            let number = row.number
            TextChecks.repairAndNormalize(&row) { column in
                note(ReadNote(.invalidUTF8, sheet: sheetName, row: number, column: column))
            }
        }
        converter.process(&row)
        return try body(row)
    }

    @inline(__always)
    static func cellType(_ value: UnsafeRawBufferPointer) -> CellType {
        guard let first = value.first else { return .number }
        switch first {
        case UInt8(ascii: "s"): return value.count == 1 ? .sharedString : .string      // s, str
        case UInt8(ascii: "n"): return .number
        case UInt8(ascii: "b"): return .boolean
        case UInt8(ascii: "e"): return .error
        case UInt8(ascii: "i"): return .inlineString
        case UInt8(ascii: "d"): return .isoDate
        default: return .number
        }
    }

    /// Turns the bytes collected since `valueStart` into the cell at `column`. Returns true
    /// when the cell holds non-ASCII text from the sheet itself (to be checked as UTF-8).
    @inline(__always)
    private func finishCell(
        _ row: inout Row, column: Int, type: CellType, format: StylesPart.Format, valueStart: Int,
        hasValue: Bool, sharedIndex: Int, row number: Int
    ) throws -> Bool {
        let end = row.storedBytes.count
        var cell: Cell
        var needsCheck = false
        if !hasValue || (end == valueStart && type != .sharedString) || (type == .sharedString && sharedIndex == -2) {
            if end > valueStart { row.storedBytes.removeSubrange(valueStart...) }
            cell = .empty
        } else {
            switch type {
            case .number, .isoDate, .boolean:
                let parsed: (Double, Cell.Kind)? = row.storedBytes.withUnsafeBytes { all in
                    let raw = UnsafeRawBufferPointer(rebasing: all[valueStart..<end])
                    switch type {
                    case .isoDate: return ByteNumber.isoSerial(raw)
                    case .boolean:
                        return (raw.count == 1 && raw[0] == UInt8(ascii: "1")) || Array(raw) == Array("true".utf8)
                            ? (1, .boolean) : (0, .boolean)
                    default: return ByteNumber.double(raw).map { ($0, format.kind) }
                    }
                }
                if let (parsedValue, kind) = parsed {
                    var value = parsedValue
                    if date1904 && type == .number && kind != .number && kind != .duration { value = ExcelDate.serial1900(from1904: value) }
                    cell = Cell(kind: kind, fontHint: .none, start: Int32(valueStart), end: Int32(end), number: value)
                } else {
                    // Not a number after all: keep what the file says as text.
                    cell = Cell(kind: .text, fontHint: format.fontHint, start: Int32(valueStart), end: Int32(end), number: 0)
                    needsCheck = true
                }
            case .sharedString:
                guard sharedIndex >= 0, let range = sharedStrings.range(sharedIndex) else {
                    throw ReadError(.corrupt, subject: sheetName, detail: "a cell refers to a shared string that does not exist",
                                    row: number)
                }
                if range.isEmpty {
                    cell = .empty
                } else {
                    sharedStrings.arena.withUnsafeBufferPointer { row.storedBytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
                    cell = Cell(kind: .text, fontHint: format.fontHint, start: Int32(valueStart),
                                end: Int32(row.storedBytes.count), number: 0)
                }
            case .string, .inlineString, .error:
                if type != .error { XMLText.decodeXEscapes(in: &row.storedBytes, from: valueStart) }
                let newEnd = row.storedBytes.count
                needsCheck = row.storedBytes.withUnsafeBytes { !TextChecks.isASCII(UnsafeRawBufferPointer(rebasing: $0[valueStart..<newEnd])) }
                cell = newEnd == valueStart ? .empty : Cell(kind: type == .error ? .error : .text, fontHint: format.fontHint,
                                                            start: Int32(valueStart), end: Int32(newEnd), number: 0)
            }
        }
        if column >= row.storedCells.count {
            if cell.kind == .empty && column >= row.storedCells.count { return false }
            row.pad(to: column)
            row.storedCells.append(cell)
        } else {
            // A cell out of order (or a duplicate reference): it replaces what the column held.
            row.storedCells[column] = cell
        }
        return needsCheck
    }
}
