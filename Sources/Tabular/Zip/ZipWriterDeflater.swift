internal import CZlib

/// Compresses a whole buffer to raw DEFLATE data (RFC 1951, no zlib or gzip header), as a
/// ZIP entry with method 8 holds it (APPNOTE §4.4.5).
///
/// One call, one stream: the writer compresses small parts (a template's XML is tens of KiB),
/// so the input is given whole and the output grows in 64 KiB steps. The level, window and
/// memory settings are fixed, so a given zlib produces the same bytes for the same input, which
/// keeps written archives byte-identical from run to run.
enum ZipWriterDeflater {
    /// zlib's default compromise between size and speed.
    static let level: Int32 = 6
    /// The largest window zlib supports, negated: raw deflate (zlib.h, deflateInit2).
    static let windowBits: Int32 = -15
    /// zlib's default (`DEF_MEM_LEVEL`).
    static let memoryLevel: Int32 = 8

    /// The raw DEFLATE encoding of `bytes`.
    ///
    /// zlib fails only when it cannot allocate its state or when it is misused; both are bugs
    /// of ours or a machine out of memory, not something a caller can handle, hence `precondition`.
    static func deflate(_ bytes: [UInt8]) -> [UInt8] {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer {
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
        let status = deflateInit2_(stream, level, Z_DEFLATED, windowBits, memoryLevel, Z_DEFAULT_STRATEGY,
                                   zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "deflateInit2 failed (\(status)); please report this bug")
        defer { deflateEnd(stream) }

        // deflateBound is an upper bound for a single Z_FINISH call, so one allocation suffices.
        let bound = Int(deflateBound(stream, uLong(bytes.count)))
        var output = [UInt8](repeating: 0, count: max(bound, 64))
        var written = 0
        bytes.withUnsafeBufferPointer { input in
            // why: zlib never writes through next_in; the cast only satisfies its C signature.
            stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.pointee.avail_in = uInt(input.count)
            output.withUnsafeMutableBufferPointer { out in
                var result = Z_OK
                while result == Z_OK {
                    stream.pointee.next_out = out.baseAddress.map { $0 + written }
                    stream.pointee.avail_out = uInt(out.count - written)
                    let before = stream.pointee.avail_out
                    result = CZlib.deflate(stream, Z_FINISH)
                    written += Int(before - stream.pointee.avail_out)
                    precondition(result == Z_OK || result == Z_STREAM_END,
                                 "deflate failed (\(result)) within deflateBound; please report this bug")
                    precondition(result == Z_STREAM_END || written < out.count,
                                 "deflate output exceeded deflateBound; please report this bug")
                }
            }
        }
        output.removeSubrange(written...)
        return output
    }
}
