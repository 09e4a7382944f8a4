import Testing
@testable import Tabular

/// The one-pass check the CSV reader uses to skip repair and normalisation.
@Suite("Clean UTF-8 check")
struct CleanUTF8Tests {
    /// The two checks it replaces: valid UTF-8, and no combining mark.
    static func reference(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { UTF8Validation.firstInvalidOffset(in: $0) == nil && !TextChecks.hasCombiningMarks($0) }
    }

    @Test func agreesWithValidationAndTheCombiningMarkTest() {
        // Bytes that matter: ASCII, leads of every length, continuations, 0xCC/0xCD, never-valid bytes.
        let alphabet: [UInt8] = [0x41, 0x20, 0x2C, 0x0A, 0xC2, 0xC3, 0xC4, 0xC6, 0xDF, 0xCC, 0xCD, 0xE0, 0xE1, 0xBA, 0xBB,
                                 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0x80, 0x91, 0xA0, 0xBF, 0xC0, 0xC1, 0xFF, 0x9F]
        var seed: UInt64 = 0x1234_5678_9ABC_DEF1
        func next() -> Int {
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
            return Int(truncatingIfNeeded: seed >> 1)
        }
        var clean = 0
        for _ in 0..<50_000 {
            let bytes = (0..<(next() % 24)).map { _ in alphabet[next() % alphabet.count] }
            let expected = Self.reference(bytes)
            if expected { clean += 1 }
            #expect(bytes.withUnsafeBytes { TextChecks.isCleanUTF8($0) } == expected, "\(bytes)")
            #expect(bytes.withUnsafeBytes { TextChecks.isCleanUTF8Bytewise($0) } == expected, "\(bytes)")
        }
        #expect(clean > 1_000)  // the random cases include clean ones, not only broken ones
    }

    /// Longer text made of whole characters (ASCII, two- and three-byte letters, a rare one)
    /// with one byte sometimes changed: sequences that cross the eight-byte words every way.
    @Test func agreesOnLongTextAcrossWords() {
        let common: [[UInt8]] = ["a", ",", "ư", "Đ", "ạ", "ờ", "ữ", "ế", "0", " "].map { Array($0.utf8) }
        let rare: [[UInt8]] = ["\u{0300}", "€", "😀", "\u{D7FF}", "\u{E000}", "\u{0800}"].map { Array($0.utf8) }
        let damage: [UInt8] = [0x80, 0xBF, 0xC3, 0xE1, 0xCC, 0x41, 0xF4, 0xC1, 0xED, 0xE0]
        var seed: UInt64 = 0x0F1E_2D3C_4B5A_6978
        func next() -> Int {
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
            return Int(truncatingIfNeeded: seed >> 1)
        }
        var clean = 0, broken = 0
        for _ in 0..<40_000 {
            var bytes = (0..<(next() % 40)).flatMap { _ in next() % 40 == 0 ? rare[next() % rare.count] : common[next() % common.count] }
            if !bytes.isEmpty && next() % 2 == 0 { bytes[next() % bytes.count] = damage[next() % damage.count] }
            let expected = Self.reference(bytes)
            if expected { clean += 1 } else { broken += 1 }
            #expect(bytes.withUnsafeBytes { TextChecks.isCleanUTF8($0) } == expected, "\(bytes)")
        }
        #expect(clean > 5_000 && broken > 5_000)
    }

    @Test func vietnameseTextIsCleanAndDecomposedTextIsNot() {
        let composed = "Trường Đại học Sư phạm - Đại học Thái Nguyên, 18/07/2026"
        let decomposed = "Tru\u{031B}\u{0300}o\u{031B}ng"
        #expect(Array(composed.utf8).withUnsafeBytes { TextChecks.isCleanUTF8($0) })
        #expect(!Array(decomposed.utf8).withUnsafeBytes { TextChecks.isCleanUTF8($0) })
        #expect(![0x41, 0xE1, 0xBA].withUnsafeBytes { TextChecks.isCleanUTF8($0) })  // cut at the end
    }
}

/// The tokenizer's eight-bytes-at-a-time search for the end of an unquoted field.
@Suite("CSV special-byte search")
struct SpecialBytesTests {
    @Test func theLowestMarkIsTheFirstSpecialByte() {
        let specials: [UInt8] = [0x2C, 0x0A, 0x0D, 0x22]
        var seed: UInt64 = 0xDEAD_BEEF_CAFE_F00D
        for _ in 0..<20_000 {
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
            // Bytes around the specials (0x21–0x23, 0x09–0x0E, 0x2B–0x2D) and borrows (0x00, 0x01, 0xFF).
            let pool: [UInt8] = [0x2C, 0x0A, 0x0D, 0x22, 0x21, 0x23, 0x2B, 0x2D, 0x09, 0x0B, 0x00, 0x01, 0xFF, 0x41, 0xC3]
            let bytes = (0..<8).map { k in pool[Int((seed >> UInt64(k * 5)) & 0xFF) % pool.count] }
            let word = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
            let mask = CSVTokenizer.specialBytes(word, delimiter: 0x2C2C_2C2C_2C2C_2C2C)
            let first = bytes.firstIndex { specials.contains($0) }
            #expect((mask == 0 ? nil : mask.trailingZeroBitCount >> 3) == first, "\(bytes)")
        }
    }
}
