/// How a CSV file separates its fields.
///
/// RFC 4180 fixes the quote (`"`, doubled inside a quoted field) and allows CRLF, LF or CR line
/// ends, which the tokenizer accepts in any mix. Only the delimiter varies in practice: Excel in a
/// Vietnamese locale writes `;` (the comma is the decimal separator there) and "Unicode Text" uses
/// a tab.
public struct CSVDialect: Sendable, Hashable {
    public var delimiter: UInt8

    public init(delimiter: UInt8) { self.delimiter = delimiter }

    public static let comma = CSVDialect(delimiter: .comma)
    public static let semicolon = CSVDialect(delimiter: .semicolon)
    public static let tab = CSVDialect(delimiter: .tab)

    /// The delimiter as text, for messages ("," ";" "tab").
    public var delimiterName: String {
        delimiter == .tab ? "tab" : String(UnicodeScalar(delimiter))
    }

    /// Guesses the delimiter from the first lines of a file (UTF-8 bytes).
    ///
    /// For each candidate it counts the delimiters outside quotes on each of the first 20 lines
    /// and prefers the one whose count is the same, and above zero, on the most lines; ties go to
    /// the larger count, then to the comma. A file with a single column gets the comma.
    public static func sniff(_ sample: UnsafeRawBufferPointer) -> CSVDialect {
        let candidates: [UInt8] = [.comma, .semicolon, .tab, UInt8(ascii: "|")]
        var lineCounts: [[Int]] = Array(repeating: [], count: candidates.count)
        var current = [Int](repeating: 0, count: candidates.count)
        var inQuotes = false
        var i = 0
        var lines = 0
        while i < sample.count && lines < 20 {
            let b = sample[i]
            if b == .quote {
                inQuotes.toggle()
            } else if !inQuotes && (b == .lineFeed || b == .carriageReturn) {
                if b == .carriageReturn && i + 1 < sample.count && sample[i + 1] == .lineFeed { i += 1 }
                for k in candidates.indices { lineCounts[k].append(current[k]); current[k] = 0 }
                lines += 1
            } else if !inQuotes, let k = candidates.firstIndex(of: b) {
                current[k] += 1
            }
            i += 1
        }
        if lines == 0 || (i >= sample.count && current.contains(where: { $0 > 0 })) {
            for k in candidates.indices where lines < 20 { lineCounts[k].append(current[k]) }
        }
        var best = (score: 0, count: 0, index: 0)
        for k in candidates.indices {
            var frequency: [Int: Int] = [:]
            for c in lineCounts[k] where c > 0 { frequency[c, default: 0] += 1 }
            guard let mode = frequency.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { continue }
            if (mode.value, mode.key) > (best.score, best.count) { best = (mode.value, mode.key, k) }
        }
        return CSVDialect(delimiter: candidates[best.index])
    }
}
