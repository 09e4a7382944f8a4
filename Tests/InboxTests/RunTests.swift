import Foundation
import Inbox
import Programme
import Schema
import Testing
import TestSupport
@testable import Consolidation

@Suite("hiendien run")
struct RunTests {
    let q3 = Period.quarter(3, of: 2026)!

    @Test func acceptedFileIsArchivedWithReceiptAndLedgerLine() throws {
        let f = try WorkspaceFixture()
        let dropped = try f.drop("STC_2026-Q3_doanh-nghiep.csv", Files.enterprises)
        let summary = try f.run()
        #expect(summary.accepted == 1 && summary.rejected == 0)
        #expect(!FileSystem.exists(dropped))
        let entry = try #require(try f.ledger().entries.first)
        #expect(entry.outcome == .accepted && entry.sender == "STC" && entry.period == "2026-Q3" && entry.type == "enterprise-register")
        #expect(entry.path.hasPrefix("archive/2026-Q3/STC/" + entry.hash.prefix(12)))
        #expect(FileSystem.readBytes(f.workspace.absolute(entry.path)) == Array(Files.enterprises.utf8))
        let receipt = try #require(FileSystem.readBytes(f.workspace.absolute(entry.receipt)))
        #expect(String(decoding: receipt, as: UTF8.self).contains("ĐÃ TIẾP NHẬN"))
        #expect(summary.reports == ["reports/2026-Q3"])
    }

    @Test func byteIdenticalDropIsADuplicateAndChangesNothing() throws {
        let f = try WorkspaceFixture()
        try f.drop("STC_2026-Q3_doanh-nghiep.csv", Files.enterprises)
        _ = try f.run()
        let before = try f.runner().consolidate(period: q3, ledger: f.ledger(), asOf: Day(year: 2026, month: 10, day: 20)!)
        try f.drop("STC_2026-Q3_doanh-nghiep (1).csv", Files.enterprises)
        let summary = try f.run()
        #expect(summary.duplicates == 1 && summary.accepted == 0)
        let ledger = try f.ledger()
        #expect(ledger.entries.count == 2)
        #expect(ledger.entries[1].outcome == .duplicate)
        #expect(ledger.entries[1].duplicateOf == "STC_2026-Q3_doanh-nghiep.csv")
        #expect(ledger.current.count == 1)
        #expect(FileSystem.exists(f.workspace.absolute(ledger.entries[1].path)), "the duplicate is kept, never deleted")
        let after = try f.runner().consolidate(period: q3, ledger: ledger, asOf: Day(year: 2026, month: 10, day: 20)!)
        #expect(after.cohort("enterprise") == before.cohort("enterprise"))
        #expect(after.submissions.count == 1)
    }

    @Test func newerFileFromTheSameSenderSupersedes() throws {
        let f = try WorkspaceFixture()
        try f.drop("STC_2026-Q3_doanh-nghiep.csv", Files.enterprises)
        _ = try f.run()
        let corrected = Files.enterprises + "\n0314409058,Công ty C,05455,01/04/2026,,c.biz.vn,01/08/2026\n"
        try f.drop("STC_2026-Q3_doanh-nghiep-lan2.csv", corrected)
        let summary = try f.run()
        #expect(summary.accepted == 1 && summary.superseded == 1)
        let ledger = try f.ledger()
        #expect(ledger.entries[1].supersedes == [ledger.entries[0].hash])
        #expect(ledger.current.map(\.hash) == [ledger.entries[1].hash])
        #expect(FileSystem.exists(f.workspace.absolute(ledger.entries[0].path)), "the earlier file stays in the archive")
        let c = f.runner().consolidate(period: q3, ledger: ledger, asOf: Day(year: 2026, month: 10, day: 20)!)
        #expect(c.cohort("enterprise")?.listed == 3)
        #expect(c.cohort("enterprise")?.registration.numerator == 2)
    }

    @Test func crossAgencyOverlapCountsOnceAndSaysBetweenWhom() throws {
        let f = try WorkspaceFixture()
        try f.drop("SCT_2026-Q3_hkd.csv", """
            \(Files.householdHeader)
            46A8000001,Hộ kinh doanh Nguyễn Thị Hoa,05443,,01/07/2026,hoa.biz.vn,10/07/2026
            46A8000002,Hộ kinh doanh Trần Văn Bình,05443,,02/07/2026,,
            """)
        try f.drop("05443_2026-Q3_hkd.csv", """
            \(Files.householdHeader)
            46A8000001,Hộ kinh doanh Nguyễn Thị Hoa,05443,x,01/07/2026,hoa.biz.vn,10/07/2026
            46A8000003,Hộ kinh doanh Lê Văn Cường,05443,x,,cuong.biz.vn,12/07/2026
            """)
        try f.drop("05443_2026-Q3_ket-qua.csv", """
            \(Files.communeHeader)
            05443,40,3,2,2
            """)
        let summary = try f.run()
        #expect(summary.accepted == 3)
        let c = f.runner().consolidate(period: q3, ledger: try f.ledger(), asOf: Day(year: 2026, month: 10, day: 20)!)
        let households = try #require(c.cohort("household"))
        #expect(households.rows == 4)
        #expect(households.listed == 3)
        #expect(households.overlapsRemoved == 1)
        #expect(households.overlaps == [Overlap(senders: ["05443", "SCT"], entities: 1)])
        #expect(households.registration.numerator == 2)
        #expect(households.registration.denominator == 40)
        let commune = try #require(c.communes.first { $0.code == "05443" })
        #expect(commune.pilots == 2)
        #expect(commune.households.rate == 2.0 / 40.0)
    }

