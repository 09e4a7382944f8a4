/// A ZIP archive opened for reading entries one at a time (PKWARE APPNOTE.TXT 6.3).
///
/// ```
///  [local header | data]* ... [central directory entries] [zip64 EOCD, locator]? [EOCD + comment]
///                               ▲ read whole, once                               ▲ found by scanning
///                                                                                  backwards from the end
/// ```
/// Opening reads only the end records and the central directory; entry data is read later,
/// with `pread`, by ``ZipEntryStream``. Every size and offset is checked against the file's
/// size before it is used, so a truncated or hostile archive is a ``ReadError`` (`corrupt`,
/// `limitExceeded`, `encrypted`), never a crash or a large allocation.
final class ZipArchive {
    let path: String
    let file: FileDescriptor
    let fileSize: Int
    let limits: ReadLimits
    private(set) var entries: [ZipEntry] = []
    /// Entry index by lower-cased name (OPC part names compare case-insensitively, Part 2 §9.1.1.1.2).
    private var byName: [String: Int] = [:]
    /// Bytes inflated so far and counted against ``ReadLimits/maxInflatedBytes``.
    var inflatedBytes = 0

    /// Most entries an archive may list; a workbook has tens, rarely thousands.
    static let maxEntries = 65_535 * 4
    /// Largest central directory we read into memory.
    static let maxCentralDirectoryBytes = 64 << 20

    init(path: String, limits: ReadLimits) throws(ReadError) {
        self.path = path
        self.limits = limits
        self.file = try FileDescriptor(readingFrom: path)
        self.fileSize = file.size()
        try readCentralDirectory()
    }

    /// The entry called `name` (a part name, with or without its leading `/`), compared
    /// case-insensitively; nil when the archive has none.
    func entry(named name: String) -> ZipEntry? {
        var key = Substring(name)
        while key.first == "/" { key = key.dropFirst() }
        return byName[key.lowercased()].map { entries[$0] }
    }

    /// A stream of the inflated bytes of `entry`.
    func open(_ entry: ZipEntry) throws(ReadError) -> ZipEntryStream {
        try ZipEntryStream(archive: self, entry: entry)
    }

