import Foundation
import Tabular

/// A commune-level unit that existed before the 1 July 2025 reorganisation, and the current
/// unit(s) its territory went to: one row of `Data/communes-before-2025.csv`.
///
/// Agencies keep writing old names ("Thị trấn Hùng Sơn") and old codes for months after a
/// reorganisation; the mapping lets such a row still count, with a warning, instead of being
/// rejected. A unit split between several new units cannot be placed without asking.
public struct FormerUnit: Sendable, Hashable {
    /// The 5-digit code in force on 2025-06-30.
    public var code: String
    /// The name with its prefix (`Xã Tân Cương`, `Thị trấn Hùng Sơn`).
    public var name: String
    /// `xa`, `phuong` or `thi_tran`.
    public var kind: String
    /// Codes of the current units it went to; more than one for a split unit.
    public var newCodes: [String]

    public init(code: String, name: String, kind: String, newCodes: [String]) {
        self.code = code
        self.name = name
        self.kind = kind
        self.newCodes = newCodes
    }

    /// Reads the mapping file: `#` comment lines, then a CSV header with at least `old_code`,
    /// `old_name`, `old_type` and `new_codes` (codes joined by `|`).
    public static func load(path: String) throws(CommuneDataError) -> [FormerUnit] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommuneDataError(source: path, line: nil, message: "cannot read the file")
        }
        return try parse([UInt8](data), source: path)
    }

    /// Parses the mapping file's bytes (see ``load(path:)``); `source` names it in errors.
    public static func parse(_ bytes: [UInt8], source: String) throws(CommuneDataError) -> [FormerUnit] {
        // Skip the '#' header: the CSV reader has no notion of comment lines.
        var offset = 0, commentLines = 0
        while offset < bytes.count && bytes[offset] == UInt8(ascii: "#") {
            while offset < bytes.count && bytes[offset] != UInt8(ascii: "\n") { offset += 1 }
            offset += 1
            commentLines += 1
        }
        var rows: [(line: Int, cells: [String])] = []
        do {
            let reader = try CSVReader(bytes: Array(bytes[min(offset, bytes.count)...]), name: source, dialect: .comma,
                                       lookalikes: false)
            try reader.forEachRow(inSheet: 0) { row in
                if !row.isBlank { rows.append((commentLines + row.number, (0..<row.count).map { row.text($0) })) }
                return true
            }
        } catch {
            throw CommuneDataError(source: source, line: nil, message: "cannot read the CSV: \(error)")
        }
        guard let header = rows.first else { throw CommuneDataError(source: source, line: nil, message: "no header row") }
        func column(_ name: String) throws(CommuneDataError) -> Int {
            guard let index = header.cells.firstIndex(of: name) else {
                throw CommuneDataError(source: source, line: header.line, message: "the header has no column '\(name)'")
            }
            return index
        }
        let codeColumn = try column("old_code"), nameColumn = try column("old_name")
        let typeColumn = try column("old_type"), newColumn = try column("new_codes")
        var units: [FormerUnit] = []
        var seen: Set<String> = []
        for (line, cells) in rows.dropFirst() {
            func cell(_ index: Int) -> String { index < cells.count ? cells[index].trimmingSpaces() : "" }
            let code = cell(codeColumn), name = cell(nameColumn)
            let newCodes = cell(newColumn).split(separator: "|").map { String($0).trimmingSpaces() }
            guard Commune.isCode(code) else {
                throw CommuneDataError(source: source, line: line, message: "old_code '\(code)' is not 5 digits")
            }
            guard seen.insert(code).inserted else {
                throw CommuneDataError(source: source, line: line, message: "old_code \(code) appears twice")
            }
            guard !name.isEmpty else { throw CommuneDataError(source: source, line: line, message: "old_name is empty") }
            guard !newCodes.isEmpty, newCodes.allSatisfy(Commune.isCode) else {
                throw CommuneDataError(source: source, line: line, message: "new_codes '\(cell(newColumn))' is not 5-digit codes joined by |")
            }
            units.append(FormerUnit(code: code, name: name, kind: cell(typeColumn), newCodes: newCodes))
        }
        return units
    }
}

/// Why the commune mapping cannot be used: the file is missing or a row is malformed.
public struct CommuneDataError: Error, Sendable, Hashable, CustomStringConvertible {
    public var source: String
    /// The line in the file (1-based, comment lines counted), when one row is at fault.
    public var line: Int?
    public var message: String

    public init(source: String, line: Int?, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    public var description: String {
        line.map { "\(source): line \($0): \(message)" } ?? "\(source): \(message)"
    }
}
