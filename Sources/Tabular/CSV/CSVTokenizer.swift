/// Splits UTF-8 bytes into CSV records (RFC 4180 §2), straight into a ``Row``.
///
/// The tokenizer is pure: it owns no buffer and remembers nothing between records. Given the
/// bytes and the offset where a record starts, it fills the row and returns the offset just
/// past the record's line end, or `nil` when the record runs past the end of the bytes and more
/// must be read first (the caller then retries from the same offset with more bytes, or with
/// `isFinal` at the end of the file).
///
/// Leniency, as Excel reads CSV: a quote inside an unquoted field is kept as text; text after
/// a closing quote is appended to the field. Each is reported as a stray quote. A quoted field
/// that never closes is an error, reported at the record where it opened.
struct CSVTokenizer {
    let delimiter: UInt8
    /// Largest record, in bytes, before reading stops with a finding (hostile input).
    let maxRecordBytes: Int
    /// Most fields per record before reading stops with a finding.
    let maxFields: Int

    enum Failure: Error {
        case unclosedQuote
        case recordTooLarge
        case tooManyFields
    }

    /// Columns (0-based) in the last record where a stray quote was kept as text.
    var strayQuoteColumns: [Int] = []

    /// The cells of a record on the fast path, built here and copied into the row at once.
    /// A record with more fields than this takes the general path.
    private var scratch = [Cell](repeating: .empty, count: 64)

    /// The delimiter repeated in each byte of a word (see ``specialBytes(_:delimiter:)``).
    let delimiterPattern: UInt64

    init(delimiter: UInt8, maxRecordBytes: Int, maxFields: Int) {
        self.delimiter = delimiter
        delimiterPattern = UInt64(delimiter) &* 0x0101_0101_0101_0101
        self.maxRecordBytes = maxRecordBytes
        self.maxFields = maxFields
    }

    /// The high bit of each byte of `word` (little-endian: the first byte is the lowest) that
    /// is the delimiter, a line feed, a carriage return or a quote (SWAR: a byte equal to the
    /// pattern's becomes zero, found by the borrow it causes). A borrow can mark a byte above a
    /// true match, never below one, so the lowest set bit is exactly the first match.
    @inline(__always)
    static func specialBytes(_ word: UInt64, delimiter: UInt64) -> UInt64 {
        @inline(__always) func zeroBytes(_ v: UInt64) -> UInt64 {
            (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080
        }
        return zeroBytes(word ^ delimiter) | zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
            | zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D) | zeroBytes(word ^ 0x2222_2222_2222_2222)
    }

