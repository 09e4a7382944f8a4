import Tabular

/// `hiendien rows FILE`: the rows of a file exactly as the engine reads them, before any schema.
enum RowsCommand: Command {
    static let name = "rows"
    static let summary = "Print the rows of a CSV, XLSX or XML file exactly as they are read."
    static let usage = "rows FILE [--sheet NAME] [--csv|--json]"
    static let discussion = """
        Shows what the engine sees, before any schema: every sheet, hidden ones included (or only
        --sheet), every row.
        --json prints {"sheets":[{"name":…,"visible":"visible|hidden|veryhidden","rows":[[cell,…],…]}]}
        with cells as JSON strings, numbers, booleans, null for empty, dates and times as ISO 8601
        strings, durations as "PT5400S" and error cells as "#ERR:<literal>" (see README).
        --csv prints one sheet as RFC 4180 CSV (UTF-8), which converts a workbook to CSV.
        Without either, rows are printed as tab-separated text with their row numbers.
        """
    static let options: [OptionSpec] = [
        .value("sheet", "NAME", help: "Read only this sheet (by name, or by number from 1)."),
        .flag("json", help: "Print JSON (the shape above)."),
        .flag("csv", help: "Print the sheet as CSV."),
    ]

    /// The record-export mappings in `Data/xml-mappings/`, when the data directory is found;
    /// none otherwise (SpreadsheetML and `<records>` files need none).
    static func xmlMappings(console: Console) throws -> [XMLMapping] {
        guard let data = DataDirectory.locate(console: console) else { return [] }
        return try XMLMapping.loadDirectory(data.path + "/xml-mappings")
    }

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
        guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
            console.usageError("expected exactly one FILE", command: name, usage: usage)
            return .usage
        }
        if arguments.has("json") && arguments.has("csv") {
            console.usageError("--json and --csv cannot be combined", command: name, usage: usage)
            return .usage
        }
        do {
            let reader = try TableOpener.open(path: path, options: OpenOptions(xmlMappings: xmlMappings(console: console)))
            var sheets = reader.sheets
            if let wanted = arguments.value("sheet") {
                if let index = reader.sheetIndex(named: wanted) ?? Int(wanted).map({ $0 - 1 }),
                   reader.sheets.indices.contains(index) {
                    sheets = [reader.sheets[index]]
                } else {
                    console.err.line("hiendien: error: no sheet '\(wanted)' in \(path); sheets: "
                                     + reader.sheets.map(\.name).joined(separator: ", "))
                    return .usage
                }
            }
            if arguments.has("json") {
                try SheetJSONWriter(emit: { console.out.write($0) }).write(reader, sheets: sheets)
            } else if arguments.has("csv") {
                guard let sheet = sheets.first(where: { $0.kind == .worksheet }) else { return .success }
                // Bytes straight from the rows, written out 64 KiB at a time: no String per cell.
                var buffer: [UInt8] = []
                buffer.reserveCapacity(1 << 17)
                try reader.forEachRow(inSheet: sheet.index) { row in
                    CSVText.appendRecord(row, to: &buffer)
                    buffer.append(UInt8(ascii: "\n"))
                    if buffer.count >= 1 << 16 {
                        console.out.write(String(decoding: buffer, as: UTF8.self))
                        buffer.removeAll(keepingCapacity: true)
                    }
                    return true
                }
                if !buffer.isEmpty { console.out.write(String(decoding: buffer, as: UTF8.self)) }
            } else {
                for sheet in sheets {
                    console.out.line("# \(sheet.name) (\(sheet.visibility.rawValue), \(sheet.kind.rawValue))")
                    guard sheet.kind == .worksheet else { continue }
                    try reader.forEachRow(inSheet: sheet.index) { row in
                        let cells = (0..<row.count).map { CSVText.plain(row, $0) }
                        console.out.line("\(row.number)\t" + cells.joined(separator: "\t"))
                        return true
                    }
                }
            }
            return .success
        } catch let error as ReadError {
            console.out.flush()
            console.err.line("hiendien: error: cannot read \(path): \(error)")
            if arguments.has("json") { console.out.line("{\"error\":" + SheetJSONWriter.quoted(error.description) + "}") }
            return .usage
        } catch {
            console.err.line("hiendien: internal error: \(error). Please report this bug.")
            return .internalError
        }
    }
}
