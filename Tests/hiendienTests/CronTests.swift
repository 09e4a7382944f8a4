import Foundation
import Testing
import TestSupport

@Suite("Cron behaviour")
struct CronTests {
    @Test func emptyInboxIsSilentWithExitThree() throws {
        let root = try Repository.temporaryDirectory("cron")
        #expect(try Binary.run(["init", root]).status == 0)
        let first = try Binary.run(["run", "--workspace", root, "--as-of", "2026-10-20"])
        #expect(first.status == 3)
        #expect(first.output.isEmpty && first.error.isEmpty)
    }

    @Test func notAWorkspaceAndBadOptionsAreUsageErrors() throws {
        let missing = try Binary.run(["run", "--workspace", "/nonexistent/hiendien"])
        #expect(missing.status == 2)
        #expect(missing.error.contains("not a workspace"))
        let badDate = try Binary.run(["run", "--as-of", "20/10/2026"])
        #expect(badDate.status == 2)
    }
}