    /// The offset of the first delimiter, line end or quote at or after `from`, eight bytes at
    /// a time; `bytes.count` when there is none.
    @inline(__always)
    private func firstSpecialByte(_ bytes: UnsafeRawBufferPointer, from: Int) -> Int {
        let end = bytes.count
        var j = from
        while j + 8 <= end {
            let mask = Self.specialBytes(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: j, as: UInt64.self)),
                                         delimiter: delimiterPattern)
            if mask != 0 { return j + mask.trailingZeroBitCount >> 3 }
            j += 8
        }
        while j < end {
            let b = bytes[j]
            if b == delimiter || b == .lineFeed || b == .carriageReturn || b == .quote { return j }
            j += 1
        }
        return end
    }

    /// The fast path of ``nextRecord(_:from:isFinal:into:)``: a whole record without a quote,
    /// its fields found eight bytes at a time, its cells built in ``scratch`` and then copied
    /// into the row with its bytes, each at once (the cells point into that copy, delimiters
    /// and all): emptying the row and appending a cell at a time was a quarter of tokenizing
    /// (callgrind). Nil sends the record to the general path, the row untouched: a quote, a
    /// record not yet complete in `bytes`, more fields than ``scratch`` holds, or a limit.
    @inline(__always)
    private mutating func plainRecord(_ bytes: UnsafeRawBufferPointer, from start: Int, isFinal: Bool,
                                      into row: inout Row) -> Int? {
        let end = bytes.count
        let fieldLimit = min(maxFields, scratch.count)
        let maxRecordBytes = self.maxRecordBytes, delimiter = self.delimiter
        // The buffer is taken out while it is written, so that reading `self` (the field
        // search) does not overlap a write to it.
        var scratch = self.scratch
        self.scratch = []
        defer { self.scratch = scratch }
        return scratch.withUnsafeMutableBufferPointer { cells -> Int? in
            var count = 0
            var fieldStart = start
            var j = start
            while true {
                j = firstSpecialByte(bytes, from: j)
                if j >= end { return nil }
                let b = bytes[j]
                if b == .quote || count >= fieldLimit || j - start > maxRecordBytes { return nil }
                cells[count] = j > fieldStart
                    ? Cell(kind: .text, fontHint: .none, start: Int32(truncatingIfNeeded: fieldStart - start),
                           end: Int32(truncatingIfNeeded: j - start), number: 0)
                    : .empty
                count += 1
                if b == delimiter {
                    j += 1
                    fieldStart = j
                    if j >= end { return nil }
                    continue
                }
                let next: Int
                if b == .carriageReturn {
                    if j + 1 < end {
                        next = bytes[j + 1] == .lineFeed ? j + 2 : j + 1
                    } else {
                        guard isFinal else { return nil }
                        next = end
                    }
                } else {
                    next = j + 1
                }
                row.replaceAll(cells: UnsafeBufferPointer(rebasing: cells[0..<count]),
                               bytes: UnsafeRawBufferPointer(rebasing: bytes[start..<j]))
                return next
            }
        }
    }

    /// Tokenizes the record at `start`. See the type's documentation for the contract.
    mutating func nextRecord(
        _ bytes: UnsafeRawBufferPointer, from start: Int, isFinal: Bool, into row: inout Row
    ) throws(Failure) -> Int? {
        let end = bytes.count
        let delimiter = self.delimiter
        var i = start
        if !strayQuoteColumns.isEmpty { strayQuoteColumns.removeAll(keepingCapacity: true) }
        if i >= end {
            row.reset(number: row.number)
            return nil
        }
        if let next = plainRecord(bytes, from: start, isFinal: isFinal, into: &row) { return next }
        row.reset(number: row.number)

        while true {
            if row.count >= maxFields { throw .tooManyFields }
            if i - start > maxRecordBytes { throw .recordTooLarge }
            if i < end && bytes[i] == .quote {
                // Quoted field: copy the segments between doubled quotes.
                row.beginText()
                var segment = i + 1
                var j = i + 1
                while true {
                    guard j < end else {
                        if isFinal { throw .unclosedQuote }
                        return nil
                    }
                    if bytes[j] != .quote { j += 1; continue }
                    // A quote: doubled (escaped) or closing? We need the next byte to know.
                    if j + 1 >= end && !isFinal { return nil }
                    row.appendToLastCell(UnsafeRawBufferPointer(rebasing: bytes[segment..<j]))
                    if j + 1 < end && bytes[j + 1] == .quote {
                        row.appendToLastCell(byte: .quote)
                        j += 2
                        segment = j
                        if j - start > maxRecordBytes { throw .recordTooLarge }
                        continue
                    }
                    j += 1
                    break
                }
                // After the closing quote: text up to the delimiter is appended (lenient).
                var k = j
                while k < end {
                    let b = bytes[k]
                    if b == delimiter || b == .lineFeed || b == .carriageReturn { break }
                    k += 1
                }
                if k == end && !isFinal { return nil }
                if k > j {
                    strayQuoteColumns.append(row.count - 1)
                    row.appendToLastCell(UnsafeRawBufferPointer(rebasing: bytes[j..<k]))
                }
                i = k
            } else {
                // Unquoted field: scan to the delimiter or the line end. A quote inside it is
                // text (noted); anything else ends the field.
                var j = firstSpecialByte(bytes, from: i)
                while j < end && bytes[j] == .quote {
                    strayQuoteColumns.append(row.count)
                    j = firstSpecialByte(bytes, from: j + 1)
                }
                if j == end && !isFinal { return nil }
                if j > i {
                    row.appendText(UnsafeRawBufferPointer(rebasing: bytes[i..<j]))
                } else {
                    row.append(.empty)
                }
                i = j
            }
            // At a delimiter, a line end, or the end of the input.
            if i >= end { return end }
            let b = bytes[i]
            if b == delimiter {
                i += 1
                if i >= end {
                    // "a,b," at the very end: one more, empty, field.
                    if !isFinal { return nil }
                    row.append(.empty)
                    return end
                }
                continue
            }
            if b == .carriageReturn {
                if i + 1 < end { return bytes[i + 1] == .lineFeed ? i + 2 : i + 1 }
                return isFinal ? end : nil
            }
            return i + 1  // line feed
        }
    }
}
