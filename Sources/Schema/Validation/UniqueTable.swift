/// A set of 64-bit keys, each with the row where it was first seen: the memory of `unique`
/// and `primaryKey` checks.
///
/// Open addressing with linear probing in two flat arrays (12 bytes a slot, at most 3/4
/// full), so a million distinct identifiers cost about 24 MB, and nothing per row is
/// allocated. Key 0 marks an empty slot; a real key 0 is remapped.
struct UniqueTable {
    private var keys: [UInt64]
    private var rows: [Int32]
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 4 / 3 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        rows = [Int32](repeating: 0, count: size)
    }

    /// Inserts `key` first seen at `row`; returns the earlier row when the key was there.
    mutating func insert(_ key: UInt64, row: Int) -> Int? {
        let key = key == 0 ? 0x9E37_79B9_7F4A_7C15 : key
        if (count + 1) * 4 > keys.count * 3 { grow() }
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: Fingerprint.mix(key)) & mask
        while true {
            let existing = keys[slot]
            if existing == 0 {
                keys[slot] = key
                rows[slot] = Int32(truncatingIfNeeded: row)
                count += 1
                return nil
            }
            if existing == key { return Int(rows[slot]) }
            slot = (slot + 1) & mask
        }
    }

    /// Inserts `key` seen at `row`, or, when the key is there, returns its row and keeps the
    /// lower of the two (keys of parts of a file compared out of file order).
    mutating func insertKeepingLowest(_ key: UInt64, row: Int) -> Int? {
        let key = key == 0 ? 0x9E37_79B9_7F4A_7C15 : key
        if (count + 1) * 4 > keys.count * 3 { grow() }
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: Fingerprint.mix(key)) & mask
        while true {
            let existing = keys[slot]
            if existing == 0 {
                keys[slot] = key
                rows[slot] = Int32(truncatingIfNeeded: row)
                count += 1
                return nil
            }
            if existing == key {
                let earlier = Int(rows[slot])
                if row < earlier { rows[slot] = Int32(truncatingIfNeeded: row) }
                return earlier
            }
            slot = (slot + 1) & mask
        }
    }

    /// Calls `body` with every key and the row where it was first seen, in no particular order.
    func forEach(_ body: (UInt64, Int) -> Void) {
        for (key, row) in zip(keys, rows) where key != 0 { body(key, Int(row)) }
    }

    private mutating func grow() {
        let oldKeys = keys, oldRows = rows
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        rows = [Int32](repeating: 0, count: oldKeys.count * 2)
        count = 0
        for (key, row) in zip(oldKeys, oldRows) where key != 0 { _ = insert(key, row: Int(row)) }
    }
}
