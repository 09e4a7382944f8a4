import Consolidation
import Schema
import Tabular

/// The report to the provincial People's Committee (UBND tỉnh): the full picture of the period.
///
/// Body, in the order of a Vietnamese government report: I. results (cohort progress against
/// the targets, new registrations, registrations per quarter against the path, the projection
/// and the renewal risk, change since the previous quarter, overlaps removed, the highest and
/// lowest communes, activities, completeness, and what the agencies wrote under "results"), II. difficulties,
/// III. proposals, IV. next quarter's tasks, each with the agencies' own words grouped by
/// sender. Appendices: the 92 communes ranked, each agency's figures, and the trace of every
/// submission that counts.
struct CommitteeReport {
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
            addressee: t(.toCommittee) + " " + c.province,
            body: [results(), narrativeSection(.difficulties, heading: .headingDifficulties),
                   narrativeSection(.proposals, heading: .headingProposals),
                   narrativeSection(.nextTasks, heading: .headingNextTasks)],
            appendices: [communeAppendix(), agencyAppendix(), traceAppendix(), reconciliationAppendix()],
            recipients: [t(.recipientCommittee), t(.recipientMinistry), t(.recipientDirectors), t(.recipientArchive)])
    }

    /// The claims reconciled with the registry, per sender, and the communes that differ most.
    private func reconciliationAppendix() -> Section {
        let r = ReconciliationTables(tables: tables)
        var blocks: [Block] = [r.sourceParagraph()]
        if let table = r.registryFigures() { blocks.append(.table(table)) }
        if let paragraph = r.freeOfferParagraph() { blocks.append(paragraph) }
        if let table = r.bySender() { blocks.append(.table(table)) }
        if let table = r.communesDiffering() { blocks.append(.table(table)) }
        let heading = t.language == .vi ? "Phụ lục 4. Đối soát với danh sách tên miền của VNNIC" : "Appendix 4. Reconciliation with the registry"
        return Section(heading: heading, blocks: blocks)
    }

    // MARK: I. Results

    private func results() -> Section {
        var blocks: [Block] = [
            .paragraph(t(.cutOff) + " " + t.date(c.periodEnd) + "; " + t(.cumulativeSince) + " " + t.date(c.programmeStart)
                       + ". " + t(.missingDenominatorNote)),
            .subheading("1. " + t(.headingProgress)),
            .chart(.progress(tables.progressChart())),
            .table(tables.progress()),
        ]
        blocks.append(ReconciliationTables(tables: tables).sourceParagraph())
        blocks += tables.scopeNotes()
        blocks += [
            .subheading("2. " + t(.headingPeriod)),
            .table(tables.periodAndServices()),
        ]
        blocks += tables.quartersAndOutlookSections()
        blocks += [
            .subheading("5. " + t(.headingRenewal)),
            tables.renewalNote(),
            .table(tables.renewalByCommune()),
            .subheading("6. " + t(.headingChange)),
        ]
        if let change = tables.change() { blocks.append(.table(change)) } else { blocks.append(.paragraph(t(.noPrevious))) }
        blocks += [
            .subheading("7. " + t(.headingOverlaps)),
            .table(tables.overlaps()),
            .subheading("8. " + t(.headingCommunes)),
            .paragraph(communeSummary()),
            .table(topAndBottom()),
            .subheading("9. " + t(.headingActivities)),
            .table(tables.outreachActivities()),
            .table(tables.craftVillagesByKind()),
            .table(tables.members()),
            .table(tables.mediaByKind()),
            .table(tables.mediaBySender()),
            .table(tables.trainings()),
            .subheading("10. " + t(.headingCompleteness)),
            .chart(.completeness(tables.completenessGrid())),
            .table(tables.completenessSummary()),
            .table(lateAndMissing()),
        ]
        let said = narratives(.results)
        if !said.isEmpty {
            blocks.append(.subheading("11. " + t(.headingAgencyResults)))
            blocks += said
        }
        return Section(heading: "I. " + t(.headingResults), blocks: blocks)
    }

    /// "12 of 92 communes reported a rate; 5 below the 90% target (marked ▼ in Appendix 1)."
    private func communeSummary() -> String {
        let withRate = c.communes.filter { $0.households.rate != nil }.count
        let below = c.communes.filter(\.belowTarget).count
        return t(.communesWithRate) + ": " + t.count(withRate) + "/" + t.count(c.communes.count) + "; "
            + t(.communesBelowTarget) + " (" + ReportText.belowMarker + "): " + t.count(below) + ". "
            + t(.seeAppendixCommunes)
    }

    private func lateAndMissing() -> Table {
        let rows = c.completeness.filter { $0.status == .missing } + c.completeness.filter { $0.status == .late }
        return Table(
            caption: t(.captionLateMissing),
            columns: [Column(title: t(.sender)), Column(title: t(.code)), Column(title: t(.submissionType)),
                      Column(title: t(.status)), Column(title: t(.received)), Column(title: t(.deadline))],
            rows: rows.map { e in
                TableRow(cells: [Cell(e.senderName), Cell(e.senderCode), Cell(text: t.type(e.type), csv: e.type),
                                 Cell(text: (e.status == .missing ? ReportText.belowMarker + " " : "") + t.status(e.status),
                                      csv: e.status.rawValue),
                                 t.dateCell(e.received), t.dateCell(c.deadline)],
                         belowTarget: e.status == .missing)
            },
            emptyText: t(.allOnTime))
    }

    // MARK: II–IV. The agencies' words

    private func narrativeSection(_ section: NarrativeItem.Section, heading: Label) -> Section {
        let said = narratives(section)
        return Section(heading: heading.roman + ". " + t(heading), blocks: said.isEmpty ? [.paragraph(t(.nothingSaid))] : said)
    }

    /// The section's items grouped by sender (configuration order), each sender's in the order written.
    private func narratives(_ section: NarrativeItem.Section) -> [Block] {
        let items = c.narratives.filter { $0.section == section }
        return tables.names.ordered(items.map(\.senderCode)).compactMap { code in
            let own = items.filter { $0.senderCode == code }
            guard let first = own.first else { return nil }
            return Block.quote(sender: first.senderName, texts: own.map(\.text))
        }
    }
}

extension Label {
    /// The Roman numeral of a body heading.
    var roman: String {
        switch self {
        case .headingResults: "I"
        case .headingDifficulties: "II"
        case .headingProposals: "III"
        default: "IV"
        }
    }
}
