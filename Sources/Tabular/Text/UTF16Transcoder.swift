/// UTF-16 (little or big endian) to UTF-8. Unpaired surrogates become U+FFFD.
struct UTF16Transcoder: Transcoder {
    let bigEndian: Bool

    mutating func transcode(_ input: UnsafeRawBufferPointer, isFinal: Bool, into output: inout [UInt8]) -> Int {
        var i = 0
        let n = input.count
        @inline(__always) func unit(_ at: Int) -> UInt32 {
            bigEndian
                ? UInt32(input[at]) << 8 | UInt32(input[at + 1])
                : UInt32(input[at + 1]) << 8 | UInt32(input[at])
        }
        while i + 1 < n {
            let u = unit(i)
            if (0xD800..<0xDC00).contains(u) {
                guard i + 3 < n else {
                    if isFinal { appendUTF8(0xFFFD, to: &output); i += 2; continue }
                    break
                }
                let low = unit(i + 2)
                if (0xDC00..<0xE000).contains(low) {
                    appendUTF8(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), to: &output)
                    i += 4
                } else {
                    appendUTF8(0xFFFD, to: &output)
                    i += 2
                }
            } else {
                appendUTF8(u, to: &output)  // a lone low surrogate becomes U+FFFD there
                i += 2
            }
        }
        if isFinal && i < n {
            appendUTF8(0xFFFD, to: &output)
            i = n
        }
        return i
    }
}
