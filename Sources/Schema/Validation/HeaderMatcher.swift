public import Tabular

/// Finds a schema's header row in a sheet and maps the file's columns to the schema's fields.
///
/// Labels are compared folded (``VietnameseFold``: no diacritics, no case, punctuation as
/// space) with anything in parentheses dropped and required-marks (`*`) removed, so
/// `MÃ SỐ THUẾ (*)`, `Mã số thuế` and `ma so thue` are one label, as are a schema title and
/// its aliases.
public struct HeaderMatcher: Sendable {
    public let schema: TableSchema
    /// Folded label → field index.
    let labels: [String: Int]
    /// Folded labels that are allowed and ignored (STT).
    let ignored: Set<String>

    public init(schema: TableSchema) {
        self.schema = schema
        var labels: [String: Int] = [:]
        for (index, field) in schema.fields.enumerated() {
            for text in [field.title, field.titleEN, field.name] + field.aliases {
                let key = Self.fold(text)
                if !key.isEmpty && labels[key] == nil { labels[key] = index }
            }
        }
        self.labels = labels
        ignored = Set(schema.ignoredLabels.map(Self.fold))
    }

    public static func fold(_ label: String) -> String {
        VietnameseFold.fold(label, dropParentheses: true)
    }

    /// How well a row reads as this schema's header.
    public struct Score: Sendable, Comparable {
        public var requiredMatched: Int
        public var requiredTotal: Int
        public var matched: Int

        /// A header is recognised when it has at least half of the required columns and at
        /// least two known columns (or the only required one).
        public var isHeader: Bool {
            requiredMatched * 2 >= requiredTotal && (matched >= 2 || (requiredTotal == 1 && requiredMatched == 1))
                && matched > 0
        }

        var fraction: Double { requiredTotal == 0 ? 0 : Double(requiredMatched) / Double(requiredTotal) }

        public static func < (a: Score, b: Score) -> Bool { (a.fraction, a.matched) < (b.fraction, b.matched) }
    }

    /// The score of `texts` (the row's cell texts) as a header of this schema.
    public func score(_ texts: [String]) -> Score {
        var seen = Set<Int>()
        for text in texts {
            if let index = labels[Self.fold(text)] { seen.insert(index) }
        }
        let required = schema.fields.indices.filter { schema.fields[$0].constraints.required }
        return Score(requiredMatched: required.filter(seen.contains).count, requiredTotal: required.count, matched: seen.count)
    }

    /// One column of the file.
    public enum Column: Sendable, Hashable {
        case field(Int)
        /// A known row-number column (STT) or a second column of a field already mapped.
        case ignored
        /// A header the schema does not know.
        case extra
        /// No header text.
        case blank
    }

    /// The mapping of a header row, with the findings it causes.
    public struct Mapping: Sendable {
        public var columns: [Column]
        /// For each field, the column holding it, if any.
        public var columnOfField: [Int?]
        /// The header texts as written.
        public var labels: [String]
        /// Structural findings (missing, extra, duplicate labels), without file/sheet set.
        public var findings: [(FindingCode, Location, [String: String])]
    }

    public func map(_ texts: [String], row: Int) -> Mapping {
        var columns: [Column] = []
        var columnOfField = [Int?](repeating: nil, count: schema.fields.count)
        var findings: [(FindingCode, Location, [String: String])] = []
        for (column, text) in texts.enumerated() {
            let key = Self.fold(text)
            if key.isEmpty {
                columns.append(.blank)
            } else if let index = labels[key] {
                if let first = columnOfField[index] {
                    columns.append(.ignored)
                    findings.append((.duplicateLabel, Location(row: row, column: column, label: text, field: schema.fields[index].name),
                                     ["other": Location.letter(first), "field": schema.fields[index].title]))
                } else {
                    columnOfField[index] = column
                    columns.append(.field(index))
                }
            } else if ignored.contains(key) {
                columns.append(.ignored)
            } else {
                columns.append(.extra)
                var arguments: [String: String] = [:]
                let candidates = schema.fields.indices.filter { columnOfField[$0] == nil }.map { schema.fields[$0].title }
                if let near = EditDistance.nearest(key, in: candidates.map(Self.fold)),
                   let title = candidates.first(where: { Self.fold($0) == near }) {
                    arguments["suggestion"] = title
                }
                findings.append((.extraLabel, Location(row: row, column: column, label: text), arguments))
            }
        }
        for (index, field) in schema.fields.enumerated() where field.constraints.required && columnOfField[index] == nil {
            findings.append((.missingLabel, Location(row: row, label: field.title, field: field.name), ["label": field.title]))
        }
        return Mapping(columns: columns, columnOfField: columnOfField, labels: texts, findings: findings)
    }
}
