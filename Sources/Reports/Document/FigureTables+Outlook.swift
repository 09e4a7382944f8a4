import Consolidation
import Schema

/// Registrations per quarter against the path, the projection, and the renewal risk: the
/// "what comes next" part of both reports.
extension FigureTables {
    /// The day the figures are counted to: the cut-off, or the as-of date when it is earlier.
    var cutOff: Day { min(c.periodEnd, c.asOf) }

    func history(_ f: CohortFigures) -> QuarterHistory {
        let target = projection(f).target
        return QuarterHistory.build(byMonth: f.registrationsByMonth, target: target, start: c.programmeStart,
                                    end: c.programmeEnd, cutOff: cutOff)
    }

    func projection(_ f: CohortFigures) -> Projection {
        Projection.project(registered: f.registration.numerator, eligible: f.registration.denominator,
                           targetPercent: f.registration.targetPercent ?? 90, start: c.programmeStart, cutOff: cutOff,
                           asOf: c.asOf, end: c.programmeEnd)
    }

    func quarterLabel(_ q: QuarterHistory.Quarter) -> String {
        t.language == .vi ? "Q\(q.quarter)/\(q.year)" : "Q\(q.quarter) \(q.year)"
    }

    private func targetText(_ f: CohortFigures) -> String {
        t(.target) + " " + t.targetPercent(f.registration.targetPercent ?? 90)
    }

    /// Sections 3 and 4 of both reports: registrations per quarter (note, chart, table) and
    /// the outlook to the target.
    func quartersAndOutlookSections() -> [Block] {
        [
            .subheading("3. " + t(.headingQuarters)),
            quartersNote(),
            .chart(.quarters(quarterChart())),
            .table(quartersTable()),
            .subheading("4. " + t(.headingOutlook)),
            .paragraph(t(.outlookNote)),
            .table(outlookTable()),
        ]
    }

    // MARK: Registrations per quarter

    /// How the quarters and the path are defined, said once before the chart.
    func quartersNote() -> Block {
        .paragraph(t(.quartersNoteStart) + " " + t.date(c.programmeStart) + " " + t(.quartersNoteEnd) + " "
                   + t.date(c.programmeEnd) + ".")
    }

    func quarterChart() -> QuarterChart {
        let start = Int(c.programmeStart.daysSince1970)
        let panels = c.cohorts.map { f in
            let h = history(f)
            var note: String?
            if h.target == nil { note = t(.noPath) } else if f.scopeNote != nil { note = t(.historyProvinceWide) }
            return QuarterChart.Panel(
                label: f.title.text(t.language),
                bars: h.quarters.map { q in
                    (day: Int(q.end.daysSince1970) - start, value: q.cumulative, text: q.cumulative.map { t.count($0) } ?? "—",
                     quarter: quarterLabel(q))
                },
                target: h.target.map { ($0, targetText(f) + ": " + t.count($0)) },
                note: note)
        }
        return QuarterChart(caption: t(.captionQuarterChart) + " (" + t(.figuresBelow) + ")",
                            span: Int(c.programmeEnd.daysSince1970) - start, panels: panels,
                            pathLabel: t(.pathLegend) + " (" + t.date(c.programmeEnd) + ")", barLabel: t(.barLegend))
    }

    /// The chart's text equivalent: one row per cohort and quarter.
    func quartersTable() -> Table {
        var rows: [TableRow] = []
        for f in c.cohorts {
            for q in history(f).quarters {
                var difference: Cell = "—"
                if let cumulative = q.cumulative, let path = q.path { difference = t.signedCell(cumulative - path) }
                rows.append(TableRow(
                    cells: [Cell(f.title.text(t.language)), Cell(text: quarterLabel(q), csv: "\(q.year)-Q\(q.quarter)"),
                            q.added.map { t.countCell($0) } ?? "—", q.cumulative.map { t.countCell($0) } ?? "—",
                            q.path.map { t.countCell($0) } ?? "—", difference],
                    belowTarget: q.cumulative != nil && q.path != nil && (q.cumulative ?? 0) < (q.path ?? 0)))
            }
        }
        return Table(
            caption: t(.captionQuarters),
            columns: [Column(title: t(.cohort)), Column(title: t(.quarter)), Column(title: t(.addedInQuarter), numeric: true),
                      Column(title: t(.cumulativeAtQuarterEnd), numeric: true),
                      Column(title: t(.pathAtQuarterEnd), numeric: true), Column(title: t(.difference), numeric: true)],
            rows: rows)
    }

