/// A report as one self-contained, printable HTML file in the layout of Decree 30/2020/NĐ-CP,
/// Annex I: A4 portrait, margins top and bottom 20 mm, left 30 mm, right 15 mm (the decree
/// allows 20–25, 30–35 and 15–20), Times New Roman, page numbers centred at the top from page 2.
///
///     ┌──────────────────────────┬─────────────────────────────────────┐
///     │ UBND TỈNH THÁI NGUYÊN    │ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  │
///     │ SỞ KHOA HỌC VÀ CÔNG NGHỆ │    Độc lập - Tự do - Hạnh phúc      │
///     │       ───────            │    ─────────────────────────        │
///     │   Số: 05/BC-SKHCN        │ Thái Nguyên, ngày 05 tháng 02 năm…  │
///     └──────────────────────────┴─────────────────────────────────────┘
///                               BÁO CÁO
///                     (what the report is about)
///     I. … II. … III. … IV. …
///     Nơi nhận: …                                   GIÁM ĐỐC
///     Phụ lục 1, 2, 3 (each on a new page)
///
/// Self-contained means no script, no external style sheet, font or image and no URL at all:
/// the file must print the same on an office PC with no network. Every text is escaped.
enum HTMLWriter {
    static func bytes(_ d: ReportDocument) -> [UInt8] { Array(text(d).utf8) }

    static func text(_ d: ReportDocument) -> String {
        let t = ReportText(language: d.language)
        var out = "<!DOCTYPE html>\n<html lang=\"\(d.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<title>" + escape(d.title + " – " + d.subtitle) + "</title>\n<style>\n" + style + "</style>\n</head>\n<body>\n"
        out += header(d, t)
        out += "<h1>" + escape(d.title) + "</h1>\n<p class=\"subtitle\">" + escape(d.subtitle) + "</p>\n"
        if let addressee = d.addressee { out += "<p class=\"addressee\">" + escape(addressee) + "</p>\n" }
        var chartNumber = 0
        for section in d.body { out += write(section, appendix: false, chartNumber: &chartNumber) }
        out += closing(d, t)
        for section in d.appendices { out += write(section, appendix: true, chartNumber: &chartNumber) }
        out += "</body>\n</html>\n"
        return out
    }

    /// Issuing body and number on the left; national title, motto, place and date on the right.
    private static func header(_ d: ReportDocument, _ t: ReportText) -> String {
        var out = "<table class=\"decree-header\">\n<tr>\n<td class=\"issuer\">\n"
        for (i, line) in d.issuer.issuingBody.enumerated() {
            let last = i == d.issuer.issuingBody.count - 1
            out += last ? "<p class=\"agency\"><span>" + escape(line) + "</span></p>\n"
                : "<p class=\"parent\">" + escape(line) + "</p>\n"
        }
        out += "<p class=\"number\">" + escape(d.numberLine(t)) + "</p>\n</td>\n<td class=\"nation\">\n"
        out += "<p class=\"national-title\">" + escape(t(.nationalTitle)) + "</p>\n"
        out += "<p class=\"motto\"><span>" + escape(t(.motto)) + "</span></p>\n"
        out += "<p class=\"place-date\">" + escape(d.placeAndDate) + "</p>\n</td>\n</tr>\n</table>\n"
        return out
    }

    /// Recipients bottom left, signature block bottom right.
    private static func closing(_ d: ReportDocument, _ t: ReportText) -> String {
        var out = "<table class=\"closing\">\n<tr>\n<td class=\"recipients\">\n<p class=\"recipients-heading\">"
            + escape(t(.recipientsHeading)) + "</p>\n<ul>\n"
        for r in d.recipients { out += "<li>" + escape(r) + "</li>\n" }
        out += "</ul>\n</td>\n<td class=\"signature\">\n<p class=\"signer-title\">" + escape(d.issuer.signerTitle) + "</p>\n"
        out += "<p class=\"sign-space\"></p>\n<p class=\"signer-name\">" + escape(d.issuer.signerName ?? "") + "</p>\n"
        out += "</td>\n</tr>\n</table>\n"
        return out
    }

