/// Reads the members of one JSON object by key, with errors that name the key path, and
/// complains about keys it was never asked for (typos such as `requried`).
///
/// Keys that start with `_` (`"_comment"`, `"_note"`) are comments and are ignored, since
/// JSON itself has none and analysts need to annotate the files they edit.
public struct JSONObjectReader {
    public let source: String
    /// The path of this object in the document ("" for the root).
    public let path: String
    let members: [(key: String, value: JSONValue)]
    var used: Set<String> = []

    public init(_ value: JSONValue, source: String, path: String = "") throws(JSONError) {
        guard case .object(let members) = value else {
            throw JSONError(source: source, path: path, message: "expected an object, found \(value.typeDescription)")
        }
        self.source = source
        self.path = path
        self.members = members
    }

    /// The path of a key of this object.
    public func keyPath(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    /// An error about a key of this object.
    public func error(_ key: String, _ message: String) -> JSONError {
        JSONError(source: source, path: keyPath(key), message: message)
    }

    public func contains(_ key: String) -> Bool { members.contains { $0.key == key } }

    /// The raw value of a key, or nil when absent (a JSON null counts as absent).
    public mutating func value(_ key: String) -> JSONValue? {
        used.insert(key)
        guard let value = members.first(where: { $0.key == key })?.value else { return nil }
        if case .null = value { return nil }
        return value
    }

    public mutating func require(_ key: String) throws(JSONError) -> JSONValue {
        guard let value = value(key) else { throw error(key, "is required") }
        return value
    }

    public mutating func string(_ key: String) throws(JSONError) -> String {
        let value = try require(key)
        guard case .string(let s) = value else { throw error(key, "expected a string, found \(value.typeDescription)") }
        return s
    }

    public mutating func optionalString(_ key: String) throws(JSONError) -> String? {
        guard value(key) != nil else { return nil }
        return try string(key)
    }

    public mutating func bool(_ key: String, default fallback: Bool) throws(JSONError) -> Bool {
        guard let value = value(key) else { return fallback }
        guard case .bool(let b) = value else { throw error(key, "expected true or false, found \(value.typeDescription)") }
        return b
    }

    public mutating func number(_ key: String) throws(JSONError) -> Double {
        let value = try require(key)
        guard case .number(let n) = value else { throw error(key, "expected a number, found \(value.typeDescription)") }
        return n
    }

    public mutating func optionalNumber(_ key: String) throws(JSONError) -> Double? {
        guard value(key) != nil else { return nil }
        return try number(key)
    }

    public mutating func integer(_ key: String) throws(JSONError) -> Int {
        let n = try number(key)
        guard n == n.rounded(), abs(n) < 1e15 else { throw error(key, "expected a whole number, found \(n)") }
        return Int(n)
    }

    public mutating func optionalInteger(_ key: String) throws(JSONError) -> Int? {
        guard value(key) != nil else { return nil }
        return try integer(key)
    }

    /// A list; each element comes with its own path (`fields[2]`).
    public mutating func array(_ key: String) throws(JSONError) -> [(path: String, value: JSONValue)] {
        let value = try require(key)
        guard case .array(let items) = value else { throw error(key, "expected a list, found \(value.typeDescription)") }
        return items.enumerated().map { (keyPath(key) + "[\($0.offset)]", $0.element) }
    }

    public mutating func optionalArray(_ key: String) throws(JSONError) -> [(path: String, value: JSONValue)] {
        guard value(key) != nil else { return [] }
        return try array(key)
    }

    /// A list of strings.
    public mutating func strings(_ key: String) throws(JSONError) -> [String] {
        var result: [String] = []
        for (path, item) in try optionalArray(key) {
            guard case .string(let s) = item else {
                throw JSONError(source: source, path: path, message: "expected a string, found \(item.typeDescription)")
            }
            result.append(s)
        }
        return result
    }

    public mutating func object(_ key: String) throws(JSONError) -> JSONObjectReader {
        try JSONObjectReader(try require(key), source: source, path: keyPath(key))
    }

    public mutating func optionalObject(_ key: String) throws(JSONError) -> JSONObjectReader? {
        guard let value = value(key) else { return nil }
        return try JSONObjectReader(value, source: source, path: keyPath(key))
    }

    /// Every member, in file order (for maps such as `{"vi": …, "en": …}`); marks all as used.
    public mutating func allMembers() -> [(key: String, value: JSONValue)] {
        for member in members { used.insert(member.key) }
        return members.filter { !$0.key.hasPrefix("_") }
    }

    /// Fails on the first key that was never read (and is not a `_comment`).
    public func finish() throws(JSONError) {
        let known = Array(used)
        for member in members where !used.contains(member.key) && !member.key.hasPrefix("_") {
            var message = "unknown key"
            if let near = EditDistance.nearest(member.key, in: known) { message += "; did you mean '\(near)'?" }
            throw error(member.key, message)
        }
    }
}

/// Levenshtein distance for suggestions on short ASCII keys.
/// Levenshtein distance, for "did you mean" suggestions on keys, labels and codes.
public enum EditDistance {
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    public static func nearest(_ word: String, in candidates: [String]) -> String? {
        let limit = max(2, word.count / 3)
        return candidates.map { ($0, distance(word, $0)) }.filter { $0.1 <= limit }.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }
}
