import Foundation
import Testing
import TestSupport
@testable import Schema
@testable import Tabular

/// A large CSV file validated in parts on several cores gives the report of one piece.
@Suite("Validation in parts")
struct PartsTests {
    static let header = "Số định danh cá nhân,Họ và tên,Ngày sinh,Trường,Xã/phường,Ngày tiếp cận,Tên miền,"
        + "Ngày đăng ký tên miền,Có website/blog/CV,Có email tên miền,Ghi chú"

    /// A student register with the hard cases for cutting: duplicates far apart (across any
    /// cut) and near, runs of blank rows, stray quotes, invalid UTF-8, invalid identifiers.
    static func register(rows: Int, longQuotedNoteAt: Int? = nil) -> [UInt8] {
        var out = Array((header + "\n").utf8)
        for i in 0..<rows {
            if i % 613 == 5 { for _ in 0..<(i % 7 + 1) { out += Array("\n".utf8) } }
            var n = i
            if i % 151 == 150 { n = i - 97 * (i % 3 + 1) }          // duplicate of an earlier row
            if i > rows / 2, i % 177 == 3 { n = i - rows / 2 }       // duplicate from the first half
            let year = 4 + n % 4
            var id = "0192" + (year < 10 ? "0" : "") + String(year) + String(format: "%06d", n)
            if i % 97 == 13 { id = "12345" }
            let name = i % 251 == 7 ? "Nguyễn \"Tí\" \(i)" : "Nguyễn Văn \(i)"
            let domain = n % 2 == 0 ? "sv\(n).id.vn" : ""
            let registered = domain.isEmpty ? "" : "12/08/2026"
            var line = "\(id),\(name),15/03/20\(year < 10 ? "0" : "")\(year),Trường Đại học Thái Nguyên,\(commune(i)),10/08/2026,"
                + "\(domain),\(registered),có,,"
            if i == longQuotedNoteAt {
                line += "\"" + String(repeating: "một dòng ghi chú\n", count: 4000) + "\""
            }
            out += Array(line.utf8)
            if i % 509 == 11 { out += [0xFF, 0x41] }
            out += Array("\n".utf8)
        }
        return out
    }

    /// 700 communes (5-digit codes; the tests' validator checks only their shape), so that the
    /// tally's index of groups grows.
    static func commune(_ i: Int) -> String { "0" + String(5000 + i % 700) }

    /// The benchmark counts of ``register(rows:longQuotedNoteAt:)`` worked out from how it is made.
    static func expectedCounts(rows: Int) -> String {
        var groups: [String: (Int, Int, Int)] = [:]
        var rejected = 0
        for i in 0..<rows {
            if i % 97 == 13 { rejected += 1; continue }
            var n = i
            if i % 151 == 150 { n = i - 97 * (i % 3 + 1) }
            if i > rows / 2, i % 177 == 3 { n = i - rows / 2 }
            var g = groups[commune(i) + ",student"] ?? (0, 0, 0)
            g.0 += 1
            g.1 += 1
            if n % 2 == 0 { g.2 += 1 }
            groups[commune(i) + ",student"] = g
        }
        return groups.sorted { $0.key < $1.key }.map { "\($0.key),\($0.value.0),\($0.value.1),\($0.value.2)\n" }.joined()
            + "rejected,\(rejected)\n"
    }

    /// Everything a report says, with the tally's text.
    static func validate(_ bytes: [UInt8], workers: Int, limit: Int = 1000) throws -> (FileReport, String) {
        let path = try Repository.temporaryDirectory() + "/DHTN_2026-Q3.csv"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        var context = ValidationContext(findingLimit: limit)
        context.workers = workers
        context.splitMinimumBytes = 0
        var tally = RegisterCounts()
        let report = FileValidator(types: Loaded.schemas, catalogue: Loaded.catalogue, context: context)
            .validate(path: path, tally: &tally)
        return (report, tally.canonicalText)
    }

