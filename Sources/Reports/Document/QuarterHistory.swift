import Schema

/// Registrations per quarter, from a cohort's registrations by month, against the straight path
/// from 0 at the programme start to the target at the programme end.
///
/// Quarters are calendar quarters (January–March, …): the consolidation carries months, not the
/// configured period kind's cut-off days, so under Decree 09/2019 cut-offs a quarter here can
/// differ from the reporting quarter by up to half a month. Months before the programme start
/// are counted in the first quarter (names registered before the plan still count towards
/// the target); months after the programme end are not shown.
///
///     path(day) = ⌊target × (day − start) / (end − start)⌋
struct QuarterHistory: Hashable {
    struct Quarter: Hashable {
        var year: Int
        var quarter: Int
        /// The quarter's last day, or the programme end if earlier.
        var end: Day
        /// Registrations in the quarter; nil for a quarter that starts after the cut-off.
        var added: Int?
        /// Cumulative registrations at the quarter's end (or at the cut-off); nil after the cut-off.
        var cumulative: Int?
        /// Where the straight path stands at `end`; nil without a target.
        var path: Int?
    }

    var quarters: [Quarter]
    var target: Int?

    /// - Parameter byMonth: `2026-07` → registrations, as the consolidation counts them.
    static func build(byMonth: [String: Int], target: Int?, start: Day, end: Day, cutOff: Day) -> QuarterHistory {
        var counts: [Int: Int] = [:]  // year × 4 + quarter − 1 → registrations
        let (startYear, startMonth, _) = start.components
        let first = startYear * 4 + (startMonth - 1) / 3
        for (key, n) in byMonth {
            let parts = key.split(separator: "-")
            guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { continue }
            counts[max(first, y * 4 + (m - 1) / 3), default: 0] += n
        }
        let (endYear, endMonth, _) = end.components
        let last = endYear * 4 + (endMonth - 1) / 3
        let span = Int(end.daysSince1970) - Int(start.daysSince1970)
        var quarters: [Quarter] = []
        var total = 0
        if first <= last {
            for index in first...last {
                let year = index / 4, q = index % 4 + 1
                let lastMonth = q * 3
                let quarterEnd = min(end, Day(year: year, month: lastMonth, day: Day.daysIn(month: lastMonth, year: year)) ?? end)
                let quarterStart = Day(year: year, month: lastMonth - 2, day: 1) ?? quarterEnd
                var quarter = Quarter(year: year, quarter: q, end: quarterEnd)
                if quarterStart <= cutOff || index == first {
                    let added = counts[index] ?? 0
                    total += added
                    quarter.added = added
                    quarter.cumulative = total
                }
                if let target, span > 0 {
                    let days = Int(min(quarterEnd, end).daysSince1970) - Int(start.daysSince1970)
                    quarter.path = target * max(0, days) / span
                }
                quarters.append(quarter)
            }
        }
        return QuarterHistory(quarters: quarters, target: target)
    }
}
