/// Converts legacy look-alike text in a sheet's rows to Unicode: cells whose font names a
/// legacy encoding, and whole columns whose sample is clearly in one.
///
/// ```
///  surveying (first rows)                 converting (every row)
///  ┌──────────────────────────┐           ┌──────────────────────────────────────────────┐
///  │ per column, non-ASCII    │  decide   │ cell font .VnTime / .VnTimeH / VNI-Times:    │
///  │ cells, hinted and not    │ ───────▶  │   clear cells convert (".VnTimeH": upper-    │
///  │ apart: clear / ambiguous │  plans    │   cased); ambiguous ones if the column's     │
///  │ for TCVN3 and for VNI    │           │   hinted cells are planned for that encoding │
///  │                          │           │ no hint: the column's plan, if any           │
///  └──────────────────────────┘           └──────────────────────────────────────────────┘
/// ```
/// A column is planned for an encoding when, among its non-ASCII cells, those that decode to
/// plausible Vietnamese (clear or ambiguous) are ≥ 90 %, at least half of those are clear
/// (not plausible as they stand: "Th¸i"), and the other encoding has fewer clear cells. So a
/// column of Unicode "Có"/"Không" (ambiguous in TCVN3) with one stray TCVN3 cell stays as it
/// is, and no cell that holds a character outside Windows-1252 (real Unicode Vietnamese) is
/// ever touched. Nor is Unicode typed into a `.VnTime` cell ("Lê Thanh Công" reads as
/// "Lờ Thanh Cụng" in TCVN3: ambiguous) unless that column's hinted cells are clearly TCVN3.
/// Converted cells keep their font hint; their text is Unicode from then on.
struct LegacyTextConverter {
    /// The fewest clear cells that let a whole column (without font evidence) be converted.
    static let minimumClearCells = 3

    enum Mode { case surveying, converting }

    /// Rows a survey looks at (the XLSX reader's first pass stops after these).
    static let surveyRows = 1000

    var mode: Mode
    /// The encoding decided for each column's cells without font hints.
    private(set) var plan: [Int: TextEncoding] = [:]
    /// Columns whose font-hinted cells are clearly in their font's encoding, so that even
    /// their ambiguous cells ("cã") convert.
    private(set) var hintPlan: [Int: TextEncoding] = [:]
    private var survey: [SurveyKey: ColumnSurvey] = [:]
    private var verdictCache: [VerdictKey: [Verdict]] = [:]
    /// Whether a word is a plausible Vietnamese syllable, for the words the survey has met.
    private var plausibleWords: [String: Bool] = [:]

    private struct SurveyKey: Hashable {
        var column: Int
        var hinted: Bool
    }
    private var counts: [Key: Int] = [:]
    private var labels: [Int: String]?

    private struct Key: Hashable, Comparable {
        var column: Int
        var encoding: TextEncoding
        static func < (a: Key, b: Key) -> Bool {
            (a.column, a.encoding.rawValue) < (b.column, b.encoding.rawValue)
        }
    }

    private struct ColumnSurvey {
        var nonASCII = 0
        var clear: [TextEncoding: Int] = [:]
        var ambiguous: [TextEncoding: Int] = [:]
    }

    /// The encodings a column may be planned for (Windows-1258 never arrives as look-alikes).
    static let lookalikeEncodings: [TextEncoding] = [.tcvn3, .vniWindows]

    init(mode: Mode) { self.mode = mode }

    /// True when converting can change anything without font hints (CSV readers skip it otherwise).
    var hasPlan: Bool { !plan.isEmpty }

    /// Surveys or converts `row`, depending on the mode.
    mutating func process(_ row: inout Row) {
        switch mode {
        case .surveying: observe(row)
        case .converting: convert(&row)
        }
    }

    /// Adds the row's cells to the survey: cells with a font hint apart, for their font's
    /// encoding only.
    mutating func observe(_ row: borrowing Row) {
        for column in 0..<row.count {
            let cell = row[column]
            guard cell.kind == .text, cell.byteCount > 0 else { continue }
            let isASCII = row.bytes.withUnsafeBytes { TextChecks.isASCII(UnsafeRawBufferPointer(rebasing: $0[cell.textRange])) }
            guard !isASCII else { continue }
            let text = row.text(column)
            let key = SurveyKey(column: column, hinted: cell.fontHint != .none)
            var entry = survey[key, default: ColumnSurvey()]
            entry.nonASCII += 1
            for verdict in verdicts(text, hint: cell.fontHint) {
                if verdict.isClear { entry.clear[verdict.encoding, default: 0] += 1 }
                if verdict.isAmbiguous { entry.ambiguous[verdict.encoding, default: 0] += 1 }
            }
            survey[key] = entry
        }
    }

