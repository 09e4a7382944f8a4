/// What `xl/styles.xml` (ECMA-376 Part 1 §18.8) tells a reader about each cell style: whether
/// its number is a date, time or duration, and whether its font hints at a legacy Vietnamese
/// encoding. A cell's `s` attribute indexes ``formats`` (the `cellXfs` list, §18.8.10).
struct StylesPart {
    struct Format: Hashable {
        /// `.number`, `.date`, `.dateTime`, `.time` or `.duration`.
        var kind: Cell.Kind
        var fontHint: Cell.FontHint
    }

    private(set) var formats: [Format] = []
    static let plain = Format(kind: .number, fontHint: .none)

    init() {}

    init(parser: consuming XMLPullParser) throws(ReadError) {
        var customCodes: [Int: String] = [:]
        var fontHints: [Cell.FontHint] = []
        var xfs: [(numFmt: Int, font: Int)] = []
        // Parents we care about: numFmts (top level only; dxfs hold numFmts too), fonts, cellXfs.
        var section = ""
        var sectionDepth = 0
        var inFont = false
        while true {
            switch try parser.next() {
            case .endOfDocument:
                formats = xfs.map { xf in
                    let kind: Cell.Kind
                    if let code = customCodes[xf.numFmt] {
                        kind = NumberFormat.kind(ofCode: code)
                    } else {
                        kind = NumberFormat.builtInKind(xf.numFmt) ?? .number
                    }
                    let hint = xf.font >= 0 && xf.font < fontHints.count ? fontHints[xf.font] : .none
                    return Format(kind: kind, fontHint: hint)
                }
                return
            case .text: continue
            case .endElement:
                if parser.depth < sectionDepth { section = "" ; sectionDepth = 0 }
                if section == "fonts" && parser.isElement("font") { inFont = false }
            case .startElement:
                if parser.depth == 2 {
                    for name in ["numFmts", "fonts", "cellXfs"] as [StaticString] where parser.isElement(name) {
                        section = name.description
                        sectionDepth = 2
                    }
                    continue
                }
                switch section {
                case "numFmts" where parser.depth == 3 && parser.isElement("numFmt"):
                    if let id = try parser.attributeString("numFmtId").flatMap({ Int($0) }),
                       let code = try parser.attributeString("formatCode") {
                        customCodes[id] = code
                    }
                case "fonts" where parser.depth == 3 && parser.isElement("font"):
                    fontHints.append(.none)
                    inFont = true
                case "fonts" where inFont && parser.isElement("name"):
                    if let name = try parser.attributeString("val") { fontHints[fontHints.count - 1] = Self.fontHint(name) }
                case "cellXfs" where parser.depth == 3 && parser.isElement("xf"):
                    let numFmt = try parser.attributeString("numFmtId").flatMap { Int($0) } ?? 0
                    let font = try parser.attributeString("fontId").flatMap { Int($0) } ?? 0
                    xfs.append((numFmt, font))
                default: break
                }
            }
        }
    }

    /// The format of style `index`; the default (a plain number) when out of range.
    @inline(__always)
    func format(_ index: Int) -> Format {
        index >= 0 && index < formats.count ? formats[index] : Self.plain
    }

    /// The legacy encoding a font name suggests: `.VnTime` (TCVN3), `.VnTimeH` (TCVN3 capitals),
    /// `VNI-Times` (VNI).
    static func fontHint(_ name: String) -> Cell.FontHint {
        let trimmed = name.trimmingSpaces()
        let lower = trimmed.lowercased()
        if lower.hasPrefix(".vn") {
            return trimmed.hasSuffix("H") ? .tcvn3Capitals : .tcvn3
        }
        if lower.hasPrefix("vni-") || lower.hasPrefix("vni ") { return .vni }
        return .none
    }
}
