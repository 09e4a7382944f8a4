public import Tabular

/// The benchmark task's counts, taken in the same pass as full validation: per (commune as
/// written, cohort), the rows whose identifier is valid, those with an outreach date or a
/// domain written, and those with a domain written. Rows whose identifier is invalid are
/// counted as rejected. The digest is what every peer of the benchmark prints too
/// (`scripts/bench/README.md`), so the results can be checked against each other.
public struct RegisterCounts: Sendable {
    public struct Group: Sendable, Hashable {
        public var rows = 0
        public var reached = 0
        public var registered = 0
    }

    public private(set) var groups: [String: Group] = [:]
    public private(set) var rejected = 0

    public init() {}

    /// Counts one validated row of a register (other kinds are ignored).
    public mutating func add(_ validator: RowValidator, _ row: borrowing Row) {
        let schema = validator.schema
        guard schema.kind == .register, let cohort = schema.cohort, let id = schema.fieldIndex("entity_id") else { return }
        guard validator.values[id].entityKey != nil else {
            rejected += 1
            return
        }
        func column(_ name: String) -> Int? {
            guard let i = schema.fieldIndex(name) else { return nil }
            return validator.mapping.columnOfField[i]
        }
        /// A cell is written when it holds a number or date, or text other than spaces.
        func written(_ name: String) -> Bool {
            guard let c = column(name) else { return false }
            switch row[c].kind {
            case .empty: return false
            case .text: return !row.text(c).trimmingCharacters(in: .whitespaces).isEmpty
            default: return true
            }
        }
        let commune = column("commune").map { row.text($0).trimmingCharacters(in: .whitespaces) } ?? ""
        let outreach = written("outreach_date")
        let domain = written("domain")
        var group = groups[commune + "," + cohort] ?? Group()
        group.rows += 1
        if outreach || domain { group.reached += 1 }
        if domain { group.registered += 1 }
        groups[commune + "," + cohort] = group
    }

    /// `commune,cohort,rows,reached,registered` lines, sorted, then `rejected,N`.
    public var canonicalText: String {
        groups.sorted { $0.key < $1.key }.map { "\($0.key),\($0.value.rows),\($0.value.reached),\($0.value.registered)\n" }
            .joined() + "rejected,\(rejected)\n"
    }
}
