/// Reads an XLSX or XLSM workbook (ECMA-376 SpreadsheetML, Transitional or Strict), streaming.
///
/// ```
///  ZIP (ZipArchive) ─▶ [Content_Types].xml, _rels/.rels ─▶ workbook part ─▶ its .rels
///                                                             │  sheets, date1904
///                        styles (date formats, fonts) ◀───────┤
///                        shared strings (byte arena)  ◀───────┤  read once, on first use
///                        worksheet part ──inflate──▶ XMLPullParser ──▶ WorksheetParser ──▶ Row
/// ```
/// Opening reads the package structure, the workbook and the styles. Reading a sheet loads
/// the shared strings once, then inflates and parses the worksheet in chunks: memory is the
/// shared-strings table plus one row and one buffer, whatever the size of the sheet.
///
/// Every sheet is listed in ``sheets``, hidden ones with their visibility. When the options do
/// not include hidden sheets, each hidden sheet gets a `hidden-sheet` note at opening: callers
/// that choose sheets themselves skip it; asking for it by index still reads it.
///
/// Dates: a number whose style is a date, time or duration format becomes `.date`,
/// `.dateTime`, `.time` or `.duration`, with 1904-system serials shifted to the 1900 system.
/// Numbers keep their text from the file in the row's bytes beside their value.
public final class XLSXReader: WorkbookReader {
    public let format = TableFormat.xlsx
    public let path: String
    public let sheets: [SheetInfo]
    public private(set) var notes: [ReadNote] = []
    /// Whether the workbook counts dates from 1904 (their serials are shifted when read).
    public let date1904: Bool

    let archive: ZipArchive
    let limits: ReadLimits
    /// The worksheet part of each sheet (nil for a sheet whose part is missing).
    let sheetParts: [String?]
    let styles: StylesPart
    let sharedStringsPart: String?
    private var sharedStrings: SharedStrings?
    private var openingNotes: [ReadNote]
    private var openingInflatedBytes = 0
    /// Largest number of inflated bytes handed to the XML parser at a time (tests).
    let maxChunk: Int

    /// Opens the workbook at `path` and reads its structure.
    ///
    /// - Throws: ``ReadError``: `corrupt` (damaged ZIP), `encrypted`, `unsupportedFormat`
    ///   (an ODS or XLSB package, or a ZIP that is no workbook), `malformedXML`, `limitExceeded`.
    public convenience init(path: String, options: OpenOptions = .init()) throws(ReadError) {
        try self.init(path: path, options: options, maxChunk: .max)
    }

    init(path: String, options: OpenOptions, maxChunk: Int) throws(ReadError) {
        self.path = path
        self.limits = options.limits
        self.maxChunk = maxChunk
        let archive = try ZipArchive(path: path, limits: options.limits)
        self.archive = archive
        if let mimetype = archive.entry(named: "mimetype"), mimetype.uncompressedSize < 200,
           let text = try? archive.contents(of: mimetype),
           String(decoding: text, as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument") {
            throw ReadError(.unsupportedFormat, subject: path,
                            detail: "an OpenDocument file (\(String(decoding: text, as: UTF8.self))), not an XLSX workbook; save it as .xlsx")
        }
        let package = try OPCPackage(archive: archive)
        let workbookPart = try Self.findWorkbook(package, path: path)
        guard let workbookEntry = archive.entry(named: workbookPart) else {
            throw ReadError(.corrupt, subject: path, detail: "the workbook part '\(workbookPart)' is missing")
        }
        let workbook = try WorkbookPart(parser: OPCPackage.parser(for: workbookEntry, in: archive))
        let relationships = try package.relationships(of: workbookPart)
        if relationships.isEmpty && !workbook.sheets.isEmpty {
            throw ReadError(.corrupt, subject: path, detail: "the workbook's relationships part is missing, so its sheets cannot be found")
        }
        var byID: [String: OPCPackage.Relationship] = [:]
        for relationship in relationships where byID[relationship.id] == nil { byID[relationship.id] = relationship }

        var infos: [SheetInfo] = []
        var parts: [String?] = []
        var notes: [ReadNote] = []
        for sheet in workbook.sheets {
            let relationship = sheet.relationshipID.flatMap { byID[$0] }
            let kind: SheetInfo.Kind = switch relationship?.type {
            case "chartsheet": .chartsheet
            case "dialogsheet": .dialogsheet
            case "xlMacrosheet", "xlIntlMacrosheet": .macrosheet
            default: .worksheet
            }
            infos.append(SheetInfo(name: sheet.name, visibility: sheet.visibility, kind: kind, index: infos.count))
            if let relationship, !relationship.isExternal, archive.entry(named: relationship.target) != nil {
                parts.append(relationship.target)
            } else {
                parts.append(nil)
                if kind == .worksheet {
                    notes.append(ReadNote(.partSkipped, sheet: sheet.name, arguments: ["part": relationship?.target ?? "?"]))
                }
            }
            if sheet.visibility != .visible && !options.includeHiddenSheets {
                notes.append(ReadNote(.hiddenSheetSkipped, sheet: sheet.name, arguments: ["visibility": sheet.visibility.rawValue]))
            }
        }
        sheets = infos
        sheetParts = parts
        date1904 = workbook.date1904
        if let stylesPart = relationships.first(where: { $0.type == "styles" && !$0.isExternal })?.target,
           let entry = archive.entry(named: stylesPart) {
            styles = try StylesPart(parser: OPCPackage.parser(for: entry, in: archive))
        } else {
            styles = StylesPart()
        }
        sharedStringsPart = relationships.first { $0.type == "sharedStrings" && !$0.isExternal }?.target
        self.notes = notes
        openingNotes = notes
        openingInflatedBytes = archive.inflatedBytes
    }

