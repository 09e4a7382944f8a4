/// The file-naming convention that tells who sent a file and for which period:
///
///     SENDER_PERIOD[_free part].ext      STC_2026-Q3_doanh-nghiep.xlsx
///                                        05443_2026-Q3.csv
///
/// SENDER is an agency code from the configuration (any case) or a commune's 5-digit code;
/// PERIOD is a quarter (`2026-Q3`, `2026Q3`, `Q3-2026`) or a year (`2026`). The free part is for
/// people (a description, a version) and is ignored. Parts are separated by `_`; inside
/// PERIOD, `-` is allowed. Spaces are tolerated around the separators.
public struct SubmissionFileName: Sendable, Hashable {
    public var sender: Sender
    public var period: Period
    /// Whatever follows the period, without the extension ("doanh-nghiep").
    public var freePart: String

    /// Why a name does not follow the convention.
    public enum Problem: Sendable, Hashable, Error {
        /// The name does not have the shape SENDER_PERIOD…
        case shape
        /// The sender code is not in the configuration (with the nearest code, if any).
        case unknownSender(code: String, suggestion: String?)
        /// The period cannot be read.
        case badPeriod(text: String)
    }

    /// An example name for messages.
    public static let example = "STC_2026-Q3_doanh-nghiep.xlsx, 05443_2026-Q3.csv"

    public static func parse(_ fileName: String, senders: SenderDirectory) -> Result<SubmissionFileName, Problem> {
        var base = Substring(fileName)
        if let dot = base.lastIndex(of: "."), dot != base.startIndex { base = base[..<dot] }
        let parts = base.split(separator: "_", maxSplits: 2, omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count >= 2, !parts[0].isEmpty, !parts[1].isEmpty,
              parts[0].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return .failure(.shape) }
        guard let period = Period(parsing: parts[1]), period != .programme else {
            return .failure(.badPeriod(text: parts[1]))
        }
        switch senders.lookup(parts[0]) {
        case .found(let sender):
            return .success(SubmissionFileName(sender: sender, period: period, freePart: parts.count > 2 ? parts[2] : ""))
        case .unknown(let suggestion):
            return .failure(.unknownSender(code: parts[0], suggestion: suggestion))
        }
    }
}
