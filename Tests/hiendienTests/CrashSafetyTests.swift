import Foundation
import Inbox
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A run killed (SIGKILL) after any step of any file loses nothing and counts nothing twice:
/// the next run finishes the work, and the workspace ends exactly as after an uninterrupted run.
@Suite("Crash safety (fault injection)", .serialized)
struct CrashSafetyTests {
    static let header = "Mã số thuế,Tên doanh nghiệp,Xã/phường,Ngày thành lập,Ngày tiếp cận,Tên miền,Ngày đăng ký tên miền"
    static let files: [(String, String)] = [
        ("STC_2026-Q3_a.csv", "\(header)\n4601145688,Công ty A,05443,15/03/2026,01/07/2026,a.biz.vn,10/07/2026\n"),
        ("STC_2026-Q3_b.csv", "\(header)\n4601145688,Công ty A,05443,15/03/2026,01/07/2026,a.biz.vn,10/07/2026\n0100233488,Công ty B,05455,02/01/2026,,,\n"),
        ("STC_2026-Q3_c.csv", "\(header)\n4601145688,Công ty A,05443,15/03/2026,01/07/2026,a.biz.vn,10/07/2026\n"),
        ("STTC_2026-Q3.csv", "\(header)\n0100233488,Công ty B,05455,02/01/2026,,,\n"),
        ("SCT_2026-Q3_x.csv", "Mã hộ kinh doanh,Tên hộ kinh doanh,Xã/phường\n46A8000001,Hộ A,99999\n"),
    ]

    func prepare() throws -> String {
        let root = try Repository.temporaryDirectory("crash")
        let init_ = try Binary.run(["init", root])
        guard init_.status == 0 else { throw CocoaError(.fileWriteUnknown) }
        for (offset, (name, text)) in Self.files.enumerated() {
            let path = root + "/inbox/" + name
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let seconds = 1_790_000_000 + offset * 60  // 2026-09-21, before the deadline
            var times = [timeval(tv_sec: seconds, tv_usec: 0), timeval(tv_sec: seconds, tv_usec: 0)]
            utimes(path, &times)
        }
        return root
    }

    func run(_ root: String, faultAfter: Int? = nil) throws -> Binary.Result {
        var environment: [String: String] = [:]
        if let faultAfter { environment["HIENDIEN_FAULT_AFTER"] = String(faultAfter) }
        return try Binary.run(["run", "--workspace", root, "--as-of", "2026-10-20", "--settle", "0"], environment: environment)
    }

    /// Everything that must match an uninterrupted run: reports, and the ledger's facts.
    func state(_ root: String) throws -> (reports: [String: [UInt8]], ledger: [String], places: [String]) {
        var reports: [String: [UInt8]] = [:]
        for (relative, absolute) in Runner.files(under: root + "/reports", relativeTo: root) {
            reports[relative] = FileSystem.readBytes(absolute)
        }
        let ledger = try Ledger(path: root + "/ledger.jsonl").entries
            .map { "\($0.fileName) \($0.outcome) \($0.hash.prefix(12)) \($0.path) \($0.supersedes.map { $0.prefix(12) })" }.sorted()
        var places: [String] = []
        for top in ["inbox", "archive", "rejected"] {
            places += Runner.files(under: root + "/" + top, relativeTo: root).map(\.0).filter { !$0.hasSuffix(".receipt.md") }
        }
        return (reports, ledger, places.sorted())
    }

    @Test func killedAtEveryStepLosesNothingAndCountsNothingTwice() throws {
        let reference = try prepare()
        let clean = try run(reference)
        #expect(!clean.killedBySignal)
        let expected = try state(reference)
        #expect(expected.ledger.count == Self.files.count)
        #expect(!expected.reports.isEmpty)
        // Three steps per file: moved, recorded, receipt written.
        for fault in 1...(Self.files.count * 3) {
            let root = try prepare()
            let killed = try run(root, faultAfter: fault)
            #expect(killed.killedBySignal, "fault \(fault) should have killed the run")
            let resumed = try run(root)
            #expect(!resumed.killedBySignal)
            let got = try state(root)
            #expect(got.ledger == expected.ledger, "ledger after fault \(fault)")
            #expect(got.places == expected.places, "files after fault \(fault)")
            #expect(got.reports == expected.reports, "reports after fault \(fault)")
            for entry in try Ledger(path: root + "/ledger.jsonl").entries {
                #expect(FileSystem.exists(root + "/" + entry.receipt), "receipt of \(entry.fileName) after fault \(fault)")
            }
            for (name, _) in Self.files {
                #expect(got.places.filter { $0.hasSuffix("_" + name) || $0 == "inbox/" + name }.count == 1, "\(name) after fault \(fault)")
            }
        }
    }
}
