/// Reads a record export: XML that a system writes for its own records, as one sheet.
///
/// Two shapes are read (documented in `Data/xml-mappings/README.md`):
/// ```
///  <records>                                    <DanhSachDoanhNghiep>
///    <record>                                     <DoanhNghiep>
///      <field name="ma_so_thue">0101…</field>        <MaSoThue>0101…</MaSoThue>
///      <field name="ten">Công ty A</field>           <TenDoanhNghiep>Công ty A</TenDoanhNghiep>
///    </record>                                    </DoanhNghiep>
///  </records>                                   </DanhSachDoanhNghiep>
/// ```
/// Every child of the root is a record (or, when a mapping names the record element, every
/// child with that name). A record's children are its fields: a `<field name="…">` is the
/// column `name`, any other element is the column of its own local name. Row 1 is the header:
/// the column names in first-seen order across the whole file, or the titles a matching
/// ``XMLMapping`` gives them; record *n* is row *n* + 1. Every value is text (the schema
/// types it, as for CSV); a field's text is all its descendants' text joined, and a field of
/// white space only is empty.
///
/// Opening reads the file once to learn the columns; ``forEachRow(inSheet:_:)`` reads it again
/// and streams the records: memory is the column names, one row and the scanner's buffer.
public final class RecordXMLReader: WorkbookReader {
    public let format = TableFormat.recordXML
    public let path: String
    public let sheets: [SheetInfo]
    public private(set) var notes: [ReadNote] = []
    /// The mapping whose root and record names match the file, if any.
    public let mapping: XMLMapping?
    /// The column names as the file spells them (element local names or `name` attributes).
    public let columnNames: [String]
    /// The header row's titles: mapped titles, or the names themselves.
    public let headerTitles: [String]

    private let columnBytes: [[UInt8]]
    private let recordName: [UInt8]?
    let limits: ReadLimits
    /// Largest number of bytes read from the file at a time (tests).
    let maxChunk: Int

    /// Opens the export at `path` and learns its columns.
    ///
    /// - Throws: ``ReadError``: `malformedXML` (including any DOCTYPE), `empty` when no record
    ///   has a field, `limitExceeded`, `undecodableText`.
    public convenience init(path: String, options: OpenOptions = .init()) throws(ReadError) {
        try self.init(path: path, options: options, maxChunk: .max)
    }

    init(path: String, options: OpenOptions, maxChunk: Int) throws(ReadError) {
        self.maxChunk = maxChunk
        self.path = path
        self.limits = options.limits
        var parser = XMLPullParser(source: try XMLFileSource(path: path, maxChunk: maxChunk), subject: path, limits: options.limits)
        var rootName = ""
        var mapping: XMLMapping?
        var recordName: [UInt8]?
        var names: [[UInt8]] = []
        var index: [[UInt8]: Int] = [:]
        var name: [UInt8] = []
        while true {
            let token = try parser.next()
            if token == .endOfDocument { break }
            guard token == .startElement else { continue }
            switch parser.depth {
            case 1:
                rootName = String(decoding: parser.bytes(parser.localStart, parser.nameEnd), as: UTF8.self)
                mapping = options.xmlMappings.first { $0.root == rootName }
                recordName = mapping?.record.map { Array($0.utf8) }
            case 2:
                if let recordName, !parser.bytes(parser.localStart, parser.nameEnd).elementsEqual(recordName) {
                    if !parser.isEmptyElement { try parser.skipElement() }
                }
            case 3:
                name.removeAll(keepingCapacity: true)
                try Self.fieldName(&parser, into: &name)
                if index[name] == nil {
                    guard names.count < options.limits.maxColumns else {
                        throw ReadError(.limitExceeded, subject: path, detail: "more than \(options.limits.maxColumns) distinct fields")
                    }
                    index[name] = names.count
                    names.append(name)
                }
                if !parser.isEmptyElement { try parser.skipElement() }
            default:
                break
            }
        }
        guard !names.isEmpty else {
            throw ReadError(.empty, subject: path, detail: "an XML export <\(rootName)> with no record that has a field")
        }
        self.mapping = mapping
        self.recordName = recordName
        columnBytes = names
        columnNames = names.map { String(decoding: $0, as: UTF8.self) }
        headerTitles = columnNames.map { mapping?.title(for: $0) ?? $0 }
        sheets = [SheetInfo(name: rootName, index: 0)]
    }

