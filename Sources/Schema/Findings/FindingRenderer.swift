import Foundation

/// Turns findings into sentences in one language, late: only when a person reads them.
public struct FindingRenderer: Sendable {
    public let catalogue: FindingCatalogue
    public let language: Language

    public init(catalogue: FindingCatalogue, language: Language) {
        self.catalogue = catalogue
        self.language = language
    }

    public func title(_ code: FindingCode) -> String {
        catalogue.entries[code]?.title.text(language) ?? code.rawValue
    }

    /// The finding's message with its placeholders filled.
    public func message(_ finding: Finding) -> String {
        guard let entry = catalogue.entries[finding.code] else {
            return finding.code.rawValue + " " + finding.arguments.sorted { $0.key < $1.key }
                .map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        }
        var template = entry.message
        if let key = entry.variantBy, let variant = finding.arguments[key].flatMap({ entry.variants[$0] }) {
            template = variant
        }
        return fill(template.text(language), finding)
    }

    /// What the sender should do about the finding.
    public func action(_ finding: Finding) -> String {
        guard let entry = catalogue.entries[finding.code] else { return "" }
        return fill(entry.action.text(language), finding)
    }

    /// "dòng 12, cột E (Mã số thuế)" / "row 12, column E (Mã số thuế)"; "" for a file-level finding.
    public func place(_ location: Location) -> String {
        var parts: [String] = []
        if let sheet = location.sheet { parts.append((language == .vi ? "trang " : "sheet ") + "\"\(sheet)\"") }
        if let row = location.row { parts.append((language == .vi ? "dòng " : "row ") + String(row)) }
        if let letter = location.columnLetter {
            var column = (language == .vi ? "cột " : "column ") + letter
            if let label = location.label, !label.isEmpty { column += " (\(label))" }
            parts.append(column)
        } else if let label = location.label, !label.isEmpty {
            parts.append((language == .vi ? "cột " : "column ") + "\"\(label)\"")
        }
        return parts.joined(separator: ", ")
    }

    /// The translation of a term (`date` → "ngày (dd/mm/yyyy)"), or the term itself.
    public func term(_ key: String) -> String {
        catalogue.terms[key]?.text(language) ?? key
    }

    /// Replaces `{name}` and `{name|term}` with the finding's arguments. Missing arguments
    /// become empty, so optional parts such as `{hint}` vanish cleanly.
    ///
    /// Works on the template's UTF-8 bytes (the braces and the bar are ASCII): searching
    /// `Character`s segmented Vietnamese text into grapheme clusters, 40,000 instructions a
    /// message (callgrind), which made printing a report's 1,000 findings cost as much as
    /// validating 10,000 rows.
    func fill(_ template: String, _ finding: Finding) -> String {
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}"), bar = UInt8(ascii: "|")
        var out: [UInt8] = []
        var template = template
        template.withUTF8 { bytes in
            out.reserveCapacity(bytes.count + 64)
            var i = 0
            while i < bytes.count {
                guard let start = bytes[i...].firstIndex(of: open) else {
                    out.append(contentsOf: bytes[i...])
                    break
                }
                out.append(contentsOf: bytes[i..<start])
                guard let end = bytes[start...].firstIndex(of: close) else {
                    out.append(contentsOf: bytes[start...])
                    break
                }
                let inner = bytes[(start + 1)..<end]
                let name: String, modifier: String?
                if let split = inner.firstIndex(of: bar) {
                    name = String(decoding: inner[..<split], as: UTF8.self)
                    modifier = String(decoding: inner[(split + 1)...], as: UTF8.self)
                } else {
                    name = String(decoding: inner, as: UTF8.self)
                    modifier = nil
                }
                out.append(contentsOf: value(of: name, modifier: modifier, finding).utf8)
                i = end + 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// What `{name}` or `{name|modifier}` becomes in a message about `finding`.
    private func value(of name: String, modifier: String?, _ finding: Finding) -> String {
        var value = finding.arguments[name] ?? (name == "label" ? finding.location.label ?? "" : "")
        if modifier == "term" { value = term(value) }
        // Counts read as people write them: "1.204 ô" in Vietnamese, "1,204 cells" in English.
        if name == "count", let n = Int(value) { value = ValidationReport.grouped(n, language) }
        if !value.isEmpty && name == "hint" { value = " " + term(value) }
        if !value.isEmpty && name == "suggestion" {
            value = " " + term("did-you-mean").replacingOccurrences(of: "{value}", with: value)
        }
        return value
    }
}
