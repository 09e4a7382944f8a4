/// How personal data is hidden wherever it leaves the engine (Decree 13/2023/NĐ-CP,
/// Law 91/2025/QH15): enough is kept to let an agency find the row, never enough to identify
/// the person.
public enum PersonalData: String, Sendable, Hashable {
    /// A citizen ID, a personal tax code or another personal identifier: first 4 and last 4
    /// characters kept (`0191****5678`).
    case identifier
    /// A phone number: first 4 and last 3 digits kept (`0912***678`).
    case phone
    /// A birth date: only the year kept (`**/**/2005`).
    case birthDate = "birth-date"
    /// Anything else personal: fully hidden.
    case other
}

public enum Masking {
    /// The masked form of `value`.
    public static func mask(_ value: String, as kind: PersonalData) -> String {
        let characters = Array(value)
        switch kind {
        case .identifier:
            guard characters.count > 8 else { return String(repeating: "*", count: characters.count) }
            return String(characters.prefix(4)) + String(repeating: "*", count: characters.count - 8)
                + String(characters.suffix(4))
        case .phone:
            guard characters.count > 7 else { return String(repeating: "*", count: characters.count) }
            return String(characters.prefix(4)) + String(repeating: "*", count: characters.count - 7)
                + String(characters.suffix(3))
        case .birthDate:
            // Keep a four-digit year if there is one; mask every other digit.
            let year = value.split(whereSeparator: { !$0.isNumber }).first { $0.count == 4 }
            return year.map { "**/**/" + $0 } ?? "**/**/****"
        case .other:
            return String(repeating: "*", count: min(characters.count, 8))
        }
    }
}