    @Test func missingDenominatorIsMissingNotZero() throws {
        let f = try WorkspaceFixture()
        try f.drop("SCT_2026-Q3_hkd.csv", """
            \(Files.householdHeader)
            46A8000001,Hộ kinh doanh Nguyễn Thị Hoa,05443,,01/07/2026,hoa.biz.vn,10/07/2026
            """)
        _ = try f.run()
        let c = f.runner().consolidate(period: q3, ledger: try f.ledger(), asOf: Day(year: 2026, month: 10, day: 20)!)
        let households = try #require(c.cohort("household"))
        #expect(households.registration.denominator == nil)
        #expect(households.registration.rate == nil)
        #expect(households.registeredProvinceWide == 1)
        #expect(c.cohort("student")?.registration.rate == nil)
        #expect(c.communes.allSatisfy { $0.households.rate == nil })
    }

    @Test func lateSubmissionIsAcceptedWithAWarningAndShownAsLate() throws {
        let f = try WorkspaceFixture()
        try f.drop("STC_2026-Q3_doanh-nghiep.csv", Files.enterprises, received: Day(year: 2026, month: 10, day: 12)!)
        let summary = try f.run()
        #expect(summary.accepted == 1)
        #expect(summary.files.first?.warnings == 1)
        let entry = try #require(try f.ledger().entries.first)
        #expect(entry.late)
        let c = f.runner().consolidate(period: q3, ledger: try f.ledger(), asOf: Day(year: 2026, month: 10, day: 20)!)
        let status = c.completeness.first { $0.senderCode == "STC" && $0.type == "enterprise-register" }
        #expect(status?.status == .late)
        #expect(c.completeness.first { $0.senderCode == "SCT" }?.status == .missing)
    }

    @Test func unknownAgencyAndBadNamesAreRejectedWithTheConvention() throws {
        let f = try WorkspaceFixture()
        try f.drop("STTC_2026-Q3_doanh-nghiep.csv", Files.enterprises)
        try f.drop("bao cao quy 3.csv", Files.enterprises)
        try f.drop("STC_2031-Q3.csv", Files.enterprises)
        let summary = try f.run()
        #expect(summary.rejected == 3 && summary.accepted == 0)
        let entries = try f.ledger().entries
        let byName = Dictionary(uniqueKeysWithValues: entries.map { ($0.fileName, $0) })
        for (name, code) in [("STTC_2026-Q3_doanh-nghiep.csv", "unknown-agency"), ("bao cao quy 3.csv", "file-name-convention"),
                             ("STC_2031-Q3.csv", "unknown-period")] {
            let entry = try #require(byName[name])
            #expect(entry.outcome == .rejected)
            let receipt = String(decoding: FileSystem.readBytes(f.workspace.absolute(entry.path + ".receipt.md")) ?? [], as: UTF8.self)
            #expect(receipt.contains(code), "\(name)")
            #expect(FileSystem.exists(f.workspace.absolute(entry.path)))
        }
        let unknown = String(decoding: FileSystem.readBytes(f.workspace.absolute(byName["STTC_2026-Q3_doanh-nghiep.csv"]!.receipt)) ?? [],
                             as: UTF8.self)
        #expect(unknown.contains("STC"), "suggests the nearest code")
        let convention = String(decoding: FileSystem.readBytes(f.workspace.absolute(byName["bao cao quy 3.csv"]!.receipt)) ?? [],
                                as: UTF8.self)
        #expect(convention.contains("STC_2026-Q3_doanh-nghiep.xlsx"), "shows an example")
    }

    @Test func dryRunChangesNothing() throws {
        let f = try WorkspaceFixture()
        try f.drop("STC_2026-Q3_doanh-nghiep.csv", Files.enterprises)
        try f.drop("STTC_2026-Q3.csv", Files.enterprises)
        let before = f.snapshot()
        let summary = try f.run(dryRun: true)
        #expect(summary.accepted == 1 && summary.rejected == 1)
        #expect(f.snapshot() == before)
    }

