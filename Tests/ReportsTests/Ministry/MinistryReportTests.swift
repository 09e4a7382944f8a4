import Testing
@testable import Reports

@Suite("Ministry (VNNIC) report")
struct MinistryReportTests {
    static let files = ["bo-khcn-vnnic.md", "bo-khcn-vnnic.html", "bo-khcn-vnnic.csv"]

    @Test("no commune, no file name, no hash, no free text from the agencies", arguments: files)
    func aggregatesOnly(_ name: String) {
        for language in [Language.vi, .en] {
            let text = Fixtures.text(name, language)
            for commune in Fixtures.communeNames + ["05443", "01840", "01864"] { #expect(!text.contains(commune), "\(commune)") }
            for file in Fixtures.fileNames + ["aaaaaaaaaaaa", "archive/"] { #expect(!text.contains(file), "\(file)") }
            for said in ["thiếu cán bộ", "kinh phí", "rà soát"] { #expect(!text.contains(said), "\(said)") }
        }
    }

    @Test("registrations by cohort and suffix, new in the period and cumulative, with the cut-off")
    func registrations() throws {
        let md = Fixtures.text("bo-khcn-vnnic.md")
        #expect(md.contains("Kính gửi: Bộ Khoa học và Công nghệ (qua Trung tâm Internet Việt Nam)"))
        #expect(md.contains("Số liệu tính đến ngày 31/03/2026; lũy kế từ ngày 18/10/2025."))
        let enterprise = try #require(md.markdownRow(startingWith: "Doanh nghiệp mới thành lập"))
        #expect(enterprise == ["Doanh nghiệp mới thành lập", ".biz.vn", "145", "645", "12"])
        // Households: the province-wide total, not the numerator of the scoped rate (450).
        let household = try #require(md.markdownRow(startingWith: "Hộ kinh doanh"))
        #expect(household == ["Hộ kinh doanh", ".biz.vn", "150", "470", "0"])
        #expect(md.contains("Hộ kinh doanh: Tỷ lệ tính trên các xã, phường đã báo cáo mẫu số."))
        let student = try #require(md.markdownRow(startingWith: "Sinh viên 18–23 tuổi"))
        #expect(student == ["Sinh viên 18–23 tuổi", ".id.vn", "700", "1.500", "0"])
        #expect(md.contains("| Tổng cộng | 17 |"))  // media items
    }
}

import Schema
