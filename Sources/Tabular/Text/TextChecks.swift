import Foundation

/// Byte-level checks applied to every row a reader produces: valid UTF-8 and Unicode NFC.
///
/// Both have a fast path, because almost every row passes: a row of ASCII needs neither check,
/// and text without combining marks (UTF-8 lead bytes 0xCC and 0xCD, U+0300–U+036F) is already
/// NFC for Vietnamese. Only the rare row that fails pays for a `String` and Foundation's
/// normalisation.
public enum TextChecks {
    /// True when `bytes` are valid UTF-8 holding no combining mark (U+0300–U+036F, whose lead
    /// bytes are 0xCC and 0xCD): text that needs neither repair nor normalisation.
    ///
    /// Eight bytes a step, without a branch per character (SWAR): in each word the lead bytes
    /// announce where continuation bytes must be (one after a two-byte lead, two after a
    /// three-byte lead, carried into the next word), and the text is clean when the
    /// continuation bytes are exactly there. Bytes that need more than that, because they are
    /// never valid (0xC0, 0xC1), a combining mark (0xCC, 0xCD), or valid only with some
    /// continuations (0xE0, 0xED, four-byte leads), send the text to ``isCleanUTF8Bytewise(_:)``;
    /// Vietnamese text has none of them. A Vietnamese letter is two or three bytes long one
    /// character in three or four, and the byte-by-byte loop this replaces mispredicted a
    /// branch at each: it was a tenth of reading a register CSV file (perf).
    public static func isCleanUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let n = bytes.count
        var carry: UInt64 = 0
        var i = 0
        while i + 8 <= n {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            switch cleanWord(word, carry: &carry) {
            case .clean: i += 8
            case .notClean: return false
            case .needsBytewise: return isCleanUTF8Bytewise(bytes)
            }
        }
        if i < n {
            // The last bytes, padded with zeros (ASCII, so they expect nothing and end nothing).
            // A step of its own: padding inside the loop costs a branch a word (1% of
            // validating a register, callgrind).
            var word: UInt64 = 0
            withUnsafeMutableBytes(of: &word) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[i..<n])) }
            switch cleanWord(UInt64(littleEndian: word), carry: &carry) {
            case .clean: break
            case .notClean: return false
            case .needsBytewise: return isCleanUTF8Bytewise(bytes)
            }
        }
        return carry == 0
    }

    enum WordVerdict { case clean, notClean, needsBytewise }

    /// One step of ``isCleanUTF8(_:)``. `carry` holds, on entry, the continuation bytes the
    /// previous word's leads expect at the start of this one (high bit of bytes 0 and 1) and,
    /// on exit, those this word's leads expect of the next.
    @inline(__always)
    static func cleanWord(_ word: UInt64, carry: inout UInt64) -> WordVerdict {
        let high: UInt64 = 0x8080_8080_8080_8080
        let top = word & high
        if top == 0 {
            // ASCII: clean unless the previous word's last lead expected a continuation here.
            return carry == 0 ? .clean : .notClean
        }
        let bit6 = (word << 1) & high, bit5 = (word << 2) & high, bit4 = (word << 3) & high
        let continuation = top & ~bit6
        let lead = top & bit6
        let lead3 = lead & bit5
        // The bytes that need a closer look, each found as a zero byte of a masked XOR. Only
        // whether there is one matters, not where: the borrow of the subtraction can mark a
        // byte above a zero byte, never without one.
        @inline(__always) func zero(_ v: UInt64) -> UInt64 {
            (v &- 0x0101_0101_0101_0101) & ~v & high
        }
        let pair = word & 0xFEFE_FEFE_FEFE_FEFE
        if zero(pair ^ 0xCCCC_CCCC_CCCC_CCCC) | zero(pair ^ 0xC0C0_C0C0_C0C0_C0C0) != 0 { return .notClean }
        if lead3 & bit4 != 0 || zero(word ^ 0xE0E0_E0E0_E0E0_E0E0) | zero(word ^ 0xEDED_EDED_EDED_EDED) != 0 {
            return .needsBytewise
        }
        let expected = (lead << 8) | (lead3 << 16) | carry
        carry = (lead >> 56) | (lead3 >> 48)
        return continuation == expected ? .clean : .notClean
    }

    /// ``isCleanUTF8(_:)`` one character at a time, for text with the rarer bytes.
    static func isCleanUTF8Bytewise(_ bytes: UnsafeRawBufferPointer) -> Bool {
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

    /// True when every byte is ASCII.
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
