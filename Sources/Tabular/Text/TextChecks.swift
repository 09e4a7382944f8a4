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
