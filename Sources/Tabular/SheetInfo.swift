/// A sheet of a workbook, as listed by the workbook (not read yet).
public struct SheetInfo: Sendable, Hashable {
    /// Whether the workbook shows the sheet. ECMA-376 Part 1 §18.18.68 (ST_SheetState).
    public enum Visibility: String, Sendable, Hashable {
        case visible
        case hidden
        case veryHidden = "veryhidden"
    }

    /// What the sheet holds: only worksheets have rows.
    public enum Kind: String, Sendable, Hashable {
        case worksheet
        case chartsheet
        case dialogsheet
        case macrosheet
    }

    /// The sheet's name as the workbook gives it; a CSV file has one sheet named after the file.
    public var name: String
    public var visibility: Visibility
    public var kind: Kind
    /// Position in the workbook's order, from 0.
    public var index: Int

    public init(name: String, visibility: Visibility = .visible, kind: Kind = .worksheet, index: Int) {
        self.name = name
        self.visibility = visibility
        self.kind = kind
        self.index = index
    }
}
