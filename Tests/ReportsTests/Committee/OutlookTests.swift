import Foundation
import Schema
import Testing
@testable import Reports

@Suite("What comes next, change, top and bottom communes")
struct OutlookTests {
    @Test("the projection table: date reached, not by the end, or not reported; the need from the as-of date")
    func projection() throws {
        let md = Fixtures.text("uy-ban-nhan-dan.md")
        let enterprise = try #require(md.markdownRow(startingWith: "Doanh nghiệp mới thành lập | 1.234 | 1.111"))
        #expect(enterprise == ["Doanh nghiệp mới thành lập", "1.234", "1.111", "645", "120", "28/07/2026", "54"])
        let household = try #require(md.markdownRow(startingWith: "Hộ kinh doanh | 1.000 | 900"))
        #expect(household[5] == "11/09/2026" && household[6] == "52")
        let student = try #require(md.markdownRow(startingWith: "Sinh viên 18–23 tuổi | chưa có số liệu | —"))
        #expect(student[5] == "chưa có số liệu" && student[6] == "—")
        #expect(md.contains("Cần đăng ký mỗi tháng, từ ngày 08/04/2026"))
    }

    @Test("'not by 2026-12-31' in both languages, with the projected day")
    func notByDeadline() throws {
        var c = Fixtures.consolidation()
        c.cohorts[0].registration.numerator = 100
        for (language, expected) in [(Language.vi, "▼ không đạt trước ngày 31/12/2026 (dự kiến "),
                                     (.en, "▼ not by 2026-12-31 (projected ")] {
            let md = String(decoding: Fixtures.render(language, c)["uy-ban-nhan-dan.md"] ?? [], as: UTF8.self)
            #expect(md.contains(expected), "\(language)")
        }
    }

