public import Tabular
import Foundation

/// What validation needs to know beyond the file and its schema.
public struct ValidationContext: Sendable {
    /// The first day of the reporting period, when known.
    public var periodStart: Day?
    /// The period's cut-off: no date in a submission may be later (`date-after-period`).
    public var periodEnd: Day?
    /// The period's name as messages show it (`2026-Q3`).
    public var periodName: String?
    /// Resolves commune cells; without one, only the 5-digit shape of a code is checked.
    public var units: (any UnitResolver)?
    /// The most findings kept in full per file (all are counted).
    public var findingLimit: Int
    /// How files are opened (limits, XML export mappings).
    public var openOptions = OpenOptions()
    /// How many cores one large CSV file may be validated on (1: never split). The result is
    /// the same whatever the number (``FileValidator``); only the time changes.
    public var workers = ValidationContext.defaultWorkers
    /// Files smaller than this are validated in one piece (splitting costs more than it saves).
    public var splitMinimumBytes = 4 << 20

    /// The cores of this machine, at most 8, or `$HIENDIEN_WORKERS` (1 keeps a file on one
    /// core, to leave the others to a shared server's other work).
    public static let defaultWorkers: Int = {
        if let text = ProcessInfo.processInfo.environment["HIENDIEN_WORKERS"], let n = Int(text), n >= 1 { return min(n, 64) }
        return max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
    }()

    public init(periodStart: Day? = nil, periodEnd: Day? = nil, periodName: String? = nil, units: (any UnitResolver)? = nil,
                findingLimit: Int = 1000) {
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.periodName = periodName
        self.units = units
        self.findingLimit = findingLimit
    }
}
