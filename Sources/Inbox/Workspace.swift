/// The workspace on disk: where agencies drop files and where everything the engine keeps
/// lives.
///
/// ```
/// WORKSPACE/
///   programme.json            the configuration (optional: else the data directory's)
///   inbox/                    agencies drop files here
///   archive/PERIOD/SENDER/    accepted files, named <hash12>_<original name>
///   rejected/PERIOD/          rejected files, each next to its receipt (.receipt.md)
///   receipts/                 one receipt per file received (Markdown, Vietnamese)
///   ledger.jsonl              append-only: one line per file received
///   reports/PERIOD/           the consolidated reports
///   .lock                     held while a run works on the workspace
/// ```
public struct Workspace: Sendable {
    public let root: String

    public init(root: String) {
        var root = root
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        self.root = root
    }

    public var inbox: String { root + "/inbox" }
    public var archive: String { root + "/archive" }
    public var rejected: String { root + "/rejected" }
    public var receipts: String { root + "/receipts" }
    public var reports: String { root + "/reports" }
    public var ledger: String { root + "/ledger.jsonl" }
    public var lock: String { root + "/.lock" }
    public var configuration: String { root + "/programme.json" }

    /// True when the directory looks like a workspace (it has an inbox).
    public var exists: Bool { FileSystem.kind(inbox) == .directory }

    public func absolute(_ relative: String) -> String { root + "/" + relative }

    /// Creates the directories (idempotent).
    public func create() throws(FileSystem.Failure) {
        for directory in [root, inbox, archive, rejected, receipts, reports] { try FileSystem.createDirectory(directory) }
    }
}
