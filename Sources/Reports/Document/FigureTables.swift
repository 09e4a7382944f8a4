import Consolidation

/// The tables both reports share, built from a consolidation in the reader's language.
///
/// Builders only choose and format figures the consolidation already holds. The arithmetic
/// they do is small and said where it is done: the change since the previous quarter (a
/// subtraction of two figures the model carries), counting the rows of the completeness list,
/// and the projection and path of ``Projection`` and ``QuarterHistory``.
struct FigureTables {
    var c: Consolidation
    var t: ReportText
    var names: SenderNames

    init(_ c: Consolidation, _ t: ReportText) {
        self.c = c
        self.t = t
        self.names = SenderNames(c, language: t.language)
    }

    // MARK: Cohorts

    /// Headline progress of each cohort against its outreach and registration targets.
    func progress() -> Table {
        Table(
            caption: t(.captionProgress),
            columns: [Column(title: t(.cohort)), Column(title: t(.suffix)), Column(title: t(.eligible), numeric: true),
                      Column(title: t(.reached), numeric: true), Column(title: t(.outreachRate), numeric: true),
                      Column(title: t(.target), numeric: true), Column(title: t(.assessment)),
                      Column(title: t(.registeredCumulative), numeric: true),
                      Column(title: t(.registrationRate), numeric: true), Column(title: t(.target), numeric: true),
                      Column(title: t(.assessment))],
            rows: c.cohorts.map { f in
                TableRow(cells: [Cell(f.title.text(t.language)), Cell(f.suffix), t.optionalCountCell(f.registration.denominator ?? f.outreach.denominator),
                                 t.countCell(f.outreach.numerator), t.rateCell(f.outreach), t.targetCell(f.outreach.targetPercent),
                                 t.verdictCell(f.outreach), t.countCell(f.registration.numerator), t.rateCell(f.registration),
                                 t.targetCell(f.registration.targetPercent), t.verdictCell(f.registration)],
                         belowTarget: f.outreach.meetsTarget == false || f.registration.meetsTarget == false)
            })
    }

    /// The progress table as bars against the target lines (the table follows it).
    func progressChart() -> ProgressChart {
        let groups = c.cohorts.map { f in
            ProgressChart.Group(label: f.title.text(t.language), bars: [
                ProgressChart.Bar(label: t(.outreach), permille: ReportText.permille(f.outreach), text: t.rate(f.outreach),
                                  belowTarget: f.outreach.meetsTarget == false),
                ProgressChart.Bar(label: t(.registration), permille: ReportText.permille(f.registration),
                                  text: t.rate(f.registration), belowTarget: f.registration.meetsTarget == false),
            ])
        }
        var targets: [(Int, String)] = []
        for p in Set(c.cohorts.flatMap { [$0.outreach.targetPercent, $0.registration.targetPercent] }.compactMap { $0 })
            .sorted() {
            targets.append((Int(p.rounded()), t(.target) + " " + t.targetPercent(p)))
        }
        return ProgressChart(caption: t(.captionChart), groups: groups, targets: targets)
    }

    /// New in the period, digital services, and how the register rows became distinct entities.
    func periodAndServices() -> Table {
        Table(
            caption: t(.captionPeriod),
            columns: [Column(title: t(.cohort)), Column(title: t(.registeredInPeriod), numeric: true),
                      Column(title: t(.reachedProvinceWide), numeric: true),
                      Column(title: t(.registeredProvinceWide), numeric: true),
                      Column(title: t(.website), numeric: true), Column(title: t(.email), numeric: true),
                      Column(title: t(.registerRows), numeric: true), Column(title: t(.listed), numeric: true),
                      Column(title: t(.overlapsRemoved), numeric: true)],
            rows: c.cohorts.map { f in
                TableRow(cells: [Cell(f.title.text(t.language)), t.countCell(f.registeredInPeriod),
                                 t.countCell(f.reachedProvinceWide), t.countCell(f.registeredProvinceWide),
                                 t.countCell(f.website), t.countCell(f.email), t.countCell(f.rows), t.countCell(f.listed),
                                 t.countCell(f.overlapsRemoved)])
            })
    }

    /// The consolidation's notes on how a cohort's rate is restricted ("rates cover the communes
    /// that reported their denominator"), one paragraph each.
    func scopeNotes() -> [Block] {
        c.cohorts.compactMap { f in f.scopeNote.map { .paragraph(f.title.text(t.language) + ": " + $0.text(t.language)) } }
    }

    /// Entities listed by more than one sender and counted once, and between whom.
    func overlaps() -> Table {
        Table(
            caption: t(.captionOverlaps),
            columns: [Column(title: t(.cohort)), Column(title: t(.between)), Column(title: t(.entities), numeric: true)],
            rows: c.cohorts.flatMap { f in
                f.overlaps.map { o in
                    TableRow(cells: [Cell(f.title.text(t.language)), Cell(o.senders.map { names[code: $0] }.joined(separator: " – ")),
                                     t.countCell(o.entities)])
                }
            },
            emptyText: t(.noOverlaps))
    }

