public import Tabular

/// Something that counts validated rows as they stream past (the benchmark's counts per
/// commune and cohort), and whose counts for two parts of one file add up.
///
/// A tally instead of a row callback is what lets ``FileValidator`` validate one large file on
/// several cores: each part gets a fresh tally, and the parts' tallies are merged in file
/// order, so the result is the one a single pass would give.
public protocol RowTally: Sendable {
    init()
    /// Counts one validated row (its values are in `validator.values`).
    mutating func add(_ validator: RowValidator, _ row: borrowing Row)
    /// Adds the counts of the rows that follow this tally's rows in the file.
    mutating func merge(_ other: Self)
}
