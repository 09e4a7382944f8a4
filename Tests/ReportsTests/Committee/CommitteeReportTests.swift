import Foundation
import Testing
@testable import Reports

@Suite("People's Committee report")
struct CommitteeReportTests {
    @Test("communes rank by registration rate; ties and communes without a rate follow Vietnamese order")
    func ranking() {
        let ranked = CommitteeReport(Fixtures.consolidation(), language: .vi).rankedCommunes().map(\.name)
        // 90% first; Đức Xuân and Gia Sàng tie at 50% and Đ sorts before G (by code point it would
        // not); Xã Ý Yên and Xã Yên Bình have no rate and come last, Ý before Yên.
        #expect(ranked == ["Phường Phan Đình Phùng", "Phường Đức Xuân", "Phường Gia Sàng", "Xã Ý Yên", "Xã Yên Bình"])
    }

    @Test("the commune table marks exactly the communes below target, visibly and with a class")
    func belowTargetMarker() throws {
        let md = Fixtures.text("uy-ban-nhan-dan.md")
        let marked = Fixtures.communeNames.filter { name in
            md.split(separator: "\n").contains { $0.contains("| " + name + " |") && $0.contains("▼ Chưa đạt") }
        }
        #expect(Set(marked) == ["Phường Đức Xuân", "Phường Gia Sàng"])
        let phan = try #require(md.markdownRow(startingWith: "1"))
        #expect(phan[2] == "Phường Phan Đình Phùng" && phan[7] == "90,0%" && phan[8] == "Đạt")
        let yenBinh = try #require(md.split(separator: "\n").last { $0.contains("| Xã Yên Bình |") })
        #expect(yenBinh.hasPrefix("| — | 01864 |"))
        #expect(yenBinh.contains("chưa có số liệu"))

        let html = Fixtures.text("uy-ban-nhan-dan.html")
        let belowRows = html.components(separatedBy: "<tr class=\"below-target\">").dropFirst()
            .map { String($0.prefix { $0 != "\n" }) }
        for name in ["Phường Đức Xuân", "Phường Gia Sàng"] {
            #expect(belowRows.contains { $0.contains(name) && $0.contains("▼") })
        }
        #expect(!belowRows.contains { $0.contains("Phường Phan Đình Phùng") || $0.contains("Xã Ý Yên") })
        // Pilots below the minimum of 5 are marked too (Đức Xuân has 3).
        #expect(md.contains("| 3 ▼ |"))
    }

    @Test("a cohort without a denominator shows 'not reported', never 0% or 100%")
    func missingDenominator() throws {
        for (language, missing) in [(Language.vi, "chưa có số liệu"), (.en, "not reported")] {
            let md = String(decoding: Fixtures.render(language)["uy-ban-nhan-dan.md"] ?? [], as: UTF8.self)
            let title = language == .vi ? "Sinh viên 18–23 tuổi" : "Students aged 18–23"
            let row = try #require(md.markdownRow(startingWith: title))
            // eligible, outreach rate, outreach verdict, registration rate, registration verdict
            #expect([row[2], row[4], row[6], row[8], row[10]] == Array(repeating: missing, count: 5))
            #expect(row[5] == "100%" && row[9] == "90%")  // the targets themselves
        }
    }

    @Test("Vietnamese and English number formats")
    func numberFormats() throws {
        let vi = Fixtures.text("uy-ban-nhan-dan.md"), en = Fixtures.text("uy-ban-nhan-dan.md", .en)
        let viRow = try #require(vi.markdownRow(startingWith: "Doanh nghiệp mới thành lập"))
        let enRow = try #require(en.markdownRow(startingWith: "New enterprises"))
        #expect(viRow[2] == "1.234" && viRow[8] == "52,2%")
        #expect(enRow[2] == "1,234" && enRow[8] == "52.2%")
        #expect(!en.contains("52,2%") && !vi.contains("52.2%"))
        #expect(vi.contains("Thái Nguyên, ngày 08 tháng 4 năm 2026"))
        #expect(en.contains("REPORT") && !en.contains("Kính gửi"))
    }

    @Test("narratives are grouped by section, then by sender in configuration order, and escaped")
    func narratives() throws {
        let md = Fixtures.text("uy-ban-nhan-dan.md")
        let difficulties = try #require(md.range(of: "## II. KHÓ KHĂN, VƯỚNG MẮC"))
        let proposals = try #require(md.range(of: "## III. ĐỀ XUẤT, KIẾN NGHỊ"))
        let part = md[difficulties.upperBound..<proposals.lowerBound]
        // STC (an agency) before the commune 05443, although the commune's item came first.
        let stc = try #require(part.range(of: "**Sở Tài chính:**"))
        let commune = try #require(part.range(of: "**Phường Phan Đình Phùng:**"))
        #expect(stc.lowerBound < commune.lowerBound)
        #expect(part.contains("\\<b\\>tên miền\\</b\\> \\| thiếu kinh phí"))
        #expect(md.contains("> Tổ chức 2 lớp tập huấn\n> cho các xã."))
    }

    @Test("the appendix traces every submission: file, hash, sender, type, received, late, rows, contribution")
    func trace() throws {
        let md = Fixtures.text("uy-ban-nhan-dan.md")
        let row = try #require(md.markdownRow(startingWith: "2 | SKHCN\\_2026-Q1\\_trainings.csv"))
        #expect(row == ["2", "SKHCN\\_2026-Q1\\_trainings.csv", "bbbbbbbbbbbb", "SKHCN — Sở Khoa học và Công nghệ",
                        "Hội nghị, hội thảo, tập huấn", "09/04/2026", "▼ Có", "4", "trainings: 4", ""])
        #expect(md.contains("cccccccccccc") && md.contains("dddddddddddd"))
        let csv = Fixtures.text("uy-ban-nhan-dan.csv")
        #expect(csv.contains(",\"05443 \"\"Phan Đình Phùng\"\", bản sửa.csv\",cccccccccccc,05443,household-register,2026-04-01,0,90,enterprise=2;household=88,dddddddddddd"))
    }

    @Test("missing and late submissions are listed, missing first")
    func completeness() throws {
        let md = Fixtures.text("uy-ban-nhan-dan.md")
        let missing = try #require(md.range(of: "| Xã Yên Bình | 01864 | Kết quả thực hiện của xã/phường | ▼ Chưa gửi |"))
        let late = try #require(md.range(of: "| Sở Khoa học và Công nghệ | SKHCN | Hội nghị, hội thảo, tập huấn | Gửi muộn | 09/04/2026 | 05/04/2026 |"))
        #expect(missing.lowerBound < late.lowerBound)
    }
}

import Schema
