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
    func fill(_ template: String, _ finding: Finding) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { out += rest[open...]; return out }
            let inner = rest[rest.index(after: open)..<close]
            let parts = inner.split(separator: "|", maxSplits: 1).map(String.init)
            let name = parts.first ?? ""
            var value = finding.arguments[name] ?? (name == "label" ? finding.location.label ?? "" : "")
            if parts.count == 2 && parts[1] == "term" { value = term(value) }
            // Counts read as people write them: "1.204 ô" in Vietnamese, "1,204 cells" in English.
            if name == "count", let n = Int(value) { value = ValidationReport.grouped(n, language) }
            if !value.isEmpty && name == "hint" { value = " " + term(value) }
            if !value.isEmpty && name == "suggestion" {
                value = " " + term("did-you-mean").replacingOccurrences(of: "{value}", with: value)
            }
            out += value
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }
}
