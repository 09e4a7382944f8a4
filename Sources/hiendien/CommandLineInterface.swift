/// The front end: finds the subcommand, splits its arguments, runs it, and maps whatever
/// escapes to an exit status. Thin on purpose: the work happens in the library targets.
enum CommandLineInterface {
    static let version = "0.1.0"

    /// Every subcommand, in the order `hiendien --help` lists them.
    static var commands: [any Command.Type] { [
        RunCommand.self,
        SampleCommand.self,
        StatusCommand.self,
        ReportCommand.self,
        InitCommand.self,
        ValidateCommand.self,
        TypesCommand.self,
        TemplateCommand.self,
        RowsCommand.self,
    ] }

    static let overview = """
        hiendien: validates and consolidates the quarterly reports of Thái Nguyên province's \
        ".vn online presence" programme (plan 103/KH-UBND).
        """

    /// Runs one command line (without the program name) against a console.
    static func run(_ arguments: [String], console: Console) -> ExitStatus {
        guard let first = arguments.first else {
            console.out.write(generalHelp())
            return .success
        }
        if first == "--help" || first == "-h" {
            console.out.write(generalHelp())
            return .success
        }
        if first == "--version" {
            console.out.line("hiendien \(version)")
            return .success
        }
        if first == "help" {
            guard arguments.count > 1 else { console.out.write(generalHelp()); return .success }
            guard let command = commands.first(where: { $0.name == arguments[1] }) else {
                return unknownCommand(arguments[1], console: console)
            }
            console.out.write(command.helpText)
            return .success
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            return unknownCommand(first, console: console)
        }
        let rest = Array(arguments.dropFirst())
        let parsed: ParsedArguments
        do {
            parsed = try ParsedArguments(rest, options: command.options)
        } catch {
            console.usageError(error.message, command: command.name, usage: command.usage)
            return .usage
        }
        if parsed.has("help") {
            console.out.write(command.helpText)
            return .success
        }
        return command.run(parsed, console: console)
    }

    static func unknownCommand(_ name: String, console: Console) -> ExitStatus {
        var message = "unknown command '\(name)'"
        if let near = ParsedArguments.nearest(name, in: commands.map { $0.name }) { message += "; did you mean '\(near)'?" }
        console.usageError(message, command: nil, usage: "<command> [options] [arguments]")
        return .usage
    }

    static func generalHelp() -> String {
        var text = "OVERVIEW: \(overview)\n\nUSAGE: hiendien <command> [options] [arguments]\n\nCOMMANDS:\n"
        let width = commands.map { $0.name.count }.max() ?? 0
        for command in commands {
            text += "  " + command.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + command.summary + "\n"
        }
        text += "\nSee 'hiendien help <command>' for the options of each command.\n\nEXIT STATUS:\n"
        for status in ExitStatus.allCases {
            text += "  \(status.rawValue)".padding(toLength: 6, withPad: " ", startingAt: 0) + status.meaning + "\n"
        }
        return text
    }
}
