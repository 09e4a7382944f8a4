/// Numbers as Vietnamese spreadsheets write them.
///
/// Vietnamese Excel writes `1.234.567` for a million and more and `12,5` for twelve and a
/// half; English Excel writes `1,234,567` and `12.5`. Both arrive in the same province. The
/// rules, in order:
/// - both `.` and `,` present: the last one is the decimal mark, the other groups thousands;
/// - one kind, several times (`1.234.567`): thousands;
/// - a single `.` followed by exactly three digits (`1.250`): thousands (Vietnamese style);
/// - otherwise a single `.` or `,` is the decimal mark (`12,5`, `0.75`).
/// Spaces and no-break spaces between digit groups are ignored. A trailing `%` is not accepted
/// here: a rate is computed, never read.
enum NumberParser {
    /// A whole number, or nil (also for a value with a non-zero fraction).
    static func integer(_ bytes: UnsafeRawBufferPointer) -> Int64? {
        // Fast path: plain digits with an optional sign.
        var i = 0, negative = false
        if bytes.count > 0 && (bytes[0] == 0x2D || bytes[0] == 0x2B) { negative = bytes[0] == 0x2D; i = 1 }
        if i < bytes.count && bytes.count - i <= 18 {
            var value: Int64 = 0, plain = true
            for j in i..<bytes.count {
                let d = bytes[j] &- 0x30
                if d >= 10 { plain = false; break }
                value = value * 10 + Int64(d)
            }
            if plain { return negative ? -value : value }
        }
        guard let x = number(bytes), x == x.rounded(), abs(x) < 9e15 else { return nil }
        return Int64(x)
    }

    /// A number, or nil.
    static func number(_ bytes: UnsafeRawBufferPointer) -> Double? {
        var digits: [UInt8] = []  // ASCII digits, sign and at most one '.' as decimal mark
        digits.reserveCapacity(bytes.count)
        var dots = 0, commas = 0, lastDot = -1, lastComma = -1
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x2E: dots += 1; lastDot = i
            case 0x2C: commas += 1; lastComma = i
            case 0x30...0x39, 0x2D, 0x2B, 0x20, 0x65, 0x45: break
            case 0xC2 where i + 1 < bytes.count && bytes[i + 1] == 0xA0: i += 1
            default: return nil
            }
            i += 1
        }
        var decimalAt = -1
        if dots > 0 && commas > 0 {
            decimalAt = max(lastDot, lastComma)
            if (decimalAt == lastDot && dots > 1) || (decimalAt == lastComma && commas > 1) { return nil }
        } else if dots == 1 {
            let after = bytes.count - lastDot - 1
            let digitsAfter = (lastDot + 1..<bytes.count).allSatisfy { ByteText.isDigit(bytes[$0]) }
            decimalAt = (after == 3 && digitsAfter && lastDot > 0) ? -1 : lastDot
        } else if commas == 1 {
            decimalAt = lastComma
        }
        i = 0
        while i < bytes.count {
            let b = bytes[i]
            if i == decimalAt {
                digits.append(0x2E)
            } else if ByteText.isDigit(b) || b == 0x2D || b == 0x2B || b == 0x65 || b == 0x45 {
                digits.append(b)
            }
            i += 1
        }
        guard !digits.isEmpty, digits.contains(where: ByteText.isDigit) else { return nil }
        guard let value = Double(String(decoding: digits, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }
}
