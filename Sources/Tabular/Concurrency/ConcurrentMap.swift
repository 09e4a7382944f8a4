import Foundation

extension Array where Element: Sendable {
    /// `map` with one element per core at a time, results in the original order. For
    /// independent, coarse work (one file each); the caller's result equals a serial map's.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let results = ConcurrentSlots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in results.set(i, transform(self[i])) }
        return results.values()
    }
}

/// Slots written from several threads, each index by exactly one of them.
private final class ConcurrentSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: T) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    func values() -> [T] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
