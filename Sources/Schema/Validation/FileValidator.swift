public import Tabular

/// Validates whole files: opens them, finds the sheet and header row of their submission
/// type (given, or recognised from the headers), and streams every data row through a
/// ``RowValidator``.
///
/// Rows are never kept: memory depends on the schema and on the distinct keys that
/// uniqueness checks must remember, not on the file's length. A caller that needs the rows'
/// values (consolidation) passes `onRow`, which sees each validated row while it is valid.
public struct FileValidator: Sendable {
    public let types: [TableSchema]
    public let catalogue: FindingCatalogue
    public let context: ValidationContext
    let matchers: [HeaderMatcher]

    /// How many rows from the top of a sheet may precede the header (title blocks).
    public static let headerSearchRows = 30

    public init(types: [TableSchema], catalogue: FindingCatalogue, context: ValidationContext = ValidationContext()) {
        self.types = types.filter { $0.kind != .narrative || !$0.fields.isEmpty }
        self.catalogue = catalogue
        self.context = context
        matchers = self.types.map(HeaderMatcher.init)
    }

    private init(types: [TableSchema], catalogue: FindingCatalogue, context: ValidationContext, matchers: [HeaderMatcher]) {
        self.types = types
        self.catalogue = catalogue
        self.context = context
        self.matchers = matchers
    }

    /// The same validator for another period or file: the header matchers (every label and
    /// alias of every type, folded: a thousand folds) are built once, not once a file.
    public func with(context: ValidationContext) -> FileValidator {
        FileValidator(types: types, catalogue: catalogue, context: context, matchers: matchers)
    }

    /// Validates the file at `path`. `type` forces a submission type; `sheet` a sheet.
    ///
    /// `onRow` sees every validated row in file order, so a file is read in one piece when it
    /// is given. Without it, a large CSV file is validated in parts on several cores
    /// (``ValidationContext/workers``), with the same report as in one piece.
    public func validate(
        path: String, displayName: String? = nil, type: String? = nil, sheet: String? = nil,
        options: OpenOptions? = nil, onRow: ((RowValidator, borrowing Row) -> Void)? = nil
    ) -> FileReport {
        if let onRow {
            return validate(path: path, displayName: displayName, type: type, sheet: sheet, options: options,
                            onRow: onRow, tally: nil as TallyBox<NoTally>?)
        }
        var none = NoTally()
        return validate(path: path, displayName: displayName, type: type, sheet: sheet, options: options, tally: &none)
    }

    /// Validates the file at `path` and counts its valid rows into `tally`; a large CSV file is
    /// validated in parts on several cores, each part with its own tally, merged in order.
    public func validate<T: RowTally>(
        path: String, displayName: String? = nil, type: String? = nil, sheet: String? = nil,
        options: OpenOptions? = nil, tally: inout T
    ) -> FileReport {
        let box = TallyBox(tally)
        let report = validate(path: path, displayName: displayName, type: type, sheet: sheet, options: options,
                              onRow: { box.value.add($0, $1) }, tally: box)
        tally = box.value
        return report
    }

    private func validate<T: RowTally>(
        path: String, displayName: String?, type: String?, sheet: String?,
        options: OpenOptions?, onRow: ((RowValidator, borrowing Row) -> Void)?, tally: TallyBox<T>?
    ) -> FileReport {
        let options = options ?? context.openOptions
        let name = displayName ?? String(path.split(separator: "/").last ?? Substring(path))
        var report = FileReport(file: name, findingLimit: context.findingLimit)
        let fileLocation = Location(file: name)
        var candidates = matchers
        if let type {
            guard let matcher = matchers.first(where: { $0.schema.name == type }) else {
                report.findings.add(catalogue.finding(.typeUnknown, at: fileLocation, ["best": type, "matched": "0", "required": "0"]))
                return report
            }
            candidates = [matcher]
            report.type = type
        }
        let reader: any WorkbookReader
        do {
            reader = try TableOpener.open(path: path, options: options)
        } catch {
            report.findings.add(finding(for: error, file: name))
            return report
        }
        report.format = reader.format
        var sheets = reader.sheets.filter { $0.kind == .worksheet && ($0.visibility == .visible || options.includeHiddenSheets) }
        if let sheet {
            guard let index = reader.sheetIndex(named: sheet) else {
                report.findings.add(catalogue.finding(.sheetNotFound, at: fileLocation,
                                                      ["sheet": sheet, "sheets": reader.sheets.map(\.name).joined(separator: ", ")]))
                return report
            }
            sheets = reader.sheets.filter { $0.index == index }
        } else if let type, let preferred = matchers.first(where: { $0.schema.name == type })?.schema.sheetNames {
            // Sheets named like the type first.
            let folded = Set(preferred.map(HeaderMatcher.fold))
            sheets.sort { (folded.contains(HeaderMatcher.fold($0.name)) ? 0 : 1, $0.index) < (folded.contains(HeaderMatcher.fold($1.name)) ? 0 : 1, $1.index) }
        }
        var best: (score: HeaderMatcher.Score, schema: TableSchema)?
        var found = false
        do {
            for info in sheets where !found {
                let sheetName = reader.format == .csv ? nil : info.name
                var scan = SheetScan(validator: self, candidates: candidates, file: name, sheet: sheetName, onRow: onRow)
                if let tally, let csv = reader as? CSVReader, context.workers > 1, csv.canSplit,
                   csv.byteCount >= context.splitMinimumBytes,
                   let split = validateInParts(csv, scan: scan, report: report, tally: tally) {
                    (scan, report) = split
                } else {
                    try reader.forEachRow(inSheet: info.index) { row in scan.take(row, report: &report) }
                }
                scan.finish(report: &report)
                if scan.row != nil {
                    found = true
                    report.sheet = sheetName
                } else if let b = scan.best, best.map({ $0.score < b.score }) ?? true {
                    best = b
                }
            }
        } catch let error as ReadError {
            report.findings.add(finding(for: error, file: name))
        } catch {
            report.findings.add(catalogue.finding(.fileUnreadable, at: fileLocation, ["detail": "\(error)"]))
        }
        for note in reader.notes { report.findings.add(finding(for: note, file: name)) }
        if !found && report.findings.errorCount == 0 {
            if let type {
                report.findings.add(catalogue.finding(.headerNotFound, at: fileLocation,
                                                      ["type": type, "rows": String(Self.headerSearchRows)]))
            } else if reader.sheets.isEmpty || sheets.isEmpty {
                report.findings.add(catalogue.finding(.fileEmpty, at: fileLocation))
            } else {
                var arguments = ["best": "", "matched": "0", "required": "0"]
                if let best {
                    arguments = ["best": best.schema.name, "matched": String(best.score.requiredMatched),
                                 "required": String(best.score.requiredTotal)]
                }
                report.findings.add(catalogue.finding(.typeUnknown, at: fileLocation, arguments))
            }
            report.type = nil
        }
        return report
    }

