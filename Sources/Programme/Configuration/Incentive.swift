public import Schema

/// The fee waiver that makes the programme attractive (Thông tư 20/2023/TT-BTC): no fees for
/// `freeYears` years from the day a name is granted, for names granted up to `feeWaiverEnd`.
///
/// Both are settings because the waiver ends on 31 Dec 2025 in the circular while the plan
/// runs to the end of 2026, and no extension has been confirmed.
public struct Incentive: Sendable, Hashable {
    public var freeYears: Int
    /// The last grant day that qualifies for the waiver.
    public var feeWaiverEnd: Day

    public init(freeYears: Int, feeWaiverEnd: Day) {
        self.freeYears = freeYears
        self.feeWaiverEnd = feeWaiverEnd
    }

    /// The first day a name granted on `day` is no longer free: the renewal the province
    /// wants to see coming. 29 Feb falls back to 28 Feb.
    public func freeUntil(grantedOn day: Day) -> Day { day.adding(years: freeYears) }

    /// Whether a name granted on `day` falls under the waiver (its start, 1 Jun 2023, predates
    /// the programme and is not checked).
    public func waiverApplies(grantedOn day: Day) -> Bool { day <= feeWaiverEnd }
}
