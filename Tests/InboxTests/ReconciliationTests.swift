import Foundation
import Inbox
import Programme
import Schema
import Testing
import TestSupport
@testable import Consolidation

@Suite("Reconciliation with the registry's extract")
struct ReconciliationTests {
    static let claims = """
        \(Files.enterpriseHeader)
        4601000019,Công ty A,05443,01/03/2026,01/07/2026,a.biz.vn,10/07/2026
        4601000026,Công ty B,05443,01/03/2026,01/07/2026,b.biz.vn,20/07/2026
        4601000033,Công ty C,05455,01/03/2026,01/07/2026,c.biz.vn,21/07/2026
        4601000040,Công ty D,05455,01/03/2026,01/07/2026,d.biz.vn,22/07/2026
        4601000058,Công ty E,05455,01/03/2026,01/07/2026,e.biz.vn,23/07/2026
        4601000065,Công ty F,05455,01/03/2026,01/07/2026,f.biz.vn,24/07/2026
        4601000072,Công ty G,05455,01/03/2026,01/07/2026,,
        """
    static let extract = """
        Tên miền,Loại chủ thể,Ngày cấp,Ngày hết hạn,Trạng thái,Số định danh chủ thể,Xã/phường
        a.biz.vn,Doanh nghiệp,10/07/2026,10/07/2028,Hoạt động,4601000019,05443
        b.biz.vn,Doanh nghiệp,22/07/2026,22/07/2028,Hoạt động,,05443
        c.id.vn,Cá nhân,21/07/2026,21/07/2028,Hoạt động,,05455
        d.biz.vn,Cá nhân,22/07/2026,22/07/2028,Hoạt động,,05455
        f.biz.vn,Doanh nghiệp,24/07/2026,24/07/2028,Hoạt động,4601000097,05455
        y.biz.vn,Doanh nghiệp,05/07/2026,05/07/2028,Hoạt động,4601000097,05455
        y2.biz.vn,Doanh nghiệp,05/08/2026,05/08/2028,Hoạt động,4601000097,05455
        z.id.vn,Cá nhân,01/08/2026,01/08/2028,Hoạt động,,05443
        w.biz.vn,Doanh nghiệp,01/11/2025,01/11/2026,Hết hạn,,05443
        old.biz.vn,Doanh nghiệp,01/03/2025,01/03/2027,Hoạt động,,05443
        """

    func consolidate(withExtract: Bool) throws -> Consolidation {
        let f = try WorkspaceFixture()
        try f.drop("STC_2026-Q3_dn.csv", Self.claims)
        try f.drop("05443_2026-Q3_dn.csv", """
            \(Files.enterpriseHeader)
            4601000019,Công ty A,05443,01/03/2026,01/07/2026,a.biz.vn,10/07/2026
            """)
        if withExtract { try f.drop("VNNIC_2026-Q3_ten-mien.csv", Self.extract) }
        let summary = try f.run()
        #expect(summary.rejected == 0, "\(summary.files)")
        return f.runner().consolidate(period: Period.quarter(3, of: 2026)!, ledger: try f.ledger(),
                                      asOf: Day(year: 2026, month: 10, day: 20)!)
    }

    @Test func eachClaimGetsItsClass() throws {
        let c = try consolidate(withExtract: true)
        let r = try #require(c.reconciliation)
        #expect(r.extract.fileName == "VNNIC_2026-Q3_ten-mien.csv")
        let e = try #require(r.byCohort["enterprise"])
        #expect(e[.confirmed] == 1)      // a
        #expect(e[.otherDate] == 1)      // b: granted two days later than claimed
        #expect(e[.otherSuffix] == 1)    // c: the registry has c.id.vn
        #expect(e[.otherCohort] == 1)    // d: granted to an individual
        #expect(e[.notInRegistry] == 1)  // e
        #expect(e[.otherHolder] == 1)    // f: another tax code holds it
        #expect(e.shared == 1)           // a: claimed by STC and by the commune
        #expect(e.claims == 6)
        #expect(e.unclaimed == 3)        // y, y2, w (old.biz.vn was granted before the programme)
        #expect(r.byCohort["student"]?.unclaimed == 1)  // z.id.vn
        #expect(r.bySender["STC"]?[.confirmed] == 1 && r.bySender["05443"]?[.confirmed] == 1)
        #expect(r.byCommune["05455"]?[.notInRegistry] == 1)
        let unmatched = r.unmatched.filter { $0.senderCode == "STC" }.map(\.domain)
        #expect(unmatched == ["b.biz.vn", "c.biz.vn", "d.biz.vn", "e.biz.vn", "f.biz.vn"])
        #expect(r.unmatched.first { $0.domain == "c.biz.vn" }?.registryDomain == "c.id.vn")
    }

