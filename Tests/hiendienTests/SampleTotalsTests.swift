import Foundation
import Testing
import TestSupport

/// The committed Reports/ of the sample quarter carry the totals the sample generator
/// computed independently (SampleData/ground-truth.json): the whole pipeline, inbox to
/// indicators.csv, agrees with the ground truth.
@Suite("Sample reports against the ground truth")
struct SampleTotalsTests {
    func indicators() throws -> [String: (numerator: Int, denominator: Int?)] {
        let text = try String(contentsOfFile: Repository.root + "/Reports/2026-Q3/indicators.csv", encoding: .utf8)
        var result: [String: (Int, Int?)] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 7, cells[2] == "province", let n = Int(cells[5]) else { continue }
            result[cells[1]] = (n, Int(cells[6]))
        }
        return result
    }

    @Test func provinceTotalsEqualTheGroundTruth() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Repository.sampleData + "/ground-truth.json"))
        let truth = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cohorts = try #require(truth["cohorts"] as? [String: [String: Any]])
        let rows = try indicators()
        for cohort in ["enterprise", "household", "student"] {
            let t = try #require(cohorts[cohort])
            #expect(rows["\(cohort).registration"]?.denominator == t["eligible"] as? Int, "\(cohort) eligible")
            #expect(rows["\(cohort).registered_province_wide"]?.numerator == t["registered"] as? Int, "\(cohort) registered")
            #expect(rows["\(cohort).reached_province_wide"]?.numerator == t["reached"] as? Int, "\(cohort) reached")
            #expect(rows["\(cohort).registered_in_period"]?.numerator == t["registered_in_period"] as? Int, "\(cohort) new")
            #expect(rows["\(cohort).listed"]?.numerator == t["listed"] as? Int, "\(cohort) listed")
            #expect(rows["\(cohort).overlaps_removed"]?.numerator == t["overlaps_removed"] as? Int, "\(cohort) overlaps")
        }
        let household = try #require(cohorts["household"]?["in_reporting_communes"] as? [String: Any])
        #expect(rows["household.registration"]?.numerator == household["registered"] as? Int)
        let media = try #require(truth["media"] as? [String: Any])
        #expect(rows["media.items"]?.numerator == media["items"] as? Int)
        let trainings = try #require(truth["trainings"] as? [String: Any])
        #expect(rows["training.participants"]?.numerator == trainings["participants"] as? Int)
    }
}

@Suite("No personal data in outputs")
struct PersonalDataTests {
    @Test func noCitizenIDOrBirthDateOfTheSampleAppearsInReportsOrReceipts() throws {
        var identifiers = Set<String>()
        var birthDates = Set<String>()
        for folder in ["inbox", "broken"] {
            let dir = Repository.sampleData + "/" + folder
            for name in try FileManager.default.contentsOfDirectory(atPath: dir) where name.contains("sinh-vien") {
                let text = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
                for line in text.split(whereSeparator: \.isNewline).dropFirst() {
                    let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                    if let id = cells.first, id.count == 12, id.allSatisfy(\.isNumber) { identifiers.insert(id) }
                    if cells.count > 2, cells[2].count == 10 { birthDates.insert(cells[2]) }
                }
            }
        }
        #expect(identifiers.count > 40_000)
        var scanned = 0
        let root = Repository.root + "/Reports"
        guard let walker = FileManager.default.enumerator(atPath: root) else { Issue.record("no Reports/"); return }
        while let relative = walker.nextObject() as? String {
            guard let text = try? String(contentsOfFile: root + "/" + relative, encoding: .utf8) else { continue }
            scanned += 1
            // Every run of 12 digits in the output must not be a citizen ID of the sample.
            for match in text.matches(of: /\d{12}/) {
                #expect(!identifiers.contains(String(text[match.range])), "\(relative) leaks a citizen ID")
            }
            for match in text.matches(of: /\d{2}\/\d{2}\/(19|20)\d{2}/) where relative.contains("sinh-vien") {
                #expect(!birthDates.contains(String(text[match.range])), "\(relative) leaks a birth date")
            }
        }
        #expect(scanned >= 10)
    }
}
