/// A cell's value after validation, typed by its field.
///
/// Values do not own text: `.text` points into the bytes of the row being validated, so a
/// value is valid only while that row is. A consumer that keeps text copies it
/// (``ValidatedRow/string(_:)``). Text the validator had to derive (a normalised domain name)
/// is `.derived`.
public enum Value: Sendable, Hashable {
    /// No value: the cell is empty or holds one of the schema's missing values.
    case missing
    /// The cell had a value that failed its type or format check (a finding says why).
    case invalid
    case integer(Int64)
    case number(Double)
    case boolean(Bool)
    case date(Day)
    /// Text in the row's bytes, trimmed.
    case text(start: Int32, end: Int32)
    /// Text the validator derived (normalised).
    case derived(String)
    /// An identifier (tax code, citizen ID, household number).
    case identifier(EntityKey)
    /// An administrative unit (commune), as an index into the unit directory.
    case unit(Int32)
    /// One of a field's allowed values (`enum`), as an index into its choices.
    case choice(Int32)

    /// True for a usable value (not missing, not invalid).
    public var isPresent: Bool {
        switch self {
        case .missing, .invalid: false
        default: true
        }
    }

    public var day: Day? {
        if case .date(let day) = self { return day }
        return nil
    }

    public var integer: Int64? {
        switch self {
        case .integer(let n): n
        case .number(let x) where x == x.rounded() && abs(x) < 9e15: Int64(x)
        default: nil
        }
    }

    public var number: Double? {
        switch self {
        case .integer(let n): Double(n)
        case .number(let x): x
        default: nil
        }
    }

    public var boolean: Bool? {
        if case .boolean(let b) = self { return b }
        return nil
    }

    public var entityKey: EntityKey? {
        if case .identifier(let key) = self { return key }
        return nil
    }

    public var unitIndex: Int32? {
        if case .unit(let index) = self { return index }
        return nil
    }
}
