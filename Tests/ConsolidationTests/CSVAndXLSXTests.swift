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
        var submissions: [Submission] = []
        let validator = FileValidator(types: schemas, catalogue: catalogue)
        for name in try FileManager.default.contentsOfDirectory(atPath: Repository.sampleData + "/inbox").sorted() {
            var relative = "inbox/" + name
            let xlsx = name.replacingOccurrences(of: ".csv", with: ".xlsx")
            if replacingWithXLSX && workbooks.contains(xlsx) { relative = "xlsx/" + xlsx }
            guard case .success(let parsed) = SubmissionFileName.parse(name, senders: configuration.senders) else { continue }
            let report = validator.validate(path: Repository.sampleData + "/" + relative)
            let type = try #require(report.type, "\(relative)")
            submissions.append(Submission(
                hash: relative, fileName: relative, archivePath: relative, senderCode: parsed.sender.code,
                senderName: parsed.sender.name, period: parsed.period, type: type,
                received: configuration.calendar.end(of: period), deadline: configuration.calendar.deadline(of: period),
                rows: report.rowCount))
        }
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
        #expect(csv.submissions.map(\.submission.rows) == xlsx.submissions.map(\.submission.rows))
    }
}
