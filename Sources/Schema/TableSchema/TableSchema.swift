/// A submission type: the columns an agency's file must have and the rules its rows follow.
///
/// Loaded from a JSON file in `Data/schemas/` written in the Frictionless Table Schema
/// vocabulary (`fields`, `type`, `format`, `constraints`, `primaryKey`, `missingValues`) plus a
/// few properties of our own (`title` in two languages, `aliases`, `kind`, `cohort`, `rules`).
public struct TableSchema: Sendable {
    /// What a row stands for, which decides how rows are counted.
    public enum Kind: String, Sendable, Hashable {
        /// One row per entity (enterprise, household business, student): counted once across agencies.
        case register
        /// Counts per unit (commune, school, organisation), including the eligible population.
        case aggregate
        /// One row per event or item (workshop, media item, craft village).
        case list
        /// Free-text sections of the report (results, difficulties, proposals, next tasks).
        case narrative
        /// The registry's list of granted names (VNNIC or a registrar).
        case registry
    }

    /// The stable name (`enterprise-register`), also used in file names and `--type`.
    public var name: String
    public var title: Localized
    public var description: Localized?
    public var kind: Kind
    /// The cohort a register or list counts (`enterprise`, `household`, `student`, ...).
    public var cohort: String?
    public var fields: [Field]
    public var primaryKey: [String]
    /// Cell texts read as "no value" (Table Schema `missingValues`), compared after trimming.
    public var missingValues: [String]
    public var rules: [RowRule]
    /// Sheet names that hold this type in a workbook (compared after folding).
    public var sheetNames: [String]
    /// Words in a file name that name this type (`doanh-nghiep`).
    public var fileTokens: [String]
    /// Header texts that are allowed and ignored (row numbers such as "STT").
    public var ignoredLabels: [String]

    public func fieldIndex(_ name: String) -> Int? { fields.firstIndex { $0.name == name } }
    public func field(_ name: String) -> Field? { fields.first { $0.name == name } }

    /// The fields whose absence makes the file unusable.
    public var requiredFields: [Field] { fields.filter(\.constraints.required) }
}
