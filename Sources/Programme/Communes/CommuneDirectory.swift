public import Schema

/// Turns the text of a commune cell into one of the province's current units.
///
/// Agencies write a commune as a code ("05443", or "5443" after Excel dropped the zero), as
/// its official name, without the prefix, without diacritics, in capitals, with the other
/// tone-mark placement, or by its pre-2025 name or code. The directory answers every such
/// spelling with a dictionary lookup, in this order:
///
/// ```
///  digits?  current code ─▶ .unit            (an old code reused by a new unit: the new one wins)
///           former code  ─▶ .formerUnit / .ambiguous (split)
///  name     for the marked key, then the folded key (see NameKey):
///             whole text as a bare name: current, then former
///             written prefix + rest:     current, then former   ("Phường Tân Thành" is the
///             rest as a bare name:       current, then former    old ward, not Xã Tân Thành)
///  nothing  .unknown(suggestion:) with the nearest name on folded text
/// ```
/// A current name always beats a former one ("Phường Gia Sàng" is the new ward, not the old
/// split one). Former names that collide ("Sông Cầu": a Bắc Kạn ward and a Thái Nguyên town)
/// are ambiguous unless they all went to the same unit. Two current names that fold alike
/// (Xã Văn Lang, Xã Văn Lăng) are told apart by their diacritics; typed without them they are
/// `.ambiguous`, with the text as written in `formerName`.
///
/// - Complexity: a few hashes of the text's words per call; the suggestion for an unknown
///   name is O(units × name length²). Callers cache per distinct text.
public struct CommuneDirectory: UnitResolver, Sendable {
    /// The current units, in configuration order; a unit's index is its `Int32` in
    /// ``UnitResolution``.
    public let communes: [Commune]
    /// The pre-2025 units, in file order.
    public let formerUnits: [FormerUnit]
    let formerTargets: [[Int32]]
    let currentByCode: [String: Int32]
    let formerByCode: [String: Int]
    /// Name keys → units, one table per tier (marked, folded). A key is a bare name
    /// ("phú/s bình/f") or a prefixed one ("xa|phú/s bình/f").
    let currentByName: [NameTier: [String: [Int32]]]
    let formerByName: [NameTier: [String: [Int]]]
    let currentFolded: [String]
    let formerFolded: [String]

    /// Builds the directory from the configured units and the pre-2025 mapping.
    ///
    /// - Throws: ``CommuneDataError`` when a unit's name has no Xã/Phường prefix, a code
    ///   repeats, or the mapping points at a code that is not a current unit.
    public init(communes: [Commune], formerUnits: [FormerUnit]) throws(CommuneDataError) {
        self.communes = communes
        self.formerUnits = formerUnits
        var byCode: [String: Int32] = [:]
        var byName: [NameTier: [String: [Int32]]] = [:]
        var folded: [String] = []
        for (offset, commune) in communes.enumerated() {
            let index = Int32(offset)
            guard byCode.updateValue(index, forKey: commune.code) == nil else {
                throw CommuneDataError(source: "communes", line: nil, message: "code \(commune.code) appears twice")
            }
            let key = NameKey(commune.name)
            guard let prefix = key.prefix, !key.marked.isEmpty else {
                throw CommuneDataError(source: "communes", line: nil, message: "'\(commune.name)' does not start with Xã or Phường")
            }
            for tier in NameTier.allCases {
                for name in CommuneDirectory.keys(key, prefix: prefix, tier: tier) where byName[tier]?[name]?.contains(index) != true {
                    byName[tier, default: [:]][name, default: []].append(index)
                }
            }
            folded.append(key.foldedText)
        }
        var targets: [[Int32]] = []
        var formerByCode: [String: Int] = [:]
        var formerByName: [NameTier: [String: [Int]]] = [:]
        var formerFolded: [String] = []
        for (index, unit) in formerUnits.enumerated() {
            var unitTargets: [Int32] = []
            for code in unit.newCodes {
                guard let target = byCode[code] else {
                    throw CommuneDataError(source: "former units", line: nil,
                                           message: "\(unit.code) \(unit.name) maps to \(code), which is not a current unit")
                }
                if !unitTargets.contains(target) { unitTargets.append(target) }
            }
            targets.append(unitTargets.sorted())
            formerByCode[unit.code] = index
            let key = NameKey(unit.name)
            for tier in NameTier.allCases {
                for name in CommuneDirectory.keys(key, prefix: key.prefix, tier: tier) where formerByName[tier]?[name]?.contains(index) != true {
                    formerByName[tier, default: [:]][name, default: []].append(index)
                }
            }
            formerFolded.append(key.foldedText)
        }
        self.formerTargets = targets
        self.currentByCode = byCode
        self.formerByCode = formerByCode
        self.currentByName = byName
        self.formerByName = formerByName
        self.currentFolded = folded
        self.formerFolded = formerFolded
    }

