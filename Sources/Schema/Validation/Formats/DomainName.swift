/// `.vn` domain names (Thông tư 24/2015/TT-BTTTT Điều 6; FACTS §2).
///
/// What people type is often a URL rather than a name: `https://www.abc.biz.vn/`, or the
/// name in capitals. Those are read as the name (`abc.biz.vn`) with a `domain-normalised`
/// warning, so a registration is not lost to formatting. What is wrong with the name itself
/// is an error with a reason: characters, hyphen at a label's edge, double hyphen (other than
/// an IDN's `xn--`), label longer than 63, empty label, not under `.vn`, longer than 253.
enum DomainName {
    enum Outcome: Equatable {
        /// The name in canonical form; `normalised` when it differs from what was written.
        case valid(String, normalised: Bool)
        /// The `reason` variant of `domain-syntax`.
        case invalid(reason: String)
    }

    static func check(_ bytes: UnsafeRawBufferPointer) -> Outcome {
        var name: [UInt8] = []
        name.reserveCapacity(bytes.count)
        var changed = false
        for b in bytes {
            if b >= 0x41 && b <= 0x5A { name.append(b | 0x20); changed = true } else { name.append(b) }
        }
        for prefix in ["http://", "https://"] where name.starts(with: prefix.utf8) {
            name.removeFirst(prefix.utf8.count); changed = true
        }
        if let slash = name.firstIndex(of: 0x2F) { name.removeSubrange(slash...); changed = true }
        if name.starts(with: "www.".utf8) { name.removeFirst(4); changed = true }
        if name.last == 0x2E { name.removeLast(); changed = true }
        if let reason = name.withUnsafeBytes(syntaxProblem) { return .invalid(reason: reason) }
        return .valid(String(decoding: name, as: UTF8.self), normalised: changed)
    }

    /// The name as written when it needs no normalisation and is valid (nil: it needs
    /// `check`): the fast path, which allocates nothing.
    ///
    /// One pass over the bytes, which is what almost every name needs (perf: the several
    /// passes of the general check were 4% of validating a register). Anything unusual (a
    /// capital, a slash, `www.`, a character outside a–z 0–9 - .) answers false and goes to
    /// ``check(_:)``, which gives the verdict and the reason.
    static func isCanonicalAndValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let n = bytes.count
        guard n >= 3, n <= 253, bytes[n - 3] == 0x2E, bytes[n - 2] == 0x76, bytes[n - 1] == 0x6E else { return false }
        if n >= 4 && bytes[0] == 0x77 && bytes[1] == 0x77 && bytes[2] == 0x77 && bytes[3] == 0x2E { return false }
        if n >= 4 && bytes[0] == 0x68 && bytes[1] == 0x74 && bytes[2] == 0x74 && bytes[3] == 0x70 { return false }
        var labelStart = 0
        var labels = 0
        var firstLabelEnd = 0
        var previous: UInt8 = 0x2E
        for i in 0..<n {
            let b = bytes[i]
            if b == 0x2E {
                let length = i - labelStart
                guard length > 0, length <= 63, previous != 0x2D else { return false }
                labels += 1
                if labels == 1 { firstLabelEnd = i }
                labelStart = i + 1
            } else if b == 0x2D {
                guard i > labelStart else { return false }  // a hyphen first in its label
                // A double hyphen is allowed only as an IDN's `xn--`.
                if previous == 0x2D && !(i == labelStart + 3 && bytes[labelStart] == 0x78 && bytes[labelStart + 1] == 0x6E) {
                    return false
                }
            } else if !((b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)) {
                return false
            }
            previous = b
        }
        // The last label is `vn` (checked above); a name needs a label of its own above a
        // second-level suffix (`abc.id.vn`), and is not the suffix itself (`id.vn`).
        if labels == 1 {
            let first = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[0..<firstLabelEnd]), as: UTF8.self)
            if secondLevel.contains(first) { return false }
        }
        return true
    }

    /// The reason (a `domain-syntax` variant) a lower-case name is invalid, or nil.
    static func syntaxProblem(_ name: UnsafeRawBufferPointer) -> String? {
        for b in name where b >= 0x80 || b == 0x20 { return "characters" }
        guard name.count <= 253 else { return "too-long" }
        guard name.count >= 3, name[name.count - 3] == 0x2E, name[name.count - 2] == 0x76, name[name.count - 1] == 0x6E else {
            return "not-vn"
        }
        var labels = 0
        var start = 0
        var firstLabel = (0, 0)
        for end in 0...name.count where end == name.count || name[end] == 0x2E {
            let length = end - start
            labels += 1
            if labels == 1 { firstLabel = (start, end) }
            guard length > 0 else { return "empty-label" }
            guard length <= 63 else { return "label-length" }
            for i in start..<end {
                let b = name[i]
                guard (b >= 0x61 && b <= 0x7A) || ByteText.isDigit(b) || b == 0x2D else { return "characters" }
            }
            if name[start] == 0x2D || name[end - 1] == 0x2D { return "hyphen-edge" }
            if length >= 2 {
                for i in start..<(end - 1) where name[i] == 0x2D && name[i + 1] == 0x2D {
                    // An IDN label (`xn--`) is the only place a double hyphen is allowed.
                    let isIDN = i == start + 2 && name[start] == 0x78 && name[start + 1] == 0x6E
                    if !isIDN { return "double-hyphen" }
                }
            }
            start = end + 1
        }
        if labels < 2 { return "not-vn" }
        // A name must have a label of its own above the second-level suffix (`abc.id.vn`),
        // not be the suffix itself (`id.vn`, `biz.vn`).
        if labels == 2 {
            let first = String(decoding: UnsafeRawBufferPointer(rebasing: name[firstLabel.0..<firstLabel.1]), as: UTF8.self)
            if secondLevel.contains(first) { return "no-name" }
        }
        return nil
    }

    static let secondLevel: Set<String> = ["com", "net", "org", "edu", "gov", "int", "ac", "biz", "info", "name", "pro",
                                           "health", "id", "io"]
}