    @Test func rerunIsIdempotentAndReportsAreByteIdentical() throws {
        let f = try WorkspaceFixture()
        try f.drop("STC_2026-Q3_doanh-nghiep.csv", Files.enterprises)
        _ = try f.run()
        let first = f.snapshot("reports")
        let ledgerBefore = try f.ledger().entries
        let again = try f.run(period: q3)
        #expect(again.received == 0)
        #expect(try f.ledger().entries == ledgerBefore)
        #expect(f.snapshot("reports") == first)
        #expect(!first.isEmpty)
    }

    @Test func fileMovedButNotRecordedIsRecoveredOnTheNextRun() throws {
        let f = try WorkspaceFixture()
        let path = try f.drop("STC_2026-Q3_doanh-nghiep.csv", Files.enterprises)
        // Simulate a run killed right after moving the file into the archive.
        let hash = try FileSystem.sha256(of: path)
        let target = f.workspace.absolute("archive/2026-Q3/STC/\(hash.prefix(12))_STC_2026-Q3_doanh-nghiep.csv")
        try FileSystem.move(path, to: target)
        #expect(try f.ledger().entries.isEmpty)
        let summary = try f.run()
        #expect(summary.accepted == 1)
        let entries = try f.ledger().entries
        #expect(entries.count == 1)
        #expect(entries.first?.path == String(target.dropFirst(f.workspace.root.count + 1)))
    }
}

@Suite("hiendien run: duplicates of rejected files")
struct RejectedDuplicateTests {
    @Test func renamedRejectedFileIsProcessedAgainButTheSameDropIsADuplicate() throws {
        let f = try WorkspaceFixture()
        try f.drop("STTC_2026-Q3.csv", Files.enterprises)
        #expect(try f.run().rejected == 1)
        try f.drop("STTC_2026-Q3.csv", Files.enterprises)
        #expect(try f.run().duplicates == 1)
        try f.drop("STC_2026-Q3.csv", Files.enterprises)
        let summary = try f.run()
        #expect(summary.accepted == 1 && summary.duplicates == 0)
    }
}

@Suite("hiendien run: periods")
struct PeriodTests {
    @Test func yearUsesEachSendersLatestQuarterAndQuarterShowsThePrevious() throws {
        let f = try WorkspaceFixture()
        try f.drop("STC_2026-Q2_dn.csv", """
            \(Files.enterpriseHeader)
            4601145688,Công ty A,05443,15/03/2026,01/05/2026,a.biz.vn,10/05/2026
            """, received: Day(year: 2026, month: 7, day: 3)!)
        try f.drop("STC_2026-Q3_dn.csv", Files.enterprises)
        _ = try f.run()
        let ledger = try f.ledger()
        let asOf = Day(year: 2026, month: 10, day: 20)!
        let year = f.runner().consolidate(period: Period.year(2026)!, ledger: ledger, asOf: asOf)
        #expect(year.submissions.map(\.submission.fileName) == ["STC_2026-Q3_dn.csv"])
        #expect(year.cohort("enterprise")?.registeredInPeriod == 1)
        let q3 = f.runner().consolidate(period: Period.quarter(3, of: 2026)!, ledger: ledger, asOf: asOf)
        #expect(q3.previous?.period == Period.quarter(2, of: 2026))
        #expect(q3.previous?.cohorts["enterprise"]?.registered == 1)
        #expect(q3.cohort("enterprise")?.registeredInPeriod == 1, "a.biz.vn was registered in July")
        let q2 = f.runner().consolidate(period: Period.quarter(2, of: 2026)!, ledger: ledger, asOf: asOf)
        #expect(q2.cohort("enterprise")?.listed == 1)
    }
}

@Suite("Renewal risk and registration history")
struct RenewalTests {
    @Test func freePeriodsEndingWithinSixMonthsAreCountedByCommune() throws {
        let f = try WorkspaceFixture()
        try f.drop("STC_2026-Q3_dn.csv", """
            \(Files.enterpriseHeader)
            4601145688,Công ty A,05443,15/03/2026,01/07/2026,a.biz.vn,10/07/2026
            0100233488,Công ty B,05455,02/01/2026,,b.biz.vn,20/09/2026
            """)
        _ = try f.run()
        let q3 = Period.quarter(3, of: 2026)!
        // 10/07/2026 + 2 years = 10/07/2028, inside [01/03/2028, 01/09/2028]; 20/09/2028 is not.
        let c = f.runner().consolidate(period: q3, ledger: try f.ledger(), asOf: Day(year: 2028, month: 3, day: 1)!)
        #expect(c.renewalWindowEnd == Day(year: 2028, month: 9, day: 1))
        #expect(c.renewalRisk == [RenewalRisk(communeCode: "05443", communeName: "Phường Phan Đình Phùng", cohort: "enterprise",
                                              count: 1, earliestEnd: Day(year: 2028, month: 7, day: 10)!)])
        let now = f.runner().consolidate(period: q3, ledger: try f.ledger(), asOf: Day(year: 2026, month: 10, day: 20)!)
        #expect(now.renewalRisk.isEmpty)
        #expect(now.cohort("enterprise")?.registrationsByMonth == ["2026-07": 1, "2026-09": 1])
    }
}