    /// Loads the mapping file at `formerUnitsPath` and builds the directory.
    public init(communes: [Commune], formerUnitsPath: String) throws(CommuneDataError) {
        try self.init(communes: communes, formerUnits: try FormerUnit.load(path: formerUnitsPath))
    }

    /// The index of the unit with code `code` (exactly 5 digits).
    public func index(ofCode code: String) -> Int32? { currentByCode[code] }

    public func commune(at index: Int32) -> Commune {
        precondition(communes.indices.contains(Int(index)), "hiendien bug: commune index \(index) out of range")
        return communes[Int(index)]
    }

    public func name(of index: Int32) -> String { commune(at: index).name }
    public func code(of index: Int32) -> String { commune(at: index).code }

    public func resolve(_ text: String) -> UnitResolution {
        let trimmed = text.trimmingSpaces()
        var nameText = Substring(trimmed)
        if let (code, rest) = CommuneDirectory.leadingCode(trimmed) {
            if let index = currentByCode[code] { return .unit(index) }
            if let former = formerByCode[code] { return formerResult([former]) }
            nameText = rest
        }
        let key = NameKey(String(nameText))
        guard !key.isEmpty, key.wholeFolded.contains(where: { $0.contains(where: \.isLetter) }) else {
            return .unknown(suggestion: nil)
        }
        for tier in NameTier.allCases {
            if let result = lookup(key, tier: tier, text: trimmed) { return result }
        }
        return .unknown(suggestion: suggestion(for: key.foldedText))
    }

    // MARK: - Lookup

    /// The two ways a name is compared, tried in this order.
    enum NameTier: CaseIterable {
        /// Diacritics kept, tone-mark placement ignored.
        case marked
        /// No diacritics at all.
        case folded
    }

    /// The keys a name is stored under in one tier: bare and, when it has one, prefixed.
    static func keys(_ key: NameKey, prefix: NameKey.Prefix?, tier: NameTier) -> [String] {
        let text = tier == .marked ? key.markedText : key.foldedText
        return prefix.map { [text, tag($0) + text] } ?? [text]
    }

    static func tag(_ prefix: NameKey.Prefix) -> String {
        switch prefix {
        case .xa: "xa|"
        case .phuong: "phuong|"
        case .thiTran: "thitran|"
        }
    }

    private func lookup(_ key: NameKey, tier: NameTier, text: String) -> UnitResolution? {
        let whole = (tier == .marked ? key.wholeMarked : key.wholeFolded).joined(separator: " ")
        let rest = tier == .marked ? key.markedText : key.foldedText
        let currentByName = self.currentByName[tier] ?? [:], formerByName = self.formerByName[tier] ?? [:]
        var attempts: [(name: String, current: Bool)] = [(whole, true), (whole, false)]
        if let prefix = key.prefix {
            attempts += [(CommuneDirectory.tag(prefix) + rest, true), (CommuneDirectory.tag(prefix) + rest, false),
                         (rest, true), (rest, false)]
        }
        for (name, current) in attempts {
            if current, let units = currentByName[name] {
                return units.count == 1 ? .unit(units[0]) : .ambiguous(candidates: units.sorted(), formerName: text)
            }
            if !current, let formers = formerByName[name] { return formerResult(formers) }
        }
        return nil
    }

    /// One former unit, or several that share a name: placed when they all went to one unit.
    private func formerResult(_ formers: [Int]) -> UnitResolution {
        var targets: [Int32] = []
        var names: [String] = []
        for former in formers {
            for target in formerTargets[former] where !targets.contains(target) { targets.append(target) }
            if !names.contains(formerUnits[former].name) { names.append(formerUnits[former].name) }
        }
        let formerName = names.joined(separator: " / ")
        if targets.count == 1 { return .formerUnit(targets[0], formerName: formerName) }
        return .ambiguous(candidates: targets.sorted(), formerName: formerName)
    }

    /// The nearest current name on folded text, else the nearest former name; nil when none
    /// is within a few typos.
    private func suggestion(for folded: String) -> String? {
        guard !folded.isEmpty else { return nil }
        let limit = NearestName.limit(forLength: folded.unicodeScalars.count)
        if let index = NearestName.nearest(folded, in: currentFolded, limit: limit) { return communes[index].name }
        if let index = NearestName.nearest(folded, in: formerFolded, limit: limit) { return formerUnits[index].name }
        return nil
    }

    /// A code at the start of a cell: 4 or 5 digits (Excel drops the leading zero of every
    /// code, which all start with 0 in this province), alone, as "5443.0", or followed by a
    /// separator and a name ("05443 - Phường Phan Đình Phùng"). Returns the 5-digit code and
    /// the text after it.
    static func leadingCode(_ text: String) -> (code: String, rest: Substring)? {
        let digits = text.prefix { $0.isASCIIDigit }
        guard digits.count == 4 || digits.count == 5 else { return nil }
        var rest = text[digits.endIndex...]
        if rest == ".0" { rest = "" }
        if let first = rest.first, first.isLetter || first.isNumber || first == "." { return nil }
        return (digits.count == 4 ? "0" + digits : String(digits), rest)
    }
}
