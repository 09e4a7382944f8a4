public import Tabular

/// The outcome of validating one file: what it is, where its data is, and every finding.
public struct FileReport: Sendable {
    /// The file's name as shown to people (not necessarily its path on disk).
    public var file: String
    public var format: TableFormat?
    /// The submission type the file was read as, if one was given or recognised.
    public var type: String?
    /// True when the type was recognised from the headers rather than given.
    public var typeDetected = false
    public var sheet: String?
    /// The row holding the header, as the user sees it.
    public var headerRow: Int?
    /// Data rows validated (blank, total and column-number rows excluded).
    public var rowCount = 0
    public var rowsWithErrors = 0
    /// The parts the file was validated in, each on its own core (1: in one piece).
    public var parts = 1
    public var findings: FindingCollector

    public init(file: String, findingLimit: Int = 1000) {
        self.file = file
        findings = FindingCollector(limit: findingLimit)
    }

    /// A file is accepted when it has no error (warnings and notes allowed).
    public var isValid: Bool { findings.errorCount == 0 && type != nil }
}
