/// The text encodings agencies' CSV files arrive in.
///
/// UTF-8 (with or without a byte-order mark) is the norm. UTF-16 comes from Excel's
/// "Unicode Text" export. Windows-1258, TCVN3 (ABC) and VNI-Windows come from old offices
/// whose fonts predate Unicode (facts: ../shared/reference/FACTS.md §6).
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case windows1258 = "windows-1258"
    case tcvn3
    case vniWindows = "vni-windows"

    /// The name shown to users in findings ("TCVN3", "Windows-1258").
    public var displayName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LE: "UTF-16 LE"
        case .utf16BE: "UTF-16 BE"
        case .windows1258: "Windows-1258"
        case .tcvn3: "TCVN3"
        case .vniWindows: "VNI-Windows"
        }
    }

    /// A transcoder to UTF-8, or nil for UTF-8 itself (read as is).
    func makeTranscoder() -> (any Transcoder)? {
        switch self {
        case .utf8: nil
        case .utf16LE: UTF16Transcoder(bigEndian: false)
        case .utf16BE: UTF16Transcoder(bigEndian: true)
        case .windows1258, .tcvn3, .vniWindows: LegacyTranscoder(encoding: self)
        }
    }
}

/// What ``TextEncodingDetector`` concluded from the first bytes of a file.
public struct EncodingDetection: Sendable, Hashable {
    public var encoding: TextEncoding
    /// Bytes of byte-order mark to skip at the start of the file.
    public var bomLength: Int
    /// True when the encoding was proven (a BOM, or valid UTF-8), false when guessed.
    public var certain: Bool

    public init(encoding: TextEncoding, bomLength: Int, certain: Bool) {
        self.encoding = encoding
        self.bomLength = bomLength
        self.certain = certain
    }
}

/// Converts text from one encoding to UTF-8, one chunk at a time.
///
/// `transcode` consumes a prefix of `input` and appends UTF-8 to `output`. It may leave a few
/// bytes unconsumed when a character is split across chunks, unless `isFinal` is true, in which
/// case it consumes everything (replacing an incomplete character with U+FFFD).
public protocol Transcoder {
    mutating func transcode(_ input: UnsafeRawBufferPointer, isFinal: Bool, into output: inout [UInt8]) -> Int
}

extension UInt8 {
    @usableFromInline static let lineFeed = UInt8(ascii: "\n")
    @usableFromInline static let carriageReturn = UInt8(ascii: "\r")
    @usableFromInline static let quote = UInt8(ascii: "\"")
    @usableFromInline static let comma = UInt8(ascii: ",")
    @usableFromInline static let semicolon = UInt8(ascii: ";")
    @usableFromInline static let tab = UInt8(ascii: "\t")
    @usableFromInline static let space = UInt8(ascii: " ")
}

/// Appends the UTF-8 form of a Unicode scalar value (U+FFFD for an invalid one).
@inlinable
func appendUTF8(_ value: UInt32, to output: inout [UInt8]) {
    var v = value
    if v > 0x10FFFF || (0xD800...0xDFFF).contains(v) { v = 0xFFFD }
    switch v {
    case 0..<0x80:
        output.append(UInt8(v))
    case 0x80..<0x800:
        output.append(UInt8(0xC0 | (v >> 6)))
        output.append(UInt8(0x80 | (v & 0x3F)))
    case 0x800..<0x10000:
        output.append(UInt8(0xE0 | (v >> 12)))
        output.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        output.append(UInt8(0x80 | (v & 0x3F)))
    default:
        output.append(UInt8(0xF0 | (v >> 18)))
        output.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
        output.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        output.append(UInt8(0x80 | (v & 0x3F)))
    }
}
