/// A rule about several cells of one row, declared in a schema's `rules` list.
///
/// These are the programme's eligibility and consistency rules (BRIEF "What a good
/// consolidation must get right"). They live in the schema files, so a rule changes without a
/// new build; each maps to one finding code.
public enum RowRule: Sendable, Hashable {
    /// `domain-suffix`: the domain must end in `suffix` (`.id.vn`, `.biz.vn`).
    case suffix(field: String, suffix: String)
    /// `age-out-of-range`: full years from `birth` to the first present date of `at` within `min...max`.
    case ageBetween(birth: String, at: [String], min: Int, max: Int)
    /// `founded-too-early`: `at` no later than `years` after `start`.
    case withinYears(start: String, at: String, years: Int)
    /// `date-after-period`: each date no later than the period's cut-off.
    case notAfterPeriodEnd(fields: [String])
    /// `date-order`: `earlier` not after `later`.
    case dateOrder(earlier: String, later: String)
    /// `missing-dependent`: when `field` has a value, `requires` must too.
    case requires(field: String, requires: String)
    /// `count-order`: each field no larger than the next one (`registered ≤ reached ≤ eligible`).
    case notGreater(fields: [String])
    /// `citizen-id-birth-year`: the birth year encoded in a citizen ID matches the birth date.
    case idBirthYear(id: String, birth: String)

    /// The fields the rule reads, to check they exist when the schema is loaded.
    var fieldNames: [String] {
        switch self {
        case .suffix(let f, _): [f]
        case .ageBetween(let b, let at, _, _): [b] + at
        case .withinYears(let s, let a, _): [s, a]
        case .notAfterPeriodEnd(let fs): fs
        case .dateOrder(let e, let l): [e, l]
        case .requires(let f, let r): [f, r]
        case .notGreater(let fs): fs
        case .idBirthYear(let i, let b): [i, b]
        }
    }
}
