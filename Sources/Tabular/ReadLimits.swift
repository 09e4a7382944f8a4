/// Safety limits every reader enforces. Reaching one ends reading with a ``ReadError`` of kind
/// `limitExceeded`, never with a bigger buffer: a hostile file costs a finding, not the server.
public struct ReadLimits: Sendable, Hashable {
    /// Bytes read from a file at a time.
    public var chunkBytes: Int
    /// Largest CSV record (all its fields) in bytes.
    public var maxRecordBytes: Int
    /// Most columns in a row.
    public var maxColumns: Int
    /// Most rows in a sheet.
    public var maxRows: Int
    /// Largest total of bytes inflated from one ZIP archive.
    public var maxInflatedBytes: Int
    /// Largest ratio of inflated to compressed bytes for one ZIP entry.
    public var maxCompressionRatio: Int
    /// Deepest nesting of XML elements.
    public var maxXMLDepth: Int
    /// Largest shared-strings table, in bytes of text.
    public var maxSharedStringBytes: Int

    public init(
        chunkBytes: Int = 1 << 20, maxRecordBytes: Int = 1 << 20, maxColumns: Int = 16_384,
        maxRows: Int = 20_000_000, maxInflatedBytes: Int = 4 << 30, maxCompressionRatio: Int = 1000,
        maxXMLDepth: Int = 256, maxSharedStringBytes: Int = 1 << 30
    ) {
        self.chunkBytes = chunkBytes
        self.maxRecordBytes = maxRecordBytes
        self.maxColumns = maxColumns
        self.maxRows = maxRows
        self.maxInflatedBytes = maxInflatedBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.maxXMLDepth = maxXMLDepth
        self.maxSharedStringBytes = maxSharedStringBytes
    }

    /// The limits used unless a caller sets others.
    public static let `default` = ReadLimits()
}
