/// Reads a CSV file as a one-sheet workbook, streaming.
///
/// ```
///  file ──read(2)──▶ raw chunk ──transcode (UTF-16, legacy)──▶ UTF-8 chunk ──tokenize──▶ Row
///                                 (UTF-8 files skip this step)       │
///                                                                    └─ leftover bytes of a
///                                                                       split record move to
///                                                                       the chunk's front
/// ```
/// Memory is one chunk (1 MiB, larger only for a record that does not fit, up to
/// ``ReadLimits/maxRecordBytes``) and one row, whatever the number of rows.
///
/// Each record's text is checked as UTF-8 (invalid bytes become U+FFFD and a note) and put in
/// Unicode NFC when it holds combining marks (Vietnamese typed with a decomposed keyboard).
/// A file in a legacy Vietnamese encoding is transcoded whole when detection is clear; a
/// Unicode file whose columns hold TCVN3 or VNI look-alikes ("Th¸i Nguyªn", exported from a
/// `.VnTime` sheet) has those columns converted, as decided from the first 64 KiB
/// (``LegacyTextConverter``), with one `encoding-converted` note per column.
public final class CSVReader: WorkbookReader {
    public let format = TableFormat.csv
    public let path: String
    public let sheets: [SheetInfo]
    public private(set) var notes: [ReadNote] = []
    /// The delimiter in use: given, or sniffed from the first lines.
    public let dialect: CSVDialect
    /// The text encoding in use: detected from the first bytes.
    public let encoding: EncodingDetection
    let limits: ReadLimits
    /// Converts columns of legacy look-alike text (planned from the sample).
    private var converter = LegacyTextConverter(mode: .converting)
    /// In-memory content for tests (nil: read the file at `path`).
    let memory: [UInt8]?
    /// Largest chunk handed out by the in-memory source (tests split input at every byte).
    let memoryChunk: Int
    /// The byte offset in the file just past the last record handed out (UTF-8 files; see
    /// ``canSplit``): where a part of the file read on another core may start.
    public private(set) var offsetAfterLastRecord = 0

    /// True when parts of the file can be read independently (``forEachRecord(in:firstNumber:_:)``):
    /// UTF-8 without legacy look-alike columns, so that byte offsets in the file are offsets
    /// in the text and no column conversion depends on rows read before.
    public var canSplit: Bool {
        encoding.encoding.makeTranscoder() == nil && !converter.hasPlan
    }

    /// The size of the content in bytes.
    public var byteCount: Int {
        if let memory { return memory.count }
        return (try? FileDescriptor(readingFrom: path).size()) ?? 0
    }

    /// Opens `path`, detects its encoding and (unless given) its delimiter.
    public convenience init(path: String, dialect: CSVDialect? = nil, limits: ReadLimits = .default) throws(ReadError) {
        let file = try FileDescriptor(readingFrom: path)
        var sample = [UInt8](repeating: 0, count: 65536)
        var result: Result<Int, ReadError> = .success(0)
        sample.withUnsafeMutableBytes { raw in
            do throws(ReadError) { result = .success(try file.read(into: raw, at: 0)) } catch { result = .failure(error) }
        }
        let n = try result.get()
        sample.removeSubrange(n...)
        let whole = n < 65536
        try self.init(path: path, sample: sample, isWholeFile: whole, dialect: dialect, limits: limits, memory: nil, chunk: .max)
    }

    /// Reads CSV held in memory; `chunk` limits how many bytes each read hands out (tests).
    /// `lookalikes: false` skips the survey for legacy look-alike text: for the repository's
    /// own UTF-8 data (the former communes), where it would only cost time at every start.
    public convenience init(bytes: [UInt8], name: String = "data.csv", dialect: CSVDialect? = nil,
                            limits: ReadLimits = .default, chunk: Int = .max, lookalikes: Bool = true) throws(ReadError) {
        let sample = Array(bytes.prefix(65536))
        try self.init(path: name, sample: sample, isWholeFile: bytes.count <= 65536, dialect: dialect,
                      limits: limits, memory: bytes, chunk: chunk, lookalikes: lookalikes)
    }

