public import Schema

/// A provincial body that reports to DOST every quarter (plan 103/KH-UBND, section V).
///
/// The code is how the agency names its files (`STC_2026-Q1.xlsx`), so it is short, upper-case
/// ASCII and never five digits (five digits are a commune's code).
public struct Agency: Sendable, Hashable {
    /// What sort of body it is; reports group and word their tables by it.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A provincial department (Sở).
        case department
        /// A university or college that reaches its own students.
        case school
        /// A mass organisation reporting on its members.
        case organisation
        /// A newspaper, broadcaster or information centre.
        case media
        /// The Department of Science and Technology itself, which consolidates.
        case dost
        /// The registry (VNNIC) or a registrar, which sends extracts of granted names.
        case registry
    }

    /// `STC`, `SGDDT`, `TINHDOAN`: upper-case letters and digits.
    public var code: String
    /// The name in Vietnamese (in reports and receipts) and English.
    public var name: Localized
    public var kind: Kind
    /// Submission types (schema names) the agency must send every quarter; a missing one
    /// counts against completeness.
    public var expects: [String]
    /// Submission types it may send without being expected to.
    public var optional: [String]

    public init(code: String, name: Localized, kind: Kind, expects: [String], optional: [String] = []) {
        self.code = code
        self.name = name
        self.kind = kind
        self.expects = expects
        self.optional = optional
    }

    /// Whether `text` has the shape of an agency code: 2–16 upper-case ASCII letters or digits,
    /// starting with a letter.
    public static func isCode(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard (2...16).contains(bytes.count), let first = bytes.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) else {
            return false
        }
        return bytes.allSatisfy { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}
