/// Excel date serials ↔ calendar dates, in the 1900 date system.
///
/// Serial 1 is 1900-01-01. Excel keeps Lotus 1-2-3's bug of a 29 February 1900 (serial 60), so
/// serials from 61 on are one day ahead of a true count; serials below 61 are read as Excel
/// shows them. A workbook in the 1904 system is shifted to this one by its reader
/// (``serial1900(from1904:)``: +1462 days, times of day unchanged).
/// ECMA-376 Part 1 §18.17.4.1.
public enum ExcelDate {
    /// Days from 1970-01-01 to the calendar day that a whole serial names (nil when out of
    /// Excel's range 1…2958465, 9999-12-31).
    public static func daysSince1970(serial: Int) -> Int? {
        guard serial >= 1 && serial <= 2_958_465 else { return nil }
        // 1899-12-31 is day -25568 from 1970; serial 60 is the phantom 1900-02-29.
        if serial < 60 { return serial - 25568 }
        if serial == 60 { return nil }
        return serial - 25569
    }

    /// The serial of a calendar day given as days since 1970-01-01.
    public static func serial(daysSince1970 days: Int) -> Int {
        let serial = days + 25569
        return serial <= 60 ? serial - 1 : serial
    }

    /// Year, month and day of a day count since 1970-01-01 (proleptic Gregorian).
    public static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        // Howard Hinnant's days-from-civil inverse, on integers.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// Days since 1970-01-01 of a calendar date (proleptic Gregorian); no range check.
    public static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The serial in the 1900 system of a number from a workbook in the 1904 system: dates
    /// move by 1462 days; a value below 1 is a time of day and stays as it is (a 1904 serial 0
    /// is 00:00:00, not 1904-01-01), as calamine and Excel read it.
    @inlinable
    public static func serial1900(from1904 value: Double) -> Double {
        value < 1 ? value : value + 1462
    }

    /// The ISO 8601 text of a date, time or date-time serial, as the conformance corpus
    /// (../shared/xlsx-corpus/README.md) and Python's `isoformat` spell it:
    /// - a whole serial is a date, "2021-01-31";
    /// - a serial below 1 is a time of day, "13:45:00"; a negative serial is the time of its
    ///   fractional part (-1.2 is "19:12:00"), as calamine reads it (Excel shows `####`);
    /// - anything else is "2021-01-31T13:45:00".
    /// Time is kept to the millisecond (Excel's own precision) and fractional seconds are
    /// written with six digits, "13:03:21.600000", only when they are not zero.
    /// Serials below 61 follow Excel's 1900 leap-year bug (1 is 1900-01-01, counted from
    /// 1899-12-31), and the phantom 1900-02-29 (serial 60), which no calendar has, reads as
    /// 1900-02-28, as calamine (the corpus's XLSX reference) gives it. Nil when the serial is
    /// past 9999-12-31 (2958465) or not finite: the caller keeps the number.
    public static func isoText(serial: Double) -> String? {
        guard serial.isFinite, serial < 2_958_466 else { return nil }
        let dayMilliseconds: Int64 = 86_400_000
        let total = Int64((serial * Double(dayMilliseconds)).rounded())
        if serial < 1 {
            let ms = ((total % dayMilliseconds) + dayMilliseconds) % dayMilliseconds
            return timeText(milliseconds: ms)
        }
        let whole = Int(total / dayMilliseconds)
        let ms = total % dayMilliseconds
        // 1…59 count from 1899-12-31; from 60 on from 1899-12-30, so the phantom 60 is 02-28.
        let days = whole < 60 ? whole - 25568 : whole - 25569
        let date = isoDate(days: days)
        return ms == 0 ? date : date + "T" + timeText(milliseconds: ms)
    }

    /// An ISO 8601 duration in seconds, "PT5400S", for a length in days: kept to the
    /// millisecond ("PT36610.1S"), negative lengths with a sign ("PT-103680S"), as the corpus
    /// writes durations.
    public static func durationText(days: Double) -> String {
        guard days.isFinite, abs(days) < 1e9 else { return "PT\(days * 86400)S" }
        let ms = Int64((days * 86_400_000).rounded())
        let sign = ms < 0 ? "-" : ""
        let magnitude = ms.magnitude
        var text = "PT" + sign + String(magnitude / 1000)
        let fraction = magnitude % 1000
        if fraction != 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 3 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text + "S"
    }

    /// "HH:MM:SS", or "HH:MM:SS.ffffff" when the milliseconds are not zero.
    static func timeText(milliseconds ms: Int64) -> String {
        let seconds = Int(ms / 1000)
        var text = "\(pad2(seconds / 3600)):\(pad2(seconds / 60 % 60)):\(pad2(seconds % 60))"
        let fraction = Int(ms % 1000)
        if fraction != 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: 3 - digits.count) + digits + "000"
        }
        return text
    }

    /// "YYYY-MM-DD" for a day count since 1970-01-01.
    public static func isoDate(days: Int) -> String {
        let (y, m, d) = civil(fromDays: days)
        return "\(pad4(y))-\(pad2(m))-\(pad2(d))"
    }

    static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    static func pad4(_ n: Int) -> String {
        let s = String(n)
        return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
    }
}
