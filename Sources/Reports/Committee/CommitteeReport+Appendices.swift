import Consolidation

extension CommitteeReport {
    // MARK: Appendix 2: agencies

    func agencyAppendix() -> Section {
        let byHash = Dictionary(c.submissions.map { ($0.submission.hash, $0.submission) }, uniquingKeysWith: { a, _ in a })
        var blocks: [Block] = []
        for agency in c.agencies {
            blocks.append(.subheading(agency.code + " — " + agency.name.text(t.language)))
            blocks.append(.table(Table(
                caption: t(.captionExpected),
                columns: [Column(title: t(.submissionType)), Column(title: t(.status)), Column(title: t(.received)),
                          Column(title: t(.rows), numeric: true), Column(title: t(.hash))],
                rows: agency.expected.map { e in
                    let s = e.hash.flatMap { byHash[$0] }
                    return TableRow(cells: [Cell(text: t.type(e.type), csv: e.type),
                                            Cell(text: (e.status == .missing ? ReportText.belowMarker + " " : "") + t.status(e.status),
                                                 csv: e.status.rawValue),
                                            t.dateCell(e.received), s.map { t.countCell($0.rows) } ?? "—",
                                            Cell(s?.shortHash ?? e.hash.map { String($0.prefix(12)) } ?? "—")],
                                    belowTarget: e.status == .missing)
                },
                emptyText: t(.nothingExpected))))
            if !agency.tallies.isEmpty {
                blocks.append(.table(Table(
                    caption: t(.captionTallies),
                    columns: [Column(title: t(.cohort)), Column(title: t(.listed), numeric: true),
                              Column(title: t(.reached), numeric: true), Column(title: t(.registered), numeric: true),
                              Column(title: t(.registeredInPeriod), numeric: true)],
                    rows: cohortOrder(agency.tallies.keys).map { key in
                        let tally = agency.tallies[key] ?? Tally()
                        return TableRow(cells: [Cell(text: cohortTitle(key), csv: key), t.countCell(tally.listed),
                                                t.countCell(tally.reached), t.countCell(tally.registered),
                                                t.countCell(tally.registeredInPeriod)])
                    })))
            }
            if !agency.aggregates.isEmpty {
                blocks.append(.table(Table(
                    caption: t(.captionAggregates),
                    columns: [Column(title: t(.indicator)), Column(title: t(.value), numeric: true)],
                    rows: agency.aggregates.keys.sorted().map { key in
                        TableRow(cells: [Cell(text: t.field(key), csv: key), t.countCell(agency.aggregates[key] ?? 0)])
                    })))
            }
        }
        return Section(heading: t(.appendix) + " 2. " + t(.appendixAgencies), blocks: blocks)
    }

    /// Cohort keys in the consolidation's cohort order, unknown keys after, sorted.
    func cohortOrder(_ keys: some Sequence<String>) -> [String] {
        let keys = Set(keys)
        let known = c.cohorts.map(\.cohort).filter { keys.contains($0) }
        return known + keys.subtracting(known).sorted()
    }

    func cohortTitle(_ key: String) -> String { c.cohort(key)?.title.text(t.language) ?? key }

    // MARK: Appendix 3: trace

    /// Every submission that counts, in ledger order, and what it put into the figures.
    func traceAppendix() -> Section {
        let table = Table(
            caption: t(.captionTrace),
            columns: [Column(title: "#", numeric: true), Column(title: t(.fileName)), Column(title: t(.hash)),
                      Column(title: t(.sender)), Column(title: t(.submissionType)), Column(title: t(.received)),
                      Column(title: t(.late)), Column(title: t(.rows), numeric: true), Column(title: t(.contributed)),
                      Column(title: t(.supersedes))],
            rows: c.submissions.enumerated().map { i, s in
                let sub = s.submission
                let contributed = cohortOrder(s.contributed.keys).map { key in
                    (cohortTitle(key), key, s.contributed[key] ?? 0)
                }
                return TableRow(cells: [
                    t.countCell(i + 1), Cell(sub.fileName), Cell(sub.shortHash),
                    Cell(text: sub.senderCode + " — " + sub.senderName, csv: sub.senderCode),
                    Cell(text: t.type(sub.type), csv: sub.type), t.dateCell(sub.received),
                    Cell(text: sub.isLate ? ReportText.belowMarker + " " + t(.yes) : t(.no), csv: sub.isLate ? "1" : "0"),
                    t.countCell(sub.rows),
                    Cell(text: contributed.map { "\($0.0): \(t.count($0.2))" }.joined(separator: "; "),
                         csv: contributed.map { "\($0.1)=\($0.2)" }.joined(separator: ";")),
                    Cell(sub.supersedes.map { String($0.prefix(12)) }.joined(separator: " ")),
                ], belowTarget: sub.isLate)
            },
            emptyText: t(.noSubmissions))
        return Section(heading: t(.appendix) + " 3. " + t(.appendixTrace), blocks: [.paragraph(t(.traceNote)), .table(table)])
    }
}
