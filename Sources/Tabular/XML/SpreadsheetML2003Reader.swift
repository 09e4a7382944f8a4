/// Reads an Excel 2003 XML Spreadsheet (SpreadsheetML 2003, the "XML Spreadsheet 2003" of
/// Excel's Save As), streaming.
///
/// ```
///  <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:x="…:office:excel">
///    <ExcelWorkbook><x:Date1904/></ExcelWorkbook>      opening pass: date system,
///    <Styles><Style ss:ID="s1"><NumberFormat …/>        number formats,
///    <Worksheet ss:Name="A">                            sheet names and
///      <Table><Row>…</Row></Table>                        (skipped),
///      <WorksheetOptions><Visible>SheetHidden</Visible>  visibility
///    </Worksheet>
///  </Workbook>
/// ```
/// Opening reads the whole file once without keeping its cells; ``forEachRow(inSheet:_:)``
/// reads it again up to the wanted `<Worksheet>` and hands over its rows one by one
/// (``SpreadsheetML2003SheetParser``). Memory is one row and the scanner's buffer, whatever
/// the size of the file. The scanner refuses any DOCTYPE, so no entity is ever expanded or
/// fetched (billion laughs, XXE).
///
/// Dates: `DateTime` data and `Number` data whose style has a date or time format become
/// `.date`, `.dateTime` or `.time` with a 1900-system serial (a 1904 workbook's numbers are
/// shifted, except times of day below 1); `[h]:mm` formats give `.duration`.
public final class SpreadsheetML2003Reader: WorkbookReader {
    public let format = TableFormat.spreadsheetML2003
    public let path: String
    public let sheets: [SheetInfo]
    public private(set) var notes: [ReadNote] = []
    /// Whether the workbook counts dates from 1904 (`<x:Date1904/>`).
    public let date1904: Bool

    let styles: SpreadsheetML2003Styles
    let limits: ReadLimits
    /// Largest number of bytes read from the file at a time (tests).
    let maxChunk: Int
    private let openingNotes: [ReadNote]

    /// Opens the workbook at `path` and lists its sheets.
    ///
    /// - Throws: ``ReadError``: `malformedXML` (including any DOCTYPE), `unsupportedFormat`
    ///   when the root is not a SpreadsheetML `Workbook`, `limitExceeded`, `undecodableText`.
    public convenience init(path: String, options: OpenOptions = .init()) throws(ReadError) {
        try self.init(path: path, options: options, maxChunk: .max)
    }

    init(path: String, options: OpenOptions, maxChunk: Int) throws(ReadError) {
        self.maxChunk = maxChunk
        self.path = path
        self.limits = options.limits
        var parser = XMLPullParser(source: try XMLFileSource(path: path, maxChunk: maxChunk), subject: path, limits: options.limits)
        var infos: [SheetInfo] = []
        var rawStyles: [(id: String, parent: String?, format: String?)] = []
        var date1904 = false
        var rootSeen = false
        while true {
            let token = try parser.next()
            if token == .endOfDocument { break }
            guard token == .startElement else { continue }
            if !rootSeen {
                guard parser.namespace == .spreadsheet2003 && parser.localNameIs("Workbook") else {
                    throw ReadError(.unsupportedFormat, subject: path, detail: "the root element is not an Excel 2003 <Workbook>")
                }
                rootSeen = true
                continue
            }
            guard parser.depth == 2 else { continue }
            if parser.namespace == .spreadsheet2003 && parser.localNameIs("Styles") {
                try Self.readStyles(&parser, into: &rawStyles)
            } else if parser.namespace == .excel2003 && parser.localNameIs("ExcelWorkbook") {
                date1904 = try Self.readDate1904(&parser) || date1904
            } else if parser.namespace == .spreadsheet2003 && parser.localNameIs("Worksheet") {
                let name = try Self.ssString(&parser, "Name") ?? "Sheet\(infos.count + 1)"
                let visibility = try Self.readVisibility(&parser)
                infos.append(SheetInfo(name: name, visibility: visibility, kind: .worksheet, index: infos.count))
            } else if !parser.isEmptyElement {
                try parser.skipElement()
            }
        }
        var notes: [ReadNote] = []
        if !options.includeHiddenSheets {
            for sheet in infos where sheet.visibility != .visible {
                notes.append(ReadNote(.hiddenSheetSkipped, sheet: sheet.name, arguments: ["visibility": sheet.visibility.rawValue]))
            }
        }
        sheets = infos
        styles = SpreadsheetML2003Styles(raw: rawStyles)
        self.date1904 = date1904
        self.notes = notes
        openingNotes = notes
    }

