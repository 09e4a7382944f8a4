import Testing
import TestSupport
@testable import Tabular

@Suite("Record XML reader")
struct RecordXMLReaderTests {
    @Test("<field name> records: the header is the names in first-seen order, blanks are empty")
    func fieldRecords() throws {
        let (rows, reader) = try XMLFixtures.recordRows("records-fields.xml")
        #expect(reader.sheets.map(\.name) == ["records"])
        #expect(reader.format == .recordXML)
        #expect(reader.mapping == nil)
        #expect(rows == [
            RowSnapshot(number: 1, cells: ["ma_so_thue", "ten", "ghi_chu"]),
            RowSnapshot(number: 2, cells: ["0101234567", "Công ty TNHH An Bình"]),
            RowSnapshot(number: 3, cells: ["", "Hợp tác xã Đồng Tâm", "mới"]),
            RowSnapshot(number: 4, cells: []),
        ])
    }

    @Test("element records with a mapping: mapped titles in the header, other children of the root skipped")
    func mappedElements() throws {
        let mappings = try XMLMapping.loadDirectory(XMLFixtures.mappingsFolder)
        let (rows, reader) = try XMLFixtures.recordRows("records-elements.xml", options: OpenOptions(xmlMappings: mappings))
        #expect(reader.mapping?.type == "enterprise-register")
        #expect(reader.columnNames == ["MaSoThue", "TenDoanhNghiep", "MaNoiBo"])
        #expect(rows == [
            RowSnapshot(number: 1, cells: ["Mã số thuế", "Tên doanh nghiệp", "MaNoiBo"]),
            RowSnapshot(number: 2, cells: ["0101234567", "Công ty An Bình", "A-1"]),
            RowSnapshot(number: 3, cells: ["0109876543", "Hợp tác xã Đồng Tâm"]),
        ])
    }

    @Test("without its mapping, an unknown root is refused; with it, TableOpener routes it to records")
    func routingNeedsMapping() throws {
        #expect(XMLFixtures.error("records-elements.xml")?.kind == .unsupportedFormat)
        let mappings = try XMLMapping.loadDirectory(XMLFixtures.mappingsFolder)
        let reader = try TableOpener.open(path: XMLFixtures.path("records-elements.xml"), options: OpenOptions(xmlMappings: mappings))
        #expect(reader is RecordXMLReader)
    }

    @Test("a UTF-16 export with a byte-order mark is transcoded")
    func utf16() throws {
        let (rows, _) = try XMLFixtures.recordRows("utf16.xml")
        #expect(rows == [RowSnapshot(number: 1, cells: ["ten"]), RowSnapshot(number: 2, cells: ["Hà Nội"])])
    }

    @Test("an export with no field at all is an empty file")
    func empty() {
        #expect(XMLFixtures.error("records-empty.xml")?.kind == .empty)
    }
}

@Suite("XML mappings")
struct XMLMappingTests {
    @Test("the committed mappings load, and each maps its names to titles")
    func committed() throws {
        let mappings = try XMLMapping.loadDirectory(XMLFixtures.mappingsFolder)
        let enterprise = try #require(mappings.first { $0.root == "DanhSachDoanhNghiep" })
        #expect(enterprise.record == "DoanhNghiep")
        #expect(enterprise.title(for: "MaSoThue") == "Mã số thuế")
        #expect(enterprise.title(for: "Khac") == "Khac")
    }

    @Test("a missing directory holds no mappings")
    func missingDirectory() throws {
        #expect(try XMLMapping.loadDirectory("/nonexistent/xml-mappings").isEmpty)
    }

    @Test("a bad mapping is refused with its file named", arguments: [
        #"{"root": "X", "colums": {}}"#,
        #"{"root": "X"}"#,
        #"{"columns": {}}"#,
        #"{"root": "X", "columns": {"a": 1}}"#,
        #"{"root": "X", "columns": {}} extra"#,
        #"["root"]"#,
    ])
    func badMapping(json: String) {
        #expect(throws: ReadError.self) { try XMLMapping.parse(Array(json.utf8), source: "m.json") }
    }

    @Test("escapes and surrogate pairs in mapping strings decode")
    func escapes() throws {
        let mapping = try XMLMapping.parse(Array(#"{"root":"R","columns":{"a":"\u1ea0\ud83d\ude00\n\"x\""}}"#.utf8), source: "m")
        #expect(mapping.title(for: "a") == "Ạ😀\n\"x\"")
    }
}
