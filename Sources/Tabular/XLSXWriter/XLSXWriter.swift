/// Writes a small XLSX workbook (ECMA-376, Office Open XML SpreadsheetML) for templates.
///
/// The package is the minimal set of parts Excel and LibreOffice open without a repair prompt
/// (Part 2 §10, Part 1 §12.3), written in this order:
/// ```
/// [Content_Types].xml            content type of every part
/// _rels/.rels                    → xl/workbook.xml, docProps/core.xml, docProps/app.xml
/// docProps/core.xml, app.xml     title and "hiendien" as creator; no dates, so output is stable
/// xl/workbook.xml                the sheets, in order, with their state (visible / hidden)
/// xl/_rels/workbook.xml.rels     → worksheets/sheetN.xml, styles.xml
/// xl/styles.xml                  ``XLSXStyles``
/// xl/worksheets/sheetN.xml       ``XLSXWorksheetXML``
/// ```
/// Drop-downs: a column's choices go inline into the validation (`"có,không"`) when Excel
/// allows it, that is when no choice contains a comma or a quote and the list is at most 255
/// characters long. Otherwise they are written down a column of a hidden sheet named
/// ``listSheetName`` (added at the end of the workbook) and the validation refers to that range.
///
/// The same sheets always give the same bytes (see ``ZipWriter``).
public struct XLSXWriter: Sendable {
    public var sheets: [XLSXSheet]
    /// The document title (`dc:title`), if any.
    public var title: String?
    /// The name of the hidden sheet that holds long drop-down lists.
    public var listSheetName: String

    /// Excel's longest inline list of a data validation, in characters (the `formula1` string
    /// without its quotes).
    public static let maxInlineListLength = 255

    public init(sheets: [XLSXSheet], title: String? = nil, listSheetName: String = "Lists") {
        self.sheets = sheets
        self.title = title
        self.listSheetName = listSheetName
    }

