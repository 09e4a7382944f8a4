import Consolidation
import Testing
@testable import Reports

@Suite("Report text: numbers, rates and dates")
struct ReportTextTests {
    let vi = ReportText(language: .vi), en = ReportText(language: .en)

    @Test("counts group thousands with . in Vietnamese and , in English")
    func counts() {
        #expect(vi.count(1234) == "1.234")
        #expect(vi.count(1_234_567) == "1.234.567")
        #expect(vi.count(999) == "999")
        #expect(en.count(1_234_567) == "1,234,567")
        #expect(vi.signed(-1234) == "-1.234")
        #expect(en.signed(12) == "+12")
        #expect(vi.signed(0) == "0")
    }

    @Test("rates: one decimal with the language's decimal mark, truncated so a rate under target never reads as the target")
    func rates() {
        #expect(vi.percent(Measure(numerator: 645, denominator: 1234)) == "52,2%")
        #expect(en.percent(Measure(numerator: 645, denominator: 1234)) == "52.2%")
        #expect(vi.percent(Measure(numerator: 8999, denominator: 10000)) == "89,9%")
        #expect(vi.percent(Measure(numerator: 0, denominator: 7)) == "0,0%")
        #expect(vi.percent(Measure(numerator: 12, denominator: 10)) == "120,0%")
    }

    @Test("a missing or zero denominator is 'not reported', never 0% or 100%")
    func missingDenominator() {
        for m in [Measure(numerator: 0, denominator: nil), Measure(numerator: 5, denominator: nil),
                  Measure(numerator: 0, denominator: 0)] {
            #expect(vi.rate(m) == "chưa có số liệu")
            #expect(en.rate(m) == "not reported")
            #expect(ReportText.fraction(m) == "")
        }
    }

    @Test("CSV fractions have 4 decimals and a point")
    func fractions() {
        #expect(ReportText.fraction(Measure(numerator: 645, denominator: 1234)) == "0.5226")
        #expect(ReportText.fraction(Measure(numerator: 9, denominator: 10)) == "0.9000")
        #expect(ReportText.fraction(Measure(numerator: 3, denominator: 2)) == "1.5000")
        #expect(ReportText.fraction(percent: 90) == "0.9000")
    }

    @Test("place and date as Decree 30/2020 writes them: leading zero for days below 10 and months 1–2 only")
    func placeAndDate() {
        #expect(vi.placeAndDate("Thái Nguyên", Fixtures.day("2026-02-05")) == "Thái Nguyên, ngày 05 tháng 02 năm 2026")
        #expect(vi.placeAndDate("Thái Nguyên", Fixtures.day("2026-04-08")) == "Thái Nguyên, ngày 08 tháng 4 năm 2026")
        #expect(vi.placeAndDate("Thái Nguyên", Fixtures.day("2026-11-15")) == "Thái Nguyên, ngày 15 tháng 11 năm 2026")
        #expect(en.placeAndDate("Thái Nguyên", Fixtures.day("2026-02-05")) == "Thái Nguyên, 5 February 2026")
        #expect(vi.date(Fixtures.day("2026-02-05")) == "05/02/2026")
        #expect(en.date(Fixtures.day("2026-02-05")) == "2026-02-05")
    }

    @Test("every label has both languages")
    func labels() {
        for label in Label.allCases {
            #expect(!label.text.vi.isEmpty && !label.text.en.isEmpty, "\(label)")
        }
    }
}
