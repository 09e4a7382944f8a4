/// The language of everything a person reads: Vietnamese first, English on request.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case vi
    case en
}

/// A text in both languages.
public struct Localized: Sendable, Hashable {
    public var vi: String
    public var en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .vi: vi
        case .en: en
        }
    }
}
