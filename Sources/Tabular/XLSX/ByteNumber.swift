#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers parsed straight from the bytes of a `<v>` element, without making a `String`.
///
/// The fast path is exact: a decimal with at most 15 significant digits and a power of ten
/// up to 10^22 is one correctly rounded multiplication or division (Clinger's fast path), and
/// that covers almost every value a spreadsheet stores. Anything else goes to `strtod`.
enum ByteNumber {
    private static let powersOfTen: [Double] = (0...22).map { pow(10.0, Double($0)) }

    /// The value of a decimal number (`-12.5`, `1E-3`, `  7 `), or nil when the bytes are not one.
    static func double(_ bytes: UnsafeRawBufferPointer) -> Double? {
        var i = 0
        var n = bytes.count
        while i < n && bytes[i] == .space { i += 1 }
        while n > i && bytes[n - 1] == .space { n -= 1 }
        guard i < n else { return nil }
        let start = i
        var negative = false
        if bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 } else if bytes[i] == UInt8(ascii: "+") { i += 1 }
        var mantissa: UInt64 = 0
        var significant = 0
        var exponent = 0
        var sawDigit = false
        var exact = true
        while i < n, case let d = bytes[i] &- 48, d < 10 {
            sawDigit = true
            if mantissa == 0 && d == 0 { i += 1; continue }
            if significant < 19 { mantissa = mantissa &* 10 &+ UInt64(d); significant += 1 } else { exponent += 1; if d != 0 { exact = false } }
            i += 1
        }
        if i < n && bytes[i] == UInt8(ascii: ".") {
            i += 1
            while i < n, case let d = bytes[i] &- 48, d < 10 {
                sawDigit = true
                if mantissa == 0 && d == 0 { exponent -= 1; i += 1; continue }
                if significant < 19 { mantissa = mantissa &* 10 &+ UInt64(d); significant += 1; exponent -= 1 } else if d != 0 { exact = false }
                i += 1
            }
        }
        guard sawDigit else { return nil }
        if i < n && (bytes[i] | 0x20) == UInt8(ascii: "e") {
            i += 1
            var expNegative = false
            if i < n && (bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+")) { expNegative = bytes[i] == UInt8(ascii: "-"); i += 1 }
            var e = 0
            var sawExp = false
            while i < n, case let d = bytes[i] &- 48, d < 10 {
                sawExp = true
                if e < 100_000 { e = e * 10 + Int(d) }
                i += 1
            }
            guard sawExp else { return nil }
            exponent += expNegative ? -e : e
        }
        guard i == n else { return nil }
        if mantissa == 0 { return negative ? -0.0 : 0 }
        if exact && mantissa < (1 << 53) && exponent >= -22 && exponent <= 22 {
            var value = Double(mantissa)
            value = exponent >= 0 ? value * powersOfTen[exponent] : value / powersOfTen[-exponent]
            return negative ? -value : value
        }
        return slowDouble(UnsafeRawBufferPointer(rebasing: bytes[start..<n]))
    }

    private static func slowDouble(_ bytes: UnsafeRawBufferPointer) -> Double? {
        guard bytes.count < 400 else { return nil }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: bytes.count + 1) { text in
            for (k, b) in bytes.enumerated() { text[k] = CChar(bitPattern: b) }
            text[bytes.count] = 0
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(text.baseAddress!, &end)
            guard let end, end == text.baseAddress! + bytes.count else { return nil }
            return value
        }
    }

    /// A non-negative decimal integer (a shared-string index, a style index), or nil.
    @inline(__always)
    static func index(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value = 0
        for b in bytes {
            let d = b &- 48
            guard d < 10 else { return nil }
            value = value * 10 + Int(d)
        }
        return value
    }

    /// The column index (0 = A) of a cell reference such as `AB12`, or nil.
    @inline(__always)
    static func column(ofReference bytes: UnsafeRawBufferPointer) -> Int? {
        var column = 0
        var letters = 0
        for b in bytes {
            let upper = b & 0xDF
            guard upper >= UInt8(ascii: "A") && upper <= UInt8(ascii: "Z") else { break }
            letters += 1
            guard letters <= 7 else { return nil }
            column = column * 26 + Int(upper - UInt8(ascii: "A") + 1)
        }
        guard letters > 0 else { return nil }
        return column - 1
    }

    /// The Excel serial (1900 system) and kind of an ISO 8601 `t="d"` value (ECMA-376 Part 1
    /// §18.17.4): `2021-01-31`, `2021-01-31T13:45:00(.000)`, or a bare time `13:45:00`.
    /// A value with a time zone (`Z`, `+07:00`) has no serial (a serial is local time, and
    /// Excel writes none): nil, so the reader keeps the text, as calamine does.
    static func isoSerial(_ bytes: UnsafeRawBufferPointer) -> (Double, Cell.Kind)? {
        let text = Array(bytes)
        var i = 0
        func number(_ width: Int) -> Int? {
            guard i + width <= text.count else { return nil }
            var v = 0
            for k in i..<(i + width) {
                let d = text[k] &- 48
                guard d < 10 else { return nil }
                v = v * 10 + Int(d)
            }
            i += width
            return v
        }
        func expect(_ c: Character) -> Bool {
            guard i < text.count, text[i] == c.asciiValue! else { return false }
            i += 1
            return true
        }
        var days: Int?
        if text.count >= 10 && text[4] == UInt8(ascii: "-") {
            guard let y = number(4), expect("-"), let m = number(2), expect("-"), let d = number(2),
                  (1...12).contains(m), (1...31).contains(d) else { return nil }
            let dayCount = ExcelDate.days(year: y, month: m, day: d)
            days = dayCount
            guard expect("T") || expect(" ") else { return i == text.count ? (Double(ExcelDate.serial(daysSince1970: dayCount)), .date) : nil }
        }
        guard let h = number(2), expect(":"), let mi = number(2) else { return nil }
        var s = 0.0
        if expect(":") {
            guard let whole = number(2) else { return nil }
            s = Double(whole)
            if expect(".") {
                var scale = 0.1
                while i < text.count, case let d = text[i] &- 48, d < 10 { s += Double(d) * scale; scale /= 10; i += 1 }
            }
        }
        guard i == text.count else { return nil }
        let fraction = (Double(h * 3600 + mi * 60) + s) / 86400
        guard let days else { return (fraction, .time) }
        return (Double(ExcelDate.serial(daysSince1970: days)) + fraction, .dateTime)
    }
}
