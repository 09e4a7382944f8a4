import Consolidation
import Schema

/// The report to the Ministry of Science and Technology, through VNNIC: province aggregates only.
///
/// What VNNIC cannot see itself is what the province knows: outreach, the cohorts'
/// denominators, trainings and media (FACTS §8). Registrations are given as new in the period
/// and cumulative since the programme began, with the cut-off said.
///
/// Personal data (Decree 13/2023/NĐ-CP) and local detail stay out by construction: the builder
/// reads no register row, no commune, no file name and no free text. The agencies' free text
/// may name people or communes, so the difficulties and proposals stay in the People's
/// Committee report. Mass organisations and media senders are public bodies and are named.
struct MinistryReport {
    var tables: FigureTables
    var t: ReportText { tables.t }
    var c: Consolidation { tables.c }

    init(_ c: Consolidation, language: Language) {
        tables = FigureTables(c, ReportText(language: language))
    }

    func document(issuer: Issuer, documentNumber: String?) -> ReportDocument {
        ReportDocument(
            language: t.language, issuer: issuer, documentNumber: documentNumber,
            placeAndDate: t.placeAndDate(issuer.place, c.asOf),
            title: t(.reportTitle),
            subtitle: t(.subtitleProgramme) + " " + c.province + ", " + t.period(c.period),
            addressee: t(.toMinistry),
            body: [results()],
            appendices: [],
            recipients: [t(.recipientAsAbove), t(.recipientCommittee), t(.recipientDirectors), t(.recipientArchive)])
    }

    private func results() -> Section {
        var blocks: [Block] = [
            .paragraph(t(.cutOff) + " " + t.date(c.periodEnd) + "; " + t(.cumulativeSince) + " " + t.date(c.programmeStart)
                       + ". " + t(.ministryScope) + " " + t(.missingDenominatorNote)),
            .subheading("1. " + t(.headingRegistrations)),
        ] + reconciled() + [
            .table(registrations()),
            .subheading("2. " + t(.headingProgress)),
            .chart(.progress(tables.progressChart())),
            .table(tables.progress()),
        ]
        blocks += tables.scopeNotes()
        blocks += tables.quartersAndOutlookSections()
        blocks += [
            tables.renewalNote(),
            .table(tables.renewalByCohort()),
            .subheading("5. " + t(.headingChange)),
        ]
        if let change = tables.change() { blocks.append(.table(change)) } else { blocks.append(.paragraph(t(.noPrevious))) }
        blocks += [
            .subheading("6. " + t(.headingServices)),
            .table(services()),
            .subheading("7. " + t(.headingActivities)),
            .table(tables.outreachActivities()),
            .table(tables.members()),
            .table(tables.trainings()),
            .table(tables.mediaByKind()),
            .subheading("8. " + t(.headingCompleteness)),
            .table(tables.completenessSummary()),
        ]
        return Section(heading: "I. " + t(.headingResults), blocks: blocks)
    }

    /// What the registry confirms leads: the extract used (or that there is none), its three
    /// figures per cohort, and the first-free-.biz.vn rule.
    private func reconciled() -> [Block] {
        let r = ReconciliationTables(tables: tables)
        var blocks: [Block] = [r.sourceParagraph()]
        if let table = r.registryFigures() { blocks.append(.table(table)) }
        if let paragraph = r.freeOfferParagraph() { blocks.append(paragraph) }
        return blocks
    }

    /// `.biz.vn` and `.id.vn` registrations by cohort: new in the period and cumulative, province-wide
    /// (for households the rate's numerator counts only communes that reported a denominator).
    private func registrations() -> Table {
        Table(
            caption: t(.captionRegistrations),
            columns: [Column(title: t(.cohort)), Column(title: t(.suffix)),
                      Column(title: t(.registeredInPeriod), numeric: true),
                      Column(title: t(.registeredProvinceWide), numeric: true),
                      Column(title: t(.overlapsRemoved), numeric: true)],
            rows: c.cohorts.map { f in
                TableRow(cells: [Cell(f.title.text(t.language)), Cell(f.suffix), t.countCell(f.registeredInPeriod),
                                 t.countCell(f.registeredProvinceWide), t.countCell(f.overlapsRemoved)])
            })
    }

    private func services() -> Table {
        Table(
            caption: t(.captionServices),
            columns: [Column(title: t(.cohort)), Column(title: t(.registeredProvinceWide), numeric: true),
                      Column(title: t(.website), numeric: true), Column(title: t(.email), numeric: true)],
            rows: c.cohorts.map { f in
                TableRow(cells: [Cell(f.title.text(t.language)), t.countCell(f.registeredProvinceWide),
                                 t.countCell(f.website), t.countCell(f.email)])
            })
    }
}
