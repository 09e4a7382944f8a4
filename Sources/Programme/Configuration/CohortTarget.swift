/// The plan's targets for one cohort, in percent of its eligible population (plan section II.2).
///
/// The eligible population (the denominator) is not here: agencies report it each quarter.
/// A target is a percent rather than a fraction because that is how the plan states it and
/// how an analyst will edit it.
public struct CohortTarget: Sendable, Hashable {
    /// The cohort name shared with the submission schemas' `cohort` (`enterprise`, `student`).
    public var cohort: String
    /// Percent to be reached (informed, supported); nil when the plan sets none.
    public var outreachPercent: Double?
    /// Percent to register a `.vn` name by the programme's end; nil when the plan sets none.
    public var registrationPercent: Double?

    public init(cohort: String, outreachPercent: Double?, registrationPercent: Double?) {
        self.cohort = cohort
        self.outreachPercent = outreachPercent
        self.registrationPercent = registrationPercent
    }
}
