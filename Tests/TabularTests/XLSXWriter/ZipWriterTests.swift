import Foundation
import Testing
import TestSupport
@testable import Tabular

/// The ZIP writer's archives read back with our own ``ZipArchive`` (and so with any reader
/// that follows APPNOTE), byte-identical from one run to the next.
@Suite("ZipWriter")
struct ZipWriterTests {
    static func write(_ bytes: [UInt8]) throws -> String {
        let path = try Repository.temporaryDirectory("zipwriter") + "/a.zip"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static let text = Array(String(repeating: "<row r=\"1\"><c t=\"inlineStr\"><is><t>Mã số thuế</t></is></c></row>", count: 200).utf8)

    @Test("stored and deflated entries read back with their names, methods, sizes and CRC-32")
    func roundTrip() throws {
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Self.text, method: .deflated)
        zip.add("xl/stored.bin", [1, 2, 3, 4], method: .stored)
        zip.add("xl/empty.xml", [], method: .deflated)
        zip.add("tên/tệp.xml", Array("chữ".utf8))
        let archive = try ZipArchive(path: try Self.write(zip.finish()), limits: .default)
        #expect(archive.entries.map(\.name) == ["[Content_Types].xml", "xl/stored.bin", "xl/empty.xml", "tên/tệp.xml"])
        let first = try #require(archive.entry(named: "[Content_Types].xml"))
        #expect(first.method == .deflated)
        #expect(first.compressedSize < first.uncompressedSize / 10)
        #expect(try archive.contents(of: first) == Self.text)
        #expect(first.crc32 == Self.text.withUnsafeBytes { zipCRC32(0, $0) })
        let stored = try #require(archive.entry(named: "xl/stored.bin"))
        #expect(stored.method == .stored)
        #expect(try archive.contents(of: stored) == [1, 2, 3, 4])
        let empty = try #require(archive.entry(named: "xl/empty.xml"))
        #expect(try archive.contents(of: empty) == [])
        let vietnamese = try #require(archive.entry(named: "tên/tệp.xml"))
        #expect(vietnamese.flags & (1 << 11) != 0, "a UTF-8 name sets general purpose bit 11")
        #expect(try archive.contents(of: vietnamese) == Array("chữ".utf8))
        #expect(first.flags & (1 << 11) == 0, "an ASCII name leaves bit 11 clear")
    }

    @Test("data that deflate cannot shrink is stored")
    func incompressibleIsStored() throws {
        var generator = SystemRandomNumberGenerator()
        let noise = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        var zip = ZipWriter()
        zip.add("noise.bin", noise)
        let archive = try ZipArchive(path: try Self.write(zip.finish()), limits: .default)
        let entry = try #require(archive.entries.first)
        #expect(entry.method == .stored)
        #expect(try archive.contents(of: entry) == noise)
    }

    @Test("the same entries give byte-identical archives with the fixed 1980-01-01 timestamp")
    func deterministic() throws {
        func make() -> [UInt8] {
            var zip = ZipWriter()
            zip.add("a.xml", Self.text)
            zip.add("b.xml", Array("b".utf8), method: .stored)
            return zip.finish()
        }
        let bytes = make()
        #expect(bytes == make())
        // Local header: signature, then time at offset 10 and date at offset 12.
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(Array(bytes[10..<14]) == [0x00, 0x00, 0x21, 0x00])
        // End of central directory: two entries, no comment.
        let eocd = Array(bytes.suffix(22))
        #expect(Array(eocd[0..<4]) == [0x50, 0x4B, 0x05, 0x06])
        #expect(Array(eocd[8..<12]) == [2, 0, 2, 0])
    }
}
