#if canImport(Glibc)
import Glibc
#endif
public import Schema

/// Reads and appends the workspace's ledger.
///
/// Appends are one `write` of one line followed by `fsync`, so a crash leaves at most a torn
/// last line; reading ignores a last line that does not parse (and reports it), and never
/// ignores a bad line in the middle (that is corruption, reported as an error).
public struct Ledger: Sendable {
    public let path: String
    public private(set) var entries: [LedgerEntry] = []
    /// Set when the last line was torn (a run was interrupted while appending).
    public private(set) var tornLastLine = false
    /// The length of the ledger up to its last complete line.
    private var completeLength = 0

    public init(path: String) throws(JSONError) {
        self.path = path
        guard let bytes = FileSystem.readBytes(path) else { return }
        completeLength = (bytes.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true)
        for (number, line) in lines.enumerated() {
            do {
                let value = try JSONValue.parse(Array(line), source: "\(path):\(number + 1)")
                entries.append(try LedgerEntry(json: value, source: "\(path):\(number + 1)"))
            } catch {
                if number == lines.count - 1 && bytes.last != 0x0A {
                    tornLastLine = true
                } else {
                    throw error
                }
            }
        }
    }

    public mutating func append(_ entry: LedgerEntry) throws(FileSystem.Failure) {
        let line = entry.json.serialized()
        if tornLastLine {
            // Drop the torn fragment of an interrupted append: it never became an entry.
            guard truncate(path, off_t(completeLength)) == 0 else {
                throw FileSystem.Failure(path: path, message: "cannot drop the torn last line")
            }
            tornLastLine = false
        }
        try FileSystem.appendLine(line, to: path)
        entries.append(entry)
    }

    /// The first entry with this hash (what a duplicate duplicates).
    public func first(withHash hash: String) -> LedgerEntry? { entries.first { $0.hash == hash } }

    /// Accepted entries not superseded by a later accepted one: the submissions that count.
    public var current: [LedgerEntry] {
        let superseded = Set(entries.flatMap(\.supersedes))
        return entries.filter { $0.outcome == .accepted && !superseded.contains($0.hash) }
    }
}
