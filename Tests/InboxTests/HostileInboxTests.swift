import Foundation
import Inbox
import Schema
import Testing
import TestSupport

@Suite("Hostile inbox contents")
struct HostileInboxTests {
    @Test func namesWithSpacesVietnameseAndShellCharactersAreHandledAsData() throws {
        let f = try WorkspaceFixture()
        let names = ["STC_2026-Q3_báo cáo quý 3.csv", "STC_2026-Q3_$(rm -rf ~);`x`.csv", "STC_2026-Q3_'a' \"b\" *.csv"]
        for (i, name) in names.enumerated() {
            try f.drop(name, Files.enterprises + "\n" + (i == 0 ? "" : String(repeating: " ", count: i)))
        }
        let summary = try f.run()
        #expect(summary.received == 3)
        let entries = try f.ledger().entries
        #expect(Set(entries.map(\.fileName)) == Set(names))
        for entry in entries { #expect(FileSystem.exists(f.workspace.absolute(entry.path)), "\(entry.fileName)") }
    }

    @Test func symbolicLinkIsRejectedWithoutBeingFollowedAndDirectoryIsLeft() throws {
        let f = try WorkspaceFixture()
        try FileManager.default.createSymbolicLink(atPath: f.workspace.inbox + "/STC_2026-Q3.csv", withDestinationPath: "/etc/passwd")
        try FileManager.default.createDirectory(atPath: f.workspace.inbox + "/STC_2026-Q3_thu-muc", withIntermediateDirectories: true)
        let summary = try f.run()
        #expect(summary.rejected == 1)
        #expect(summary.skipped == ["STC_2026-Q3_thu-muc"])
        let entry = try #require(try f.ledger().entries.first)
        #expect(entry.outcome == .rejected)
        #expect(FileSystem.kind(f.workspace.absolute(entry.path)) == .symbolicLink, "the link itself is kept, never its target")
        let receipt = String(decoding: FileSystem.readBytes(f.workspace.absolute(entry.receipt)) ?? [], as: UTF8.self)
        #expect(receipt.contains("not-a-regular-file"))
        #expect(!receipt.contains("root:"), "the target was not read")
    }

    @Test func fileStillBeingWrittenIsLeftForTheNextRun() throws {
        let f = try WorkspaceFixture()
        let path = try f.drop("STC_2026-Q3.csv", Files.enterprises)
        let modified = try #require(FileSystem.status(path)?.modified)
        let runner = f.runner()
        let early = try runner.run(Runner.Options(asOf: Day(year: 2026, month: 10, day: 20)!, settleSeconds: 30, now: modified + 2))
        #expect(early.received == 0 && early.skipped == ["STC_2026-Q3.csv"])
        let later = try runner.run(Runner.Options(asOf: Day(year: 2026, month: 10, day: 20)!, settleSeconds: 30, now: modified + 60))
        #expect(later.accepted == 1)
    }

    @Test func secondRunWhileLockedIsRefused() throws {
        let f = try WorkspaceFixture()
        let lock = try #require(WorkspaceLock(path: f.workspace.lock, wait: 0))
        #expect(throws: Runner.Failure.self) { try f.run() }
        _ = lock
    }
}
