/// Turns one `<Worksheet>` of an Excel 2003 XML Spreadsheet into ``Row``s, streaming.
///
/// ```
///  <Table>
///    <Row ss:Index="3">                                 → Row(number: 3)
///      <Cell ss:Index="2" ss:MergeAcross="1">             B3 (the merge covers B3:C3)
///        <Data ss:Type="String">Hà <Font>Nội</Font></Data>   rich text joined: "Hà Nội"
///      </Cell>
///      <Cell ss:StyleID="sDate"><Data ss:Type="Number">45366</Data></Cell>   D3, a date
///    </Row>
///    <Row ss:Span="2"/>                                   rows 4–6 hold nothing
/// ```
/// Positions: `ss:Index` on a row or cell is its 1-based number; otherwise it follows the
/// previous one. `ss:MergeAcross="n"` moves the next cell n columns further; `ss:MergeDown`
/// moves nothing (the merged cells below are simply absent). `ss:Span="n"` on a row makes it
/// stand for n + 1 rows. A value is the `<Data>` that is a direct child of the cell (a
/// `<Comment>` has its own `<Data>`, which is not the value); its text is collected straight
/// into the row's storage, every descendant's text joined, as the bytes arrive.
struct SpreadsheetML2003SheetParser {
    enum DataType {
        case string, number, dateTime, boolean, error
    }

    let sheetName: String
    let styles: SpreadsheetML2003Styles
    let date1904: Bool
    let limits: ReadLimits

    func read(_ parser: inout XMLPullParser, note: (ReadNote) -> Void, _ body: (borrowing Row) throws -> Bool) throws {
        var row = Row()
        let sheetDepth = parser.depth
        var tableDepth = -1
        var rowNumber = 0
        var inRow = false
        var rowSpan = 0
        var rowStyle: Cell.Kind?
        var column = 0
        var cellDepth = -1
        var cellStyle = Cell.Kind.number
        var mergeAcross = 0
        var collecting = false
        var dataType = DataType.string
        var valueStart = 0
        var rowNeedsCheck = false
        while true {
            let token = try parser.next()
            switch token {
            case .endOfDocument:
                return
            case .text:
                if collecting { try parser.appendText(to: &row.storedBytes) }
            case .startElement:
                let depth = parser.depth
                guard parser.namespace == .spreadsheet2003 else {
                    // Options, print setup, other vendors' elements; inside <Data>, rich text (HTML).
                    if !collecting && !parser.isEmptyElement { try parser.skipElement() }
                    continue
                }
                if depth == sheetDepth + 1 && tableDepth < 0 && parser.localNameIs("Table") {
                    tableDepth = depth
                } else if depth == tableDepth + 1 && parser.localNameIs("Row") {
                    var number = rowNumber + 1
                    if let a = SpreadsheetML2003Reader.ssAttribute(&parser, "Index"),
                       let n = ByteNumber.index(parser.bytes(a.valueStart, a.valueEnd)), n > 0 {
                        number = n
                    }
                    guard number <= limits.maxRows else {
                        throw ReadError(.limitExceeded, subject: sheetName, detail: "more than \(limits.maxRows) rows", row: number)
                    }
                    rowSpan = SpreadsheetML2003Reader.ssAttribute(&parser, "Span")
                        .flatMap { ByteNumber.index(parser.bytes($0.valueStart, $0.valueEnd)) } ?? 0
                    rowStyle = SpreadsheetML2003Reader.ssAttribute(&parser, "StyleID")
                        .map { styles.kind(ofID: parser.bytes($0.valueStart, $0.valueEnd)) }
                    rowNumber = number
                    row.reset(number: number)
                    rowNeedsCheck = false
                    column = 0
                    inRow = true
                } else if inRow && depth == tableDepth + 2 && parser.localNameIs("Cell") {
                    var at = column + 1
                    cellStyle = rowStyle ?? styles.defaultKind
                    mergeAcross = 0
                    for k in 0..<parser.attributeCount {
                        let a = parser.attributeStorage[k]
                        guard !a.isPrefixed || parser.namespace(of: a) == .spreadsheet2003 else { continue }
                        let name = parser.bytes(a.localStart, a.nameEnd)
                        let value = parser.bytes(a.valueStart, a.valueEnd)
                        if name.elementsEqual("Index".utf8) {
                            if let n = ByteNumber.index(value), n > 0 { at = n }
                        } else if name.elementsEqual("StyleID".utf8) {
                            cellStyle = styles.kind(ofID: value)
                        } else if name.elementsEqual("MergeAcross".utf8) {
                            mergeAcross = ByteNumber.index(value) ?? 0
                        }
                    }
                    guard at <= limits.maxColumns else {
                        throw ReadError(.limitExceeded, subject: sheetName, detail: "more than \(limits.maxColumns) columns", row: rowNumber)
                    }
                    column = at
                    cellDepth = depth
                } else if depth == cellDepth + 1 && parser.localNameIs("Data") {
                    dataType = .string
                    if let a = SpreadsheetML2003Reader.ssAttribute(&parser, "Type") {
                        dataType = Self.dataType(parser.bytes(a.valueStart, a.valueEnd))
                    }
                    valueStart = row.storedBytes.count
                    collecting = true
                } else if !collecting && depth > cellDepth && cellDepth > 0 && !parser.isEmptyElement {
                    // A comment, a named cell, a smart tag: nothing of the value.
                    try parser.skipElement()
                }
            case .endElement:
                let depth = parser.depth
                if collecting && depth == cellDepth {
                    collecting = false
                    if try finishData(&row, column: column - 1, type: dataType, style: cellStyle, valueStart: valueStart) {
                        rowNeedsCheck = true
                    }
                } else if cellDepth >= 0 && depth == cellDepth - 1 {
                    // </Cell> (the parser reports an end tag with its parent's depth)
                    column += min(mergeAcross, limits.maxColumns)
                    cellDepth = -1
                } else if inRow && depth == tableDepth {
                    // </Row>
                    cellDepth = -1
                    inRow = false
                    let number = rowNumber
                    rowNumber += min(rowSpan, limits.maxRows)
                    row.trimTrailingEmptyCells()
                    if row.count > 0 {
                        if rowNeedsCheck {
                            TextChecks.repairAndNormalize(&row) { column in
                                note(ReadNote(.invalidUTF8, sheet: sheetName, row: number, column: column))
                            }
                        }
                        guard try body(row) else { return }
                    }
                } else if depth < sheetDepth {
                    return
                }
            }
        }
    }

