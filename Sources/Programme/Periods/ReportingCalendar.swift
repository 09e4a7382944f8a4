public import Schema

/// The days of every ``Period`` under the programme's rules: the period kind, the submission
/// deadline and the programme's own start and end.
///
/// ```
///                 decree-09                       calendar
///  2026-Q1   2025-12-15 … 2026-03-14        2026-01-01 … 2026-03-31
///  2026      2025-12-15 … 2026-12-14        2026-01-01 … 2026-12-31
///  deadline  cut-off + submissionDeadlineDays (the same rule for both kinds)
/// ```
///
/// The programme's quarters are named after the calendar quarters of its start and end
/// (2025-Q4 … 2026-Q4 for 18 Oct 2025 – 31 Dec 2026), under either kind. Under decree-09 the
/// days after the last cut-off (15–31 Dec 2026) belong to no programme quarter but do belong
/// to ``Period/programme``; `quarter(containing:)` still names them (2027-Q1).
public struct ReportingCalendar: Sendable, Hashable {
    public var kind: PeriodKind
    /// Days after a period's cut-off by which a submission is due (at least 1: Decree 09,
    /// Art. 8(5), wants a working day between cut-off and deadline).
    public var submissionDeadlineDays: Int
    public var programmeStart: Day
    public var programmeEnd: Day

    public init(kind: PeriodKind, submissionDeadlineDays: Int, programmeStart: Day, programmeEnd: Day) {
        self.kind = kind
        self.submissionDeadlineDays = submissionDeadlineDays
        self.programmeStart = programmeStart
        self.programmeEnd = programmeEnd
    }

    /// The first day whose data belongs to `period`.
    public func start(of period: Period) -> Day {
        switch period.storage {
        case .quarter(let year, let quarter):
            let firstMonth = 3 * (quarter - 1) + 1
            switch kind {
            case .calendar: return day(year, firstMonth, 1)
            case .decree09: return firstMonth == 1 ? day(year - 1, 12, 15) : day(year, firstMonth - 1, 15)
            }
        case .year(let year):
            switch kind {
            case .calendar: return day(year, 1, 1)
            case .decree09: return day(year - 1, 12, 15)
            }
        case .programme:
            return programmeStart
        }
    }

    /// The cut-off: the last day whose data belongs to `period`.
    public func end(of period: Period) -> Day {
        switch period.storage {
        case .quarter(let year, let quarter):
            let lastMonth = 3 * quarter
            switch kind {
            case .calendar: return day(year, lastMonth, Day.daysIn(month: lastMonth, year: year))
            case .decree09: return day(year, lastMonth, 14)
            }
        case .year(let year):
            switch kind {
            case .calendar: return day(year, 12, 31)
            case .decree09: return day(year, 12, 14)
            }
        case .programme:
            return programmeEnd
        }
    }

    /// The last day on which a submission for `period` is on time.
    public func deadline(of period: Period) -> Day {
        end(of: period).adding(days: submissionDeadlineDays)
    }

    /// Whether `day`'s data belongs to `period`.
    public func contains(_ period: Period, _ day: Day) -> Bool {
        start(of: period) <= day && day <= end(of: period)
    }

    /// The days from the programme's start to `period`'s cut-off: what "cumulative up to this
    /// quarter" counts.
    public func cumulative(through period: Period) -> ClosedRange<Day> {
        programmeStart...max(programmeStart, end(of: period))
    }

    /// The quarter whose data `day` belongs to. Under decree-09, 15 Dec 2025 is in 2026-Q1.
    public func quarter(containing day: Day) -> Period {
        var (year, month, dayOfMonth) = day.components
        if kind == .decree09 && dayOfMonth >= 15 {
            month += 1
            if month == 13 { month = 1; year += 1 }
        }
        // why: a Day's year is 1...9999 and the quarter 1...4; only years outside `Period.years`
        // fail, and those are clamped rather than trapping on a stray date.
        let clamped = min(max(year, Period.years.lowerBound), Period.years.upperBound)
        return Period(.quarter(year: clamped, quarter: (month - 1) / 3 + 1))
    }

    /// The reporting year `day` belongs to (under decree-09, 15 Dec 2025 is in 2026).
    public func year(containing day: Day) -> Period {
        let quarter = quarter(containing: day)
        return Period(.year(quarter.year ?? day.year))
    }

    /// The quarters the programme reports on, in order: from the calendar quarter of its start
    /// to the calendar quarter of its end (2025-Q4 … 2026-Q4).
    public var programmeQuarters: [Period] {
        let first = calendarQuarter(of: programmeStart), last = calendarQuarter(of: programmeEnd)
        var result: [Period] = []
        var current: Period? = first
        while let period = current, period <= last {
            result.append(period)
            current = period.next
        }
        return result
    }

    /// The years the programme reports on (2025, 2026).
    public var programmeYears: [Period] {
        (programmeStart.year...max(programmeStart.year, programmeEnd.year)).compactMap { Period.year($0) }
    }

    private func calendarQuarter(of day: Day) -> Period {
        let (year, month, _) = day.components
        let clamped = min(max(year, Period.years.lowerBound), Period.years.upperBound)
        return Period(.quarter(year: clamped, quarter: (month - 1) / 3 + 1))
    }

    /// A day this type computed from a valid period; never fails for years in `Period.years`.
    private func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
        guard let result = Day(year: year, month: month, day: day) else {
            preconditionFailure("hiendien bug: \(year)-\(month)-\(day) is not a day; please report it")
        }
        return result
    }
}
