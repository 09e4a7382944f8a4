import Programme
import Schema
import Testing

@Suite("Reporting calendar")
struct ReportingCalendarTests {
    static func calendar(_ kind: PeriodKind) -> ReportingCalendar {
        ReportingCalendar(kind: kind, submissionDeadlineDays: 5, programmeStart: day("2025-10-18"), programmeEnd: day("2026-12-31"))
    }

    static func range(_ kind: PeriodKind, _ text: String) -> String {
        guard let period = Period(parsing: text) else { return "unparsable \(text)" }
        let calendar = calendar(kind)
        return calendar.start(of: period).iso + "…" + calendar.end(of: period).iso
    }

    @Test("Decree 09: a quarter runs from the 15th of the month before it to the 14th of its last month", arguments: [
        ("2026-Q1", "2025-12-15…2026-03-14"),
        ("2026-Q2", "2026-03-15…2026-06-14"),
        ("2026-Q3", "2026-06-15…2026-09-14"),
        ("2026-Q4", "2026-09-15…2026-12-14"),
        ("2025-Q4", "2025-09-15…2025-12-14"),
        ("2026", "2025-12-15…2026-12-14"),
        ("programme", "2025-10-18…2026-12-31"),
    ])
    func decree09(_ period: String, _ expected: String) {
        #expect(Self.range(.decree09, period) == expected)
    }

    @Test("calendar quarters and years", arguments: [
        ("2026-Q1", "2026-01-01…2026-03-31"),
        ("2024-Q1", "2024-01-01…2024-03-31"),
        ("2026-Q2", "2026-04-01…2026-06-30"),
        ("2026-Q3", "2026-07-01…2026-09-30"),
        ("2025-Q4", "2025-10-01…2025-12-31"),
        ("2026", "2026-01-01…2026-12-31"),
    ])
    func calendarKind(_ period: String, _ expected: String) {
        #expect(Self.range(.calendar, period) == expected)
    }

    @Test("the deadline is the cut-off plus the configured days")
    func deadline() throws {
        let q1 = try #require(Period.quarter(1, of: 2026)), q4 = try #require(Period.quarter(4, of: 2026))
        #expect(Self.calendar(.decree09).deadline(of: q1) == day("2026-03-19"))
        #expect(Self.calendar(.calendar).deadline(of: q4) == day("2027-01-05"))
    }

    @Test("quarters tile the years with no gap or overlap, and each year is its four quarters", arguments: PeriodKind.allCases)
    func tiling(_ kind: PeriodKind) throws {
        let calendar = Self.calendar(kind)
        for year in 2024...2027 {
            let yearPeriod = try #require(Period.year(year))
            #expect(calendar.start(of: yearPeriod) == calendar.start(of: try #require(Period.quarter(1, of: year))))
            #expect(calendar.end(of: yearPeriod) == calendar.end(of: try #require(Period.quarter(4, of: year))))
            for quarter in 1...4 {
                let period = try #require(Period.quarter(quarter, of: year))
                let next = try #require(period.next)
                #expect(calendar.end(of: period).adding(days: 1) == calendar.start(of: next), "\(kind) \(period)")
            }
        }
    }

    @Test("every day of 2025–2027 lies in the quarter and year said to contain it", arguments: PeriodKind.allCases)
    func containing(_ kind: PeriodKind) {
        let calendar = Self.calendar(kind)
        var current = day("2025-01-01")
        while current <= day("2027-12-31") {
            #expect(calendar.contains(calendar.quarter(containing: current), current), "\(kind) \(current)")
            #expect(calendar.contains(calendar.year(containing: current), current), "\(kind) \(current)")
            current = current.adding(days: 1)
        }
    }

    @Test("the days around the Decree 09 year boundary", arguments: [
        (PeriodKind.decree09, "2025-12-14", "2025-Q4"), (.decree09, "2025-12-15", "2026-Q1"),
        (.decree09, "2026-03-14", "2026-Q1"), (.decree09, "2026-03-15", "2026-Q2"),
        (.calendar, "2025-12-31", "2025-Q4"), (.calendar, "2026-01-01", "2026-Q1"),
    ])
    func boundaries(_ kind: PeriodKind, _ iso: String, _ quarter: String) {
        #expect(Self.calendar(kind).quarter(containing: day(iso)).description == quarter)
    }

    @Test("the programme spans 2025-Q4 to 2026-Q4 and the years 2025 and 2026 under either kind", arguments: PeriodKind.allCases)
    func programmeQuarters(_ kind: PeriodKind) {
        let calendar = Self.calendar(kind)
        #expect(calendar.programmeQuarters.map(\.description) == ["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"])
        #expect(calendar.programmeYears.map(\.description) == ["2025", "2026"])
    }

    @Test("the programme contains its own days only; cumulative runs from its start")
    func programme() throws {
        let calendar = Self.calendar(.decree09)
        #expect(!calendar.contains(.programme, day("2025-10-17")))
        #expect(calendar.contains(.programme, day("2025-10-18")))
        #expect(calendar.contains(.programme, day("2026-12-31")))
        #expect(!calendar.contains(.programme, day("2027-01-01")))
        let q1 = try #require(Period.quarter(1, of: 2026))
        #expect(calendar.cumulative(through: q1) == day("2025-10-18")...day("2026-03-14"))
    }
}
