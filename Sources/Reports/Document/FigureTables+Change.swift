import Consolidation

/// Change since the previous quarter for every headline figure.
extension FigureTables {
    /// A rate stored as a fraction, in tenths of a percent, truncated like every rate shown
    /// (the 1e-9 keeps 0.9 from becoming 899‰ through binary rounding).
    static func permille(_ rate: Double) -> Int { Int((rate * 1000 + 1e-9).rounded(.down)) }

    /// One row per figure: cohort eligible, reached, registered and both rates (in points),
    /// then media items, trainings and participants. Nil when there is no previous quarter.
    func change() -> Table? {
        guard let previous = c.previous else { return nil }
        var rows: [TableRow] = []
        func count(_ label: String, _ before: Int?, _ now: Int?) {
            var change: Cell = "—"
            if let before, let now { change = t.signedCell(now - before) }
            rows.append(TableRow(cells: [Cell(label), before.map { t.countCell($0) } ?? Cell(text: t(.notReported), csv: ""),
                                         now.map { t.countCell($0) } ?? Cell(text: t(.notReported), csv: ""), change]))
        }
        func rate(_ label: String, _ before: Measure?, _ now: Measure) {
            var change: Cell = "—"
            if let before, let a = ReportText.permille(before), let b = ReportText.permille(now) {
                change = Cell(text: t.points(b - a), csv: String(b - a))
            }
            rows.append(TableRow(cells: [Cell(label), before.map { t.rateCell($0) } ?? Cell(text: t(.notReported), csv: ""),
                                         t.rateCell(now), change]))
        }
        for f in c.cohorts {
            let name = f.title.text(t.language) + " – "
            let before = previous.cohorts[f.cohort]
            let eligible = f.registration.denominator ?? f.outreach.denominator
            count(name + t(.eligible).lowercased(), before?.eligible, eligible)
            count(name + t(.reached).lowercased(), before?.reached, f.outreach.numerator)
            count(name + t(.registered).lowercased(), before?.registered, f.registration.numerator)
            rate(name + t(.outreachRate).lowercased(), before.map { Measure(numerator: $0.reached, denominator: $0.eligible) },
                 f.outreach)
            rate(name + t(.registrationRate).lowercased(),
                 before.map { Measure(numerator: $0.registered, denominator: $0.eligible) }, f.registration)
        }
        count(t(.mediaItems), previous.mediaItems, c.activities.mediaItems)
        count(t(.trainingEvents), previous.trainings, c.activities.trainings)
        count(t(.trainingParticipants), previous.trainingParticipants, c.activities.trainingParticipants)
        return Table(
            caption: t(.captionHeadlineChange),
            columns: [Column(title: t(.indicator)), Column(title: t.period(previous.period), numeric: true),
                      Column(title: t.period(c.period), numeric: true), Column(title: t(.change), numeric: true)],
            rows: rows)
    }
}