    static func dataType(_ value: UnsafeRawBufferPointer) -> DataType {
        if value.elementsEqual("Number".utf8) { return .number }
        if value.elementsEqual("DateTime".utf8) { return .dateTime }
        if value.elementsEqual("Boolean".utf8) { return .boolean }
        if value.elementsEqual("Error".utf8) { return .error }
        return .string
    }

    /// Turns the bytes collected since `valueStart` into the cell at `column` (0 = A).
    /// Returns true when the cell holds non-ASCII text (to be checked as UTF-8 and NFC).
    private func finishData(
        _ row: inout Row, column: Int, type: DataType, style: Cell.Kind, valueStart: Int
    ) throws -> Bool {
        let end = row.storedBytes.count
        var cell = Cell.empty
        var needsCheck = false
        if end > valueStart {
            let (trimStart, trimEnd) = row.storedBytes.withUnsafeBytes { Self.trimmed($0, valueStart, end) }
            switch type {
            case .string:
                cell = Cell(kind: .text, fontHint: .none, start: Int32(valueStart), end: Int32(end), number: 0)
                needsCheck = row.storedBytes.withUnsafeBytes { !TextChecks.isASCII(UnsafeRawBufferPointer(rebasing: $0[valueStart..<end])) }
            case .error:
                cell = trimStart == trimEnd ? .empty
                    : Cell(kind: .error, fontHint: .none, start: Int32(trimStart), end: Int32(trimEnd), number: 0)
            case .boolean:
                let truth = row.storedBytes[trimStart..<trimEnd].elementsEqual("1".utf8)
                    || String(decoding: row.storedBytes[trimStart..<trimEnd], as: UTF8.self).lowercased() == "true"
                cell = .value(.boolean, truth ? 1 : 0)
            case .number:
                if let value = row.storedBytes.withUnsafeBytes({ ByteNumber.double(UnsafeRawBufferPointer(rebasing: $0[trimStart..<trimEnd])) }) {
                    var kind = style
                    var number = value
                    if kind != .number && kind != .duration {
                        if value < 0 {
                            kind = .number
                        } else if date1904 {
                            number = ExcelDate.serial1900(from1904: value)
                        }
                    }
                    cell = Cell(kind: kind, fontHint: .none, start: Int32(trimStart), end: Int32(trimEnd), number: number)
                } else {
                    cell = Cell(kind: .text, fontHint: .none, start: Int32(valueStart), end: Int32(end), number: 0)
                    needsCheck = true
                }
            case .dateTime:
                if let serial = row.storedBytes.withUnsafeBytes({ Self.dateTimeSerial(UnsafeRawBufferPointer(rebasing: $0[trimStart..<trimEnd])) }) {
                    let kind: Cell.Kind = serial < 1 ? .time : serial == serial.rounded(.down) ? .date : .dateTime
                    cell = Cell(kind: kind, fontHint: .none, start: Int32(trimStart), end: Int32(trimEnd), number: serial)
                } else {
                    cell = Cell(kind: .text, fontHint: .none, start: Int32(valueStart), end: Int32(end), number: 0)
                    needsCheck = true
                }
            }
        }
        if column >= row.storedCells.count {
            if cell.kind == .empty { return needsCheck }
            row.pad(to: column)
            row.storedCells.append(cell)
        } else {
            row.storedCells[column] = cell
        }
        return needsCheck
    }

    /// The serial of a `DateTime` value, `2024-03-15T13:45:30.250` (Excel writes a time of day
    /// on 1899-12-31, which is serial 0 plus the time). A trailing `Z` is ignored, and a time
    /// that does not parse (`1899-12-31T288:00:00`, hours past 23) leaves the date alone, as
    /// the corpus's reference reader (tools/ssml_ref.py) reads them. Nil when there is no date.
    static func dateTimeSerial(_ value: UnsafeRawBufferPointer) -> Double? {
        var text = value
        if let last = text.last, last == UInt8(ascii: "Z") { text = UnsafeRawBufferPointer(rebasing: text.dropLast()) }
        if let (serial, _) = ByteNumber.isoSerial(text) { return serial }
        guard text.count > 10, text[10] == UInt8(ascii: "T"),
              let (serial, _) = ByteNumber.isoSerial(UnsafeRawBufferPointer(rebasing: text[..<10])) else { return nil }
        return serial
    }

    /// The bounds of `bytes[start..<end]` without surrounding XML white space.
    private static func trimmed(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ end: Int) -> (Int, Int) {
        var s = start
        var e = end
        while s < e && (bytes[s] == .space || bytes[s] == .tab || bytes[s] == .lineFeed || bytes[s] == .carriageReturn) { s += 1 }
        while e > s && (bytes[e - 1] == .space || bytes[e - 1] == .tab || bytes[e - 1] == .lineFeed || bytes[e - 1] == .carriageReturn) { e -= 1 }
        return (s, e)
    }
}
