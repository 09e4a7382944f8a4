public import Foundation

/// What a command may touch of the outside world. The clock and the environment are read here
/// and nowhere below the command line; everything else receives them as values.
struct Console {
    var out: OutputStream
    var err: OutputStream
    /// The environment variables (HIENDIEN_DATA, HIENDIEN_LANG, ...).
    var environment: [String: String]
    /// The current time, read once by commands that need a default as-of date.
    var now: Date
    /// The current directory, to resolve relative paths.
    var currentDirectory: String

    /// The console of a real process.
    static func process() -> Console {
        Console(
            out: OutputStream(fd: 1), err: OutputStream(fd: 2),
            environment: ProcessInfo.processInfo.environment, now: Date(),
            currentDirectory: FileManager.default.currentDirectoryPath)
    }

    /// Writes `hiendien: error: …`, the usage line and a pointer to help, to standard error.
    func usageError(_ message: String, command: String?, usage: String?) {
        err.line("hiendien: error: " + message)
        if let usage { err.line("Usage: hiendien " + usage) }
        err.line("See 'hiendien \(command.map { $0 + " " } ?? "")--help'.")
    }
}
