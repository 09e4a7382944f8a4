/// A report as Markdown (GitHub flavour): pipe tables, headings, quoted agency text.
///
/// All text is escaped: Markdown punctuation that could start emphasis, a link, an HTML tag or a
/// table cell (`\ * _ [ ] < > | ``) gets a backslash, so what an agency wrote shows as written
/// and a `<script>` in a narrative is text, not markup.
enum MarkdownWriter {
    static func bytes(_ d: ReportDocument) -> [UInt8] { Array(text(d).utf8) }

    static func text(_ d: ReportDocument) -> String {
        let t = ReportText(language: d.language)
        var out: [String] = []
        for (i, line) in d.issuer.issuingBody.enumerated() {
            out.append((i == d.issuer.issuingBody.count - 1 ? "**" + escape(line) + "**" : escape(line)) + "  ")
        }
        out.append(escape(d.numberLine(t)))
        out.append("")
        out.append("**" + escape(t(.nationalTitle)) + "**  ")
        out.append("**" + escape(t(.motto)) + "**")
        out.append("")
        out.append("*" + escape(d.placeAndDate) + "*")
        out.append("")
        out.append("# " + escape(d.title))
        out.append("")
        out.append("**" + escape(d.subtitle) + "**")
        if let addressee = d.addressee {
            out.append("")
            out.append(escape(addressee))
        }
        for section in d.body { write(section, into: &out) }
        out.append("")
        out.append("---")
        out.append("")
        out.append("***" + escape(t(.recipientsHeading)) + "***")
        out.append("")
        out += d.recipients.map { "- " + escape($0) }
        out.append("")
        out.append("**" + escape(d.issuer.signerTitle) + "**")
        if let name = d.issuer.signerName {
            out.append("")
            out.append("**" + escape(name) + "**")
        }
        for section in d.appendices { write(section, into: &out) }
        out.append("")
        return out.joined(separator: "\n")
    }

    private static func write(_ section: Section, into out: inout [String]) {
        out.append("")
        out.append("## " + escape(section.heading))
        for block in section.blocks {
            out.append("")
            switch block {
            case .subheading(let text):
                out.append("### " + escape(text))
            case .paragraph(let text):
                out.append(escape(text))
            case .quote(let sender, let texts):
                out.append("**" + escape(sender) + ":**")
                out.append("")
                for (i, text) in texts.enumerated() {
                    if i > 0 { out.append(">") }
                    out += text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
                        "> " + escape(String($0))
                    }
                }
            case .table(let table):
                write(table, into: &out)
            case .chart:
                out.removeLast()  // the table after it says the same
            }
        }
    }

    private static func write(_ table: Table, into out: inout [String]) {
        out.append("**" + escape(table.caption) + "**")
        out.append("")
        if table.rows.isEmpty, let empty = table.emptyText {
            out.append("*" + escape(empty) + "*")
            return
        }
        out.append("| " + table.columns.map { cell($0.title) }.joined(separator: " | ") + " |")
        out.append("|" + table.columns.map { $0.numeric ? " ---: " : " --- " }.joined(separator: "|") + "|")
        for row in table.rows {
            out.append("| " + row.cells.map { cell($0.text) }.joined(separator: " | ") + " |")
        }
    }

    /// A table cell: escaped, line ends as spaces (a pipe table row is one line), never empty.
    private static func cell(_ text: String) -> String {
        let flat = escape(text).split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.isEmpty ? " " : flat
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#": out.append("\\")
            default: break
            }
            out.append(ch)
        }
        return out
    }
}

extension ReportDocument {
    /// `Số: 05/BC-SKHCN`: a number below 10 gets a leading zero (Decree 30/2020, Annex I); no
    /// number leaves room for the records office to write one in.
    func numberLine(_ t: ReportText) -> String {
        var number = documentNumber ?? "\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}"
        if let n = Int(number), n >= 0, n < 10, number.count == 1 { number = "0" + number }
        return t(.numberPrefix) + " " + number + "/" + issuer.documentSymbol
    }
}
