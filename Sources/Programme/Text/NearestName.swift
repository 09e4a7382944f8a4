/// "Did you mean" for names and codes: the candidate at the smallest Levenshtein distance.
///
/// Schema has the same idea for JSON keys, but keeps it internal; this one works on any
/// strings (folded commune names, agency codes) and takes the limit from the caller.
enum NearestName {
    /// Levenshtein distance on Unicode scalars.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The limit for a word of `length` scalars: one typo per four letters, at least 1, at
    /// most 3, so that "phu bin" finds "phu binh" but "tan" does not find "yen".
    static func limit(forLength length: Int) -> Int { min(3, max(1, length / 4)) }

    /// The index of the nearest candidate within `limit`; ties go to the earliest candidate.
    static func nearest(_ word: String, in candidates: [String], limit: Int) -> Int? {
        var best: (index: Int, distance: Int)?
        for (index, candidate) in candidates.enumerated() {
            let d = distance(word, candidate)
            if d <= limit && d < (best?.distance ?? .max) { best = (index, d) }
        }
        return best?.index
    }
}
