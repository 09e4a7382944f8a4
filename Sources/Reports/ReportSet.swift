public import Consolidation
public import Schema
import Tabular

/// The reports of one period, rendered from a consolidation: the entry point of this target.
///
/// | file | for | contents |
/// |---|---|---|
/// | `uy-ban-nhan-dan.md`, `.html`, `.csv` | the provincial People's Committee | the full picture, with appendices that trace every number |
/// | `bo-khcn-vnnic.md`, `.html`, `.csv` | the Ministry (through VNNIC) | province aggregates only: no personal data, no commune, no file name |
/// | `indicators.csv` | analysts | one tidy row per (period, indicator, unit) |
///
/// Rendering is a pure function: no clock (documents are dated with `asOf`), no environment,
/// no locale service, and no dictionary order reaches the output, so the same consolidation
/// gives byte-identical files.
public enum ReportSet {
    public static let committeeName = "uy-ban-nhan-dan"
    public static let ministryName = "bo-khcn-vnnic"
    public static let indicatorsName = "indicators.csv"
    /// Per-sender reconciliation statements (`doi-soat/STC.md`): the claims that did not reconcile.
    public static let statementFolder = "doi-soat"

    /// Renders the seven files, in a fixed order.
    ///
    /// The audiences' documents are independent, so each is built and written on its own core;
    /// the files come back in the same fixed order, byte for byte what one core would write.
    ///
    /// - Parameters:
    ///   - language: Vietnamese (the default) or English, for every label, number and date.
    ///   - documentNumber: the number before the symbol (`05` → `Số: 05/BC-SKHCN`); nil leaves
    ///     it blank for the records office. Both documents carry the same number.
    ///   - issuer: the header and signature block (Decree 30/2020/NĐ-CP).
    public static func render(_ c: Consolidation, language: Language = .vi, documentNumber: String?,
                              issuer: Issuer) -> [ReportFile] {
        let inputs = RenderInputs(c: c, language: language, documentNumber: documentNumber, issuer: issuer)
        return Audience.allCases.concurrentMap { inputs.files(for: $0) }.flatMap { $0 }
    }

    /// The jobs of ``render(_:language:documentNumber:issuer:)``, in the order of the files.
    enum Audience: CaseIterable, Sendable {
        case committee, ministry, analysts, senders
    }

    /// What every job reads; nothing in it changes while the jobs run.
    struct RenderInputs: @unchecked Sendable {
        let c: Consolidation
        let language: Language
        let documentNumber: String?
        let issuer: Issuer

        /// A document as Markdown, HTML and CSV.
        static func files(_ name: String, _ document: ReportDocument) -> [ReportFile] {
            [
                ReportFile(name: name + ".md", bytes: MarkdownWriter.bytes(document)),
                ReportFile(name: name + ".html", bytes: HTMLWriter.bytes(document)),
                ReportFile(name: name + ".csv", bytes: CSVWriter.bytes(document)),
            ]
        }

        func files(for audience: Audience) -> [ReportFile] {
            switch audience {
            case .committee:
                return Self.files(committeeName,
                                  CommitteeReport(c, language: language).document(issuer: issuer, documentNumber: documentNumber))
            case .ministry:
                return Self.files(ministryName,
                                  MinistryReport(c, language: language).document(issuer: issuer, documentNumber: documentNumber))
            case .analysts:
                let indicators = IndicatorTable(c: c, language: language)
                return [ReportFile(name: indicatorsName, bytes: CSVWriter.bytes([IndicatorTable.header] + indicators.rows()))]
            case .senders:
                let reconciliation = ReconciliationTables(tables: FigureTables(c, ReportText(language: language)))
                return reconciliation.senders.map { sender in
                    ReportFile(name: statementFolder + "/" + sender + ".md", bytes: Array(reconciliation.statement(for: sender).utf8))
                }
            }
        }
    }
}
