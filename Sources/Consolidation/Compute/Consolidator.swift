public import Programme
public import Schema
public import Tabular

/// Computes a period's ``Consolidation`` from the submissions that count for it.
///
/// The archived files are read again (they were validated when received, and validation is
/// deterministic), so the consolidation depends on nothing but the archive, the configuration
/// and the as-of date: `hiendien report` rebuilds any period from the archive alone.
public struct Consolidator: Sendable {
    public let configuration: ProgrammeConfiguration
    public let schemas: [TableSchema]
    public let communes: CommuneDirectory
    public let catalogue: FindingCatalogue
    /// How archived files are opened (XML export mappings).
    public var openOptions = OpenOptions()
    /// The header matchers, built once for every file read again (``Reading``).
    let baseValidator: FileValidator

    /// The register cohorts, in report order, with the suffix each registers.
    public static let registerCohorts: [(cohort: String, suffix: String, title: Localized)] = [
        ("enterprise", ".biz.vn", Localized(vi: "Doanh nghiệp mới thành lập", en: "New enterprises")),
        ("household", ".biz.vn", Localized(vi: "Hộ kinh doanh", en: "Household businesses")),
        ("student", ".id.vn", Localized(vi: "Thanh niên, sinh viên 18–23 tuổi", en: "Young people and students aged 18–23")),
    ]

    public init(configuration: ProgrammeConfiguration, schemas: [TableSchema], communes: CommuneDirectory,
                catalogue: FindingCatalogue) {
        self.configuration = configuration
        self.schemas = schemas
        self.communes = communes
        self.catalogue = catalogue
        baseValidator = FileValidator(types: schemas, catalogue: catalogue)
    }

    /// The consolidation of `period` from `current` (the accepted, not superseded submissions
    /// of every period; those of other periods are ignored except the previous quarter's
    /// headline). `root` is the workspace the archive paths are relative to.
    public func consolidate(period: Period, current: [Submission], root: String, asOf: Day) -> Consolidation {
        var figures = compute(period: period, submissions: relevant(to: period, current), root: root, asOf: asOf,
                              extract: latestExtract(upTo: period, current))
        if let previous = period.previous, current.contains(where: { $0.period == previous }) {
            let before = compute(period: previous, submissions: relevant(to: previous, current), root: root, asOf: asOf)
            var headlines: [String: CohortHeadline] = [:]
            for cohort in before.cohorts {
                headlines[cohort.cohort] = CohortHeadline(reached: cohort.outreach.numerator, registered: cohort.registration.numerator,
                                                          eligible: cohort.registration.denominator)
            }
            var prior = PreviousFigures(period: previous, cohorts: headlines)
            for commune in before.communes { if let rate = commune.households.rate { prior.communeRates[commune.code] = rate } }
            prior.mediaItems = before.activities.mediaItems
            prior.trainings = before.activities.trainings
            prior.trainingParticipants = before.activities.trainingParticipants
            figures.previous = prior
        }
        return figures
    }

    /// The submissions a period's figures come from. A quarter uses its own submissions. A
    /// year, or the whole programme, uses each sender's latest submission of each type within
    /// it: registers are status lists at the cut-off (cumulative), so the latest one holds the
    /// whole history, while "new in the period" is counted from registration dates.
    func relevant(to period: Period, _ current: [Submission]) -> [Submission] {
        if period.granularity == .quarter { return current.filter { $0.period == period } }
        let calendar = configuration.calendar
        let start = calendar.start(of: period), end = calendar.end(of: period)
        var latest: [String: Submission] = [:]
        for s in current where calendar.start(of: s.period) >= start && calendar.end(of: s.period) <= end {
            let key = s.senderCode + "|" + s.type
            if let existing = latest[key], existing.period >= s.period { continue }
            latest[key] = s
        }
        return current.filter { s in latest[s.senderCode + "|" + s.type] == s }
    }