    // MARK: Reader problems as findings

    func finding(for error: ReadError, file: String) -> Finding {
        let code: FindingCode = switch error.kind {
        case .empty: .fileEmpty
        case .unsupportedFormat, .unknownFormat: .unsupportedFormat
        case .encrypted: .encryptedWorkbook
        case .corrupt: .corruptFile
        case .malformedXML: .malformedXML
        case .limitExceeded: .limitExceeded
        case .unclosedQuote: .unclosedQuote
        case .noSuchSheet: .sheetNotFound
        default: .fileUnreadable
        }
        return catalogue.finding(code, at: Location(file: file, row: error.row), ["detail": error.detail])
    }

    func finding(for note: ReadNote, file: String) -> Finding {
        let code: FindingCode = switch note.kind {
        case .invalidUTF8: .invalidUTF8
        case .strayQuote: .strayQuote
        case .encodingConverted: .encodingConverted
        case .encodingDetected: .encodingDetected
        case .hiddenSheetSkipped: .hiddenSheetSkipped
        default: .corruptFile
        }
        var arguments = note.arguments
        if note.kind == .hiddenSheetSkipped, arguments["sheet"] == nil { arguments["sheet"] = note.sheet ?? "" }
        return catalogue.finding(code, at: Location(file: file, sheet: note.sheet, row: note.row, column: note.column), arguments)
    }
}

/// The reading of one sheet: searching for the header, then validating data rows.
struct SheetScan {
    let validator: FileValidator
    let candidates: [HeaderMatcher]
    let file: String
    let sheet: String?
    var onRow: ((RowValidator, borrowing Row) -> Void)?
    var rowsSeen = 0
    /// The number of the last record taken (blank ones included).
    var lastRecord = 0
    /// The header's row number once found.
    var row: Int?
    var best: (score: HeaderMatcher.Score, schema: TableSchema)?
    var rows: RowValidator?
    var justAfterHeader = false
    var pendingBlankRows: [Int] = []
    /// Set for a part of a file read on its own core (rows numbered from 1 in the part): its
    /// blank rows before its first data row are kept aside, because whether and how they are
    /// reported depends on the parts before it (``FileValidator`` joins them).
    var isPart = false
    var sawDataRow = false
    var leadingBlankRows: [Int] = []

    init(validator: FileValidator, candidates: [HeaderMatcher], file: String, sheet: String?,
         onRow: ((RowValidator, borrowing Row) -> Void)?) {
        self.validator = validator
        self.candidates = candidates
        self.file = file
        self.sheet = sheet
        self.onRow = onRow
    }

