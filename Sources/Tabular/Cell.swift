/// One cell as a reader found it, before any schema gives it a meaning.
///
/// A cell does not own its text: text and error literals live in the UTF-8 storage of the
/// ``Row`` that holds the cell, between `start` and `end`. This keeps a row to two arrays
/// whose capacity is reused from row to row, so reading a file allocates nothing per cell.
///
/// Numbers, booleans, dates and times keep their value in `number`:
/// - `.boolean`: 1 or 0;
/// - `.date`, `.dateTime`, `.time`: an Excel serial in the 1900 date system (a 1904 workbook's
///   serials are shifted by the reader, so every consumer sees one system);
/// - `.duration`: a length in days (Excel's `[h]:mm` formats).
public struct Cell: Sendable, Hashable {
    /// What kind of value the file stored.
    public enum Kind: UInt8, Sendable, Hashable {
        case empty
        /// Text: every CSV cell, and string cells of workbooks.
        case text
        case number
        case boolean
        /// A spreadsheet error value such as `#N/A` or `#REF!`; its literal is the cell's text.
        case error
        case date
        case dateTime
        case time
        case duration
    }

    /// Evidence about the cell's text encoding that only the file format can give (the font of
    /// an XLSX cell). Legacy Vietnamese font encodings are decided from this and the bytes.
    public enum FontHint: UInt8, Sendable, Hashable {
        case none
        /// A TCVN3 (ABC) font such as `.VnTime` or `.VnArial`.
        case tcvn3
        /// A TCVN3 all-capitals font such as `.VnTimeH`: lower-case code points shown as capitals.
        case tcvn3Capitals
        /// A VNI font such as `VNI-Times`.
        case vni
    }

    public var kind: Kind
    public var fontHint: FontHint
    /// Start of the cell's UTF-8 bytes in its row's storage (text and error cells).
    @usableFromInline var start: Int32
    /// End (exclusive) of the cell's UTF-8 bytes in its row's storage.
    @usableFromInline var end: Int32
    /// The numeric value of number, boolean, date and time cells; 0 otherwise.
    public var number: Double

    /// The empty cell: what a missing column or an absent XLSX `<c>` reads as.
    public static let empty = Cell(kind: .empty, fontHint: .none, start: 0, end: 0, number: 0)

    @inlinable
    init(kind: Kind, fontHint: FontHint, start: Int32, end: Int32, number: Double) {
        self.kind = kind
        self.fontHint = fontHint
        self.start = start
        self.end = end
        self.number = number
    }

    /// A cell holding a value that is not text.
    @inlinable
    public static func value(_ kind: Kind, _ number: Double) -> Cell {
        Cell(kind: kind, fontHint: .none, start: 0, end: 0, number: number)
    }

    /// Where a text or error cell's bytes lie in its row's storage (see ``Row/withStorage(_:)``).
    @inlinable
    public var textRange: Range<Int> { Int(start)..<Int(end) }

    /// The number of UTF-8 bytes of a text or error cell.
    @inlinable
    public var byteCount: Int { Int(end - start) }
}
