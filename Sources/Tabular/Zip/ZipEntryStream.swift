/// The inflated bytes of one ZIP entry, read on demand.
///
/// Compressed bytes are read with `pread` in chunks of 64 KiB and inflated straight into the
/// caller's buffer. The stream enforces, as it goes:
/// - the entry's declared size (more bytes than the central directory says is `corrupt`),
/// - the compression ratio (``ReadLimits/maxCompressionRatio``) and the archive's total
///   (``ReadLimits/maxInflatedBytes``), both `limitExceeded`, checked before any byte over
///   the limit is written,
/// - at the end, the size and the CRC-32 (`corrupt` when either differs).
struct ZipEntryStream: RawByteSource {
    let archive: ZipArchive
    let entry: ZipEntry
    private var inflater: Inflater?
    /// File offset of the next compressed byte to read, and the compressed bytes left.
    private var fileOffset: Int
    private var compressedLeft: Int
    private var produced = 0
    private var crc: UInt32 = 0
    private var finished = false
    /// Largest number of bytes written per call (tests split input with it).
    var maxChunk = Int.max

    init(archive: ZipArchive, entry: ZipEntry) throws(ReadError) {
        self.archive = archive
        self.entry = entry
        let path = archive.path
        if entry.isEncrypted {
            throw ReadError(.encrypted, subject: path, detail: "the ZIP entry '\(entry.name)' is encrypted")
        }
        switch entry.method {
        case .stored, .deflated: break
        case .other(let method):
            throw ReadError(.unsupportedFormat, subject: path,
                            detail: "the ZIP entry '\(entry.name)' uses compression method \(method)")
        }
        let limits = archive.limits
        if entry.uncompressedSize > limits.maxInflatedBytes - archive.inflatedBytes {
            throw ReadError(.limitExceeded, subject: path,
                            detail: "inflating '\(entry.name)' would pass \(limits.maxInflatedBytes) bytes")
        }
        if entry.compressedSize > 0, entry.uncompressedSize / entry.compressedSize > limits.maxCompressionRatio {
            throw ReadError(.limitExceeded, subject: path,
                            detail: "'\(entry.name)' is compressed more than \(limits.maxCompressionRatio):1")
        }
        // Local file header (APPNOTE §4.3.7): 30 bytes, then name and extra field.
        let header = try archive.bytes(at: entry.localHeaderOffset, count: 30)
        guard header.count == 30, le32(header, 0) == 0x0403_4B50 else {
            throw archive.corrupt("the local header of '\(entry.name)' is missing")
        }
        let dataStart = entry.localHeaderOffset + 30 + Int(le16(header, 26)) + Int(le16(header, 28))
        guard dataStart + entry.compressedSize <= archive.fileSize else {
            throw archive.corrupt("the data of '\(entry.name)' runs past the end of the file (truncated)")
        }
        fileOffset = dataStart
        compressedLeft = entry.compressedSize
        if entry.method == .deflated {
            inflater = try Inflater()
        }
    }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(ReadError) -> Int {
        guard !finished, buffer.count > 0 else { return 0 }
        let room = UnsafeMutableRawBufferPointer(rebasing: buffer[..<min(buffer.count, maxChunk)])
        var n = 0
        if let inflater {
            if !streamEnded { n = try inflate(inflater, into: room) }
        } else {
            let want = min(room.count, compressedLeft)
            if want > 0 {
                n = try archive.file.read(into: UnsafeMutableRawBufferPointer(rebasing: room[..<want]), at: fileOffset)
                guard n > 0 else { throw archive.corrupt("'\(entry.name)' is truncated") }
                fileOffset += n
                compressedLeft -= n
            }
        }
        if n > 0 {
            try account(n)
            crc = zipCRC32(crc, UnsafeRawBufferPointer(rebasing: room[..<n]))
        } else {
            try finish()
        }
        return n
    }

    private mutating func inflate(_ inflater: Inflater, into room: UnsafeMutableRawBufferPointer) throws(ReadError) -> Int {
        while true {
            if inflater.pendingInput == 0 && compressedLeft > 0 {
                let want = min(inflater.input.count, compressedLeft)
                let got = try archive.file.read(into: UnsafeMutableRawBufferPointer(rebasing: inflater.input[..<want]),
                                                at: fileOffset)
                guard got > 0 else { throw archive.corrupt("'\(entry.name)' is truncated") }
                fileOffset += got
                compressedLeft -= got
                inflater.setInput(count: got)
            }
            let (status, written) = inflater.inflate(into: room)
            switch status {
            case .streamEnd:
                streamEnded = true
                return written
            case .progress:
                if written > 0 { return written }
            case .needsInput:
                if compressedLeft == 0 {
                    throw archive.corrupt("the compressed data of '\(entry.name)' ends too early")
                }
            case .dataError(let message):
                throw archive.corrupt("the compressed data of '\(entry.name)' is damaged: \(message)")
            }
        }
    }

    private var streamEnded = false

    private mutating func account(_ n: Int) throws(ReadError) {
        produced += n
        archive.inflatedBytes += n
        let limits = archive.limits
        guard produced <= entry.uncompressedSize else {
            throw archive.corrupt("'\(entry.name)' is larger than its declared size")
        }
        if archive.inflatedBytes > limits.maxInflatedBytes {
            throw ReadError(.limitExceeded, subject: archive.path, detail: "more than \(limits.maxInflatedBytes) bytes inflated")
        }
        if produced > 1 << 16, produced / max(1, entry.compressedSize - compressedLeft) > limits.maxCompressionRatio {
            throw ReadError(.limitExceeded, subject: archive.path,
                            detail: "'\(entry.name)' is compressed more than \(limits.maxCompressionRatio):1")
        }
    }

    private mutating func finish() throws(ReadError) {
        finished = true
        guard produced == entry.uncompressedSize else {
            throw archive.corrupt("'\(entry.name)' inflates to \(produced) bytes, not the \(entry.uncompressedSize) declared")
        }
        guard crc == entry.crc32 else { throw archive.corrupt("'\(entry.name)' fails its CRC-32 check") }
    }
}
