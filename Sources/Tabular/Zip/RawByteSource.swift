/// A source of bytes that writes straight into the caller's memory: an inflating ZIP entry,
/// or bytes held in memory (tests). Returns how many bytes were written; 0 means the end.
///
/// Unlike ``ByteSource`` it does not append to an array, so the XML scanner can keep one
/// buffer of its own and have the inflater write into its free tail, with no copy between.
protocol RawByteSource {
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(ReadError) -> Int
}

/// Bytes held in memory, handed out at most `maxChunk` at a time (tests split input with it).
struct MemoryRawSource: RawByteSource {
    let bytes: [UInt8]
    var offset = 0
    let maxChunk: Int

    init(_ bytes: [UInt8], maxChunk: Int = .max) {
        self.bytes = bytes
        self.maxChunk = max(1, maxChunk)
    }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(ReadError) -> Int {
        let n = min(buffer.count, maxChunk, bytes.count - offset)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { all in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: all[offset..<offset + n]))
        }
        offset += n
        return n
    }
}
