/// Table Schema constraints (Frictionless Table Schema §constraints).
public struct Constraints: Sendable, Hashable {
    public var required = false
    public var unique = false
    public var minimum: Double?
    public var maximum: Double?
    public var minLength: Int?
    public var maxLength: Int?
    /// A regular expression the whole value must match (used sparingly: it is the slow path).
    public var pattern: String?
    /// The allowed values (Table Schema `enum`), compared after case and diacritic folding.
    public var allowed: [EnumChoice]?

    public init() {}
}

/// One allowed value of an `enum` constraint: a stable code and the labels agencies write.
///
/// A schema may list plain strings (each is its own code and label) or objects
/// `{"code": "news", "labels": ["Tin", "Tin tức"]}`, so that a Vietnamese label in a file
/// becomes a code the consolidation can count on.
public struct EnumChoice: Sendable, Hashable {
    public var code: String
    public var labels: [String]

    public init(code: String, labels: [String]) {
        self.code = code
        self.labels = labels
    }

    /// What a template shows (the first label).
    public var label: String { labels.first ?? code }
}
