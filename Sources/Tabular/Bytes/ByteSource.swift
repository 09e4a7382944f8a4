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
    /// Where the next read starts and where reading stops (a part of the file), when reading
    /// a part; nil reads the whole file sequentially.
    var position: Int?
    let end: Int

    public init(path: String) throws(ReadError) {
        file = try FileDescriptor(readingFrom: path)
        position = nil
        end = .max
    }

    /// Reads only the bytes `range` of the file (one part of a file validated on several cores).
    public init(path: String, range: Range<Int>) throws(ReadError) {
        file = try FileDescriptor(readingFrom: path)
        position = range.lowerBound
        end = range.upperBound
    }

    public mutating func fill(_ buffer: inout [UInt8], limit: Int) throws(ReadError) -> Int {
        let limit = position.map { min(limit, end - $0) } ?? limit
        guard limit > 0 else { return 0 }
        let old = buffer.count
        // Grow without initialising twice: append zeroes once, read over them, trim.
        buffer.append(contentsOf: repeatElement(0, count: limit))
        var result: Result<Int, ReadError> = .success(0)
        buffer.withUnsafeMutableBytes { raw in
            let target = UnsafeMutableRawBufferPointer(rebasing: raw[old...])
            do throws(ReadError) {
                if let position {
                    result = .success(try file.read(into: target, at: position))
                } else {
                    result = .success(try file.read(into: target))
                }
            } catch { result = .failure(error) }
        }
        let n: Int
        switch result {
        case .success(let count): n = count
        case .failure(let error):
            buffer.removeSubrange(old...)
            throw error
        }
        buffer.removeSubrange((old + n)...)
        if let position { self.position = position + n }
        return n
    }
}

/// Bytes held in memory (tests, and parts inflated from a ZIP).
public struct MemoryByteSource: ByteSource {
    let bytes: [UInt8]
    var offset = 0
    /// Largest number of bytes handed out per `fill` (tests feed tiny chunks with this).
    let maxChunk: Int

    let end: Int

    public init(_ bytes: [UInt8], maxChunk: Int = .max) {
        self.bytes = bytes
        self.maxChunk = max(1, maxChunk)
        end = bytes.count
    }

    /// Hands out only the bytes `range` (one part of the content).
    public init(_ bytes: [UInt8], range: Range<Int>, maxChunk: Int = .max) {
        self.bytes = bytes
        self.maxChunk = max(1, maxChunk)
        offset = max(0, min(range.lowerBound, bytes.count))
        end = max(offset, min(range.upperBound, bytes.count))
    }

    public mutating func fill(_ buffer: inout [UInt8], limit: Int) throws(ReadError) -> Int {
        let n = min(limit, maxChunk, end - offset)
        guard n > 0 else { return 0 }
        buffer.append(contentsOf: bytes[offset..<offset + n])
        offset += n
        return n
    }
}
