/// How a commune cell's text becomes one of the province's administrative units.
///
/// Schema does not know the province: the programme's configuration does (Programme's
/// `CommuneDirectory` implements this). Validation asks once per distinct text and caches.
public protocol UnitResolver: Sendable {
    /// Resolves the text of a `commune` cell: a code ("05443", "5443") or a name, current or
    /// from before the 1 July 2025 reorganisation, with or without diacritics.
    func resolve(_ text: String) -> UnitResolution
    /// The official name of unit `index` ("Phường Phan Đình Phùng").
    func name(of index: Int32) -> String
    /// The 5-digit code of unit `index`.
    func code(of index: Int32) -> String
}

/// What a commune cell names.
public enum UnitResolution: Sendable, Hashable {
    /// A current unit, by its index in the directory.
    case unit(Int32)
    /// A pre-2025 unit that now lies wholly in one current unit (a warning: `old-commune-name`).
    case formerUnit(Int32, formerName: String)
    /// A pre-2025 unit split between several current units (an error: `ambiguous-commune`).
    case ambiguous(candidates: [Int32], formerName: String)
    /// Nothing matches; `suggestion` is the nearest official name, if one is close.
    case unknown(suggestion: String?)
}