    /// The column name of the field element that just started: its `name` attribute when it
    /// is a `<field>`, else its local name.
    private static func fieldName(_ parser: inout XMLPullParser, into name: inout [UInt8]) throws(ReadError) {
        if parser.localNameIs("field"), let attribute = parser.attribute("name") {
            let value = try parser.string(attribute)
            name.append(contentsOf: value.trimmingSpaces().utf8)
        } else {
            name.append(contentsOf: parser.bytes(parser.localStart, parser.nameEnd))
        }
    }

    public func forEachRow(inSheet index: Int, _ body: (borrowing Row) throws -> Bool) throws {
        guard index == 0 else { throw ReadError(.noSuchSheet, subject: path, detail: "sheet \(index + 1)") }
        var row = Row(number: 1)
        for title in headerTitles { row.appendText(title) }
        TextChecks.repairAndNormalize(&row) { _ in }
        guard try body(row) else { return }

        var parser = XMLPullParser(source: try XMLFileSource(path: path, maxChunk: maxChunk), subject: path, limits: limits)
        var number = 1
        var inRecord = false
        var column = -1
        var lastColumn = -1
        var valueStart = 0
        var name: [UInt8] = []
        var needsCheck = false
        while true {
            let token = try parser.next()
            switch token {
            case .endOfDocument:
                return
            case .startElement:
                if parser.depth == 2 {
                    if let recordName, !parser.bytes(parser.localStart, parser.nameEnd).elementsEqual(recordName) {
                        if !parser.isEmptyElement { try parser.skipElement() }
                        continue
                    }
                    number += 1
                    guard number <= limits.maxRows else {
                        throw ReadError(.limitExceeded, subject: path, detail: "more than \(limits.maxRows) rows", row: number)
                    }
                    row.reset(number: number)
                    inRecord = true
                    lastColumn = -1
                    needsCheck = false
                } else if parser.depth == 3 && inRecord {
                    name.removeAll(keepingCapacity: true)
                    try Self.fieldName(&parser, into: &name)
                    column = self.column(named: name, after: lastColumn)
                    lastColumn = column
                    valueStart = row.storedBytes.count
                }
            case .text:
                if inRecord && column >= 0 && parser.depth >= 3 { try parser.appendText(to: &row.storedBytes) }
            case .endElement:
                if parser.depth == 2 && column >= 0 {
                    // </field>
                    if finishField(&row, column: column, valueStart: valueStart) { needsCheck = true }
                    column = -1
                } else if parser.depth == 1 && inRecord {
                    // </record>
                    inRecord = false
                    row.trimTrailingEmptyCells()
                    if needsCheck {
                        let rowNumber = number
                        TextChecks.repairAndNormalize(&row) { column in
                            self.notes.append(ReadNote(.invalidUTF8, sheet: self.sheets[0].name, row: rowNumber, column: column))
                        }
                    }
                    guard try body(row) else { return }
                }
            }
        }
    }

    /// The column of a field name; the one after `previous` is tried first, since records
    /// usually list their fields in the same order.
    private func column(named name: [UInt8], after previous: Int) -> Int {
        let next = previous + 1
        if next < columnBytes.count && columnBytes[next] == name { return next }
        return columnBytes.firstIndex(of: name) ?? -1
    }

    /// Places the text collected since `valueStart` in `column`; white space only is empty.
    /// Returns true when the text is not ASCII.
    private func finishField(_ row: inout Row, column: Int, valueStart: Int) -> Bool {
        let end = row.storedBytes.count
        let blank = row.storedBytes[valueStart..<end].allSatisfy {
            $0 == .space || $0 == .tab || $0 == .lineFeed || $0 == .carriageReturn
        }
        let cell = blank ? Cell.empty : Cell(kind: .text, fontHint: .none, start: Int32(valueStart), end: Int32(end), number: 0)
        if blank { row.storedBytes.removeSubrange(valueStart...) }
        if column >= row.storedCells.count {
            row.pad(to: column)
            row.storedCells.append(cell)
        } else {
            row.storedCells[column] = cell
        }
        return !blank && row.storedBytes.withUnsafeBytes { !TextChecks.isASCII(UnsafeRawBufferPointer(rebasing: $0[valueStart..<end])) }
    }
}
