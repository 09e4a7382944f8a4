/// What the validator worked out for the cell texts of one field (a commune's unit, a yes/no
/// word, an allowed value), by the text's fingerprint, so that a text seen a million times is
/// looked up, folded and resolved once.
///
/// Open addressing over a fixed 8,192 slots holding at most 4,096 texts (a field with more
/// distinct texts is worked out each time past that). Replaces a `[UInt64: Value]`, whose
/// SipHash of every key cost 3% of validating a register.
struct LookupCache {
    static let slotCount = 8192
    static let limit = 4096

    private var keys: [UInt64] = []
    private var values: [Value] = []
    private var flags: [Bool] = []
    private(set) var count = 0

    /// The value stored for `key`, and whether its text also carries a finding to repeat.
    @inline(__always)
    func lookup(_ key: UInt64) -> (value: Value, hasFinding: Bool)? {
        guard count > 0 else { return nil }
        let key = key == 0 ? 1 : key
        var slot = Int(truncatingIfNeeded: key) & (Self.slotCount - 1)
        while true {
            let existing = keys[slot]
            if existing == key { return (values[slot], flags[slot]) }
            if existing == 0 { return nil }
            slot = (slot + 1) & (Self.slotCount - 1)
        }
    }

    mutating func store(_ key: UInt64, _ value: Value, hasFinding: Bool = false) {
        guard count < Self.limit else { return }
        if keys.isEmpty {
            keys = [UInt64](repeating: 0, count: Self.slotCount)
            values = [Value](repeating: .missing, count: Self.slotCount)
            flags = [Bool](repeating: false, count: Self.slotCount)
        }
        let key = key == 0 ? 1 : key
        var slot = Int(truncatingIfNeeded: key) & (Self.slotCount - 1)
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (Self.slotCount - 1) }
        if keys[slot] == 0 { count += 1 }
        keys[slot] = key
        values[slot] = value
        flags[slot] = hasFinding
    }
}
