/// VNI-Windows: the font encoding of the `VNI-…` fonts (`VNI-Times`), two bytes per accented
/// vowel: the base letter, then one byte naming its diacritic and tone.
///
/// ```
///  "Việt Nam"    = V i e ä t   N a m        e + ä (circumflex, dot below) = ệ
///  "Thái Nguyên" = T h a ù i   N g u y e â n
///  single bytes:   ñ Ñ = đ Đ    ô Ô = ơ Ơ    ö Ö = ư Ư    ì í æ ó ò = ì í ỉ ĩ ị    î = ỵ
/// ```
/// A lower-case base takes a mark byte from 0xE0–0xFF; a capital base takes the same mark
/// 0x20 lower (0xC0–0xDF), so "Vieät" and "VIEÄT" mirror each other. ơ and ư (single bytes)
/// take tone marks too: "ôù" = ớ. A mark byte that does not follow a base it fits is
/// decoded as Windows-1252, as the text looked in any other font.
///
/// Sources: the VNI-Windows code table as listed in `lamdao/xvnkb` `vni.h` and
/// `duydev/vietnamese-conversion` `src/charsets.ts` (VNI array); written here as the meaning of
/// each byte, not copied. `LegacyTableTests` checks every letter against an independent list.
enum VNIWindows {
    enum Shape { case none, circumflex, breve }

    /// What each lower-case mark byte adds to the base before it.
    static let marks: [UInt8: (shape: Shape, tone: VietnameseTone?)] = [
        0xF8: (.none, .grave), 0xFB: (.none, .hook), 0xF5: (.none, .tilde),        // ø û õ
        0xF9: (.none, .acute), 0xEF: (.none, .dot),                                // ù ï
        0xE2: (.circumflex, nil), 0xE0: (.circumflex, .grave), 0xE5: (.circumflex, .hook),  // â à å
        0xE3: (.circumflex, .tilde), 0xE1: (.circumflex, .acute), 0xE4: (.circumflex, .dot),  // ã á ä
        0xEA: (.breve, nil), 0xE8: (.breve, .grave), 0xFA: (.breve, .hook),        // ê è ú
        0xFC: (.breve, .tilde), 0xE9: (.breve, .acute), 0xEB: (.breve, .dot),      // ü é ë
    ]

    /// Lower-case bytes that are a whole letter by themselves.
    static let singles: [UInt8: Unicode.Scalar] = [
        0xF1: "đ", 0xF4: "ơ", 0xF6: "ư",
        0xEC: "ì", 0xED: "í", 0xE6: "ỉ", 0xF3: "ĩ", 0xF2: "ị",
        0xEE: "ỵ",
    ]

    /// The bases a mark byte may follow, as their lower-case byte and letter.
    static let bases: [UInt8: Unicode.Scalar] = [
        0x61: "a", 0x65: "e", 0x6F: "o", 0x75: "u", 0x79: "y", 0xF4: "ơ", 0xF6: "ư",
    ]

    /// Every byte's character when it stands alone.
    static let table: [UInt32] = {
        var table = (0...255).map { Windows1252.scalar(UInt8($0)) }
        for (byte, letter) in singles {
            table[Int(byte)] = letter.value
            table[Int(byte - 0x20)] = upper(letter).value
        }
        return table
    }()

    /// The letter a base byte and a mark byte make together (keyed `base << 8 | mark`).
    static let pairs: [UInt16: UInt32] = {
        var pairs: [UInt16: UInt32] = [:]
        for (baseByte, base) in bases {
            for (markByte, mark) in marks {
                switch mark.shape {
                case .circumflex where !["a", "e", "o"].contains(base): continue
                case .breve where base != "a": continue
                default: break
                }
                // ỵ is the single byte î, so "y" + dot below is no pair; nor is a bare ơ/ư + shape.
                if base == "y" && mark.tone == .dot { continue }
                var combining: [UInt32] = []
                if mark.shape == .circumflex { combining.append(0x0302) }
                if mark.shape == .breve { combining.append(0x0306) }
                if let tone = mark.tone { combining.append(tone.rawValue) }
                let lower = VietnameseTone.compose(base, combining)
                pairs[UInt16(baseByte) << 8 | UInt16(markByte)] = lower.value
                pairs[UInt16(baseByte - 0x20) << 8 | UInt16(markByte - 0x20)] = upper(lower).value
            }
        }
        return pairs
    }()

    /// For each byte, whether it may be the first of a pair (a decoder must see the next byte).
    static let isBase: [Bool] = (0...255).map { (b: Int) -> Bool in
        bases[UInt8(b)] != nil || (b & 0x20 == 0 && bases[UInt8(b | 0x20)] != nil)
    }

    static func upper(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let mapped = scalar.properties.uppercaseMapping.unicodeScalars
        guard mapped.count == 1, let single = mapped.first else { return scalar }
        return single
    }
}
