/// Excel date serials ↔ calendar dates, in the 1900 date system.
///
/// Serial 1 is 1900-01-01. Excel keeps Lotus 1-2-3's bug of a 29 February 1900 (serial 60), so
/// serials from 61 on are one day ahead of a true count; serials below 61 are read as Excel
/// shows them. A workbook in the 1904 system is shifted to this one by its reader (+1462).
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

    /// The ISO 8601 text of a date, time or date-time serial, as the conformance corpus
    /// spells it: "2021-01-31", "13:45:00" (serial below 1), "2021-01-31T13:45:00".
    /// Seconds are rounded to the nearest whole second. Nil when the date is out of range.
    public static func isoText(serial: Double) -> String? {
        guard serial.isFinite, serial >= 0 else { return nil }
        var whole = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(whole)) * 86400).rounded())
        if seconds >= 86400 { whole += 1; seconds -= 86400 }
        let time = "\(pad2(seconds / 3600)):\(pad2(seconds / 60 % 60)):\(pad2(seconds % 60))"
        if whole == 0 { return time }
        let date: String
        if whole == 60 {
            date = "1900-02-29"
        } else {
            guard let days = daysSince1970(serial: whole) else { return nil }
            date = isoDate(days: days)
        }
        return seconds == 0 && serial == serial.rounded(.down) ? date : date + "T" + time
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
