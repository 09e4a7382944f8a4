public import Programme
public import Schema

/// Agencies' claimed registrations checked against the registry's extract (FACTS §8): only
/// the registry knows which names were really granted, when, and whether they are still
/// maintained; only the agencies know outreach, denominators and who helped.
public struct Reconciliation: Sendable, Hashable {
    /// What a claim turned out to be.
    public enum Outcome: String, Sendable, Hashable, CaseIterable {
        /// Granted, within the programme up to the cut-off, on the claimed date, for the cohort's holder type.
        case confirmed
        /// The registry has no such name: a claim the Ministry would reject.
        case notInRegistry = "not-in-registry"
        /// Granted, but on another date than claimed (or outside the programme's window).
        case otherDate = "other-date"
        /// The name exists under another suffix (`abc.id.vn` claimed, `abc.biz.vn` granted).
        case otherSuffix = "other-suffix"
        /// Granted to a holder of another cohort (an organisation for a student claim).
        case otherCohort = "other-cohort"
        /// Granted to another holder: both sides carry the holder's identifier and they differ.
        case otherHolder = "other-holder"
    }

    /// The extract used: the latest one received up to the period.
    public struct Extract: Sendable, Hashable {
        public var fileName: String
        public var hash: String
        public var period: Period
        public var received: Day
        public var rows: Int

        public init(fileName: String, hash: String, period: Period, received: Day, rows: Int) {
            self.fileName = fileName
            self.hash = hash
            self.period = period
            self.received = received
            self.rows = rows
        }
    }

    /// Claims by outcome, plus shared credit and (province and commune level) unclaimed names.
    public struct Counts: Sendable, Hashable {
        public var outcomes: [Outcome: Int] = [:]
        /// Claims made by more than one agency (counted once; credit shared).
        public var shared = 0
        /// Registry names no agency claimed (counted towards the targets as "not attributed").
        public var unclaimed = 0

        public init() {}

        public subscript(_ outcome: Outcome) -> Int { outcomes[outcome] ?? 0 }
        public var claims: Int { outcomes.values.reduce(0, +) }
    }

    /// What the registry itself says of a cohort: three figures never mixed.
    public struct RegistryFigures: Sendable, Hashable {
        /// Granted inside the period.
        public var newInPeriod = 0
        /// Granted since the programme began, up to the cut-off.
        public var cumulative = 0
        /// Of those, still active at the cut-off (status active, not expired).
        public var activeAtCutoff = 0

        public init(newInPeriod: Int = 0, cumulative: Int = 0, activeAtCutoff: Int = 0) {
            self.newInPeriod = newInPeriod
            self.cumulative = cumulative
            self.activeAtCutoff = activeAtCutoff
        }
    }

    /// A claim that did not reconcile, for the agency that made it (no personal data: the
    /// domain name and dates only).
    public struct Unmatched: Sendable, Hashable {
        public var senderCode: String
        public var cohort: String
        public var domain: String
        public var outcome: Outcome
        public var claimedOn: Day?
        public var grantedOn: Day?
        /// The name the registry has, when it differs (another suffix).
        public var registryDomain: String?
        public var communeCode: String?

        public init(senderCode: String, cohort: String, domain: String, outcome: Outcome, claimedOn: Day?, grantedOn: Day?,
                    registryDomain: String? = nil, communeCode: String? = nil) {
            self.senderCode = senderCode
            self.cohort = cohort
            self.domain = domain
            self.outcome = outcome
            self.claimedOn = claimedOn
            self.grantedOn = grantedOn
            self.registryDomain = registryDomain
            self.communeCode = communeCode
        }
    }

    public var extract: Extract
    /// Per cohort (`enterprise`, `household`, `student`), the claims' outcomes and the unclaimed names.
    public var byCohort: [String: Counts]
    /// Per sender code.
    public var bySender: [String: Counts]
    /// Per commune code (claims by the commune written in the row; unclaimed by the registry's commune, when it has one).
    public var byCommune: [String: Counts]
    /// Per cohort: new, cumulative, active — from the extract.
    public var registry: [String: RegistryFigures]
    /// Registry names whose holder type is not one of the programme's cohorts (other .vn holders).
    public var otherHolders: Int
    /// The first free `.biz.vn` rule: holders with more than one new `.biz.vn` name, and the
    /// names beyond each holder's first (not on the free offer).
    public var holdersWithSeveralBiz: Int
    public var bizBeyondFirst: Int
    /// Every claim that did not reconcile, by sender then domain.
    public var unmatched: [Unmatched]

    public init(extract: Extract, byCohort: [String: Counts], bySender: [String: Counts], byCommune: [String: Counts],
                registry: [String: RegistryFigures], otherHolders: Int, holdersWithSeveralBiz: Int, bizBeyondFirst: Int,
                unmatched: [Unmatched]) {
        self.extract = extract
        self.byCohort = byCohort
        self.bySender = bySender
        self.byCommune = byCommune
        self.registry = registry
        self.otherHolders = otherHolders
        self.holdersWithSeveralBiz = holdersWithSeveralBiz
        self.bizBeyondFirst = bizBeyondFirst
        self.unmatched = unmatched
    }
}