    static func describe(_ report: FileReport) -> [String] {
        [report.type ?? "-", String(report.rowCount), String(report.rowsWithErrors),
         report.findings.countsByCode.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue)=\($0.value)" }
            .joined(separator: " ")]
            + report.findings.sorted.map { finding in
                "\(finding.code.rawValue)@\(finding.location.row ?? -1):\(finding.location.column ?? -1) "
                    + finding.arguments.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";")
            }
    }

    /// Counts of registers of two cohorts merge into one tally in either order, and a
    /// commune's rows of one cohort never land in the other's group.
    @Test func talliesOfTwoCohortsMerge() throws {
        let studentPath = try Repository.temporaryDirectory() + "/DHTN_2026-Q3.csv"
        try Data(Self.register(rows: 300)).write(to: URL(fileURLWithPath: studentPath))
        let householdPath = Repository.sampleData + "/inbox/01921_2026-Q3_ho-kinh-doanh.csv"
        func tally(_ path: String) -> RegisterCounts {
            var tally = RegisterCounts()
            _ = FileValidator(types: Loaded.schemas, catalogue: Loaded.catalogue, context: ValidationContext())
                .validate(path: path, tally: &tally)
            return tally
        }
        let students = tally(studentPath), households = tally(householdPath)
        #expect(!students.groups.isEmpty && !households.groups.isEmpty)
        #expect(students.groups.keys.allSatisfy { $0.hasSuffix(",student") })
        #expect(households.groups.keys.allSatisfy { $0.hasSuffix(",household") })
        var both = students
        both.merge(households)
        var other = households
        other.merge(students)
        #expect(both.canonicalText == other.canonicalText)
        #expect(both.groups.count == students.groups.count + households.groups.count)
        #expect(both.rejected == students.rejected + households.rejected)
        for (key, group) in students.groups { #expect(both.groups[key] == group) }
        for (key, group) in households.groups { #expect(both.groups[key] == group) }
    }

    @Test(arguments: [2, 3, 4, 7])
    func partsGiveTheReportOfOnePiece(workers: Int) throws {
        let bytes = Self.register(rows: 6000)
        let (whole, wholeTally) = try Self.validate(bytes, workers: 1)
        let (split, splitTally) = try Self.validate(bytes, workers: workers)
        #expect(whole.parts == 1)
        #expect(split.parts == workers)
        // The file has what makes cutting hard, so the comparison means something.
        #expect((whole.findings.countsByCode[.primaryKeyError] ?? 0) > 20)
        #expect((whole.findings.countsByCode[.uniqueError] ?? 0) > 10)
        #expect((whole.findings.countsByCode[.blankRow] ?? 0) > 10)
        #expect((whole.findings.countsByCode[.strayQuote] ?? 0) > 10)
        #expect((whole.findings.countsByCode[.invalidUTF8] ?? 0) > 10)
        #expect(Self.describe(split) == Self.describe(whole))
        #expect(splitTally == wholeTally)
        #expect(wholeTally == Self.expectedCounts(rows: 6000))
    }

    @Test(arguments: [2, 3])
    func aWindowsExportWithATitleBlockGivesTheSameReport(workers: Int) throws {
        // As Excel on Windows saves "CSV (semicolon)": BOM, CRLF, semicolons, a title above the header.
        var text = String(decoding: Self.register(rows: 4000).filter { $0 != 0xFF }, as: UTF8.self)
        text = text.replacingOccurrences(of: ",", with: ";").replacingOccurrences(of: "\n", with: "\r\n")
        let bytes = [0xEF, 0xBB, 0xBF] + Array(("SỞ GIÁO DỤC VÀ ĐÀO TẠO\r\nDANH SÁCH SINH VIÊN QUÝ III/2026\r\n\r\n" + text).utf8)
        let (whole, wholeTally) = try Self.validate(bytes, workers: 1)
        let (split, splitTally) = try Self.validate(bytes, workers: workers)
        #expect(whole.type == "student-register")
        #expect(whole.headerRow == 4)
        #expect(split.parts == workers)
        #expect(Self.describe(split) == Self.describe(whole))
        #expect(splitTally == wholeTally)
        #expect(wholeTally == Self.expectedCounts(rows: 4000))
    }

    @Test func theFindingLimitKeepsTheSameFirstFindings() throws {
        let bytes = Self.register(rows: 6000)
        let (whole, _) = try Self.validate(bytes, workers: 1, limit: 40)
        let (split, _) = try Self.validate(bytes, workers: 3, limit: 40)
        #expect(split.parts == 3)
        #expect(whole.findings.findings.count == 40)
        #expect(Self.describe(split) == Self.describe(whole))
    }

    @Test(arguments: [2, 3])
    func blankRowsAcrossACutAreOneRun(workers: Int) throws {
        // 400 blank lines around each place a cut is guessed (as FileValidator guesses it:
        // evenly after the header and first data row), so one part ends with blank rows and
        // the next starts with them; one piece reports the first five of the run only.
        var bytes = Self.register(rows: 3000)
        let newlines = bytes.indices.filter { bytes[$0] == 0x0A }
        let head = newlines[1] + 1
        let size = bytes.count + 400 * (workers - 1)
        let places = (1..<workers).compactMap { k -> Int? in
            // The guess, in the final bytes, falls 200 to 340 bytes into the k-th run.
            let guess = head + (size - head) * k / workers
            return newlines.last { $0 < guess - 400 * (k - 1) - 200 }
        }
        for at in places.reversed() { bytes.insert(contentsOf: [UInt8](repeating: 0x0A, count: 400), at: at + 1) }
        let (whole, _) = try Self.validate(bytes, workers: 1)
        let (split, _) = try Self.validate(bytes, workers: workers)
        #expect(split.parts == workers)
        #expect(whole.findings.countsByCode[.blankRow] ?? 0 > 0)
        #expect(Self.describe(split) == Self.describe(whole))
    }

    @Test func aCutInsideAQuotedFieldFallsBackToOnePiece() throws {
        // A note of 4,000 lines in the middle: the cut's line feed is inside its quotes.
        let bytes = Self.register(rows: 3000, longQuotedNoteAt: 1500)
        let (whole, wholeTally) = try Self.validate(bytes, workers: 1)
        let (split, splitTally) = try Self.validate(bytes, workers: 2)
        #expect(split.parts == 1)
        #expect(Self.describe(split) == Self.describe(whole))
        #expect(splitTally == wholeTally)
    }

    @Test func aSmallFileIsReadInOnePiece() throws {
        let path = try Repository.temporaryFile("DHTN_2026-Q3.csv", Self.header + "\n")
        var context = ValidationContext()
        context.workers = 4
        let report = FileValidator(types: Loaded.schemas, catalogue: Loaded.catalogue, context: context).validate(path: path)
        #expect(report.parts == 1)
        #expect(report.codes() == ["file-empty"])
    }
}
