import Foundation
import Testing
import TestSupport
@testable import Tabular

/// Workbooks from ``XLSXWriter`` read back with our own reader, and their parts hold the
/// styles, pane and validations a template needs.
@Suite("XLSXWriter")
struct XLSXWriterTests {
    /// Writes `writer`'s workbook to a temporary file and returns its path.
    static func save(_ writer: XLSXWriter, name: String = "book.xlsx") throws -> String {
        let path = try Repository.temporaryDirectory("xlsxwriter") + "/" + name
        try Data(writer.bytes()).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The text of one part of the package at `path`.
    static func part(_ name: String, of path: String) throws -> String {
        let archive = try ZipArchive(path: path, limits: .default)
        let entry = try #require(archive.entry(named: name), "no part \(name)")
        return String(decoding: try archive.contents(of: entry), as: UTF8.self)
    }

    /// The rows of sheet `index`, as snapshots.
    static func rows(of path: String, sheet index: Int = 0) throws -> (sheets: [SheetInfo], rows: [RowSnapshot]) {
        let reader = try TableOpener.open(path: path)
        var rows: [RowSnapshot] = []
        try reader.forEachRow(inSheet: index) { row in rows.append(RowSnapshot(row)); return true }
        return (reader.sheets, rows)
    }

    static let template = XLSXWriter(sheets: [
        XLSXSheet(name: "Doanh nghiệp", columns: [
            XLSXColumn(width: 15, format: .text),
            XLSXColumn(width: 30),
            XLSXColumn(width: 12, format: .date),
            XLSXColumn(width: 10, choices: ["có", "không"]),
        ], rows: [["Mã số thuế", "Tên doanh nghiệp", "Ngày thành lập", "Có website"]],
        hasHeader: true, preparedRows: 2...1000),
    ], title: "Danh sách doanh nghiệp")

    @Test("the header row reads back with our reader, and the prepared empty rows produce no data")
    func readsBack() throws {
        let (sheets, rows) = try Self.rows(of: try Self.save(Self.template))
        #expect(sheets.map(\.name) == ["Doanh nghiệp"])
        #expect(rows.first == RowSnapshot(number: 1, cells: ["Mã số thuế", "Tên doanh nghiệp", "Ngày thành lập", "Có website"]))
        #expect(rows.dropFirst().allSatisfy { $0.cells.allSatisfy(\.isEmpty) })
    }

    @Test("text columns use numFmt 49, date columns the custom dd/mm/yyyy format, on rows 2 to 1000")
    func numberFormats() throws {
        let path = try Self.save(Self.template)
        let styles = try Self.part("xl/styles.xml", of: path)
        #expect(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"))
        let xfs = try #require(styles.split(separator: "<cellXfs").last).components(separatedBy: "<xf ").dropFirst()
            .map { String($0.prefix { $0 != ">" }) }
        #expect(xfs.count == 4)
        #expect(xfs[XLSXStyles.style(of: .text)].contains("numFmtId=\"49\""))
        #expect(xfs[XLSXStyles.style(of: .date)].contains("numFmtId=\"164\""))
        #expect(xfs[XLSXStyles.headerStyle].contains("fontId=\"1\""))
        #expect(styles.contains("<font><b/>"))
        #expect(styles.contains("wrapText=\"1\""))
        let sheet = try Self.part("xl/worksheets/sheet1.xml", of: path)
        for row in [2, 500, 1000] {
            #expect(sheet.contains("<c r=\"A\(row)\" s=\"2\"/>"))
            #expect(sheet.contains("<c r=\"C\(row)\" s=\"3\"/>"))
            #expect(!sheet.contains("<c r=\"B\(row)\""))
        }
        #expect(!sheet.contains("r=\"A1001\""))
        #expect(sheet.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>Mã số thuế</t></is></c>"))
        #expect(sheet.contains("<col min=\"1\" max=\"1\" width=\"15\" style=\"2\" customWidth=\"1\"/>"))
    }

    @Test("the header row is frozen")
    func frozenPane() throws {
        let sheet = try Self.part("xl/worksheets/sheet1.xml", of: try Self.save(Self.template))
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        // CT_Worksheet order: sheetViews before cols before sheetData before dataValidations.
        let order = ["<dimension", "<sheetViews>", "<sheetFormatPr", "<cols>", "<sheetData>", "<dataValidations", "<pageMargins"]
            .map { sheet.range(of: $0).map { sheet.distance(from: sheet.startIndex, to: $0.lowerBound) } ?? -1 }
        #expect(!order.contains(-1))
        #expect(order == order.sorted())
    }

    @Test("a short list without commas is an inline drop-down")
    func inlineList() throws {
        let sheet = try Self.part("xl/worksheets/sheet1.xml", of: try Self.save(Self.template))
        #expect(sheet.contains("<dataValidations count=\"1\"><dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" sqref=\"D2:D1000\"><formula1>\"có,không\"</formula1></dataValidation></dataValidations>"))
    }

    @Test("choices with a comma, or longer than 255 characters together, go to a hidden sheet")
    func listsOnHiddenSheet() throws {
        let long = (1...30).map { "Lựa chọn số \($0)" }
        #expect(long.joined(separator: ",").count > 255)
        let writer = XLSXWriter(sheets: [
            XLSXSheet(name: "Thuyết minh", columns: [
                XLSXColumn(width: 20, choices: ["Kết quả đạt được", "Khó khăn, vướng mắc"]),
                XLSXColumn(width: 20, choices: long),
                XLSXColumn(width: 20, choices: ["a", "b"]),
            ], rows: [["Phần", "Loại", "Khác"]], hasHeader: true, preparedRows: 2...1000),
        ])
        let path = try Self.save(writer)
        let sheet = try Self.part("xl/worksheets/sheet1.xml", of: path)
        #expect(sheet.contains("sqref=\"A2:A1000\"><formula1>'Lists'!$A$1:$A$2</formula1>"))
        #expect(sheet.contains("sqref=\"B2:B1000\"><formula1>'Lists'!$B$1:$B$30</formula1>"))
        #expect(sheet.contains("sqref=\"C2:C1000\"><formula1>\"a,b\"</formula1>"))
        let workbook = try Self.part("xl/workbook.xml", of: path)
        #expect(workbook.contains("<sheet name=\"Lists\" sheetId=\"2\" state=\"hidden\" r:id=\"rId2\"/>"))
        let (sheets, _) = try Self.rows(of: path)
        #expect(sheets.map(\.visibility) == [.visible, .hidden])
        let reader = try TableOpener.open(path: path, options: OpenOptions(includeHiddenSheets: true))
        var lists: [RowSnapshot] = []
        try reader.forEachRow(inSheet: 1) { row in lists.append(RowSnapshot(row)); return true }
        #expect(lists.count == 30)
        #expect(lists[0].cells == ["Kết quả đạt được", "Lựa chọn số 1"])
        #expect(lists[1].cells == ["Khó khăn, vướng mắc", "Lựa chọn số 2"])
        #expect(lists[29].cells == ["", "Lựa chọn số 30"])
    }

    @Test("a list of exactly 255 characters stays inline; 256 does not")
    func inlineLimit() {
        let exact = [String(repeating: "a", count: 127), String(repeating: "b", count: 127)]
        #expect(exact.joined(separator: ",").utf16.count == 255)
        #expect(XLSXWriter.inlineList(exact) != nil)
        #expect(XLSXWriter.inlineList(exact + [""]) == nil, "an empty choice cannot be written inline")
        #expect(XLSXWriter.inlineList([String(repeating: "a", count: 128), String(repeating: "b", count: 127)]) == nil)
        #expect(XLSXWriter.inlineList(["say \"yes\"", "no"]) == nil)
    }

    @Test("markup, control characters, _xHHHH_ and edge spaces survive the round trip")
    func escaping() throws {
        let texts = ["a & b < c > d \"e\" 'f'", "tab\there", "x\u{1}y", "_x0041_ literal", "  padded  ", "line\nbreak"]
        let writer = XLSXWriter(sheets: [
            XLSXSheet(name: "A&B <ý>", columns: texts.map { _ in XLSXColumn(width: 10) }, rows: [texts]),
        ], title: "T&C <1>")
        let path = try Self.save(writer)
        let (sheets, rows) = try Self.rows(of: path)
        #expect(sheets.map(\.name) == ["A&B <ý>"])
        #expect(rows == [RowSnapshot(number: 1, cells: texts)])
        let sheet = try Self.part("xl/worksheets/sheet1.xml", of: path)
        #expect(sheet.contains("<t>a &amp; b &lt; c &gt; d \"e\" 'f'</t>"))
        #expect(sheet.contains("<t>x_x0001_y</t>"))
        #expect(sheet.contains("<t>_x005F_x0041_ literal</t>"))
        #expect(sheet.contains("<t xml:space=\"preserve\">  padded  </t>"))
        #expect(try Self.part("xl/workbook.xml", of: path).contains("name=\"A&amp;B &lt;ý&gt;\""))
        #expect(try Self.part("docProps/core.xml", of: path).contains("<dc:title>T&amp;C &lt;1&gt;</dc:title>"))
        #expect(XMLMarkup.attribute("a\"b\nc") == "a&quot;b&#10;c")
    }

    @Test("sheet names are made valid for Excel", arguments: [
        ("Tin/bài: [quý 3]?", "Tin bài   quý 3"),
        ("'Trích'", "Trích"),
        ("", "Sheet"),
        (String(repeating: "Đ", count: 40), String(repeating: "Đ", count: 31)),
    ])
    func sheetNames(_ input: String, _ expected: String) {
        #expect(XLSXSheet.validName(input) == expected)
    }

    @Test("the same sheets give byte-identical workbooks, and the package lists every part")
    func deterministicPackage() throws {
        #expect(Self.template.bytes() == Self.template.bytes())
        let archive = try ZipArchive(path: try Self.save(Self.template), limits: .default)
        #expect(archive.entries.map(\.name) == [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml",
        ])
        let types = try Self.part("[Content_Types].xml", of: try Self.save(Self.template))
        #expect(types.contains("<Override PartName=\"/xl/worksheets/sheet1.xml\""))
    }
}
