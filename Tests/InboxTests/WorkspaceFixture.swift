import Foundation
import Inbox
import Programme
import Schema
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A throwaway workspace with the repository's configuration, for run tests.
struct WorkspaceFixture {
    static let setup: EngineSetup? = try? EngineSetup.load(dataDirectory: Repository.data)

    let workspace: Workspace
    let setup: EngineSetup

    init() throws {
        guard let setup = Self.setup else { throw FixtureError.noSetup }
        self.setup = setup
        workspace = Workspace(root: try Repository.temporaryDirectory("workspace"))
        try workspace.create()
    }

    enum FixtureError: Error { case noSetup }

    /// Drops a file into the inbox, as if it arrived on `received` (noon, Vietnam time).
    @discardableResult
    func drop(_ name: String, _ text: String, received: Day = Day(year: 2026, month: 10, day: 2)!) throws -> String {
        let path = workspace.inbox + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let seconds = Int(received.daysSince1970) * 86_400 + 5 * 3600  // 12:00 in Vietnam
        var times = [timeval(tv_sec: seconds, tv_usec: 0), timeval(tv_sec: seconds, tv_usec: 0)]
        utimes(path, &times)
        return path
    }

    func run(asOf: Day = Day(year: 2026, month: 10, day: 20)!, period: Period? = nil, dryRun: Bool = false) throws -> RunSummary {
        try Runner(workspace: workspace, setup: setup).run(Runner.Options(asOf: asOf, period: period, dryRun: dryRun))
    }

    func ledger() throws -> Ledger { try Ledger(path: workspace.ledger) }

    func runner() -> Runner { Runner(workspace: workspace, setup: setup) }

    /// Every regular file under the workspace (relative path → bytes), reports and all.
    func snapshot(_ subdirectory: String = "") -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        let base = subdirectory.isEmpty ? workspace.root : workspace.root + "/" + subdirectory
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [:] }
        while let relative = enumerator.nextObject() as? String {
            let path = base + "/" + relative
            if FileSystem.kind(path) == .regular, !relative.hasSuffix(".lock"),
               let bytes = FileSystem.readBytes(path) { result[relative] = bytes }
        }
        return result
    }
}

enum Files {
    static let enterpriseHeader = "Mã số thuế,Tên doanh nghiệp,Xã/phường,Ngày thành lập,Ngày tiếp cận,Tên miền,Ngày đăng ký tên miền"
    static let householdHeader = "Mã hộ kinh doanh,Tên hộ kinh doanh,Xã/phường,Hộ thí điểm,Ngày tiếp cận,Tên miền,Ngày đăng ký tên miền"
    static let communeHeader = "Xã/phường,Tổng số hộ kinh doanh có GCN,Số hộ kinh doanh được tiếp cận,Số hộ kinh doanh đăng ký .biz.vn,Số hộ kinh doanh thí điểm"

    static let enterprises = """
        \(enterpriseHeader)
        4601145688,Công ty A,05443,15/03/2026,01/07/2026,a.biz.vn,10/07/2026
        0100233488,Công ty B,05443,02/01/2026,05/08/2026,,
        """
}
