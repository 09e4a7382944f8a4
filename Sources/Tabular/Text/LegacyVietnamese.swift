/// Legacy Vietnamese encodings: detection and conversion to Unicode.
///
/// Placeholder until the legacy-encoding work lands: detection answers nothing, so no file is
/// ever converted by guesswork, and the transcoder maps bytes as Windows-1252 would.
enum LegacyVietnamese {
    /// The legacy encoding `sample` is clearly in, or nil when the evidence is not clear.
    static func detect(_ sample: UnsafeRawBufferPointer) -> TextEncoding? { nil }

    /// Converts bytes in a legacy encoding to UTF-8; returns the number of bytes consumed.
    static func transcode(
        _ input: UnsafeRawBufferPointer, from encoding: TextEncoding, isFinal: Bool, into output: inout [UInt8]
    ) -> Int {
        for byte in input { appendUTF8(UInt32(byte), to: &output) }
        return input.count
    }
}
