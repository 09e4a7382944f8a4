import Foundation
import Testing
import Tabular

@Suite("Vietnamese collation")
struct VietnameseCollationTests {
    @Test("pairs sort as Vietnamese readers expect", arguments: [
        ("Dương", "Đa"),            // đ is a letter after d, whatever follows
        ("Dz", "Đ"),
        ("Az", "Ăn"),               // ă after every a-word
        ("Ăn", "Ân"),               // â after ă
        ("Ân", "Ba"),
        ("Ô", "Ơ"),
        ("Oz", "Ô"),
        ("Uz", "Ư"),
        ("Ez", "Ê"),
        ("Phù Bình", "Phú Bình"),   // same letters: the tone decides (huyền before sắc)
        ("Phú Bình", "Phúc Lộc"),   // letters first: a space sorts before a letter
        ("Ý", "Yên"),               // a shorter prefix first; the tone does not jump the letters
        ("Yên", "Yz"),
        ("An Khánh", "Anh Sơn"),
        ("an", "An"),               // case only at the last level, lower first
        ("Ba", "bà"),               // tone before case
        ("Xã Yên Bình", "xã Yên Bình ")
    ])
    func pairs(_ pair: (String, String)) {
        #expect(VietnameseCollation.precedes(pair.0, pair.1))
        #expect(!VietnameseCollation.precedes(pair.1, pair.0))
    }

    @Test("the five tones follow the unmarked syllable in CLDR order: huyền, hỏi, ngã, sắc, nặng")
    func toneOrder() {
        let expected = ["ma", "mà", "mả", "mã", "má", "mạ"]
        #expect(expected.reversed().sorted(by: VietnameseCollation.precedes) == expected)
        #expect(["bạ", "Bá", "bã", "BẢ", "bà", "BA"].sorted(by: VietnameseCollation.precedes)
                == ["BA", "bà", "BẢ", "bã", "Bá", "bạ"])
    }

    @Test("the alphabet: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y")
    func alphabet() {
        let letters = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n", "o", "ô",
                       "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y"]
        #expect(letters.shuffled().sorted(by: VietnameseCollation.precedes) == letters)
        #expect(letters.map { $0.uppercased() }.reversed().sorted(by: VietnameseCollation.precedes)
                == letters.map { $0.uppercased() })
    }

    @Test("NFC and NFD spellings have one key; the two tone placements sit together")
    func normalisation() {
        let nfc = "Phường Đức Xuân"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(nfc.unicodeScalars.count != nfd.unicodeScalars.count)
        #expect(VietnameseCollation.key(nfc) == VietnameseCollation.key(nfd))
        // Hoá / Hóa sit next to each other, before Hoà and after Hoa.
        let sorted = ["Hoà", "Hóa", "Hoa", "Hoá"].sorted(by: VietnameseCollation.precedes)
        #expect(sorted.first == "Hoa")
        #expect(sorted[1] == "Hoà")
        #expect(Set(sorted.suffix(2)) == ["Hoá", "Hóa"])
        #expect(VietnameseCollation.key("Hoá") != VietnameseCollation.key("Hóa"))
    }

    @Test("commune names in reader order")
    func communes() {
        let names = ["Xã Yên Trạch", "Phường Đức Xuân", "Xã Ân Thi", "Phường Bắc Kạn", "Xã An Khánh",
                     "Phường Bá Xuyên", "Xã Ý Yên", "Phường Phúc Thuận", "Phường Phổ Yên", "Xã Đại Phúc", "Xã Dân Tiến"]
        #expect(names.sorted(by: VietnameseCollation.precedes) == [
            "Phường Bá Xuyên", "Phường Bắc Kạn", "Phường Đức Xuân", "Phường Phổ Yên", "Phường Phúc Thuận",
            "Xã An Khánh", "Xã Ân Thi", "Xã Dân Tiến", "Xã Đại Phúc", "Xã Ý Yên", "Xã Yên Trạch",
        ])
    }
}
