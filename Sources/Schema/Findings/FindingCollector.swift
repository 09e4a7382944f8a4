/// Collects the findings of one file: keeps the first `limit` of them in file order (row,
/// then column, then code) in full and counts all of them per code, so a file with a million
/// bad rows costs a bounded report.
///
/// "First" means first in the file, not first to arrive: findings may arrive out of order
/// (reader notes after the rows, the parts of a file validated on several cores, duplicates
/// found when the parts' keys are compared), and the kept ones are the same either way.
public struct FindingCollector: Sendable {
    public let limit: Int
    /// Kept findings; may hold up to twice `limit` before it is cut back (see ``add(_:)``).
    private var kept: [Finding] = []
    /// Once a cut has been made, the last kept finding's place: later places can be refused
    /// without storing them.
    private var cutoff: (Location, String)?
    public private(set) var countsByCode: [FindingCode: Int] = [:]
    public private(set) var countsBySeverity: [Severity: Int] = [:]

    public init(limit: Int = 1000) { self.limit = limit }

    /// The kept findings (at most `limit`), in the order they were added when nothing was cut,
    /// otherwise in file order.
    public var findings: [Finding] {
        kept.count <= limit ? kept : Array(Self.fileOrder(kept).prefix(limit))
    }

    public mutating func add(_ finding: Finding) {
        count(finding.code, finding.severity)
        keep(finding)
    }

    public mutating func add(contentsOf more: [Finding]) {
        for finding in more { add(finding) }
    }

    /// Counts a finding that cannot be among the kept ones (the caller knows that at least
    /// `limit` findings come before it), without making it.
    mutating func count(_ code: FindingCode, _ severity: Severity, times: Int = 1) {
        countsByCode[code, default: 0] += times
        countsBySeverity[severity, default: 0] += times
    }

    private mutating func keep(_ finding: Finding) {
        if let cutoff, (finding.location, finding.code.rawValue) >= (cutoff.0, cutoff.1) { return }
        kept.append(finding)
        if kept.count >= 2 * max(limit, 1) {
            kept = Array(Self.fileOrder(kept).prefix(limit))
            if let last = kept.last { cutoff = (last.location, last.code.rawValue) }
        }
    }

    /// Adds every finding of `other`, the collector of a later part of the same file whose
    /// rows are numbered from 1 in the part: `rowOffset` is added to their rows and to a
    /// `firstRow` argument, and `firstRows` then maps a first row to another (a duplicate
    /// whose first occurrence turned out to lie in an earlier part).
    mutating func absorb(_ other: FindingCollector, rowOffset: Int, firstRows: [FirstRowKey: Int] = [:]) {
        for (code, n) in other.countsByCode { countsByCode[code, default: 0] += n }
        for (severity, n) in other.countsBySeverity { countsBySeverity[severity, default: 0] += n }
        for var finding in other.kept {
            if let row = finding.location.row { finding.location.row = row + rowOffset }
            if let first = finding.arguments["firstRow"].flatMap({ Int($0) }) {
                let shifted = first + rowOffset
                let key = FirstRowKey(code: finding.code, field: finding.location.field, row: shifted)
                finding.arguments["firstRow"] = String(firstRows[key] ?? shifted)
            }
            keep(finding)
        }
    }

    /// Every finding counted, including those not kept.
    public var total: Int { countsByCode.values.reduce(0, +) }
    /// True when some findings were counted but not kept.
    public var isTruncated: Bool { total > min(kept.count, limit) }
    public var errorCount: Int { countsBySeverity[.error] ?? 0 }
    public var warningCount: Int { countsBySeverity[.warning] ?? 0 }
    /// The most serious severity seen, or nil for a clean file.
    public var worst: Severity? { Severity.allCases.reversed().first { (countsBySeverity[$0] ?? 0) > 0 } }

    /// The kept findings in file order (row, then column), then by code.
    public var sorted: [Finding] { kept.count <= limit ? Self.fileOrder(kept) : findings }

    /// The findings in file order: file, sheet, row, column, then code.
    ///
    /// Sorted on integer keys: the few distinct files, sheets and codes are ranked once, so a
    /// comparison copies no `Location` and compares no text (comparing tuples of locations and
    /// codes was 31,000 instructions a finding, as much as validating three rows, callgrind).
    /// The original position breaks ties, so the order is the stable one.
    private static func fileOrder(_ findings: [Finding]) -> [Finding] {
        /// Each value's rank among the distinct values (all 0 when they are one: one file, one sheet).
        func ranks(_ values: [String]) -> [Int] {
            guard let first = values.first, !values.allSatisfy({ $0 == first }) else {
                return [Int](repeating: 0, count: values.count)
            }
            let rank = Dictionary(uniqueKeysWithValues: Set(values).sorted().enumerated().map { ($0.element, $0.offset) })
            return values.map { rank[$0] ?? 0 }
        }
        let files = ranks(findings.map { $0.location.file ?? "" })
        let sheets = ranks(findings.map { $0.location.sheet ?? "" })
        let codes = ranks(findings.map(\.code.rawValue))
        let keys = findings.enumerated().map { offset, finding in
            (files[offset], sheets[offset], finding.location.row ?? 0, finding.location.column ?? -1, codes[offset], offset)
        }
        return keys.sorted { $0 < $1 }.map { findings[$0.5] }
    }
}

/// A duplicate's first row as a finding names it: which check, which field, which row.
struct FirstRowKey: Hashable {
    var code: FindingCode
    var field: String?
    var row: Int
}
