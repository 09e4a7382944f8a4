import Foundation
import Inbox
import Programme
import Schema
import Testing
import TestSupport

/// The committed SampleData: every good file validates cleanly; every broken file gives
/// exactly the findings `SampleData/broken/EXPECTED.json` lists (naming faults are the inbox's
/// business and are checked by the run tests).
@Suite("SampleData validation")
struct SampleDataValidationTests {
    static let setup: EngineSetup? = try? EngineSetup.load(dataDirectory: Repository.data)

    func validate(_ path: String) throws -> FileReport {
        let setup = try #require(Self.setup)
        let name = URL(fileURLWithPath: path).lastPathComponent
        let period = try? SubmissionFileName.parse(name, senders: setup.configuration.senders).get().period
        return setup.validator(for: period).validate(path: path)
    }

    @Test func everyGoodFileIsValidWithoutWarnings() throws {
        let inbox = Repository.sampleData + "/inbox"
        let names = try FileManager.default.contentsOfDirectory(atPath: inbox).sorted()
        #expect(names.count >= 80)
        for name in names {
            let report = try validate(inbox + "/" + name)
            #expect(report.isValid, "\(name): \(report.triples)")
            #expect(report.findings.warningCount == 0, "\(name): \(report.triples)")
            #expect(report.rowCount > 0, "\(name)")
        }
    }

    @Test func everyBrokenFileGivesExactlyItsDocumentedFindings() throws {
        let broken = Repository.sampleData + "/broken"
        let expected = try JSONValue.read(path: broken + "/EXPECTED.json")
        guard case .object(let root) = expected, case .object(let files)? = root.first(where: { $0.key == "files" })?.value else {
            Issue.record("EXPECTED.json has no files object"); return
        }
        #expect(files.count >= 9)
        for (name, entry) in files {
            guard case .object(let members) = entry,
                  case .array(let findings)? = members.first(where: { $0.key == "findings" })?.value else { continue }
            let want = findings.compactMap { item -> String? in
                guard case .object(let f) = item else { return nil }
                let get = { (k: String) -> String in
                    switch f.first(where: { $0.key == k })?.value {
                    case .string(let s)?: s
                    case .number(let n)?: String(Int(n))
                    default: "-"
                    }
                }
                return "\(get("code"))@\(get("row")):\(get("field"))"
            }.sorted()
            let fileLevelNaming = want.allSatisfy { $0.hasPrefix("file-name-convention") || $0.hasPrefix("unknown-agency") }
            let report = try validate(broken + "/" + name)
            let got = report.findings.sorted.filter { $0.severity != .info }
                .map { "\($0.code.rawValue)@\($0.location.row.map(String.init) ?? "-"):\($0.location.field ?? "-")" }.sorted()
            if fileLevelNaming {
                #expect(got.isEmpty, "\(name): content should be clean, got \(got)")
            } else {
                #expect(got == want, "\(name)")
                #expect(!report.isValid, "\(name)")
            }
        }
    }
}

extension FileReport {
    var triples: [String] {
        findings.sorted.map { "\($0.code.rawValue)@\($0.location.row.map(String.init) ?? "-"):\($0.location.field ?? "-")" }
    }
}
