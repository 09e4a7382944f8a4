import Testing
@testable import Reports

@Suite("CSV writer")
struct CSVWriterTests {
    @Test("fields are quoted as RFC 4180 requires", arguments: [
        ("plain", "plain"),
        ("Sở Tài chính", "Sở Tài chính"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\r\nlines", "\"two\r\nlines\""),
        ("two\nlines", "\"two\r\nlines\""),
        ("", ""),
    ])
    func quoting(_ pair: (String, String)) {
        #expect(CSVWriter.field(pair.0) == pair.1)
    }

    @Test("text Excel would run as a formula gets an apostrophe; numbers do not", arguments: [
        ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
        ("+1 ý kiến", "'+1 ý kiến"),
        ("@cmd", "'@cmd"),
        ("-3", "-3"),
        ("-0.5000", "-0.5000"),
        ("0.5226", "0.5226"),
    ])
    func formulas(_ pair: (String, String)) {
        #expect(CSVWriter.field(pair.0) == pair.1)
    }

    @Test("a file starts with the UTF-8 BOM and ends every record with CR LF")
    func bomAndLineEnds() {
        let bytes = CSVWriter.bytes([["a", "b,c"], ["Thái Nguyên", ""]])
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == "a,\"b,c\"\r\nThái Nguyên,\r\n")
    }
}
