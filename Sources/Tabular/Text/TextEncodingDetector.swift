/// Decides the text encoding of a file from its first bytes.
///
/// The order of evidence: a byte-order mark proves UTF-8 or UTF-16; a pattern of zero bytes
/// betrays BOM-less UTF-16; bytes that are valid UTF-8 are UTF-8; anything else is handed to
/// ``LegacyVietnamese/detect(_:)``, which looks for the byte pairs typical of each legacy
/// encoding and answers only when the evidence is clear.
public enum TextEncodingDetector {
    /// Detects the encoding of `sample`, the first bytes of a file (64 KiB is plenty).
    /// `isWholeFile` says that nothing follows, so a character cut at the end is an error.
    public static func detect(_ sample: UnsafeRawBufferPointer, isWholeFile: Bool) -> EncodingDetection {
        let n = sample.count
        if n >= 3 && sample[0] == 0xEF && sample[1] == 0xBB && sample[2] == 0xBF {
            return EncodingDetection(encoding: .utf8, bomLength: 3, certain: true)
        }
        if n >= 2 && sample[0] == 0xFF && sample[1] == 0xFE {
            return EncodingDetection(encoding: .utf16LE, bomLength: 2, certain: true)
        }
        if n >= 2 && sample[0] == 0xFE && sample[1] == 0xFF {
            return EncodingDetection(encoding: .utf16BE, bomLength: 2, certain: true)
        }
        if let utf16 = bomlessUTF16(sample) {
            return EncodingDetection(encoding: utf16, bomLength: 0, certain: false)
        }
        if UTF8Validation.firstInvalidOffset(in: sample, allowTruncatedEnd: !isWholeFile) == nil {
            return EncodingDetection(encoding: .utf8, bomLength: 0, certain: true)
        }
        if let legacy = LegacyVietnamese.detect(sample) {
            return EncodingDetection(encoding: legacy, bomLength: 0, certain: false)
        }
        return EncodingDetection(encoding: .utf8, bomLength: 0, certain: false)
    }

    /// UTF-16 without a BOM: text that is mostly ASCII has a zero in every other byte.
    static func bomlessUTF16(_ sample: UnsafeRawBufferPointer) -> TextEncoding? {
        let pairs = min(sample.count, 4096) / 2
        guard pairs >= 4 else { return nil }
        var zeroEven = 0, zeroOdd = 0
        for i in 0..<pairs {
            if sample[2 * i] == 0 { zeroEven += 1 }
            if sample[2 * i + 1] == 0 { zeroOdd += 1 }
        }
        if zeroOdd * 10 >= pairs * 6 && zeroEven * 10 < pairs { return .utf16LE }
        if zeroEven * 10 >= pairs * 6 && zeroOdd * 10 < pairs { return .utf16BE }
        return nil
    }
}

/// UTF-8 validation on raw bytes, with a fast path for ASCII.
public enum UTF8Validation {
    /// The offset of the first byte that does not start a valid UTF-8 sequence, or nil when
    /// all bytes are valid. With `allowTruncatedEnd`, a sequence cut by the end of the buffer
    /// counts as valid (more bytes follow).
    public static func firstInvalidOffset(in bytes: UnsafeRawBufferPointer, allowTruncatedEnd: Bool = false) -> Int? {
        let n = bytes.count
        var i = 0
        while i < n {
            // Fast path: eight ASCII bytes at a time.
            if i + 8 <= n {
                let word = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
            }
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            if i + length > n {
                // Check what is there, then decide on the cut.
                for k in 1..<(n - i) {
                    let b = bytes[i + k]
                    if k == 1 ? (b < lower || b > upper) : (b & 0xC0 != 0x80) { return i }
                }
                return allowTruncatedEnd ? nil : i
            }
            let b1 = bytes[i + 1]
            if b1 < lower || b1 > upper { return i }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }

    /// The length of the valid UTF-8 sequence starting at `offset`, or nil when invalid.
    static func sequenceLength(in bytes: UnsafeRawBufferPointer, at offset: Int) -> Int? {
        let rest = UnsafeRawBufferPointer(rebasing: bytes[offset..<min(bytes.count, offset + 4)])
        guard let bad = firstInvalidOffset(in: rest) else {
            // All of `rest` is valid: the first sequence's length comes from its lead byte.
            let b0 = bytes[offset]
            return b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
        }
        if bad == 0 { return nil }
        let b0 = bytes[offset]
        return b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
    }
}
