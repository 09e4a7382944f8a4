import Tabular

/// Writes JSON deterministically: object keys in the order given, numbers without a
/// fraction when whole, strings escaped as RFC 8259 requires (non-ASCII kept as UTF-8).
extension JSONValue {
    /// The JSON text; `indent` > 0 pretty-prints with that many spaces per level.
    public func serialized(indent: Int = 0) -> String {
        var out = ""
        write(to: &out, indent: indent, level: 0)
        return out
    }

    private func write(to out: inout String, indent: Int, level: Int) {
        let newline = indent > 0 ? "\n" : ""
        let pad = { (n: Int) in String(repeating: " ", count: indent * n) }
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let x):
            if x == x.rounded() && abs(x) < 1e15 { out += String(Int64(x)) } else if x.isFinite { out += "\(x)" } else { out += "null" }
        case .string(let s): out += JSONValue.quoted(s)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[" + newline
            for (i, item) in items.enumerated() {
                out += pad(level + 1)
                item.write(to: &out, indent: indent, level: level + 1)
                out += (i + 1 < items.count ? "," : "") + newline
            }
            out += pad(level) + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{" + newline
            for (i, member) in members.enumerated() {
                out += pad(level + 1) + JSONValue.quoted(member.key) + (indent > 0 ? ": " : ":")
                member.value.write(to: &out, indent: indent, level: level + 1)
                out += (i + 1 < members.count ? "," : "") + newline
            }
            out += pad(level) + "}"
        }
    }

    /// `text` as a JSON string literal (RFC 8259 §7; the readers' dump writer has the one escaper).
    public static func quoted(_ text: String) -> String { SheetJSONWriter.quoted(text) }
}

extension JSONValue {
    /// `.string` or `.null`.
    public static func optional(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }
    /// `.number` or `.null`.
    public static func optional(_ number: Int?) -> JSONValue { number.map { .number(Double($0)) } ?? .null }
}