    private init(path: String, sample: [UInt8], isWholeFile: Bool, dialect: CSVDialect?,
                 limits: ReadLimits, memory: [UInt8]?, chunk: Int, lookalikes: Bool = true) throws(ReadError) {
        guard !sample.isEmpty else { throw ReadError(.empty, subject: path) }
        self.path = path
        self.limits = limits
        self.memory = memory
        self.memoryChunk = chunk
        let detection = sample.withUnsafeBytes { TextEncodingDetector.detect($0, isWholeFile: isWholeFile) }
        self.encoding = detection
        var decoded: [UInt8] = []
        if var transcoder = detection.encoding.makeTranscoder() {
            _ = sample.withUnsafeBytes { raw in
                transcoder.transcode(UnsafeRawBufferPointer(rebasing: raw[detection.bomLength...]),
                                     isFinal: isWholeFile, into: &decoded)
            }
        } else {
            decoded = Array(sample[detection.bomLength...])
        }
        self.dialect = dialect ?? decoded.withUnsafeBytes { CSVDialect.sniff($0) }
        self.sheets = [SheetInfo(name: Self.sheetName(for: path), index: 0)]
        if lookalikes && !LegacyVietnamese.candidates.contains(detection.encoding)
            && !decoded.withUnsafeBytes({ TextChecks.isASCII($0) }) {
            converter = Self.surveyLookalikes(decoded, dialect: self.dialect, isWholeFile: isWholeFile, limits: limits)
        }
        if detection.encoding != .utf8 {
            notes.append(ReadNote(.encodingDetected, arguments: ["encoding": detection.encoding.displayName]))
        }
    }

    /// A reader of the same file with the same dialect and encoding, and notes of its own: one
    /// per part when the file is read on several cores.
    public func part() -> CSVReader { CSVReader(copying: self) }

    private init(copying other: CSVReader) {
        path = other.path
        sheets = other.sheets
        dialect = other.dialect
        encoding = other.encoding
        limits = other.limits
        converter = other.converter
        memory = other.memory
        memoryChunk = other.memoryChunk
    }

    /// Reads the records in the bytes `range` of the file, which must start at a record
    /// boundary, numbering them from `firstNumber`; the end of the range is read as the end of
    /// the input (a quoted field still open there is an `unclosedQuote` error, which is how a
    /// caller learns that its guess of a boundary fell inside a quoted field). Returns the
    /// number of records read.
    @discardableResult
    public func forEachRecord(in range: Range<Int>, firstNumber: Int, _ body: (borrowing Row) throws -> Bool) throws -> Int {
        notes.removeAll()
        converter.resetCounts()
        if let memory {
            var source = MemoryByteSource(memory, range: range, maxChunk: memoryChunk)
            return try tokenize(&source, skip: 0, startOffset: range.lowerBound, firstNumber: firstNumber, body)
        }
        var source = try FileByteSource(path: path, range: range)
        return try tokenize(&source, skip: 0, startOffset: range.lowerBound, firstNumber: firstNumber, body)
    }

    /// The offset just past the first line feed at or after `offset`, or nil when none follows
    /// (a candidate boundary between two parts; see ``forEachRecord(in:firstNumber:_:)``).
    public func lineStart(after offset: Int) throws(ReadError) -> Int? {
        if let memory {
            guard offset < memory.count, let i = memory[offset...].firstIndex(of: .lineFeed) else { return nil }
            return i + 1
        }
        let file = try FileDescriptor(readingFrom: path)
        var window = [UInt8](repeating: 0, count: 65536)
        var at = offset
        while true {
            var result: Result<Int, ReadError> = .success(0)
            window.withUnsafeMutableBytes { raw in
                do throws(ReadError) { result = .success(try file.read(into: raw, at: at)) } catch { result = .failure(error) }
            }
            let n = try result.get()
            if n == 0 { return nil }
            if let i = window[0..<n].firstIndex(of: .lineFeed) { return at + i + 1 }
            at += n
        }
    }

