public import Tabular

/// Year, month and day of every day of 1900–2099, computed once: the age and birth-year rules
/// ask for them three times a row, and the arithmetic (``ExcelDate/civil(fromDays:)``, with its
/// eras and divisions) was 4% of validating a register (perf). Days outside the table, which
/// no register of living people holds, use the arithmetic.
enum CivilDays {
    /// 1900-01-01, as days since 1970-01-01.
    static let first = -25_567
    /// The days of 1900 through 2099.
    static let count = 73_049

    /// `year << 9 | month << 5 | day`, one per day from ``first``: the low nine bits order a
    /// year's days, so comparing them compares (month, day). Written once by its initializer
    /// (which Swift runs once, thread-safely), only read after: safe to share between threads.
    nonisolated(unsafe) private static let table: UnsafePointer<UInt32> = {
        let table = UnsafeMutablePointer<UInt32>.allocate(capacity: count)  // lives as long as the process
        var (y, m, d) = (1900, 1, 1)
        for index in 0..<count {
            table[index] = UInt32(y << 9 | m << 5 | d)
            d += 1
            if d > Day.daysIn(month: m, year: y) {
                d = 1
                m += 1
                if m > 12 { m = 1; y += 1 }
            }
        }
        return UnsafePointer(table)
    }()

    /// Days since 1970-01-01 of 1 January of each year of 1900–2100.
    nonisolated(unsafe) private static let yearStarts: UnsafePointer<Int32> = {
        let starts = UnsafeMutablePointer<Int32>.allocate(capacity: 201)  // lives as long as the process
        var days = first
        for index in 0...200 {
            starts[index] = Int32(days)
            let year = 1900 + index
            days += Day.isLeap(year) ? 366 : 365
        }
        return UnsafePointer(starts)
    }()

    /// Days since 1970-01-01 of a valid date of 1900–2099, or nil for another year (the
    /// caller then uses the arithmetic). `month` and `day` must already be checked.
    @inline(__always)
    static func days(year: Int, month: Int, day: Int) -> Int32? {
        let index = year - 1900
        guard index >= 0 && index < 200 else { return nil }
        // Days before the month in a common year: 0, 31, then March–December by the
        // 153-days-a-five-months rule (31+30+31+30+31).
        let beforeMonth = month <= 2 ? Int32(31 * (month - 1)) : Int32((153 * (month - 3) + 2) / 5 + 59)
        // A leap year's extra day is the gap between its start and the next year's, less 365.
        let leapDay: Int32 = month > 2 ? yearStarts[index + 1] - yearStarts[index] - 365 : 0
        return yearStarts[index] + beforeMonth + leapDay + Int32(day - 1)
    }

    /// The packed day (see ``table``), or nil outside 1900–2099.
    @inline(__always)
    static func packed(_ daysSince1970: Int32) -> UInt32? {
        let index = Int(daysSince1970) - first
        guard index >= 0 && index < count else { return nil }
        return table[index]
    }
}
