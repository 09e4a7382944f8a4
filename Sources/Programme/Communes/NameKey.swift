import Foundation
import Tabular

/// The two keys a commune name is looked up by, and the administrative prefix it was written
/// with.
///
/// ```
///  "X. Định Hoá (cũ)"  ─▶  prefix .xa
///                          marked  ["đinh/j", "hoa/s"]  vowel marks kept, tone as a Telex suffix
///                          folded  ["dinh", "hoa"]     VietnameseFold: no marks at all
/// ```
/// The marked key is tried first because folding merges real, different names: the province
/// has both *Xã Văn Lang* and *Xã Văn Lăng*, and the old lists *Yến Lạc* and *Yên Lạc*. It keeps
/// the vowel marks (ă â ê ô ơ ư đ) but moves each word's tone mark to the end of the word, so
/// both tone-mark placements ("Hoá"/"Hóa", "Thuỵ"/"Thụy") give the same key. The folded key
/// catches text typed without diacritics. Text in parentheses is dropped ("(cũ)", "(thành phố
/// …)") and so is punctuation; case never matters.
struct NameKey: Hashable {
    /// The unit type a name was written with (`Xã`, `X.`, `Phường`, `P.`, `Thị trấn`, `TT`).
    enum Prefix: Hashable {
        case xa, phuong, thiTran
    }

    var prefix: Prefix?
    /// Words after the prefix, with vowel marks and a tone suffix.
    var marked: [String]
    /// Words after the prefix, folded.
    var folded: [String]
    /// All words, prefix included: tried as a bare name too, because "Phương Giao" (no
    /// diacritics: "phuong giao") looks like "Phường Giao".
    var wholeMarked: [String]
    var wholeFolded: [String]

    init(_ text: String) {
        let words = NameKey.words(text)
        wholeMarked = words.map(\.marked)
        wholeFolded = words.map(\.folded)
        (prefix, marked, folded) = (nil, wholeMarked, wholeFolded)
        if let (kind, count) = NameKey.prefix(of: wholeMarked, folded: wholeFolded), count < words.count {
            prefix = kind
            marked = Array(wholeMarked.dropFirst(count))
            folded = Array(wholeFolded.dropFirst(count))
        }
    }

    var markedText: String { marked.joined(separator: " ") }
    var foldedText: String { folded.joined(separator: " ") }
    var isEmpty: Bool { wholeFolded.isEmpty }

    /// The prefix at the start of `marked` and how many words it takes. "ubnd" before it is
    /// skipped ("UBND xã Phú Bình"). A word that has diacritics must have the right ones:
    /// "Phượng" is a name, not "Phường".
    static func prefix(of marked: [String], folded: [String]) -> (Prefix, Int)? {
        var skip = 0
        if folded.first == "ubnd" { skip = 1 }
        guard folded.count > skip else { return nil }
        let m = marked[skip], f = folded[skip]
        switch f {
        case "xa" where m == "xa" || m == "xa/x": return (.xa, skip + 1)
        case "x": return (.xa, skip + 1)
        case "phuong" where m == "phuong" || m == "phương/f": return (.phuong, skip + 1)
        case "p": return (.phuong, skip + 1)
        case "tt": return (.thiTran, skip + 1)
        case "thi" where folded.count > skip + 1 && folded[skip + 1] == "tran"
            && (m == "thi" || m == "thi/j") && (marked[skip + 1] == "tran" || marked[skip + 1] == "trân/s"):
            return (.thiTran, skip + 2)
        default: return nil
        }
    }

    /// Splits `text` into words, each as (marked, folded). `quick: false` decomposes and
    /// recomposes through Foundation only (the reference the quick path is tested against);
    /// the quick path uses a table for both, falling back to Foundation for anything else.
    /// Folding the directory's names through Foundation was a third of the start of a run.
    static func words(_ text: String, quick: Bool = true) -> [(marked: String, folded: String)] {
        var result: [(String, String)] = []
        var base = String.UnicodeScalarView()
        var tone: Character?
        var depth = 0
        func endWord() {
            guard !base.isEmpty else { return }
            let letters = (quick ? composedShapes(base) : nil) ?? String(base).precomposedStringWithCanonicalMapping
            result.append((tone.map { letters + "/" + String($0) } ?? letters, VietnameseFold.fold(letters)))
            base = String.UnicodeScalarView()
            tone = nil
        }
        let scalars = quick ? VietnameseFold.decomposedLowercase(text)
            : Array(text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars)
        for scalar in scalars {
            let v = scalar.value
            if v == 0x28 || v == 0x5B { depth += 1; endWord(); continue }
            if v == 0x29 || v == 0x5D { depth = max(0, depth - 1); endWord(); continue }
            if depth > 0 { continue }
            if let telex = toneLetter[v] {
                tone = telex
            } else if v == 0x302 || v == 0x306 || v == 0x31B {
                base.append(scalar)  // circumflex, breve, horn: part of the letter
            } else if (0x300...0x36F).contains(v) {
                continue  // any other combining mark carries no meaning in a name
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                base.append(scalar)
            } else {
                endWord()
            }
        }
        endWord()
        return result
    }

    /// `base` (lower-case letters with their shape marks, as ``words(_:quick:)`` keeps them) in
    /// NFC, when it holds only ASCII, đ and the six shaped vowels â ă ê ô ơ ư; nil otherwise.
    static func composedShapes(_ base: String.UnicodeScalarView) -> String? {
        var out = String.UnicodeScalarView()
        for scalar in base {
            let v = scalar.value
            if v < 0x80 || v == 0x111 {
                out.append(scalar)
                continue
            }
            guard let last = out.last?.value else { return nil }
            let composed: UInt32
            switch (last, v) {
            case (0x61, 0x302): composed = 0xE2  // â
            case (0x61, 0x306): composed = 0x103  // ă
            case (0x65, 0x302): composed = 0xEA  // ê
            case (0x6F, 0x302): composed = 0xF4  // ô
            case (0x6F, 0x31B): composed = 0x1A1  // ơ
            case (0x75, 0x31B): composed = 0x1B0  // ư
            default: return nil
            }
            guard let shaped = Unicode.Scalar(composed) else { return nil }
            out.removeLast()
            out.append(shaped)
        }
        return String(out)
    }

    /// The five Vietnamese tone marks, by their Telex keys.
    static let toneLetter: [UInt32: Character] = [0x301: "s", 0x300: "f", 0x309: "r", 0x303: "x", 0x323: "j"]
}