    /// A CSV file's one sheet is named after the file, without folders or extension.
    static func sheetName(for path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }

    public func forEachRow(inSheet index: Int, _ body: (borrowing Row) throws -> Bool) throws {
        guard index == 0 else { throw ReadError(.noSuchSheet, subject: path, detail: "sheet \(index + 1)") }
        notes.removeAll { $0.kind != .encodingDetected }
        converter.resetCounts()
        defer { notes += converter.notes(sheet: nil) }
        if let memory {
            try read(from: MemoryByteSource(memory, maxChunk: memoryChunk), body)
        } else {
            try read(from: try FileByteSource(path: path), body)
        }
    }

    private func read<S: ByteSource & ~Copyable>(from source: consuming S, _ body: (borrowing Row) throws -> Bool) throws {
        if let transcoder = encoding.encoding.makeTranscoder() {
            var decoded = TranscodingSource(inner: source, transcoder: transcoder, skip: encoding.bomLength)
            try tokenize(&decoded, skip: 0, startOffset: 0, firstNumber: 1, body)
        } else {
            var plain = source
            try tokenize(&plain, skip: encoding.bomLength, startOffset: 0, firstNumber: 1, body)
        }
    }

    /// The chunk loop: fill, tokenize every complete record, keep the leftover, repeat.
    /// `startOffset` is the offset of the source's first byte in the file; records are numbered
    /// from `firstNumber`. Returns the number of records read.
    @discardableResult
    private func tokenize<S: ByteSource & ~Copyable>(
        _ source: inout S, skip: Int, startOffset: Int, firstNumber: Int, _ body: (borrowing Row) throws -> Bool
    ) throws -> Int {
        let chunk = limits.chunkBytes
        var buffer: [UInt8] = []
        buffer.reserveCapacity(chunk)
        var tokenizer = CSVTokenizer(delimiter: dialect.delimiter, maxRecordBytes: limits.maxRecordBytes,
                                     maxFields: limits.maxColumns)
        var row = Row()
        var recordNumber = firstNumber - 1
        var bufferStart = startOffset
        var atEnd = false
        var toSkip = skip
        var capacity = chunk
        while !atEnd {
            // Top up the buffer to `capacity` bytes.
            while buffer.count < capacity {
                let got = try source.fill(&buffer, limit: capacity - buffer.count)
                if got == 0 { atEnd = true; break }
            }
            if toSkip > 0 {
                let n = min(toSkip, buffer.count)
                buffer.removeFirst(n)
                bufferStart += n
                toSkip -= n
                if !atEnd { continue }
            }
            var consumed = 0
            var stop = false
            var failure: CSVTokenizer.Failure?
            try buffer.withUnsafeBytes { bytes in
                while !stop {
                    row.number = recordNumber + 1
                    let next: Int?
                    do throws(CSVTokenizer.Failure) {
                        next = try tokenizer.nextRecord(bytes, from: consumed, isFinal: atEnd, into: &row)
                    } catch {
                        failure = error
                        return
                    }
                    guard let next else { return }
                    recordNumber += 1
                    finish(&row, record: UnsafeRawBufferPointer(rebasing: bytes[consumed..<next]),
                           strayQuotes: tokenizer.strayQuoteColumns)
                    consumed = next
                    offsetAfterLastRecord = bufferStart + next
                    if !(try body(row)) { stop = true }
                }
            }
            if let failure { throw readError(failure, record: recordNumber + 1) }
            if stop { return recordNumber - firstNumber + 1 }
            if consumed == 0 && !atEnd && buffer.count >= capacity {
                // One record larger than the chunk: grow, within the limit.
                guard capacity < limits.maxRecordBytes + chunk else {
                    throw readError(.recordTooLarge, record: recordNumber + 1)
                }
                capacity = min(capacity * 2, limits.maxRecordBytes + chunk)
                buffer.reserveCapacity(capacity)
            } else if capacity > chunk && buffer.count - consumed < chunk {
                capacity = chunk
            }
            buffer.removeFirst(consumed)
            bufferStart += consumed
        }
        return recordNumber - firstNumber + 1
    }

