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
        if name.contains(where: { $0 >= 0x80 || $0 == 0x20 }) { return .invalid(reason: "characters") }
        guard name.count <= 253 else { return .invalid(reason: "too-long") }
        let labels = name.split(separator: 0x2E, omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.last.map({ Array($0) == Array("vn".utf8) }) == true else {
            return .invalid(reason: "not-vn")
        }
        for label in labels {
            guard !label.isEmpty else { return .invalid(reason: "empty-label") }
            guard label.count <= 63 else { return .invalid(reason: "label-length") }
            for b in label {
                let ok = (b >= 0x61 && b <= 0x7A) || ByteText.isDigit(b) || b == 0x2D
                guard ok else { return .invalid(reason: "characters") }
            }
            if label.first == 0x2D || label.last == 0x2D { return .invalid(reason: "hyphen-edge") }
            let text = Array(label)
            if let i = (0..<(text.count - 1)).first(where: { text[$0] == 0x2D && text[$0 + 1] == 0x2D }) {
                let isIDN = i == 2 && text.starts(with: "xn--".utf8)
                if !isIDN { return .invalid(reason: "double-hyphen") }
            }
        }
        // A name must have a label of its own under the second-level suffix (`abc.id.vn`,
        // `abc.vn`), not be the suffix itself (`id.vn`, `biz.vn`).
        let secondLevel: Set<String> = ["com", "net", "org", "edu", "gov", "int", "ac", "biz", "info", "name", "pro",
                                        "health", "id", "io"]
        if labels.count == 2 && secondLevel.contains(String(decoding: labels[0], as: UTF8.self)) {
            return .invalid(reason: "no-name")
        }
        return .valid(String(decoding: name, as: UTF8.self), normalised: changed)
    }
}
