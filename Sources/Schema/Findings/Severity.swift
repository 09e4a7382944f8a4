/// How much a finding matters: an error rejects the file, a warning and a note do not.
///
/// Ordered from least to most serious, so `max()` of a file's findings is its outcome.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
    case info
    case warning
    case error

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }

    var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }
}
