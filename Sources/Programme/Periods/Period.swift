/// A reporting period: a quarter (`2026-Q3`), a year (`2026`) or the whole programme.
///
/// A period is only a name. Its days depend on the configured ``PeriodKind`` (calendar
/// quarters, or the cut-offs of Decree 09/2019/NĐ-CP) and on the programme's dates, so they
/// are asked of a ``ReportingCalendar``: `calendar.start(of: period)`. Keeping the name apart
/// from the days lets a file name, a ledger entry or a command-line argument carry a period
/// before the configuration is loaded, and keeps the text form stable if the rule changes.
///
/// Periods order by where they end: a quarter, then the year it closes, then the programme
/// (`2025-Q4 < 2025 < 2026-Q1 < … < 2026-Q4 < 2026 < programme`), which is the order a
/// report lists them in.
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Which of the three shapes a period has.
    public enum Granularity: Sendable, Hashable {
        case quarter
        case year
        /// The programme from its start to its end: cumulative progress.
        case programme
    }

    enum Storage: Hashable {
        case quarter(year: Int, quarter: Int)
        case year(Int)
        case programme
    }

    let storage: Storage

    /// Years a period may name. The bounds keep every derived day valid for ``Day``; the
    /// programme runs in 2025–2026, so anything outside is a typo.
    public static let years: ClosedRange<Int> = 1900...2999

    init(_ storage: Storage) { self.storage = storage }

    /// Quarter `quarter` (1–4) of `year`, or nil when either is out of range.
    public static func quarter(_ quarter: Int, of year: Int) -> Period? {
        guard (1...4).contains(quarter), years.contains(year) else { return nil }
        return Period(.quarter(year: year, quarter: quarter))
    }

    /// The reporting year `year`, or nil when out of range.
    public static func year(_ year: Int) -> Period? {
        guard years.contains(year) else { return nil }
        return Period(.year(year))
    }

    /// The whole programme (cumulative since its start).
    public static let programme = Period(.programme)

    public var granularity: Granularity {
        switch storage {
        case .quarter: .quarter
        case .year: .year
        case .programme: .programme
        }
    }

    /// The year a quarter or year belongs to; nil for the programme.
    public var year: Int? {
        switch storage {
        case .quarter(let year, _), .year(let year): year
        case .programme: nil
        }
    }

    /// 1–4 for a quarter, nil otherwise.
    public var quarter: Int? {
        if case .quarter(_, let quarter) = storage { return quarter }
        return nil
    }

    /// The period just before, for "change over the previous quarter": `2026-Q1` → `2025-Q4`,
    /// `2026` → `2025`. The programme has none.
    public var previous: Period? {
        switch storage {
        case .quarter(let year, 1): .quarter(4, of: year - 1)
        case .quarter(let year, let quarter): .quarter(quarter - 1, of: year)
        case .year(let year): .year(year - 1)
        case .programme: nil
        }
    }

    /// The period just after (`2025-Q4` → `2026-Q1`); the programme has none.
    public var next: Period? {
        switch storage {
        case .quarter(let year, 4): .quarter(1, of: year + 1)
        case .quarter(let year, let quarter): .quarter(quarter + 1, of: year)
        case .year(let year): .year(year + 1)
        case .programme: nil
        }
    }

    /// The stable text form: `2026-Q3`, `2026` or `programme`. File names, the ledger and
    /// reports use it; ``init(parsing:)`` reads it back.
    public var description: String {
        switch storage {
        case .quarter(let year, let quarter): "\(year)-Q\(quarter)"
        case .year(let year): "\(year)"
        case .programme: "programme"
        }
    }

    /// Sort key: (year, 1–4 for a quarter, 5 for the year it closes); the programme is last.
    var orderKey: (Int, Int) {
        switch storage {
        case .quarter(let year, let quarter): (year, quarter)
        case .year(let year): (year, 5)
        case .programme: (Int.max, 0)
        }
    }

    public static func < (a: Period, b: Period) -> Bool { a.orderKey < b.orderKey }
}
