public import Schema

/// Everything about the programme that an analyst may need to change without a new build:
/// `Data/programme.json`.
///
/// The province, the programme's dates, how periods are cut, the targets per cohort, the
/// pilot range, the fee waiver, who reports what, and the 92 communes. Code knows none of these
/// values; a test loads the real file. Loading checks the shape and the values and fails on
/// the first problem with a ``JSONError`` that names the key (`agencies[3].kind`), so an
/// analyst can fix the file. Whether an expected submission type exists is checked later,
/// once the schemas are loaded: ``validate(knownTypes:)``.
public struct ProgrammeConfiguration: Sendable {
    /// The configuration format this build reads. A file of another version is refused rather
    /// than half-understood.
    public static let supportedVersion = 1

    /// Where the configuration was read from (for error messages).
    public var source: String
    public var version: Int
    public var province: Province
    /// The plan's first day: cumulative progress counts from here.
    public var start: Day
    /// The day the targets are due.
    public var end: Day
    /// Period kind, deadline and the programme's dates.
    public var calendar: ReportingCalendar
    /// In file order.
    public var targets: [CohortTarget]
    /// Pilot household businesses each commune should have.
    public var pilotHouseholdsPerCommune: ClosedRange<Int>
    public var incentive: Incentive
    /// In file order; codes are unique.
    public var agencies: [Agency]
    /// The current units, in file order; codes are unique.
    public var communes: [Commune]
    /// Submission types every commune must send each quarter.
    public var communeExpects: [String]
    /// Submission types every commune may send.
    public var communeOptional: [String]
    /// The pre-2025 mapping (`communes.formerUnits`), resolved against the configuration's
    /// folder; nil when not configured.
    public var formerUnitsPath: String?

    /// The target of `cohort`, if the plan sets one.
    public func target(for cohort: String) -> CohortTarget? { targets.first { $0.cohort == cohort } }

    /// The agency with code `code` (exact, upper-case).
    public func agency(code: String) -> Agency? { agencies.first { $0.code == code } }

    /// Who may send files, for the inbox.
    public var senders: SenderDirectory {
        SenderDirectory(agencies: agencies, communes: communes, communeExpects: communeExpects, communeOptional: communeOptional)
    }

    /// The commune resolver, with the pre-2025 mapping when one is configured.
    ///
    /// - Throws: a ``JSONError`` on `communes.formerUnits` when the mapping cannot be read or
    ///   points at codes that are not current units.
    public func communeDirectory() throws(JSONError) -> CommuneDirectory {
        do {
            let former = try formerUnitsPath.map { path throws(CommuneDataError) in try FormerUnit.load(path: path) } ?? []
            return try CommuneDirectory(communes: communes, formerUnits: former)
        } catch {
            throw JSONError(source: source, path: "communes.formerUnits", message: error.description)
        }
    }
}
