import Foundation
import Inbox
import Testing
import TestSupport

/// The README's main command regenerates the committed Reports/ byte for byte, and the
/// sample quarter's broken files are exactly the ones rejected.
@Suite("Sample run (README main command)")
struct SampleReportsTests {
    @Test func regeneratedReportsEqualTheCommittedOnes() throws {
        let output = try Repository.temporaryDirectory("reports")
        let result = try Binary.run(["sample", "--output", output])
        #expect(result.status == 0, "\(result.error)")
        // PDF and PNG renderings come from scripts/render-reports.sh, not from the sample run.
        let committed = Dictionary(uniqueKeysWithValues: Runner.files(under: Repository.root + "/Reports", relativeTo: Repository.root + "/Reports")
            .filter { !$0.0.hasSuffix(".pdf") && !$0.0.hasSuffix(".png") }
            .map { ($0.0, FileSystem.readBytes($0.1) ?? []) })
        let fresh = Dictionary(uniqueKeysWithValues: Runner.files(under: output, relativeTo: output)
            .map { ($0.0, FileSystem.readBytes($0.1) ?? []) })
        #expect(!committed.isEmpty)
        #expect(Set(fresh.keys) == Set(committed.keys))
        for (name, bytes) in committed {
            #expect(fresh[name] == bytes, "Reports/\(name) differs: run 'swift run -c release hiendien sample' and review the change")
        }
        let summary = String(decoding: fresh["tom-tat-lan-chay.txt"] ?? [], as: UTF8.self)
        #expect(summary.contains("Đã nhận 94 tệp: 85 tiếp nhận, 0 thay thế tệp trước, 0 trùng lặp, 9 bị từ chối."))
        let rejected = Set(fresh.keys.filter { $0.hasPrefix("bien-nhan-tu-choi/") }.map { String($0.dropFirst(18).dropLast(11)) })
        let broken = Set(FileSystem.list(Repository.sampleData + "/broken").filter { $0.hasSuffix(".csv") })
        #expect(rejected == broken)
    }
}
