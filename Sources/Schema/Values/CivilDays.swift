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

    /// The packed day (see ``table``), or nil outside 1900–2099.
    @inline(__always)
    static func packed(_ daysSince1970: Int32) -> UInt32? {
        let index = Int(daysSince1970) - first
        guard index >= 0 && index < count else { return nil }
        return table[index]
    }
}
