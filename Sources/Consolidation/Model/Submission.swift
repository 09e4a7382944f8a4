public import Programme
public import Schema

/// One accepted file, as the ledger knows it: who sent it, for which period, what type, and
/// where its bytes are kept. Reports cite submissions by their content hash.
public struct Submission: Sendable, Hashable {
    /// SHA-256 of the file's bytes, lower-case hex: the file's identity.
    public var hash: String
    /// The name the agency gave the file.
    public var fileName: String
    /// Where the archive keeps it, relative to the workspace (`archive/2026-Q3/STC/…`).
    public var archivePath: String
    public var senderCode: String
    public var senderName: String
    public var period: Period
    public var type: String
    /// The day the file was received (its arrival in the inbox).
    public var received: Day
    /// The period's submission deadline.
    public var deadline: Day
    /// Data rows in the file.
    public var rows: Int
    /// Hashes of the earlier submissions this one replaced (same sender, period and type).
    public var supersedes: [String]

    public init(hash: String, fileName: String, archivePath: String, senderCode: String, senderName: String,
                period: Period, type: String, received: Day, deadline: Day, rows: Int, supersedes: [String] = []) {
        self.hash = hash
        self.fileName = fileName
        self.archivePath = archivePath
        self.senderCode = senderCode
        self.senderName = senderName
        self.period = period
        self.type = type
        self.received = received
        self.deadline = deadline
        self.rows = rows
        self.supersedes = supersedes
    }

    public var isLate: Bool { received > deadline }
    /// The first 12 hex digits, as file names and tables show the hash.
    public var shortHash: String { String(hash.prefix(12)) }
}
