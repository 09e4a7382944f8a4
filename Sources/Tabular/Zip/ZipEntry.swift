/// One file of a ZIP archive, as its central directory describes it (APPNOTE.TXT §4.3.12).
///
/// The central directory is the only record we trust for sizes and checksums: local headers
/// of entries written with a data descriptor (flag bit 3) carry zeroes there.
struct ZipEntry: Sendable, Hashable {
    /// Compression methods we inflate (APPNOTE §4.4.5).
    enum Method: Sendable, Hashable {
        case stored
        case deflated
        case other(UInt16)
    }

    /// The name as stored, with `\` turned into `/` (some Windows tools write those).
    var name: String
    var method: Method
    /// General purpose bit flags (APPNOTE §4.4.4); bit 0 = encrypted, bit 3 = data descriptor.
    var flags: UInt16
    var crc32: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    /// Offset of the local file header from the start of the file.
    var localHeaderOffset: Int

    var isEncrypted: Bool { flags & 1 != 0 }
}
