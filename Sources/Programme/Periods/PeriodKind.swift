/// Which days a quarter and a year cover.
///
/// Vietnamese state bodies report on the cut-offs of Decree 09/2019/NĐ-CP, Art. 12, which are
/// not calendar quarters; a programme run by VNNIC may want calendar quarters. The choice is
/// the analyst's (`periods.kind` in `programme.json`), so it is data, not code.
public enum PeriodKind: String, Sendable, Hashable, CaseIterable {
    /// Calendar quarters (1 Jan – 31 Mar, …) and calendar years.
    case calendar
    /// Decree 09/2019/NĐ-CP Art. 12: a quarter runs from the 15th of the month before it to the
    /// 14th of its last month (Q1 = 15 Dec of the previous year – 14 Mar); a year from 15 Dec
    /// of the previous year to 14 Dec.
    case decree09 = "decree-09"
}
