/// A file opened for reading rows: a CSV file (one sheet), an XLSX workbook or an XML export.
///
/// Readers stream: ``forEachRow(inSheet:_:)`` hands each row to the closure and reuses its
/// storage, so memory is bounded by one row (plus, for XLSX, the shared-strings table), never
/// by the size of the sheet. Rows come in file order with ``Row/number`` set to the number the
/// user sees; rows absent from the file (an XLSX row that has no `<row>`) are not produced.
public protocol WorkbookReader: AnyObject {
    /// What kind of file this is.
    var format: TableFormat { get }
    /// Every sheet in the workbook's order, including hidden ones and chart sheets.
    var sheets: [SheetInfo] { get }
    /// Non-fatal notes collected so far (encoding conversions, replaced bytes, ...).
    var notes: [ReadNote] { get }
    /// Reads the rows of one sheet in order. Return `false` from `body` to stop early.
    ///
    /// - Throws: ``ReadError`` when the sheet cannot be read; rows already delivered stay valid.
    func forEachRow(inSheet index: Int, _ body: (borrowing Row) throws -> Bool) throws
}

extension WorkbookReader {
    /// The index of the sheet called `name`, comparing names as a user would (case and
    /// surrounding spaces ignored).
    public func sheetIndex(named name: String) -> Int? {
        let wanted = name.trimmingSpaces().lowercased()
        return sheets.first { $0.name.trimmingSpaces().lowercased() == wanted }?.index
    }
}

/// The formats we read, and the ones we recognise only to refuse them clearly.
public enum TableFormat: String, Sendable, Hashable {
    case csv
    case xlsx
    /// Excel 2003 XML Spreadsheet (`<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">`).
    case spreadsheetML2003 = "spreadsheetml-2003"
    /// Our documented `<records><record><field>` export, mapped by a mapping file.
    case recordXML = "record-xml"
}

extension String {
    /// The string without leading and trailing spaces, tabs and line ends.
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
