/// What a cell's number format says its number is: a plain number, a date, a time, a date
/// and time, or an elapsed duration.
///
/// Only the format decides: SpreadsheetML stores dates as plain serial numbers
/// (ECMA-376 Part 1 §18.17.4), and a cell is a date when its style's `numFmtId` is a built-in
/// date format (§18.8.30) or a custom format code with date or time letters.
enum NumberFormat {
    /// The kind of a built-in format id, or nil when the id is not a date or time.
    static func builtInKind(_ id: Int) -> Cell.Kind? {
        switch id {
        case 14...17: .date
        case 18...21, 45, 47: .time
        case 22: .dateTime
        case 46: .duration
        // East Asian built-ins (ja, zh, ko locales) are dates.
        case 27...36, 50...58: .date
        default: nil
        }
    }

    /// Classifies a format code: letters `y`, `d` (date), `h`, `s`, `AM/PM` (time), `m`
    /// (month, or minutes next to `h` or `s`) count only outside quotes, `\`-escapes, `_x`
    /// and `*x` pairs and `[...]` sections (`[Red]`, `[$-409]`), and only in the first
    /// section (before `;`). `[h]`, `[m]` or `[s]` make an elapsed duration.
    static func kind(ofCode code: String) -> Cell.Kind {
        var date = false
        var time = false
        var month = false
        var elapsed = false
        var bytes = Array(code.utf8)
        bytes = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: ";"): i = bytes.count; continue
            case .quote:
                i += 1
                while i < bytes.count && bytes[i] != .quote { i += 1 }
            case UInt8(ascii: "\\"), .underscore, UInt8(ascii: "*"):
                i += 1
            case UInt8(ascii: "["):
                var j = i + 1
                while j < bytes.count && bytes[j] != UInt8(ascii: "]") { j += 1 }
                let inside = bytes[(i + 1)..<min(j, bytes.count)]
                if let first = inside.first, [UInt8(ascii: "h"), UInt8(ascii: "m"), UInt8(ascii: "s")].contains(first),
                   inside.allSatisfy({ $0 == first }) {
                    elapsed = true
                }
                i = j
            case UInt8(ascii: "y"), UInt8(ascii: "d"): date = true
            case UInt8(ascii: "h"), UInt8(ascii: "s"): time = true
            case UInt8(ascii: "m"): month = true
            case UInt8(ascii: "a"):
                let rest = bytes[i...]
                if rest.starts(with: Array("am/pm".utf8)) || rest.starts(with: Array("a/p".utf8)) { time = true }
            case UInt8(ascii: "g"):
                // "General" (and "g" era letters in a few locales) are not dates.
                if bytes[i...].starts(with: Array("general".utf8)) { i += 6 }
            default: break
            }
            i += 1
        }
        if elapsed { return .duration }
        if month && !time { date = true }
        switch (date, time) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        default: return .number
        }
    }
}
