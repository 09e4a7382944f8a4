/// The bytes of a standalone XML file as UTF-8, read in chunks from its file descriptor.
///
/// The first bytes decide the encoding (XML 1.0 §4.3.3 and Appendix F): a UTF-16 byte-order
/// mark or `<?` in UTF-16 switches to transcoding; otherwise the `encoding` of the XML
/// declaration is honoured when it is ISO-8859-1 or Windows-1252 (Excel 2003 and PHP writers
/// use both), and UTF-8 passes through untouched. Any other declared encoding is refused
/// rather than guessed.
struct XMLFileSource: RawByteSource {
    private let file: XMLFileHandle
    private var transcoder: (any Transcoder)?
    private var raw: [UInt8] = []
    private var decoded: [UInt8] = []
    private var decodedOffset = 0
    private var fileDone = false
    /// Largest number of bytes handed out per read (tests split the input with it).
    private let maxChunk: Int

    /// Opens the file and sniffs its encoding from its first 512 bytes.
    ///
    /// - Throws: ``ReadError``: `cannotOpen`, `notARegularFile`, `ioError`, or
    ///   `undecodableText` for a declared encoding we do not read.
    init(path: String, maxChunk: Int = .max) throws(ReadError) {
        self.maxChunk = max(1, maxChunk)
        file = try XMLFileHandle(path: path)
        var head = [UInt8](repeating: 0, count: 512)
        let n = try Self.fill(file, &head)
        head.removeSubrange(n...)
        if n < 512 { fileDone = true }
        switch try Self.encoding(ofHead: head, subject: path) {
        case .utf8:
            decoded = head
        case .utf16(let bigEndian):
            transcoder = UTF16Transcoder(bigEndian: bigEndian)
            raw = head
        case .windows1252:
            transcoder = Windows1252Transcoder()
            raw = head
        }
    }

    enum Encoding: Equatable {
        case utf8
        case utf16(bigEndian: Bool)
        /// ISO-8859-1 is read as its superset Windows-1252, as browsers do (WHATWG Encoding).
        case windows1252
    }

    /// The encoding the first bytes of an XML document announce.
    static func encoding(ofHead head: [UInt8], subject: String) throws(ReadError) -> Encoding {
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0x3C, 0x00, 0x3F, 0x00]) { return .utf16(bigEndian: false) }
        if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0x00, 0x3C, 0x00, 0x3F]) { return .utf16(bigEndian: true) }
        guard let declared = declaredEncoding(head) else { return .utf8 }
        switch declared {
        case "utf-8", "utf8", "us-ascii", "ascii": return .utf8
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "iso-8859-15":
            return .windows1252
        default:
            throw ReadError(.undecodableText, subject: subject,
                            detail: "the XML declares encoding '\(declared)'; save it as UTF-8")
        }
    }

    /// The lower-cased `encoding` pseudo-attribute of an XML declaration near the start.
    static func declaredEncoding(_ head: [UInt8]) -> String? {
        guard let open = indexOf(Array("<?xml".utf8), in: head) else { return nil }
        let close = indexOf(Array("?>".utf8), in: head, from: open) ?? head.count
        guard let key = indexOf(Array("encoding".utf8), in: head, from: open), key < close else { return nil }
        var i = key + 8
        while i < close && (head[i] == .space || head[i] == .equals || head[i] == .tab || head[i] == .lineFeed || head[i] == .carriageReturn) { i += 1 }
        guard i < close, head[i] == .quote || head[i] == .apostrophe else { return nil }
        let quote = head[i]
        var j = i + 1
        while j < close && head[j] != quote { j += 1 }
        return String(decoding: head[(i + 1)..<j], as: UTF8.self).lowercased()
    }

    private static func indexOf(_ needle: [UInt8], in bytes: [UInt8], from start: Int = 0) -> Int? {
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        for i in start...(bytes.count - needle.count) where bytes[i] == needle[0] {
            if bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
        }
        return nil
    }

    private static func fill(_ file: XMLFileHandle, _ bytes: inout [UInt8], from start: Int = 0) throws(ReadError) -> Int {
        var have = start
        var result: Result<Void, ReadError> = .success(())
        bytes.withUnsafeMutableBytes { b in
            do throws(ReadError) {
                while have < b.count {
                    let n = try file.descriptor.read(into: UnsafeMutableRawBufferPointer(rebasing: b[have...]))
                    if n == 0 { break }
                    have += n
                }
            } catch { result = .failure(error) }
        }
        try result.get()
        return have - start
    }

    mutating func read(into whole: UnsafeMutableRawBufferPointer) throws(ReadError) -> Int {
        let buffer = UnsafeMutableRawBufferPointer(rebasing: whole[..<min(whole.count, maxChunk)])
        guard buffer.count > 0 else { return 0 }
        if decodedOffset == decoded.count && transcoder == nil {
            if fileDone { return 0 }
            let n = try file.descriptor.read(into: buffer)
            if n == 0 { fileDone = true }
            return n
        }
        while decodedOffset == decoded.count {
            decoded.removeAll(keepingCapacity: true)
            decodedOffset = 0
            if fileDone && raw.isEmpty { return 0 }
            if !fileDone {
                var chunk = [UInt8](repeating: 0, count: 64 << 10)
                let n = try Self.fill(file, &chunk)
                if n < chunk.count { fileDone = true }
                raw.append(contentsOf: chunk[..<n])
            }
            guard transcoder != nil else { break }
            let consumed = raw.withUnsafeBytes { transcoder!.transcode($0, isFinal: fileDone, into: &decoded) }
            raw.removeFirst(consumed)
            if fileDone && consumed == 0 { raw.removeAll() }
        }
        let n = min(buffer.count, decoded.count - decodedOffset)
        decoded.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[decodedOffset..<(decodedOffset + n)])) }
        decodedOffset += n
        return n
    }
}

/// Owns the descriptor of an XML file, so that copies of ``XMLFileSource`` share one open file.
final class XMLFileHandle {
    let descriptor: FileDescriptor

    init(path: String) throws(ReadError) {
        descriptor = try FileDescriptor(readingFrom: path)
    }
}

/// Windows-1252 (and ISO-8859-1, which it extends) to UTF-8: one byte is one character
/// (the table is ``Windows1252``).
struct Windows1252Transcoder: Transcoder {
    mutating func transcode(_ input: UnsafeRawBufferPointer, isFinal: Bool, into output: inout [UInt8]) -> Int {
        output.reserveCapacity(output.count + input.count + input.count / 4)
        for b in input {
            if b < 0x80 { output.append(b) } else { appendUTF8(Windows1252.scalar(b), to: &output) }
        }
        return input.count
    }
}
