/// A source of bytes read in chunks: a file, or a transcoder over a file.
///
/// `fill` appends at most `limit` new bytes to `buffer` and returns how many; 0 means the end.
/// Callers keep their own unconsumed bytes at the front of the buffer.
public protocol ByteSource: ~Copyable {
    mutating func fill(_ buffer: inout [UInt8], limit: Int) throws(ReadError) -> Int
}

/// The bytes of a file, read with read(2) straight into the caller's buffer.
public struct FileByteSource: ByteSource, ~Copyable {
    let file: FileDescriptor
    var scratch: [UInt8] = []

    public init(path: String) throws(ReadError) {
        file = try FileDescriptor(readingFrom: path)
    }

    public mutating func fill(_ buffer: inout [UInt8], limit: Int) throws(ReadError) -> Int {
        guard limit > 0 else { return 0 }
        let old = buffer.count
        // Grow without initialising twice: append zeroes once, read over them, trim.
        buffer.append(contentsOf: repeatElement(0, count: limit))
        var result: Result<Int, ReadError> = .success(0)
        buffer.withUnsafeMutableBytes { raw in
            let target = UnsafeMutableRawBufferPointer(rebasing: raw[old...])
            do throws(ReadError) { result = .success(try file.read(into: target)) } catch { result = .failure(error) }
        }
        let n: Int
        switch result {
        case .success(let count): n = count
        case .failure(let error):
            buffer.removeSubrange(old...)
            throw error
        }
        buffer.removeSubrange((old + n)...)
        return n
    }
}

/// Bytes held in memory (tests, and parts inflated from a ZIP).
public struct MemoryByteSource: ByteSource {
    let bytes: [UInt8]
    var offset = 0
    /// Largest number of bytes handed out per `fill` (tests feed tiny chunks with this).
    let maxChunk: Int

    public init(_ bytes: [UInt8], maxChunk: Int = .max) {
        self.bytes = bytes
        self.maxChunk = max(1, maxChunk)
    }

    public mutating func fill(_ buffer: inout [UInt8], limit: Int) throws(ReadError) -> Int {
        let n = min(limit, maxChunk, bytes.count - offset)
        guard n > 0 else { return 0 }
        buffer.append(contentsOf: bytes[offset..<offset + n])
        offset += n
        return n
    }
}
