import Programme
import Testing

@Suite("Periods")
struct PeriodTests {
    static let q3 = Period.quarter(3, of: 2026)

    @Test("people's ways of writing a quarter all read as the same period", arguments: [
        "2026-Q3", "2026Q3", "Q3-2026", "2026-q3", "q3/2026", " 2026 Q3 ", "2026_Q3", "Q3.2026",
    ])
    func quarterForms(_ text: String) {
        #expect(Period(parsing: text) == Self.q3)
    }

    @Test("a year and the programme parse too")
    func yearAndProgramme() {
        #expect(Period(parsing: "2026") == Period.year(2026))
        #expect(Period(parsing: "programme") == Period.programme)
        #expect(Period(parsing: "Cumulative") == Period.programme)
    }

    @Test("malformed periods are refused, not guessed", arguments: [
        "", "2026-Q5", "Q0-2026", "26-Q3", "2026-Q", "Q-2026", "2026-Q3-1", "2026-03", "abcd", "20260", "2026-Q33", "Q3 26",
    ])
    func refused(_ text: String) {
        #expect(Period(parsing: text) == nil)
    }

    @Test("the text form is stable and reads back")
    func textForm() throws {
        let periods = [try #require(Self.q3), try #require(Period.year(2026)), Period.programme]
        #expect(periods.map(\.description) == ["2026-Q3", "2026", "programme"])
        #expect(periods.map { Period(parsing: $0.description) } == periods)
    }

    @Test("periods order by where they end: a quarter, the year it closes, then the programme")
    func ordering() throws {
        let texts = ["programme", "2026", "2026-Q4", "2026-Q1", "2025", "2025-Q4"]
        let sorted = texts.compactMap { Period(parsing: $0) }.sorted().map(\.description)
        #expect(sorted == ["2025-Q4", "2025", "2026-Q1", "2026-Q4", "2026", "programme"])
    }

    @Test("previous crosses the year; the programme has none")
    func previous() {
        #expect(Period.quarter(1, of: 2026)?.previous == Period.quarter(4, of: 2025))
        #expect(Self.q3?.previous == Period.quarter(2, of: 2026))
        #expect(Period.year(2026)?.previous == Period.year(2025))
        #expect(Period.programme.previous == nil)
        #expect(Period.quarter(4, of: 2025)?.next == Period.quarter(1, of: 2026))
    }
}
