import Foundation

/// The order in which Vietnamese readers expect names to be listed.
///
/// The order is the Vietnamese tailoring of the Unicode Collation Algorithm in CLDR
/// (`common/collation/vi.xml`, `standard`), which ICU and every major platform use:
///
///     &̀<<̉<<̃<<́<<̣          tones: grave (huyền) < hook (hỏi) < tilde (ngã) < acute (sắc) < dot (nặng)
///     &a<ă<<<Ă<â<<<Â       ă and â are letters of their own, after a
///     &d<đ<<<Đ             đ after d
///     &e<ê<<<Ê  &o<ô<<<Ô<ơ<<<Ơ  &u<ư<<<Ư
///
/// so the alphabet is a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r s t u ư v (w) x y (z),
/// the foreign letters f, j, w, z keeping their Latin places. Strings are compared in three
/// levels, each deciding only when the ones before it tie:
///
/// 1. **letters** of the whole string, case and tone ignored: `Dương` < `Đa`, `An` < `Ăn`,
///    `Ý` < `Yên` (a shorter string that is a prefix comes first). A space sorts before any
///    letter, so `An Khánh` < `Anh Sơn`;
/// 2. **tones**, left to right, unmarked first: `Phù Bình` < `Phú Bình`, `ba` < `bà` < `bả` <
///    `bã` < `bá` < `bạ`; other (non-Vietnamese) accents come after the five tones;
/// 3. **case**, lower case first: `an` < `An`.
///
/// A last tie-break on the Unicode scalars in NFC makes the order total, so two different
/// strings never compare equal and a sort is deterministic whatever the input order.
///
/// Input may be NFC or NFD, and may put the tone on either vowel (`Hoá`/`Hóa`, old and new
/// style): keys are built from the canonical decomposition, and a word's tone is weighed at the
/// word's end rather than on the vowel that carries it, so the two placements tie until the
/// last tie-break. A word has one tone, so this changes nothing else.
public enum VietnameseCollation {
    /// The comparable key of `text`. Build keys once when sorting many strings.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func key(_ text: String) -> VietnameseSortKey {
        var primary: [UInt32] = []
        var secondary: [UInt32] = []
        var tertiary: [UInt32] = []
        primary.reserveCapacity(text.utf8.count)

        var wordStart = 0
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if let mark = Mark(v) {
                switch mark {
                case .letter(let transform):
                    // A breve, circumflex or horn turns the letter just before it into another letter.
                    if let last = primary.last, let changed = transform(last) { primary[primary.count - 1] = changed }
                case .tone(let weight):
                    if !secondary.isEmpty { secondary[secondary.count - 1] = weight }
                case .other:
                    if !secondary.isEmpty { secondary[secondary.count - 1] = Weight.otherAccent }
                }
                continue
            }
            let (weight, upper) = Weight.primary(of: scalar)
            if weight < Weight.letterBase {
                moveTone(in: &secondary, from: wordStart)
                wordStart = secondary.count + 1
            }
            primary.append(weight)
            secondary.append(0)
            tertiary.append(upper ? 1 : 0)
        }
        moveTone(in: &secondary, from: wordStart)
        var key = primary
        key.append(0)
        key += secondary
        key.append(0)
        key += tertiary
        key.append(0)
        key += text.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
        return VietnameseSortKey(weights: key)
    }

    /// True when `a` comes before `b`: `names.sorted(by: VietnameseCollation.precedes)`.
    public static func precedes(_ a: String, _ b: String) -> Bool { key(a) < key(b) }

    /// Moves the one tone of the word `secondary[start...]` to the word's last letter.
    private static func moveTone(in secondary: inout [UInt32], from start: Int) {
        guard start < secondary.count else { return }
        let marked = secondary[start...].indices.filter { secondary[$0] != 0 }
        guard marked.count == 1, let at = marked.first, at != secondary.count - 1 else { return }
        secondary[secondary.count - 1] = secondary[at]
        secondary[at] = 0
    }

    /// What a combining mark does to the letter it follows.
    private enum Mark {
        case letter((UInt32) -> UInt32?)
        case tone(UInt32)
        case other

        init?(_ v: UInt32) {
            switch v {
            case 0x306: self = .letter { $0 == Weight.a ? Weight.aBreve : nil }
            case 0x302:
                self = .letter {
                    switch $0 {
                    case Weight.a: Weight.aCircumflex
                    case Weight.e: Weight.eCircumflex
                    case Weight.o: Weight.oCircumflex
                    default: nil
                    }
                }
            case 0x31B:
                self = .letter {
                    switch $0 {
                    case Weight.o: Weight.oHorn
                    case Weight.u: Weight.uHorn
                    default: nil
                    }
                }
            case 0x300: self = .tone(1)  // huyền
            case 0x309: self = .tone(2)  // hỏi
            case 0x303: self = .tone(3)  // ngã
            case 0x301: self = .tone(4)  // sắc
            case 0x323: self = .tone(5)  // nặng
            case 0x300...0x36F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF: self = .other
            default: return nil
            }
        }
    }

    /// Primary weights: whitespace < punctuation and symbols < digits < the Vietnamese alphabet
    /// < any other letter (by scalar).
    private enum Weight {
        static let otherAccent: UInt32 = 6
        static let alphabet: [Character] = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j",
                                            "k", "l", "m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư",
                                            "v", "w", "x", "y", "z"]
        static let letterBase: UInt32 = 100
        // why: only called with the letters of `alphabet` above, so firstIndex always finds one.
        static func rank(_ c: Character) -> UInt32 { letterBase + UInt32(alphabet.firstIndex(of: c)!) }
        static let a = rank("a"), aBreve = rank("ă"), aCircumflex = rank("â")
        static let e = rank("e"), eCircumflex = rank("ê")
        static let o = rank("o"), oCircumflex = rank("ô"), oHorn = rank("ơ")
        static let u = rank("u"), uHorn = rank("ư")
        static let d = rank("d"), dStroke = rank("đ")

        /// The weight of a base (non-combining) scalar, and whether it is upper case.
        static func primary(of scalar: Unicode.Scalar) -> (UInt32, Bool) {
            let v = scalar.value
            switch v {
            case 0x61...0x7A: return (latin(v - 0x61), false)
            case 0x41...0x5A: return (latin(v - 0x41), true)
            case 0x111: return (dStroke, false)
            case 0x110: return (dStroke, true)
            case 0x30...0x39: return (10 + (v - 0x30), false)
            default: break
            }
            let properties = scalar.properties
            if properties.isWhitespace { return (1, false) }
            if properties.isAlphabetic {
                let lower = properties.lowercaseMapping.unicodeScalars.first?.value ?? v
                return (1_000 + lower, properties.isUppercase)
            }
            return (2, false)
        }

        /// a–z in the Vietnamese alphabet's places (ă, â, đ, ê, ô, ơ, ư come from marks).
        private static let latinRanks: [UInt32] = "abcdefghijklmnopqrstuvwxyz".map { rank($0) }
        private static func latin(_ offset: UInt32) -> UInt32 { latinRanks[Int(offset)] }
    }
}

/// A string's position in ``VietnameseCollation`` order: compare keys instead of strings.
public struct VietnameseSortKey: Sendable, Hashable, Comparable {
    let weights: [UInt32]

    public static func < (a: VietnameseSortKey, b: VietnameseSortKey) -> Bool {
        a.weights.lexicographicallyPrecedes(b.weights)
    }
}
