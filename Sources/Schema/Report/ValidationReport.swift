/// Writes ``FileReport``s for people (text) and for programs (JSON).
///
/// The text report reads like frictionless-py's: a verdict per file, a summary by finding
/// code, then each finding with its place, message and what to do. The JSON shape is
/// documented in README ("Validation report, JSON") and versioned.
public struct ValidationReport: Sendable {
    public let renderer: FindingRenderer

    public init(catalogue: FindingCatalogue, language: Language) {
        renderer = FindingRenderer(catalogue: catalogue, language: language)
    }

    var vi: Bool { renderer.language == .vi }

    /// `1.234` in Vietnamese, `1,234` in English.
    public static func grouped(_ n: Int, _ language: Language) -> String {
        let digits = Array(String(abs(n)))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += language == .vi ? "." : "," }
            out.append(d)
        }
        return (n < 0 ? "-" : "") + out
    }

    public func severityWord(_ severity: Severity) -> String { renderer.term(severity.rawValue) }

    /// The human-readable report of one file.
    public func text(_ report: FileReport, typeTitle: String?) -> String {
        let n = { (x: Int) in Self.grouped(x, renderer.language) }
        var lines: [String] = []
        let verdict = report.isValid
            ? (vi ? "HỢP LỆ" : "VALID") : (vi ? "KHÔNG HỢP LỆ" : "INVALID")
        lines.append("\(vi ? "Tệp" : "File"): \(report.file) — \(verdict)")
        if let type = report.type {
            let how = report.typeDetected ? (vi ? " (nhận ra từ tiêu đề cột)" : " (recognised from the headers)") : ""
            lines.append("  \(vi ? "Loại báo cáo" : "Type"): \(type)\(typeTitle.map { " — " + $0 } ?? "")\(how)")
        }
        if let header = report.headerRow {
            var place = "  \(vi ? "Dòng tiêu đề" : "Header row"): \(header)"
            if let sheet = report.sheet { place += ", \(vi ? "trang" : "sheet") \"\(sheet)\"" }
            place += " · \(vi ? "dòng dữ liệu" : "data rows"): \(n(report.rowCount))"
            place += " · \(vi ? "dòng có lỗi" : "rows with errors"): \(n(report.rowsWithErrors))"
            lines.append(place)
        }
        let f = report.findings
        let infos = f.countsBySeverity[.info] ?? 0
        lines.append("  \(n(f.errorCount)) \(vi ? "lỗi" : "errors"), \(n(f.warningCount)) \(vi ? "cảnh báo" : "warnings"), "
                     + "\(n(infos)) \(vi ? "thông tin" : "notes")")
        if f.total > 0 {
            lines.append("")
            lines.append("  " + (vi ? "Tóm tắt theo mã:" : "Summary by code:"))
            for (code, count) in summary(f) {
                let severity = severityWord(renderer.catalogue.severity(of: code))
                lines.append("    \(code.rawValue.padding(toLength: 26, withPad: " ", startingAt: 0)) "
                             + "\(severity.padding(toLength: 10, withPad: " ", startingAt: 0)) "
                             + "\(n(count).leftPadded(7))  \(renderer.title(code))")
            }
            lines.append("")
            lines.append("  " + (vi ? "Chi tiết:" : "Details:"))
            for finding in f.sorted {
                let place = renderer.place(finding.location)
                lines.append("    [\(severityWord(finding.severity))] \(place.isEmpty ? "" : place + ": ")"
                             + renderer.message(finding) + " [\(finding.code.rawValue)]")
                let action = renderer.action(finding)
                if !action.isEmpty && finding.severity != .info { lines.append("      → " + action) }
            }
            if f.isTruncated {
                let shown = Finding(.tooManyFindings, severity: .info,
                                    arguments: ["shown": n(f.findings.count), "total": n(f.total)])
                lines.append("    " + renderer.message(shown))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Codes by descending count, then by code.
    func summary(_ f: FindingCollector) -> [(FindingCode, Int)] {
        f.countsByCode.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }.map { ($0.key, $0.value) }
    }

    /// One file as a JSON object (see README for the shape).
    public func json(_ report: FileReport) -> JSONValue {
        let f = report.findings
        let summary: [JSONValue] = summary(f).map { code, count in
            .object([("code", .string(code.rawValue)),
                     ("severity", .string(renderer.catalogue.severity(of: code).rawValue)),
                     ("count", .number(Double(count))),
                     ("title", .string(renderer.title(code)))])
        }
        let findings: [JSONValue] = f.sorted.map { finding in
            let l = finding.location
            let arguments: [(key: String, value: JSONValue)] = finding.arguments.sorted { $0.key < $1.key }
                .map { ($0.key, JSONValue.string($0.value)) }
            return .object([("code", .string(finding.code.rawValue)),
                            ("severity", .string(finding.severity.rawValue)),
                            ("sheet", .optional(l.sheet)),
                            ("row", .optional(l.row)),
                            ("column", .optional(l.columnLetter)),
                            ("label", .optional(l.label)),
                            ("field", .optional(l.field)),
                            ("value", .optional(finding.value)),
                            ("message", .string(renderer.message(finding))),
                            ("action", .string(renderer.action(finding))),
                            ("arguments", .object(arguments))])
        }
        return .object([
            ("file", .string(report.file)),
            ("valid", .bool(report.isValid)),
            ("type", .optional(report.type)),
            ("typeDetected", .bool(report.typeDetected)),
            ("format", .optional(report.format?.rawValue)),
            ("sheet", .optional(report.sheet)),
            ("headerRow", .optional(report.headerRow)),
            ("rows", .number(Double(report.rowCount))),
            ("rowsWithErrors", .number(Double(report.rowsWithErrors))),
            ("errors", .number(Double(f.errorCount))),
            ("warnings", .number(Double(f.warningCount))),
            ("infos", .number(Double(f.countsBySeverity[.info] ?? 0))),
            ("truncated", .bool(f.isTruncated)),
            ("summary", .array(summary)),
            ("findings", .array(findings)),
        ])
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