    /// Takes one row; returns false to stop reading the sheet.
    mutating func take(_ row: borrowing Row, report: inout FileReport) -> Bool {
        lastRecord = row.number
        guard let rows else { return searchHeader(row, report: &report) }
        if row.isBlank {
            pendingBlankRows.append(row.number)
            return true
        }
        if justAfterHeader {
            justAfterHeader = false
            if SheetScan.isColumnNumberRow(SheetScan.texts(row, limit: 64)) {
                report.findings.add(validator.catalogue.finding(.columnNumberRowSkipped, at: location(row.number)))
                return true
            }
        }
        if let first = SheetScan.totalLabel(row) {
            report.findings.add(validator.catalogue.finding(.totalRowSkipped, at: location(row.number), ["value": first]))
            return true
        }
        if isPart && !sawDataRow {
            leadingBlankRows = Array(pendingBlankRows.prefix(5))
        } else {
            for blank in pendingBlankRows.prefix(5) {
                report.findings.add(validator.catalogue.finding(.blankRow, at: location(blank)))
            }
        }
        sawDataRow = true
        pendingBlankRows.removeAll(keepingCapacity: true)
        rows.validate(row, into: &report.findings)
        onRow?(rows, row)
        return true
    }

    /// The scan of a later part of the same sheet: same header and mapping, a fresh validator
    /// (its own key tables, error rows remembered), rows numbered from 1 in the part.
    init(partOf main: SheetScan, rows validator: RowValidator) {
        self.init(validator: main.validator, candidates: main.candidates, file: main.file, sheet: main.sheet, onRow: nil)
        row = main.row
        rows = validator
        isPart = true
    }

    mutating func finish(report: inout FileReport) {
        guard let rows else { return }
        report.rowCount = rows.rowCount
        report.rowsWithErrors = rows.rowsWithErrors
        if rows.rowCount == 0 {
            report.findings.add(validator.catalogue.finding(.fileEmpty, at: Location(file: file, sheet: sheet)))
        }
    }

    func location(_ row: Int) -> Location { Location(file: file, sheet: sheet, row: row) }

    private mutating func searchHeader(_ row: borrowing Row, report: inout FileReport) -> Bool {
        rowsSeen += 1
        if rowsSeen > FileValidator.headerSearchRows { return false }
        if row.isBlank { return true }
        let texts = SheetScan.texts(row, limit: 512)
        var chosen: HeaderMatcher?
        var chosenScore: HeaderMatcher.Score?
        for matcher in candidates {
            let score = matcher.score(texts)
            if score.isHeader && (chosenScore.map { $0 < score } ?? true) {
                chosen = matcher
                chosenScore = score
            }
            if best.map({ $0.score < score }) ?? true { best = (score, matcher.schema) }
        }
        guard let chosen else { return true }
        var mapping = chosen.map(texts, row: row.number)
        // Trailing blank header cells are not columns.
        while mapping.columns.last == .blank { mapping.columns.removeLast() }
        for (code, location, arguments) in mapping.findings {
            var location = location
            location.file = file
            location.sheet = sheet
            report.findings.add(validator.catalogue.finding(code, at: location, arguments))
        }
        self.row = row.number
        report.type = chosen.schema.name
        report.typeDetected = candidates.count > 1
        report.headerRow = row.number
        rows = RowValidator(schema: chosen.schema, mapping: mapping, catalogue: validator.catalogue,
                            context: validator.context, file: file, sheet: sheet)
        justAfterHeader = true
        return true
    }

    /// Words that open a total row ("Tổng cộng", "Cộng", "Total"), folded.
    static let totalWords: Set<String> = ["tong", "tong cong", "cong", "tong so", "total", "tong cong toan tinh", "sum"]

    /// The text of the row's first non-empty cell when it says "total" (`Tổng cộng`, `Cộng`).
    /// Only short text starting with C, T or S is folded, so ordinary rows cost a byte test.
    static func totalLabel(_ row: borrowing Row) -> String? {
        for i in 0..<min(row.count, 4) {
            let cell = row[i]
            if cell.kind == .empty { continue }
            guard cell.kind == .text, cell.byteCount > 0 else { return nil }
            let candidate = row.withStorage { _, bytes -> Bool in
                let b = bytes[cell.textRange.lowerBound] | 0x20
                return cell.byteCount <= 40 && (b == 0x74 || b == 0x63 || b == 0x73)
            }
            guard candidate else { return nil }
            let text = row.text(i)
            return totalWords.contains(VietnameseFold.fold(text)) ? text : nil
        }
        return nil
    }

    /// The text of each cell, for header matching and messages.
    static func texts(_ row: borrowing Row, limit: Int) -> [String] {
        var texts: [String] = []
        let count = min(row.count, limit)
        for i in 0..<count {
            let cell = row[i]
            switch cell.kind {
            case .empty: texts.append("")
            case .text, .error: texts.append(row.text(i))
            default: texts.append(RowValidator.display(cell))
            }
        }
        return texts
    }

    /// A row of column numbers under a header: `(1) (2) (3)` or `1 2 3`, ascending.
    static func isColumnNumberRow(_ texts: [String]) -> Bool {
        let numbers = texts.filter { !$0.isEmpty }.map { text -> Int? in
            var t = Substring(text.trimmingCharacters(in: .whitespaces))
            if t.hasPrefix("("), t.hasSuffix(")") { t = t.dropFirst().dropLast() }
            return Int(t)
        }
        guard numbers.count >= 2, numbers.allSatisfy({ $0 != nil }) else { return false }
        let values = numbers.compactMap { $0 }
        return zip(values, values.dropFirst()).allSatisfy { $0 < $1 }
    }
}
