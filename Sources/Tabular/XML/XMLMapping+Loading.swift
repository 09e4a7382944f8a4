#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension XMLMapping {
    /// Loads every `*.json` mapping in `directory`, in file-name order. A missing directory
    /// holds no mappings.
    ///
    /// - Throws: ``ReadError`` `corrupt` naming the file and the problem (a JSON error, an
    ///   unknown key, a missing `root` or `columns`).
    public static func loadDirectory(_ directory: String) throws(ReadError) -> [XMLMapping] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(".json") && !name.hasPrefix(".") { names.append(name) }
        }
        var mappings: [XMLMapping] = []
        for name in names.sorted() { mappings.append(try load(path: directory + "/" + name)) }
        return mappings
    }

    /// Loads one mapping file.
    ///
    /// - Throws: ``ReadError`` `corrupt` naming the file and what is wrong in it.
    public static func load(path: String) throws(ReadError) -> XMLMapping {
        let file = try FileDescriptor(readingFrom: path)
        let size = file.size()
        guard size < 1 << 20 else { throw ReadError(.limitExceeded, subject: path, detail: "a mapping file over 1 MB") }
        var bytes = [UInt8](repeating: 0, count: size)
        var result: Result<Int, ReadError> = .success(0)
        bytes.withUnsafeMutableBytes { raw in
            do throws(ReadError) { result = .success(try file.read(into: raw, at: 0)) } catch { result = .failure(error) }
        }
        bytes.removeSubrange(try result.get()...)
        return try parse(bytes, source: path)
    }

    /// Parses the JSON text of a mapping.
    ///
    /// - Throws: ``ReadError`` `corrupt` naming `source` and the problem.
    public static func parse(_ bytes: [UInt8], source: String) throws(ReadError) -> XMLMapping {
        func fail(_ detail: String) -> ReadError { ReadError(.corrupt, subject: source, detail: "xml mapping: " + detail) }
        var reader = MappingJSON(bytes: bytes)
        guard let object = reader.parseDocument() else { throw fail(reader.error ?? "not a JSON object") }
        var root: String?
        var record: String?
        var type: String?
        var columns: [(name: String, title: String)]?
        for (key, value) in object {
            switch (key, value) {
            case ("root", .string(let s)): root = s
            case ("record", .string(let s)): record = s
            case ("type", .string(let s)): type = s
            case ("description", .string), ("$comment", .string): continue
            case ("columns", .object(let pairs)):
                var list: [(name: String, title: String)] = []
                for (name, title) in pairs {
                    guard case .string(let text) = title else { throw fail("columns.\(name) must be a string") }
                    list.append((name, text))
                }
                columns = list
            case ("root", _), ("record", _), ("type", _), ("description", _), ("$comment", _):
                throw fail("'\(key)' must be a string")
            case ("columns", _):
                throw fail("'columns' must be an object of element name → column title")
            default:
                throw fail("unknown key '\(key)' (expected root, record, type, columns, description)")
            }
        }
        guard let root, !root.isEmpty else { throw fail("'root' is missing") }
        guard let columns else { throw fail("'columns' is missing") }
        return XMLMapping(root: root, record: record, type: type, columns: columns, source: source)
    }
}

/// The small subset of JSON (RFC 8259) a mapping file uses: one object whose values are
/// strings or objects of strings. Tabular imports no other module, so it cannot borrow
/// Schema's JSON reader; this one refuses anything else with a position.
struct MappingJSON {
    indirect enum Value {
        case string(String)
        case object([(String, Value)])
        case other
    }

    let bytes: [UInt8]
    var i = 0
    var error: String?

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    }

    mutating func parseDocument() -> [(String, Value)]? {
        skipSpace()
        guard case .object(let pairs)? = parseValue(depth: 0) else { return nil }
        skipSpace()
        guard i == bytes.count else { error = "extra text at byte \(i)"; return nil }
        return pairs
    }

    private mutating func skipSpace() {
        while i < bytes.count && (bytes[i] == .space || bytes[i] == .tab || bytes[i] == .lineFeed || bytes[i] == .carriageReturn) { i += 1 }
    }

    private mutating func parseValue(depth: Int) -> Value? {
        skipSpace()
        guard i < bytes.count, depth < 8 else { error = "unexpected end at byte \(i)"; return nil }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1
            var pairs: [(String, Value)] = []
            skipSpace()
            if i < bytes.count && bytes[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
            while true {
                skipSpace()
                guard let key = parseString() else { return nil }
                skipSpace()
                guard i < bytes.count, bytes[i] == .colon else { error = "expected ':' at byte \(i)"; return nil }
                i += 1
                guard let value = parseValue(depth: depth + 1) else { return nil }
                pairs.append((key, value))
                skipSpace()
                guard i < bytes.count else { error = "unexpected end"; return nil }
                if bytes[i] == .comma { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
                error = "expected ',' or '}' at byte \(i)"
                return nil
            }
        case .quote:
            return parseString().map { .string($0) }
        default:
            error = "only strings and objects are allowed (byte \(i))"
            return nil
        }
    }

    private mutating func parseString() -> String? {
        guard i < bytes.count, bytes[i] == .quote else { error = "expected a string at byte \(i)"; return nil }
        i += 1
        var out: [UInt8] = []
        while i < bytes.count {
            let b = bytes[i]
            if b == .quote { i += 1; return String(decoding: out, as: UTF8.self) }
            if b < 0x20 { error = "a control character in a string at byte \(i)"; return nil }
            if b == UInt8(ascii: "\\") {
                guard i + 1 < bytes.count else { break }
                let e = bytes[i + 1]
                i += 2
                switch e {
                case .quote, UInt8(ascii: "\\"), .slash: out.append(e)
                case UInt8(ascii: "n"): out.append(.lineFeed)
                case UInt8(ascii: "t"): out.append(.tab)
                case UInt8(ascii: "r"): out.append(.carriageReturn)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    guard var unit = hex4() else { error = "a bad \\u escape at byte \(i)"; return nil }
                    if (0xD800...0xDBFF).contains(unit), i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                        i += 2
                        guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { error = "a bad surrogate pair"; return nil }
                        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    }
                    appendUTF8(unit, to: &out)
                default: error = "a bad escape at byte \(i)"; return nil
                }
                continue
            }
            out.append(b)
            i += 1
        }
        error = "a string runs to the end of the file"
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for k in i..<(i + 4) {
            guard let d = XMLText.digitValue(bytes[k], hex: true) else { return nil }
            v = v << 4 | d
        }
        i += 4
        return v
    }
}
