import Testing
@testable import Reports

@Suite("Projection: when a cohort reaches 90%, and what it needs a month")
struct ProjectionTests {
    let start = Fixtures.day("2025-10-18"), end = Fixtures.day("2026-12-31")

    @Test("on course: 645 of 1234 in 164 days reaches 1111 on 2026-07-28 and needs 54 a month from 2026-04-08")
    func onCourse() {
        let p = Projection.project(registered: 645, eligible: 1234, targetPercent: 90, start: start,
                                   cutOff: Fixtures.day("2026-03-31"), asOf: Fixtures.day("2026-04-08"), end: end)
        // target ⌈1234 × 0.9⌉ = 1111; 466 to go; ⌈466 × 164 / 645⌉ = 119 days after the cut-off.
        #expect(p.target == 1111 && p.remaining == 466)
        #expect(p.outcome == .on(Fixtures.day("2026-07-28")))
        // 645 × 1461 / (48 × 164) = 120.2 a month
        #expect(p.pacePerMonth == 120)
        // 267 days from 2026-04-08 to 2026-12-31: ⌈466 × 1461 / (48 × 267)⌉ = ⌈53.1⌉
        #expect(p.neededPerMonth == 54)
    }

    @Test("too slow: the sample's enterprises (659 of 2000 by 2026-09-30) would reach 90% only on 2028-05-23")
    func tooSlow() {
        let p = Projection.project(registered: 659, eligible: 2000, targetPercent: 90, start: start,
                                   cutOff: Fixtures.day("2026-09-30"), asOf: Fixtures.day("2026-10-20"), end: end)
        #expect(p.target == 1800 && p.remaining == 1141)
        // ⌈1141 × 347 / 659⌉ = 601 days after 2026-09-30
        #expect(p.outcome == .notByDeadline(Fixtures.day("2028-05-23")))
        #expect(p.pacePerMonth == 58)
        // 72 days left: ⌈1141 × 1461 / (48 × 72)⌉ = ⌈482.4⌉
        #expect(p.neededPerMonth == 483)
    }

    @Test("a target already met needs nothing more; exactly 90% counts as met")
    func reached() {
        let p = Projection.project(registered: 900, eligible: 1000, targetPercent: 90, start: start,
                                   cutOff: Fixtures.day("2026-03-31"), asOf: Fixtures.day("2026-04-08"), end: end)
        #expect(p.outcome == .reached && p.remaining == 0 && p.neededPerMonth == nil)
    }

    @Test("no registration yet: never at this pace, and the whole target is needed")
    func noPace() {
        let p = Projection.project(registered: 0, eligible: 100, targetPercent: 90, start: start,
                                   cutOff: Fixtures.day("2026-03-31"), asOf: Fixtures.day("2026-12-01"), end: end)
        #expect(p.outcome == .notByDeadline(nil) && p.pacePerMonth == 0)
        // 30 days left: ⌈90 × 1461 / (48 × 30)⌉ = ⌈91.3⌉
        #expect(p.neededPerMonth == 92)
    }

    @Test("no eligible population: no target; the deadline passed: no monthly need")
    func edges() {
        let none = Projection.project(registered: 10, eligible: nil, targetPercent: 90, start: start,
                                      cutOff: Fixtures.day("2026-03-31"), asOf: Fixtures.day("2026-04-08"), end: end)
        #expect(none.outcome == .noTarget && none.target == nil && none.neededPerMonth == nil)
        let late = Projection.project(registered: 10, eligible: 100, targetPercent: 90, start: start,
                                      cutOff: Fixtures.day("2026-12-31"), asOf: Fixtures.day("2027-01-20"), end: end)
        #expect(late.neededPerMonth == nil)
        #expect(late.outcome == .notByDeadline(Fixtures.day("2036-08-12")))
    }
}

@Suite("Registrations per quarter against the path")
struct QuarterHistoryTests {
    @Test("months fold into calendar quarters; earlier months count in the first; the path is straight from 0")
    func quarters() {
        let h = QuarterHistory.build(byMonth: ["2025-09": 5, "2025-11": 100, "2026-02": 540, "bad": 7, "2026-13": 1],
                                     target: 1111, start: Fixtures.day("2025-10-18"), end: Fixtures.day("2026-12-31"),
                                     cutOff: Fixtures.day("2026-03-31"))
        #expect(h.quarters.map { "\($0.year)-Q\($0.quarter)" } == ["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"])
        #expect(h.quarters.map(\.added) == [105, 540, nil, nil, nil])
        #expect(h.quarters.map(\.cumulative) == [105, 645, nil, nil, nil])
        // 1111 × 74/439, × 164/439, × 255/439, × 347/439, × 439/439, rounded down
        #expect(h.quarters.map(\.path) == [187, 415, 645, 878, 1111])
    }

    @Test("without a target there is no path")
    func noTarget() {
        let h = QuarterHistory.build(byMonth: ["2026-03": 3], target: nil, start: Fixtures.day("2025-10-18"),
                                     end: Fixtures.day("2026-12-31"), cutOff: Fixtures.day("2026-03-31"))
        #expect(h.quarters.allSatisfy { $0.path == nil })
        #expect(h.quarters.map(\.cumulative) == [0, 3, nil, nil, nil])
    }
}