    /// What assessing `text` in each encoding its font allows says. A text seen before (the
    /// same commune, school or "có" on every row) is assessed once: assessing splits words and
    /// checks syllables, which made the survey a third of a province quarter's run.
    private mutating func verdicts(_ text: String, hint: Cell.FontHint) -> [Verdict] {
        let key = VerdictKey(text: text, hint: hint)
        if let known = verdictCache[key] { return known }
        // Words repeat across texts (given names, "Thị", "Văn"): each is checked once.
        var plausible = plausibleWords
        defer { plausibleWords = plausible }
        let made = Self.encodings(for: hint).compactMap { encoding -> Verdict? in
            let assessment = LegacyVietnamese.assess(text, as: encoding) { word in
                if let known = plausible[word] { return known }
                let verdict = VietnameseSyllable.isPlausible(word)
                if plausible.count < 4096 { plausible[word] = verdict }
                return verdict
            }
            guard let assessment else { return nil }
            return Verdict(encoding: encoding, isClear: assessment.isClear, isAmbiguous: assessment.isAmbiguous)
        }
        if verdictCache.count < 4096 { verdictCache[key] = made }
        return made
    }

    private struct VerdictKey: Hashable {
        var text: String
        var hint: Cell.FontHint
    }

    private struct Verdict {
        var encoding: TextEncoding
        var isClear: Bool
        var isAmbiguous: Bool
    }

    /// The encodings a cell may be in: its font's, or (no hint) either look-alike encoding.
    static func encodings(for hint: Cell.FontHint) -> [TextEncoding] {
        switch hint {
        case .none: lookalikeEncodings
        case .tcvn3, .tcvn3Capitals: [.tcvn3]
        case .vni: [.vniWindows]
        }
    }

    /// Ends the survey: plans the columns whose evidence is clear, and starts converting.
    mutating func decide() {
        plan = [:]
        hintPlan = [:]
        for (key, entry) in survey {
            var best: (encoding: TextEncoding, clear: Int)?
            var runnerUp = 0
            for encoding in Self.lookalikeEncodings {
                let clear = entry.clear[encoding, default: 0]
                let plausible = clear + entry.ambiguous[encoding, default: 0]
                // At least three clear cells: one "£" that reads as "Ê" is not evidence of a column.
                let qualifies = clear >= Self.minimumClearCells && plausible * 10 >= entry.nonASCII * 9 && clear * 2 >= plausible
                if qualifies && clear > (best?.clear ?? 0) {
                    runnerUp = max(runnerUp, best?.clear ?? 0)
                    best = (encoding, clear)
                } else {
                    runnerUp = max(runnerUp, clear)
                }
            }
            guard let best, best.clear > runnerUp else { continue }
            if key.hinted { hintPlan[key.column] = best.encoding } else { plan[key.column] = best.encoding }
        }
        survey = [:]
        mode = .converting
    }

    /// Converts the cells that a font hint or the plan assigns to a legacy encoding.
    mutating func convert(_ row: inout Row) {
        // The first row's converted text labels the columns in notes (it is the header).
        defer { if labels == nil { labels = Self.texts(of: row) } }
        for column in 0..<row.count {
            let cell = row[column]
            guard cell.kind == .text, cell.byteCount > 0 else { continue }
            let encoding: TextEncoding
            let planned: TextEncoding?
            switch cell.fontHint {
            case .tcvn3, .tcvn3Capitals: (encoding, planned) = (.tcvn3, hintPlan[column])
            case .vni: (encoding, planned) = (.vniWindows, hintPlan[column])
            case .none:
                guard let inPlan = plan[column] else { continue }
                (encoding, planned) = (inPlan, inPlan)
            }
            let isASCII = row.bytes.withUnsafeBytes { TextChecks.isASCII(UnsafeRawBufferPointer(rebasing: $0[cell.textRange])) }
            guard !isASCII, let assessment = LegacyVietnamese.assess(row.text(column), as: encoding) else { continue }
            // A clear cell converts on its font's word; otherwise the column must agree.
            guard assessment.isClear || (assessment.isNoWorse && planned == encoding) else { continue }
            let text = cell.fontHint == .tcvn3Capitals ? assessment.decoded.uppercased() : assessment.decoded
            row.replaceText(at: column, with: text)
            row.storedCells[column].fontHint = cell.fontHint
            counts[Key(column: column, encoding: encoding), default: 0] += 1
        }
    }

    /// One note per column and encoding: what was converted, and how many cells.
    func notes(sheet: String?) -> [ReadNote] {
        counts.keys.sorted().map { key in
            let label = labels?[key.column].flatMap { $0.isEmpty ? nil : $0 } ?? Self.columnLetter(key.column)
            return ReadNote(.encodingConverted, sheet: sheet, column: key.column, arguments: [
                "encoding": key.encoding.displayName, "count": String(counts[key, default: 0]), "column": label,
            ])
        }
    }

    /// Forgets the counts (a sheet read again counts again).
    mutating func resetCounts() {
        counts = [:]
        labels = nil
    }

    private static func texts(of row: borrowing Row) -> [Int: String] {
        var texts: [Int: String] = [:]
        for column in 0..<row.count where row[column].kind == .text { texts[column] = row.text(column) }
        return texts
    }

    /// The column's letters as a spreadsheet shows them: 0 → "A", 26 → "AA".
    static func columnLetter(_ index: Int) -> String {
        var n = index + 1
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + r))), at: 0)
            n = (n - 1) / 26
        }
        return String(letters)
    }
}
