import Testing
@testable import Schema

/// The key table behind `unique` and `primaryKey` checks.
@Suite("Key table")
struct UniqueTableTests {
    @Test func remembersTheFirstRowOfEveryKeyThroughGrowth() {
        var table = UniqueTable()
        // Keys 0 (the empty mark, remapped) and consecutive integers, which a poor home-slot
        // function would cluster.
        for i in 0..<100_000 { #expect(table.insert(UInt64(i), row: i + 2) == nil) }
        #expect(table.count == 100_000)
        for i in stride(from: 0, to: 100_000, by: 997) {
            #expect(table.insert(UInt64(i), row: 999_999) == i + 2)
            #expect(table.row(of: UInt64(i)) == i + 2)
        }
        #expect(table.row(of: 100_001) == nil)
        #expect(table.count == 100_000)
        var seen = 0
        table.forEach { key, row in
            seen += 1
            if key < 100_000 && key != 0 { #expect(row == Int(key) + 2) }
        }
        #expect(seen == 100_000)
    }

    @Test func holdsBetweenFifteenAndTwentyFourBytesAKey() {
        var table = UniqueTable()
        for n in 1...300_000 {
            _ = table.insert(Fingerprint.mix(UInt64(n)), row: n)
            if n >= 1_000 && n % 997 == 0 {
                let perKey = Double(table.byteCount) / Double(n)
                #expect(perKey >= 15 && perKey <= 23)
            }
        }
        // Sized for what will come, it never grows.
        var sized = UniqueTable(capacity: 50_000)
        let before = sized.byteCount
        for n in 1...50_000 { _ = sized.insert(UInt64(n) &* 0x9E37_79B9, row: n) }
        #expect(sized.byteCount == before)
    }
}

/// Fingerprints are the keys of uniqueness checks: different texts must not share one.
@Suite("Fingerprints")
struct FingerprintTests {
    @Test func nearTextsHaveDistinctFingerprints() {
        var texts: Set<[UInt8]> = []
        for n in 0..<20_000 {
            let base = Array("nguyenvan\(n).id.vn".utf8)
            texts.insert(base)
            texts.insert(base + [0])  // the same bytes and a zero
            var edited = base
            edited[n % base.count] ^= 1  // one bit of one byte
            texts.insert(edited)
            texts.insert(Array(String(format: "%012d", n * 7_919).utf8))  // identifier-like, one length
        }
        for length in 0...24 { texts.insert([UInt8](repeating: 0, count: length)) }
        let prints = Set(texts.map { text in text.withUnsafeBytes { Fingerprint.of($0) } })
        #expect(prints.count == texts.count)
        // Equal bytes give equal fingerprints, wherever they are.
        let a = Array("05692".utf8), b = Array("x05692y".utf8)
        #expect(a.withUnsafeBytes { Fingerprint.of($0) } == b.withUnsafeBytes { Fingerprint.of(UnsafeRawBufferPointer(rebasing: $0[1..<6])) })
        #expect(Fingerprint.of("05692") == a.withUnsafeBytes { Fingerprint.of($0) })
    }
}
