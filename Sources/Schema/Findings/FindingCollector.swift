/// Collects the findings of one file: keeps the first `limit` of them in full and counts all
/// of them per code, so a file with a million bad rows costs a bounded report.
public struct FindingCollector: Sendable {
    public let limit: Int
    public private(set) var findings: [Finding] = []
    public private(set) var countsByCode: [FindingCode: Int] = [:]
    public private(set) var countsBySeverity: [Severity: Int] = [:]

    public init(limit: Int = 1000) { self.limit = limit }

    public mutating func add(_ finding: Finding) {
        countsByCode[finding.code, default: 0] += 1
        countsBySeverity[finding.severity, default: 0] += 1
        if findings.count < limit { findings.append(finding) }
    }

    public mutating func add(contentsOf more: [Finding]) {
        for finding in more { add(finding) }
    }

    /// Every finding counted, including those not kept.
    public var total: Int { countsByCode.values.reduce(0, +) }
    /// True when some findings were counted but not kept.
    public var isTruncated: Bool { total > findings.count }
    public var errorCount: Int { countsBySeverity[.error] ?? 0 }
    public var warningCount: Int { countsBySeverity[.warning] ?? 0 }
    /// The most serious severity seen, or nil for a clean file.
    public var worst: Severity? { Severity.allCases.reversed().first { (countsBySeverity[$0] ?? 0) > 0 } }

    /// The kept findings in file order (row, then column), then by code.
    public var sorted: [Finding] {
        findings.enumerated().sorted {
            ($0.element.location, $0.element.code.rawValue, $0.offset) < ($1.element.location, $1.element.code.rawValue, $1.offset)
        }.map(\.element)
    }
}
