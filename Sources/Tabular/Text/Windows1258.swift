/// Windows-1258, Microsoft's Vietnamese code page: Latin-1 with a few letters replaced
/// (Ă ă Đ đ Ơ ơ Ư ư ₫) and the five tone marks as combining characters that follow the vowel.
///
/// ```
///  "Việt" = 56 69 EA F2 74      V  i  ê  ◌̣  t      (ê precomposed, dot below combining)
///  "Thái" = 54 68 E1 69         á is still Latin-1's precomposed 0xE1
/// ```
/// Decoding yields the combining marks as they are; callers put the text in NFC.
///
/// Source: the Unicode Consortium's `MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1258.TXT` (bytes 0x80–0x9F
/// as Windows-1252, except the undefined 0x8A, 0x8E, 0x9A, 0x9E, which like 0x81, 0x8D, 0x8F, 0x90
/// and 0x9D map to the C1 control of the same value). Cross-checked byte by byte against
/// Python's `cp1258` codec by `scripts/make-legacy-fixtures.py` and `LegacyTableTests`.
enum Windows1258 {
    /// Bytes 0xC0–0xFF that differ from Latin-1.
    static let changed: [UInt8: UInt32] = [
        0xC3: 0x0102,  // Ă
        0xCC: 0x0300,  // combining grave (huyền)
        0xD0: 0x0110,  // Đ
        0xD2: 0x0309,  // combining hook above (hỏi)
        0xD5: 0x01A0,  // Ơ
        0xDD: 0x01AF,  // Ư
        0xDE: 0x0303,  // combining tilde (ngã)
        0xE3: 0x0103,  // ă
        0xEC: 0x0301,  // combining acute (sắc)
        0xF0: 0x0111,  // đ
        0xF2: 0x0323,  // combining dot below (nặng)
        0xF5: 0x01A1,  // ơ
        0xFD: 0x01B0,  // ư
        0xFE: 0x20AB,  // ₫
    ]

    /// Every byte's character.
    static let table: [UInt32] = (0...255).map { (b: Int) -> UInt32 in
        let byte = UInt8(b)
        switch byte {
        case 0x8A, 0x8E, 0x9A, 0x9E: return UInt32(byte)
        case 0x80..<0xA0: return Windows1252.scalar(byte)
        default: return changed[byte] ?? UInt32(byte)
        }
    }
}
