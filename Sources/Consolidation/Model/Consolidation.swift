public import Programme
public import Schema

/// Everything the reports of one period say, computed from the accepted submissions, the
/// configuration and an as-of date, and nothing else (no clock, no environment).
///
/// Renderers (the Reports target) turn a consolidation into documents; they compute nothing
/// that is not here, so the same consolidation always gives byte-identical documents.
public struct Consolidation: Sendable {
    public var period: Period
    public var periodStart: Day
    /// The period's cut-off.
    public var periodEnd: Day
    public var deadline: Day
    /// The day the report is made as of (documents are dated with it).
    public var asOf: Day
    public var province: String
    public var programmeStart: Day
    public var programmeEnd: Day
    public var pilotTarget: ClosedRange<Int>
    /// Enterprise, household and student, in that order.
    public var cohorts: [CohortFigures]
    /// The 92 units in configuration order.
    public var communes: [CommuneFigures]
    /// Agencies in configuration order.
    public var agencies: [AgencyFigures]
    /// Every expected (sender, type) of the period with its status; communes included.
    public var completeness: [ExpectedSubmission]
    public var activities: ActivityFigures
    public var narratives: [NarrativeItem]
    /// The submissions that count for this period (superseded ones excluded), in ledger order,
    /// with what each contributed, for the appendix that traces every number.
    public var submissions: [SubmissionContribution]
    /// The previous quarter's consolidation, when it has accepted submissions.
    public var previous: PreviousFigures?
    /// Length of the free period of a registration, in years (configuration).
    public var freeYears: Int = 2
    /// Renewal risk: registrations whose free period ends between `asOf` and
    /// `renewalWindowEnd` (6 months after), by commune and cohort; no personal data.
    public var renewalWindowEnd: Day?
    public var renewalRisk: [RenewalRisk] = []
    /// The claims reconciled with the registry's latest extract; nil when no extract has been
    /// received (the reports then say the counts are as claimed and unverified).
    public var reconciliation: Reconciliation?

    public init(period: Period, periodStart: Day, periodEnd: Day, deadline: Day, asOf: Day, province: String,
                programmeStart: Day, programmeEnd: Day, pilotTarget: ClosedRange<Int>, cohorts: [CohortFigures],
                communes: [CommuneFigures], agencies: [AgencyFigures], completeness: [ExpectedSubmission],
                activities: ActivityFigures, narratives: [NarrativeItem], submissions: [SubmissionContribution],
                previous: PreviousFigures? = nil) {
        self.period = period
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.deadline = deadline
        self.asOf = asOf
        self.province = province
        self.programmeStart = programmeStart
        self.programmeEnd = programmeEnd
        self.pilotTarget = pilotTarget
        self.cohorts = cohorts
        self.communes = communes
        self.agencies = agencies
        self.completeness = completeness
        self.activities = activities
        self.narratives = narratives
        self.submissions = submissions
        self.previous = previous
    }

    public func cohort(_ name: String) -> CohortFigures? { cohorts.first { $0.cohort == name } }
}

/// A submission and what it put into the consolidation.
public struct SubmissionContribution: Sendable, Hashable {
    public var submission: Submission
    /// Per cohort or list: rows the file contributed (`enterprise`: 2000, `media`: 64, ...).
    public var contributed: [String: Int]

    public init(submission: Submission, contributed: [String: Int]) {
        self.submission = submission
        self.contributed = contributed
    }
}

/// The headline figures of the previous quarter, for "change since the previous quarter".
public struct PreviousFigures: Sendable, Hashable {
    public var period: Period
    /// Cohort name → (reached, registered, eligible).
    public var cohorts: [String: CohortHeadline]
    /// Commune code → household registration rate, where the commune had one.
    public var communeRates: [String: Double] = [:]
    /// Media items, trainings and participants of the previous quarter.
    public var mediaItems: Int = 0
    public var trainings: Int = 0
    public var trainingParticipants: Int = 0

    public init(period: Period, cohorts: [String: CohortHeadline]) {
        self.period = period
        self.cohorts = cohorts
    }
}

public struct CohortHeadline: Sendable, Hashable {
    public var reached: Int
    public var registered: Int
    public var eligible: Int?

    public init(reached: Int, registered: Int, eligible: Int?) {
        self.reached = reached
        self.registered = registered
        self.eligible = eligible
    }
}
