import Foundation

/// Legacy Vietnamese encodings (Windows-1258, TCVN3, VNI-Windows): decoding to Unicode NFC,
/// streaming transcoding for the CSV reader, and the evidence that decides between them.
///
/// Two ways legacy text reaches us:
/// - **bytes**: a CSV file saved by an old Excel or Notepad is not valid UTF-8. ``detect(_:)``
///   decodes the sample with each table and keeps the one whose words are Vietnamese syllables.
/// - **look-alike characters**: an XLSX cell in a `.VnTime` or `VNI-Times` font (or a UTF-8 CSV
///   exported from such a sheet) is valid Unicode made of Windows-1252 look-alikes of the legacy
///   bytes ("Th¸i Nguyªn"). ``assess(_:as:)`` maps them back to bytes and decodes them; the
///   ``LegacyTextConverter`` decides per cell (font) and per column (evidence) what to convert.
public enum LegacyVietnamese {
    /// Decodes `bytes` in a legacy encoding to Unicode NFC. Bytes an encoding leaves undefined
    /// decode as Windows-1252 would show them. `.utf8` and the UTF-16 cases decode as themselves.
    public static func decode(_ bytes: some Sequence<UInt8>, as encoding: TextEncoding) -> String {
        let array = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(array.count * 2)
        switch encoding {
        case .windows1258, .tcvn3, .vniWindows:
            array.withUnsafeBytes { _ = transcode($0, from: encoding, isFinal: true, into: &output) }
        case .utf8:
            output = array
        case .utf16LE, .utf16BE:
            var transcoder = UTF16Transcoder(bigEndian: encoding == .utf16BE)
            array.withUnsafeBytes { _ = transcoder.transcode($0, isFinal: true, into: &output) }
        }
        return TextChecks.nfc(String(decoding: output, as: UTF8.self))
    }

    /// Converts bytes in a legacy encoding to UTF-8; returns the number of bytes consumed.
    /// Without `isFinal`, a VNI base letter at the very end is kept back (its mark may follow).
    /// Windows-1258's combining tone marks are passed on; readers normalise rows to NFC.
    static func transcode(
        _ input: UnsafeRawBufferPointer, from encoding: TextEncoding, isFinal: Bool, into output: inout [UInt8]
    ) -> Int {
        let n = input.count
        switch encoding {
        case .windows1258, .tcvn3:
            let table = encoding == .tcvn3 ? TCVN3.table : Windows1258.table
            for byte in input { appendUTF8(table[Int(byte)], to: &output) }
            return n
        case .vniWindows:
            let table = VNIWindows.table, isBase = VNIWindows.isBase, pairs = VNIWindows.pairs
            var i = 0
            while i < n {
                let byte = input[i]
                if isBase[Int(byte)] {
                    if i + 1 == n && !isFinal { break }
                    if i + 1 < n, let letter = pairs[UInt16(byte) << 8 | UInt16(input[i + 1])] {
                        appendUTF8(letter, to: &output)
                        i += 2
                        continue
                    }
                }
                appendUTF8(table[Int(byte)], to: &output)
                i += 1
            }
            return i
        case .utf8, .utf16LE, .utf16BE:
            preconditionFailure("LegacyVietnamese.transcode called for \(encoding.rawValue); please report this bug")
        }
    }

    /// The legacy encodings, in the order ties are broken.
    static let candidates: [TextEncoding] = [.windows1258, .tcvn3, .vniWindows]

    /// The legacy encoding `sample` (bytes that are not valid UTF-8) is clearly in, or nil.
    ///
    /// Every word holding a byte ≥ 0x80 is decoded with each table and checked with
    /// ``VietnameseSyllable``. The winner must make at least ``minimumEvidence`` such words,
    /// ≥ 90 % of them plausible syllables, and be ≥ 10 points ahead of the runner-up;
    /// otherwise the file is read as UTF-8 with each bad byte replaced and noted.
    static func detect(_ sample: UnsafeRawBufferPointer) -> TextEncoding? {
        let scores = score(sample)
        guard let best = scores.max(by: { $0.ratio < $1.ratio }) else { return nil }
        let runnerUp = scores.filter { $0.encoding != best.encoding }.map(\.ratio).max() ?? 0
        guard best.evidence >= minimumEvidence, best.ratio >= 0.9, best.ratio - runnerUp >= 0.1 else { return nil }
        return best.encoding
    }

    /// Fewest words with non-ASCII bytes a detection may rest on.
    static let minimumEvidence = 3

    /// How plausible the words of `sample` are under each candidate encoding.
    static func score(_ sample: UnsafeRawBufferPointer) -> [(encoding: TextEncoding, evidence: Int, plausible: Int, ratio: Double)] {
        // Split at ASCII bytes that are not letters; keep words with a high byte.
        var words: [UnsafeRawBufferPointer] = []
        var start = 0
        for i in 0...sample.count {
            if i == sample.count || isWordBreak(sample[i]) {
                if i > start {
                    let word = UnsafeRawBufferPointer(rebasing: sample[start..<i])
                    if !TextChecks.isASCII(word) { words.append(word) }
                }
                start = i + 1
            }
        }
        // A word cut by the end of the sample is not evidence.
        if let last = words.last, last.baseAddress.map({ $0 + last.count }) == sample.baseAddress.map({ $0 + sample.count }),
           sample.count >= 4096 {
            words.removeLast()
        }
        return candidates.map { encoding in
            var plausible = 0
            for word in words where VietnameseSyllable.isPlausible(decode(word, as: encoding)) { plausible += 1 }
            let ratio = words.isEmpty ? 0 : Double(plausible) / Double(words.count)
            return (encoding, words.count, plausible, ratio)
        }
    }

    /// Bytes that separate words: ASCII that is not a letter.
    @inline(__always)
    static func isWordBreak(_ byte: UInt8) -> Bool {
        byte < 0x80 && !((byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A))
    }
}
