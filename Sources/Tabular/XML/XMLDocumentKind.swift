/// What the root element of a standalone XML file says it is, so ``TableOpener`` can route
/// it: an Excel 2003 XML Spreadsheet, a record export, or something we refuse by name.
enum XMLDocumentKind: Equatable {
    /// `<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">` (any prefix).
    case spreadsheetML2003
    /// A record export: the root is `records`, or a mapping names it.
    case records(root: String)
    /// Anything else; `root` is the qualified name of its root element.
    case unknown(root: String)

    /// Reads `path` up to its root element and classifies it.
    ///
    /// - Throws: ``ReadError``: `malformedXML` (a DOCTYPE, text before the root, a truncated
    ///   file), `undecodableText`, and the file system's errors.
    static func probe(path: String, mappings: [XMLMapping], limits: ReadLimits) throws(ReadError) -> XMLDocumentKind {
        var parser = XMLPullParser(source: try XMLFileSource(path: path), subject: path, limits: limits)
        while true {
            switch try parser.next() {
            case .startElement:
                let local = String(decoding: parser.bytes(parser.localStart, parser.nameEnd), as: UTF8.self)
                if local == "Workbook" && parser.namespace == .spreadsheet2003 { return .spreadsheetML2003 }
                if local == "records" || mappings.contains(where: { $0.root == local }) { return .records(root: local) }
                return .unknown(root: String(decoding: parser.bytes(parser.nameStart, parser.nameEnd), as: UTF8.self))
            case .endOfDocument:
                throw ReadError(.empty, subject: path, detail: "an XML file with no root element")
            case .text, .endElement:
                continue
            }
        }
    }

    /// Why an XML file of an unknown kind is refused, in words that say what to do.
    static func refusal(root: String) -> String {
        let local = root.split(separator: ":").last.map(String.init) ?? root
        switch local.lowercased() {
        case "document" where root.hasPrefix("office:"):
            return "a flat OpenDocument spreadsheet (.fods); save it as .xlsx"
        case "html":
            return "an HTML page (a spreadsheet saved as a web page); save it as .xlsx"
        case "workbook":
            return "a <\(root)> root outside the Excel 2003 SpreadsheetML namespace "
                + "(urn:schemas-microsoft-com:office:spreadsheet); save it as .xlsx"
        default:
            return "an XML file whose root element is <\(root)>; hiendien reads Excel 2003 XML Spreadsheets "
                + "(<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">) and record exports "
                + "(<records><record>…, or a root named by a file in Data/xml-mappings)"
        }
    }
}
