/// Writes sheets as the JSON that `hiendien rows --json` prints:
///
/// ```
/// {"sheets":[{"name":"…","visible":"visible|hidden|veryhidden","rows":[[cell, …], …]}]}
/// ```
/// Cells: strings, numbers, booleans, `null` for empty, dates and times as ISO 8601 strings,
/// durations as `"PT5400S"`, error cells as `"#ERR:<literal>"` (the encoding of the conformance
/// corpus, ../shared/xlsx-corpus/README.md). Row `i` of the output is the sheet's row `i + 1`:
/// rows the file skips are written as `[]`, and trailing empty cells are dropped.
///
/// The writer streams: it emits text through `emit` a row at a time and keeps nothing.
public struct SheetJSONWriter {
    let emit: (String) -> Void

    public init(emit: @escaping (String) -> Void) { self.emit = emit }

    /// Writes every sheet of `reader` (hidden ones too, marked as such; chart sheets with no rows).
    public func write(_ reader: any WorkbookReader, sheets: [SheetInfo]? = nil) throws {
        emit("{\"sheets\":[")
        for (n, sheet) in (sheets ?? reader.sheets).enumerated() {
            if n > 0 { emit(",") }
            emit("{\"name\":" + Self.quoted(sheet.name) + ",\"visible\":\"" + sheet.visibility.rawValue
                 + "\",\"type\":\"" + sheet.kind.rawValue + "\",\"rows\":[")
            if sheet.kind == .worksheet {
                var next = 1
                try reader.forEachRow(inSheet: sheet.index) { row in
                    guard row.number >= next else { return true }
                    while next < row.number {
                        emit(next == 1 ? "[]" : ",[]")
                        next += 1
                    }
                    emit((next == 1 ? "" : ",") + Self.render(row))
                    next += 1
                    return true
                }
            }
            emit("]}")
        }
        emit("]}\n")
    }

    /// One row as a JSON array, trailing empty cells dropped.
    public static func render(_ row: borrowing Row) -> String {
        var last = row.count - 1
        while last >= 0 && row[last].kind == .empty { last -= 1 }
        var out = "["
        if last >= 0 {
            for i in 0...last {
                if i > 0 { out += "," }
                out += renderCell(row, i)
            }
        }
        return out + "]"
    }

    static func renderCell(_ row: borrowing Row, _ i: Int) -> String {
        let cell = row[i]
        switch cell.kind {
        case .empty: return "null"
        case .text: return quoted(row.text(i))
        case .error: return quoted("#ERR:" + row.text(i))
        case .boolean: return cell.number != 0 ? "true" : "false"
        case .number: return number(cell.number)
        case .date, .dateTime, .time:
            if let iso = ExcelDate.isoText(serial: cell.number) { return quoted(iso) }
            return number(cell.number)
        case .duration:
            return quoted(ExcelDate.durationText(days: cell.number))
        }
    }

    /// A finite number as JSON (`15.0`, `0.1`, `1e-07`); non-finite numbers become null.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        return "\(value)"
    }

    /// A JSON string literal (RFC 8259 §7).
    public static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
