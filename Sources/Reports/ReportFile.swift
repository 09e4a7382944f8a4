/// One rendered document: the name it is saved under and its exact bytes.
///
/// Renderers return bytes, not text, because the bytes are the contract: a CSV starts with a
/// byte-order mark and ends its lines with CR LF, and the same consolidation must give the same
/// bytes every time (the Inbox compares them to decide whether a report changed).
public struct ReportFile: Sendable, Hashable {
    /// The file name, without a directory (`uy-ban-nhan-dan.html`).
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}
