#if canImport(Glibc)
import Glibc
#endif
import Inbox
import Schema
import Tabular

/// `hiendien template TYPE`: a blank template with the type's headers, as CSV or as an Excel
/// workbook prepared for typing (formats, frozen header, drop-downs).
enum TemplateCommand: Command {
    static let name = "template"
    static let summary = "Write a blank template (CSV, or XLSX with --xlsx) of a submission type."
    static let usage = "template TYPE [--xlsx] [--output FILE] [--lang vi|en]"
    static let discussion = """
        Without --xlsx, prints a CSV file (UTF-8 with a byte-order mark, so that Excel shows
        Vietnamese correctly) whose header row is the type's column titles in template order:
          hiendien template enterprise-register > STC_2026-Q3_doanh-nghiep.csv

        With --xlsx, writes an Excel workbook: one sheet named like the type, the header row
        bold and frozen, identifier columns (tax code, citizen ID, household number, commune,
        phone) formatted as text so that leading zeros stay, date columns as dd/mm/yyyy, and a
        drop-down on columns with a fixed list of values (có/không for yes-no columns), on rows
        2 to \(lastPreparedRow). A workbook is binary: give --output FILE, or redirect standard
        output to a file (it is never written to a terminal):
          hiendien template enterprise-register --xlsx --output STC_2026-Q3_doanh-nghiep.xlsx

        A file that cannot be written is a usage error (status 2).
        """
    static let options: [OptionSpec] = [
        .flag("xlsx", help: "Write an Excel workbook (.xlsx) instead of CSV."),
        .value("output", "FILE", help: "Write to FILE (replaced atomically) instead of standard output."),
        .lang,
    ]

    /// The last row that gets the columns' formats and drop-downs.
    static let lastPreparedRow = 1000

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
        guard arguments.positionals.count == 1, let wanted = arguments.positionals.first else {
            console.usageError("expected exactly one TYPE (see 'hiendien types')", command: name, usage: usage)
            return .usage
        }
        guard let language = console.language(arguments) else {
            console.usageError("--lang must be vi or en", command: name, usage: usage)
            return .usage
        }
        let output = arguments.value("output").map { absolute($0, in: console.currentDirectory) }
        let xlsx = arguments.has("xlsx")
        if xlsx && output == nil && console.out.isTerminal {
            console.usageError("an XLSX workbook is binary and standard output is a terminal; "
                               + "give --output FILE or redirect the output to a file", command: name, usage: usage)
            return .usage
        }
        guard let data = DataDirectory.locate(console: console) else {
            DataDirectory.missing(console: console)
            return .configuration
        }
        guard let (_, schemas) = data.load(console: console) else { return .configuration }
        guard let schema = schemas.first(where: { $0.name == wanted }) else {
            var message = "unknown type '\(wanted)'"
            if let near = EditDistance.nearest(wanted, in: schemas.map(\.name)) { message += "; did you mean '\(near)'?" }
            console.usageError(message, command: name, usage: usage)
            return .usage
        }
        let titles = schema.fields.map { language == .vi ? $0.title : $0.titleEN }
        let bytes: [UInt8]
        if xlsx {
            bytes = workbook(schema, titles: titles).bytes()
        } else {
            bytes = Array(("\u{FEFF}" + CSVText.record(Row(number: 1, texts: titles)) + "\r\n").utf8)
        }
        guard let output else {
            if xlsx { writeToStandardOutput(bytes, console: console) } else { console.out.write(String(decoding: bytes, as: UTF8.self)) }
            return .success
        }
        do {
            try FileSystem.writeAtomically(bytes, to: output)
        } catch {
            console.err.line("hiendien: error: cannot write \(error.description)")
            return .usage
        }
        return .success
    }

    // MARK: Schema → workbook

    /// The workbook of `schema`: one sheet named after its first sheet name, a header row of
    /// `titles`, and rows 2…``lastPreparedRow`` prepared with each field's format and drop-down.
    static func workbook(_ schema: TableSchema, titles: [String]) -> XLSXWriter {
        let columns = schema.fields.enumerated().map { index, field in
            XLSXColumn(width: width(of: field, title: titles[index]), format: format(of: field), choices: choices(of: field))
        }
        let sheet = XLSXSheet(name: schema.sheetNames.first ?? schema.name, columns: columns, rows: [titles],
                              hasHeader: true, preparedRows: 2...lastPreparedRow)
        return XLSXWriter(sheets: [sheet], title: schema.title.vi)
    }

    /// Text for identifiers, so that Excel neither drops leading zeros (`001066240597`, `01840`)
    /// nor turns a 12-digit number into `1.07E+11`; `dd/mm/yyyy` for dates.
    static func format(of field: Field) -> XLSXCellFormat {
        switch (field.type, field.format) {
        case (.date, _): .date
        case (_, .taxCode), (_, .citizenID), (_, .householdID), (_, .commune), (_, .phone): .text
        default: .general
        }
    }

    /// The drop-down of a field: the first label of each allowed value, or yes/no words.
    static func choices(of field: Field) -> [String]? {
        if let allowed = field.constraints.allowed, !allowed.isEmpty { return allowed.map(\.label) }
        guard field.type == .boolean else { return nil }
        return [field.trueValues.first ?? "có", field.falseValues.first ?? "không"]
    }

    /// A width (in characters) that fits typical values and lets the header wrap on at most
    /// three lines.
    static func width(of field: Field, title: String) -> Double {
        let base: Double = switch (field.type, field.format) {
        case (.date, _): 12
        case (.boolean, _): 10
        case (.integer, _), (.number, _): 12
        case (_, .taxCode), (_, .phone): 15
        case (_, .citizenID), (_, .householdID): 16
        case (_, .commune): 20
        case (_, .domain): 30
        default: (field.constraints.maxLength ?? 300) >= 1000 ? 45 : 30
        }
        let longestWord = title.split(separator: " ").map(\.count).max() ?? 0
        return min(60, max(base, Double(title.count) / 3 + 2, Double(longestWord) + 2))
    }

    // MARK: Output

    static func absolute(_ path: String, in directory: String) -> String {
        path.hasPrefix("/") ? path : directory + "/" + path
    }

    /// Writes binary bytes to file descriptor 1 after what the console buffered, looping on
    /// short writes and EINTR (``OutputStream`` carries text only).
    static func writeToStandardOutput(_ bytes: [UInt8], console: Console) {
        console.out.flush()
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var done = 0
            while done < raw.count {
                let n = Glibc.write(1, base + done, raw.count - done)
                if n < 0 { if errno == EINTR { continue } else { return } }
                done += n
            }
        }
    }
}
