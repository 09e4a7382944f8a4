/// Legacy text that arrives as Unicode look-alike characters (XLSX cells in `.VnTime` or
/// `VNI-Times` fonts, CSV files exported from such sheets).
extension LegacyVietnamese {
    /// What decoding a string's look-alike characters with one legacy table would give, and
    /// how Vietnamese the result is compared with the string as it stands.
    struct Assessment: Equatable {
        /// The decoded text (NFC).
        var decoded: String
        /// Words holding a non-ASCII character.
        var evidence: Int
        /// Of those, how many are not plausible syllables once decoded…
        var decodedImplausible: Int
        /// …and as they stand.
        var originalImplausible: Int

        /// Decoding turns text that is not Vietnamese into text that is.
        var isClear: Bool { decodedImplausible == 0 && originalImplausible > 0 }
        /// Both readings are plausible ("cã" is "có" in TCVN3, and also Unicode "cã").
        var isAmbiguous: Bool { decodedImplausible == 0 && originalImplausible == 0 }
        /// Decoding makes nothing worse: enough when a font or the column already says so.
        var isNoWorse: Bool { decodedImplausible <= originalImplausible }
    }

    /// Decodes `text` as look-alikes of `encoding`'s bytes, or returns nil when it cannot be
    /// that: it is ASCII, it holds a character Windows-1252 cannot encode (real Unicode
    /// Vietnamese such as "ộ"), or decoding would change nothing.
    static func assess(_ text: String, as encoding: TextEncoding) -> Assessment? {
        assess(text, as: encoding, isPlausible: { VietnameseSyllable.isPlausible($0) })
    }

    /// ``assess(_:as:)`` with the syllable check given (a caller that assesses many texts
    /// remembers the words it has checked).
    static func assess(_ text: String, as encoding: TextEncoding, isPlausible: (String) -> Bool) -> Assessment? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var ascii = true
        for scalar in text.unicodeScalars {
            guard let byte = Windows1252.byte(for: scalar) else { return nil }
            if byte >= 0x80 { ascii = false }
            bytes.append(byte)
        }
        if ascii { return nil }
        let decoded = decode(bytes, as: encoding)
        if decoded == TextChecks.nfc(text) { return nil }
        var assessment = Assessment(decoded: decoded, evidence: 0, decodedImplausible: 0, originalImplausible: 0)
        var start = 0
        for i in 0...bytes.count where i == bytes.count || isWordBreak(bytes[i]) {
            defer { start = i + 1 }
            guard i > start else { continue }
            let word = bytes[start..<i]
            guard word.contains(where: { $0 >= 0x80 }) else { continue }
            assessment.evidence += 1
            let original = String(String.UnicodeScalarView(word.compactMap { Unicode.Scalar(Windows1252.scalar($0)) }))
            if !isPlausible(original) { assessment.originalImplausible += 1 }
            if !isPlausible(decode(word, as: encoding)) { assessment.decodedImplausible += 1 }
        }
        return assessment
    }
}
