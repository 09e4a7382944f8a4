import Consolidation
import Schema

/// Display names of senders (agencies and communes) by code, for tables that only carry codes
/// (overlaps, media by sender, member organisations).
///
/// Only looked up, never iterated, so dictionary order cannot reach a report.
struct SenderNames {
    private var names: [String: String] = [:]
    /// Configuration order of agencies, then of communes: the order senders are listed in.
    private var rank: [String: Int] = [:]

    init(_ c: Consolidation, language: Language) {
        for s in c.submissions { names[s.submission.senderCode] = s.submission.senderName }
        for e in c.completeness { names[e.senderCode] = e.senderName }
        for n in c.narratives { names[n.senderCode] = n.senderName }
        for (i, commune) in c.communes.enumerated() {
            names[commune.code] = commune.name
            rank[commune.code] = c.agencies.count + i
        }
        for (i, agency) in c.agencies.enumerated() {
            names[agency.code] = agency.name.text(language)
            rank[agency.code] = i
        }
    }

    /// The sender's name, or its code when the consolidation does not name it.
    subscript(code code: String) -> String { names[code] ?? code }

    /// `codes` in configuration order; unknown codes after, by code.
    func ordered(_ codes: some Sequence<String>) -> [String] {
        Array(Set(codes)).sorted { a, b in
            switch (rank[a], rank[b]) {
            case let (x?, y?): x < y
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): a < b
            }
        }
    }
}
