/// Escaping of text placed in the XML parts we write (XML 1.0 §2.4, §3.3.3, §2.2).
///
/// Three layers, applied in this order by ``cellText(_:)``:
/// 1. OOXML's own escape (ECMA-376 Part 1 §22.9.2.19, ST_Xstring): a literal `_xHHHH_` in a
///    cell would be read back as the character U+HHHH, so its underscore becomes `_x005F_`.
/// 2. Characters XML 1.0 cannot carry at all (C0 controls other than tab, LF, CR, and the
///    non-characters U+FFFE, U+FFFF) are written as `_xHHHH_`, which Excel and our reader decode.
/// 3. The markup characters `&`, `<`, `>` (and `"` in attribute values) become entities.
///
/// Names, attribute values and formulas get only layers 3 and the removal of what XML cannot
/// carry (there is no `_xHHHH_` decoding outside cell text).
enum XMLMarkup {
    /// `text` escaped for element content of a string cell (`<t>`).
    static func cellText(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "_", isOOXMLEscape(scalars, at: i) {
                out += "_x005F_"
            } else if !isXMLChar(s) {
                out += "_x" + hex4(s.value) + "_"
            } else {
                appendEscaped(s, to: &out, quotes: false)
            }
            i += 1
        }
        return out
    }

    /// `text` escaped for element content other than cell text (titles, formulas).
    static func text(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars where isXMLChar(s) { appendEscaped(s, to: &out, quotes: false) }
        return out
    }

    /// `text` escaped for a double-quoted attribute value. Tab, LF and CR are written as
    /// character references, because attribute-value normalisation (XML 1.0 §3.3.3) would
    /// otherwise turn them into spaces.
    static func attribute(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars where isXMLChar(s) {
            switch s {
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default: appendEscaped(s, to: &out, quotes: true)
            }
        }
        return out
    }

    /// Whether `<t>` must carry `xml:space="preserve"` to keep `text` as it is (leading or
    /// trailing white space, line breaks).
    static func needsSpacePreserve(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return first.properties.isWhitespace || last.properties.isWhitespace || text.contains("\n")
    }

    /// XML 1.0 `Char` production (§2.2).
    static func isXMLChar(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    private static func appendEscaped(_ s: Unicode.Scalar, to out: inout String, quotes: Bool) {
        switch s {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"" where quotes: out += "&quot;"
        default: out.unicodeScalars.append(s)
        }
    }

    /// True when `_xHHHH_` (four hex digits) starts at `i`.
    private static func isOOXMLEscape(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 6 < scalars.count, scalars[i + 1] == "x", scalars[i + 6] == "_" else { return false }
        return scalars[(i + 2)...(i + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