    @Test("registrations per quarter: the chart, then its table, with the path and the gap")
    func quarters() throws {
        let md = Fixtures.text("uy-ban-nhan-dan.md")
        #expect(md.markdownRow(startingWith: "Doanh nghiệp mới thành lập | Q4/2025") == [
            "Doanh nghiệp mới thành lập", "Q4/2025", "105", "105", "187", "-82"])
        #expect(md.markdownRow(startingWith: "Doanh nghiệp mới thành lập | Q1/2026") == [
            "Doanh nghiệp mới thành lập", "Q1/2026", "540", "645", "415", "+230"])
        #expect(md.markdownRow(startingWith: "Doanh nghiệp mới thành lập | Q4/2026") == [
            "Doanh nghiệp mới thành lập", "Q4/2026", "—", "—", "1.111", "—"])
        let html = Fixtures.text("uy-ban-nhan-dan.html")
        let chart = try #require(html.range(of: "Biểu đồ số đăng ký lũy kế cuối mỗi quý"))
        let table = try #require(html.range(of: "<caption>Đăng ký theo quý so với lộ trình"))
        #expect(chart.lowerBound < table.lowerBound)
        #expect(html.contains("Mục tiêu 90%: 1.111"))
        #expect(html.contains("Chưa có số đối tượng nên chưa có lộ trình."))
    }

    @Test("renewal risk by commune and cohort, with a total; a sentence when there is none")
    func renewal() throws {
        let md = Fixtures.text("uy-ban-nhan-dan.md")
        #expect(md.markdownRow(startingWith: "Phường Phan Đình Phùng | 05443 | Hộ kinh doanh") == [
            "Phường Phan Đình Phùng", "05443", "Hộ kinh doanh", "3", "02/05/2026"])
        #expect(md.markdownRow(startingWith: "Chưa xác định xã, phường") != nil)
        #expect(md.contains("| Tổng cộng |   |   | 4 | 02/05/2026 |"))
        #expect(md.contains("(08/04/2026 – 08/10/2026)"))
        let ministry = Fixtures.text("bo-khcn-vnnic.md")
        #expect(ministry.markdownRow(startingWith: "Hộ kinh doanh | 3") == ["Hộ kinh doanh", "3", "02/05/2026"])
        #expect(!ministry.contains("05443"))

        var c = Fixtures.consolidation()
        c.renewalRisk = []
        for language in [Language.vi, .en] {
            let text = String(decoding: Fixtures.render(language, c)["uy-ban-nhan-dan.md"] ?? [], as: UTF8.self)
            #expect(text.contains(language == .vi ? "Không có đăng ký nào hết thời gian miễn phí trong 6 tháng tới."
                                                  : "No registration's free period ends within the next 6 months."))
        }
    }

    @Test("change since the previous quarter for every headline figure, rates in points")
    func change() throws {
        let md = Fixtures.text("uy-ban-nhan-dan.md")
        #expect(md.markdownRow(startingWith: "Doanh nghiệp mới thành lập – đã tiếp cận") == [
            "Doanh nghiệp mới thành lập – đã tiếp cận", "1.000", "1.234", "+234"])
        #expect(md.markdownRow(startingWith: "Doanh nghiệp mới thành lập – số đối tượng") == [
            "Doanh nghiệp mới thành lập – số đối tượng", "1.200", "1.234", "+34"])
        // 500/1200 = 41,6% → 645/1234 = 52,2%
        #expect(md.markdownRow(startingWith: "Doanh nghiệp mới thành lập – tỷ lệ đăng ký") == [
            "Doanh nghiệp mới thành lập – tỷ lệ đăng ký", "41,6%", "52,2%", "+10,6 điểm %"])
        #expect(md.markdownRow(startingWith: "Sinh viên 18–23 tuổi – đã đăng ký") == [
            "Sinh viên 18–23 tuổi – đã đăng ký", "chưa có số liệu", "1.500", "—"])
        #expect(md.markdownRow(startingWith: "Tin, bài tuyên truyền") == ["Tin, bài tuyên truyền", "12", "17", "+5"])
        #expect(md.markdownRow(startingWith: "Số người tham dự | 150") == ["Số người tham dự", "150", "320", "+170"])
        let en = Fixtures.text("uy-ban-nhan-dan.md", .en)
        #expect(en.markdownRow(startingWith: "New enterprises – registration rate") == [
            "New enterprises – registration rate", "41.6%", "52.2%", "+10.6 pp"])
    }

    @Test("the five highest and lowest communes, with their change in points where the last quarter had a rate")
    func topAndBottom() throws {
        let md = Fixtures.text("uy-ban-nhan-dan.md")
        #expect(md.markdownRow(startingWith: "Cao nhất | 1") == [
            "Cao nhất", "1", "05443", "Phường Phan Đình Phùng", "90,0%", "80,0%", "+10,0 điểm %"])
        #expect(md.markdownRow(startingWith: "Cao nhất | 3") == [
            "Cao nhất", "3", "05467", "Phường Gia Sàng", "50,0%", "50,0%", "0,0 điểm %"])
        #expect(md.markdownRow(startingWith: "Cao nhất | 2")?[6] == "—")
        #expect(md.markdownRow(startingWith: "Thấp nhất") == nil)  // three rated communes are all "highest"
    }

    @Test("with more than ten rated communes, the bottom five are ranked from the end")
    func bottomFive() throws {
        var c = Fixtures.consolidation()
        c.communes = (0..<12).map { i in
            Fixtures.commune(String(70000 + i), "Xã Số \(i)", registered: 10 * i, of: 120, pilots: 5)
        }
        let md = String(decoding: Fixtures.render(.vi, c)["uy-ban-nhan-dan.md"] ?? [], as: UTF8.self)
        let ranks = md.split(separator: "\n").filter { $0.hasPrefix("| Cao nhất |") || $0.hasPrefix("| Thấp nhất |") }
            .map { $0.split(separator: "|")[0...1].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") }
        #expect(ranks == ["Cao nhất 1", "Cao nhất 2", "Cao nhất 3", "Cao nhất 4", "Cao nhất 5",
                          "Thấp nhất 8", "Thấp nhất 9", "Thấp nhất 10", "Thấp nhất 11", "Thấp nhất 12"])
    }

    @Test("the commune chart draws every commune, in rank order, and marks those without a rate in words")
    func communeChart() throws {
        let html = Fixtures.text("uy-ban-nhan-dan.html")
        let chart = try #require(html.range(of: "Biểu đồ tỷ lệ hộ kinh doanh đăng ký .biz.vn theo xã, phường"))
        let appendix = try #require(html.range(of: "<caption>Xã, phường xếp theo tỷ lệ"))
        #expect(chart.lowerBound < appendix.lowerBound)
        let svg = String(html[chart.upperBound..<appendix.lowerBound])
        var from = svg.startIndex
        for label in [">1. Phường Phan Đình Phùng<", ">2. Phường Đức Xuân<", ">3. Phường Gia Sàng<", ">Xã Ý Yên<",
                      ">chưa có số liệu<", ">Xã Yên Bình<", ">chưa có số liệu<"] {
            let r = try #require(svg.range(of: label, range: from..<svg.endIndex), "\(label)")
            from = r.upperBound
        }
        #expect(svg.contains(">Mục tiêu 90%<"))
        #expect(svg.contains(">▼ 50,0%<"))
    }

    @Test("the completeness grid: one tile per sender, missing and late told by shape and in the description")
    func completenessGrid() throws {
        let html = Fixtures.text("uy-ban-nhan-dan.html")
        #expect(html.contains("Cơ quan, đơn vị cấp tỉnh, Gửi muộn: SKHCN; Cơ quan, đơn vị cấp tỉnh, Đúng hạn: STC; "
                              + "Xã, phường, Chưa gửi: Xã Yên Bình; Xã, phường, Đúng hạn: Phường Phan Đình Phùng"))
        let md = Fixtures.text("uy-ban-nhan-dan.md")
        #expect(md.markdownRow(startingWith: "Chưa gửi") == ["Chưa gửi", "0", "1", "1"])
        #expect(md.markdownRow(startingWith: "Gửi muộn | 1") == ["Gửi muộn", "1", "0", "1"])
    }

    @Test("every new label has a Vietnamese and an English text, and the English report has no Vietnamese heading")
    func english() {
        let en = Fixtures.text("uy-ban-nhan-dan.html", .en)
        for phrase in ["What comes next", "Registrations per quarter against the path", "When each cohort reaches",
                       "Registrations whose free period ends", "Headline figures against the previous quarter",
                       "The 5 communes with the highest", "Household registration rate by commune", "Submissions by sender"] {
            #expect(en.contains(phrase), "\(phrase)")
        }
        for phrase in ["Dự báo", "lộ trình", "Cao nhất", "miễn phí", "Tình hình gửi"] { #expect(!en.contains(phrase), "\(phrase)") }
    }
}