    /// The workbook part: the package's officeDocument relationship, or else the part whose
    /// content type is a workbook's. Refuses XLSB and non-spreadsheet packages by content type.
    private static func findWorkbook(_ package: OPCPackage, path: String) throws(ReadError) -> String {
        let root = try package.relationships(of: "")
        var candidate = root.first { $0.type == "officeDocument" && !$0.isExternal }?.target
        if candidate == nil {
            candidate = package.part(withContentType: OPCPackage.workbookTypes.union([OPCPackage.binaryWorkbookType]))
        }
        guard let part = candidate else {
            throw ReadError(.unsupportedFormat, subject: path, detail: "a ZIP package with no workbook part")
        }
        let type = package.contentType(of: part)
        if type == OPCPackage.binaryWorkbookType || part.lowercased().hasSuffix(".bin") {
            throw ReadError(.unsupportedFormat, subject: path, detail: "an Excel binary workbook (.xlsb); save it as .xlsx")
        }
        if let type, !OPCPackage.workbookTypes.contains(type) {
            throw ReadError(.unsupportedFormat, subject: path, detail: "an Office document that is not a workbook (\(type))")
        }
        return part
    }

    public func forEachRow(inSheet index: Int, _ body: (borrowing Row) throws -> Bool) throws {
        guard sheets.indices.contains(index) else {
            throw ReadError(.noSuchSheet, subject: path, detail: "sheet \(index + 1)")
        }
        notes = openingNotes
        archive.inflatedBytes = openingInflatedBytes
        let sheet = sheets[index]
        guard sheet.kind == .worksheet, let part = sheetParts[index], let entry = archive.entry(named: part) else { return }
        let strings = try loadSharedStrings()
        let worksheet = WorksheetParser(sheetName: sheet.name, sharedStrings: strings, styles: styles,
                                        date1904: date1904, limits: limits)
        var converter = surveyLookalikes(worksheet, entry: entry)
        defer { notes += converter.notes(sheet: sheet.name) }
        var parser = try OPCPackage.parser(for: entry, in: archive, maxChunk: maxChunk)
        try worksheet.read(&parser, note: { notes.append($0) }, converter: &converter, body)
    }

    /// A first pass over the sheet's first rows that plans which columns without a legacy
    /// font hold TCVN3 or VNI look-alikes (``LegacyTextConverter``). Its notes and errors are
    /// dropped (the real pass meets them again), and so is what it inflated.
    private func surveyLookalikes(_ worksheet: WorksheetParser, entry: ZipEntry) -> LegacyTextConverter {
        var converter = LegacyTextConverter(mode: .surveying)
        let inflated = archive.inflatedBytes
        var seen = 0
        if var parser = try? OPCPackage.parser(for: entry, in: archive, maxChunk: maxChunk) {
            try? worksheet.read(&parser, note: { _ in }, converter: &converter) { _ in
                seen += 1
                return seen < LegacyTextConverter.surveyRows
            }
        }
        archive.inflatedBytes = inflated
        converter.decide()
        return converter
    }

    private func loadSharedStrings() throws(ReadError) -> SharedStrings {
        if let sharedStrings { return sharedStrings }
        var strings = SharedStrings()
        if let part = sharedStringsPart, let entry = archive.entry(named: part) {
            strings = try SharedStrings(parser: OPCPackage.parser(for: entry, in: archive, maxChunk: maxChunk), maxBytes: min(limits.maxSharedStringBytes, Int(UInt32.max)))
            for index in strings.repaired {
                let note = ReadNote(.invalidUTF8, arguments: ["sharedString": String(index)])
                notes.append(note)
                openingNotes.append(note)
            }
        }
        sharedStrings = strings
        openingInflatedBytes = archive.inflatedBytes
        return strings
    }
}
