/// The catalogue of findings, loaded from `Data/findings.json`: for each code its severity
/// and its title, message and advice in Vietnamese and English.
///
/// Wording lives in data so that DOST can adjust it without a new build; codes and
/// placeholders are the contract with the code that makes findings.
public struct FindingCatalogue: Sendable {
    public struct Entry: Sendable {
        public var severity: Severity
        public var title: Localized
        public var message: Localized
        public var action: Localized
        /// The argument whose value selects a message among `variants` (e.g. "constraint").
        public var variantBy: String?
        public var variants: [String: Localized]
    }

    public private(set) var entries: [FindingCode: Entry]
    /// Words that arguments are translated through (`{expected|term}`).
    public private(set) var terms: [String: Localized]

    /// Loads and checks the catalogue file.
    public static func load(path: String) throws(JSONError) -> FindingCatalogue {
        try FindingCatalogue(json: try JSONValue.read(path: path), source: path)
    }

    public init(json: JSONValue, source: String) throws(JSONError) {
        var root = try JSONObjectReader(json, source: source)
        let version = try root.integer("version")
        guard version == 1 else { throw root.error("version", "unsupported catalogue version \(version); expected 1") }
        terms = [:]
        var termsReader = try root.object("terms")
        for (key, value) in termsReader.allMembers() {
            terms[key] = try Self.localized(value, source: source, path: termsReader.keyPath(key))
        }
        entries = [:]
        var findings = try root.object("findings")
        for (key, value) in findings.allMembers() {
            var entry = try JSONObjectReader(value, source: source, path: findings.keyPath(key))
            let severityText = try entry.string("severity")
            guard let severity = Severity(rawValue: severityText) else {
                throw entry.error("severity", "unknown severity '\(severityText)'; use error, warning or info")
            }
            var variants: [String: Localized] = [:]
            if var variantReader = try entry.optionalObject("variants") {
                for (name, text) in variantReader.allMembers() {
                    variants[name] = try Self.localized(text, source: source, path: variantReader.keyPath(name))
                }
            }
            entries[FindingCode(rawValue: key)] = Entry(
                severity: severity,
                title: try Self.localized(try entry.require("title"), source: source, path: entry.keyPath("title")),
                message: try Self.localized(try entry.require("message"), source: source, path: entry.keyPath("message")),
                action: try Self.localized(try entry.require("action"), source: source, path: entry.keyPath("action")),
                variantBy: try entry.optionalString("variantBy"),
                variants: variants)
            try entry.finish()
        }
        try findings.finish()
        try root.finish()
    }

    static func localized(_ value: JSONValue, source: String, path: String) throws(JSONError) -> Localized {
        var reader = try JSONObjectReader(value, source: source, path: path)
        let text = Localized(vi: try reader.string("vi"), en: try reader.string("en"))
        try reader.finish()
        return text
    }

    /// The severity of a code (an unknown code is a bug of ours; it counts as an error so that
    /// nothing slips through).
    public func severity(of code: FindingCode) -> Severity {
        entries[code]?.severity ?? .error
    }

    /// A finding with the catalogue's severity for its code.
    public func finding(_ code: FindingCode, at location: Location, _ arguments: [String: String] = [:]) -> Finding {
        Finding(code, severity: severity(of: code), location: location, arguments: arguments)
    }
}