    /// The workbook as the bytes of an `.xlsx` file.
    ///
    /// - Precondition: at least one sheet is visible and no two sheets share a name (after
    ///   ``XLSXSheet/validName(_:)``, ignoring case), as Excel requires.
    public func bytes() -> [UInt8] {
        var sheets = self.sheets
        for index in sheets.indices { sheets[index].name = XLSXSheet.validName(sheets[index].name) }
        precondition(sheets.contains { $0.state == .visible }, "a workbook needs a visible sheet")
        precondition(Set(sheets.map { $0.name.lowercased() }).count == sheets.count, "two sheets share a name")
        let listSheet = uniqueName(XLSXSheet.validName(listSheetName), among: sheets.map(\.name))
        var lists = XLSXSheet(name: listSheet, state: .hidden, columns: [])
        var validations: [[XLSXWorksheetXML.ListValidation]] = []
        for sheet in sheets {
            var list: [XLSXWorksheetXML.ListValidation] = []
            for (column, spec) in sheet.columns.enumerated() {
                guard let choices = spec.choices, !choices.isEmpty, sheet.preparedRows != nil else { continue }
                let formula: String
                if let inline = Self.inlineList(choices) {
                    formula = inline
                } else {
                    formula = Self.append(choices, to: &lists)
                }
                list.append(.init(column: column, formula: formula))
            }
            validations.append(list)
        }
        if !lists.columns.isEmpty {
            sheets.append(lists)
            validations.append([])
        }
        let selected = sheets.firstIndex { $0.state == .visible } ?? 0

        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array(contentTypes(sheetCount: sheets.count).utf8))
        zip.add("_rels/.rels", Array(Self.packageRelationships.utf8))
        zip.add("docProps/core.xml", Array(coreProperties.utf8))
        zip.add("docProps/app.xml", Array(Self.appProperties.utf8))
        zip.add("xl/workbook.xml", Array(workbook(sheets, selected: selected).utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships(sheetCount: sheets.count).utf8))
        zip.add("xl/styles.xml", Array(XLSXStyles.xml.utf8))
        for (index, sheet) in sheets.enumerated() {
            let part = XLSXWorksheetXML(sheet: sheet, validations: validations[index], selected: index == selected)
            zip.add("xl/worksheets/sheet\(index + 1).xml", Array(part.xml.utf8))
        }
        return zip.finish()
    }

    /// `"a,b,c"` when Excel accepts `choices` as an inline list, nil otherwise.
    static func inlineList(_ choices: [String]) -> String? {
        guard !choices.contains(where: { $0.contains(",") || $0.contains("\"") || $0.isEmpty }) else { return nil }
        let joined = choices.joined(separator: ",")
        guard joined.utf16.count <= maxInlineListLength else { return nil }
        return "\"" + joined + "\""
    }

    /// Writes `choices` down the next column of `lists`; returns the absolute reference to them.
    static func append(_ choices: [String], to lists: inout XLSXSheet) -> String {
        let column = lists.columns.count
        lists.columns.append(XLSXColumn(width: Double(min(60, max(10, choices.map(\.count).max() ?? 10)))))
        for (row, choice) in choices.enumerated() {
            if row >= lists.rows.count { lists.rows.append([]) }
            while lists.rows[row].count < column { lists.rows[row].append("") }
            lists.rows[row].append(choice)
        }
        let letters = XLSXWorksheetXML.columnLetters(column + 1)
        let quoted = "'" + lists.name.replacingOccurrences(of: "'", with: "''") + "'"
        return "\(quoted)!$\(letters)$1:$\(letters)$\(choices.count)"
    }

    private func uniqueName(_ name: String, among names: [String]) -> String {
        let taken = Set(names.map { $0.lowercased() })
        var candidate = name
        var suffix = 2
        while taken.contains(candidate.lowercased()) {
            candidate = String(name.prefix(XLSXSheet.maxNameLength - 3)) + " \(suffix)"
            suffix += 1
        }
        return candidate
    }

    // MARK: Package parts

    private static let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    private func contentTypes(sheetCount: Int) -> String {
        var xml = Self.xmlDeclaration + "<Types xmlns=\"\(XLSXNamespace.contentTypes)\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/xl/workbook.xml\" "
        xml += "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        for index in 1...sheetCount {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" "
            xml += "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        xml += "<Override PartName=\"/xl/styles.xml\" "
        xml += "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        xml += "<Override PartName=\"/docProps/core.xml\" "
        xml += "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        xml += "<Override PartName=\"/docProps/app.xml\" "
        xml += "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        return xml + "</Types>"
    }

    private static let packageRelationships = xmlDeclaration + """
        <Relationships xmlns="\(XLSXNamespace.packageRelationships)">\
        <Relationship Id="rId1" Type="\(XLSXNamespace.officeRelationships)/officeDocument" Target="xl/workbook.xml"/>\
        <Relationship Id="rId2" Type="\(XLSXNamespace.packageRelationships)/metadata/core-properties" \
        Target="docProps/core.xml"/>\
        <Relationship Id="rId3" Type="\(XLSXNamespace.officeRelationships)/extended-properties" \
        Target="docProps/app.xml"/>\
        </Relationships>
        """

    private var coreProperties: String {
        var xml = Self.xmlDeclaration
        xml += "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        xml += " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        xml += " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        if let title { xml += "<dc:title>" + XMLMarkup.text(title) + "</dc:title>" }
        xml += "<dc:creator>hiendien</dc:creator></cp:coreProperties>"
        return xml
    }

    private static let appProperties = xmlDeclaration + """
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
        xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">\
        <Application>hiendien</Application></Properties>
        """

    private func workbook(_ sheets: [XLSXSheet], selected: Int) -> String {
        var xml = Self.xmlDeclaration
        xml += "<workbook xmlns=\"\(XLSXNamespace.main)\" xmlns:r=\"\(XLSXNamespace.officeRelationships)\">"
        xml += "<workbookPr/><bookViews><workbookView activeTab=\"\(selected)\"/></bookViews><sheets>"
        for (index, sheet) in sheets.enumerated() {
            xml += "<sheet name=\"" + XMLMarkup.attribute(sheet.name) + "\" sheetId=\"\(index + 1)\""
            if sheet.state != .visible { xml += " state=\"\(sheet.state.rawValue)\"" }
            xml += " r:id=\"rId\(index + 1)\"/>"
        }
        return xml + "</sheets></workbook>"
    }

    private func workbookRelationships(sheetCount: Int) -> String {
        var xml = Self.xmlDeclaration + "<Relationships xmlns=\"\(XLSXNamespace.packageRelationships)\">"
        for index in 1...sheetCount {
            xml += "<Relationship Id=\"rId\(index)\" Type=\"\(XLSXNamespace.officeRelationships)/worksheet\""
            xml += " Target=\"worksheets/sheet\(index).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(XLSXNamespace.officeRelationships)/styles\""
        return xml + " Target=\"styles.xml\"/></Relationships>"
    }
}