    @Test func newCumulativeAndActiveAreSeparateAndTheFirstFreeBizRuleIsApplied() throws {
        let r = try #require(try consolidate(withExtract: true).reconciliation)
        // Enterprise-holder names granted 2025-10-18…2026-09-30: a, b, f, y, y2, w (6); in Q3: a, b, f, y, y2 (5);
        // active at the cut-off: all but w (expired).
        #expect(r.registry["enterprise"] == Reconciliation.RegistryFigures(newInPeriod: 5, cumulative: 6, activeAtCutoff: 5))
        // Individuals: c.id.vn, d.biz.vn, z.id.vn.
        #expect(r.registry["student"] == Reconciliation.RegistryFigures(newInPeriod: 3, cumulative: 3, activeAtCutoff: 3))
        // Holder 4601000097 has f, y and y2: two names beyond its first free .biz.vn.
        #expect(r.holdersWithSeveralBiz == 1)
        #expect(r.bizBeyondFirst == 2)
    }

    @Test func withoutAnExtractThereIsNoReconciliation() throws {
        let c = try consolidate(withExtract: false)
        #expect(c.reconciliation == nil)
        #expect(c.cohort("enterprise")?.registeredProvinceWide == 6)
    }
}

@Suite("Reconciliation across two quarters")
struct ReconciliationQuartersTests {
    @Test func newCumulativeAndActiveFollowTheQuarter() throws {
        let f = try WorkspaceFixture()
        let header = "Tên miền,Loại chủ thể,Ngày cấp,Ngày hết hạn,Trạng thái"
        try f.drop("STC_2026-Q2_dn.csv", """
            \(Files.enterpriseHeader)
            4601000019,Công ty A,05443,01/03/2026,01/04/2026,a.biz.vn,10/04/2026
            """, received: Day(year: 2026, month: 7, day: 2)!)
        try f.drop("VNNIC_2026-Q2_ten-mien.csv", """
            \(header)
            a.biz.vn,Doanh nghiệp,10/04/2026,10/04/2028,Hoạt động
            """, received: Day(year: 2026, month: 7, day: 2)!)
        try f.drop("STC_2026-Q3_dn.csv", """
            \(Files.enterpriseHeader)
            4601000019,Công ty A,05443,01/03/2026,01/04/2026,a.biz.vn,10/04/2026
            4601000026,Công ty B,05443,01/03/2026,01/07/2026,b.biz.vn,20/07/2026
            """)
        try f.drop("VNNIC_2026-Q3_ten-mien.csv", """
            \(header)
            a.biz.vn,Doanh nghiệp,10/04/2026,10/04/2028,Tạm ngưng
            b.biz.vn,Doanh nghiệp,20/07/2026,20/07/2028,Hoạt động
            """)
        _ = try f.run()
        let ledger = try f.ledger()
        let asOf = Day(year: 2026, month: 10, day: 20)!
        let q2 = try #require(f.runner().consolidate(period: .quarter(2, of: 2026)!, ledger: ledger, asOf: asOf).reconciliation)
        let q3 = try #require(f.runner().consolidate(period: .quarter(3, of: 2026)!, ledger: ledger, asOf: asOf).reconciliation)
        #expect(q2.extract.fileName == "VNNIC_2026-Q2_ten-mien.csv")
        #expect(q3.extract.fileName == "VNNIC_2026-Q3_ten-mien.csv")
        #expect(q2.registry["enterprise"] == .init(newInPeriod: 1, cumulative: 1, activeAtCutoff: 1))
        // In Q3: b is new; a and b are cumulative; a was suspended by the Q3 cut-off.
        #expect(q3.registry["enterprise"] == .init(newInPeriod: 1, cumulative: 2, activeAtCutoff: 1))
        #expect(q3.byCohort["enterprise"]?[.confirmed] == 2)
    }
}
