/// The stable name of a kind of finding, such as `type-error` or `tax-code-check-digit`.
///
/// Codes are kebab-case and never renamed: agencies and scripts key on them. Codes shared with
/// Frictionless keep Frictionless's names (`type-error`, `constraint-error`, `unique-error`,
/// `missing-label`, `extra-label`, `blank-row`, ...). Every code has an entry in the catalogue
/// (`Data/findings.json`) with its severity and its wording in Vietnamese and English.
public struct FindingCode: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (a: FindingCode, b: FindingCode) -> Bool { a.rawValue < b.rawValue }
}

extension FindingCode {
    // Files
    public static let fileUnreadable: FindingCode = "file-unreadable"
    public static let fileEmpty: FindingCode = "file-empty"
    public static let notARegularFile: FindingCode = "not-a-regular-file"
    public static let unsupportedFormat: FindingCode = "unsupported-format"
    public static let encryptedWorkbook: FindingCode = "encrypted-workbook"
    public static let corruptFile: FindingCode = "corrupt-file"
    public static let limitExceeded: FindingCode = "limit-exceeded"
    public static let unclosedQuote: FindingCode = "unclosed-quote"
    public static let malformedXML: FindingCode = "malformed-xml"
    public static let invalidUTF8: FindingCode = "invalid-utf8"
    public static let strayQuote: FindingCode = "stray-quote"
    public static let encodingDetected: FindingCode = "encoding-detected"
    public static let encodingConverted: FindingCode = "encoding-converted"
    public static let hiddenSheetSkipped: FindingCode = "hidden-sheet-skipped"
    public static let sheetNotFound: FindingCode = "sheet-not-found"
    // Structure
    public static let typeUnknown: FindingCode = "type-unknown"
    public static let headerNotFound: FindingCode = "header-not-found"
    public static let missingLabel: FindingCode = "missing-label"
    public static let extraLabel: FindingCode = "extra-label"
    public static let duplicateLabel: FindingCode = "duplicate-label"
    public static let blankLabel: FindingCode = "blank-label"
    public static let blankRow: FindingCode = "blank-row"
    public static let totalRowSkipped: FindingCode = "total-row-skipped"
    public static let totalMismatch: FindingCode = "total-mismatch"
    public static let columnNumberRowSkipped: FindingCode = "column-number-row-skipped"
    public static let extraCell: FindingCode = "extra-cell"
    public static let missingCell: FindingCode = "missing-cell"
    // Cells
    public static let cellError: FindingCode = "cell-error"
    public static let missingValue: FindingCode = "missing-value"
    public static let typeError: FindingCode = "type-error"
    public static let constraintError: FindingCode = "constraint-error"
    public static let uniqueError: FindingCode = "unique-error"
    public static let primaryKeyError: FindingCode = "primary-key-error"
    // Formats of the domain
    public static let domainSyntax: FindingCode = "domain-syntax"
    public static let domainNormalised: FindingCode = "domain-normalised"
    public static let domainSuffix: FindingCode = "domain-suffix"
    public static let taxCodeFormat: FindingCode = "tax-code-format"
    public static let taxCodeCheckDigit: FindingCode = "tax-code-check-digit"
    public static let citizenIDFormat: FindingCode = "citizen-id-format"
    public static let citizenIDProvince: FindingCode = "citizen-id-province"
    public static let citizenIDBirthYear: FindingCode = "citizen-id-birth-year"
    public static let householdIDFormat: FindingCode = "household-id-format"
    public static let phoneFormat: FindingCode = "phone-format"
    public static let unknownCommune: FindingCode = "unknown-commune"
    public static let ambiguousCommune: FindingCode = "ambiguous-commune"
    public static let oldCommuneName: FindingCode = "old-commune-name"
    // Row rules
    public static let ageOutOfRange: FindingCode = "age-out-of-range"
    public static let foundedTooEarly: FindingCode = "founded-too-early"
    public static let dateAfterPeriod: FindingCode = "date-after-period"
    public static let dateOrder: FindingCode = "date-order"
    public static let missingDependent: FindingCode = "missing-dependent"
    public static let countOrder: FindingCode = "count-order"
    public static let tooManyFindings: FindingCode = "too-many-findings"
    // Submissions (workspace)
    public static let fileNameConvention: FindingCode = "file-name-convention"
    public static let unknownAgency: FindingCode = "unknown-agency"
    public static let unknownPeriod: FindingCode = "unknown-period"
    public static let typeNotExpected: FindingCode = "type-not-expected"
    public static let duplicateFile: FindingCode = "duplicate-file"
    public static let supersedes: FindingCode = "supersedes"
    public static let lateSubmission: FindingCode = "late-submission"
}
