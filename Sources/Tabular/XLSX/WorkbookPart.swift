/// What `xl/workbook.xml` says (ECMA-376 Part 1 §18.2): the sheets in order, with their
/// names, visibility and relationship ids, and whether dates count from 1904.
struct WorkbookPart {
    struct Sheet {
        var name: String
        var visibility: SheetInfo.Visibility
        var relationshipID: String?
    }

    var sheets: [Sheet] = []
    /// `workbookPr/@date1904` (§18.2.28): serials count days from 1904-01-01.
    var date1904 = false

    init(parser: consuming XMLPullParser) throws(ReadError) {
        var inSheets = false
        while true {
            switch try parser.next() {
            case .endOfDocument: return
            case .text: continue
            case .endElement:
                if parser.isElement("sheets") { inSheets = false }
            case .startElement:
                if parser.isElement("workbookPr") {
                    if let value = try parser.attributeString("date1904") { date1904 = value == "1" || value == "true" }
                } else if parser.isElement("sheets") {
                    inSheets = true
                } else if inSheets && parser.isElement("sheet") {
                    let name = try parser.attributeString("name") ?? "Sheet\(sheets.count + 1)"
                    let state = try parser.attributeString("state") ?? "visible"
                    let visibility: SheetInfo.Visibility = switch state {
                    case "hidden": .hidden
                    case "veryHidden": .veryHidden
                    default: .visible
                    }
                    var id: String?
                    for attribute in parser.attributes where attribute.isPrefixed {
                        let local = parser.bytes(attribute.localStart, attribute.nameEnd)
                        if local.count == 2 && local[0] == UInt8(ascii: "i") && local[1] == UInt8(ascii: "d")
                            && (parser.namespace(of: attribute) == .officeRelationships || id == nil) {
                            id = try parser.string(attribute)
                        }
                    }
                    sheets.append(Sheet(name: name, visibility: visibility, relationshipID: id))
                }
            }
        }
    }
}
