import Foundation
import Testing
import TestSupport
@testable import Consolidation
import Programme
import Schema

/// The sample quarter consolidated straight from SampleData/inbox agrees with the totals the
/// generator computed independently (SampleData/ground-truth.json).
@Suite("Consolidation against the sample generator's ground truth")
struct GroundTruthTests {
    struct Setup: @unchecked Sendable {
        let consolidator: Consolidator
        let consolidation: Consolidation
        let truth: [String: Any]
    }

    static let setup: Setup? = {
        guard let catalogue = try? FindingCatalogue.load(path: Repository.findings),
              let schemas = try? SchemaLoader.loadDirectory(Repository.schemas),
              let configuration = try? ProgrammeConfiguration.load(path: Repository.data + "/programme.json"),
              let communes = try? configuration.communeDirectory(),
              let data = FileManager.default.contents(atPath: Repository.sampleData + "/ground-truth.json"),
              let truth = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              let files = truth["files"] as? [[String: Any]] else { return nil }
        let consolidator = Consolidator(configuration: configuration, schemas: schemas, communes: communes, catalogue: catalogue)
        let period = Period.quarter(3, of: 2026)!
        var submissions: [Submission] = []
        for file in files {
            guard let name = file["file"] as? String, let type = file["type"] as? String, let rows = file["rows"] as? Int,
                  case .success(let parsed) = SubmissionFileName.parse(name, senders: configuration.senders) else { continue }
            submissions.append(Submission(
                hash: name, fileName: name, archivePath: "inbox/" + name, senderCode: parsed.sender.code,
                senderName: parsed.sender.name, period: parsed.period, type: type,
                received: configuration.calendar.end(of: period), deadline: configuration.calendar.deadline(of: period), rows: rows))
        }
        // The registry extract is listed under the reconciliation key, not among the files.
        if let extract = (truth["reconciliation"] as? [String: Any])?["extract"] as? [String: Any],
           let name = extract["file"] as? String, let rows = extract["rows"] as? Int,
           case .success(let parsed) = SubmissionFileName.parse(name, senders: configuration.senders) {
            submissions.append(Submission(
                hash: name, fileName: name, archivePath: "inbox/" + name, senderCode: parsed.sender.code,
                senderName: parsed.sender.name, period: parsed.period, type: "registry-extract",
                received: configuration.calendar.end(of: period), deadline: configuration.calendar.deadline(of: period), rows: rows))
        }
        let consolidation = consolidator.consolidate(period: period, current: submissions, root: Repository.sampleData,
                                                     asOf: Day(year: 2026, month: 10, day: 20)!)
        return Setup(consolidator: consolidator, consolidation: consolidation, truth: truth)
    }()

    func truth(_ path: String) -> Any? {
        var node: Any? = Self.setup?.truth
        for key in path.split(separator: ".") { node = (node as? [String: Any])?[String(key)] }
        return node
    }

    func int(_ path: String) -> Int? { truth(path) as? Int }

    @Test func cohortsMatch() throws {
        let c = try #require(Self.setup?.consolidation)
        for cohort in ["enterprise", "household", "student"] {
            let figures = try #require(c.cohort(cohort))
            #expect(figures.rows == int("cohorts.\(cohort).rows"), "\(cohort) rows")
            #expect(figures.listed == int("cohorts.\(cohort).listed"), "\(cohort) listed")
            #expect(figures.reachedProvinceWide == int("cohorts.\(cohort).reached"), "\(cohort) reached")
            #expect(figures.registeredProvinceWide == int("cohorts.\(cohort).registered"), "\(cohort) registered")
            #expect(figures.registeredInPeriod == int("cohorts.\(cohort).registered_in_period"), "\(cohort) in period")
            #expect(figures.registration.denominator == int("cohorts.\(cohort).eligible"), "\(cohort) eligible")
            #expect(figures.overlapsRemoved == int("cohorts.\(cohort).overlaps_removed"), "\(cohort) overlaps")
            let rate = try #require(figures.registration.rate)
            let expected = try #require(truth("cohorts.\(cohort).registered_rate") as? Double)
            #expect(abs(rate - expected) < 0.00006, "\(cohort) rate")
            let pairs = (truth("cohorts.\(cohort).overlaps_between") as? [[String: Any]] ?? []).map {
                Overlap(senders: ($0["senders"] as? [String] ?? []).sorted(), entities: $0["entities"] as? Int ?? -1)
            }
            #expect(Set(figures.overlaps) == Set(pairs), "\(cohort) overlap pairs")
        }
        let household = try #require(c.cohort("household"))
        #expect(household.registration.numerator == int("cohorts.household.in_reporting_communes.registered"))
        #expect(household.outreach.numerator == int("cohorts.household.in_reporting_communes.reached"))
    }

