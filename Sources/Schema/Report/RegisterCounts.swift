public import Tabular
import Foundation

/// The benchmark task's counts, taken in the same pass as full validation: per (commune as
/// written, cohort), the rows whose identifier is valid, those with an outreach date or a
/// domain written, and those with a domain written. Rows whose identifier is invalid are
/// counted as rejected. The digest is what every peer of the benchmark prints too
/// (`scripts/bench/README.md`), so the results can be checked against each other.
///
/// Counting works on the cells' bytes: the commune's trimmed bytes find their group through a
/// fingerprint, so a million rows make no `String` (the first version trimmed three Foundation
/// strings a row, which was half of the benchmark's time). Counts of two parts of one file
/// merge by addition (``merge(_:)``), which is what lets a file be validated on two cores.
public struct RegisterCounts: Sendable, RowTally {
    public struct Group: Sendable, Hashable {
        public var rows = 0
        public var reached = 0
        public var registered = 0
    }

    /// Groups by "commune,cohort", built on demand from the byte-keyed groups.
    public var groups: [String: Group] {
        var result: [String: Group] = [:]
        for entry in entries {
            let key = String(decoding: entry.commune, as: UTF8.self) + "," + cohorts[entry.cohort]
            var group = result[key] ?? Group()
            group.rows += entry.group.rows
            group.reached += entry.group.reached
            group.registered += entry.group.registered
            result[key] = group
        }
        return result
    }

    public private(set) var rejected = 0

    private struct Entry: Sendable {
        var commune: [UInt8]
        /// Index into ``cohorts``.
        var cohort: Int
        var group: Group
    }

    /// The cohorts met, each once: a row's cohort is compared as an index, so the per-row
    /// plan holds no `String` (copying one a row, to retain and release it, was 130
    /// instructions of the 680 counting a row took, callgrind).
    private var cohorts: [String] = []

    /// The groups, and an index from (fingerprint of commune bytes and cohort) to them.
    private var entries: [Entry] = []
    /// Fingerprint → entry, by open addressing (a `Dictionary` would SipHash every row's key).
    private var slotKeys = [UInt64](repeating: 0, count: 1024)
    private var slotEntries = [Int32](repeating: -1, count: 1024)
    /// The columns of the schema last seen (a file's rows share one validator).
    private var plan: Plan?

    private struct Plan: Sendable {
        let validator: ObjectIdentifier
        /// Index into ``cohorts``.
        let cohort: Int
        let cohortKey: UInt64
        let identifier: Int
        let commune: Int?
        let outreach: Int?
        let domain: Int?
    }

    public init() {}

    /// Counts one validated row of a register (other kinds are ignored).
    public mutating func add(_ validator: RowValidator, _ row: borrowing Row) {
        guard let plan = plan(for: validator) else { return }
        guard validator.values[plan.identifier].entityKey != nil else {
            rejected += 1
            return
        }
        row.withStorage { cells, bytes in
            /// The trimmed bytes of a text cell; nil for a cell of another kind.
            func text(_ column: Int?) -> UnsafeRawBufferPointer? {
                guard let column, column < cells.count else { return UnsafeRawBufferPointer(start: nil, count: 0) }
                let cell = cells[column]
                switch cell.kind {
                case .empty: return UnsafeRawBufferPointer(start: nil, count: 0)
                case .text: return ByteText.trimmed(UnsafeRawBufferPointer(rebasing: bytes[cell.textRange]))
                default: return nil
                }
            }
            /// A cell is written when it holds a number or date, or text other than spaces.
            func written(_ column: Int?) -> Bool {
                guard let t = text(column) else { return true }
                return !t.isEmpty
            }
            let commune = text(plan.commune) ?? UnsafeRawBufferPointer(start: nil, count: 0)
            let domain = written(plan.domain)
            let reached = domain || written(plan.outreach)
            let key = Fingerprint.mix(Fingerprint.of(commune) ^ plan.cohortKey)
            let at: Int
            if let found = entry(for: key), Self.equal(entries[found].commune, commune), entries[found].cohort == plan.cohort {
                at = found
            } else {
                at = slot(commune: Array(commune), cohort: plan.cohort, key: key)
            }
            entries[at].group.rows += 1
            if reached { entries[at].group.reached += 1 }
            if domain { entries[at].group.registered += 1 }
        }
    }

