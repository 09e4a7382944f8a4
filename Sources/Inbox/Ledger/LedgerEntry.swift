public import Schema

/// One line of the ledger: a file the engine received and what became of it.
///
/// The ledger is append-only JSON Lines (`ledger.jsonl`), one object per file, in the order
/// files were processed. It is the memory of the workspace: which bytes were seen (by hash),
/// from whom, for which period and type, whether they were accepted, rejected or recognised as
/// a duplicate, where they are now, and which earlier submission each one superseded.
public struct LedgerEntry: Sendable, Hashable {
    public enum Outcome: String, Sendable, Hashable {
        case accepted
        case rejected
        /// Byte-identical to a file received before: kept aside, counted nowhere.
        case duplicate
    }

    public var hash: String
    public var fileName: String
    public var outcome: Outcome
    /// Where the file is now, relative to the workspace.
    public var path: String
    public var receipt: String
    public var sender: String?
    public var period: String?
    public var type: String?
    /// The day the file arrived in the inbox (its modification time, Vietnam time).
    public var received: Day
    /// The as-of day of the run that processed it.
    public var processed: Day
    public var rows: Int
    public var errors: Int
    public var warnings: Int
    public var late: Bool
    /// Hashes of the accepted submissions this one replaced.
    public var supersedes: [String]
    /// For duplicates: the hash's first file name.
    public var duplicateOf: String?

    public init(hash: String, fileName: String, outcome: Outcome, path: String, receipt: String, sender: String?,
                period: String?, type: String?, received: Day, processed: Day, rows: Int, errors: Int, warnings: Int,
                late: Bool, supersedes: [String] = [], duplicateOf: String? = nil) {
        self.hash = hash
        self.fileName = fileName
        self.outcome = outcome
        self.path = path
        self.receipt = receipt
        self.sender = sender
        self.period = period
        self.type = type
        self.received = received
        self.processed = processed
        self.rows = rows
        self.errors = errors
        self.warnings = warnings
        self.late = late
        self.supersedes = supersedes
        self.duplicateOf = duplicateOf
    }

    var json: JSONValue {
        .object([
            ("hash", .string(hash)), ("file", .string(fileName)), ("outcome", .string(outcome.rawValue)),
            ("path", .string(path)), ("receipt", .string(receipt)), ("sender", .optional(sender)),
            ("period", .optional(period)), ("type", .optional(type)), ("received", .string(received.iso)),
            ("processed", .string(processed.iso)), ("rows", .number(Double(rows))), ("errors", .number(Double(errors))),
            ("warnings", .number(Double(warnings))), ("late", .bool(late)),
            ("supersedes", .array(supersedes.map { .string($0) })), ("duplicateOf", .optional(duplicateOf)),
        ])
    }

    init(json: JSONValue, source: String) throws(JSONError) {
        var r = try JSONObjectReader(json, source: source)
        hash = try r.string("hash")
        fileName = try r.string("file")
        let outcomeText = try r.string("outcome")
        guard let outcome = Outcome(rawValue: outcomeText) else { throw r.error("outcome", "unknown outcome '\(outcomeText)'") }
        self.outcome = outcome
        path = try r.string("path")
        receipt = try r.string("receipt")
        sender = try r.optionalString("sender")
        period = try r.optionalString("period")
        type = try r.optionalString("type")
        guard let received = Day(iso: try r.string("received")) else { throw r.error("received", "not a date") }
        guard let processed = Day(iso: try r.string("processed")) else { throw r.error("processed", "not a date") }
        self.received = received
        self.processed = processed
        rows = try r.integer("rows")
        errors = try r.integer("errors")
        warnings = try r.integer("warnings")
        late = try r.bool("late", default: false)
        supersedes = try r.strings("supersedes")
        duplicateOf = try r.optionalString("duplicateOf")
        try r.finish()
    }
}
