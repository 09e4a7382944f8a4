/// Decoding of XML character data and of the `_xHHHH_` escapes of OOXML strings.
///
/// XML 1.0 §2.11 (line ends: CR LF and lone CR read as LF), §3.3.3 (attribute values: each
/// tab, line end and CR LF read as one space), §4.1 and §4.6 (character references and the
/// five predefined entities; no other entity exists, because we refuse DTDs).
enum XMLText {
    /// Appends `raw` to `out`, decoding references and line ends. Returns false on an
    /// undefined entity or a bad character reference (the XML is not well formed).
    static func appendDecoded(_ raw: UnsafeRawBufferPointer, to out: inout [UInt8], attribute: Bool = false) -> Bool {
        var i = 0
        let n = raw.count
        var runStart = 0
        while i < n {
            let b = raw[i]
            if b == .ampersand {
                out.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[runStart..<i]))
                var j = i + 1
                while j < n && j - i < 12 && raw[j] != .semicolon { j += 1 }
                guard j < n, raw[j] == .semicolon else { return false }
                guard decodeReference(UnsafeRawBufferPointer(rebasing: raw[(i + 1)..<j]), into: &out) else { return false }
                i = j + 1
                runStart = i
            } else if b == .carriageReturn || (attribute && (b == .tab || b == .lineFeed)) {
                out.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[runStart..<i]))
                out.append(attribute ? .space : .lineFeed)
                i += (b == .carriageReturn && i + 1 < n && raw[i + 1] == .lineFeed) ? 2 : 1
                runStart = i
            } else {
                i += 1
            }
        }
        out.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[runStart..<n]))
        return true
    }

    /// True when `raw` needs ``appendDecoded(_:to:attribute:)`` (holds `&` or a CR; for an
    /// attribute, also a tab or a line feed).
    @inline(__always)
    static func needsDecoding(_ raw: UnsafeRawBufferPointer, attribute: Bool) -> Bool {
        for b in raw where b == .ampersand || (b < 0x20 && (b == .carriageReturn || attribute)) { return true }
        return false
    }

    /// Decodes the reference between `&` and `;`.
    private static func decodeReference(_ name: UnsafeRawBufferPointer, into out: inout [UInt8]) -> Bool {
        switch Array(name) {
        case [0x6C, 0x74]: out.append(UInt8(ascii: "<"))                                // lt
        case [0x67, 0x74]: out.append(UInt8(ascii: ">"))                                // gt
        case [0x61, 0x6D, 0x70]: out.append(.ampersand)                                 // amp
        case [0x71, 0x75, 0x6F, 0x74]: out.append(.quote)                              // quot
        case [0x61, 0x70, 0x6F, 0x73]: out.append(UInt8(ascii: "'"))                   // apos
        default:
            guard name.count >= 2, name[0] == UInt8(ascii: "#") else { return false }
            var value: UInt32 = 0
            let hex = name[1] == UInt8(ascii: "x")
            let digits = name[(hex ? 2 : 1)...]
            guard !digits.isEmpty, digits.count <= 8 else { return false }
            for d in digits {
                guard let v = digitValue(d, hex: hex) else { return false }
                value = value * (hex ? 16 : 10) + v
            }
            guard let scalar = Unicode.Scalar(value), value != 0 else { return false }
            appendUTF8(scalar, to: &out)
        }
        return true
    }

    static func digitValue(_ d: UInt8, hex: Bool) -> UInt32? {
        switch d {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(d - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: UInt32(d - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: UInt32(d - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    static func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        for unit in UTF8.encode(scalar)! { out.append(unit) }
    }

    /// Decodes OOXML's `_xHHHH_` escapes (ECMA-376 Part 1 §22.9.2.19, ST_Xstring) in
    /// `bytes[from...]`, in place: each escape names a UTF-16 code unit, so a control
    /// character or a surrogate pair can travel in XML. `_x005F_` escapes the underscore.
    /// The result is never longer than the escapes, so the bytes shrink or stay.
    static func decodeXEscapes(in bytes: inout [UInt8], from start: Int) {
        guard hasXEscape(bytes, from: start) else { return }
        var read = start
        var write = start
        let n = bytes.count
        var pendingHigh: UInt32?
        while read < n {
            if let unit = xEscape(bytes, at: read) {
                read += 7
                if (0xD800...0xDBFF).contains(unit) { pendingHigh = unit; continue }
                var value = unit
                if (0xDC00...0xDFFF).contains(unit), let high = pendingHigh {
                    value = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)
                }
                pendingHigh = nil
                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                for b in UTF8.encode(scalar)! { bytes[write] = b; write += 1 }
            } else {
                if pendingHigh != nil {
                    pendingHigh = nil
                    for b in UTF8.encode("\u{FFFD}")! { bytes[write] = b; write += 1 }
                }
                bytes[write] = bytes[read]
                write += 1
                read += 1
            }
        }
        bytes.removeSubrange(write...)
    }

    @inline(__always)
    static func hasXEscape(_ bytes: [UInt8], from start: Int) -> Bool {
        var i = start
        while i + 6 < bytes.count {
            if bytes[i] == .underscore && bytes[i + 1] == UInt8(ascii: "x") { return true }
            i += 1
        }
        return false
    }

    private static func xEscape(_ b: [UInt8], at i: Int) -> UInt32? {
        guard i + 6 < b.count, b[i] == .underscore, b[i + 1] == UInt8(ascii: "x"), b[i + 6] == .underscore else { return nil }
        var value: UInt32 = 0
        for k in 2..<6 {
            guard let v = digitValue(b[i + k], hex: true) else { return nil }
            value = value << 4 | v
        }
        return value
    }
}

extension UInt8 {
    static let ampersand = UInt8(ascii: "&")
    static let lessThan = UInt8(ascii: "<")
    static let greaterThan = UInt8(ascii: ">")
    static let slash = UInt8(ascii: "/")
    static let colon = UInt8(ascii: ":")
    static let equals = UInt8(ascii: "=")
    static let apostrophe = UInt8(ascii: "'")
    static let underscore = UInt8(ascii: "_")
    static let exclamation = UInt8(ascii: "!")
    static let question = UInt8(ascii: "?")
}
