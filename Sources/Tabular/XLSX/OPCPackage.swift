/// The Open Packaging Conventions layer of an XLSX file (ECMA-376 Part 2): content types and
/// relationships, which say which ZIP entry is the workbook, which are its sheets, its styles
/// and its shared strings. Parts are always found through these, never by guessing names.
struct OPCPackage {
    /// One relationship of a part (Part 2 §9.3): its id, the last segment of its type URI
    /// (`worksheet`, `styles`, …, the same for Transitional and Strict URIs), and its target
    /// resolved to a part name without the leading `/`.
    struct Relationship {
        var id: String
        var type: String
        var target: String
        var isExternal: Bool
    }

    let archive: ZipArchive
    /// `Default` content types by lower-cased extension, and `Override` ones by lower-cased part name.
    private(set) var defaults: [String: String] = [:]
    private(set) var overrides: [String: String] = [:]

    static let workbookTypes: Set<String> = [
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
        "application/vnd.ms-excel.template.macroEnabled.main+xml",
        "application/vnd.ms-excel.addin.macroEnabled.main+xml",
    ]
    static let binaryWorkbookType = "application/vnd.ms-excel.sheet.binary.macroEnabled.main"

    init(archive: ZipArchive) throws(ReadError) {
        self.archive = archive
        guard let entry = archive.entry(named: "[Content_Types].xml") else {
            throw ReadError(.unsupportedFormat, subject: archive.path,
                            detail: "a ZIP archive that is not an Office Open XML package (no [Content_Types].xml)")
        }
        var parser = try Self.parser(for: entry, in: archive)
        while true {
            let token = try parser.next()
            if token == .endOfDocument { break }
            guard token == .startElement, parser.namespace == .contentTypes || parser.namespace == .none else { continue }
            if parser.localNameIs("Default"), let ext = try parser.attributeString("Extension"),
               let type = try parser.attributeString("ContentType") {
                defaults[ext.lowercased()] = type.trimmingSpaces()
            } else if parser.localNameIs("Override"), let part = try parser.attributeString("PartName"),
                      let type = try parser.attributeString("ContentType") {
                overrides[Self.key(part)] = type.trimmingSpaces()
            }
        }
    }

    static func parser(for entry: ZipEntry, in archive: ZipArchive, maxChunk: Int = .max) throws(ReadError) -> XMLPullParser {
        var stream = try archive.open(entry)
        stream.maxChunk = maxChunk
        return XMLPullParser(source: PartSource(stream), subject: "\(archive.path): \(entry.name)", limits: archive.limits)
    }

    private static func key(_ part: String) -> String {
        var name = Substring(part)
        while name.first == "/" { name = name.dropFirst() }
        return name.lowercased()
    }

    /// The content type of a part: its `Override`, else the `Default` of its extension.
    func contentType(of part: String) -> String? {
        if let type = overrides[Self.key(part)] { return type }
        guard let dot = part.lastIndex(of: "."), !part[dot...].contains("/") else { return nil }
        return defaults[part[part.index(after: dot)...].lowercased()]
    }

    /// The first part whose `Override` content type is one of `types`.
    func part(withContentType types: Set<String>) -> String? {
        overrides.first { types.contains($0.value) }?.key
    }

    /// The relationships of `part` (`""` for the package itself), read from its `.rels` part;
    /// empty when there is none.
    func relationships(of part: String) throws(ReadError) -> [Relationship] {
        let folder = Self.folder(of: part)
        let file = part.split(separator: "/").last.map(String.init) ?? ""
        let relsName = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
        guard let entry = archive.entry(named: relsName) else { return [] }
        var parser = try Self.parser(for: entry, in: archive)
        var result: [Relationship] = []
        while true {
            let token = try parser.next()
            if token == .endOfDocument { break }
            guard token == .startElement, parser.localNameIs("Relationship"),
                  parser.namespace == .packageRelationships || parser.namespace == .none,
                  let id = try parser.attributeString("Id"), let type = try parser.attributeString("Type"),
                  let target = try parser.attributeString("Target") else { continue }
            let external = try parser.attributeString("TargetMode") == "External"
            let kind = type.split(separator: "/").last.map(String.init) ?? type
            result.append(Relationship(id: id, type: kind, target: external ? target : Self.resolve(target, from: folder),
                                       isExternal: external))
        }
        return result
    }

    /// The folder of a part name (`xl/workbook.xml` → `xl`).
    static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[..<slash])
    }

    /// Resolves a relationship target against the source part's folder (Part 2 §9.3.3.2):
    /// `/xl/worksheets/sheet1.xml` is absolute, `worksheets/sheet1.xml` and `../x.xml` relative.
    static func resolve(_ target: String, from folder: String) -> String {
        let cleanTarget = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? target
        var segments: [Substring] = cleanTarget.hasPrefix("/") ? [] : folder.split(separator: "/")
        for segment in cleanTarget.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/").removingPercentEncodingIfAny()
    }
}

extension String {
    /// The string with `%HH` escapes decoded when they form valid UTF-8 (part names in
    /// relationship targets are IRIs, Part 2 §9.1.1.1); unchanged otherwise.
    func removingPercentEncodingIfAny() -> String {
        guard contains("%") else { return self }
        var out: [UInt8] = []
        let bytes = Array(utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%"), i + 2 < bytes.count,
               let hi = XMLText.digitValue(bytes[i + 1], hex: true), let lo = XMLText.digitValue(bytes[i + 2], hex: true) {
                out.append(UInt8(hi << 4 | lo))
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(validating: out, as: UTF8.self) ?? self
    }
}
