import Testing
import TestSupport
@testable import Tabular

/// The serial of a calendar day (1900 system), for expected values.
private func serial(_ y: Int, _ m: Int, _ d: Int) -> Double {
    Double(ExcelDate.serial(daysSince1970: ExcelDate.days(year: y, month: m, day: d)))
}

@Suite("SpreadsheetML 2003 reader")
struct SpreadsheetML2003ReaderTests {
    @Test("sheets are listed in order with their visibility, and hidden ones get a note")
    func sheetsAndVisibility() throws {
        let (_, reader) = try XMLFixtures.workbookRows("features.xml")
        #expect(reader.sheets.map(\.name) == ["Dữ liệu", "Ẩn", "Very"])
        #expect(reader.sheets.map(\.visibility) == [.visible, .hidden, .veryHidden])
        #expect(reader.notes.map(\.kind) == [.hiddenSheetSkipped, .hiddenSheetSkipped])
        #expect(reader.format == .spreadsheetML2003)
        let included = try XMLFixtures.workbookRows("features.xml", options: OpenOptions(includeHiddenSheets: true)).reader
        #expect(included.notes.isEmpty)
    }

    @Test("Index gaps, merges, rich text, comments and every data type read as the file means them")
    func features() throws {
        let (rows, _) = try XMLFixtures.workbookRows("features.xml")
        let march15 = serial(2024, 3, 15)
        #expect(rows == [
            RowSnapshot(number: 1, cells: ["Mã số thuế", "Tên", "", "Ngày"]),
            // MergeAcross=1 covers B3:C3, so the next cell is D3; MergeDown leaves row 4 alone.
            RowSnapshot(number: 3, cells: ["0101234567", "Công ty An Bình", "", "d:\(march15)", "n:1234.5"]),
            // The comment's <Data> is not the value; D4 by Index; a style inherited from its parent.
            RowSnapshot(number: 4, cells: ["n:42.0", "", "", "dt:\(march15 + 0.5)", "d:\(march15)"]),
            // Span="1": this row stands for rows 5 and 6, so the next one is row 7.
            RowSnapshot(number: 5, cells: ["b:true", "b:false", "#ERR:#DIV/0!", "p:1.5", "t:0.75"]),
            RowSnapshot(number: 7, cells: [
                "d:\(march15)", "dt:\(march15 + (13 * 3600 + 45 * 60 + 30.25) / 86400)", "t:\(6.5 / 24)",
                // A negative number under a date format stays a number; CR LF reads as LF; a
                // Number that is not one keeps its text.
                "n:-3.0", "dòng 1\r\ndòng 2", "abc",
            ]),
        ])
    }

    @Test("a prefixed namespace reads the same, and 1904 serials move to the 1900 system except times of day")
    func prefixedAnd1904() throws {
        let (rows, reader) = try XMLFixtures.workbookRows("prefixed-1904.xml")
        #expect(reader.date1904)
        #expect(reader.sheets.map(\.name) == ["S"])
        #expect(rows == [RowSnapshot(number: 1, cells: ["d:\(serial(1904, 1, 2))", "d:0.0", "d:\(serial(2024, 3, 15))"])])
    }

    @Test("an ISO-8859-1 file is transcoded (Windows-1252 for 0x80–0x9F)")
    func latin1() throws {
        let (rows, _) = try XMLFixtures.workbookRows("latin1.xml")
        #expect(rows == [RowSnapshot(number: 1, cells: ["Voilà €"])])
    }

    @Test("a body that returns false stops the reading")
    func stopsEarly() throws {
        let reader = try SpreadsheetML2003Reader(path: XMLFixtures.path("features.xml"))
        var seen = 0
        try reader.forEachRow(inSheet: 0) { _ in seen += 1; return false }
        #expect(seen == 1)
        #expect(throws: ReadError.self) { try reader.forEachRow(inSheet: 7) { _ in true } }
    }

    @Test("the row and column limits end reading with limit-exceeded")
    func limits() throws {
        var limits = ReadLimits.default
        limits.maxColumns = 3
        let error = XMLFixtures.error("features.xml", options: OpenOptions(limits: limits))
        #expect(error?.kind == .limitExceeded)
        limits = .default
        limits.maxRows = 4
        #expect(XMLFixtures.error("features.xml", options: OpenOptions(limits: limits))?.kind == .limitExceeded)
    }

    @Test("named formats are dates, times or plain numbers; custom codes are classified like XLSX codes",
          arguments: [
              ("Short Date", Cell.Kind.date), ("General Date", .dateTime), ("Long Time", .time), ("Currency", .number),
              ("General Number", .number), ("Fixed", .number), ("Yes/No", .number), ("dd/mm/yyyy", .date),
              ("[h]:mm:ss", .duration), ("#,##0.00", .number), ("h:mm AM/PM", .time),
          ])
    func formats(format: String, kind: Cell.Kind) {
        #expect(SpreadsheetML2003Styles.kind(ofFormat: format) == kind)
    }
}
