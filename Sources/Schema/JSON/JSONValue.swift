import Foundation

/// A parsed JSON document, kept as values so that configuration and schema files can be read
/// with errors that name the exact key (`fields[3].constraints.maximum`).
///
/// Foundation's `JSONDecoder` would do the parsing, but its errors speak of coding keys and
/// its structs cannot report unknown keys; analysts edit these files by hand and need to be
/// told "unknown key 'requried' (did you mean 'required'?)".
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// Keys in file order, so that messages and round trips keep the author's order.
    case object([(key: String, value: JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case let (.bool(x), .bool(y)): x == y
        case let (.number(x), .number(y)): x == y
        case let (.string(x), .string(y)): x == y
        case let (.array(x), .array(y)): x == y
        case let (.object(x), .object(y)): x.map(\.key) == y.map(\.key) && x.map(\.value) == y.map(\.value)
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(b)
        case .number(let n): hasher.combine(n)
        case .string(let s): hasher.combine(s)
        case .array(let a): hasher.combine(a)
        case .object(let o): for (k, v) in o { hasher.combine(k); hasher.combine(v) }
        }
    }

    /// Parses JSON text. Errors give the line and column of the syntax error.
    public static func parse(_ bytes: [UInt8], source: String) throws(JSONError) -> JSONValue {
        var parser = JSONParser(bytes: bytes, source: source)
        return try parser.parseDocument()
    }

    /// Reads and parses a JSON file.
    public static func read(path: String) throws(JSONError) -> JSONValue {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw JSONError(source: path, path: "", message: "cannot read the file")
        }
        return try parse([UInt8](data), source: path)
    }

    /// A short description of the value's type for messages ("a string", "an object").
    public var typeDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }
}

/// What is wrong in a JSON configuration or schema file, and where.
public struct JSONError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file (or a description of the source).
    public var source: String
    /// The key path inside the document (`periods.scheme`, `fields[2].type`), "" for the root.
    public var path: String
    public var message: String

    public init(source: String, path: String, message: String) {
        self.source = source
        self.path = path
        self.message = message
    }

    public var description: String {
        path.isEmpty ? "\(source): \(message)" : "\(source): key '\(path)': \(message)"
    }
}
