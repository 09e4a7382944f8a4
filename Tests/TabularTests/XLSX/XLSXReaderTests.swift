import Testing
import TestSupport
@testable import Tabular

@Suite("XLSX reader")
struct XLSXReaderTests {
    @Test("shared strings join rich-text runs, skip phonetic runs and decode _xHHHH_ escapes")
    func sharedStrings() throws {
        let result = try XLSXFixtures.rows("shared-strings.xlsx")
        #expect(result.rows == [
            RowSnapshot(number: 1, cells: ["Hà Nội", "Đức Xuân", "0101234567"]),
            RowSnapshot(number: 2, cells: ["a\rb & <c>", "", "inline", "inline"]),
        ])
    }

    @Test("every cell type: booleans, errors, formulas' cached values, t=\"d\", sparse rows, cells without r")
    func cellTypes() throws {
        let rows = try XLSXFixtures.rows("cell-types.xlsx").rows
        #expect(rows.map(\.number) == [1, 2, 3, 4, 6, 7, 9, 11])
        #expect(rows[1].cells == ["b:true", "b:false"])
        #expect(rows[2].cells == ["#ERR:#N/A", "#ERR:#DIV/0!", "#ERR:#REF!"])
        #expect(rows[3].cells == ["n:2.0", "ab"])
        #expect(rows[4].cells == ["", "", "n:3.5", "", "", "n:-0.001"])
        #expect(rows[5].cells == ["n:1.0", "", "n:3.0"])
        let afternoon: Double = 44227.0 + Double(13 * 3600 + 45 * 60) / 86400.0
        #expect(rows[6].cells == ["d:44227.0", "dt:\(afternoon)"])
        #expect(rows[7].cells == ["n:0.1", "n:1.2345678901234568e+17"])
    }

    @Test("a number keeps the text the file stored beside its value")
    func numberText() throws {
        let reader = try XLSXReader(path: XLSXFixtures.path("cell-types.xlsx"))
        var texts: [String] = []
        try reader.forEachRow(inSheet: 0) { row in
            if row.number == 11 {
                let cell = row[0]
                texts.append(String(decoding: row.bytes[Int(cell.start)..<Int(cell.end)], as: UTF8.self))
            }
            return true
        }
        #expect(texts == ["0.1"])
    }

    @Test("dates from built-in and custom formats, times, durations; text-formatted codes keep leading zeros")
    func dates() throws {
        let rows = try XLSXFixtures.rows("xlsxwriter-dates.xlsx").rows
        let serial = Double(ExcelDate.serial(daysSince1970: ExcelDate.days(year: 2024, month: 3, day: 15)))
        #expect(rows[0].cells == ["Mã", "0101234567"])
        #expect(rows[1].cells == ["d:\(serial)", "d:\(serial)"])
        #expect(rows[2].cells[0].hasPrefix("t:0.57291666"))
        #expect(rows[2].cells[1].hasPrefix("dt:45366.3541666666"))
        #expect(rows[3].cells == ["p:1.5", "n:1250000.0"])
        #expect(rows[4].cells == ["#ERR:#DIV/0!", "xy"])
        #expect(rows[5].cells == ["b:true"])
    }

    @Test("font names give legacy-encoding hints: .VnTime, .VnTimeH, VNI-Times")
    func fontHints() throws {
        let reader = try XLSXReader(path: XLSXFixtures.path("xlsxwriter-dates.xlsx"))
        var hints: [Cell.FontHint] = []
        try reader.forEachRow(inSheet: 0) { row in
            if row.number >= 7 { hints.append(row[1].fontHint) }
            return true
        }
        #expect(hints == [.tcvn3, .tcvn3Capitals, .vni])
    }

    @Test("a 1904 workbook's dates are shifted to the 1900 system; [h]:mm is a duration")
    func date1904() throws {
        let result = try XLSXFixtures.rows("date1904.xlsx")
        #expect(result.reader.date1904)
        #expect(result.rows.map(\.cells) == [["d:\(42765.0 + 1462)", "p:1.5", "n:5.0"]])
    }

    @Test("hidden sheets are listed with their visibility and noted; asking for one still reads it")
    func hiddenSheets() throws {
        let reader = try XLSXReader(path: XLSXFixtures.path("openpyxl-hidden.xlsx"))
        #expect(reader.sheets.map(\.name) == ["Visible", "Hidden", "Very"])
        #expect(reader.sheets.map(\.visibility) == [.visible, .hidden, .veryHidden])
        #expect(reader.notes.map(\.kind) == [.hiddenSheetSkipped, .hiddenSheetSkipped])
        #expect(reader.notes.map(\.sheet) == ["Hidden", "Very"])
        #expect(try snapshots(reader, sheet: 1).map(\.cells) == [["secret"]])
        let all = try XLSXReader(path: XLSXFixtures.path("openpyxl-hidden.xlsx"), options: .init(includeHiddenSheets: true))
        #expect(all.notes.isEmpty)
    }

    @Test("x:-prefixed elements, absolute relationship targets and Strict namespaces are read")
    func namespaces() throws {
        #expect(try XLSXFixtures.rows("prefixed.xlsx").rows.map(\.cells) == [["prefixed", "n:7.0"]])
        #expect(try XLSXFixtures.rows("prefixed.xlsx", sheet: 2).rows.map(\.cells) == [["prefixed", "n:7.0"]])
        #expect(try XLSXFixtures.rows("strict.xlsx").rows.map(\.cells) == [["strict", "d:44227.0"]])
    }

    @Test("ZIP64 records and data descriptors are read")
    func zip64() throws {
        #expect(try XLSXFixtures.rows("zip64.xlsx").rows.map(\.cells) == [["n:64.0"]])
    }

    @Test("hostile and broken files end with the right error", arguments: [
        ("truncated.xlsx", ReadError.Kind.corrupt),
        ("zip-bomb.xlsx", .limitExceeded),
        ("path-traversal.xlsx", .corrupt),
        ("encrypted-entry.xlsx", .encrypted),
        ("encrypted.xlsx", .encrypted),
        ("billion-laughs.xlsx", .malformedXML),
        ("not-ooxml.xlsx", .unsupportedFormat),
    ])
    func refusals(name: String, kind: ReadError.Kind) {
        #expect(XLSXFixtures.errorKind(name) == kind)
    }

    @Test("the total inflated size is limited across the archive")
    func inflatedLimit() {
        var limits = ReadLimits.default
        limits.maxInflatedBytes = 2000
        #expect(XLSXFixtures.errorKind("openpyxl-hidden.xlsx", options: .init(limits: limits)) == .limitExceeded)
    }

    @Test("reading can stop early and start again")
    func stopAndRestart() throws {
        let reader = try XLSXReader(path: XLSXFixtures.path("cell-types.xlsx"))
        var seen = 0
        try reader.forEachRow(inSheet: 0) { _ in seen += 1; return seen < 2 }
        #expect(seen == 2)
        #expect(try snapshots(reader).count == 8)
    }

    @Test("TableOpener routes ZIP files to the XLSX reader")
    func opener() throws {
        let reader = try TableOpener.open(path: XLSXFixtures.path("shared-strings.xlsx"))
        #expect(reader.format == .xlsx)
    }
}