    // MARK: Projection

    func outlookTable() -> Table {
        Table(
            caption: t(.captionOutlook),
            columns: [Column(title: t(.cohort)), Column(title: t(.eligible), numeric: true),
                      Column(title: t(.targetCount), numeric: true), Column(title: t(.registeredCumulative), numeric: true),
                      Column(title: t(.pacePerMonth), numeric: true), Column(title: t(.reachDate)),
                      Column(title: t(.neededPerMonth) + " " + t.date(c.asOf), numeric: true)],
            rows: c.cohorts.map { f in
                let p = projection(f)
                let outcome: Cell
                switch p.outcome {
                case .reached: outcome = Cell(text: t(.alreadyReached), csv: "reached")
                case .on(let day): outcome = t.dateCell(day)
                case .notByDeadline(let day):
                    let text = t(.notBy) + " " + t.date(c.programmeEnd)
                    outcome = Cell(text: ReportText.belowMarker + " " + text + (day.map { " (" + t(.projected) + " " + t.date($0) + ")" } ?? ""),
                                   csv: day.map { "after:" + $0.iso } ?? "never")
                case .noTarget: outcome = Cell(text: t(.notReported), csv: "")
                }
                return TableRow(cells: [Cell(f.title.text(t.language)), t.optionalCountCell(f.registration.denominator),
                                        p.target.map { t.countCell($0) } ?? Cell(text: "—", csv: ""),
                                        t.countCell(f.registration.numerator), t.countCell(p.pacePerMonth), outcome,
                                        p.neededPerMonth.map { t.countCell($0) } ?? Cell(text: "—", csv: "")],
                                belowTarget: { if case .notByDeadline = p.outcome { return true } else { return false } }())
            })
    }

    // MARK: Renewal risk

    func renewalNote() -> Block {
        .paragraph(t(.freePeriodIs) + " " + t.count(c.freeYears) + " " + t(.freePeriodYears))
    }

    private var renewalWindow: String {
        " (" + t.date(c.asOf) + " – " + (c.renewalWindowEnd.map { t.date($0) } ?? "—") + ")"
    }

    /// By commune and cohort, in the consolidation's order, with a total.
    func renewalByCommune() -> Table {
        var rows = c.renewalRisk.map { r in
            TableRow(cells: [Cell(text: r.communeCode.isEmpty ? t(.unknownCommune) : r.communeName, csv: r.communeName),
                             Cell(r.communeCode), Cell(text: cohortName(r.cohort), csv: r.cohort), t.countCell(r.count),
                             t.dateCell(r.earliestEnd)])
        }
        if !rows.isEmpty {
            let total = c.renewalRisk.reduce(0) { $0 + $1.count }
            let earliest = c.renewalRisk.map(\.earliestEnd).min()
            rows.append(TableRow(cells: [Cell(text: t(.total), csv: "total"), "", "", t.countCell(total), t.dateCell(earliest)]))
        }
        return Table(
            caption: t(.captionRenewal) + renewalWindow,
            columns: [Column(title: t(.commune)), Column(title: t(.code)), Column(title: t(.cohort)),
                      Column(title: t(.registrations), numeric: true), Column(title: t(.earliestEnd))],
            rows: rows, emptyText: t(.noRenewal))
    }

    /// Totals by cohort only, for the Ministry (no commune).
    func renewalByCohort() -> Table {
        let rows = c.cohorts.compactMap { f -> TableRow? in
            let own = c.renewalRisk.filter { $0.cohort == f.cohort }
            guard let earliest = own.map(\.earliestEnd).min() else { return nil }
            return TableRow(cells: [Cell(f.title.text(t.language)), t.countCell(own.reduce(0) { $0 + $1.count }),
                                    t.dateCell(earliest)])
        }
        return Table(
            caption: t(.captionRenewalByCohort) + renewalWindow,
            columns: [Column(title: t(.cohort)), Column(title: t(.registrations), numeric: true),
                      Column(title: t(.earliestEnd))],
            rows: rows, emptyText: t(.noRenewal))
    }

    func cohortName(_ key: String) -> String { c.cohort(key)?.title.text(t.language) ?? key }
}
