/// Cells written back as text: the `rows --csv` export and plain listings.
public enum CSVText {
    /// A cell as plain text: text as is, numbers in their shortest form (`15` not `15.0`),
    /// dates in ISO 8601, booleans TRUE/FALSE, errors as their literal.
    public static func plain(_ row: borrowing Row, _ index: Int) -> String {
        let cell = row[index]
        switch cell.kind {
        case .empty: return ""
        case .text, .error: return row.text(index)
        case .boolean: return cell.number != 0 ? "TRUE" : "FALSE"
        case .number:
            if cell.number == cell.number.rounded(), abs(cell.number) < 1e15 { return String(Int64(cell.number)) }
            return "\(cell.number)"
        case .date, .dateTime, .time: return ExcelDate.isoText(serial: cell.number) ?? "\(cell.number)"
        case .duration: return "PT\(Int((cell.number * 86400).rounded()))S"
        }
    }

    /// One record of RFC 4180 CSV: fields quoted when they hold a comma, quote or line end.
    public static func record(_ row: borrowing Row) -> String {
        (0..<row.count).map { field(plain(row, $0)) }.joined(separator: ",")
    }

    /// A field quoted as RFC 4180 §2 requires.
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
