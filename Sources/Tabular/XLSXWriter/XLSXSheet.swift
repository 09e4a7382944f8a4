/// One worksheet for ``XLSXWriter``: a few rows of text (a header, lists) and, below them,
/// a block of empty rows prepared for typing: each column's number format and drop-down.
///
/// The writer is made for templates, not for data: every written cell is a string, and the
/// prepared rows hold empty cells that only carry a style.
public struct XLSXSheet: Sendable, Hashable {
    /// Whether the sheet tab shows (ECMA-376 Part 1 §18.18.68, ST_SheetState).
    public enum State: String, Sendable, Hashable {
        case visible
        case hidden
    }

    /// The sheet's name; ``XLSXWriter`` makes it a valid Excel name (see ``validName(_:)``).
    public var name: String
    public var state: State
    public var columns: [XLSXColumn]
    /// Cell texts from row 1 down; an empty string leaves the cell out.
    public var rows: [[String]]
    /// When true, row 1 is a header: bold, wrapped, shaded, and frozen above the scrolling rows.
    public var hasHeader: Bool
    /// Rows (1-based, as Excel numbers them) whose cells get the columns' formats and
    /// drop-downs, such as `2...1000` below a header.
    public var preparedRows: ClosedRange<Int>?

    public init(name: String, state: State = .visible, columns: [XLSXColumn], rows: [[String]] = [],
                hasHeader: Bool = false, preparedRows: ClosedRange<Int>? = nil) {
        self.name = name
        self.state = state
        self.columns = columns
        self.rows = rows
        self.hasHeader = hasHeader
        self.preparedRows = preparedRows
    }

    /// Excel's longest sheet name, in UTF-16 code units.
    public static let maxNameLength = 31

    /// `name` made acceptable to Excel: the characters `[ ] : * ? / \` become spaces, a leading
    /// or trailing apostrophe is dropped, and the name is cut to 31 UTF-16 code units without
    /// splitting a character. An empty result becomes `Sheet`.
    public static func validName(_ name: String) -> String {
        var cleaned = ""
        for character in name {
            cleaned.append("[]:*?/\\".contains(character) ? " " : character)
        }
        while cleaned.hasPrefix("'") { cleaned.removeFirst() }
        while cleaned.hasSuffix("'") { cleaned.removeLast() }
        var result = ""
        for character in cleaned where character.unicodeScalars.allSatisfy(XMLMarkup.isXMLChar) {
            guard result.utf16.count + String(character).utf16.count <= maxNameLength else { break }
            result.append(character)
        }
        result = result.trimmingSpaces()
        return result.isEmpty ? "Sheet" : result
    }
}

/// One column of an ``XLSXSheet``.
public struct XLSXColumn: Sendable, Hashable {
    /// Width in characters of the default font's digits (ECMA-376 Part 1 §18.3.1.13).
    public var width: Double
    public var format: XLSXCellFormat
    /// Values offered by a drop-down on the prepared rows (a list data validation,
    /// §18.3.1.32); nil or empty: none. Other values are refused when typed.
    public var choices: [String]?

    public init(width: Double, format: XLSXCellFormat = .general, choices: [String]? = nil) {
        self.width = width
        self.format = format
        self.choices = choices
    }
}

/// The number formats a template column can have.
public enum XLSXCellFormat: Sendable, Hashable, CaseIterable {
    /// Excel's General format (built-in id 0).
    case general
    /// Text (`@`, built-in id 49): what is typed stays text, so `0123456789` keeps its zero.
    case text
    /// `dd/mm/yyyy`, a custom format (id 164, the first id free for custom formats).
    case date
}
