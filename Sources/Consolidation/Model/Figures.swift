public import Programme
public import Schema

/// A count against a population: the shape of every rate in the reports.
///
/// A rate exists only when the denominator does: a missing denominator is shown as missing,
/// never as 0% or 100% (and a zero denominator gives no rate either).
public struct Measure: Sendable, Hashable {
    public var numerator: Int
    /// The eligible population, when an agency reported it.
    public var denominator: Int?
    /// The plan's target, in percent (90, 100), if there is one.
    public var targetPercent: Double?

    public init(numerator: Int, denominator: Int?, targetPercent: Double? = nil) {
        self.numerator = numerator
        self.denominator = denominator
        self.targetPercent = targetPercent
    }

    /// numerator / denominator, or nil when there is no (positive) denominator.
    public var rate: Double? {
        guard let d = denominator, d > 0 else { return nil }
        return Double(numerator) / Double(d)
    }

    /// True / false against the target; nil when there is no rate or no target.
    public var meetsTarget: Bool? {
        guard let rate, let targetPercent else { return nil }
        return rate * 100 >= targetPercent - 1e-9
    }
}

/// Entities reported by two or more senders and counted once.
public struct Overlap: Sendable, Hashable {
    /// Sender codes, sorted.
    public var senders: [String]
    /// Entities listed by every one of these senders.
    public var entities: Int

    public init(senders: [String], entities: Int) {
        self.senders = senders
        self.entities = entities
    }
}

/// The figures of one register cohort (enterprise, household, student) for a period.
public struct CohortFigures: Sendable, Hashable {
    /// `enterprise`, `household`, `student`.
    public var cohort: String
    public var title: Localized
    /// The suffix this cohort registers (`.biz.vn`, `.id.vn`).
    public var suffix: String
    /// Register rows, all senders together.
    public var rows: Int
    /// Distinct entities listed (after removing overlaps).
    public var listed: Int
    /// Reached: distinct entities with an outreach date or a domain.
    public var outreach: Measure
    /// Registered: distinct entities with a domain, cumulative since the programme began.
    public var registration: Measure
    /// Registered with a registration date inside the period.
    public var registeredInPeriod: Int
    /// Digital services in use among the registered.
    public var website: Int
    public var email: Int
    /// Rows that repeated an entity already listed by another sender.
    public var overlapsRemoved: Int
    public var overlaps: [Overlap]
    /// Registered entities anywhere in the province. Equal to `registration.numerator` except
    /// for households, whose rate counts only the communes that reported their denominator.
    public var registeredProvinceWide: Int = 0
    /// Reached entities anywhere in the province (see `registeredProvinceWide`).
    public var reachedProvinceWide: Int = 0
    /// A note on how the rate is restricted, when it is (households), for the reports.
    public var scopeNote: Localized?
    /// Registrations by month of their registration date (`2026-07` → count), distinct
    /// entities, province-wide: the history behind "registrations per quarter" and the pace.
    public var registrationsByMonth: [String: Int] = [:]

    public init(cohort: String, title: Localized, suffix: String, rows: Int, listed: Int, outreach: Measure,
                registration: Measure, registeredInPeriod: Int, website: Int, email: Int, overlapsRemoved: Int,
                overlaps: [Overlap]) {
        self.cohort = cohort
        self.title = title
        self.suffix = suffix
        self.rows = rows
        self.listed = listed
        self.outreach = outreach
        self.registration = registration
        self.registeredInPeriod = registeredInPeriod
        self.website = website
        self.email = email
        self.overlapsRemoved = overlapsRemoved
        self.overlaps = overlaps
    }
}

/// Listed, reached and registered entities of one cohort in one place.
public struct Tally: Sendable, Hashable {
    public var listed = 0
    public var reached = 0
    public var registered = 0
    public var registeredInPeriod = 0

    public init(listed: Int = 0, reached: Int = 0, registered: Int = 0, registeredInPeriod: Int = 0) {
        self.listed = listed
        self.reached = reached
        self.registered = registered
        self.registeredInPeriod = registeredInPeriod
    }
}

/// One of the 92 communes and wards.
public struct CommuneFigures: Sendable, Hashable {
    public var code: String
    /// The official name ("Phường Phan Đình Phùng").
    public var name: String
    /// True when the commune sent its commune-activities report for the period.
    public var submitted: Bool
    /// Household businesses: registration against the commune's own count of household
    /// businesses (its denominator; nil when it did not report).
    public var households: Measure
    /// Households reached, against the same denominator.
    public var householdsReached: Measure
    /// Pilot household businesses (distinct, from registers) and the plan's 5–10 target.
    public var pilots: Int
    public var pilotTarget: ClosedRange<Int>
    /// Entities of each register cohort attributed to this commune.
    public var enterprises: Tally
    public var householdTally: Tally
    public var students: Tally
    /// What the commune itself reported in its commune-activities row (nil: no report).
    public var reportedHouseholdsRegistered: Int?
    public var teamActivities: Int?
    public var teamParticipants: Int?

