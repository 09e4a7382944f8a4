/// Small helpers over a cell's UTF-8 bytes, so that parsing a million cells makes no `String`.
enum ByteText {
    /// The bytes without leading and trailing spaces, tabs, line breaks and no-break spaces.
    @inlinable
    static func trimmed(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        var lo = 0, hi = bytes.count
        while lo < hi {
            let b = bytes[lo]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { lo += 1; continue }
            if b == 0xC2 && lo + 1 < hi && bytes[lo + 1] == 0xA0 { lo += 2; continue }
            break
        }
        while hi > lo {
            let b = bytes[hi - 1]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { hi -= 1; continue }
            if b == 0xA0 && hi - 2 >= lo && bytes[hi - 2] == 0xC2 { hi -= 2; continue }
            break
        }
        return UnsafeRawBufferPointer(rebasing: bytes[lo..<hi])
    }

    @inlinable
    static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

    /// The number of Unicode scalars (characters, for NFC Vietnamese) in UTF-8 bytes.
    @inlinable
    static func scalarCount(_ bytes: UnsafeRawBufferPointer) -> Int {
        var n = 0
        for b in bytes where b & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// The digits of an identifier, read without allocating: at most 19 digits as a number.
    struct Digits: Equatable {
        var value: UInt64 = 0
        var count = 0

        /// The digit at position `i` from the left.
        func digit(_ i: Int) -> UInt8 {
            var v = value
            for _ in 0..<(count - 1 - i) { v /= 10 }
            return UInt8(v % 10)
        }

        /// The number formed by digits `range` (from the left).
        func number(_ range: Range<Int>) -> UInt64 {
            var v = value
            for _ in 0..<(count - range.upperBound) { v /= 10 }
            var p: UInt64 = 1
            for _ in 0..<range.count { p *= 10 }
            return v % p
        }
    }

    /// The digits of `bytes` after removing the separators people type inside identifiers
    /// (spaces, dots, dashes, underscores, no-break spaces), or nil if anything else appears
    /// or there are more than 19 digits.
    static func digitsIgnoringSeparators(_ bytes: UnsafeRawBufferPointer) -> Digits? {
        var digits = Digits()
        var i = 0
        // Identifiers are mostly digits only (12 for a citizen ID, 10 for a tax code): the
        // first eight are checked and read in one step when they are all digits.
        if bytes.count >= 8 {
            let word = UInt64(littleEndian: bytes.loadUnaligned(as: UInt64.self))
            if let value = eightDigits(word) {
                digits.value = value
                digits.count = 8
                i = 8
            }
        }
        while i < bytes.count {
            let b = bytes[i]
            if isDigit(b) {
                digits.value = digits.value &* 10 &+ UInt64(b &- 0x30)
                digits.count += 1
                if digits.count > 19 { return nil }
            } else if b == 0x20 || b == 0x2E || b == 0x2D || b == 0x5F {
            } else if b == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0 {
                i += 1
            } else {
                return nil
            }
            i += 1
        }
        return digits
    }

    /// The number eight ASCII digits spell (the first byte, the lowest, is the most
    /// significant), or nil when a byte is not a digit. SWAR: each byte is a digit when its
    /// high half is 3 and adding 6 does not carry out of its low half; then pairs, fours and
    /// eights of digits are combined with one multiplication each.
    @inline(__always)
    static func eightDigits(_ word: UInt64) -> UInt64? {
        guard word & 0xF0F0_F0F0_F0F0_F0F0 == 0x3030_3030_3030_3030,
              (word &+ 0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0 == 0x3030_3030_3030_3030 else { return nil }
        var v = word &- 0x3030_3030_3030_3030
        v = (v &* 10 &+ (v >> 8)) & 0x00FF_00FF_00FF_00FF
        v = (v &* 100 &+ (v >> 16)) & 0x0000_FFFF_0000_FFFF
        v = (v &* 10_000 &+ (v >> 32)) & 0xFFFF_FFFF
        return v
    }

    static func string(_ bytes: UnsafeRawBufferPointer) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// True when the bytes equal the ASCII text `lowercase`, ignoring ASCII case.
    static func equalsIgnoringCase(_ bytes: UnsafeRawBufferPointer, _ lowercase: StaticString) -> Bool {
        guard bytes.count == lowercase.utf8CodeUnitCount else { return false }
        let p = lowercase.utf8Start
        for i in 0..<bytes.count {
            var b = bytes[i]
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            if b != p[i] { return false }
        }
        return true
    }
}
