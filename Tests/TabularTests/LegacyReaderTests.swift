import Foundation
import Testing
import TestSupport
@testable import Tabular

/// Reads CSV bytes with every chunk size; all readings must agree.
private func readCSV(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws -> (rows: [[String]], notes: [ReadNote], reader: CSVReader) {
    var first: (rows: [[String]], notes: [ReadNote], reader: CSVReader)?
    for chunk in chunkSizes {
        var limits = ReadLimits.default
        limits.chunkBytes = min(limits.chunkBytes, max(chunk, 16))
        let reader = try CSVReader(bytes: bytes, limits: limits, chunk: chunk)
        let rows = try snapshots(reader).map(\.cells)
        if let first {
            #expect(rows == first.rows, "chunk \(chunk)", sourceLocation: sourceLocation)
            #expect(reader.notes == first.notes, "chunk \(chunk)", sourceLocation: sourceLocation)
        } else {
            first = (rows, reader.notes, reader)
        }
    }
    return try #require(first)
}

private func sourceRows() throws -> [[String]] {
    try readCSV(try LegacyFixtures.bytes("source.csv")).rows
}

@Suite("Legacy Vietnamese in readers")
struct LegacyReaderTests {
    @Test("a legacy CSV file converts whole to exactly the Unicode text, with one note", arguments: [
        ("tcvn3.csv", TextEncoding.tcvn3, "TCVN3"),
        ("vni.csv", .vniWindows, "VNI-Windows"),
        ("windows-1258.csv", .windows1258, "Windows-1258"),
    ])
    func wholeFile(name: String, encoding: TextEncoding, display: String) throws {
        let result = try readCSV(try LegacyFixtures.bytes(name))
        #expect(result.reader.encoding.encoding == encoding)
        #expect(result.rows == (try sourceRows()))
        #expect(result.notes == [ReadNote(.encodingDetected, arguments: ["encoding": display])])
        // And from the file itself.
        let reader = try CSVReader(path: LegacyFixtures.path(name))
        #expect(try snapshots(reader).map(\.cells) == (try sourceRows()))
    }

    @Test("bytes that are neither UTF-8 nor clearly Vietnamese are not converted")
    func unclearBytesStay() throws {
        // Windows-1252 French: words with é and è are no Vietnamese in any table.
        let french = Array("nom,ville\nCafé crème,Lyon\nHélène Bérénice,Genève\n".unicodeScalars.map { UInt8($0.value) })
        let result = try readCSV(french)
        #expect(result.reader.encoding.encoding == .utf8)
        #expect(result.notes.map(\.kind).allSatisfy { $0 == .invalidUTF8 })
        #expect(!result.notes.isEmpty)
        // Too little evidence: one legacy-looking word.
        #expect(LegacyVietnamese.detect(UnsafeRawBufferPointer(start: nil, count: 0)) == nil)
        let one: [UInt8] = Array("a,b\n1,Vi".utf8) + [0xEA, 0xF2] + Array("t\n".utf8)
        #expect(try readCSV(one).reader.encoding.encoding == .utf8)
    }

    @Test("a UTF-8 CSV with a column of look-alikes converts that column only", arguments: [
        ("lookalike-tcvn3.csv", "TCVN3"), ("lookalike-vni.csv", "VNI-Windows"),
    ])
    func lookalikeColumn(name: String, display: String) throws {
        let result = try readCSV(try LegacyFixtures.bytes(name))
        var expected = try sourceRows()
        expected[0][2] = "Chủ hộ (Unicode)"
        #expect(result.rows == expected)
        #expect(result.notes == [ReadNote(.encodingConverted, column: 1, arguments: [
            "encoding": display, "count": String(expected.count), "column": "Tên xã",
        ])])
    }

    /// The repository's own data files are read without the survey: the same look-alike
    /// column then stays as written, with no note.
    @Test func withoutTheSurveyALookalikeColumnStaysAsWritten() throws {
        let bytes = try LegacyFixtures.bytes("lookalike-tcvn3.csv")
        let surveyed = try snapshots(try CSVReader(bytes: bytes)).map(\.cells)
        let reader = try CSVReader(bytes: bytes, lookalikes: false)
        let kept = try snapshots(reader).map(\.cells)
        #expect(reader.notes.isEmpty)
        #expect(kept.count == surveyed.count && kept != surveyed)
        let written = String(decoding: bytes, as: UTF8.self)
        #expect(kept.dropFirst().allSatisfy { row in written.contains(row[1]) })
    }

    @Test("plain Unicode Vietnamese is never altered: fixtures and every sample inbox file")
    func unicodeUntouched() throws {
        let inbox = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("SampleData/inbox")
        let files = try FileManager.default.contentsOfDirectory(atPath: inbox.path).filter { $0.hasSuffix(".csv") }.sorted()
        #expect(files.count > 10)
        var cells = 0
        for file in files + ["source.csv"] {
            let path = file == "source.csv" ? LegacyFixtures.path(file) : inbox.appendingPathComponent(file).path
            // The first 128 KiB (whole lines) of each: conversion is decided from the first 64 KiB.
            var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)).prefix(131_072))
            if let end = bytes.lastIndex(of: UInt8(ascii: "\n")) { bytes.removeSubrange((end + 1)...) }
            let reader = try CSVReader(bytes: bytes)
            let rows = try snapshots(reader)
            #expect(reader.notes.filter { $0.kind == .encodingConverted || $0.kind == .encodingDetected }.isEmpty, "\(file)")
            // Independently: every non-ASCII field without quotes is a field of the file as is.
            var fields = Set<String>()
            let plain = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            for line in String(decoding: plain, as: UTF8.self).split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
                for field in line.split(separator: Character(Unicode.Scalar(reader.dialect.delimiter)), omittingEmptySubsequences: false) {
                    fields.insert(TextChecks.nfc(String(field)))
                }
            }
            for row in rows {
                for cell in row.cells where cell.unicodeScalars.contains(where: { $0.value > 0x7F })
                    && !cell.unicodeScalars.contains(where: { $0 == "\"" || $0 == "\n" || $0.value == UInt32(reader.dialect.delimiter) }) {
                    if fields.contains(cell) { cells += 1 } else { Issue.record("\(file): \(cell) altered") }
                }
            }
        }
        #expect(cells > 10_000)
    }

    @Test("a Unicode column of Latin-1-only words (ambiguous in TCVN3) stays, even with one stray legacy cell")
    func ambiguousColumnStays() throws {
        let values = ["Có", "Không", "Hà", "Lê", "Có", "Không", "Tô", "Bé", "Mỹ", "Có"]
        var text = "stt,trả lời\n"
        for (i, v) in values.enumerated() { text += "\(i + 1),\(v)\n" }
        var result = try readCSV(Array(text.utf8))
        #expect(result.rows.dropFirst().map { $0[1] } == values)
        #expect(result.notes.isEmpty)
        text += "11,Kh«ng\n"
        result = try readCSV(Array(text.utf8))
        #expect(result.rows.dropFirst().prefix(values.count).map { $0[1] } == values)
        #expect(result.notes.isEmpty)
    }

    @Test("XLSX cells in .VnTime, .VnTimeH and VNI-Times fonts convert; Unicode cells never do")
    func xlsxFonts() throws {
        let reader = try XLSXReader(path: LegacyFixtures.path("legacy-fonts.xlsx"))
        let rows = try snapshots(reader).map(\.cells)
        let names = try sourceRows().dropFirst().map { $0[1] }
        let owners = try sourceRows().dropFirst().map { $0[2] }
        #expect(rows.count == names.count + 1)
        #expect(rows[0] == ["Tên (Unicode)", "Tên (.VnTime)", "TÊN (.VnTimeH)", "Tên (VNI-Times)", "Chủ hộ (Unicode in .VnTime)"])
        #expect(rows.dropFirst().map { $0[0] } == names)
        #expect(rows.dropFirst().map { $0[1] } == names)
        #expect(rows.dropFirst().map { $0[2] } == names.map { $0.uppercased() })
        #expect(rows.dropFirst().map { $0[3] } == names)
        #expect(rows.dropFirst().map { $0[4] } == Array(owners.prefix(names.count)))
        let count = String(names.count)
        #expect(reader.notes == [
            ReadNote(.encodingConverted, sheet: "Danh sach", column: 1, arguments: ["encoding": "TCVN3", "count": count, "column": "Tên (.VnTime)"]),
            ReadNote(.encodingConverted, sheet: "Danh sach", column: 2, arguments: ["encoding": "TCVN3", "count": count, "column": "TÊN (.VnTimeH)"]),
            ReadNote(.encodingConverted, sheet: "Danh sach", column: 3, arguments: ["encoding": "VNI-Windows", "count": count, "column": "Tên (VNI-Times)"]),
        ])
    }

    @Test("XLSX reading in small chunks converts the same way")
    func xlsxChunks() throws {
        var first: [RowSnapshot]?
        for chunk in [7, 4096, Int.max] {
            let reader = try XLSXReader(path: LegacyFixtures.path("legacy-fonts.xlsx"), options: .init(), maxChunk: chunk)
            let rows = try snapshots(reader)
            if let first { #expect(rows == first) } else { first = rows }
        }
    }

    @Test("the ASCII of a .VnTimeH cell is left as stored; a .VnTime cell of real Unicode is left alone")
    func cellAssessment() {
        #expect(LegacyVietnamese.assess("ha noi", as: .tcvn3) == nil)
        #expect(LegacyVietnamese.assess("Nguyễn Văn A", as: .tcvn3) == nil)
        let clear = LegacyVietnamese.assess("Th¸i Nguyªn", as: .tcvn3)
        #expect(clear?.decoded == "Thái Nguyên")
        #expect(clear?.isClear == true)
        #expect(LegacyVietnamese.assess("cã", as: .tcvn3)?.isAmbiguous == true)
    }
}
