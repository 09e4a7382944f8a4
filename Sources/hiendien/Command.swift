/// A subcommand: its name, its help text, its options, and what it does.
protocol Command {
    /// The word after `hiendien`.
    static var name: String { get }
    /// One line for the command list.
    static var summary: String { get }
    /// The usage line, without "hiendien ".
    static var usage: String { get }
    /// The help text shown by `--help` (after the usage line and before the options).
    static var discussion: String { get }
    static var options: [OptionSpec] { get }
    /// Runs with parsed arguments; writes to the console; returns the exit status.
    static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus
}

extension Command {
    /// The full `--help` text.
    static var helpText: String {
        var text = "OVERVIEW: \(summary)\n\nUSAGE: hiendien \(usage)\n"
        if !discussion.isEmpty { text += "\n" + discussion + "\n" }
        let all = options + [.help]
        text += "\nOPTIONS:\n"
        let width = all.map(\.synopsis.count).max() ?? 0
        for option in all {
            text += "  " + option.synopsis.padding(toLength: width + 2, withPad: " ", startingAt: 0) + option.help + "\n"
        }
        return text
    }
}
