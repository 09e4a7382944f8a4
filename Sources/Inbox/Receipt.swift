public import Schema

/// The receipt an agency reads for each file it sent: accepted or rejected, and every
/// finding with its row, column, value and what to do. Markdown, Vietnamese by default.
public struct Receipt: Sendable {
    public struct Facts: Sendable {
        public var fileName: String
        public var hash: String
        public var outcome: LedgerEntry.Outcome
        public var sender: String?
        public var period: String?
        public var periodDates: String?
        public var type: String?
        public var received: Day
        public var rows: Int?
        public var supersedes: [String]
        public var duplicateOf: String?

        public init(fileName: String, hash: String, outcome: LedgerEntry.Outcome, sender: String?, period: String?,
                    periodDates: String?, type: String?, received: Day, rows: Int?, supersedes: [String], duplicateOf: String?) {
            self.fileName = fileName
            self.hash = hash
            self.outcome = outcome
            self.sender = sender
            self.period = period
            self.periodDates = periodDates
            self.type = type
            self.received = received
            self.rows = rows
            self.supersedes = supersedes
            self.duplicateOf = duplicateOf
        }
    }

    public let renderer: FindingRenderer

    public init(catalogue: FindingCatalogue, language: Language) {
        renderer = FindingRenderer(catalogue: catalogue, language: language)
    }

    private var vi: Bool { renderer.language == .vi }

    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    public func markdown(_ facts: Facts, findings: FindingCollector) -> String {
        let n = { (x: Int) in ValidationReport.grouped(x, renderer.language) }
        var out: [String] = []
        out.append(vi ? "# Biên nhận tệp báo cáo" : "# Submission receipt")
        out.append("")
        let verdict: String = switch facts.outcome {
        case .accepted: vi ? "**ĐÃ TIẾP NHẬN**" : "**ACCEPTED**"
        case .rejected: vi ? "**BỊ TỪ CHỐI** — sửa các lỗi dưới đây rồi gửi lại" : "**REJECTED** — fix the errors below and send the file again"
        case .duplicate: vi ? "**TRÙNG LẶP** — tệp giống hệt một tệp đã nhận, không tính lại" : "**DUPLICATE** — identical to a file already received; not counted again"
        }
        out.append("| | |")
        out.append("|---|---|")
        out.append("| \(vi ? "Tệp" : "File") | \(Self.cell(facts.fileName)) |")
        out.append("| \(vi ? "Mã SHA-256" : "SHA-256") | `\(facts.hash)` |")
        out.append("| \(vi ? "Kết quả" : "Outcome") | \(verdict) |")
        out.append("| \(vi ? "Ngày nhận" : "Received") | \(vi ? facts.received.vietnamese : facts.received.iso) |")
        if let sender = facts.sender { out.append("| \(vi ? "Đơn vị gửi" : "Sender") | \(Self.cell(sender)) |") }
        if let period = facts.period {
            out.append("| \(vi ? "Kỳ báo cáo" : "Period") | \(period)\(facts.periodDates.map { " (\($0))" } ?? "") |")
        }
        if let type = facts.type { out.append("| \(vi ? "Loại báo cáo" : "Submission type") | \(Self.cell(type)) |") }
        if let rows = facts.rows { out.append("| \(vi ? "Số dòng dữ liệu" : "Data rows") | \(n(rows)) |") }
        for old in facts.supersedes {
            out.append("| \(vi ? "Thay thế tệp trước" : "Replaces") | `\(old.prefix(12))` |")
        }
        if let first = facts.duplicateOf { out.append("| \(vi ? "Giống hệt tệp" : "Identical to") | \(Self.cell(first)) |") }
        out.append("")
        let f = findings
        out.append(vi
            ? "Có \(n(f.errorCount)) lỗi, \(n(f.warningCount)) cảnh báo, \(n(f.countsBySeverity[.info] ?? 0)) thông tin."
            : "\(n(f.errorCount)) errors, \(n(f.warningCount)) warnings, \(n(f.countsBySeverity[.info] ?? 0)) notes.")
        if f.total > 0 {
            out.append("")
            out.append(vi ? "## Tóm tắt theo mã" : "## Summary by code")
            out.append("")
            out.append(vi ? "| Mã | Mức độ | Số lượng | Nội dung |" : "| Code | Severity | Count | What |")
            out.append("|---|---|---:|---|")
            for (code, count) in f.countsByCode.sorted(by: { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }) {
                out.append("| `\(code.rawValue)` | \(renderer.term(renderer.catalogue.severity(of: code).rawValue)) | \(n(count)) | \(Self.cell(renderer.title(code))) |")
            }
            out.append("")
            out.append(vi ? "## Chi tiết" : "## Details")
            out.append("")
            out.append(vi ? "| Mức độ | Vị trí | Vấn đề | Cách sửa |" : "| Severity | Where | Problem | What to do |")
            out.append("|---|---|---|---|")
            for finding in f.sorted {
                let place = renderer.place(finding.location)
                out.append("| \(renderer.term(finding.severity.rawValue)) | \(Self.cell(place.isEmpty ? (vi ? "toàn tệp" : "whole file") : place)) | "
                           + "\(Self.cell(renderer.message(finding))) | \(Self.cell(renderer.action(finding))) |")
            }
            if f.isTruncated {
                let note = Finding(.tooManyFindings, severity: .info, arguments: ["shown": n(f.findings.count), "total": n(f.total)])
                out.append("")
                out.append(renderer.message(note))
            }
        }
        out.append("")
        return out.joined(separator: "\n")
    }
}
