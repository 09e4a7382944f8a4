import Foundation
import Schema
import Testing
@testable import Reports

/// The People's Committee report printed by a real browser: headless Chromium to PDF, read
/// back with poppler's `pdfinfo` and `pdftotext`.
///
/// "No element overflows the page width" is checked on what Chromium printed, in two ways,
/// because Chromium handles a too-wide page in one of two ways: it shrinks the whole page to
/// fit (every glyph gets smaller, so the 14 pt bold title word is narrower than it is at
/// 14 pt), or it clips (words lie past the right margin). The negative test proves that a too-wide table fails.
@Suite("Printed by Chromium", .serialized, .enabled(if: Browser.available, Comment(rawValue: Browser.missingMessage)))
struct BrowserRenderingTests {
    /// Pages of the fixture's People's Committee report: the body (7 pages at the time of
    /// writing) and one page per appendix (four since the reconciliation appendix). A change
    /// here is a layout change: look at the PDF.
    static let expectedPages = 11

    @Test("A4 pages, the expected number, nothing wider than the page, Vietnamese text intact")
    func committeeReport() throws {
        let pdf = try Browser.print(Fixtures.text("uy-ban-nhan-dan.html"))
        defer { Browser.discard(pdf) }
        let sizes = try Browser.pageSizes(pdf)
        #expect(sizes.count == Self.expectedPages, "\(pdf)")
        for (i, size) in sizes.enumerated() {
            #expect(abs(size.width - 595) < 1 && abs(size.height - 842) < 1, "page \(i + 1): \(size)")
        }
        let problems = try Browser.layoutProblems(pdf, title: "BÁO")
        #expect(problems == [], "\(pdf)")
        let text = try Browser.text(pdf)
        for phrase in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                       "Thái Nguyên, ngày 08 tháng 4 năm 2026", "Phường Phan Đình Phùng", "Xã Ý Yên"] {
            #expect(text.contains(phrase), "\(phrase)")
        }
        // No page number on the first page; "2" at the top of the second.
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        #expect(pages.count >= 2 && pages[1].split(separator: "\n").first?.trimmingCharacters(in: .whitespaces) == "2")
        #expect(!(pages.first ?? "").split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "1" })
    }

    @Test("the English report prints the same way")
    func english() throws {
        let pdf = try Browser.print(Fixtures.text("uy-ban-nhan-dan.html", .en))
        defer { Browser.discard(pdf) }
        let problems = try Browser.layoutProblems(pdf, title: "REPORT")
        #expect(problems == [], "\(pdf)")
        #expect(try Browser.text(pdf).contains("Independence - Freedom - Happiness"))
    }

    @Test("negative: a table wider than the page is caught")
    func tooWideTable() throws {
        var document = CommitteeReport(Fixtures.consolidation(), language: .vi)
            .document(issuer: Fixtures.issuer, documentNumber: "5")
        let columns = (1...30).map { Column(title: "Cột \($0)", numeric: true) }
        let row = TableRow(cells: (1...30).map { _ in Cell("1.234.567") })
        document.body[0].blocks.insert(.table(Table(caption: "Quá rộng", columns: columns, rows: [row])), at: 0)
        let pdf = try Browser.print(HTMLWriter.text(document))
        defer { Browser.discard(pdf) }
        #expect(try Browser.layoutProblems(pdf, title: "BÁO") != [])
    }

    @Test("negative: an unbreakable word outside a table cell is caught")
    func longWord() throws {
        var document = CommitteeReport(Fixtures.consolidation(), language: .vi)
            .document(issuer: Fixtures.issuer, documentNumber: "5")
        document.body[0].blocks.insert(.paragraph(String(repeating: "X", count: 200)), at: 0)
        let pdf = try Browser.print(HTMLWriter.text(document))
        defer { Browser.discard(pdf) }
        #expect(try Browser.layoutProblems(pdf, title: "BÁO") != [])
    }
}

/// Headless Chromium and poppler, found on PATH.
enum Browser {
    static let chromium = which("chromium") ?? which("chromium-browser")
    static let pdftotext = which("pdftotext")
    static let pdfinfo = which("pdfinfo")
    static var available: Bool { chromium != nil && pdftotext != nil && pdfinfo != nil }
    static var missingMessage: String {
        "skipped: needs chromium, pdftotext and pdfinfo on PATH (apt-get install chromium fonts-liberation poppler-utils; "
            + ".ci/run installs them); missing: "
            + [("chromium", chromium), ("pdftotext", pdftotext), ("pdfinfo", pdfinfo)].filter { $0.1 == nil }.map(\.0)
            .joined(separator: ", ")
    }