    /// The registry extract to reconcile with: the latest one for this period or an earlier one.
    func latestExtract(upTo period: Period, _ current: [Submission]) -> Submission? {
        let kinds = Dictionary(schemas.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
        let end = configuration.calendar.end(of: period)
        return current.filter { kinds[$0.type] == .registry && configuration.calendar.end(of: $0.period) <= end }
            .max { ($0.period, $0.received) < ($1.period, $1.received) }
    }

    func compute(period: Period, submissions: [Submission], root: String, asOf: Day, extract: Submission? = nil) -> Consolidation {
        let calendar = configuration.calendar
        let start = calendar.start(of: period), end = calendar.end(of: period)
        let reading = Reading(consolidator: self, periodStart: start, periodEnd: end)
        var contributions: [SubmissionContribution] = []
        let registries = Set(schemas.filter { $0.kind == .registry }.map(\.name))
        let registers = Set(schemas.filter { $0.kind == .register }.map(\.name))
        let counted = submissions.filter { !registries.contains($0.type) }
        // Registers are read ahead on every core when there are several and they are not huge
        // (read-ahead keeps their rows in memory); then everything is applied in order, so the
        // result is the same as a serial reading.
        let ahead = counted.filter { registers.contains($0.type) }
        var extracted: [String: Reading.ExtractedRegister] = [:]
        if ahead.count > 1 && ahead.map(\.rows).reduce(0, +) <= 2_000_000 {
            let consolidator = self
            let results = ahead.concurrentMap { submission in
                Reading.extractRegister(submission, path: root + "/" + submission.archivePath, consolidator: consolidator,
                                        periodStart: start, periodEnd: end)
            }
            for (submission, result) in zip(ahead, results) { extracted[submission.hash] = result }
        }
        for submission in counted {
            let contributed = extracted[submission.hash].map { reading.apply($0, of: submission) }
                ?? reading.read(submission, path: root + "/" + submission.archivePath)
            contributions.append(SubmissionContribution(submission: submission, contributed: contributed))
        }
        let senders = configuration.senders
        let completeness = Self.completeness(period: period, submissions: submissions, senders: senders)
        var result = Consolidation(
            period: period, periodStart: start, periodEnd: end, deadline: calendar.deadline(of: period), asOf: asOf,
            province: configuration.province.name, programmeStart: configuration.start, programmeEnd: configuration.end,
            pilotTarget: configuration.pilotHouseholdsPerCommune,
            cohorts: reading.cohortFigures(), communes: reading.communeFigures(), agencies: reading.agencyFigures(completeness),
            completeness: completeness, activities: reading.activities, narratives: reading.narratives,
            submissions: contributions)
        result.freeYears = configuration.incentive.freeYears
        let windowEnd = asOf.adding(months: 6)
        result.renewalWindowEnd = windowEnd
        result.renewalRisk = reading.renewalRisk(from: asOf, to: windowEnd, freeYears: configuration.incentive.freeYears)
        if let extract {
            let contributed = reading.read(extract, path: root + "/" + extract.archivePath)
            result.submissions.append(SubmissionContribution(submission: extract, contributed: contributed))
            let info = Reconciliation.Extract(fileName: extract.fileName, hash: extract.hash, period: extract.period,
                                              received: extract.received, rows: extract.rows)
            result.reconciliation = reading.reconcile(extract: info, programmeStart: configuration.start)
        }
        return result
    }

    /// Every expected (sender, type) of the period: on time, late or missing.
    public static func completeness(period: Period, submissions: [Submission], senders: SenderDirectory) -> [ExpectedSubmission] {
        var latest: [String: Submission] = [:]
        for s in submissions { latest[s.senderCode + "|" + s.type] = s }
        var items: [ExpectedSubmission] = []
        for sender in senders.all {
            for type in senders.expectedTypes(of: sender) {
                if let s = latest[sender.code + "|" + type] {
                    items.append(ExpectedSubmission(senderCode: sender.code, senderName: sender.name, type: type,
                                                    status: s.isLate ? .late : .onTime, received: s.received, hash: s.hash))
                } else {
                    items.append(ExpectedSubmission(senderCode: sender.code, senderName: sender.name, type: type, status: .missing))
                }
            }
        }
        return items
    }
}
