import Foundation

/// The folded form of Vietnamese text, under which spellings of one name compare equal.
///
/// Agencies write the same header or commune as "Mã số thuế", "MA SO THUE", "mã  số thuế" or
/// with the other tone-mark placement ("Hoá"/"Hóa"). Folding removes every tone and vowel
/// mark (decomposing first, so both placements fold alike), maps đ to d, lower-cases, and
/// collapses any run of spaces and punctuation to one space. Folding is lossy on purpose: it
/// is a key for matching, never text to show.
public enum VietnameseFold {
    /// `text.lowercased()` canonically decomposed, as scalars: through a table made once when
    /// every character is ASCII or a simple letter (Vietnamese text), else through Foundation,
    /// whose normalisation costs tens of thousands of instructions a word.
    public static func decomposedLowercase(_ text: String) -> [Unicode.Scalar] {
        VietnameseSyllable.decomposedLowercase(text)
    }

    /// `fold("Xã Phú Bình")` is `"xa phu binh"`; `fold("Mã số thuế (*)", dropParentheses: true)`
    /// is `"ma so thue"`.
    public static func fold(_ text: String, dropParentheses: Bool = false) -> String {
        if let folded = quickFold(text, dropParentheses: dropParentheses) { return folded }
        return slowFold(text, dropParentheses: dropParentheses)
    }

    /// ``fold(_:dropParentheses:)`` for text of ASCII, no-break spaces, combining marks and the
    /// letters of ``SimpleDecomposition``: no Foundation decomposition. Nil for anything else.
    static func quickFold(_ text: String, dropParentheses: Bool) -> String? {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var depth = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if dropParentheses {
                if v == 0x28 || v == 0x5B { depth += 1; pendingSpace = true; continue }
                if v == 0x29 || v == 0x5D { depth = max(0, depth - 1); pendingSpace = true; continue }
                if depth > 0 { continue }
            }
            let letter: UInt32
            if v < 0x80 {
                let isWord = (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
                guard isWord else { pendingSpace = true; continue }
                letter = (0x41...0x5A).contains(v) ? v + 0x20 : v
            } else if (0x300...0x36F).contains(v) {
                continue  // a combining mark: dropped, as after decomposition
            } else if v == 0xA0 {
                pendingSpace = true
                continue
            } else if let parts = SimpleDecomposition.of(v) {
                letter = parts.base == 0x110 || parts.base == 0x111 ? 0x64 : SimpleDecomposition.lower(parts.base)
            } else {
                return nil
            }
            if pendingSpace && !out.isEmpty { out.append(" ") }
            pendingSpace = false
            if let s = Unicode.Scalar(letter) { out.append(s) }
        }
        return String(out)
    }

    /// The folding itself, through Foundation's canonical decomposition: any text.
    static func slowFold(_ text: String, dropParentheses: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var depth = 0
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if dropParentheses {
                if v == 0x28 || v == 0x5B { depth += 1; pendingSpace = true; continue }
                if v == 0x29 || v == 0x5D { depth = max(0, depth - 1); pendingSpace = true; continue }
                if depth > 0 { continue }
            }
            if (0x300...0x36F).contains(v) { continue }  // combining marks
            var mapped = scalar
            if v == 0x111 || v == 0x110 { mapped = "d" }
            let isWord = mapped.properties.isAlphabetic || mapped.properties.numericType != nil
            guard isWord else { pendingSpace = true; continue }
            if pendingSpace && !out.isEmpty { out.append(" ") }
            pendingSpace = false
            for lower in mapped.properties.lowercaseMapping.unicodeScalars { out.append(lower) }
        }
        return String(out)
    }
}
