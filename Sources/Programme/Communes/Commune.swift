/// One of the province's commune-level units in force since 1 July 2025 (a xã or a phường).
///
/// The list comes from `programme.json` (`communes.units`), itself generated from the national
/// code list (QĐ 19/2025/QĐ-TTg); nothing about a particular commune is written in code.
public struct Commune: Sendable, Hashable {
    /// Rural commune (xã) or urban ward (phường): the prefix of the official name.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case xa
        case phuong

        /// The prefix the official name starts with.
        public var namePrefix: String {
            switch self {
            case .xa: "Xã "
            case .phuong: "Phường "
            }
        }
    }

    /// The 5-digit code (`05443`), which is also the sender code in a commune's file names.
    public var code: String
    /// The official name with its prefix, NFC (`Phường Phan Đình Phùng`).
    public var name: String
    public var kind: Kind

    public init(code: String, name: String, kind: Kind) {
        self.code = code
        self.name = name
        self.kind = kind
    }

    /// Whether `text` has the shape of a commune code: exactly five ASCII digits.
    public static func isCode(_ text: String) -> Bool {
        text.utf8.count == 5 && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
