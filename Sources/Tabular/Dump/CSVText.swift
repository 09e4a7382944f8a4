/// Cells written back as text: the `rows --csv` export and plain listings.
///
/// ``appendRecord(_:to:)`` is the fast path: it copies a text cell's UTF-8 bytes straight from
/// the row's storage into the output, and formats whole numbers digit by digit, so a row of
/// text and integers costs no `String` at all. ``record(_:)`` and ``plain(_:_:)`` build
/// strings for the few callers that want one (templates, listings).
public enum CSVText {
    /// A cell as plain text: text as is, numbers in their shortest form (`15` not `15.0`),
    /// dates in ISO 8601, booleans TRUE/FALSE, errors as their literal.
    public static func plain(_ row: borrowing Row, _ index: Int) -> String {
        let cell = row[index]
        switch cell.kind {
        case .text, .error: return row.text(index)
        default:
            var bytes: [UInt8] = []
            appendValue(cell, to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// One record of RFC 4180 CSV: fields quoted when they hold a comma, quote or line end.
    public static func record(_ row: borrowing Row) -> String {
        var bytes: [UInt8] = []
        appendRecord(row, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends one record of RFC 4180 CSV (without its line end) to `out`.
    ///
    /// - Complexity: O(bytes of the row); allocates only when `out` grows.
    public static func appendRecord(_ row: borrowing Row, to out: inout [UInt8]) {
        let count = row.count
        row.withStorage { cells, storage in
            for i in 0..<count {
                if i > 0 { out.append(.comma) }
                let cell = cells[i]
                switch cell.kind {
                case .empty: continue
                case .text, .error:
                    appendField(UnsafeRawBufferPointer(rebasing: storage[cell.textRange]), to: &out)
                default:
                    appendValue(cell, to: &out)
                }
            }
        }
    }

    /// A field quoted as RFC 4180 §2 requires.
    public static func field(_ text: String) -> String {
        var text = text
        var out: [UInt8] = []
        text.withUTF8 { appendField(UnsafeRawBufferPointer($0), to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `utf8` as a CSV field, quoted when it holds a comma, a quote, a CR or a LF.
    /// The test is on bytes: Swift reads "\r\n" as one `Character`, which a check for the
    /// `Character` "\n" would miss.
    @inline(__always)
    static func appendField(_ utf8: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        var needsQuotes = false
        for b in utf8 where b == .comma || b == .quote || b == .lineFeed || b == .carriageReturn {
            needsQuotes = true
            break
        }
        guard needsQuotes else {
            out.append(contentsOf: utf8)
            return
        }
        out.append(.quote)
        for b in utf8 {
            if b == .quote { out.append(.quote) }
            out.append(b)
        }
        out.append(.quote)
    }

    /// Appends the plain text of a cell that holds no text (number, boolean, date, duration).
    static func appendValue(_ cell: Cell, to out: inout [UInt8]) {
        switch cell.kind {
        case .empty, .text, .error: return
        case .boolean: out.append(contentsOf: cell.number != 0 ? "TRUE".utf8 : "FALSE".utf8)
        case .number:
            if cell.number == cell.number.rounded(), abs(cell.number) < 1e15 {
                appendInteger(Int64(cell.number), to: &out)
            } else {
                out.append(contentsOf: "\(cell.number)".utf8)
            }
        case .date, .dateTime, .time:
            out.append(contentsOf: (ExcelDate.isoText(serial: cell.number) ?? "\(cell.number)").utf8)
        case .duration: out.append(contentsOf: ExcelDate.durationText(days: cell.number).utf8)
        }
    }

    /// Appends the decimal digits of `value`.
    @inline(__always)
    static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64) = (0, 0)
        var count = 0
        // At most 16 digits here (|value| < 1e15): two UInt64 hold them as bytes, no array.
        repeat {
            let d = UInt64(48 + magnitude % 10)
            if count < 8 { digits.0 |= d << (8 * UInt64(count)) } else { digits.1 |= d << (8 * UInt64(count - 8)) }
            magnitude /= 10
            count += 1
        } while magnitude > 0
        while count > 0 {
            count -= 1
            let d = count < 8 ? digits.0 >> (8 * UInt64(count)) : digits.1 >> (8 * UInt64(count - 8))
            out.append(UInt8(truncatingIfNeeded: d))
        }
    }
}
