
/// What a run did, for the console and for cron's log: one line per file, then totals.
public struct RunSummary: Sendable {
    public struct FileLine: Sendable, Hashable {
        public var fileName: String
        public var outcome: LedgerEntry.Outcome
        public var sender: String?
        public var period: String?
        public var type: String?
        public var errors: Int
        public var warnings: Int
        public var superseded: Int
        /// Where the receipt is, relative to the workspace ("" in a dry run).
        public var receipt: String
    }

    public var files: [FileLine] = []
    /// Periods whose reports were rebuilt, and where.
    public var reports: [String] = []
    /// Files in the inbox that were not processed (still being written, not regular files).
    public var skipped: [String] = []
    public var dryRun = false

    public init() {}

    public var received: Int { files.count }
    public var accepted: Int { files.filter { $0.outcome == .accepted }.count }
    public var rejected: Int { files.filter { $0.outcome == .rejected }.count }
    public var duplicates: Int { files.filter { $0.outcome == .duplicate }.count }
    public var superseded: Int { files.map(\.superseded).reduce(0, +) }
}
