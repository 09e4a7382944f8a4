import Foundation
import Testing
@testable import Tabular

/// Paths of the committed legacy fixtures (made by scripts/make-legacy-fixtures.py).
enum LegacyFixtures {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/legacy")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static func bytes(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: folder.appendingPathComponent(name))) }

    /// Rows of a fixture's tab-separated lines, without comments.
    static func table(_ name: String) throws -> [[String]] {
        String(decoding: try bytes(name), as: UTF8.self).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t").map(String.init) }
    }

    static func hex(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        var chars = Array(text.utf8)[...]
        while chars.count >= 2 {
            out.append(UInt8(String(decoding: chars.prefix(2), as: UTF8.self), radix: 16) ?? 0)
            chars = chars.dropFirst(2)
        }
        return out
    }
}

/// One line of letters.tsv: a letter and its bytes in each legacy encoding.
struct LetterLine: CustomTestStringConvertible, Sendable {
    var letter: String
    var windows1258: [UInt8]
    var tcvn3: [UInt8]?
    var vni: [UInt8]
    var testDescription: String { letter }

    static let all: [LetterLine] = ((try? LegacyFixtures.table("letters.tsv")) ?? []).map { f in
        LetterLine(letter: f[0], windows1258: LegacyFixtures.hex(f[1]),
                   tcvn3: f[2] == "-" ? nil : LegacyFixtures.hex(f[2]), vni: LegacyFixtures.hex(f[3]))
    }
}

@Suite("Legacy Vietnamese tables")
struct LegacyTableTests {
    @Test("letters.tsv lists every vowel with every tone, both cases, and đ Đ")
    func everyLetterListed() {
        #expect(LetterLine.all.count == 12 * 6 * 2 + 2)
        #expect(Set(LetterLine.all.map(\.letter)).count == LetterLine.all.count)
    }

    @Test("Windows-1258 decodes every letter as Python's cp1258 encodes it", arguments: LetterLine.all)
    func windows1258Letter(_ line: LetterLine) {
        #expect(LegacyVietnamese.decode(line.windows1258, as: .windows1258) == line.letter)
    }

    @Test("TCVN3 decodes every letter VN3 has as glibc iconv encodes it", arguments: LetterLine.all)
    func tcvn3Letter(_ line: LetterLine) throws {
        guard let bytes = line.tcvn3 else {
            // VN3 has no capitals with tone marks, nor Ă Â Ê Ô Ơ Ư beyond the base letters.
            #expect(line.letter.uppercased() == line.letter)
            return
        }
        #expect(LegacyVietnamese.decode(bytes, as: .tcvn3) == line.letter)
    }

    @Test("a .VnTimeH capital is the lower-case code decoded and upper-cased", arguments: LetterLine.all)
    func tcvn3Capital(_ line: LetterLine) throws {
        guard line.letter.lowercased() == line.letter, let bytes = line.tcvn3 else { return }
        #expect(LegacyVietnamese.decode(bytes, as: .tcvn3).uppercased() == line.letter.uppercased())
    }

    @Test("VNI-Windows decodes every letter as the public VNI table writes it", arguments: LetterLine.all)
    func vniLetter(_ line: LetterLine) {
        #expect(LegacyVietnamese.decode(line.vni, as: .vniWindows) == line.letter)
        // Followed by a consonant, as in a word, and split from its mark across chunks.
        var output: [UInt8] = []
        let word = line.vni + [UInt8(ascii: "n")]
        var consumed = 0
        word.withUnsafeBytes { raw in
            consumed = LegacyVietnamese.transcode(UnsafeRawBufferPointer(rebasing: raw[0..<1]), from: .vniWindows,
                                                  isFinal: false, into: &output)
            consumed += LegacyVietnamese.transcode(UnsafeRawBufferPointer(rebasing: raw[consumed...]), from: .vniWindows,
                                                   isFinal: true, into: &output)
        }
        #expect(consumed == word.count)
        #expect(String(decoding: output, as: UTF8.self) == line.letter + "n")
    }

    @Test("the Windows-1258 table matches Python's cp1258 codec on every byte")
    func windows1258EveryByte() throws {
        let lines = try LegacyFixtures.table("cp1258.tsv")
        #expect(lines.count == 128)
        for line in lines {
            let byte = Int(line[0], radix: 16) ?? 0
            let expected = line[1] == "-" ? UInt32(byte) : UInt32(line[1], radix: 16) ?? 0
            #expect(Windows1258.table[byte] == expected, "byte \(line[0])")
        }
        for byte in 0..<0x80 { #expect(Windows1258.table[byte] == UInt32(byte)) }
    }

    @Test("TCVN3 gives 60 toned lower-case vowels and 14 plain letters each their own byte")
    func tcvn3Coverage() {
        let bytes = TCVN3.vowels.flatMap(\.bytes) + TCVN3.letters.keys
        #expect(bytes.count == 12 * 5 + 14)
        #expect(Set(bytes).count == bytes.count)
        #expect(Set(bytes.map { TCVN3.table[Int($0)] }).count == bytes.count)
    }

    @Test("the seven shaped vowels and đ come from their documented bytes", arguments: [
        (0xA8, "ă"), (0xA9, "â"), (0xAA, "ê"), (0xAB, "ô"), (0xAC, "ơ"), (0xAD, "ư"), (0xAE, "đ"),
        (0xA1, "Ă"), (0xA2, "Â"), (0xA3, "Ê"), (0xA4, "Ô"), (0xA5, "Ơ"), (0xA6, "Ư"), (0xA7, "Đ"),
    ])
    func tcvn3Letters(byte: Int, letter: String) {
        #expect(LegacyVietnamese.decode([UInt8(byte)], as: .tcvn3) == letter)
    }

    @Test("sentences decode to NFC in each encoding")
    func sentences() {
        #expect(LegacyVietnamese.decode(Array("Th¸i Nguyªn".unicodeScalars.map { UInt8($0.value) }), as: .tcvn3) == "Thái Nguyên")
        #expect(LegacyVietnamese.decode(Array("Vieät Nam".unicodeScalars.map { UInt8($0.value) }), as: .vniWindows) == "Việt Nam")
        let cp1258: [UInt8] = [0x56, 0x69, 0xEA, 0xF2, 0x74, 0x20, 0x4E, 0x61, 0x6D]
        let decoded = LegacyVietnamese.decode(cp1258, as: .windows1258)
        #expect(decoded == "Việt Nam")
        #expect(Array(decoded.utf8) == Array("Vi\u{1EC7}t Nam".utf8))
    }
}
