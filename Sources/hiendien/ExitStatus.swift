/// Every exit status hiendien returns. The README copies this table; no bare numbers appear
/// anywhere else. Statuses 70, 75 and 78 borrow their meaning from BSD's sysexits.h.
enum ExitStatus: Int32, CaseIterable {
    /// Done: the files are valid (warnings allowed), or the run processed everything it found.
    case success = 0
    /// Invalid: a validated file has errors, or a run rejected at least one file.
    case invalid = 1
    /// A usage error (unknown option, missing argument) or a file that cannot be read at all.
    case usage = 2
    /// `run` found nothing to do: the inbox was empty and no report needed rebuilding.
    case nothingToDo = 3
    /// An internal error: a bug. The message asks for a bug report.
    case internalError = 70
    /// The workspace is locked by another run that did not finish within the wait.
    case locked = 75
    /// The configuration (or a schema) is invalid; the message names the key.
    case configuration = 78

    /// One line for the README and `--help`.
    var meaning: String {
        switch self {
        case .success: "done; valid (warnings allowed)"
        case .invalid: "invalid file, or some files rejected"
        case .usage: "usage error, or a file that cannot be read"
        case .nothingToDo: "nothing to do (empty inbox)"
        case .internalError: "internal error (please report it)"
        case .locked: "workspace locked by another run"
        case .configuration: "configuration or schema error"
        }
    }
}
extension ExitStatus: Error {}
