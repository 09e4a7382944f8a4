/// Builds a small ZIP archive in memory (PKWARE APPNOTE.TXT 6.3), the writing side of
/// ``ZipArchive``.
///
/// ```
///  offset 0                                                         end
///  [local header 1 | data 1] [local header 2 | data 2] … [central directory 1, 2, …] [EOCD]
///   ▲ 30 bytes + name        sizes and CRC known up front, so no data descriptors (flag bit 3)
/// ```
/// Every entry is compressed before its local header is written, so the header carries the
/// real CRC-32 and sizes and the archive needs no data descriptors. Entries keep the order they
/// were added in (OPC readers expect `[Content_Types].xml` first, Part 2 §10.1.2 recommends it).
///
/// The output is deterministic: every entry gets the same DOS timestamp (1980-01-01 00:00, the
/// earliest DOS date), the "made by" and attribute fields are constants, and deflate runs with
/// fixed settings, so the same entries give a byte-identical archive.
///
/// Limits: no ZIP64. An archive of this writer holds fewer than 65 535 entries and every size
/// and offset stays below 4 GiB; the templates it writes are a few KiB. Going past those is a
/// bug of the caller and stops with a `precondition`.
public struct ZipWriter: Sendable {
    /// How an entry's bytes are stored (APPNOTE §4.4.5).
    public enum Method: UInt16, Sendable {
        /// Method 0: the bytes as they are.
        case stored = 0
        /// Method 8: raw DEFLATE (RFC 1951).
        case deflated = 8
    }

    private struct Written {
        var name: [UInt8]
        var method: Method
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
    }

    private var output: [UInt8] = []
    private var written: [Written] = []
    private var names: Set<[UInt8]> = []

    /// MS-DOS time 00:00:00 (APPNOTE §4.4.6).
    static let dosTime: UInt16 = 0
    /// MS-DOS date 1980-01-01: (year − 1980) << 9 | month << 5 | day.
    static let dosDate: UInt16 = 1 << 5 | 1
    /// Version 2.0: needed for deflate and for folders (APPNOTE §4.4.3.2).
    static let version: UInt16 = 20
    /// General purpose flag bit 11: the name is UTF-8 (APPNOTE §4.4.4, Appendix D).
    static let utf8Flag: UInt16 = 1 << 11
    /// The largest size or offset a record without ZIP64 fields can carry.
    static let maxSize = Int(UInt32.max) - 1

    public init() {}

    /// Appends an entry called `name` (a path with `/` separators, no leading `/`) holding `bytes`.
    ///
    /// Deflated entries that would not get smaller are stored instead, as zip tools do.
    /// - Precondition: `name` is new, relative and free of `..`; the archive stays within the
    ///   limits above.
    public mutating func add(_ name: String, _ bytes: [UInt8], method: Method = .deflated) {
        let nameBytes = Array(name.utf8)
        precondition(!nameBytes.isEmpty && nameBytes.count <= 0xFFFF, "ZIP entry name length out of range")
        precondition(ZipArchive.isSafe(name), "unsafe ZIP entry name '\(name)'")
        precondition(names.insert(nameBytes).inserted, "ZIP entry '\(name)' added twice")
        precondition(written.count < 0xFFFF, "too many ZIP entries for an archive without ZIP64")
        precondition(bytes.count <= Self.maxSize, "ZIP entry '\(name)' is too large for an archive without ZIP64")

        var method = method
        var data = bytes
        if method == .deflated {
            let deflated = ZipWriterDeflater.deflate(bytes)
            if deflated.count < bytes.count { data = deflated } else { method = .stored }
        }
        let crc = bytes.withUnsafeBytes { zipCRC32(0, $0) }
        let offset = output.count
        precondition(offset + 30 + nameBytes.count + data.count <= Self.maxSize, "ZIP archive too large without ZIP64")
        let entry = Written(name: nameBytes, method: method, crc32: crc, compressedSize: data.count,
                            uncompressedSize: bytes.count, localHeaderOffset: offset)

        // Local file header (APPNOTE §4.3.7).
        put32(0x0403_4B50)
        put16(Self.version)
        put16(flags(for: nameBytes))
        put16(method.rawValue)
        put16(Self.dosTime)
        put16(Self.dosDate)
        put32(crc)
        put32(UInt32(data.count))
        put32(UInt32(bytes.count))
        put16(UInt16(nameBytes.count))
        put16(0)  // extra field length
        output.append(contentsOf: nameBytes)
        output.append(contentsOf: data)
        written.append(entry)
    }

    /// Appends the central directory and the end record, and returns the archive's bytes.
    public consuming func finish() -> [UInt8] {
        let directoryOffset = output.count
        for entry in written {
            // Central directory file header (APPNOTE §4.3.12).
            put32(0x0201_4B50)
            put16(Self.version)  // made by: MS-DOS (upper byte 0), version 2.0
            put16(Self.version)  // needed to extract
            put16(flags(for: entry.name))
            put16(entry.method.rawValue)
            put16(Self.dosTime)
            put16(Self.dosDate)
            put32(entry.crc32)
            put32(UInt32(entry.compressedSize))
            put32(UInt32(entry.uncompressedSize))
            put16(UInt16(entry.name.count))
            put16(0)  // extra field length
            put16(0)  // comment length
            put16(0)  // disk number start
            put16(0)  // internal attributes
            put32(0)  // external attributes
            put32(UInt32(entry.localHeaderOffset))
            output.append(contentsOf: entry.name)
        }
        let directorySize = output.count - directoryOffset
        precondition(output.count <= Self.maxSize, "ZIP archive too large without ZIP64")
        // End of central directory record (APPNOTE §4.3.16).
        put32(0x0605_4B50)
        put16(0)  // this disk
        put16(0)  // disk with the central directory
        put16(UInt16(written.count))
        put16(UInt16(written.count))
        put32(UInt32(directorySize))
        put32(UInt32(directoryOffset))
        put16(0)  // comment length
        return output
    }

    private func flags(for name: [UInt8]) -> UInt16 {
        name.allSatisfy { $0 < 0x80 } ? 0 : Self.utf8Flag
    }

    private mutating func put16(_ value: UInt16) {
        output.append(UInt8(truncatingIfNeeded: value))
        output.append(UInt8(truncatingIfNeeded: value >> 8))
    }

    private mutating func put32(_ value: UInt32) {
        put16(UInt16(truncatingIfNeeded: value))
        put16(UInt16(truncatingIfNeeded: value >> 16))
    }
}
