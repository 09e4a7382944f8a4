/// One row of a sheet (or one record of a CSV file) as read, with its cells' text in one
/// contiguous UTF-8 buffer.
///
/// Readers hand a row to a callback as `borrowing Row` and reuse its storage for the next row,
/// so a consumer that only inspects rows allocates nothing. A consumer that keeps a row simply
/// copies it: the arrays are copy-on-write, so the copy stays valid after the reader moves on.
///
/// ```
///  cells:  [ text 0..<5 | number 42 | empty | text 5..<14 ]
///  bytes:  H à  N ộ i  N g u y ễ n          (UTF-8, NFC)
/// ```
public struct Row: Sendable {
    /// The row number a user sees: Excel's row number, or the CSV record number (header = 1).
    public var number: Int
    /// The cells from column A (index 0); trailing empty cells may or may not be present.
    public var cells: [Cell] { storedCells }
    /// UTF-8 bytes of every text and error cell, in column order.
    public var bytes: [UInt8] { storedBytes }

    @usableFromInline var storedCells: [Cell]
    @usableFromInline var storedBytes: [UInt8]

    public init(number: Int = 0) {
        self.number = number
        self.storedCells = []
        self.storedBytes = []
        storedCells.reserveCapacity(32)
        storedBytes.reserveCapacity(1024)
    }

    /// A row made of plain text cells (tests, templates and small readers use this).
    public init(number: Int, texts: [String]) {
        self.init(number: number)
        for text in texts {
            if text.isEmpty { append(.empty) } else { appendText(text) }
        }
    }

    /// The number of cells stored (the last ones may be empty).
    @inlinable public var count: Int { storedCells.count }

    /// The cell in column `index` (0 = A), or ``Cell/empty`` past the last stored cell.
    @inlinable
    public subscript(index: Int) -> Cell {
        index >= 0 && index < storedCells.count ? storedCells[index] : .empty
    }

    /// True when no cell holds a value (an empty string counts as no value).
    public var isBlank: Bool {
        for cell in storedCells {
            switch cell.kind {
            case .empty: continue
            case .text: if cell.start != cell.end { return false }
            default: return false
            }
        }
        return true
    }

    /// Lends the UTF-8 bytes of a text or error cell; other kinds lend an empty span.
    @inlinable
    public func withUTF8<R, E: Error>(_ index: Int, _ body: (Span<UInt8>) throws(E) -> R) throws(E) -> R {
        let cell = self[index]
        let span = storedBytes.span
        switch cell.kind {
        case .text, .error:
            return try body(span.extracting(Int(cell.start)..<Int(cell.end)))
        default:
            return try body(span.extracting(0..<0))
        }
    }

    /// The text of a text or error cell as a `String`; `""` for other kinds (see
    /// ``displayText(_:)`` for a rendering of every kind).
    public func text(_ index: Int) -> String {
        let cell = self[index]
        guard cell.kind == .text || cell.kind == .error else { return "" }
        return String(decoding: storedBytes[Int(cell.start)..<Int(cell.end)], as: UTF8.self)
    }

    /// Lends the row's cells and its whole UTF-8 storage at once: the fast path for consumers
    /// (validation) that look at every cell of millions of rows.
    @inlinable
    public func withStorage<R>(_ body: ([Cell], UnsafeRawBufferPointer) -> R) -> R {
        let cells = storedCells
        return storedBytes.withUnsafeBytes { body(cells, $0) }
    }

    // MARK: Building rows (readers)

    /// Forgets every cell but keeps the storage's capacity.
    public mutating func reset(number: Int) {
        self.number = number
        storedCells.removeAll(keepingCapacity: true)
        storedBytes.removeAll(keepingCapacity: true)
    }

