import Testing
import TestSupport
@testable import Tabular

/// Reads `bytes` with every chunk size and checks that all readings agree; returns one.
private func read(
    _ bytes: [UInt8], dialect: CSVDialect? = nil, limits: ReadLimits = .default,
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> (rows: [RowSnapshot], notes: [ReadNote], reader: CSVReader) {
    var first: (rows: [RowSnapshot], notes: [ReadNote], reader: CSVReader)?
    for chunk in chunkSizes {
        var limits = limits
        limits.chunkBytes = min(limits.chunkBytes, max(chunk, 16))
        let reader = try CSVReader(bytes: bytes, dialect: dialect, limits: limits, chunk: chunk)
        let rows = try snapshots(reader)
        if let first {
            #expect(rows == first.rows, "chunk \(chunk)", sourceLocation: sourceLocation)
            #expect(reader.notes == first.notes, "chunk \(chunk)", sourceLocation: sourceLocation)
        } else {
            first = (rows, reader.notes, reader)
        }
    }
    return try #require(first)
}

private func read(_ text: String, dialect: CSVDialect? = nil) throws -> [[String]] {
    try read(Array(text.utf8), dialect: dialect).rows.map(\.cells)
}

@Suite("CSV reader")
struct CSVReaderTests {
    @Test("plain records with LF, CRLF and CR line ends give the same rows")
    func lineEnds() throws {
        let expected = [["a", "b"], ["1", "2"], ["3", "4"]]
        #expect(try read("a,b\n1,2\n3,4\n") == expected)
        #expect(try read("a,b\r\n1,2\r\n3,4\r\n") == expected)
        #expect(try read("a,b\r1,2\r3,4\r") == expected)
        #expect(try read("a,b\n1,2\r\n3,4") == expected)
    }

    @Test("quoted fields keep delimiters, line ends and doubled quotes (RFC 4180 §2)")
    func quotedFields() throws {
        let rows = try read("name,note\n\"Công ty A, B\",\"dòng 1\r\ndòng 2\"\n\"say \"\"hi\"\"\",\"\"\n")
        #expect(rows == [["name", "note"], ["Công ty A, B", "dòng 1\r\ndòng 2"], ["say \"hi\"", ""]])
    }

    @Test("record numbers count records, not lines, so they match Excel's rows")
    func recordNumbers() throws {
        let result = try read(Array("h\n\"a\nb\"\nc\n".utf8))
        #expect(result.rows.map(\.number) == [1, 2, 3])
    }

    @Test("an empty line is a blank record and a trailing delimiter an empty field")
    func emptyLinesAndFields() throws {
        #expect(try read("a,b\n\n1,\n") == [["a", "b"], [""], ["1", ""]])
        #expect(try read("a,b,") == [["a", "b", ""]])
    }

    @Test("the delimiter is sniffed: comma, semicolon, tab and pipe", arguments: [
        (",", CSVDialect.comma), (";", .semicolon), ("\t", .tab), ("|", CSVDialect(delimiter: UInt8(ascii: "|"))),
    ])
    func sniffing(delimiter: String, dialect: CSVDialect) throws {
        let text = ["mã,xã", "01840,Đức Xuân", "05443,\"Phan Đình Phùng\""].map {
            $0.replacingOccurrences(of: ",", with: delimiter)
        }.joined(separator: "\n")
        let result = try read(Array(text.utf8))
        #expect(result.reader.dialect == dialect)
        #expect(result.rows.map(\.cells) == [["mã", "xã"], ["01840", "Đức Xuân"], ["05443", "Phan Đình Phùng"]])
    }

    @Test("a semicolon file whose values contain commas is still read as semicolon-separated")
    func semicolonWithDecimalCommas() throws {
        let result = try read(Array("xã;tỉ lệ\nA;1,5\nB;2,25\n".utf8))
        #expect(result.reader.dialect == .semicolon)
        #expect(result.rows.map(\.cells) == [["xã", "tỉ lệ"], ["A", "1,5"], ["B", "2,25"]])
    }

    @Test("a UTF-8 byte-order mark is skipped")
    func utf8BOM() throws {
        let result = try read([0xEF, 0xBB, 0xBF] + Array("Mã xã,Tên\n01840,Đức Xuân\n".utf8))
        #expect(result.rows.map(\.cells) == [["Mã xã", "Tên"], ["01840", "Đức Xuân"]])
        #expect(result.reader.encoding == EncodingDetection(encoding: .utf8, bomLength: 3, certain: true))
    }

    @Test("UTF-16 little and big endian with a BOM are transcoded", arguments: [false, true])
    func utf16(bigEndian: Bool) throws {
        let text = "Mã xã\tTên\r\n01840\tĐức Xuân 𝔸\r\n"
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += bigEndian ? pair.reversed() : pair
        }
        let result = try read(bytes)
        #expect(result.rows.map(\.cells) == [["Mã xã", "Tên"], ["01840", "Đức Xuân 𝔸"]])
        #expect(result.reader.encoding.encoding == (bigEndian ? .utf16BE : .utf16LE))
        #expect(result.reader.dialect == .tab)
    }

    @Test("UTF-16 without a BOM is recognised from its zero bytes")
    func utf16WithoutBOM() throws {
        var bytes: [UInt8] = []
        for unit in "code,name\n01840,Duc Xuan\n05443,Phan Dinh Phung\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let result = try read(bytes)
        #expect(result.reader.encoding.encoding == .utf16LE)
        #expect(result.rows.map(\.cells) == [["code", "name"], ["01840", "Duc Xuan"], ["05443", "Phan Dinh Phung"]])
    }

    @Test("decomposed Vietnamese is normalised to NFC")
    func normalisesToNFC() throws {
        let decomposed = "Tha\u{0301}i Nguye\u{0302}n"
        let rows = try read("tỉnh\n\(decomposed)\n")
        #expect(rows[1][0] == "Thái Nguyên")
        #expect(Array(rows[1][0].utf8) == Array("Th\u{E1}i Nguy\u{EA}n".utf8))
    }

    @Test("invalid UTF-8 becomes U+FFFD with a note naming row and column")
    func invalidUTF8() throws {
        let bytes = Array("a,b\n1,".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let result = try read(bytes, dialect: .comma)
        #expect(result.rows.map(\.cells) == [["a", "b"], ["1", "\u{FFFD}("]])
        #expect(result.notes == [ReadNote(.invalidUTF8, row: 2, column: 1)])
    }

    @Test("a stray quote in an unquoted field is kept as text and noted")
    func strayQuote() throws {
        let result = try read(Array("a,b\n5\" tall,x\n\"q\"tail,y\n".utf8))
        #expect(result.rows.map(\.cells) == [["a", "b"], ["5\" tall", "x"], ["qtail", "y"]])
        #expect(result.notes == [ReadNote(.strayQuote, row: 2, column: 0), ReadNote(.strayQuote, row: 3, column: 0)])
    }

    @Test("a quoted field that never closes is an error at the row where it opened")
    func unclosedQuote() throws {
        let reader = try CSVReader(bytes: Array("a,b\n1,2\n3,\"open\n4,5\n".utf8))
        #expect {
            _ = try snapshots(reader)
        } throws: { error in
            (error as? ReadError)?.kind == .unclosedQuote && (error as? ReadError)?.row == 3
        }
    }

    @Test("a record past the size limit stops reading with a limit finding, not a bigger buffer")
    func recordLimit() throws {
        var limits = ReadLimits.default
        limits.maxRecordBytes = 1000
        limits.chunkBytes = 256
        let bytes = Array("a\n".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 5000) + [10]
        let reader = try CSVReader(bytes: bytes, limits: limits)
        var seen = 0
        #expect {
            try reader.forEachRow(inSheet: 0) { _ in seen += 1; return true }
        } throws: { error in
            (error as? ReadError)?.kind == .limitExceeded && (error as? ReadError)?.row == 2
        }
        #expect(seen == 1)
    }

    @Test("too many columns stops reading with a limit finding")
    func columnLimit() throws {
        var limits = ReadLimits.default
        limits.maxColumns = 10
        let reader = try CSVReader(bytes: Array(String(repeating: ",", count: 50).utf8), dialect: .comma, limits: limits)
        #expect(throws: ReadError.self) { _ = try snapshots(reader) }
    }

    @Test("an empty file is refused")
    func emptyFile() {
        #expect { _ = try CSVReader(bytes: []) } throws: { ($0 as? ReadError)?.kind == .empty }
    }

    @Test("reading can stop early and start again from the top")
    func stopAndRestart() throws {
        let reader = try CSVReader(bytes: Array("a\nb\nc\n".utf8))
        var firstTwo: [String] = []
        try reader.forEachRow(inSheet: 0) { row in firstTwo.append(row.text(0)); return firstTwo.count < 2 }
        #expect(firstTwo == ["a", "b"])
        #expect(try snapshots(reader).map(\.cells) == [["a"], ["b"], ["c"]])
    }

    @Test("the sheet of a CSV file is named after the file")
    func sheetName() {
        #expect(CSVReader.sheetName(for: "/in/STC_2025-Q4.csv") == "STC_2025-Q4")
        #expect(CSVReader.sheetName(for: "noext") == "noext")
    }
}
