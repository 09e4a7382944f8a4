import Consolidation
import Tabular

/// The communes: ranking, the five highest and lowest, the bar chart, and Appendix 1.
extension CommitteeReport {
    /// The communes ranked by household registration rate, highest first; communes without a
    /// rate after them, by name in Vietnamese order. Ties in rate are broken by name.
    func rankedCommunes() -> [CommuneFigures] {
        let keyed = c.communes.map { (commune: $0, key: VietnameseCollation.key($0.name)) }
        let rated = keyed.filter { $0.commune.households.rate != nil }.sorted { a, b in
            // Compare n1/d1 and n2/d2 exactly, as n1·d2 and n2·d1 (both denominators are positive).
            let x = a.commune.households, y = b.commune.households
            let l = x.numerator * (y.denominator ?? 1), r = y.numerator * (x.denominator ?? 1)
            if l != r { return l > r }
            return (a.key, a.commune.code) < (b.key, b.commune.code)
        }
        let unrated = keyed.filter { $0.commune.households.rate == nil }.sorted { ($0.key, $0.commune.code) < ($1.key, $1.commune.code) }
        return (rated + unrated).map(\.commune)
    }

    func communeAppendix() -> Section {
        let ranked = rankedCommunes()
        var rank = 0
        let rows = ranked.map { f -> TableRow in
            var rankCell: Cell = "—"
            if f.households.rate != nil {
                rank += 1
                rankCell = t.countCell(rank)
            }
            let pilotsBelow = f.pilots < f.pilotTarget.lowerBound
            let pilots = Cell(text: t.count(f.pilots) + (pilotsBelow ? " " + ReportText.belowMarker : ""), csv: String(f.pilots))
            return TableRow(cells: [rankCell, Cell(f.code), Cell(f.name), t.optionalCountCell(f.households.denominator),
                                    t.countCell(f.householdsReached.numerator), t.rateCell(f.householdsReached),
                                    t.countCell(f.households.numerator), t.rateCell(f.households), t.verdictCell(f.households),
                                    pilots, f.teamActivities.map { t.countCell($0) } ?? "—",
                                    Cell(text: t.yesNo(f.submitted), csv: f.submitted ? "1" : "0")],
                            belowTarget: f.belowTarget)
        }
        let target = "\(c.pilotTarget.lowerBound)–\(c.pilotTarget.upperBound)"
        let table = Table(
            caption: t(.captionCommunes),
            columns: [Column(title: t(.rank), numeric: true), Column(title: t(.code)), Column(title: t(.commune)),
                      Column(title: t(.householdsEligible), numeric: true), Column(title: t(.reached), numeric: true),
                      Column(title: t(.outreachRate), numeric: true), Column(title: t(.registered), numeric: true),
                      Column(title: t(.registrationRate), numeric: true), Column(title: t(.assessment)),
                      Column(title: t(.pilots) + " (" + target + ")", numeric: true),
                      Column(title: t(.teamActivities), numeric: true), Column(title: t(.reportSent))],
            rows: rows)
        return Section(heading: t(.appendix) + " 1. " + t(.appendixCommunes),
                       blocks: [.paragraph(t(.communeRankingNote) + " " + ReportText.belowMarker + ": " + t(.belowTargetLegend)
                                           + " (" + t(.pilots).lowercased() + " < \(c.pilotTarget.lowerBound))."),
                                .chart(.communes(communeChart(ranked))), .table(table)])
    }


    /// Every commune as a bar, in the ranked order of the table after it (its text equivalent).
    func communeChart(_ ranked: [CommuneFigures]) -> CommuneChart {
        var rank = 0
        let rows = ranked.map { f -> CommuneChart.Row in
            var label = f.name
            if f.households.rate != nil {
                rank += 1
                label = "\(rank). " + f.name
            }
            return CommuneChart.Row(label: label, permille: ReportText.permille(f.households), text: t.rate(f.households),
                                    belowTarget: f.belowTarget)
        }
        let target = c.communes.compactMap(\.households.targetPercent).first ?? 90
        return CommuneChart(caption: t(.captionCommuneChart) + " (" + t(.figuresBelow) + ")", rows: rows,
                            targetPermille: Int((target * 10).rounded()), targetLabel: t(.target) + " " + t.targetPercent(target))
    }

    /// The five highest and five lowest rates (fewer when fewer communes have one), with the
    /// change in points where the previous quarter had the commune's rate.
    func topAndBottom() -> Table {
        let rated = rankedCommunes().filter { $0.households.rate != nil }
        let top = Array(rated.prefix(5))
        let bottom = Array(rated.dropFirst(top.count).suffix(5))
        func row(_ group: Label, _ rank: Int, _ f: CommuneFigures) -> TableRow {
            var before: Cell = Cell(text: t(.notReported), csv: "")
            var change: Cell = "—"
            if let rate = c.previous?.communeRates[f.code] {
                let a = FigureTables.permille(rate)
                before = Cell(text: t.rate(Measure(numerator: a, denominator: 1000)), csv: ReportText.fraction(Measure(numerator: a, denominator: 1000)))
                if let b = ReportText.permille(f.households) { change = Cell(text: t.points(b - a), csv: String(b - a)) }
            }
            return TableRow(cells: [Cell(text: t(group), csv: group == .highest ? "top" : "bottom"), t.countCell(rank),
                                    Cell(f.code), Cell(f.name), t.rateCell(f.households), before, change],
                            belowTarget: f.belowTarget)
        }
        let rows = top.enumerated().map { row(.highest, $0.offset + 1, $0.element) }
            + bottom.enumerated().map { row(.lowest, rated.count - bottom.count + $0.offset + 1, $0.element) }
        return Table(
            caption: t(.captionTopBottom),
            columns: [Column(title: t(.group)), Column(title: t(.rank), numeric: true), Column(title: t(.code)),
                      Column(title: t(.commune)), Column(title: t(.rateNow), numeric: true),
                      Column(title: t(.rateBefore), numeric: true), Column(title: t(.change), numeric: true)],
            rows: rows, emptyText: t(.noRatedCommunes))
    }
}
