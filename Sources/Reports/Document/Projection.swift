import Schema

/// Where a cohort is heading: at the current pace, when it reaches its registration target,
/// and how many registrations a month it needs from the as-of date to reach it in time.
///
/// **Pace.** The cumulative average since the programme began: registrations counted at the
/// cut-off ÷ days from the programme start to the cut-off. It is chosen over the last quarter's
/// pace because it uses the same numerator and denominator as the headline rate (for
/// households, only the communes that reported a denominator, which the per-month history does
/// not separate), and because one quarter is noisy (students register around the school year).
///
/// **Arithmetic**, all in integers so the same figures always give the same words:
///
///     target     = ⌈eligible × target‰ / 1000⌉              (90% → 900‰)
///     remaining  = target − registered
///     elapsed    = cut-off − programme start                  (days)
///     reach date = cut-off + ⌈remaining × elapsed / registered⌉ days
///     need/month = ⌈remaining × 1461 / (48 × days left)⌉      (a month is 1461/48 = 30.44 days)
///     days left  = programme end − as-of date
///
/// The need is counted from the as-of date, not the cut-off: registrations made between the
/// two are not in the figures yet, so the need errs on the side of too much, never too little.
struct Projection: Hashable {
    enum Outcome: Hashable {
        /// The target is met already.
        case reached
        /// At the current pace the target is met on this day, on or before the programme end.
        case on(Day)
        /// At the current pace, not before the programme end; the day it would be, if there is a pace.
        case notByDeadline(Day?)
        /// No eligible population, so no target to reach.
        case noTarget
    }

    /// Registrations needed to meet the target (nil without an eligible population).
    var target: Int?
    var remaining: Int?
    /// Registrations a month so far (rounded to the nearest whole number).
    var pacePerMonth: Int
    var outcome: Outcome
    /// Registrations a month needed from the as-of date; nil when the target is met, there is
    /// no target, or no time is left.
    var neededPerMonth: Int?

    /// Days in 48 months: a month is 1461/48 days, the average month of a four-year cycle.
    static let daysIn48Months = 1461

    /// - Parameters:
    ///   - registered: registrations counted at the cut-off, cumulative since `start`.
    ///   - eligible: the population the target is a share of, nil when not reported.
    ///   - targetPercent: the registration target (90).
    ///   - start: the programme start, when the path starts at 0.
    ///   - cutOff: the day the figures are counted to.
    ///   - asOf: the day the report is made; the need is spread over the days after it.
    ///   - end: the day the target is due (31/12/2026).
    static func project(registered: Int, eligible: Int?, targetPercent: Double, start: Day, cutOff: Day, asOf: Day,
                        end: Day) -> Projection {
        let elapsed = Int(cutOff.daysSince1970) - Int(start.daysSince1970)
        let pace = elapsed > 0 ? (registered * daysIn48Months + 24 * elapsed) / (48 * elapsed) : 0
        guard let eligible, eligible > 0 else {
            return Projection(target: nil, remaining: nil, pacePerMonth: pace, outcome: .noTarget, neededPerMonth: nil)
        }
        let target = ceilDiv(eligible * Int((targetPercent * 10).rounded()), 1000)
        let remaining = target - registered
        guard remaining > 0 else {
            return Projection(target: target, remaining: 0, pacePerMonth: pace, outcome: .reached, neededPerMonth: nil)
        }
        var outcome = Outcome.notByDeadline(nil)
        if registered > 0, elapsed > 0 {
            let day = cutOff.adding(days: ceilDiv(remaining * elapsed, registered))
            outcome = day <= end ? .on(day) : .notByDeadline(day)
        }
        let daysLeft = Int(end.daysSince1970) - Int(asOf.daysSince1970)
        let needed = daysLeft > 0 ? ceilDiv(remaining * daysIn48Months, 48 * daysLeft) : nil
        return Projection(target: target, remaining: remaining, pacePerMonth: pace, outcome: outcome, neededPerMonth: needed)
    }

    /// ⌈a / b⌉ for a ≥ 0, b > 0.
    static func ceilDiv(_ a: Int, _ b: Int) -> Int { (a + b - 1) / b }
}
