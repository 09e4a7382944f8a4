/// The options and arguments of one command line, after splitting.
///
/// Accepts `--name value`, `--name=value`, `-h`, flags, and `--` to end the options (what
/// follows is positional even when it starts with a dash). An unknown option is a usage error
/// that suggests the nearest known one.
struct ParsedArguments {
    private(set) var values: [String: [String]] = [:]
    private(set) var flags: Set<String> = []
    private(set) var positionals: [String] = []

    struct UsageError: Error {
        let message: String
    }

    init(_ arguments: [String], options: [OptionSpec]) throws(UsageError) {
        let specs = options + [.help]
        var index = 0
        var endOfOptions = false
        func spec(named name: String) throws(UsageError) -> OptionSpec {
            if let spec = specs.first(where: { $0.name == name }) { return spec }
            let names = specs.map(\.name)
            var message = "unknown option '--\(name)'"
            if let near = Self.nearest(name, in: names) { message += "; did you mean '--\(near)'?" }
            throw UsageError(message: message)
        }
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if endOfOptions || argument == "-" || !argument.hasPrefix("-") {
                positionals.append(argument)
                continue
            }
            if argument == "--" { endOfOptions = true; continue }
            var name: String
            var inlineValue: String?
            if argument.hasPrefix("--") {
                name = String(argument.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
            } else {
                let letters = argument.dropFirst()
                guard letters.count == 1, let letter = letters.first,
                      let match = specs.first(where: { $0.short == letter }) else {
                    throw UsageError(message: "unknown option '\(argument)'")
                }
                name = match.name
            }
            let option = try spec(named: name)
            if option.valueName == nil {
                if inlineValue != nil { throw UsageError(message: "option '--\(name)' takes no value") }
                flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else {
                    throw UsageError(message: "option '--\(name)' needs a value (\(option.valueName ?? "VALUE"))")
                }
                value = arguments[index]
                index += 1
            }
            if !option.repeatable && values[name] != nil {
                throw UsageError(message: "option '--\(name)' is given more than once")
            }
            values[name, default: []].append(value)
        }
    }

    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }
    func has(_ name: String) -> Bool { flags.contains(name) }

    /// The known name closest to `name`, when it is close enough to be a typo.
    static func nearest(_ name: String, in names: [String]) -> String? {
        let scored = names.map { ($0, editDistance(name, $0)) }.filter { $0.1 <= max(2, name.count / 3) }
        return scored.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// Levenshtein distance between two short strings.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
