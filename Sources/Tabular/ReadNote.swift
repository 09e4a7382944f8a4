/// Something a reader noticed that does not stop reading: bytes that were not valid UTF-8,
/// text converted from a legacy encoding, a quote in an unquoted CSV field.
///
/// Readers collect notes; the schema layer turns each into a finding with its own code, so
/// the receipt tells the agency what was changed or guessed.
public struct ReadNote: Sendable, Hashable {
    public struct Kind: RawRepresentable, Sendable, Hashable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        /// Bytes that are not valid UTF-8 were replaced by U+FFFD.
        public static let invalidUTF8 = Kind(rawValue: "invalid-utf8")
        /// A quote character inside an unquoted CSV field was kept as text.
        public static let strayQuote = Kind(rawValue: "stray-quote")
        /// Text in a column (or the whole file) was converted from a legacy encoding.
        public static let encodingConverted = Kind(rawValue: "encoding-converted")
        /// The file's text encoding was detected (UTF-16, Windows-1258, ...).
        public static let encodingDetected = Kind(rawValue: "encoding-detected")
        /// A hidden sheet was seen and skipped.
        public static let hiddenSheetSkipped = Kind(rawValue: "hidden-sheet")
        /// A part of the file was not understood and was skipped.
        public static let partSkipped = Kind(rawValue: "part-skipped")
    }

    public var kind: Kind
    /// The sheet, when the file has sheets.
    public var sheet: String?
    /// The row (as the user sees it), when the note is about one.
    public var row: Int?
    /// The column (0 = A), when the note is about one.
    public var column: Int?
    /// Free arguments for the finding's message: "encoding", "count", "offset", ...
    public var arguments: [String: String]

    public init(
        _ kind: Kind, sheet: String? = nil, row: Int? = nil, column: Int? = nil,
        arguments: [String: String] = [:]
    ) {
        self.kind = kind
        self.sheet = sheet
        self.row = row
        self.column = column
        self.arguments = arguments
    }
}
