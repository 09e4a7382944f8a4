import Foundation

/// The canonical decomposition of the letters Vietnamese is written with, from a table:
/// a letter of Latin-1, Latin Extended-A/B or Latin Extended Additional whose decomposition
/// is one base letter (a–z, A–Z, đ, Đ) and at most two marks of U+0300–U+036F ("ệ" is
/// e + U+0323 + U+0302).
///
/// Folding and syllable checks decomposed every text through Foundation, which was a quarter
/// of `hiendien run` on a province quarter (the legacy-encoding survey of each file, the
/// header labels). The table is built once from Foundation's own decomposition, so the two
/// agree by construction; text with any other character (or a loose combining mark, whose
/// canonical reordering a per-letter table cannot do) goes the slow way (tests compare both).
enum SimpleDecomposition {
    /// Entries for U+00C0..<U+0250 then U+1E00..<U+1F00: the base in the low 16 bits, then
    /// each mark as (mark - 0x2FF) in 7 bits; 0 when the letter is not simple.
    private static let table: [UInt32] = {
        var table = [UInt32](repeating: 0, count: (0x250 - 0xC0) + 0x100)
        for (offset, value) in (Array(0xC0..<0x250) + Array(0x1E00..<0x1F00)).enumerated() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let parts = Array(String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars)
            guard let base = parts.first?.value, parts.count <= 3,
                  (0x41...0x5A).contains(base) || (0x61...0x7A).contains(base) || base == 0x110 || base == 0x111,
                  parts.dropFirst().allSatisfy({ (0x300...0x36F).contains($0.value) }) else { continue }
            var entry = base
            for (k, mark) in parts.dropFirst().enumerated() { entry |= (mark.value - 0x2FF) << (16 + 7 * UInt32(k)) }
            table[offset] = entry
        }
        return table
    }()

    /// The decomposition of `scalar` when it is a simple letter: its base, and its marks.
    @inline(__always)
    static func of(_ value: UInt32) -> (base: UInt32, mark1: UInt32, mark2: UInt32)? {
        let entry: UInt32
        if value >= 0xC0 && value < 0x250 {
            entry = table[Int(value - 0xC0)]
        } else if value >= 0x1E00 && value < 0x1F00 {
            entry = table[Int(value - 0x1E00) + (0x250 - 0xC0)]
        } else {
            return nil
        }
        guard entry != 0 else { return nil }
        let m1 = (entry >> 16) & 0x7F, m2 = (entry >> 23) & 0x7F
        return (entry & 0xFFFF, m1 == 0 ? 0 : m1 + 0x2FF, m2 == 0 ? 0 : m2 + 0x2FF)
    }

    /// The lower-case form of a base letter (ASCII or đ).
    @inline(__always)
    static func lower(_ base: UInt32) -> UInt32 {
        (0x41...0x5A).contains(base) ? base + 0x20 : base == 0x110 ? 0x111 : base
    }
}
