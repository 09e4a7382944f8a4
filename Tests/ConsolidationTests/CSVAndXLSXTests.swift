import Foundation
import Testing
import TestSupport
@testable import Consolidation
import Programme
import Schema

/// The sample quarter with the agencies' Excel workbooks (SampleData/xlsx, written by
/// XlsxWriter, openpyxl and LibreOffice) in place of their CSV files consolidates to exactly
/// the same figures.
@Suite("CSV and XLSX give the same totals")
struct CSVAndXLSXTests {
    static func consolidate(replacingWithXLSX: Bool) throws -> Consolidation {
        let catalogue = try FindingCatalogue.load(path: Repository.findings)
        let schemas = try SchemaLoader.loadDirectory(Repository.schemas)
        let configuration = try ProgrammeConfiguration.load(path: Repository.data + "/programme.json")
        let consolidator = Consolidator(configuration: configuration, schemas: schemas,
                                        communes: try configuration.communeDirectory(), catalogue: catalogue)
        let period = try #require(Period.quarter(3, of: 2026))
        let workbooks = Set(try FileManager.default.contentsOfDirectory(atPath: Repository.sampleData + "/xlsx"))
        // Types and row counts of the CSV files as the generator wrote them (ground-truth.json).
        let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Repository.sampleData + "/ground-truth.json")))
        let files = ((truth as? [String: Any])?["files"] as? [[String: Any]]) ?? []
        var submissions: [Submission] = []
        for file in files {
            guard let name = file["file"] as? String, let type = file["type"] as? String, let rows = file["rows"] as? Int,
                  case .success(let parsed) = SubmissionFileName.parse(name, senders: configuration.senders) else { continue }
            var relative = "inbox/" + name
            let xlsx = name.replacingOccurrences(of: ".csv", with: ".xlsx")
            if replacingWithXLSX && workbooks.contains(xlsx) { relative = "xlsx/" + xlsx }
            submissions.append(Submission(
                hash: relative, fileName: relative, archivePath: relative, senderCode: parsed.sender.code,
                senderName: parsed.sender.name, period: parsed.period, type: type,
                received: configuration.calendar.end(of: period), deadline: configuration.calendar.deadline(of: period),
                rows: rows))
        }
        #expect(submissions.count >= 84)
        #expect(!replacingWithXLSX || submissions.filter { $0.fileName.hasSuffix(".xlsx") }.count == workbooks.count)
        return consolidator.consolidate(period: period, current: submissions, root: Repository.sampleData,
                                        asOf: Day(year: 2026, month: 10, day: 20)!)
    }

    @Test func sameFiguresFromWorkbooksAsFromCSV() throws {
        let csv = try Self.consolidate(replacingWithXLSX: false)
        let xlsx = try Self.consolidate(replacingWithXLSX: true)
        #expect(csv.cohorts == xlsx.cohorts)
        #expect(csv.communes == xlsx.communes)
        #expect(csv.activities == xlsx.activities)
        #expect(csv.completeness.map(\.status) == xlsx.completeness.map(\.status))
        #expect(csv.narratives == xlsx.narratives)
        #expect(csv.reconciliation?.byCohort == xlsx.reconciliation?.byCohort)
        // Every submission contributed the same number of rows from its workbook as from its CSV.
        #expect(csv.submissions.map(\.contributed) == xlsx.submissions.map(\.contributed))
    }
}
