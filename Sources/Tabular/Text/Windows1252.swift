/// The Windows code pages' shared upper half, which legacy Vietnamese text is seen through.
///
/// Fonts such as `.VnTime` and `VNI-Times` were "ANSI" fonts: Windows handed their bytes to
/// programs as Windows-1252, and Excel stored the resulting Unicode characters. So a TCVN3
/// or VNI cell in an .xlsx file holds Windows-1252 look-alikes of the legacy bytes, and
/// mapping those characters back to bytes (``byte(for:)``) recovers the legacy text exactly.
///
/// Source: the Unicode Consortium's `MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT`. Bytes 0xA0
/// to 0xFF are Latin-1; the five bytes the code page leaves undefined (0x81, 0x8D, 0x8F,
/// 0x90, 0x9D) map to the C1 control of the same value, as Windows' `MultiByteToWideChar` does.
enum Windows1252 {
    /// The characters of bytes 0x80–0x9F.
    static let c1: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80–87
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 88–8F
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90–97
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 98–9F
    ]

    /// The character Windows-1252 gives `byte`.
    @inline(__always)
    static func scalar(_ byte: UInt8) -> UInt32 {
        byte >= 0x80 && byte < 0xA0 ? UInt32(c1[Int(byte) - 0x80]) : UInt32(byte)
    }

    /// The byte Windows-1252 encodes `scalar` as, or nil when it has none.
    @inline(__always)
    static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        let v = scalar.value
        if v < 0x80 || (v >= 0xA0 && v <= 0xFF) { return UInt8(v) }
        if v < 0xA0 { return c1.contains(UInt16(v)) ? UInt8(v) : nil }
        guard v <= 0xFFFF, let at = c1.firstIndex(of: UInt16(v)) else { return nil }
        return UInt8(0x80 + at)
    }
}
