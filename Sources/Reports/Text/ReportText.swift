import Consolidation
import Programme
import Schema

/// Everything language-dependent about a report: labels (from ``Label``), numbers, rates,
/// dates and periods, for Vietnamese or English.
///
/// Numbers are formatted by hand, never by a locale service, so the output does not depend on
/// the machine: `1.234` and `52,2%` in Vietnamese, `1,234` and `52.2%` in English.
///
/// Rates are worked out from the measure's integers and **truncated**, not rounded: 89,96%
/// shows as `89,9%`, so a rate below the 90% target never reads as `90,0%` next to a
/// "below target" marker. CSV fractions are truncated to 4 decimals for the same reason.
struct ReportText {
    var language: Language

    /// The label in this language.
    func callAsFunction(_ label: Label) -> String { label.text.text(language) }

    // MARK: Numbers

    /// `1.234.567` (vi) or `1,234,567` (en).
    func count(_ n: Int) -> String {
        let digits = String(n.magnitude)
        let separator: Character = language == .vi ? "." : ","
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(separator) }
            out.append(d)
        }
        return n < 0 ? "-" + out : out
    }

    /// `+12`, `-3`, `0`: a change.
    func signed(_ n: Int) -> String { n > 0 ? "+" + count(n) : count(n) }

    /// `52,2%` / `52.2%`, or nil when the measure has no rate (no or zero denominator).
    func percent(_ m: Measure) -> String? {
        guard let permille = Self.permille(m) else { return nil }
        return decimal(permille, places: 1) + "%"
    }

    /// The rate, or "chưa có số liệu" / "not reported": never 0% or 100% for a missing denominator.
    func rate(_ m: Measure) -> String { percent(m) ?? self(.notReported) }

    /// `90%` (a target in percent).
    func targetPercent(_ p: Double) -> String {
        let tenths = Int((p * 10).rounded())
        return (tenths % 10 == 0 ? count(tenths / 10) : decimal(tenths, places: 1)) + "%"
    }

    /// A change in a rate, in percentage points: `+3,4 điểm %` / `+3.4 pp`.
    func points(_ permille: Int) -> String {
        (permille > 0 ? "+" : "") + decimal(permille, places: 1) + " " + self(.percentagePoints)
    }

    private func decimal(_ scaled: Int, places: Int) -> String {
        var unit = 1
        for _ in 0..<places { unit *= 10 }
        let whole = scaled.magnitude / UInt(unit), fraction = scaled.magnitude % UInt(unit)
        var fractionText = String(fraction)
        while fractionText.count < places { fractionText = "0" + fractionText }
        return (scaled < 0 ? "-" : "") + count(Int(whole)) + (language == .vi ? "," : ".") + fractionText
    }

    /// The rate in tenths of a percent, truncated; nil without a positive denominator.
    static func permille(_ m: Measure) -> Int? {
        guard let d = m.denominator, d > 0 else { return nil }
        return m.numerator * 1000 / d
    }

    // MARK: Machine values (CSV)

    /// `0.5220`: the rate as a fraction, 4 decimals, truncated; empty when there is none.
    static func fraction(_ m: Measure) -> String {
        guard let d = m.denominator, d > 0 else { return "" }
        return fourDecimals(m.numerator * 10_000 / d)
    }

    /// A target in percent as a fraction: `90` → `0.9000`.
    static func fraction(percent: Double) -> String { fourDecimals(Int((percent * 100).rounded())) }

    private static func fourDecimals(_ scaled: Int) -> String {
        var fraction = String(scaled.magnitude % 10_000)
        while fraction.count < 4 { fraction = "0" + fraction }
        return (scaled < 0 ? "-" : "") + String(scaled.magnitude / 10_000) + "." + fraction
    }

    // MARK: Dates and periods

    /// `05/02/2026` (vi) or `2026-02-05` (en).
    func date(_ day: Day) -> String { language == .vi ? day.vietnamese : day.iso }

    /// "Thái Nguyên, ngày 05 tháng 02 năm 2026": Decree 30/2020 writes a leading zero for days
    /// below 10 and for months 1 and 2 only ("tháng 3", "tháng 12"). English: "Thái Nguyên, 5 February 2026".
    func placeAndDate(_ place: String, _ day: Day) -> String {
        let (y, m, d) = day.components
        switch language {
        case .vi:
            let dd = d < 10 ? "0\(d)" : "\(d)"
            let mm = m <= 2 ? "0\(m)" : "\(m)"
            return "\(place), ngày \(dd) tháng \(mm) năm \(y)"
        case .en:
            let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                          "October", "November", "December"]
            return "\(place), \(d) \(months[m - 1]) \(y)"
        }
    }

    /// `quý III năm 2026` / `Q3 2026`, `năm 2026` / `year 2026`.
    func period(_ p: Period) -> String {
        switch (p.granularity, language) {
        case (.quarter, .vi): "quý \(["I", "II", "III", "IV"][(p.quarter ?? 1) - 1]) năm \(p.year ?? 0)"
        case (.quarter, .en): "Q\(p.quarter ?? 0) \(p.year ?? 0)"
        case (.year, .vi): "năm \(p.year ?? 0)"
        case (.year, .en): "year \(p.year ?? 0)"
        case (.programme, _): self(.wholeProgramme)
        }
    }

    // MARK: Codes

    func status(_ s: ExpectedSubmission.Status) -> String {
        switch s {
        case .onTime: self(.onTime)
        case .late: self(.late)
        case .missing: self(.missing)
        }
    }

    func yesNo(_ b: Bool) -> String { b ? self(.yes) : self(.no) }

    /// A submission type's title when known, else the code as it is (a new type in the
    /// configuration must not break a report).
    func type(_ code: String) -> String { Label.codeTitles.types[code]?.text(language) ?? code }
    /// A media, training or craft-village kind.
    func kind(_ code: String) -> String { Label.codeTitles.kinds[code]?.text(language) ?? code }
    /// An aggregate field of an agency's report (`members_reached`).
    func field(_ code: String) -> String { Label.codeTitles.fields[code]?.text(language) ?? code }
}

// MARK: - Cells

extension ReportText {
    func countCell(_ n: Int) -> Cell { Cell(text: count(n), csv: String(n)) }
    func signedCell(_ n: Int) -> Cell { Cell(text: signed(n), csv: String(n)) }
    func rateCell(_ m: Measure) -> Cell { Cell(text: rate(m), csv: Self.fraction(m)) }
    func dateCell(_ d: Day?) -> Cell { d.map { Cell(text: date($0), csv: $0.iso) } ?? Cell(text: "—", csv: "") }
    func targetCell(_ p: Double?) -> Cell {
        p.map { Cell(text: targetPercent($0), csv: Self.fraction(percent: $0)) } ?? Cell(text: "—", csv: "")
    }

    /// "Đạt", "▼ Chưa đạt" or "chưa có số liệu": the visible target marker.
    func verdictCell(_ m: Measure) -> Cell {
        switch m.meetsTarget {
        case true?: Cell(text: self(.targetMet), csv: "met")
        case false?: Cell(text: Self.belowMarker + " " + self(.targetNotMet), csv: "below")
        case nil: Cell(text: m.targetPercent == nil ? "—" : self(.notReported), csv: "")
        }
    }

    /// The visible marker of a row below target (with the row's class, never colour alone).
    static let belowMarker = "▼"
}
