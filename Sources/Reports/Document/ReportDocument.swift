import Schema

/// A report before it is written out: the one structure the Markdown, HTML and CSV writers
/// share, so the three files always say the same thing.
///
/// Report builders (``CommitteeReport``, ``MinistryReport``) decide what is said and format
/// every number for the reader's language; writers decide only how it looks. A cell carries
/// both its display text (`1.234`, `52,2%`) and its machine value for CSV (`1234`, `0.5220`).
///
///     ReportDocument
///       header: issuer, number, place and date, recipient      (Decree 30/2020 layout)
///       body:  [Section]  I. results  II. difficulties  III. proposals  IV. next tasks
///       appendices: [Section]                                  (tables that trace the numbers)
///       recipients, signature
struct ReportDocument {
    var language: Language
    var issuer: Issuer
    /// `05/BC-SKHCN`, or nil to leave the number blank for the records office to fill in.
    var documentNumber: String?
    var placeAndDate: String
    /// `BÁO CÁO`
    var title: String
    /// What the report is about, under the title.
    var subtitle: String
    /// `Kính gửi: …`
    var addressee: String?
    var body: [Section]
    var appendices: [Section]
    /// Nơi nhận, one line each.
    var recipients: [String]
}

/// A numbered part of the body or an appendix.
struct Section {
    var heading: String
    var blocks: [Block]
}

enum Block {
    case subheading(String)
    case paragraph(String)
    /// What one sender wrote, paragraph by paragraph, quoted as it came (escaped by every writer).
    case quote(sender: String, texts: [String])
    case table(Table)
    /// A picture of figures; the table right after it is its text equivalent.
    case chart(Chart)
}

/// A table: the same rows in Markdown, HTML and CSV.
struct Table {
    /// Shown above the table; the CSV writer uses it as the table's title row.
    var caption: String
    var columns: [Column]
    var rows: [TableRow]
    /// Said instead of an empty table.
    var emptyText: String? = nil
}

struct Column {
    var title: String
    var numeric: Bool = false
}

struct TableRow {
    var cells: [Cell]
    /// A row below its target: writers mark it with a class and a visible marker column.
    var belowTarget: Bool = false
}

struct Cell: ExpressibleByStringLiteral {
    /// What a reader sees.
    var text: String
    /// The CSV value: plain digits, rates as fractions with `.`, empty when missing.
    var csv: String

    init(text: String, csv: String) {
        self.text = text
        self.csv = csv
    }

    init(_ text: String) { self.init(text: text, csv: text) }
    init(stringLiteral text: String) { self.init(text) }
}
