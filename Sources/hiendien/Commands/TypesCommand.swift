import Schema

/// `hiendien types`: the submission types, or one type's columns.
enum TypesCommand: Command {
    static let name = "types"
    static let summary = "List the submission types, or the columns of one type."
    static let usage = "types [TYPE] [--lang vi|en]"
    static let discussion = """
        Without TYPE: each type's name, kind and title. With TYPE: its columns in template order,
        with the accepted header aliases, the value type, whether the column is required, and the
        type's row rules.
        """
    static let options: [OptionSpec] = [.lang]

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
        guard let language = console.language(arguments) else {
            console.usageError("--lang must be vi or en", command: name, usage: usage)
            return .usage
        }
        guard let data = DataDirectory.locate(console: console) else {
            DataDirectory.missing(console: console)
            return .configuration
        }
        guard let (_, schemas) = data.load(console: console) else { return .configuration }
        let vi = language == .vi
        guard let wanted = arguments.positionals.first else {
            let width = schemas.map(\.name.count).max() ?? 0
            for schema in schemas {
                console.out.line(schema.name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                                 + schema.kind.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
                                 + schema.title.text(language))
            }
            return .success
        }
        guard let schema = schemas.first(where: { $0.name == wanted }) else {
            var message = "unknown type '\(wanted)'"
            if let near = EditDistance.nearest(wanted, in: schemas.map(\.name)) { message += "; did you mean '\(near)'?" }
            console.usageError(message, command: name, usage: usage)
            return .usage
        }
        console.out.line("\(schema.name): \(schema.title.text(language))")
        if let description = schema.description { console.out.line(description.text(language)) }
        console.out.line("")
        for field in schema.fields {
            let title = vi ? field.title : field.titleEN
            var line = "  \(title) [\(field.name); \(field.type.rawValue)"
            if field.format != .default { line += ", " + field.format.rawValue }
            if field.constraints.required { line += vi ? ", bắt buộc" : ", required" }
            if field.constraints.unique || schema.primaryKey == [field.name] { line += vi ? ", không trùng" : ", unique" }
            line += "]"
            console.out.line(line)
            if !field.aliases.isEmpty {
                console.out.line("      " + (vi ? "cũng nhận: " : "also accepted: ") + field.aliases.joined(separator: "; "))
            }
        }
        return .success
    }
}
