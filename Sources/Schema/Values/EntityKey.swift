/// The identifier of an enterprise, household business or person, packed into 64 bits.
///
/// Almost every identifier in the programme is a string of at most 13 digits (tax codes,
/// citizen IDs) or a legacy household number of the shape `17A8012345`; each packs exactly
/// into a `UInt64` with its kind in the top byte, so equal identifiers are equal keys with no
/// string kept. Anything else is keyed by a 64-bit fingerprint of its normalised text (kind
/// `other`); two different such texts could in theory share a key (probability about
/// n²/2⁶⁵, 3·10⁻⁸ for a million of them), which is why the common shapes are packed exactly.
///
/// ```
///  bits 63…56   kind (1 tax code, 2 branch tax code, 3 citizen ID, 4 legacy household, 5 other)
///  bits 55…0    the digits as a number (or province·26+letter, then 7 digits; or a fingerprint)
/// ```
public struct EntityKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Kind: UInt8, Sendable {
        case taxCode = 1
        case branchTaxCode = 2
        case citizenID = 3
        case legacyHousehold = 4
        case other = 5
    }

    public let raw: UInt64

    public init(raw: UInt64) { self.raw = raw }

    public init(kind: Kind, payload: UInt64) {
        raw = UInt64(kind.rawValue) << 56 | (payload & 0x00FF_FFFF_FFFF_FFFF)
    }

    public var kind: Kind { Kind(rawValue: UInt8(raw >> 56)) ?? .other }
    var payload: UInt64 { raw & 0x00FF_FFFF_FFFF_FFFF }

    public static func < (a: EntityKey, b: EntityKey) -> Bool { a.raw < b.raw }

    /// The identifier as it is written (`0101234567`, `0101234567-001`, `17A8012345`); a
    /// fingerprinted identifier shows as `#` and its hexadecimal key.
    public var description: String {
        switch kind {
        case .taxCode: return Self.digits(payload, count: 10)
        case .branchTaxCode:
            let text = Self.digits(payload, count: 13)
            return String(text.prefix(10)) + "-" + String(text.suffix(3))
        case .citizenID: return Self.digits(payload, count: 12)
        case .legacyHousehold:
            let head = payload / 10_000_000, tail = payload % 10_000_000
            let province = head / 26, letter = head % 26
            return Self.digits(province, count: 2) + String(UnicodeScalar(UInt8(65 + letter))) + Self.digits(tail, count: 7)
        case .other: return "#" + String(payload, radix: 16)
        }
    }

    static func digits(_ value: UInt64, count: Int) -> String {
        let text = String(value)
        return text.count >= count ? text : String(repeating: "0", count: count - text.count) + text
    }
}

/// A deterministic 64-bit fingerprint of bytes (FNV-1a, then a SplitMix64 finaliser so that
/// short inputs spread over every bit). Deterministic across runs, unlike `Hasher`, so that
/// keys and orders never vary from one run to the next.
public enum Fingerprint {
    @inlinable
    public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return mix(hash)
    }

    public static func of(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { of(UnsafeRawBufferPointer($0)) }
    }

    @inlinable
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
