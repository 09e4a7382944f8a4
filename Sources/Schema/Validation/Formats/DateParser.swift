/// Dates as agencies type them: `15/07/2026` (the Vietnamese order, day first), `15-07-2026`,
/// `15.07.2026`, `5/7/2026`, and ISO `2026-07-15` (optionally followed by a time, as
/// exports write `2026-07-15 00:00:00` or `2026-07-15T00:00:00`).
///
/// Month-first American dates are not guessed: `07/15/2026` is not a date (month 15), and
/// `07/05/2026` is 7 May. Two-digit years are refused, since `01/02/03` has no safe reading.
enum DateParser {
    static func day(_ bytes: UnsafeRawBufferPointer) -> Day? {
        if bytes.count == 10, let day = dayMonthYear(bytes) { return day }
        var numbers = (0, 0, 0)
        var widths = (0, 0, 0)
        var part = 0
        var separator: UInt8 = 0
        var current = 0, width = 0, i = 0
        func store(_ part: Int, _ value: Int, _ width: Int) {
            switch part {
            case 0: numbers.0 = value; widths.0 = width
            case 1: numbers.1 = value; widths.1 = width
            default: numbers.2 = value; widths.2 = width
            }
        }
        while i < bytes.count {
            let b = bytes[i]
            if ByteText.isDigit(b) {
                current = current * 10 + Int(b &- 0x30)
                width += 1
                if width > 4 { return nil }
            } else if part < 2 && (b == 0x2F || b == 0x2D || b == 0x2E) {
                guard width > 0 else { return nil }
                if separator == 0 { separator = b } else if separator != b { return nil }
                store(part, current, width)
                part += 1
                current = 0; width = 0
            } else if part == 2 && width > 0 && (b == 0x20 || b == 0x54) {
                break  // a time part follows the date: ignore it
            } else {
                return nil
            }
            i += 1
        }
        guard width > 0, part == 2 else { return nil }
        store(2, current, width)
        if i < bytes.count && !timeIsValid(UnsafeRawBufferPointer(rebasing: bytes[(i + 1)...])) { return nil }
        if widths.0 == 4 && separator == 0x2D {
            guard widths.1 <= 2, widths.2 <= 2 else { return nil }
            return Day(year: numbers.0, month: numbers.1, day: numbers.2)
        }
        guard widths.0 <= 2, widths.1 <= 2, widths.2 == 4 else { return nil }
        return Day(year: numbers.2, month: numbers.1, day: numbers.0)
    }

    /// The common case, `dd/mm/yyyy` (or with `-` or `.`), read at fixed places; nil sends
    /// anything else to the general reading (which refuses what this refuses).
    @inline(__always)
    private static func dayMonthYear(_ bytes: UnsafeRawBufferPointer) -> Day? {
        let separator = bytes[2]
        guard bytes[5] == separator, separator == 0x2F || separator == 0x2D || separator == 0x2E else { return nil }
        @inline(__always) func digit(_ i: Int) -> Int? {
            let d = bytes[i] &- 0x30
            return d < 10 ? Int(d) : nil
        }
        guard let d0 = digit(0), let d1 = digit(1), let m0 = digit(3), let m1 = digit(4),
              let y0 = digit(6), let y1 = digit(7), let y2 = digit(8), let y3 = digit(9) else { return nil }
        return Day(year: y0 * 1000 + y1 * 100 + y2 * 10 + y3, month: m0 * 10 + m1, day: d0 * 10 + d1)
    }

    /// A time after the date: digits and colons (and a fraction), nothing else.
    private static func timeIsValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { ByteText.isDigit($0) || $0 == 0x3A || $0 == 0x2E || $0 == 0x5A }
    }
}
