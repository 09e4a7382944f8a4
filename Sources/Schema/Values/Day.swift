public import Tabular

/// A calendar day, as a count of days since 1970-01-01 (proleptic Gregorian).
///
/// Reporting works in whole days (cut-off dates, birth dates, registration dates); a day
/// has no time zone and compares and hashes as one integer.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var daysSince1970: Int32

    public init(daysSince1970: Int32) { self.daysSince1970 = daysSince1970 }

    /// The day `year-month-day`, or nil when the date does not exist (31/02, 29/02/2025).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= Day.daysIn(month: month, year: year) else { return nil }
        daysSince1970 = CivilDays.days(year: year, month: month, day: day)
            ?? Int32(ExcelDate.days(year: year, month: month, day: day))
    }

    /// Parses `YYYY-MM-DD` strictly (configuration files).
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var components: (year: Int, month: Int, day: Int) {
        guard let p = CivilDays.packed(daysSince1970) else { return ExcelDate.civil(fromDays: Int(daysSince1970)) }
        return (Int(p >> 9), Int(p >> 5 & 15), Int(p & 31))
    }
    public var year: Int { components.year }

    /// `2026-02-05`
    public var iso: String { ExcelDate.isoDate(days: Int(daysSince1970)) }
    /// `05/02/2026`, as Vietnamese documents write dates.
    public var vietnamese: String {
        let (y, m, d) = components
        return (d < 10 ? "0\(d)" : "\(d)") + "/" + (m < 10 ? "0\(m)" : "\(m)") + "/\(y)"
    }
    public var description: String { iso }

    public static func < (a: Day, b: Day) -> Bool { a.daysSince1970 < b.daysSince1970 }

    public func adding(days: Int) -> Day { Day(daysSince1970: daysSince1970 + Int32(days)) }

    /// The same calendar day `years` later; 29 February becomes 28 February in common years.
    public func adding(years: Int) -> Day {
        let (y, m, d) = components
        return Day(year: y + years, month: m, day: min(d, Day.daysIn(month: m, year: y + years)))
            ?? self
    }

    /// The same day `months` later (clamped to the month's last day).
    public func adding(months: Int) -> Day {
        let (y, m, d) = components
        let total = y * 12 + (m - 1) + months
        let ny = total / 12, nm = total % 12 + 1
        return Day(year: ny, month: nm, day: min(d, Day.daysIn(month: nm, year: ny))) ?? self
    }

    /// Full years from `self` (a birth date) to `other`: the age on that day.
    public func fullYears(until other: Day) -> Int {
        if let a = CivilDays.packed(daysSince1970), let b = CivilDays.packed(other.daysSince1970) {
            return Int(b >> 9) - Int(a >> 9) - (b & 511 < a & 511 ? 1 : 0)
        }
        let a = components, b = other.components
        var years = b.year - a.year
        if (b.month, b.day) < (a.month, a.day) { years -= 1 }
        return years
    }

    /// A Gregorian leap year: every fourth, but not the centuries other than every fourth.
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The calendar day of an Excel 1900-system serial (its whole part), or nil out of range.
    public init?(excelSerial: Double) {
        guard excelSerial.isFinite, let days = ExcelDate.daysSince1970(serial: Int(excelSerial.rounded(.down))) else {
            return nil
        }
        daysSince1970 = Int32(days)
    }
}