    // MARK: Activities

    /// Schools, students as the schools report them, craft villages, and the communes' own reports.
    func outreachActivities() -> Table {
        let a = c.activities
        func row(_ label: Label, _ n: Int, of d: Int?) -> TableRow {
            let m = Measure(numerator: n, denominator: d)
            return TableRow(cells: [Cell(t(label)), t.countCell(n), t.optionalCountCell(d), t.rateCell(m)])
        }
        func row(_ label: Label, _ n: Int) -> TableRow {  // a count that has no population to compare with
            TableRow(cells: [Cell(t(label)), t.countCell(n), "—", "—"])
        }
        return Table(
            caption: t(.captionActivities),
            columns: [Column(title: t(.indicator)), Column(title: t(.achieved), numeric: true),
                      Column(title: t(.ofTotal), numeric: true), Column(title: t(.rate), numeric: true)],
            rows: [
                row(.schoolsReached, a.schoolsReached, of: a.schoolsListed),
                row(.studentsReachedBySchools, a.studentsReached, of: a.studentsEligible),
                row(.studentsRegisteredBySchools, a.studentsRegistered, of: a.studentsEligible),
                row(.craftVillagesReached, a.craftVillagesReached, of: a.craftVillagesListed),
                row(.craftVillagesWithDomain, a.craftVillagesWithDomain, of: a.craftVillagesListed),
                row(.craftVillagesWithWebsite, a.craftVillagesWithWebsite, of: a.craftVillagesListed),
                row(.organisationsReachedByCommunes, a.organisationsReached),
                row(.enterprisesReachedByCommunes, a.enterprisesReachedByCommunes),
                row(.teamActivities, a.teamActivities),
                row(.teamParticipants, a.teamParticipants),
            ])
    }

    /// A count per code (`news`: 12), codes in a fixed order: known codes first as listed, then the rest sorted.
    func byCode(_ counts: [String: Int], caption: String, first known: [String], codeTitle: String,
                total: Int? = nil) -> Table {
        let ordered = known.filter { counts[$0] != nil } + counts.keys.filter { !known.contains($0) }.sorted()
        var rows = ordered.map { TableRow(cells: [Cell(text: t.kind($0), csv: $0), t.countCell(counts[$0] ?? 0)]) }
        if let total { rows.append(TableRow(cells: [Cell(text: t(.total), csv: "total"), t.countCell(total)])) }
        return Table(caption: caption, columns: [Column(title: codeTitle), Column(title: t(.count), numeric: true)],
                     rows: rows, emptyText: t(.nothingReported))
    }

    func craftVillagesByKind() -> Table {
        byCode(c.activities.craftVillagesByKind, caption: t(.captionCraftKinds), first: ["craft-village", "ocop"],
               codeTitle: t(.kind))
    }

    func mediaByKind() -> Table {
        byCode(c.activities.mediaByKind, caption: t(.captionMedia),
               first: ["news", "article", "reportage", "model-story", "programme"], codeTitle: t(.kind),
               total: c.activities.mediaItems)
    }

    func mediaBySender() -> Table {
        let counts = c.activities.mediaBySender
        return Table(
            caption: t(.captionMediaBySender),
            columns: [Column(title: t(.sender)), Column(title: t(.count), numeric: true)],
            rows: names.ordered(counts.keys).map { TableRow(cells: [Cell(names[code: $0]), t.countCell(counts[$0] ?? 0)]) },
            emptyText: t(.nothingReported))
    }

    func trainings() -> Table {
        var table = byCode(c.activities.trainingsByKind, caption: t(.captionTrainings),
                           first: ["conference", "workshop", "training"], codeTitle: t(.kind), total: c.activities.trainings)
        table.rows.append(TableRow(cells: [Cell(text: t(.trainingParticipants), csv: "participants"),
                                           t.countCell(c.activities.trainingParticipants)]))
        table.emptyText = nil
        return table
    }

    /// Members of each mass organisation reached, against the 100% outreach target.
    func members() -> Table {
        let members = c.activities.members
        return Table(
            caption: t(.captionMembers),
            columns: [Column(title: t(.organisation)), Column(title: t(.members), numeric: true),
                      Column(title: t(.reached), numeric: true), Column(title: t(.outreachRate), numeric: true),
                      Column(title: t(.assessment)), Column(title: t(.membersRegistered), numeric: true),
                      Column(title: t(.sessions), numeric: true)],
            rows: names.ordered(members.keys).map { code in
                let m = members[code] ?? MemberFigures()
                return TableRow(cells: [Cell(names[code: code]), t.countCell(m.members), t.countCell(m.reached),
                                        t.rateCell(m.outreach), t.verdictCell(m.outreach), t.countCell(m.registered),
                                        t.countCell(m.sessions)],
                                belowTarget: m.outreach.meetsTarget == false)
            },
            emptyText: t(.nothingReported))
    }
}

extension ReportText {
    func optionalCountCell(_ n: Int?) -> Cell { n.map { countCell($0) } ?? Cell(text: self(.notReported), csv: "") }
}
