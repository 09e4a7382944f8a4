/// Where a finding is, as the user sees it: file, sheet, row and column.
///
/// Rows and columns are 1-based as a spreadsheet shows them: the row Excel shows (the header
/// is usually row 1; in a CSV file, the record number), and the column as a letter (`E`) plus
/// the header label found in the file. Absent parts are nil (a file-level finding has no row).
public struct Location: Sendable, Hashable, Comparable {
    public var file: String?
    public var sheet: String?
    public var row: Int?
    /// The column's position from 0 (column A), when the finding is about a cell or a column.
    public var column: Int?
    /// The header label of the column as written in the file.
    public var label: String?
    /// The schema field the column was matched to.
    public var field: String?

    public init(file: String? = nil, sheet: String? = nil, row: Int? = nil, column: Int? = nil,
                label: String? = nil, field: String? = nil) {
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
        self.label = label
        self.field = field
    }

    /// The spreadsheet letter of the column (`A`, `Z`, `AA`), when there is a column.
    public var columnLetter: String? { column.map(Self.letter) }

    /// The letters of column `index` (0 = A).
    public static func letter(_ index: Int) -> String {
        var n = index + 1
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(UnicodeScalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// File order: by file, sheet, row, then column; file-level findings first.
    public static func < (a: Location, b: Location) -> Bool {
        ((a.file ?? ""), (a.sheet ?? ""), (a.row ?? 0), (a.column ?? -1))
            < ((b.file ?? ""), (b.sheet ?? ""), (b.row ?? 0), (b.column ?? -1))
    }
}
