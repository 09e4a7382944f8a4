import Schema

/// "Did you mean" for names and codes: the candidate at the smallest Levenshtein distance.
///
/// Schema's ``EditDistance`` measures; this picks among candidates with a limit that suits
/// names (folded commune names, agency codes) and returns the candidate's index.
enum NearestName {
    /// Levenshtein distance on Unicode scalars (Schema's, shared with the JSON readers).
    static func distance(_ a: String, _ b: String) -> Int { EditDistance.distance(a, b) }

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
