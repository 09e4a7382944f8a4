import Testing
import TestSupport
@testable import Tabular

// Tests of Sources/Tabular/Dump/ (ExcelDate, CSVText): kept here with the XML work's tests;
// they belong in Tests/TabularTests/Dump/ once that folder exists.

@Suite("Excel dates as ISO text")
struct ExcelDateTextTests {
    @Test("serials read as the corpus spells them", arguments: [
        (45366.0, "2024-03-15"),
        (45366.5, "2024-03-15T12:00:00"),
        (0.5091898148148148, "12:13:14"),
        (0.5439999999999999, "13:03:21.600000"),
        (0.9894895138888888, "23:44:51.894000"),
        (12345.6789, "1933-10-18T16:17:36.960000"),
        (1.0, "1900-01-01"),
        (1.5, "1900-01-01T12:00:00"),
        (59.0, "1900-02-28"),
        (60.0, "1900-02-28"),
        (60.5, "1900-02-28T12:00:00"),
        (61.0, "1900-03-01"),
        (0.0, "00:00:00"),
        (-1.2, "19:12:00"),
        (-123.456, "13:03:21.600000"),
        (2_958_465.0, "9999-12-31"),
    ])
    func isoText(serial: Double, text: String) {
        #expect(ExcelDate.isoText(serial: serial) == text)
    }

    @Test("serials past 9999-12-31 and non-finite ones have no date")
    func outOfRange() {
        #expect(ExcelDate.isoText(serial: 2_958_466) == nil)
        #expect(ExcelDate.isoText(serial: .nan) == nil)
    }

    @Test("1904 serials move by 1462 days, except a time of day (serial 0 is midnight)")
    func from1904() {
        #expect(ExcelDate.serial1900(from1904: 0) == 0)
        #expect(ExcelDate.isoText(serial: ExcelDate.serial1900(from1904: 0)) == "00:00:00")
        #expect(ExcelDate.isoText(serial: ExcelDate.serial1900(from1904: 1)) == "1904-01-02")
    }

    @Test("durations keep milliseconds and their sign", arguments: [
        (1.5, "PT129600S"), (0.42372800925925924, "PT36610.1S"), (-12345.6789, "PT-1066666656.96S"), (0.0, "PT0S"),
    ])
    func durations(days: Double, text: String) {
        #expect(ExcelDate.durationText(days: days) == text)
    }
}

@Suite("CSV text")
struct CSVTextTests {
    @Test("a field holding CR LF, a lone CR or LF, a comma or a quote is quoted", arguments: [
        ("a\r\nb", "\"a\r\nb\""), ("a\rb", "\"a\rb\""), ("a\nb", "\"a\nb\""), ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""), ("plain", "plain"), ("Hà Nội", "Hà Nội"),
    ])
    func quoting(text: String, field: String) {
        #expect(CSVText.field(text) == field)
    }

    @Test("a record writes every kind of cell as bytes")
    func record() {
        var row = Row(number: 1)
        row.appendText("x\r\ny")
        row.append(.value(.number, 42))
        row.append(.value(.number, -7))
        row.append(.value(.number, 2.5))
        row.append(.empty)
        row.append(.value(.boolean, 1))
        row.append(.value(.date, 45366))
        row.append(.value(.duration, 1.5))
        row.appendText("#N/A", kind: .error)
        #expect(CSVText.record(row) == "\"x\r\ny\",42,-7,2.5,,TRUE,2024-03-15,PT129600S,#N/A")
        #expect(CSVText.plain(row, 1) == "42")
        #expect(CSVText.plain(row, 0) == "x\r\ny")
    }

    @Test("integers are written digit by digit", arguments: [0, 7, -1, 10, 1234567890, 999_999_999_999_999, -999_999_999_999_999])
    func integers(value: Int64) {
        var out: [UInt8] = []
        CSVText.appendInteger(value, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == String(value))
    }
}
