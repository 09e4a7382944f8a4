internal import CZlib

/// Owns one zlib stream for raw DEFLATE data (RFC 1951, no zlib or gzip header).
///
/// A class because zlib keeps a pointer back to its `z_stream` (`inflateStateCheck` compares
/// it), so the stream must never move: it lives in memory allocated here and freed in `deinit`.
final class Inflater {
    enum Status {
        /// Produced output or consumed input; call again.
        case progress
        /// The DEFLATE stream ended.
        case streamEnd
        /// No progress is possible without more input.
        case needsInput
        case dataError(String)
    }

    private let stream: UnsafeMutablePointer<z_stream>
    private var initialised = false
    /// Memory for compressed input, owned here so that zlib's `next_in` stays valid.
    let input: UnsafeMutableRawBufferPointer

    init() throws(ReadError) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        input = .allocate(byteCount: 64 << 10, alignment: 16)
        // windowBits -15: raw deflate, 32 KiB window (zlib.h, inflateInit2).
        let status = inflateInit2_(stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            input.deallocate()
            throw ReadError(.corrupt, subject: "zlib", detail: "inflateInit2 failed (\(status))")
        }
        initialised = true
    }

    deinit {
        if initialised { inflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
        input.deallocate()
    }

    /// Bytes of the last input not consumed yet.
    var pendingInput: Int { Int(stream.pointee.avail_in) }

    /// Makes the first `count` bytes of ``input`` the next input.
    func setInput(count: Int) {
        stream.pointee.next_in = input.baseAddress?.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_in = uInt(count)
    }

    /// Inflates into `output`; returns the status and the number of bytes written.
    func inflate(into output: UnsafeMutableRawBufferPointer) -> (Status, Int) {
        guard let base = output.baseAddress, output.count > 0 else { return (.progress, 0) }
        stream.pointee.next_out = base.assumingMemoryBound(to: Bytef.self)
        let capacity = uInt(min(output.count, Int(UInt32.max)))
        stream.pointee.avail_out = capacity
        let inBefore = stream.pointee.avail_in
        let status = CZlib.inflate(stream, Z_NO_FLUSH)
        let written = Int(capacity - stream.pointee.avail_out)
        switch status {
        case Z_STREAM_END: return (.streamEnd, written)
        case Z_OK: return (.progress, written)
        case Z_BUF_ERROR:
            return (written == 0 && inBefore == stream.pointee.avail_in ? .needsInput : .progress, written)
        default:
            let message = stream.pointee.msg.map { String(cString: $0) } ?? "status \(status)"
            return (.dataError(message), written)
        }
    }
}

/// CRC-32 (ISO 3309, the ZIP checksum) of `bytes`, continuing from `crc`.
func zipCRC32(_ crc: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32 {
    guard let base = bytes.baseAddress, bytes.count > 0 else { return crc }
    return UInt32(CZlib.crc32(uLong(crc), base.assumingMemoryBound(to: Bytef.self), uInt(bytes.count)))
}
