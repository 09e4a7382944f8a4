import Foundation

/// Byte-level checks applied to every row a reader produces: valid UTF-8 and Unicode NFC.
///
/// Both have a fast path, because almost every row passes: a row of ASCII needs neither check,
/// and text without combining marks (UTF-8 lead bytes 0xCC and 0xCD, U+0300–U+036F) is already
/// NFC for Vietnamese. Only the rare row that fails pays for a `String` and Foundation's
/// normalisation.
public enum TextChecks {
    /// True when every byte is ASCII.
    @inlinable
    /// True when `bytes` are valid UTF-8 holding no combining mark (U+0300–U+036F, whose lead
    /// bytes are 0xCC and 0xCD): text that needs neither repair nor normalisation. One pass,
    /// eight ASCII bytes at a time; the two- and three-byte sequences of Vietnamese letters are
    /// checked inline, anything rarer by the full validator.
    public static func isCleanUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let n = bytes.count
        var i = 0
        while i < n {
            if i + 8 <= n && bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b0 = bytes[i]
            if b0 < 0x80 {
                i += 1
            } else if b0 == 0xCC || b0 == 0xCD {
                return false
            } else if b0 >= 0xC2 && b0 <= 0xDF {
                guard i + 1 < n, bytes[i + 1] & 0xC0 == 0x80 else { return false }
                i += 2
            } else if (b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF {
                guard i + 2 < n, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 else { return false }
                i += 3
            } else {
                let rest = UnsafeRawBufferPointer(rebasing: bytes[i...])
                return UTF8Validation.firstInvalidOffset(in: rest) == nil && !hasCombiningMarks(rest)
            }
        }
        return true
    }

    public static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        let n = bytes.count
        while i + 8 <= n {
            if bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < n {
            if bytes[i] & 0x80 != 0 { return false }
            i += 1
        }
        return true
    }

    /// Replaces invalid UTF-8 in text cells by U+FFFD (calling `invalid` with the column) and
    /// puts text with combining marks into NFC.
    public static func repairAndNormalize(_ row: inout Row, invalid: (Int) -> Void) {
        for column in 0..<row.count {
            let cell = row[column]
            guard cell.kind == .text || cell.kind == .error, cell.byteCount > 0 else { continue }
            let (valid, combining) = row.bytes.withUnsafeBytes { all in
                let bytes = UnsafeRawBufferPointer(rebasing: all[Int(cell.start)..<Int(cell.end)])
                return (UTF8Validation.firstInvalidOffset(in: bytes) == nil, hasCombiningMarks(bytes))
            }
            if valid && !combining { continue }
            if !valid { invalid(column) }
            let text = String(decoding: row.bytes[Int(cell.start)..<Int(cell.end)], as: UTF8.self)
            row.replaceText(at: column, with: nfc(text))
        }
    }

    /// True when the bytes contain a UTF-8 sequence for U+0300–U+037F (combining diacritics).
    @inlinable
    public static func hasCombiningMarks(_ bytes: UnsafeRawBufferPointer) -> Bool {
        for b in bytes where b == 0xCC || b == 0xCD { return true }
        return false
    }

    /// The text in Unicode Normalization Form C.
    public static func nfc(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
    }
}