    /// The whole inflated content of a small entry (at most `maxBytes`).
    func contents(of entry: ZipEntry, maxBytes: Int = 64 << 20) throws(ReadError) -> [UInt8] {
        guard entry.uncompressedSize <= maxBytes else {
            throw ReadError(.limitExceeded, subject: path, detail: "\(entry.name) is larger than \(maxBytes) bytes")
        }
        var stream = try open(entry)
        var out = [UInt8](repeating: 0, count: entry.uncompressedSize + 1)
        var filled = 0
        var failure: ReadError?
        out.withUnsafeMutableBytes { raw in
            while filled < raw.count {
                do throws(ReadError) {
                    let n = try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...]))
                    if n == 0 { return }
                    filled += n
                } catch {
                    failure = error
                    return
                }
            }
        }
        if let failure { throw failure }
        out.removeSubrange(filled...)
        return out
    }

    func corrupt(_ detail: String) -> ReadError {
        ReadError(.corrupt, subject: path, detail: detail)
    }

    /// Reads up to `count` bytes at `offset`.
    func bytes(at offset: Int, count: Int) throws(ReadError) -> [UInt8] {
        guard offset >= 0, count >= 0, offset <= fileSize else { throw corrupt("offset \(offset) is past the end of the file") }
        var buffer = [UInt8](repeating: 0, count: min(count, fileSize - offset))
        var result: Result<Int, ReadError> = .success(0)
        buffer.withUnsafeMutableBytes { raw in
            do throws(ReadError) { result = .success(try file.read(into: raw, at: offset)) } catch { result = .failure(error) }
        }
        let n = try result.get()
        if n < buffer.count { buffer.removeSubrange(n...) }
        return buffer
    }

    // MARK: Central directory

    private func readCentralDirectory() throws(ReadError) {
        // The EOCD record is 22 bytes plus a comment of at most 65535 bytes (APPNOTE §4.3.16).
        let tailCount = min(fileSize, 22 + 65_535)
        let tailStart = fileSize - tailCount
        let tail = try bytes(at: tailStart, count: tailCount)
        var eocd = -1
        var i = tail.count - 22
        while i >= 0 {
            if tail[i] == 0x50 && tail[i + 1] == 0x4B && tail[i + 2] == 5 && tail[i + 3] == 6 {
                let commentLength = Int(le16(tail, i + 20))
                // A real EOCD's comment ends at (or, with trailing junk, before) the end of file.
                if i + 22 + commentLength <= tail.count { eocd = i; break }
            }
            i -= 1
        }
        guard eocd >= 0 else {
            throw corrupt("no end of central directory record: the file is truncated or not a ZIP archive")
        }
        var count = Int(le16(tail, eocd + 10))
        var cdSize = Int(le32(tail, eocd + 12))
        var cdOffset = Int(le32(tail, eocd + 16))
        let eocdOffset = tailStart + eocd
        if count == 0xFFFF || cdSize == 0xFFFF_FFFF || cdOffset == 0xFFFF_FFFF {
            (count, cdSize, cdOffset) = try readZip64End(eocdOffset: eocdOffset)
        }
        guard count <= Self.maxEntries else {
            throw ReadError(.limitExceeded, subject: path, detail: "more than \(Self.maxEntries) ZIP entries")
        }
        guard cdSize <= Self.maxCentralDirectoryBytes else {
            throw ReadError(.limitExceeded, subject: path, detail: "central directory larger than \(Self.maxCentralDirectoryBytes) bytes")
        }
        guard cdOffset >= 0, cdOffset + cdSize <= eocdOffset else {
            throw corrupt("the central directory lies outside the file")
        }
        let directory = try bytes(at: cdOffset, count: cdSize)
        guard directory.count == cdSize else { throw corrupt("the central directory is truncated") }
        entries.reserveCapacity(count)
        var at = 0
        for _ in 0..<count {
            guard at + 46 <= directory.count, le32(directory, at) == 0x0201_4B50 else {
                throw corrupt("central directory entry \(entries.count + 1) is damaged")
            }
            let flags = le16(directory, at + 8)
            let method = le16(directory, at + 10)
            let crc = le32(directory, at + 16)
            var compressed = Int(le32(directory, at + 20))
            var uncompressed = Int(le32(directory, at + 24))
            let nameLength = Int(le16(directory, at + 28))
            let extraLength = Int(le16(directory, at + 30))
            let commentLength = Int(le16(directory, at + 32))
            var localOffset = Int(le32(directory, at + 42))
            let nameStart = at + 46
            let extraStart = nameStart + nameLength
            let next = extraStart + extraLength + commentLength
            guard next <= directory.count else { throw corrupt("central directory entry \(entries.count + 1) is truncated") }
            // ZIP64 extended information (APPNOTE §4.5.3): present fields follow in a fixed order.
            var e = extraStart
            while e + 4 <= extraStart + extraLength {
                let id = le16(directory, e)
                let size = Int(le16(directory, e + 2))
                var field = e + 4
                let fieldEnd = min(field + size, extraStart + extraLength)
                if id == 0x0001 {
                    if uncompressed == 0xFFFF_FFFF, field + 8 <= fieldEnd { uncompressed = Int(truncatingIfNeeded: le64(directory, field)); field += 8 }
                    if compressed == 0xFFFF_FFFF, field + 8 <= fieldEnd { compressed = Int(truncatingIfNeeded: le64(directory, field)); field += 8 }
                    if localOffset == 0xFFFF_FFFF, field + 8 <= fieldEnd { localOffset = Int(truncatingIfNeeded: le64(directory, field)) }
                }
                e += 4 + size
            }
            let name = Self.normalisedName(directory[nameStart..<extraStart])
            guard Self.isSafe(name) else { throw corrupt("unsafe entry name '\(name)' (absolute path or '..')") }
            guard compressed >= 0, uncompressed >= 0, localOffset >= 0, localOffset < cdOffset,
                  compressed <= cdOffset - localOffset else {
                throw corrupt("entry '\(name)' has sizes or an offset outside the file")
            }
            let kind: ZipEntry.Method = method == 0 ? .stored : method == 8 ? .deflated : .other(method)
            let key = name.lowercased()
            if !name.hasSuffix("/") {
                guard byName[key] == nil else { throw corrupt("the entry '\(name)' appears twice") }
                byName[key] = entries.count
            }
            entries.append(ZipEntry(name: name, method: kind, flags: flags, crc32: crc, compressedSize: compressed,
                                    uncompressedSize: uncompressed, localHeaderOffset: localOffset))
            at = next
        }
    }

    /// Reads the ZIP64 end of central directory record through its locator (APPNOTE §4.3.14–15).
    private func readZip64End(eocdOffset: Int) throws(ReadError) -> (Int, Int, Int) {
        guard eocdOffset >= 20 else { throw corrupt("ZIP64 locator missing") }
        let locator = try bytes(at: eocdOffset - 20, count: 20)
        guard locator.count == 20, le32(locator, 0) == 0x0706_4B50 else { throw corrupt("ZIP64 locator missing") }
        let recordOffset = Int(truncatingIfNeeded: le64(locator, 8))
        guard recordOffset >= 0, recordOffset + 56 <= eocdOffset else { throw corrupt("ZIP64 end record outside the file") }
        let record = try bytes(at: recordOffset, count: 56)
        guard record.count == 56, le32(record, 0) == 0x0606_4B50 else { throw corrupt("ZIP64 end record damaged") }
        let count = le64(record, 32)
        let size = le64(record, 40)
        let offset = le64(record, 48)
        guard count < UInt64(Int.max), size < UInt64(Int.max), offset < UInt64(Int.max) else {
            throw corrupt("ZIP64 end record out of range")
        }
        return (Int(count), Int(size), Int(offset))
    }

    /// The entry name as text, `\` read as `/` (names are UTF-8 in OOXML; other bytes are kept
    /// as U+FFFD, which never matches a part name).
    static func normalisedName(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\\", with: "/")
    }

    /// False for names that would escape a folder if extracted: absolute paths, drive letters
    /// and `..` segments. We never extract, but an archive that holds such names is hostile.
    static func isSafe(_ name: String) -> Bool {
        if name.hasPrefix("/") { return false }
        let utf8 = Array(name.utf8)
        if utf8.count >= 2 && utf8[1] == UInt8(ascii: ":") { return false }
        return !name.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }
}

@inline(__always) func le16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
@inline(__always) func le32(_ b: [UInt8], _ i: Int) -> UInt32 { UInt32(le16(b, i)) | UInt32(le16(b, i + 2)) << 16 }
@inline(__always) func le64(_ b: [UInt8], _ i: Int) -> UInt64 { UInt64(le32(b, i)) | UInt64(le32(b, i + 4)) << 32 }
