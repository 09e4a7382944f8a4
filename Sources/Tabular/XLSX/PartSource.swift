/// The bytes of a part as UTF-8, whatever the encoding it was saved in.
///
/// XML parts may be UTF-8 or UTF-16 (XML 1.0 §4.3.3; ECMA-376 Part 2 §8.1.4 allows both), and
/// a few writers (Windows Phone Office) do save UTF-16. The first bytes decide: a UTF-16 byte
/// order mark, or `<?` as UTF-16, switch to transcoding; anything else passes through with
/// no copy beyond the first four bytes.
struct PartSource: RawByteSource {
    private var inner: ZipEntryStream
    private var transcoder: UTF16Transcoder?
    private var raw: [UInt8] = []
    private var decoded: [UInt8] = []
    private var decodedOffset = 0
    private var innerDone = false
    private var started = false

    init(_ inner: ZipEntryStream) {
        self.inner = inner
    }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(ReadError) -> Int {
        guard buffer.count > 0 else { return 0 }
        if !started {
            started = true
            try sniff()
        }
        if transcoder == nil && decodedOffset == decoded.count {
            return try inner.read(into: buffer)
        }
        while decodedOffset == decoded.count && transcoder != nil {
            decoded.removeAll(keepingCapacity: true)
            decodedOffset = 0
            if innerDone && raw.isEmpty { return 0 }
            if !innerDone {
                var chunk = [UInt8](repeating: 0, count: 64 << 10)
                let n = try readInner(into: &chunk, from: 0)
                if n == 0 { innerDone = true } else { raw.append(contentsOf: chunk[..<n]) }
            }
            let consumed = raw.withUnsafeBytes { transcoder!.transcode($0, isFinal: innerDone, into: &decoded) }
            raw.removeFirst(consumed)
            if innerDone && consumed == 0 { raw.removeAll() }
        }
        let n = min(buffer.count, decoded.count - decodedOffset)
        decoded.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[decodedOffset..<(decodedOffset + n)])) }
        decodedOffset += n
        return n
    }

    private mutating func readInner(into bytes: inout [UInt8], from start: Int) throws(ReadError) -> Int {
        var result: Result<Int, ReadError> = .success(0)
        bytes.withUnsafeMutableBytes { b in
            do throws(ReadError) { result = .success(try inner.read(into: UnsafeMutableRawBufferPointer(rebasing: b[start...]))) } catch {
                result = .failure(error)
            }
        }
        return try result.get()
    }

    /// Reads the first bytes and decides whether the part is UTF-16.
    private mutating func sniff() throws(ReadError) {
        var head = [UInt8](repeating: 0, count: 4)
        var have = 0
        while have < 4 {
            let n = try readInner(into: &head, from: have)
            if n == 0 { innerDone = true; break }
            have += n
        }
        head.removeSubrange(have...)
        let littleEndian = head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0x3C, 0x00, 0x3F, 0x00])
        let bigEndian = head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0x00, 0x3C, 0x00, 0x3F])
        if littleEndian || bigEndian {
            transcoder = UTF16Transcoder(bigEndian: bigEndian)
            raw = head
        } else {
            decoded = head
        }
    }
}