    /// Checks the record's UTF-8, normalises to NFC, and notes stray quotes.
    private func finish(_ row: inout Row, record: UnsafeRawBufferPointer, strayQuotes: [Int]) {
        for column in strayQuotes {
            notes.append(ReadNote(.strayQuote, row: row.number, column: column))
        }
        // Fast path: a record of ASCII, or of valid UTF-8 without combining marks (already NFC
        // for Vietnamese), needs nothing more. Delimiters and quotes are ASCII, so the whole
        // record is valid exactly when each of its cells is.
        if TextChecks.isCleanUTF8(record) {
            if converter.hasPlan { converter.convert(&row) }  // only notes the header labels
            return
        }
        let number = row.number
        TextChecks.repairAndNormalize(&row) { column in
            self.notes.append(ReadNote(.invalidUTF8, row: number, column: column))
        }
        if converter.hasPlan { converter.convert(&row) }
    }

    /// Surveys the records of the decoded sample for legacy look-alike text and plans the
    /// columns to convert. A record cut by the end of the sample is left out.
    private static func surveyLookalikes(
        _ decoded: [UInt8], dialect: CSVDialect, isWholeFile: Bool, limits: ReadLimits
    ) -> LegacyTextConverter {
        var converter = LegacyTextConverter(mode: .surveying)
        var tokenizer = CSVTokenizer(delimiter: dialect.delimiter, maxRecordBytes: limits.maxRecordBytes,
                                     maxFields: limits.maxColumns)
        var row = Row()
        decoded.withUnsafeBytes { bytes in
            var at = 0
            for _ in 0..<LegacyTextConverter.surveyRows {
                guard let next = try? tokenizer.nextRecord(bytes, from: at, isFinal: isWholeFile, into: &row) else { break }
                if !TextChecks.isASCII(UnsafeRawBufferPointer(rebasing: bytes[at..<next])) {
                    TextChecks.repairAndNormalize(&row) { _ in }
                    converter.observe(row)
                }
                at = next
            }
        }
        converter.decide()
        return converter
    }

    private func readError(_ failure: CSVTokenizer.Failure, record: Int) -> ReadError {
        switch failure {
        case .unclosedQuote:
            ReadError(.unclosedQuote, subject: path, detail: "a quoted field is never closed", row: record)
        case .recordTooLarge:
            ReadError(.limitExceeded, subject: path,
                      detail: "record longer than \(limits.maxRecordBytes) bytes", row: record)
        case .tooManyFields:
            ReadError(.limitExceeded, subject: path, detail: "more than \(limits.maxColumns) columns", row: record)
        }
    }
}

/// A byte source that transcodes another source's bytes to UTF-8 as they are read.
struct TranscodingSource<Inner: ByteSource & ~Copyable>: ByteSource, ~Copyable {
    var inner: Inner
    var transcoder: any Transcoder
    var raw: [UInt8] = []
    var skip: Int
    var innerDone = false

    init(inner: consuming Inner, transcoder: any Transcoder, skip: Int) {
        self.inner = inner
        self.transcoder = transcoder
        self.skip = skip
    }

    mutating func fill(_ buffer: inout [UInt8], limit: Int) throws(ReadError) -> Int {
        let before = buffer.count
        while buffer.count == before {
            if !innerDone {
                let got = try inner.fill(&raw, limit: max(4096, limit / 2))
                if got == 0 { innerDone = true }
            }
            if skip > 0 {
                let n = min(skip, raw.count)
                raw.removeFirst(n)
                skip -= n
            }
            if raw.isEmpty && innerDone { break }
            let consumed = raw.withUnsafeBytes { transcoder.transcode($0, isFinal: innerDone, into: &buffer) }
            raw.removeFirst(consumed)
            if innerDone && raw.isEmpty { break }
        }
        return buffer.count - before
    }
}
