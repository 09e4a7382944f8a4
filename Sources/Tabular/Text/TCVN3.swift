/// TCVN3 (ABC): the one-byte font encoding of TCVN 5712:1993 "VN3", used by the `.Vn…` fonts
/// (`.VnTime`, `.VnArial`) that Vietnamese offices typed in before Unicode.
///
/// VN3 is the subset of VN1 without capitals carrying tone marks. Lower-case letters sit in
/// 0xA8–0xFE, grouped by vowel in the tone order huyền, hỏi, ngã, sắc, nặng (grave, hook
/// above, tilde, acute, dot below); the only capitals are the seven base letters in 0xA1–0xA7.
///
/// ```
///  "Thái Nguyên" = 54 68 B8 69 20 4E 67 75 79 AA 6E     seen in Windows as  "Th¸i Nguyªn"
///  ư = 0xAD, the soft hyphen: invisible in Windows-1252 text
/// ```
/// Capitals came from the companion fonts (`.VnTimeH`) that draw these same lower-case code
/// points as capitals; the font name is the only evidence (``Cell/FontHint/tcvn3Capitals``), and
/// such text is decoded with this table and then upper-cased.
///
/// Bytes VN3 leaves unassigned (including VN1's capitals and its combining tone bytes
/// 0xB0–0xB4) decode as Windows-1252, which is what the text showed in any other font.
///
/// Sources: TCVN 5712:1993 as published in GNU libiconv `lib/tcvn.h` (VN1, whose 0xA1–0xFE
/// letters VN3 shares) and glibc's `TCVN5712-1` charmap; cross-checked against glibc `iconv`
/// by `scripts/make-legacy-fixtures.py` and `LegacyTableTests`. Written from those definitions.
enum TCVN3 {
    /// Each vowel's toned forms in the order grave, hook above, tilde, acute, dot below,
    /// with the byte of each: the encoding's whole table of lower-case letters.
    static let vowels: [(base: Unicode.Scalar, bytes: [UInt8])] = [
        ("a", [0xB5, 0xB6, 0xB7, 0xB8, 0xB9]),
        ("ă", [0xBB, 0xBC, 0xBD, 0xBE, 0xC6]),
        ("â", [0xC7, 0xC8, 0xC9, 0xCA, 0xCB]),
        ("e", [0xCC, 0xCE, 0xCF, 0xD0, 0xD1]),
        ("ê", [0xD2, 0xD3, 0xD4, 0xD5, 0xD6]),
        ("i", [0xD7, 0xD8, 0xDC, 0xDD, 0xDE]),
        ("o", [0xDF, 0xE1, 0xE2, 0xE3, 0xE4]),
        ("ô", [0xE5, 0xE6, 0xE7, 0xE8, 0xE9]),
        ("ơ", [0xEA, 0xEB, 0xEC, 0xED, 0xEE]),
        ("u", [0xEF, 0xF1, 0xF2, 0xF3, 0xF4]),
        ("ư", [0xF5, 0xF6, 0xF7, 0xF8, 0xF9]),
        ("y", [0xFA, 0xFB, 0xFC, 0xFD, 0xFE]),
    ]

    /// The letters without tone marks.
    static let letters: [UInt8: Unicode.Scalar] = [
        0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
        0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    ]

    /// Every byte's character.
    static let table: [UInt32] = {
        var table = (0...255).map { Windows1252.scalar(UInt8($0)) }
        for (byte, letter) in letters { table[Int(byte)] = letter.value }
        for (base, bytes) in vowels {
            for (tone, byte) in zip(VietnameseTone.marked, bytes) {
                table[Int(byte)] = tone.apply(to: base).value
            }
        }
        return table
    }()
}