    @Test func communesMatch() throws {
        let c = try #require(Self.setup?.consolidation)
        #expect(c.communes.count == 92)
        var withFivePilots = 0
        for commune in c.communes {
            let base = "per_commune.\(commune.code)"
            #expect(commune.submitted == (truth(base + ".submitted") as? Bool), "\(commune.code)")
            #expect(commune.householdTally.listed == int(base + ".household.listed"), "\(commune.code) households")
            #expect(commune.householdTally.registered == int(base + ".household.registered"), "\(commune.code)")
            #expect(commune.enterprises.registered == int(base + ".enterprise.registered"), "\(commune.code)")
            #expect(commune.students.reached == int(base + ".student.reached"), "\(commune.code)")
            #expect(commune.pilots == int(base + ".household.pilots"), "\(commune.code) pilots")
            if commune.submitted, commune.pilots >= 5 { withFivePilots += 1 }
            if !commune.submitted { #expect(commune.households.rate == nil, "no denominator, no rate: \(commune.code)") }
        }
        #expect(withFivePilots == int("cohorts.household.communes_with_5_pilots"))
        #expect(c.communes.map(\.pilots).reduce(0, +) == int("cohorts.household.pilots"))
    }

    @Test func activitiesAndCompletenessMatch() throws {
        let c = try #require(Self.setup?.consolidation)
        let a = c.activities
        #expect(a.schoolsListed == int("schools.listed"))
        #expect(a.schoolsReached == int("schools.reached"))
        #expect(a.craftVillagesListed == int("craft_villages.listed"))
        #expect(a.craftVillagesReached == int("craft_villages.reached"))
        #expect(a.craftVillagesWithDomain == int("craft_villages.with_domain"))
        #expect(a.mediaItems == int("media.items"))
        #expect(a.mediaByKind == (truth("media.by_kind") as? [String: Int]))
        #expect(a.trainings == int("trainings.events"))
        #expect(a.trainingParticipants == int("trainings.participants"))
        #expect(a.studentsReached == int("schools.students_reached"))
        #expect(a.members.values.map(\.members).reduce(0, +) == int("members.total.members"))
        #expect(a.members.values.map(\.registered).reduce(0, +) == int("members.total.members_registered"))
        let missing = c.completeness.filter { $0.status == .missing }
        #expect(missing.count == int("missing_submissions.count"))
        #expect(Set(missing.filter { !$0.senderCode.allSatisfy(\.isNumber) }.map(\.senderCode))
                == Set(truth("missing_submissions.agencies") as? [String] ?? []))
    }

    @Test func reconciliationMatches() throws {
        let c = try #require(Self.setup?.consolidation)
        let r = try #require(c.reconciliation)
        for cohort in ["enterprise", "household", "student"] {
            let counts = try #require(r.byCohort[cohort])
            for outcome in Reconciliation.Outcome.allCases {
                #expect(counts[outcome] == int("reconciliation.by_cohort.\(cohort).\(outcome.rawValue)"), "\(cohort) \(outcome)")
            }
            #expect(counts.shared == int("reconciliation.by_cohort.\(cohort).shared"), "\(cohort) shared")
            #expect(counts.unclaimed == int("reconciliation.by_cohort.\(cohort).unclaimed"), "\(cohort) unclaimed")
            let registry = try #require(r.registry[cohort])
            #expect(registry.newInPeriod == int("reconciliation.registry.\(cohort).new_in_period"), "\(cohort) new")
            #expect(registry.cumulative == int("reconciliation.registry.\(cohort).cumulative"), "\(cohort) cumulative")
            #expect(registry.activeAtCutoff == int("reconciliation.registry.\(cohort).active_at_cutoff"), "\(cohort) active")
        }
        var checked = 0
        for (sender, counts) in r.bySender {
            let group = sender.allSatisfy(\.isNumber) ? "by_commune_sender" : "by_sender"
            #expect(counts.claims == int("reconciliation.\(group).\(sender).claims"), "\(sender) claims")
            #expect(counts[.confirmed] == int("reconciliation.\(group).\(sender).confirmed"), "\(sender) confirmed")
            checked += 1
        }
        #expect(checked > 30)
        #expect(r.otherHolders == int("reconciliation.other_holders"))
        #expect(r.holdersWithSeveralBiz == int("reconciliation.holders_with_several_biz"))
        #expect(r.bizBeyondFirst == int("reconciliation.biz_beyond_first"))
    }
}