    /// Decree 30/2020 margins in points (1 mm = 72/25.4 pt): left 30 mm, right 15 mm.
    static let leftMargin = 30 * 72 / 25.4, rightMargin = 15 * 72 / 25.4
    /// Widths of the title word, bold 14 pt, in points, as Chromium prints it unscaled with
    /// Liberation Serif Bold (metric-compatible with Times New Roman Bold, kerning included:
    /// B Á O is 2.167 em, R E P O R T 4.167 em less the kerning of its pairs). Chromium prints
    /// them to within 0.01 pt; a page shrunk to fit even a 1% too wide element is 0.3 pt off.
    /// Glyph heights are no use: pdftotext's box height follows the embedded subset's metrics,
    /// which change with the glyphs used.
    static let titleWidths = ["BÁO": 30.32, "REPORT": 57.82]
    static let widthTolerance = 0.15

    struct BrowserError: Error, CustomStringConvertible {
        var description: String
    }

    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = dir + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BrowserError(description: "\(executable) \(arguments) exited with \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Prints `html` to a PDF in a fresh directory and returns its path.
    static func print(_ html: String) throws -> String {
        guard let chromium else { throw BrowserError(description: missingMessage) }
        let dir = NSTemporaryDirectory() + "/hiendien-print-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir + "/profile", withIntermediateDirectories: true)
        let source = dir + "/report.html", pdf = dir + "/report.pdf"
        try Data(html.utf8).write(to: URL(fileURLWithPath: source))
        try run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + dir + "/profile",
                           "--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + source])
        guard FileManager.default.fileExists(atPath: pdf) else { throw BrowserError(description: "no PDF from \(source)") }
        return pdf
    }

    /// Removes the directory `print` made.
    static func discard(_ pdf: String) {
        try? FileManager.default.removeItem(atPath: (pdf as NSString).deletingLastPathComponent)
    }

    static func pageSizes(_ pdf: String) throws -> [(width: Double, height: Double)] {
        let info = try run(pdfinfo ?? "", ["-f", "1", "-l", "100000", pdf])
        // "Page    1 size: 594.96 x 841.92 pts (A4)"
        return info.split(separator: "\n").filter { $0.hasPrefix("Page ") && $0.contains(" size: ") }.compactMap { line in
            let parts = line.split(separator: " ")
            guard let i = parts.firstIndex(of: "size:"), i + 3 < parts.count,
                  let w = Double(parts[i + 1]), let h = Double(parts[i + 3]) else { return nil }
            return (w, h)
        }
    }

    static func text(_ pdf: String) throws -> String { try run(pdftotext ?? "", ["-layout", pdf, "-"]) }

    struct Word {
        var page: Int
        var xMin: Double, yMin: Double, xMax: Double, yMax: Double
        var text: String
    }

    static func words(_ pdf: String) throws -> (pageWidth: Double, words: [Word]) {
        let xml = try run(pdftotext ?? "", ["-bbox", pdf, "-"])
        var words: [Word] = []
        var page = 0, width = 0.0
        func attribute(_ name: String, in line: Substring) -> Double? {
            guard let r = line.range(of: name + "=\"") else { return nil }
            return Double(line[r.upperBound...].prefix { $0 != "\"" })
        }
        for line in xml.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("<page ") {
                page += 1
                width = attribute("width", in: trimmed) ?? width
            } else if trimmed.hasPrefix("<word "), let a = attribute("xMin", in: trimmed), let b = attribute("yMin", in: trimmed),
                      let c = attribute("xMax", in: trimmed), let d = attribute("yMax", in: trimmed),
                      let open = trimmed.firstIndex(of: ">"), let close = trimmed.range(of: "</word>") {
                words.append(Word(page: page, xMin: a, yMin: b, xMax: c, yMax: d,
                                  text: String(trimmed[trimmed.index(after: open)..<close.lowerBound])))
            }
        }
        return (width, words)
    }

    /// What shows a page wider than A4 in the printed PDF: a shrunk page (the title word on
    /// page 1 smaller than 14 pt) or words outside the margins. Empty when the print is right.
    static func layoutProblems(_ pdf: String, title: String) throws -> [String] {
        let (width, words) = try self.words(pdf)
        var problems: [String] = []
        if let word = words.first(where: { $0.page == 1 && $0.text == title }), let expected = titleWidths[title] {
            let width = word.xMax - word.xMin
            if abs(width - expected) > widthTolerance {
                problems.append("page 1 is scaled: the title word is \(width) pt wide, not \(expected) "
                                + "(shrunk to fit a too-wide element, or not Times New Roman / Liberation Serif)")
            }
        } else {
            problems.append("no title word \(title) on page 1")
        }
        for w in words where w.xMin < leftMargin - 1 || w.xMax > width - rightMargin + 1 {
            problems.append("page \(w.page): \(w.text) at x \(Int(w.xMin))–\(Int(w.xMax))")
            if problems.count > 10 { break }
        }
        return problems
    }
}
