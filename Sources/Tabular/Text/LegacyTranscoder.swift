/// Single-byte legacy Vietnamese encodings to UTF-8 (Windows-1258, TCVN3, VNI-Windows).
///
/// The tables live in ``LegacyVietnamese``; this type only adapts them to chunked input.
struct LegacyTranscoder: Transcoder {
    let encoding: TextEncoding

    mutating func transcode(_ input: UnsafeRawBufferPointer, isFinal: Bool, into output: inout [UInt8]) -> Int {
        LegacyVietnamese.transcode(input, from: encoding, isFinal: isFinal, into: &output)
    }
}
