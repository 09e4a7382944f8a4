import Foundation

/// Whether a word could be one Vietnamese syllable: the evidence that decides whether text
/// was decoded with the right legacy table.
///
/// A syllable is an onset, a rhyme (vowel nucleus, possibly a glide and a coda) and at most
/// one tone mark, written in lower case, Capitalised or ALL CAPS:
///
/// ```
///   ngh  iê  ng  + ˜        "nghiễng"       onsets: b c ch d đ g gh gi h k kh l m n ng
///   qu   yê  t   + ´        "quyết"                 ngh nh p ph qu r s t th tr v x, or none
///   Th   a   i   + ´        "Thái"          codas:  c ch m n ng nh p t (stops c ch p t take
///                                                    only sắc or nặng)
/// ```
/// It accepts some syllables the language does not use; it exists to reject what a wrong
/// decoding produces: symbols inside words (`Th¸i`), capitals in mid-word (`vÒ`), two tones
/// (`Viờũt`), diacritics on consonants, and vowel clusters that no rhyme has.
enum VietnameseSyllable {
    /// True when `word` (letters only, any normalisation) is a plausible syllable.
    static func isPlausible(_ word: some StringProtocol) -> Bool {
        guard hasPlausibleCase(word) else { return false }
        // Decompose: base letters, then their marks; keep the shape marks, count the tones.
        var letters: [Unicode.Scalar] = []
        var tone: UInt32?
        for scalar in decomposedLowercase(word) {
            switch scalar.value {
            case 0x61...0x7A, 0x111:
                letters.append(scalar)
            case 0x0300, 0x0301, 0x0303, 0x0309, 0x0323:
                guard tone == nil, let last = letters.last, vowels.contains(last) else { return false }
                tone = scalar.value
            case 0x0302, 0x0306, 0x031B:
                guard let last = letters.last, let shaped = shaped[[last.value, scalar.value]] else { return false }
                letters[letters.count - 1] = shaped
            default:
                return false
            }
        }
        guard !letters.isEmpty else { return false }
        let text = String(String.UnicodeScalarView(letters))
        // Try every onset the word starts with ("gi" + "êng" fails, "g" + "iêng" succeeds).
        for length in 0...min(3, text.count) {
            let onset = String(text.prefix(length))
            guard length == 0 || onsets.contains(onset) else { continue }
            let rhyme = String(text.dropFirst(length))
            if let coda = Self.coda(ofRhyme: rhyme) {
                // A stop coda takes only sắc or nặng.
                if ["c", "ch", "p", "t"].contains(coda) && tone != 0x0301 && tone != 0x0323 { continue }
                return true
            }
        }
        return false
    }

    /// lower case, Capitalised or ALL CAPS.
    /// `word.lowercased()` canonically decomposed: from ``SimpleDecomposition`` when every
    /// character is ASCII or a simple letter, else through Foundation.
    static func decomposedLowercase(_ word: some StringProtocol) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append((0x41...0x5A).contains(v) ? Unicode.Scalar(UInt8(v + 0x20)) : scalar)
            } else if let parts = SimpleDecomposition.of(v), let base = Unicode.Scalar(SimpleDecomposition.lower(parts.base)) {
                out.append(base)
                if parts.mark1 != 0, let m = Unicode.Scalar(parts.mark1) { out.append(m) }
                if parts.mark2 != 0, let m = Unicode.Scalar(parts.mark2) { out.append(m) }
            } else {
                return Array(word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars)
            }
        }
        return out
    }

    static func hasPlausibleCase(_ word: some StringProtocol) -> Bool {
        var upper = 0, lower = 0, firstUpper = false, index = 0
        for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isUppercase { upper += 1; if index == 0 { firstUpper = true } }
            if scalar.properties.isLowercase { lower += 1 }
            index += 1
        }
        return upper == 0 || lower == 0 || (upper == 1 && firstUpper)
    }

    /// The coda of `rhyme` when it is a valid rhyme ("" for an open one), else nil.
    static func coda(ofRhyme rhyme: String) -> String? {
        if openRhymes.contains(rhyme) { return "" }
        for coda in ["ng", "nh", "ch", "c", "m", "n", "p", "t"] where rhyme.hasSuffix(coda) {
            let nucleus = String(rhyme.dropLast(coda.count))
            if let allowed = closedNuclei[nucleus], allowed.contains(coda) { return coda }
        }
        return nil
    }

    static let vowels: Set<Unicode.Scalar> = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]

    /// A base letter and a shape mark (circumflex, breve, horn) → the Vietnamese letter.
    static let shaped: [[UInt32]: Unicode.Scalar] = [
        [0x61, 0x0302]: "â", [0x61, 0x0306]: "ă", [0x65, 0x0302]: "ê",
        [0x6F, 0x0302]: "ô", [0x6F, 0x031B]: "ơ", [0x75, 0x031B]: "ư",
    ]

    static let onsets: Set<String> = [
        "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
        "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
    ]

    /// Rhymes that end in a vowel or glide.
    static let openRhymes: Set<String> = [
        "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oa", "oe", "oi", "ôi", "ơi",
        "ua", "uê", "ui", "uơ", "uy", "ưa", "ưi", "ưu", "ya",
        "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyu",
    ]

    /// Nuclei that take a consonant coda, with the codas each takes.
    static let closedNuclei: [String: Set<String>] = [
        "a": ["c", "ch", "m", "n", "ng", "nh", "p", "t"],
        "ă": ["c", "m", "n", "ng", "p", "t"],
        "â": ["c", "m", "n", "ng", "p", "t"],
        "e": ["c", "m", "n", "ng", "p", "t"],
        "ê": ["ch", "m", "n", "nh", "p", "t"],
        "i": ["ch", "m", "n", "nh", "p", "t"],
        "o": ["c", "m", "n", "ng", "p", "t"],
        "ô": ["c", "m", "n", "ng", "p", "t"],
        "ơ": ["m", "n", "p", "t"],
        "u": ["c", "m", "n", "ng", "p", "t"],
        "ư": ["c", "m", "n", "ng", "t"],
        "iê": ["c", "m", "n", "ng", "p", "t"],
        "yê": ["c", "m", "n", "ng", "p", "t"],
        "uô": ["c", "m", "n", "ng", "t"],
        "ươ": ["c", "m", "n", "ng", "p", "t"],
        "oa": ["c", "ch", "m", "n", "ng", "nh", "p", "t"],
        "oă": ["c", "m", "n", "ng", "t"],
        "oe": ["n", "t"],
        "uâ": ["n", "ng", "t"],
        "uê": ["ch", "n", "nh"],
        "uy": ["ch", "n", "nh", "p", "t"],
        "uyê": ["n", "t"],
        "y": ["ch", "nh", "n", "p", "t"],   // after qu: quýnh, quýt
        "oo": ["c", "ng"],
    ]
}
