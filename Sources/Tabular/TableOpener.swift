/// Opens any file we read, deciding its format from its first bytes, never from its name.
///
/// A file whose extension lies (an `.xls` renamed `.xlsx`, an `.ods`) is recognised by its
/// signature and refused with a ``ReadError`` that says what it really is.
public enum TableOpener {
    /// What a file's first bytes say it is.
    public enum Signature: Sendable, Hashable {
        /// A ZIP archive (XLSX, XLSM, ODS and XLSB are all ZIPs; the archive tells which).
        case zip
        /// An OLE2 compound file: a binary `.xls`, or an encrypted (password-protected) OOXML.
        case ole2
        /// XML text (SpreadsheetML 2003, or a record export).
        case xml
        /// Anything else is read as delimited text.
        case text
        case empty
    }

    /// Classifies the first bytes of a file.
    public static func signature(of head: UnsafeRawBufferPointer) -> Signature {
        if head.isEmpty { return .empty }
        if head.count >= 4 && head[0] == 0x50 && head[1] == 0x4B && (head[2] == 3 || head[2] == 5 || head[2] == 7) {
            return .zip
        }
        if head.count >= 8 && Array(head.prefix(8)) == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] {
            return .ole2
        }
        // UTF-16 XML: "<" after a byte-order mark, or "<?" as UTF-16 without one.
        let utf16XML: [[UInt8]] = [[0xFF, 0xFE, 0x3C, 0x00], [0xFE, 0xFF, 0x00, 0x3C], [0x3C, 0x00, 0x3F, 0x00], [0x00, 0x3C, 0x00, 0x3F]]
        if head.count >= 4, utf16XML.contains(where: { $0.elementsEqual(head.prefix(4)) }) { return .xml }
        // XML: skip a BOM and white space, then expect "<".
        var i = 0
        if head.count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF { i = 3 }
        while i < head.count && (head[i] == .space || head[i] == .tab || head[i] == .lineFeed || head[i] == .carriageReturn) {
            i += 1
        }
        if i < head.count && head[i] == UInt8(ascii: "<") { return .xml }
        return .text
    }

    /// Opens `path` with the reader its content calls for. XML goes by its root element:
    /// SpreadsheetML 2003 `<Workbook>` (``SpreadsheetML2003Reader``), `<records>` or a root
    /// that one of `options.xmlMappings` names (``RecordXMLReader``), anything else refused.
    /// Plain text is read as CSV, unless its name claims a workbook (`.xls`, `.xlsx`, …).
    ///
    /// - Throws: ``ReadError``: `empty` for an empty file, `unsupportedFormat` or `encrypted`
    ///   for files we refuse on purpose, `unknownFormat` for text named as a workbook,
    ///   `malformedXML` for XML that is not well formed or has a DOCTYPE, `cannotOpen` and
    ///   friends for the file system.
    public static func open(path: String, options: OpenOptions = .init()) throws(ReadError) -> any WorkbookReader {
        let file = try FileDescriptor(readingFrom: path)
        var head = [UInt8](repeating: 0, count: 512)
        var result: Result<Int, ReadError> = .success(0)
        head.withUnsafeMutableBytes { raw in
            do throws(ReadError) { result = .success(try file.read(into: raw, at: 0)) } catch { result = .failure(error) }
        }
        head.removeSubrange(try result.get()...)
        switch head.withUnsafeBytes({ signature(of: $0) }) {
        case .empty:
            throw ReadError(.empty, subject: path)
        case .ole2:
            if EncryptedPackageProbe.isEncryptedPackage(path: path) {
                throw ReadError(.encrypted, subject: path,
                                detail: "a password-protected (encrypted) workbook; save it without a password")
            }
            throw ReadError(.unsupportedFormat, subject: path,
                            detail: "an OLE2 compound file (a binary .xls workbook); save it as .xlsx")
        case .zip:
            // XLSX, XLSM, and the ZIPs we refuse (ODS, XLSB): the package itself tells which.
            return try XLSXReader(path: path, options: options)
        case .xml:
            // The root element decides: SpreadsheetML 2003, a record export, or a refusal.
            switch try XMLDocumentKind.probe(path: path, mappings: options.xmlMappings, limits: options.limits) {
            case .spreadsheetML2003:
                return try SpreadsheetML2003Reader(path: path, options: options)
            case .records:
                return try RecordXMLReader(path: path, options: options)
            case .unknown(let root):
                throw ReadError(.unsupportedFormat, subject: path, detail: XMLDocumentKind.refusal(root: root))
            }
        case .text:
            if head.count >= 4 && head[0] == 0x09 && [0x00, 0x02, 0x04, 0x08].contains(head[1])
                && (4...16).contains(head[2]) && head[3] == 0 {
                throw ReadError(.unsupportedFormat, subject: path,
                                detail: "a binary Excel worksheet (BIFF .xls); save it as .xlsx")
            }
            // Text whose name claims a workbook is no workbook (a saved error page, a report
            // renamed .xls): read as CSV it would only give rows of noise.
            let name = path.split(separator: "/").last.map { $0.lowercased() } ?? ""
            if [".xls", ".xlsx", ".xlsm", ".xlsb", ".ods"].contains(where: { name.hasSuffix($0) }) {
                throw ReadError(.unknownFormat, subject: path,
                                detail: "the name says a spreadsheet workbook, but the file is plain text; "
                                    + "save it from the spreadsheet program as .xlsx (or as .csv if it is a list)")
            }
            return try CSVReader(path: path, dialect: options.csvDialect, limits: options.limits)
        }
    }
}

/// Choices a caller can make when opening a file.
public struct OpenOptions: Sendable {
    public var limits: ReadLimits
    /// The CSV delimiter, or nil to sniff it.
    public var csvDialect: CSVDialect?
    /// Whether hidden sheets are read (they are listed either way).
    public var includeHiddenSheets: Bool
    /// Mappings for record exports (`Data/xml-mappings/*.json`, see ``XMLMapping``): a root
    /// element named by one is read as records, with the mapped column titles.
    public var xmlMappings: [XMLMapping]

    public init(
        limits: ReadLimits = .default, csvDialect: CSVDialect? = nil, includeHiddenSheets: Bool = false,
        xmlMappings: [XMLMapping] = []
    ) {
        self.limits = limits
        self.csvDialect = csvDialect
        self.includeHiddenSheets = includeHiddenSheets
        self.xmlMappings = xmlMappings
    }
}
