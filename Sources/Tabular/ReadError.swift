/// Why a file cannot be read at all.
///
/// A read error ends the reading of a file (or of one sheet); everything that can be read
/// row by row is a ``ReadNote`` instead. The workspace turns a read error into a file-level
/// finding, so the agency's receipt still says what the file is and what to do.
///
/// The kind is an open set: new cases may be added, so switch with a `default`.
public struct ReadError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Kind: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The file does not exist or cannot be opened.
        public static let cannotOpen = Kind(rawValue: "cannot-open")
        /// A read(2) failed in the middle of the file.
        public static let ioError = Kind(rawValue: "io-error")
        /// The path is a directory, a device or a socket.
        public static let notARegularFile = Kind(rawValue: "not-a-regular-file")
        /// The file has no bytes, or no rows.
        public static let empty = Kind(rawValue: "empty-file")
        /// The format is one we refuse on purpose (`.xls`, `.xlsb`, `.ods`, encrypted OOXML).
        public static let unsupportedFormat = Kind(rawValue: "unsupported-format")
        /// The file is a password-protected (encrypted) workbook.
        public static let encrypted = Kind(rawValue: "encrypted-workbook")
        /// The content does not match any format we read (or its extension lies).
        public static let unknownFormat = Kind(rawValue: "unknown-format")
        /// The container is damaged: a truncated or corrupt ZIP, a bad checksum.
        public static let corrupt = Kind(rawValue: "corrupt-file")
        /// The XML of a part is not well formed.
        public static let malformedXML = Kind(rawValue: "malformed-xml")
        /// A safety limit was reached (inflated size, ratio, field size, columns, depth).
        public static let limitExceeded = Kind(rawValue: "limit-exceeded")
        /// A CSV quoted field runs to the end of the file.
        public static let unclosedQuote = Kind(rawValue: "unclosed-quote")
        /// The text is in an encoding that cannot be decoded.
        public static let undecodableText = Kind(rawValue: "undecodable-text")
        /// The requested sheet does not exist.
        public static let noSuchSheet = Kind(rawValue: "no-such-sheet")
    }

    public var kind: Kind
    /// What the error is about: a file path, a ZIP entry, a sheet name.
    public var subject: String
    /// A short technical detail in English (not shown to agencies as is).
    public var detail: String
    /// The row where reading stopped, when known.
    public var row: Int?

    public init(_ kind: Kind, subject: String, detail: String = "", row: Int? = nil) {
        self.kind = kind
        self.subject = subject
        self.detail = detail
        self.row = row
    }

    public var description: String {
        var text = "\(kind.rawValue): \(subject)"
        if let row { text += " (row \(row))" }
        if !detail.isEmpty { text += ": \(detail)" }
        return text
    }
}
