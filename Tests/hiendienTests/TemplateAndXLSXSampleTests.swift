import Foundation
import Inbox
import Programme
import Schema
import Testing
import TestSupport

/// The workbooks of `SampleData/xlsx/` (written by XlsxWriter, openpyxl and LibreOffice from
/// the sample quarter's CSV files, see scripts/sample/make-xlsx.py) validate cleanly and carry
/// the same rows as the CSV files they stand for.
@Suite("SampleData XLSX")
struct TemplateAndXLSXSampleTests {
    static let setup: EngineSetup? = try? EngineSetup.load(dataDirectory: Repository.data)
    static let folder = Repository.sampleData + "/xlsx"

    /// The validation report of `path` and, for registers, the entity identifiers in row order.
    static func validate(_ path: String) throws -> (report: FileReport, identifiers: [EntityKey]) {
        let setup = try #require(Self.setup)
        let name = URL(fileURLWithPath: path).lastPathComponent
        let period = try SubmissionFileName.parse(name, senders: setup.configuration.senders).get().period
        var identifiers: [EntityKey] = []
        let report = setup.validator(for: period).validate(path: path) { rows, _ in
            guard let index = rows.schema.fieldIndex("entity_id"), let key = rows.values[index].entityKey else { return }
            identifiers.append(key)
        }
        return (report, identifiers)
    }

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".xlsx") }.sorted()
    }

    @Test("the sample workbooks cover the Excel-using agencies and two communes")
    func coverage() {
        let senders = Set(Self.names.map { String($0.prefix { $0 != "_" }) })
        #expect(senders.isSuperset(of: ["STC", "SCT", "SGDDT", "DHTN"]))
        #expect(senders.filter { $0.allSatisfy(\.isNumber) }.count >= 2)
        #expect(Self.names.count >= 8)
    }

    @Test("each workbook is valid without warnings, with the rows and identifiers of its CSV",
          arguments: TemplateAndXLSXSampleTests.names)
    func matchesCSV(_ name: String) throws {
        let xlsx = try Self.validate(Self.folder + "/" + name)
        let csvName = String(name.dropLast(5)) + ".csv"
        let csv = try Self.validate(Repository.sampleData + "/inbox/" + csvName)
        #expect(xlsx.report.format == .xlsx)
        #expect(xlsx.report.isValid, "\(name): \(xlsx.report.findings.sorted.map(\.code.rawValue))")
        #expect(xlsx.report.findings.warningCount == 0, "\(name)")
        #expect(csv.report.isValid)
        #expect(xlsx.report.type == csv.report.type)
        #expect(xlsx.report.rowCount == csv.report.rowCount, "\(name)")
        #expect(xlsx.report.rowCount > 0)
        if let type = xlsx.report.type, Self.setup?.schema(named: type)?.kind == .register {
            #expect(xlsx.identifiers.count == xlsx.report.rowCount, "\(name)")
            #expect(Set(xlsx.identifiers) == Set(csv.identifiers), "\(name)")
            #expect(xlsx.identifiers == csv.identifiers, "\(name): same order")
        }
    }
}