    public func forEachRow(inSheet index: Int, _ body: (borrowing Row) throws -> Bool) throws {
        guard sheets.indices.contains(index) else {
            throw ReadError(.noSuchSheet, subject: path, detail: "sheet \(index + 1)")
        }
        notes = openingNotes
        var parser = XMLPullParser(source: try XMLFileSource(path: path, maxChunk: maxChunk), subject: path, limits: limits)
        var seen = 0
        while true {
            let token = try parser.next()
            if token == .endOfDocument { return }
            guard token == .startElement, parser.depth == 2 else { continue }
            guard parser.namespace == .spreadsheet2003 && parser.localNameIs("Worksheet") else {
                if !parser.isEmptyElement { try parser.skipElement() }
                continue
            }
            if seen < index {
                seen += 1
                if !parser.isEmptyElement { try parser.skipElement() }
                continue
            }
            if parser.isEmptyElement { return }
            let sheet = SpreadsheetML2003SheetParser(sheetName: sheets[index].name, styles: styles,
                                                     date1904: date1904, limits: limits)
            try sheet.read(&parser, note: { notes.append($0) }, body)
            return
        }
    }

    // MARK: The opening pass

    /// The attribute `name` in the SpreadsheetML namespace (`ss:Name`), or unprefixed.
    static func ssAttribute(_ parser: inout XMLPullParser, _ name: StaticString) -> XMLAttribute? {
        let count = name.utf8CodeUnitCount
        for k in 0..<parser.attributeCount {
            let attribute = parser.attributeStorage[k]
            guard attribute.nameEnd - attribute.localStart == count,
                  parser.bytes(attribute.localStart, attribute.nameEnd).elementsEqual(
                      UnsafeRawBufferPointer(start: name.utf8Start, count: count)) else { continue }
            if !attribute.isPrefixed || parser.namespace(of: attribute) == .spreadsheet2003 { return attribute }
        }
        return nil
    }

    /// The decoded value of the attribute `name` (`ss:Name` or unprefixed), or nil.
    static func ssString(_ parser: inout XMLPullParser, _ name: StaticString) throws(ReadError) -> String? {
        guard let attribute = ssAttribute(&parser, name) else { return nil }
        return try parser.string(attribute)
    }

    /// Reads `<Styles>`: each `<Style ss:ID ss:Parent>` and its `<NumberFormat ss:Format>`.
    private static func readStyles(
        _ parser: inout XMLPullParser, into styles: inout [(id: String, parent: String?, format: String?)]
    ) throws(ReadError) {
        guard !parser.isEmptyElement else { try parser.skipElement(); return }
        while true {
            let token = try parser.next()
            if token == .endOfDocument || (token == .endElement && parser.depth < 2) { return }
            guard token == .startElement, parser.namespace == .spreadsheet2003 else { continue }
            if parser.depth == 3 && parser.localNameIs("Style") {
                let id = try ssString(&parser, "ID") ?? ""
                let parent = try ssString(&parser, "Parent")
                styles.append((id, parent, nil))
            } else if parser.depth == 4 && parser.localNameIs("NumberFormat"), !styles.isEmpty {
                styles[styles.count - 1].format = try ssString(&parser, "Format") ?? "General"
            }
        }
    }

    /// Reads `<x:ExcelWorkbook>` and tells whether it holds `<x:Date1904/>`.
    private static func readDate1904(_ parser: inout XMLPullParser) throws(ReadError) -> Bool {
        var found = false
        while true {
            let token = try parser.next()
            if token == .endOfDocument || (token == .endElement && parser.depth < 2) { return found }
            if token == .startElement && parser.depth == 3 && parser.namespace == .excel2003 && parser.localNameIs("Date1904") {
                found = true
            }
        }
    }

    /// Reads a `<Worksheet>` up to its end, skipping its table, for `<x:Visible>` in its
    /// `<x:WorksheetOptions>`.
    private static func readVisibility(_ parser: inout XMLPullParser) throws(ReadError) -> SheetInfo.Visibility {
        guard !parser.isEmptyElement else { try parser.skipElement(); return .visible }
        var visibility = SheetInfo.Visibility.visible
        var inVisible = false
        var text: [UInt8] = []
        while true {
            switch try parser.next() {
            case .endOfDocument: return visibility
            case .startElement:
                if parser.depth == 3 && parser.namespace == .spreadsheet2003 && parser.localNameIs("Table") {
                    try parser.skipElement()
                } else if parser.depth == 4 && parser.namespace == .excel2003 && parser.localNameIs("Visible") {
                    inVisible = true
                    text.removeAll()
                }
            case .text:
                if inVisible { try parser.appendText(to: &text) }
            case .endElement:
                if parser.depth < 2 { return visibility }
                if inVisible {
                    inVisible = false
                    switch String(decoding: text, as: UTF8.self).trimmingSpaces() {
                    case "SheetHidden": visibility = .hidden
                    case "SheetVeryHidden": visibility = .veryHidden
                    default: visibility = .visible
                    }
                }
            }
        }
    }
}
