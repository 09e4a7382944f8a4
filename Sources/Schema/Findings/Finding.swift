/// Something wrong (or worth telling) in a submission: a value, collected and never thrown.
///
/// A finding stores its code and arguments, not a sentence; ``FindingRenderer`` writes the
/// sentence in the reader's language when it is shown. Personal data never enters a finding
/// in clear: values of personal fields (citizen ID, phone, birth date) are masked when the
/// finding is made (``Masking``), so no renderer, log or JSON output can leak them.
public struct Finding: Sendable, Hashable {
    public var code: FindingCode
    public var severity: Severity
    public var location: Location
    /// Values for the message's placeholders: "value", "expected", "limit", "firstRow", ...
    public var arguments: [String: String]

    public init(_ code: FindingCode, severity: Severity, location: Location = Location(), arguments: [String: String] = [:]) {
        self.code = code
        self.severity = severity
        self.location = location
        self.arguments = arguments
    }

    /// The value the finding is about (masked when personal), or nil.
    public var value: String? { arguments["value"] }
}
