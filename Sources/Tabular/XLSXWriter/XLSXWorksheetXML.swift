/// Writes one worksheet part (`xl/worksheets/sheetN.xml`, ECMA-376 Part 1 §18.3.1.99).
///
/// Excel refuses (with a repair prompt) a worksheet whose children are out of the schema's
/// order, so they are written in `CT_Worksheet` order:
/// ```
/// dimension · sheetViews (frozen pane) · sheetFormatPr · cols · sheetData · dataValidations · pageMargins
/// ```
/// Cells are inline strings (`t="inlineStr"`, §18.3.1.53), so no shared-strings part is needed.
struct XLSXWorksheetXML {
    /// A drop-down on one column of the prepared rows; `formula` is either an inline list
    /// (`"a,b"`) or a reference to the cells that hold the choices.
    struct ListValidation: Hashable {
        var column: Int
        var formula: String
    }

    let sheet: XLSXSheet
    let validations: [ListValidation]
    /// Whether this sheet is the one selected when the workbook opens.
    let selected: Bool

    /// Height of one line of the default font in points, for the header row.
    static let lineHeight = 15.0

    var xml: String {
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="\(XLSXNamespace.main)" xmlns:r="\(XLSXNamespace.officeRelationships)">
            """
        let columnCount = max(sheet.columns.count, sheet.rows.map(\.count).max() ?? 0, 1)
        let lastRow = max(sheet.rows.count, sheet.preparedRows?.upperBound ?? 0, 1)
        out += "<dimension ref=\"A1:\(Self.columnLetters(columnCount))\(lastRow)\"/>"
        out += "<sheetViews><sheetView" + (selected ? " tabSelected=\"1\"" : "") + " workbookViewId=\"0\">"
        if sheet.hasHeader {
            out += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            out += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
        }
        out += "</sheetView></sheetViews>"
        out += "<sheetFormatPr defaultRowHeight=\"\(Self.number(Self.lineHeight))\"/>"
        if !sheet.columns.isEmpty {
            out += "<cols>"
            for (index, column) in sheet.columns.enumerated() {
                let style = XLSXStyles.style(of: column.format)
                out += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(Self.number(column.width))\""
                if style != 0 { out += " style=\"\(style)\"" }
                out += " customWidth=\"1\"/>"
            }
            out += "</cols>"
        }
        out += "<sheetData>"
        writeRows(into: &out)
        out += "</sheetData>"
        if let prepared = sheet.preparedRows, !validations.isEmpty {
            out += "<dataValidations count=\"\(validations.count)\">"
            for validation in validations {
                let letters = Self.columnLetters(validation.column + 1)
                out += "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\""
                out += " sqref=\"\(letters)\(prepared.lowerBound):\(letters)\(prepared.upperBound)\">"
                out += "<formula1>" + XMLMarkup.text(validation.formula) + "</formula1></dataValidation>"
            }
            out += "</dataValidations>"
        }
        out += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        out += "</worksheet>"
        return out
    }

    private func writeRows(into out: inout String) {
        let styles = sheet.columns.map { XLSXStyles.style(of: $0.format) }
        let hasStyles = styles.contains { $0 != 0 }
        let lastRow = max(sheet.rows.count, hasStyles ? sheet.preparedRows?.upperBound ?? 0 : 0)
        guard lastRow > 0 else { return }
        for number in 1...lastRow {
            let texts = number <= sheet.rows.count ? sheet.rows[number - 1] : []
            let prepared = hasStyles && sheet.preparedRows?.contains(number) == true
            guard prepared || texts.contains(where: { !$0.isEmpty }) else { continue }
            let isHeader = sheet.hasHeader && number == 1
            out += "<row r=\"\(number)\""
            if isHeader { out += " ht=\"\(Self.number(headerHeight))\" customHeight=\"1\"" }
            out += ">"
            for column in 0..<max(texts.count, styles.count) {
                let text = column < texts.count ? texts[column] : ""
                let columnStyle = column < styles.count ? styles[column] : 0
                let style = isHeader ? XLSXStyles.headerStyle : prepared ? columnStyle : 0
                guard !text.isEmpty || style != 0 else { continue }
                out += "<c r=\"" + Self.columnLetters(column + 1) + String(number) + "\""
                if style != 0 { out += " s=\"\(style)\"" }
                if text.isEmpty {
                    out += "/>"
                } else {
                    out += " t=\"inlineStr\"><is><t"
                    if XMLMarkup.needsSpacePreserve(text) { out += " xml:space=\"preserve\"" }
                    out += ">" + XMLMarkup.cellText(text) + "</t></is></c>"
                }
            }
            out += "</row>"
        }
    }

    /// Enough height for the longest header to wrap within its column.
    private var headerHeight: Double {
        guard let header = sheet.rows.first else { return Self.lineHeight }
        var lines = 1
        for (index, text) in header.enumerated() {
            let width = index < sheet.columns.count ? sheet.columns[index].width : 8.43
            let perLine = max(1, Int(width * 0.9))
            lines = max(lines, (text.count + perLine - 1) / perLine)
        }
        return Double(min(lines, 4)) * Self.lineHeight + 3
    }

    /// `A`, …, `Z`, `AA`, … for a 1-based column number (§18.3.1.4, ST_CellRef).
    static func columnLetters(_ column: Int) -> String {
        precondition(column >= 1, "column numbers start at 1")
        var n = column
        var letters: [Character] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(remainder))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// A decimal without a trailing `.0`, as Excel writes widths and heights.
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
