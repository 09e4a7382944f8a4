/// One option a subcommand accepts.
struct OptionSpec {
    /// The long name without dashes: `type` for `--type`.
    let name: String
    /// A one-letter alias (`h` for `-h`), if any.
    let short: Character?
    /// The placeholder of its value (`TYPE`), or nil for a flag.
    let valueName: String?
    /// Whether it may be given more than once.
    let repeatable: Bool
    /// One line of help.
    let help: String

    static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(name: name, short: short, valueName: nil, repeatable: false, help: help)
    }

    static func value(_ name: String, _ valueName: String, short: Character? = nil, repeatable: Bool = false,
                      help: String) -> OptionSpec {
        OptionSpec(name: name, short: short, valueName: valueName, repeatable: repeatable, help: help)
    }

    /// `--type TYPE` or `--json`, as shown in help.
    var synopsis: String {
        var text = "--" + name
        if let valueName { text += " " + valueName }
        if let short { text = "-\(short), " + text }
        return text
    }
}

/// The options shared by every subcommand.
extension OptionSpec {
    static let help = OptionSpec.flag("help", short: "h", help: "Show help for this command.")
    static let lang = OptionSpec.value("lang", "vi|en", help: "Language of messages (default vi, or $HIENDIEN_LANG).")
}