    private static func write(_ section: Section, appendix: Bool, chartNumber: inout Int) -> String {
        var out = appendix ? "<section class=\"appendix\">\n" : "<section>\n"
        out += "<h2>" + escape(section.heading) + "</h2>\n"
        for block in section.blocks {
            switch block {
            case .subheading(let text):
                out += "<h3>" + escape(text) + "</h3>\n"
            case .paragraph(let text):
                out += "<p>" + escape(text) + "</p>\n"
            case .quote(let sender, let texts):
                out += "<div class=\"statement\">\n<p class=\"sender\">" + escape(sender) + ":</p>\n"
                for text in texts {
                    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { escape(String($0)) }
                    out += "<blockquote>" + lines.joined(separator: "<br>\n") + "</blockquote>\n"
                }
                out += "</div>\n"
            case .table(let table):
                out += write(table)
            case .chart(let chart):
                chartNumber += 1
                out += SVGChart.figure(chart, id: "chart-\(chartNumber)")
            }
        }
        return out + "</section>\n"
    }

    private static func write(_ table: Table) -> String {
        if table.rows.isEmpty, let empty = table.emptyText {
            return "<p class=\"table-caption\">" + escape(table.caption) + "</p>\n<p class=\"empty\">" + escape(empty) + "</p>\n"
        }
        let wide = table.columns.count >= wideColumns
        let classes = ["figures"] + (wide ? ["wide"] : [])
            + (table.rows.count <= shortRows ? ["short"] : [])
        var out = "<table class=\"" + classes.joined(separator: " ") + "\">\n<caption>" + escape(table.caption) + "</caption>\n<thead>\n<tr>"
        for column in table.columns {
            out += (column.numeric ? "<th class=\"num\" scope=\"col\">" : "<th scope=\"col\">") + escape(column.title) + "</th>"
        }
        out += "</tr>\n</thead>\n<tbody>\n"
        for row in table.rows {
            out += row.belowTarget ? "<tr class=\"below-target\">" : "<tr>"
            for (i, cell) in row.cells.enumerated() {
                let numeric = i < table.columns.count && table.columns[i].numeric
                let breakable = cell.text.split(separator: " ").contains { $0.count > longWord }
                out += (numeric ? "<td class=\"num\">" : breakable ? "<td class=\"long\">" : "<td>")
                    + (wide ? escape(cell.text) : escape(cell.text).replacingOccurrences(
                        of: ReportText.belowMarker + " ", with: ReportText.belowMarker + "\u{00A0}"))  // marker with its word
                    + "</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// Tables with this many columns or more are set a size smaller to fit A4 portrait.
    static let wideColumns = 9
    /// Tables with at most this many rows are kept on one page with their caption.
    static let shortRows = 15
    /// A cell with a word longer than this (a file name, a hash) may break anywhere: one
    /// unbreakable word would otherwise widen its table past the page.
    static let longWord = 18

    /// Escapes the five characters that are markup in text and in attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Decree 30/2020 sizes: national title 12 pt bold capitals, motto 13 pt bold, issuing body
    /// 12 pt capitals with the agency bold and a short rule under it (the decree allows 12–13,
    /// 13–14 and 12–13; the smaller sizes keep "SỞ KHOA HỌC VÀ CÔNG NGHỆ" on one line in its
    /// column), body 14 pt, place and date 14 pt italic. Tables are 11 pt (9.5 pt from ``wideColumns`` columns) to fit A4 portrait;
    /// header cells wrap, numbers do not, long words break (``longWord``), and in wide tables
    /// a header word may break as a last resort, so no table is wider than the page (the browser
    /// test checks the printed PDF). On screen the body gets the page's margins, so a screenshot at A4
    /// width looks like the printed page.
    static let style = """
        @page { size: A4; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page); font-family: "Times New Roman", "Liberation Serif", serif; font-size: 13pt; } }
        @page :first { @top-center { content: none; } }
        html { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 14pt; color: #000; }
        body { margin: 0 auto; max-width: 165mm; line-height: 1.35; }
        p { margin: 0 0 6pt 0; text-align: justify; }
        .decree-header, .closing { width: 100%; border-collapse: collapse; }
        .decree-header td, .closing td { vertical-align: top; padding: 0; border: none; }
        .decree-header .issuer { width: 44%; text-align: center; font-size: 12pt; }
        .decree-header .nation { text-align: center; }
        .decree-header p { text-align: center; margin: 0; }
        .parent { text-transform: uppercase; }
        .agency { font-weight: bold; text-transform: uppercase; white-space: nowrap; }
        .agency::after { content: ""; display: block; width: 35%; margin: 2pt auto 0 auto; border-top: 1px solid #000; }
        .motto span { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 2pt; }
        .number { margin-top: 8pt !important; font-size: 13pt; text-transform: none; }
        .national-title { font-weight: bold; font-size: 12pt; text-transform: uppercase; white-space: nowrap; }
        .motto { font-weight: bold; font-size: 13pt; }
        .place-date { font-style: italic; margin-top: 8pt !important; }
        h1 { font-size: 14pt; text-align: center; margin: 18pt 0 0 0; }
        .subtitle { text-align: center; font-weight: bold; }
        .addressee { text-align: center; margin: 8pt 0 12pt 0; }
        h2 { font-size: 14pt; margin: 12pt 0 6pt 0; break-after: avoid; }
        h3 { font-size: 14pt; font-style: italic; margin: 8pt 0 4pt 0; break-after: avoid; }
        .statement { margin: 0 0 6pt 0; }
        .statement .sender { font-weight: bold; margin: 0; }
        blockquote { margin: 0 0 4pt 1cm; text-align: justify; }
        table.figures { width: 100%; border-collapse: collapse; font-size: 11pt; margin: 4pt 0 10pt 0; page-break-inside: auto; }
        table.figures caption { font-weight: bold; text-align: left; padding-bottom: 3pt; }
        table.figures.wide { font-size: 9.5pt; }
        table.figures th, table.figures td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
        table.figures.wide th, table.figures.wide td { padding: 1pt 1.5pt; }
        table.figures thead { display: table-header-group; }
        td.long, table.figures.wide th { overflow-wrap: anywhere; }
        table.figures th { font-weight: bold; text-align: center; }
        table.figures tr { page-break-inside: avoid; }
        table.figures.short { break-inside: avoid; }
        td.num { text-align: right; white-space: nowrap; }
        tr.below-target td { background: #f3f3f3; font-weight: bold; }
        .table-caption { font-weight: bold; margin: 4pt 0 0 0; }
        .empty { font-style: italic; }
        figure { margin: 6pt 0 10pt 0; page-break-inside: avoid; }
        figcaption { font-weight: bold; font-size: 11pt; }
        figure svg { display: block; max-width: 100%; height: auto; }
        svg text { font-family: "Times New Roman", "Liberation Serif", serif; }
        .closing { margin-top: 18pt; page-break-inside: avoid; }
        .recipients { width: 50%; font-size: 12pt; }
        .recipients-heading { font-weight: bold; font-style: italic; margin: 0; }
        .recipients ul { margin: 0; padding-left: 0; list-style: none; }
        .recipients li::before { content: "- "; }
        .signature { text-align: center; }
        .signature p { text-align: center; }
        .signer-title { font-weight: bold; text-transform: uppercase; }
        .sign-space { height: 30mm; }
        .signer-name { font-weight: bold; }
        section.appendix { page-break-before: always; }
        @media screen { body { max-width: 165mm; padding: 20mm 15mm 20mm 30mm; } }
        @media print { body { max-width: none; } }

        """
}
