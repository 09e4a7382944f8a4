import Schema

/// A picture in a report, drawn as inline SVG by the HTML writer and left out of Markdown and
/// CSV, where the table that follows every chart (its text equivalent) says the same.
///
/// Charts carry text already formatted for the reader's language, like table cells, so the
/// SVG writers know nothing of languages, numbers or dates.
enum Chart {
    case progress(ProgressChart)
    case quarters(QuarterChart)
    case communes(CommuneChart)
    case completeness(CompletenessGrid)

    var caption: String {
        switch self {
        case .progress(let c): c.caption
        case .quarters(let c): c.caption
        case .communes(let c): c.caption
        case .completeness(let c): c.caption
        }
    }
}

/// Bars of the cohort progress chart: one group per cohort, one bar per measure.
struct ProgressChart {
    struct Bar {
        var label: String
        /// Tenths of a percent (`522` = 52,2%), nil when there is no rate.
        var permille: Int?
        var text: String
        var belowTarget: Bool
    }

    struct Group {
        var label: String
        var bars: [Bar]
    }

    var caption: String
    var groups: [Group]
    /// Target lines in percent, with their labels (90%, 100%).
    var targets: [(percent: Int, label: String)]
}

/// Cumulative registrations at the end of each quarter against the straight path to the
/// target: one panel per cohort, on a time axis from the programme start to its end.
struct QuarterChart {
    struct Panel {
        var label: String
        /// Days since the programme start of each quarter's end, with the bar's value and text.
        var bars: [(day: Int, value: Int?, text: String, quarter: String)]
        /// The target (90% of the eligible) and its label; nil when there is no eligible population.
        var target: (value: Int, label: String)?
        /// Said under the panel when the path cannot be drawn or the figures need a caveat.
        var note: String?
    }

    var caption: String
    /// Days from the programme start to its end: the time axis.
    var span: Int
    var panels: [Panel]
    var pathLabel: String
    var barLabel: String
}

/// Every commune as a horizontal bar, ranked by rate, in two columns, with the target line.
struct CommuneChart {
    struct Row {
        var label: String
        /// Tenths of a percent; nil draws no bar and writes `text` ("chưa có số liệu").
        var permille: Int?
        var text: String
        var belowTarget: Bool
    }

    var caption: String
    var rows: [Row]
    var targetPermille: Int
    var targetLabel: String
}

/// One tile per sender for the period, marked on time, late or missing (by shape and letter,
/// not colour alone), agencies first, then communes.
struct CompletenessGrid {
    enum Mark { case onTime, late, missing }

    struct Tile {
        var label: String
        var mark: Mark
    }

    struct Group {
        var label: String
        var tiles: [Tile]
    }

    var caption: String
    var groups: [Group]
    /// The legend's words for the three marks.
    var legend: (onTime: String, late: String, missing: String)
}
