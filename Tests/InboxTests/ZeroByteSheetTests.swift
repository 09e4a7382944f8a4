import Foundation
import Inbox
import Schema
import Tabular
import Testing
import TestSupport

/// A workbook whose worksheet part is 0 bytes gives a clear finding, never a crash.
@Suite("Zero-byte sheet")
struct ZeroByteSheetTests {
    static func workbook(sheet: [UInt8]) -> [UInt8] {
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array("""
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
            """.utf8))
        zip.add("_rels/.rels", Array("""
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """.utf8))
        zip.add("xl/workbook.xml", Array("""
            <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Doanh nghiệp" sheetId="1" r:id="rId1"/></sheets></workbook>
            """.utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array("""
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
            """.utf8))
        zip.add("xl/worksheets/sheet1.xml", sheet)
        return zip.finish()
    }

    @Test func zeroByteSheetIsAClearFindingNotACrash() throws {
        let setup = try #require(WorkspaceFixture.setup)
        let path = try Repository.temporaryDirectory("zero") + "/STC_2026-Q3.xlsx"
        try Data(Self.workbook(sheet: [])).write(to: URL(fileURLWithPath: path))
        let report = setup.validator(for: nil).validate(path: path)
        #expect(!report.isValid)
        let codes = report.findings.findings.map(\.code.rawValue)
        #expect(codes.count == 1, "\(codes)")
        #expect(["malformed-xml", "file-empty", "corrupt-file"].contains(codes.first ?? ""), "\(codes)")
    }
}
