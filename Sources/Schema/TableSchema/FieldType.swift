/// The Table Schema types a field can have (Frictionless Table Schema §types), limited to
/// those agencies' reports use.
public enum FieldType: String, Sendable, Hashable, CaseIterable {
    case string
    case integer
    case number
    case date
    case boolean
}

/// Formats refine a type with the programme's identifier and name rules. `default` is plain.
public enum FieldFormat: String, Sendable, Hashable, CaseIterable {
    case `default`
    /// Enterprise tax code: 10 digits with a check digit, or 13 for a branch (FACTS §5).
    case taxCode = "vn-tax-code"
    /// Citizen identity number: 12 digits, province and century-sex prefix (FACTS §5).
    case citizenID = "vn-citizen-id"
    /// Household business number: legacy `17A8012345`, a tax code, or a 12-digit personal ID.
    case householdID = "vn-household-id"
    /// A `.vn` domain name (Thông tư 24/2015/TT-BTTTT Điều 6).
    case domain = "vn-domain"
    /// A commune or ward of the province: a 5-digit code or a name, old names resolved.
    case commune
    /// A Vietnamese phone number.
    case phone = "vn-phone"
}
