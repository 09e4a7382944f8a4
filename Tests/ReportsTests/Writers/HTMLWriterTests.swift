import Foundation
import Testing
@testable import Reports

@Suite("HTML writer")
struct HTMLWriterTests {
    @Test("self-contained: no script, no URL, no external resource", arguments: ["uy-ban-nhan-dan.html", "bo-khcn-vnnic.html"])
    func selfContained(_ name: String) {
        let html = Fixtures.text(name).lowercased()
        #expect(!html.contains("<script"))
        #expect(!html.contains("http"))
        #expect(!html.contains("<link") && !html.contains("<img") && !html.contains("@import") && !html.contains("url("))
        #expect(html.contains("<svg"))
    }

    @Test("agency text is escaped")
    func escaping() {
        let html = Fixtures.text("uy-ban-nhan-dan.html")
        #expect(html.contains("Nhiều doanh nghiệp chưa quan tâm &lt;b&gt;tên miền&lt;/b&gt; | thiếu kinh phí"))
        #expect(!html.contains("<b>tên miền"))
        #expect(html.contains("05443 &quot;Phan Đình Phùng&quot;, bản sửa.csv"))
        #expect(HTMLWriter.escape("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&#39;")
    }

    @Test("Decree 30/2020 layout: A4 and its margins, the font, header, number, place and date, signature")
    func decreeLayout() throws {
        let html = Fixtures.text("uy-ban-nhan-dan.html")
        #expect(html.contains("@page { size: A4; margin: 20mm 15mm 20mm 30mm;"))
        #expect(html.contains("font-family: \"Times New Roman\", \"Liberation Serif\", serif"))
        let order = ["<p class=\"parent\">UBND TỈNH THÁI NGUYÊN</p>",
                     "<p class=\"agency\"><span>SỞ KHOA HỌC VÀ CÔNG NGHỆ</span></p>",
                     "<p class=\"number\">Số: 05/BC-SKHCN</p>",
                     "<p class=\"national-title\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>",
                     "<p class=\"motto\"><span>Độc lập - Tự do - Hạnh phúc</span></p>",
                     "<p class=\"place-date\">Thái Nguyên, ngày 08 tháng 4 năm 2026</p>",
                     "<h1>BÁO CÁO</h1>", "I. KẾT QUẢ ĐẠT ĐƯỢC", "II. KHÓ KHĂN, VƯỚNG MẮC", "III. ĐỀ XUẤT, KIẾN NGHỊ",
                     "IV. NHIỆM VỤ QUÝ TỚI", "Nơi nhận:", "GIÁM ĐỐC", "Nguyễn Văn A", "PHỤ LỤC 1", "PHỤ LỤC 2", "PHỤ LỤC 3"]
        var from = html.startIndex
        for piece in order {
            let r = try #require(html.range(of: piece, range: from..<html.endIndex), "\(piece)")
            from = r.upperBound
        }
    }

    @Test("the chart has a text equivalent and marks bars below target with ▼")
    func chart() {
        let html = Fixtures.text("uy-ban-nhan-dan.html")
        #expect(html.contains("<desc id=\"chart-1-desc\">Doanh nghiệp mới thành lập, Tiếp cận: 100,0%; Doanh nghiệp mới thành lập, Đăng ký: 52,2%;"))
        #expect(html.contains(">▼ 45,0%</text>"))
        #expect(html.contains("Sinh viên 18–23 tuổi, Đăng ký: chưa có số liệu"))
    }
}

@Suite("Text from a file stays text")
struct HostileTextTests {
    @Test("a commune's note with <script> and a leading = is text in HTML, Markdown and CSV")
    func hostileNote() {
        let html = Fixtures.text("uy-ban-nhan-dan.html")
        #expect(html.contains("=1+2 &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.lowercased().contains("<script"))
        let md = Fixtures.text("uy-ban-nhan-dan.md")
        #expect(md.contains("> =1+2 \\<script\\>alert(1)\\</script\\>"))
        let csv = Fixtures.text("uy-ban-nhan-dan.csv")
        #expect(csv.contains("\r\nXã Ý Yên,'=1+2 <script>alert(1)</script>,"))
        #expect(!csv.contains(",=1+2"))
    }
}
