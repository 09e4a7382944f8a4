import Schema
import Tabular

/// `hiendien template TYPE`: a blank CSV with the type's headers, ready for Excel.
enum TemplateCommand: Command {
    static let name = "template"
    static let summary = "Write a blank CSV template of a submission type."
    static let usage = "template TYPE [--lang vi|en]"
    static let discussion = """
        Prints a CSV file (UTF-8 with a byte-order mark, so that Excel shows Vietnamese correctly)
        whose header row is the type's column titles in template order. Redirect it to a file:
          hiendien template enterprise-register > STC_2026-Q3_doanh-nghiep.csv
        """
    static let options: [OptionSpec] = [.lang]

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
        guard arguments.positionals.count == 1, let wanted = arguments.positionals.first else {
            console.usageError("expected exactly one TYPE (see 'hiendien types')", command: name, usage: usage)
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
        guard let (_, schemas) = data.load(console: console) else { return .configuration }
        guard let schema = schemas.first(where: { $0.name == wanted }) else {
            var message = "unknown type '\(wanted)'"
            if let near = EditDistance.nearest(wanted, in: schemas.map(\.name)) { message += "; did you mean '\(near)'?" }
            console.usageError(message, command: name, usage: usage)
            return .usage
        }
        let titles = schema.fields.map { language == .vi ? $0.title : $0.titleEN }
        console.out.write("\u{FEFF}" + CSVText.record(Row(number: 1, texts: titles)) + "\r\n")
        return .success
    }
}
