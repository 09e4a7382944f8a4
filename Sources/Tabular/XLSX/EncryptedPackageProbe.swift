/// Tells a password-protected OOXML workbook from a binary `.xls`: both are OLE2 compound
/// files ([MS-CFB]), but an encrypted package holds `EncryptionInfo` and `EncryptedPackage`
/// streams ([MS-OFFCRYPTO] §2.3.4.1) instead of a `Workbook` or `Book` stream.
enum EncryptedPackageProbe {
    /// True when the compound file's directory names an `EncryptedPackage` stream.
    ///
    /// Reads the header and the first directory sectors only (the root storage's streams are
    /// listed there in every file we have seen).
    static func isEncryptedPackage(path: String) -> Bool {
        guard let file = try? FileDescriptor(readingFrom: path) else { return false }
        var header = [UInt8](repeating: 0, count: 512)
        let n = header.withUnsafeMutableBytes { (try? file.read(into: $0, at: 0)) ?? 0 }
        guard n == 512 else { return false }
        let shift = Int(le16(header, 0x1E))
        guard shift == 9 || shift == 12 else { return false }
        let sectorSize = 1 << shift
        let firstDirectorySector = Int(le32(header, 0x30))
        guard firstDirectorySector < 0xFFFF_FFFA else { return false }
        let offset = (firstDirectorySector + 1) * sectorSize
        var directory = [UInt8](repeating: 0, count: sectorSize * 4)
        let got = directory.withUnsafeMutableBytes { (try? file.read(into: $0, at: offset)) ?? 0 }
        guard got > 0 else { return false }
        let needle = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let haystack = directory[..<got]
        guard haystack.count >= needle.count else { return false }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if Array(haystack[i..<(i + needle.count)]) == needle { return true }
        }
        return false
    }
}