    @inline(__always)
    private static func equal(_ stored: [UInt8], _ bytes: UnsafeRawBufferPointer) -> Bool {
        stored.count == bytes.count && stored.withUnsafeBytes { s in
            s.isEmpty || (s.baseAddress.flatMap { a in bytes.baseAddress.map { memcmp(a, $0, s.count) == 0 } } ?? false)
        }
    }

    /// The group of (commune, cohort), made when new. A fingerprint shared by two different
    /// communes (never seen, but possible) falls back to a linear search, so counts stay exact.
    private mutating func slot(commune: [UInt8], cohort: Int, key: UInt64) -> Int {
        if let existing = entries.firstIndex(where: { $0.commune == commune && $0.cohort == cohort }) { return existing }
        entries.append(Entry(commune: commune, cohort: cohort, group: Group()))
        if entry(for: key) == nil { remember(key, entries.count - 1) }
        return entries.count - 1
    }

    private func entry(for key: UInt64) -> Int? {
        let mask = slotKeys.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while slotEntries[slot] >= 0 {
            if slotKeys[slot] == key { return Int(slotEntries[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func remember(_ key: UInt64, _ entry: Int) {
        if (entries.count + 1) * 2 > slotKeys.count {
            // Keep the index at most half full: rebuild it twice as large.
            let old = zip(slotKeys, slotEntries).filter { $0.1 >= 0 }
            slotKeys = [UInt64](repeating: 0, count: slotKeys.count * 2)
            slotEntries = [Int32](repeating: -1, count: slotKeys.count)
            for (k, e) in old { place(k, e) }
        }
        place(key, Int32(entry))
    }

    private mutating func place(_ key: UInt64, _ entry: Int32) {
        let mask = slotKeys.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while slotEntries[slot] >= 0 { slot = (slot + 1) & mask }
        slotKeys[slot] = key
        slotEntries[slot] = entry
    }

    private mutating func plan(for validator: RowValidator) -> Plan? {
        let id = ObjectIdentifier(validator)
        if let plan, plan.validator == id { return plan }
        let schema = validator.schema
        guard schema.kind == .register, let cohort = schema.cohort, let identifier = schema.fieldIndex("entity_id") else {
            return nil
        }
        func column(_ name: String) -> Int? { schema.fieldIndex(name).flatMap { validator.mapping.columnOfField[$0] } }
        let made = Plan(validator: id, cohort: cohortIndex(cohort), cohortKey: Fingerprint.of(cohort), identifier: identifier,
                        commune: column("commune"), outreach: column("outreach_date"), domain: column("domain"))
        plan = made
        return made
    }

    /// The index of `cohort` in ``cohorts``, added when new.
    private mutating func cohortIndex(_ cohort: String) -> Int {
        if let index = cohorts.firstIndex(of: cohort) { return index }
        cohorts.append(cohort)
        return cohorts.count - 1
    }

    /// Adds another part's counts (the rows of another part of the same file, or another file).
    public mutating func merge(_ other: RegisterCounts) {
        rejected += other.rejected
        for entry in other.entries {
            let name = other.cohorts[entry.cohort]
            let cohort = cohortIndex(name)
            let at = entry.commune.withUnsafeBytes { bytes in
                slot(commune: entry.commune, cohort: cohort, key: Fingerprint.mix(Fingerprint.of(bytes) ^ Fingerprint.of(name)))
            }
            entries[at].group.rows += entry.group.rows
            entries[at].group.reached += entry.group.reached
            entries[at].group.registered += entry.group.registered
        }
    }

    /// `commune,cohort,rows,reached,registered` lines, sorted, then `rejected,N`.
    public var canonicalText: String {
        groups.sorted { $0.key < $1.key }.map { "\($0.key),\($0.value.rows),\($0.value.reached),\($0.value.registered)\n" }
            .joined() + "rejected,\(rejected)\n"
    }
}
