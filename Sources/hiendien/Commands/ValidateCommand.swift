import Foundation
import Inbox
import Programme
import Schema
import Tabular

/// `hiendien validate FILE…`: checks files against their submission type and says precisely
/// what is wrong, without touching any workspace.
enum ValidateCommand: Command {
    static let name = "validate"
    static let summary = "Check submission files and report every problem (nothing is archived)."
    static let usage = "validate FILE... [--type TYPE] [--sheet NAME] [--period P] [--json] [--lang vi|en]"
    static let discussion = """
        Finds each file's submission type from its column headers (or uses --type), then checks
        every column and row: types, required values, identifiers (tax code check digit, citizen
        ID), .vn domain names and suffixes, ages and dates, unique keys. Prints a summary by
        finding code, then each finding with its row, column and what to do.
        --json prints {"version":1,"valid":…,"files":[…]} (shape in README).
        Exit status: 0 all files valid (warnings allowed), 1 some file invalid, 2 usage error or
        a file that cannot be read at all.
        """
    static let options: [OptionSpec] = [
        .value("type", "TYPE", help: "Read every file as this submission type (see 'hiendien types')."),
        .value("sheet", "NAME", help: "Read this sheet of a workbook."),
        .value("period", "PERIOD", help: "Check dates against this period's cut-off (default: from the file name)."),
        .value("config", "FILE", help: "The programme configuration (default: the data directory's programme.json)."),
        .flag("json", help: "Print a JSON document instead of text."),
        .flag("counts", help: "Also print the benchmark's counts per commune and cohort, and their digest (see scripts/bench)."),
        .lang,
    ]

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
        guard !arguments.positionals.isEmpty else {
            console.usageError("expected at least one FILE", command: name, usage: usage)
            return .usage
        }
        guard let language = console.language(arguments) else {
            console.usageError("--lang must be vi or en", command: name, usage: usage)
            return .usage
        }
        guard let data = DataDirectory.locate(console: console) else {
            DataDirectory.missing(console: console)
            return .configuration
        }
        guard let setup = data.setup(console: console, configuration: arguments.value("config")) else { return .configuration }
        let catalogue = setup.catalogue, schemas = setup.schemas
        var forcedPeriod: Period?
        if let text = arguments.value("period") {
            guard let period = Period(parsing: text) else {
                console.usageError("cannot read the period '\(text)' (e.g. 2026-Q3 or 2026)", command: name, usage: usage)
                return .usage
            }
            forcedPeriod = period
        }
        let type = arguments.value("type")
        if let type, !schemas.contains(where: { $0.name == type }) {
            var message = "unknown type '\(type)'"
            if let near = EditDistance.nearest(type, in: schemas.map(\.name)) { message += "; did you mean '\(near)'?" }
            console.usageError(message + " (see 'hiendien types')", command: name, usage: usage)
            return .usage
        }
        let writer = ValidationReport(catalogue: catalogue, language: language)
        var reports: [FileReport] = []
        var unreadable = false
        for path in arguments.positionals {
            // The period decides the cut-off of date checks: --period, else the file's name.
            let fileName = URL(fileURLWithPath: path).lastPathComponent
            let named = try? SubmissionFileName.parse(fileName, senders: setup.configuration.senders).get()
            let validator = setup.validator(for: forcedPeriod ?? named?.period)
            var counts = RegisterCounts()
            let wantCounts = arguments.has("counts")
            let report = wantCounts
                ? validator.validate(path: path, displayName: path, type: type, sheet: arguments.value("sheet"), tally: &counts)
                : validator.validate(path: path, displayName: path, type: type, sheet: arguments.value("sheet"))
            if wantCounts {
                var hasher = SHA256()
                hasher.update(Array(counts.canonicalText.utf8))
                console.err.line("counts \(path): groups \(counts.groups.count), rejected \(counts.rejected), digest \(hasher.finalizeHex().prefix(16))")
            }
            if report.findings.countsByCode[.fileUnreadable] != nil { unreadable = true }
            if !arguments.has("json") {
                let title = schemas.first { $0.name == report.type }?.title.text(language)
                console.out.line(writer.text(report, typeTitle: title))
                console.out.line("")
            }
            reports.append(report)
        }
        let allValid = reports.allSatisfy(\.isValid)
        if arguments.has("json") {
            let document = JSONValue.object([
                ("version", .number(1)),
                ("valid", .bool(allValid)),
                ("files", .array(reports.map(writer.json))),
            ])
            console.out.line(document.serialized(indent: 2))
        } else if reports.count > 1 {
            let valid = reports.filter(\.isValid).count
            console.out.line(language == .vi
                ? "Tổng cộng: \(reports.count) tệp, \(valid) hợp lệ, \(reports.count - valid) không hợp lệ."
                : "Total: \(reports.count) files, \(valid) valid, \(reports.count - valid) invalid.")
        }
        if unreadable { return .usage }
        return allValid ? .success : .invalid
    }
}