    public init(code: String, name: String, submitted: Bool, households: Measure, householdsReached: Measure, pilots: Int,
                pilotTarget: ClosedRange<Int>, enterprises: Tally, householdTally: Tally, students: Tally,
                reportedHouseholdsRegistered: Int? = nil, teamActivities: Int? = nil, teamParticipants: Int? = nil) {
        self.code = code
        self.name = name
        self.submitted = submitted
        self.households = households
        self.householdsReached = householdsReached
        self.pilots = pilots
        self.pilotTarget = pilotTarget
        self.enterprises = enterprises
        self.householdTally = householdTally
        self.students = students
        self.reportedHouseholdsRegistered = reportedHouseholdsRegistered
        self.teamActivities = teamActivities
        self.teamParticipants = teamParticipants
    }

    /// Below the registration target (only when there is a rate to compare).
    public var belowTarget: Bool { households.meetsTarget == false }
}

/// One agency (or the communes taken together) and what it contributed.
public struct AgencyFigures: Sendable, Hashable {
    public var code: String
    public var name: Localized
    /// Types the agency must send, each with its status for the period.
    public var expected: [ExpectedSubmission]
    /// Register rows and distinct entities per cohort, as this agency listed them (before
    /// de-duplication across agencies).
    public var tallies: [String: Tally]
    /// Sums of the agency's aggregate reports, by field name (`members`, `students_reached`).
    public var aggregates: [String: Int]

    public init(code: String, name: Localized, expected: [ExpectedSubmission], tallies: [String: Tally],
                aggregates: [String: Int]) {
        self.code = code
        self.name = name
        self.expected = expected
        self.tallies = tallies
        self.aggregates = aggregates
    }
}

/// Whether an expected submission came, and when (DHIS2's completeness and timeliness).
public struct ExpectedSubmission: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        case onTime = "on-time"
        case late
        case missing
    }

    public var senderCode: String
    public var senderName: String
    public var type: String
    public var status: Status
    public var received: Day?
    /// The hash of the submission that counts, when there is one.
    public var hash: String?

    public init(senderCode: String, senderName: String, type: String, status: Status, received: Day? = nil, hash: String? = nil) {
        self.senderCode = senderCode
        self.senderName = senderName
        self.type = type
        self.status = status
        self.received = received
        self.hash = hash
    }
}

/// The free-text sections of the agencies' reports, carried through to the consolidation.
public struct NarrativeItem: Sendable, Hashable {
    public enum Section: String, Sendable, Hashable, CaseIterable {
        case results
        case difficulties
        case proposals
        case nextTasks = "next_tasks"
    }

    public var senderCode: String
    public var senderName: String
    public var section: Section
    public var text: String

    public init(senderCode: String, senderName: String, section: Section, text: String) {
        self.senderCode = senderCode
        self.senderName = senderName
        self.section = section
        self.text = text
    }
}

/// The lists and aggregates that are not registers: schools, craft villages, members,
/// media, trainings, and the communes' own activities.
public struct ActivityFigures: Sendable, Hashable {
    public var schoolsListed = 0
    public var schoolsReached = 0
    /// Students 18–23 in the schools (the student cohort's denominator), reached and registered as the schools report them.
    public var studentsEligible: Int?
    public var studentsReached = 0
    public var studentsRegistered = 0
    public var craftVillagesListed = 0
    public var craftVillagesReached = 0
    public var craftVillagesWithDomain = 0
    public var craftVillagesWithWebsite = 0
    /// By the `kind` code (`craft-village`, `ocop`).
    public var craftVillagesByKind: [String: Int] = [:]
    /// Member outreach per organisation code: members (eligible), reached, registered, sessions.
    public var members: [String: MemberFigures] = [:]
    /// Media items by category code (`news`, `article`, …) and by sender.
    public var mediaByKind: [String: Int] = [:]
    public var mediaBySender: [String: Int] = [:]
    public var trainings = 0
    public var trainingParticipants = 0
    public var trainingsByKind: [String: Int] = [:]
    /// Sums of the communes' own reports.
    public var organisationsReached = 0
    public var enterprisesReachedByCommunes = 0
    public var teamActivities = 0
    public var teamParticipants = 0

    public init() {}

    public var mediaItems: Int { mediaByKind.values.reduce(0, +) }
}

public struct MemberFigures: Sendable, Hashable {
    public var members = 0
    public var reached = 0
    public var registered = 0
    public var sessions = 0

    public init(members: Int = 0, reached: Int = 0, registered: Int = 0, sessions: Int = 0) {
        self.members = members
        self.reached = reached
        self.registered = registered
        self.sessions = sessions
    }

    public var outreach: Measure { Measure(numerator: reached, denominator: members > 0 ? members : nil, targetPercent: 100) }
}

/// Registrations whose free period ends soon: they must be renewed (and paid for) or lost.
public struct RenewalRisk: Sendable, Hashable {
    public var communeCode: String
    public var communeName: String
    public var cohort: String
    /// Registrations whose free period ends inside the window.
    public var count: Int
    /// The first of those ends.
    public var earliestEnd: Day

    public init(communeCode: String, communeName: String, cohort: String, count: Int, earliestEnd: Day) {
        self.communeCode = communeCode
        self.communeName = communeName
        self.cohort = cohort
        self.count = count
        self.earliestEnd = earliestEnd
    }
}
