import Foundation
import Testing
@testable import Tabular

@Suite("ZIP archive")
struct ZipArchiveTests {
    @Test("entries inflate to their declared size and CRC")
    func inflate() throws {
        let archive = try ZipArchive(path: XLSXFixtures.path("openpyxl-hidden.xlsx"), limits: .default)
        let entry = try #require(archive.entry(named: "/xl/workbook.xml"))
        let bytes = try archive.contents(of: entry)
        #expect(bytes.count == entry.uncompressedSize)
        #expect(String(decoding: bytes, as: UTF8.self).contains("Hidden"))
    }

    @Test("a flipped byte in deflated data fails the CRC or the inflate")
    func corruption() throws {
        var data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: XLSXFixtures.path("cell-types.xlsx"))))
        let archive = try ZipArchive(path: XLSXFixtures.path("cell-types.xlsx"), limits: .default)
        let entry = try #require(archive.entry(named: "xl/worksheets/sheet1.xml"))
        let header = entry.localHeaderOffset
        let dataStart = header + 30 + Int(le16(data, header + 26)) + Int(le16(data, header + 28))
        data[dataStart + entry.compressedSize / 2] ^= 0x55
        let path = NSTemporaryDirectory() + "hiendien-corrupt-\(getpid()).xlsx"
        try Data(data).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let damaged = try ZipArchive(path: path, limits: .default)
        #expect { _ = try damaged.contents(of: entry) } throws: { ($0 as? ReadError)?.kind == .corrupt }
    }

    @Test("names that would escape a folder are unsafe", arguments: [
        ("../x", false), ("/etc/passwd", false), ("C:/x", false), ("a/../../b", false), ("xl/workbook.xml", true), ("a..b", true),
    ])
    func safeNames(name: String, safe: Bool) {
        #expect(ZipArchive.isSafe(name) == safe)
    }

    @Test("relationship targets resolve against the source part's folder")
    func targets() {
        #expect(OPCPackage.resolve("worksheets/sheet1.xml", from: "xl") == "xl/worksheets/sheet1.xml")
        #expect(OPCPackage.resolve("/xl/worksheets/sheet1.xml", from: "xl") == "xl/worksheets/sheet1.xml")
        #expect(OPCPackage.resolve("../xl/a.xml", from: "xl/sub") == "xl/xl/a.xml")
        #expect(OPCPackage.resolve("./b%20c.xml", from: "xl") == "xl/b c.xml")
    }
}
