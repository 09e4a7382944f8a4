/// A set of 64-bit keys, each with the row where it was first seen: the memory of `unique`
/// and `primaryKey` checks, and the only part of validation that grows with a file.
///
/// Open addressing with linear probing in one flat buffer of 12-byte slots (key low half, key
/// high half, row), so a probe touches one cache line, not one in a key array and another in
/// a row array. The table is any size, not a power of two: the home slot of a key is its
/// mixed hash scaled to the size (`hash × size >> 64`), so the table grows by half, not by
/// double, and holds 0.53 to 0.8 keys a slot: 15 to 23 bytes a distinct key. A caller that
/// knows about how many keys will come (a part of a file of known size) sizes it up front
/// and never grows it. Key 0 marks an empty slot; a real key 0 is remapped.
struct UniqueTable {
    private var slots: [UInt32]
    private(set) var capacity: Int
    private(set) var count = 0
    /// The count at which the table grows.
    private var growAt: Int

    /// Most keys a slot before the table grows.
    static let maximumLoad = 0.8

    init(capacity keys: Int = 0) {
        capacity = max(16, Int((Double(keys) / Self.maximumLoad).rounded(.up)))
        slots = [UInt32](repeating: 0, count: 3 * capacity)
        growAt = Int(Double(capacity) * Self.maximumLoad)
    }

    /// The bytes the table holds.
    var byteCount: Int { slots.count * 4 }

    @inline(__always)
    private static func remap(_ key: UInt64) -> UInt64 { key == 0 ? 0x9E37_79B9_7F4A_7C15 : key }

    @inline(__always)
    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: Fingerprint.mix(key).multipliedFullWidth(by: UInt64(capacity)).high)
    }

    /// Inserts `key` first seen at `row`; returns the earlier row when the key was there.
    mutating func insert(_ key: UInt64, row: Int) -> Int? {
        if count >= growAt { grow() }
        let key = Self.remap(key)
        let (slot, found) = probe(key)
        if found { return Int(Int32(bitPattern: slots[3 * slot + 2])) }
        slots.withUnsafeMutableBufferPointer { buffer in
            buffer[3 * slot] = UInt32(truncatingIfNeeded: key)
            buffer[3 * slot + 1] = UInt32(truncatingIfNeeded: key >> 32)
            buffer[3 * slot + 2] = UInt32(truncatingIfNeeded: row)
        }
        count += 1
        return nil
    }

    /// Asks the processor to bring `key`'s home slot into the cache, so that an ``insert(_:row:)``
    /// made a little later (at the end of the row) does not wait for memory: in a table larger
    /// than the cache, nearly every insert is otherwise a cache miss (perf: 92% of the insert's
    /// time was the load of the home slot).
    @inline(__always)
    func prefetch(_ key: UInt64) {
        let slot = home(Self.remap(key))
        slots.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress { llvmPrefetch(UnsafeRawPointer(base + 3 * slot), 0, 3, 1) }
        }
    }

    /// The row where `key` was first seen, if it was.
    func row(of key: UInt64) -> Int? {
        let (slot, found) = probe(Self.remap(key))
        return found ? Int(Int32(bitPattern: slots[3 * slot + 2])) : nil
    }

    /// The slot holding `key` (found), or the empty slot where it would go. The table is never
    /// full (at most 0.8 of it is used), so the probe ends.
    @inline(__always)
    private func probe(_ key: UInt64) -> (slot: Int, found: Bool) {
        let low = UInt32(truncatingIfNeeded: key), high = UInt32(truncatingIfNeeded: key >> 32)
        var slot = home(key)
        return slots.withUnsafeBufferPointer { buffer in
            while true {
                let l = buffer[3 * slot], h = buffer[3 * slot + 1]
                if l == 0 && h == 0 { return (slot, false) }
                if l == low && h == high { return (slot, true) }
                slot += 1
                if slot == capacity { slot = 0 }
            }
        }
    }

    /// Calls `body` with every key and the row where it was first seen, in no particular order.
    func forEach(_ body: (UInt64, Int) -> Void) { forEach(in: 0..<capacity, body) }

    /// Calls `body` with the keys in slots `range` (a share of the table for one thread).
    func forEach(in range: Range<Int>, _ body: (UInt64, Int) -> Void) {
        slots.withUnsafeBufferPointer { buffer in
            for slot in range.clamped(to: 0..<capacity) {
                let key = UInt64(buffer[3 * slot]) | UInt64(buffer[3 * slot + 1]) << 32
                if key != 0 { body(key, Int(Int32(bitPattern: buffer[3 * slot + 2]))) }
            }
        }
    }

    private mutating func grow() {
        var bigger = UniqueTable(capacity: Int(Double(capacity) * 1.5 * Self.maximumLoad))
        forEach { key, row in _ = bigger.insert(key, row: row) }
        self = bigger
    }
}

/// LLVM's prefetch intrinsic (address, 0 = read, locality 3 = keep in every cache level,
/// 1 = data cache): a hint that never faults and never waits. Swift has no spelling for it;
/// this declaration binds the intrinsic by its LLVM name.
@_silgen_name("llvm.prefetch.p0")
private func llvmPrefetch(_ address: UnsafeRawPointer, _ readWrite: Int32, _ locality: Int32, _ cacheType: Int32)
