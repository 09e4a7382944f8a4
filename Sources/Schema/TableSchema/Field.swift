/// One column of a submission type.
///
/// `title` is the Vietnamese header of the template; `aliases` are the other headers agencies
/// write for the same column. Headers are matched ignoring case, diacritics, spacing and
/// anything in parentheses, so "MÃ SỐ THUẾ (*)" and "ma so thue" are both `Mã số thuế`.
public struct Field: Sendable, Hashable {
    /// The stable name code refers to (`entity_id`, `commune`, `registered_on`).
    public var name: String
    /// The template header, in Vietnamese.
    public var title: String
    /// The header in English (help, templates with `--lang en`).
    public var titleEN: String
    public var aliases: [String]
    public var description: String?
    public var type: FieldType
    public var format: FieldFormat
    public var constraints: Constraints
    /// Set when the column holds personal data, which is then masked in every output.
    public var personal: PersonalData?
    /// Values read as true / false for boolean fields (compared after folding).
    public var trueValues: [String]
    public var falseValues: [String]

    public init(name: String, title: String, titleEN: String, type: FieldType, format: FieldFormat = .default) {
        self.name = name
        self.title = title
        self.titleEN = titleEN
        self.aliases = []
        self.type = type
        self.format = format
        self.constraints = Constraints()
        self.trueValues = Field.defaultTrueValues
        self.falseValues = Field.defaultFalseValues
    }

    public static let defaultTrueValues = ["có", "x", "yes", "y", "true", "1", "đã", "rồi", "✓", "✔"]
    public static let defaultFalseValues = ["không", "no", "n", "false", "0", "chưa"]
}
