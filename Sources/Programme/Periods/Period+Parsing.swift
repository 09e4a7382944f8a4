extension Period {
    /// Reads a period as people and file names write it.
    ///
    /// Accepted, case-insensitively, with `-`, `_`, `/`, `.` or a space between the parts (or
    /// nothing): `2026-Q3`, `2026Q3`, `2026-q3`, `Q3-2026`, `Q3/2026`, `2026 Q3`; a year
    /// `2026`; and `programme` (also `cumulative`). Anything else is nil: a two-digit year is
    /// refused rather than guessed, and so is `Q5`.
    public init?(parsing text: String) {
        let lowered = text.trimmingSpaces().lowercased()
        if lowered == "programme" || lowered == "cumulative" {
            self = .programme
            return
        }
        let parts = lowered.split(whereSeparator: { "-_/. ".contains($0) }).map(String.init)
        var yearText: String?
        var quarterText: String?
        switch parts.count {
        case 1:
            let part = parts[0]
            if let q = part.firstIndex(of: "q") {
                // "2026q3" or "q32026"
                if q == part.startIndex {
                    let rest = part.dropFirst()
                    guard rest.count == 5 else { return nil }
                    quarterText = String(rest.prefix(1))
                    yearText = String(rest.dropFirst())
                } else {
                    yearText = String(part[..<q])
                    quarterText = String(part[part.index(after: q)...])
                }
            } else {
                yearText = part
            }
        case 2:
            if parts[0].hasPrefix("q") {
                quarterText = String(parts[0].dropFirst())
                yearText = parts[1]
            } else if parts[1].hasPrefix("q") {
                yearText = parts[0]
                quarterText = String(parts[1].dropFirst())
            } else {
                return nil
            }
        default:
            return nil
        }
        guard let yearText, yearText.count == 4, yearText.allSatisfy(\.isASCIIDigit), let year = Int(yearText) else {
            return nil
        }
        guard let quarterText else {
            guard let period = Period.year(year) else { return nil }
            self = period
            return
        }
        guard quarterText.count == 1, quarterText.allSatisfy(\.isASCIIDigit), let quarter = Int(quarterText),
              let period = Period.quarter(quarter, of: year) else { return nil }
        self = period
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks (no Foundation).
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
