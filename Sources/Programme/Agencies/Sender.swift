/// Who sent a file: an agency, or a commune under its 5-digit code.
///
/// The inbox reads the sender code from the file name, checks the file against what that
/// sender is expected to send, and lists senders that sent nothing.
public enum Sender: Sendable, Hashable {
    case agency(Agency)
    /// A commune, with its index in the ``CommuneDirectory``.
    case commune(Commune, index: Int32)

    /// The code as file names write it (`STC`, `05443`).
    public var code: String {
        switch self {
        case .agency(let agency): agency.code
        case .commune(let commune, _): commune.code
        }
    }

    /// The Vietnamese name, for receipts and reports.
    public var name: String {
        switch self {
        case .agency(let agency): agency.name.vi
        case .commune(let commune, _): commune.name
        }
    }
}

/// The answer to "whose code is this?".
public enum SenderMatch: Sendable, Hashable {
    case found(Sender)
    /// No sender has this code; `suggestion` is a near agency code ("SNMT" → "SNNMT").
    case unknown(suggestion: String?)
}
