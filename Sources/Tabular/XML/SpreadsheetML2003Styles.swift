/// The number formats of an Excel 2003 XML Spreadsheet's `<Styles>`, which decide whether a
/// `Number` cell is a date, a time or a duration (the format stores dates as plain numbers
/// when a style formats them, just as XLSX does).
///
/// ```
///  <Style ss:ID="s21" ss:Parent="s20"><NumberFormat ss:Format="Short Date"/></Style>
///        id → (parent, format?) ──resolve parents──▶ id → Cell.Kind
/// ```
/// A style without a `NumberFormat` takes its parent's. A cell without `ss:StyleID` takes its
/// row's, then the `Default` style's; an ID that no style declares also reads as `Default`.
struct SpreadsheetML2003Styles {
    /// Every declared style with its resolved kind, as UTF-8 ID bytes (looked up per cell
    /// without making a `String`).
    private var ids: [[UInt8]] = []
    private var kinds: [Cell.Kind] = []
    /// The kind of the `Default` style (a cell with no style, or an unknown one).
    private(set) var defaultKind = Cell.Kind.number

    init() {}

    /// Resolves parents: `raw` maps an ID to its parent ID and its own format, if any.
    init(raw: [(id: String, parent: String?, format: String?)]) {
        var byID: [String: (parent: String?, format: String?)] = [:]
        for style in raw where byID[style.id] == nil { byID[style.id] = (style.parent, style.format) }
        for style in raw where !ids.contains(Array(style.id.utf8)) {
            var seen: Set<String> = []
            var current: String? = style.id
            var format: String?
            while let id = current, let entry = byID[id], !seen.contains(id) {
                seen.insert(id)
                if let own = entry.format { format = own; break }
                current = entry.parent
            }
            ids.append(Array(style.id.utf8))
            kinds.append(format.map(Self.kind(ofFormat:)) ?? .number)
        }
        if let k = ids.firstIndex(of: Array("Default".utf8)) { defaultKind = kinds[k] }
    }

    /// The kind of the style whose ID is `id`; `defaultKind` when no style has that ID.
    func kind(ofID id: UnsafeRawBufferPointer) -> Cell.Kind {
        for (k, candidate) in ids.enumerated() where candidate.count == id.count {
            if candidate.withUnsafeBytes({ $0.elementsEqual(id) }) { return kinds[k] }
        }
        return defaultKind
    }

    /// Named formats (Excel 2003 XML Spreadsheet Reference, `NumberFormat/@ss:Format`).
    private static let namedDate: Set<String> = ["general date", "long date", "medium date", "short date"]
    private static let namedTime: Set<String> = ["long time", "medium time", "short time"]
    private static let namedOther: Set<String> = [
        "general", "general number", "currency", "euro currency", "fixed", "standard", "percent", "scientific",
        "yes/no", "true/false", "on/off", "@", "0", "0.00", "#,##0", "#,##0.00",
    ]

    /// The kind a format gives its numbers: a named format, or a custom code classified as
    /// XLSX codes are (``NumberFormat/kind(ofCode:)``).
    static func kind(ofFormat format: String) -> Cell.Kind {
        let name = format.trimmingSpaces().lowercased()
        if namedDate.contains(name) { return name == "general date" ? .dateTime : .date }
        if namedTime.contains(name) { return .time }
        if namedOther.contains(name) || name.hasPrefix("general") { return .number }
        return NumberFormat.kind(ofCode: format)
    }
}
