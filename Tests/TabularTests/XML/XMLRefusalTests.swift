import Foundation
import Testing
import TestSupport
@testable import Tabular

@Suite("XML refusals")
struct XMLRefusalTests {
    @Test("billion laughs is refused at its DOCTYPE: nothing is declared or expanded")
    func billionLaughs() throws {
        let error = try #require(XMLFixtures.error("billion-laughs.xml"))
        #expect(error.kind == .malformedXML)
        #expect(error.detail.contains("DOCTYPE"))
    }

    @Test("an external entity pointing at /etc/passwd is refused before any file is opened")
    func externalEntity() throws {
        let error = try #require(XMLFixtures.error("xxe.xml"))
        #expect(error.kind == .malformedXML)
        #expect(error.detail.contains("DOCTYPE"))
        #expect(!error.description.contains("root:"))
        let inside = try #require(XMLFixtures.error("doctype-inside.xml"))
        #expect(inside.kind == .malformedXML)
    }

    @Test("an entity no DTD declares is not well formed")
    func undefinedEntity() {
        #expect(XMLFixtures.error("undefined-entity.xml")?.kind == .malformedXML)
    }

    @Test("the readers refuse a DOCTYPE even when called directly")
    func readersRefuse() {
        #expect(throws: ReadError.self) { _ = try SpreadsheetML2003Reader(path: XMLFixtures.path("billion-laughs.xml")) }
        #expect(throws: ReadError.self) { _ = try RecordXMLReader(path: XMLFixtures.path("xxe.xml")) }
    }

    @Test("unknown roots are refused as unsupported, with a detail that names them", arguments: [
        ("unknown-root.xml", "<catalog>"),
        ("flat-ods.xml", "OpenDocument"),
        ("workbook-no-namespace.xml", "namespace"),
    ])
    func unknownRoots(file: String, detail: String) throws {
        let error = try #require(XMLFixtures.error(file))
        #expect(error.kind == .unsupportedFormat)
        #expect(error.detail.contains(detail))
    }

    @Test("a truncated file is malformed, and an encoding we do not read is undecodable")
    func truncatedAndEncoding() {
        #expect(XMLFixtures.error("truncated.xml")?.kind == .malformedXML)
        #expect(XMLFixtures.error("bad-encoding.xml")?.kind == .undecodableText)
    }

    @Test("UTF-16 XML is recognised as XML by its first bytes, with or without a byte-order mark", arguments: [
        [0xFF, 0xFE, 0x3C, 0x00] as [UInt8], [0xFE, 0xFF, 0x00, 0x3C], [0x3C, 0x00, 0x3F, 0x00], [0x00, 0x3C, 0x00, 0x3F],
    ])
    func utf16Signature(head: [UInt8]) {
        #expect(head.withUnsafeBytes { TableOpener.signature(of: $0) } == .xml)
    }

    @Test("plain text whose name says a workbook is refused, not read as CSV")
    func textNamedWorkbook() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hiendien-\(UInt32.random(in: 0...UInt32.max)).xls").path
        try Data("Attachment f:\\report.xls not found!".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var kind: ReadError.Kind?
        do { _ = try TableOpener.open(path: path) } catch { kind = error.kind }
        #expect(kind == .unknownFormat)
    }

    @Test("TableOpener routes a SpreadsheetML workbook by its root element")
    func routesWorkbook() throws {
        #expect(try TableOpener.open(path: XMLFixtures.path("features.xml")) is SpreadsheetML2003Reader)
        #expect(try TableOpener.open(path: XMLFixtures.path("records-fields.xml")) is RecordXMLReader)
    }
}