    /// Appends a cell that holds no text (empty, number, boolean, date, time, duration).
    /// Makes the row `cells` over `bytes` (offsets into them), keeping its number: one copy
    /// of each, where emptying the row and appending cost a pass through the general
    /// `replaceSubrange` per array and a uniqueness check per cell.
    @inlinable
    public mutating func replaceAll(cells: UnsafeBufferPointer<Cell>, bytes: UnsafeRawBufferPointer) {
        storedCells.replaceSubrange(storedCells.startIndex..<storedCells.endIndex, with: cells)
        storedBytes.replaceSubrange(storedBytes.startIndex..<storedBytes.endIndex, with: bytes)
    }

    @inlinable
    public mutating func append(_ cell: Cell) {
        let at = Int32(truncatingIfNeeded: storedBytes.count)
        var cell = cell
        if cell.kind == .text || cell.kind == .error { cell.start = at; cell.end = at }
        storedCells.append(cell)
    }

    /// Appends a text (or error) cell whose UTF-8 bytes are `utf8`.
    @inlinable
    public mutating func appendText(
        _ utf8: UnsafeRawBufferPointer, kind: Cell.Kind = .text, fontHint: Cell.FontHint = .none
    ) {
        let start = Int32(truncatingIfNeeded: storedBytes.count)
        storedBytes.append(contentsOf: utf8)
        let end = Int32(truncatingIfNeeded: storedBytes.count)
        storedCells.append(Cell(kind: kind, fontHint: fontHint, start: start, end: end, number: 0))
    }

    /// Appends a text (or error) cell from a `String`.
    public mutating func appendText(_ text: String, kind: Cell.Kind = .text, fontHint: Cell.FontHint = .none) {
        var text = text
        text.withUTF8 { appendText(UnsafeRawBufferPointer($0), kind: kind, fontHint: fontHint) }
    }

    /// Starts a text cell whose bytes the caller appends one piece at a time with
    /// ``appendToLastCell(_:)`` (readers that unescape as they go).
    @inlinable
    public mutating func beginText(kind: Cell.Kind = .text, fontHint: Cell.FontHint = .none) {
        let at = Int32(truncatingIfNeeded: storedBytes.count)
        storedCells.append(Cell(kind: kind, fontHint: fontHint, start: at, end: at, number: 0))
    }

    /// Appends bytes to the text of the last cell, which must be a text or error cell.
    @inlinable
    public mutating func appendToLastCell(_ utf8: UnsafeRawBufferPointer) {
        storedBytes.append(contentsOf: utf8)
        storedCells[storedCells.count - 1].end = Int32(truncatingIfNeeded: storedBytes.count)
    }

    /// Appends one byte to the text of the last cell, which must be a text or error cell.
    @inlinable
    public mutating func appendToLastCell(byte: UInt8) {
        storedBytes.append(byte)
        storedCells[storedCells.count - 1].end = Int32(truncatingIfNeeded: storedBytes.count)
    }

    /// Pads the row with empty cells up to `count` cells (sparse XLSX rows).
    @inlinable
    public mutating func pad(to count: Int) {
        while storedCells.count < count { append(.empty) }
    }

    /// Replaces the value of a cell with new text, keeping its position (text conversion).
    public mutating func replaceText(at index: Int, with text: String) {
        guard index >= 0 && index < storedCells.count else { return }
        let start = Int32(truncatingIfNeeded: storedBytes.count)
        storedBytes.append(contentsOf: text.utf8)
        let end = Int32(truncatingIfNeeded: storedBytes.count)
        storedCells[index] = Cell(kind: .text, fontHint: .none, start: start, end: end, number: 0)
    }

    /// Replaces a cell by a non-text value, keeping its position.
    public mutating func replace(at index: Int, with cell: Cell) {
        guard index >= 0 && index < storedCells.count else { return }
        storedCells[index] = cell
    }

    /// Drops trailing cells that hold no value.
    public mutating func trimTrailingEmptyCells() {
        while let last = storedCells.last, last.kind == .empty { storedCells.removeLast() }
    }
}
