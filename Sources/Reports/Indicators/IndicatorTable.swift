import Consolidation
import Schema

/// `indicators.csv`: every figure of the period as one tidy row per (period, indicator, unit),
/// for analysts who pivot in Excel and for next quarter's comparisons.
///
///     period,indicator,unit_type,unit_code,unit_name,numerator,denominator,rate,target
///     2026-Q3,household.registration,commune,05443,Phường Phan Đình Phùng,41,80,0.5125,0.9000
///
/// - `indicator` codes are stable and language-free: `<cohort>.outreach`, `<cohort>.registration`,
///   `<cohort>.registered_in_period`, `household.pilots`, `media.items`, `training.participants`,
///   `completeness.on_time`, … (see ``rows``). Never rename one; add new ones.
/// - `unit_type` is `province`, `commune` or `agency`; `unit_code` is the commune's 5-digit code,
///   the agency's code, or `province`.
/// - `rate` is numerator / denominator as a fraction with 4 decimals and `.`, truncated; empty when
///   there is no positive denominator (never 0 or 1 for a missing one).
/// - `target` is a fraction like `rate` (`0.9000`) when the indicator has a denominator, and a
///   count (`5`, the minimum pilots per commune) when it has not; empty when there is no target.
///
/// Rows come province first, then communes and agencies in configuration order, each unit's
/// indicators in a fixed order, so the file is byte-identical for the same consolidation.
struct IndicatorTable {
    static let header = ["period", "indicator", "unit_type", "unit_code", "unit_name", "numerator", "denominator",
                         "rate", "target"]

    var c: Consolidation
    var language: Language

    private struct Unit {
        var type: String
        var code: String
        var name: String
    }

    func rows() -> [[String]] {
        var out: [[String]] = []
        let period = c.period.description

        func measure(_ unit: Unit, _ indicator: String, _ m: Measure) {
            out.append([period, indicator, unit.type, unit.code, unit.name, String(m.numerator),
                        m.denominator.map(String.init) ?? "", ReportText.fraction(m),
                        m.targetPercent.map { ReportText.fraction(percent: $0) } ?? ""])
        }
        func count(_ unit: Unit, _ indicator: String, _ n: Int?, target: Int? = nil) {
            out.append([period, indicator, unit.type, unit.code, unit.name, n.map(String.init) ?? "", "", "",
                        target.map(String.init) ?? ""])
        }
        func completeness(_ unit: Unit, _ expected: [ExpectedSubmission]) {
            guard !expected.isEmpty else { return }
            let onTime = expected.filter { $0.status == .onTime }.count
            let submitted = expected.filter { $0.status != .missing }.count
            measure(unit, "completeness.on_time", Measure(numerator: onTime, denominator: expected.count))
            measure(unit, "completeness.submitted", Measure(numerator: submitted, denominator: expected.count))
        }
        func tally(_ unit: Unit, _ cohort: String, _ tally: Tally) {
            count(unit, cohort + ".listed", tally.listed)
            count(unit, cohort + ".reached", tally.reached)
            count(unit, cohort + ".registered", tally.registered)
            count(unit, cohort + ".registered_in_period", tally.registeredInPeriod)
        }

        // Province.
        let province = Unit(type: "province", code: "province", name: c.province)
        for f in c.cohorts {
            measure(province, f.cohort + ".outreach", f.outreach)
            measure(province, f.cohort + ".registration", f.registration)
            count(province, f.cohort + ".registered_in_period", f.registeredInPeriod)
            count(province, f.cohort + ".reached_province_wide", f.reachedProvinceWide)
            count(province, f.cohort + ".registered_province_wide", f.registeredProvinceWide)
            count(province, f.cohort + ".listed", f.listed)
            count(province, f.cohort + ".rows", f.rows)
            count(province, f.cohort + ".overlaps_removed", f.overlapsRemoved)
            count(province, f.cohort + ".website", f.website)
            count(province, f.cohort + ".email", f.email)
        }
        let a = c.activities
        measure(province, "school.outreach", Measure(numerator: a.schoolsReached, denominator: a.schoolsListed))
        measure(province, "student.reached_by_schools", Measure(numerator: a.studentsReached, denominator: a.studentsEligible))
        measure(province, "student.registered_by_schools",
                Measure(numerator: a.studentsRegistered, denominator: a.studentsEligible))
        measure(province, "craft_village.outreach",
                Measure(numerator: a.craftVillagesReached, denominator: a.craftVillagesListed))
        measure(province, "craft_village.with_domain",
                Measure(numerator: a.craftVillagesWithDomain, denominator: a.craftVillagesListed))
        measure(province, "craft_village.with_website",
                Measure(numerator: a.craftVillagesWithWebsite, denominator: a.craftVillagesListed))
        for kind in a.craftVillagesByKind.keys.sorted() { count(province, "craft_village.kind." + kind, a.craftVillagesByKind[kind]) }
        count(province, "media.items", a.mediaItems)
        for kind in a.mediaByKind.keys.sorted() { count(province, "media.items." + kind, a.mediaByKind[kind]) }
        count(province, "training.events", a.trainings)
        count(province, "training.participants", a.trainingParticipants)
        for kind in a.trainingsByKind.keys.sorted() { count(province, "training.events." + kind, a.trainingsByKind[kind]) }
        count(province, "commune.organisations_reached", a.organisationsReached)
        count(province, "commune.enterprises_reached", a.enterprisesReachedByCommunes)
        count(province, "commune.team_activities", a.teamActivities)
        count(province, "commune.team_participants", a.teamParticipants)
        completeness(province, c.completeness)

        // Communes.
        for f in c.communes {
            let unit = Unit(type: "commune", code: f.code, name: f.name)
            measure(unit, "household.registration", f.households)
            measure(unit, "household.outreach", f.householdsReached)
            count(unit, "household.pilots", f.pilots, target: f.pilotTarget.lowerBound)
            count(unit, "household.reported_registered", f.reportedHouseholdsRegistered)
            tally(unit, "enterprise", f.enterprises)
            tally(unit, "household", f.householdTally)
            tally(unit, "student", f.students)
            count(unit, "commune.team_activities", f.teamActivities)
            count(unit, "commune.team_participants", f.teamParticipants)
            completeness(unit, c.completeness.filter { $0.senderCode == f.code })
        }

        // Agencies.
        for agency in c.agencies {
            let unit = Unit(type: "agency", code: agency.code, name: agency.name.text(language))
            let known = c.cohorts.map(\.cohort).filter { agency.tallies[$0] != nil }
            for key in known + agency.tallies.keys.filter({ !known.contains($0) }).sorted() {
                tally(unit, key, agency.tallies[key] ?? Tally())
            }
            for key in agency.aggregates.keys.sorted() { count(unit, "aggregate." + key, agency.aggregates[key]) }
            if let m = a.members[agency.code] {
                measure(unit, "member.outreach", m.outreach)
                count(unit, "member.registered", m.registered)
                count(unit, "member.sessions", m.sessions)
            }
            if let n = a.mediaBySender[agency.code] { count(unit, "media.items", n) }
            completeness(unit, agency.expected)
        }
        return out
    }
}
