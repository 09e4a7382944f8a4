import Foundation
import Testing
@testable import Tabular

@Suite("Number formats and numbers from bytes")
struct NumberFormatTests {
    @Test("format codes are classified by their letters outside quotes, escapes and brackets", arguments: [
        ("General", Cell.Kind.number), ("0.00", .number), ("#,##0 \"đ\";[Red]-#,##0", .number), ("0.00E+00", .number),
        ("dd/mm/yyyy", .date), ("[$-409]mmm-yy", .date), ("d\\-m", .date), ("hh:mm:ss", .time), ("mm:ss", .time),
        ("h:mm AM/PM", .time), ("dd/mm/yyyy hh:mm", .dateTime), ("[h]:mm:ss", .duration), ("[mm]:ss", .duration),
        ("\"Day\" 0", .number), ("[Red]0;d", .number), ("@", .number), ("_(* #,##0_)", .number),
    ])
    func classify(code: String, kind: Cell.Kind) {
        #expect(NumberFormat.kind(ofCode: code) == kind)
    }

    @Test("built-in ids 14–22 and 45–47 are dates, times and durations")
    func builtIns() {
        #expect(NumberFormat.builtInKind(14) == .date)
        #expect(NumberFormat.builtInKind(20) == .time)
        #expect(NumberFormat.builtInKind(22) == .dateTime)
        #expect(NumberFormat.builtInKind(46) == .duration)
        #expect(NumberFormat.builtInKind(0) == nil)
        #expect(NumberFormat.builtInKind(49) == nil)
    }

    @Test("decimal numbers parse exactly, on the fast and the slow path", arguments: [
        "0", "-0.5", "1E-3", "123456789012345678", "0.30000000000000004", "1.7976931348623157E+308", "  42 ", "4.9406564584124654E-324",
    ])
    func doubles(text: String) {
        let parsed = Array(text.utf8).withUnsafeBytes { ByteNumber.double($0) }
        #expect(parsed == Double(text.trimmingCharacters(in: .whitespaces)))
    }

    @Test("non-numbers are not numbers", arguments: ["", "abc", "1.2.3", "1e", "-", "12a"])
    func notNumbers(text: String) {
        #expect(Array(text.utf8).withUnsafeBytes { ByteNumber.double($0) } == nil)
    }

    @Test("cell references give their column")
    func columns() {
        #expect(Array("A1".utf8).withUnsafeBytes { ByteNumber.column(ofReference: $0) } == 0)
        #expect(Array("AB12".utf8).withUnsafeBytes { ByteNumber.column(ofReference: $0) } == 27)
        #expect(Array("XFD1048576".utf8).withUnsafeBytes { ByteNumber.column(ofReference: $0) } == 16383)
        #expect(Array("12".utf8).withUnsafeBytes { ByteNumber.column(ofReference: $0) } == nil)
    }
}
