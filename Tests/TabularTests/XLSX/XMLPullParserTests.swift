import Testing
import TestSupport
@testable import Tabular

/// Every token as text, for comparing readings: "<name", ">name", "'text".
private func tokens(_ xml: String, chunk: Int = .max, limits: ReadLimits = .default) throws -> [String] {
    var limits = limits
    limits.chunkBytes = 64
    var parser = XMLPullParser(source: MemoryRawSource(Array(xml.utf8), maxChunk: chunk), subject: "test", limits: limits)
    var out: [String] = []
    while true {
        switch try parser.next() {
        case .endOfDocument: return out
        case .startElement:
            var attributes = ""
            for attribute in parser.attributes {
                attributes += " " + String(decoding: parser.bytes(attribute.nameStart, attribute.nameEnd), as: UTF8.self)
                attributes += "=" + (try parser.string(attribute))
            }
            out.append("<" + String(decoding: parser.bytes(parser.localStart, parser.nameEnd), as: UTF8.self)
                       + "@\(parser.namespace)" + attributes)
        case .endElement:
            out.append(">" + String(decoding: parser.bytes(parser.localStart, parser.nameEnd), as: UTF8.self))
        case .text:
            var bytes: [UInt8] = []
            try parser.appendText(to: &bytes)
            out.append("'" + String(decoding: bytes, as: UTF8.self))
        }
    }
}

private func allChunks(_ xml: String) throws -> [String] {
    let whole = try tokens(xml)
    for chunk in chunkSizes { #expect(try tokens(xml, chunk: chunk) == whole, "chunk \(chunk)") }
    return whole
}

private func failure(_ xml: String, limits: ReadLimits = .default) -> ReadError.Kind? {
    do { _ = try tokens(xml, limits: limits); return nil } catch { return (error as? ReadError)?.kind }
}

@Suite("XML pull parser")
struct XMLPullParserTests {
    @Test("elements, attributes, text and empty elements, split at every byte")
    func basics() throws {
        let xml = "<?xml version=\"1.0\"?>\n<a x='1' y=\"t&amp;u\"><b/>hi &lt;&#x1EA1;&#65;<!-- c --><![CDATA[<raw>]]></a>"
        #expect(try allChunks(xml) == ["<a@none x=1 y=t&u", "<b@none", ">b", "'hi <ạA", "'<raw>", ">a"])
    }

    @Test("prefixes resolve to namespaces, Transitional and Strict alike")
    func namespaces() throws {
        let xml = """
            <x:w xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:c/>\
            <c xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"/><o:z xmlns:o="urn:other"/></x:w>
            """
        let starts = try allChunks(xml).filter { $0.hasPrefix("<") }.map { $0.split(separator: " ")[0] }
        #expect(starts == ["<w@spreadsheet", "<c@spreadsheet", "<c@spreadsheet", "<z@other"])
    }

    @Test("CR LF in text reads as LF, and a tab in an attribute as a space (XML 1.0 §2.11, §3.3.3)")
    func lineEnds() throws {
        #expect(try tokens("<a v=\"1\t2\">x\r\ny\rz</a>") == ["<a@none v=1 2", "'x\ny\nz", ">a"])
    }

    @Test("a DOCTYPE is refused, so no entity is ever declared or expanded")
    func doctype() {
        #expect(failure("<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>") == .malformedXML)
    }

    @Test("malformed XML is an error", arguments: [
        "<a><b></a></b>", "<a>", "<a></a><b/>", "<a x=1/>", "<a>&nbsp;</a>", "text<a/>", "<a>&#0;</a>",
    ])
    func malformed(xml: String) {
        #expect(failure(xml) == .malformedXML)
    }

    @Test("nesting deeper than the limit stops with limitExceeded")
    func depth() {
        var limits = ReadLimits.default
        limits.maxXMLDepth = 10
        let xml = String(repeating: "<a>", count: 11) + String(repeating: "</a>", count: 11)
        #expect(failure(xml, limits: limits) == .limitExceeded)
    }

    @Test("a token longer than the buffer grows it, within the limit")
    func longText() throws {
        let long = String(repeating: "x", count: 1000)
        #expect(try tokens("<a>\(long)</a>", chunk: 7) == ["<a@none", "'" + long, ">a"])
        var limits = ReadLimits.default
        limits.maxRecordBytes = 100
        #expect(failure("<a>\(String(repeating: "x", count: 5000))</a>", limits: limits) == .limitExceeded)
    }
}
