/// How a system's own XML export maps onto a submission type: which root and record elements
/// it uses, and which column title each of its element or field names stands for.
///
/// Mappings are data, not code: one JSON file each in `Data/xml-mappings/` (documented in
/// `Data/xml-mappings/README.md`), loaded with ``load(path:)`` or ``loadDirectory(_:)``:
/// ```json
/// {"root": "DanhSachDoanhNghiep", "record": "DoanhNghiep", "type": "enterprise-register",
///  "columns": {"MaSoThue": "Mã số thuế", "TenDoanhNghiep": "Tên doanh nghiệp"}}
/// ```
/// A mapping applies to a file whose root element's local name is `root` and whose record
/// elements are called `record`; the header row then shows the mapped titles, so the schema's
/// header matching finds the columns as it would in a spreadsheet.
public struct XMLMapping: Sendable, Hashable {
    /// Local name of the root element.
    public var root: String
    /// Local name of the record elements; nil reads every child of the root as a record.
    public var record: String?
    /// The submission type (a schema name) the export belongs to.
    public var type: String?
    /// Element or field name → column title, in the file's order.
    public var columns: [(name: String, title: String)]
    /// The file the mapping came from, for messages.
    public var source: String

    public init(root: String, record: String?, type: String?, columns: [(name: String, title: String)], source: String = "") {
        self.root = root
        self.record = record
        self.type = type
        self.columns = columns
        self.source = source
    }

    /// The title for an element or field name, or the name itself when the mapping has none.
    public func title(for name: String) -> String {
        columns.first { $0.name == name }?.title ?? name
    }

    public static func == (a: XMLMapping, b: XMLMapping) -> Bool {
        a.root == b.root && a.record == b.record && a.type == b.type && a.source == b.source
            && a.columns.map(\.name) == b.columns.map(\.name) && a.columns.map(\.title) == b.columns.map(\.title)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(root)
        hasher.combine(record)
        hasher.combine(type)
        for column in columns { hasher.combine(column.name); hasher.combine(column.title) }
    }
}
