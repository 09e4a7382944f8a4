/// CSV as Excel opens it correctly with Vietnamese text: UTF-8 with a byte-order mark, CR LF
/// line ends, and fields quoted as RFC 4180 §2 requires.
///
/// Without the BOM, Excel on Windows reads UTF-8 as the ANSI code page and "Thái Nguyên"
/// becomes mojibake; with it, every Excel since 2007 detects UTF-8.
enum CSVWriter {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The file: BOM, then each record ended by CR LF (RFC 4180 §2.1, including the last one).
    static func bytes(_ records: [[String]]) -> [UInt8] {
        var out = byteOrderMark
        for record in records {
            out += Array(record.map(field).joined(separator: ",").utf8)
            out += [0x0D, 0x0A]
        }
        return out
    }

    /// A field, quoted when it holds a comma, a quote or a line end, with quotes doubled
    /// (RFC 4180 §2.6–2.7).
    ///
    /// Text that Excel would run as a formula (`=`, `+`, `-`, `@` first, as in a hostile file name
    /// or narrative) gets a leading apostrophe, OWASP's defence against CSV injection. Numbers
    /// (`-3`, `0.5220`) are left alone.
    static func field(_ text: String) -> String {
        var text = text
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isNumber(text) {
            text = "'" + text
        }
        // why: "\r\n" is one Character, so test isNewline rather than "\n" and "\r".
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        // Line ends inside a field become CR LF too, so the file has no bare LF anywhere.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let quoted = lines.map { $0.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") }
        return "\"" + quoted.joined(separator: "\r\n") + "\""
    }

    private static func isNumber(_ text: String) -> Bool {
        var digits = 0, points = 0
        for (i, u) in text.utf8.enumerated() {
            switch u {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "-") where i == 0: continue
            case UInt8(ascii: "."): points += 1
            default: return false
            }
        }
        return digits > 0 && points <= 1
    }

    /// A report as CSV: its tables one after another, each under a title row, and what the
    /// agencies wrote as (sender, text) rows. Every record has the same number of fields.
    static func bytes(_ document: ReportDocument) -> [UInt8] {
        var records: [[String]] = [[document.title + " " + document.subtitle], [document.placeAndDate], []]
        for section in document.body + document.appendices {
            records.append([section.heading])
            for block in section.blocks {
                switch block {
                case .table(let table):
                    records.append([table.caption])
                    records.append(table.columns.map(\.title))
                    records += table.rows.map { $0.cells.map(\.csv) }
                    records.append([])
                case .quote(let sender, let texts):
                    records += texts.map { [sender, $0] }
                case .subheading(let text):
                    records.append([text])
                case .paragraph, .chart:
                    break
                }
            }
            records.append([])
        }
        let width = records.map(\.count).max() ?? 1
        return bytes(records.map { $0 + Array(repeating: "", count: width - $0.count) })
    }
}
