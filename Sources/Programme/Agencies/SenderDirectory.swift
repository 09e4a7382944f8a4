/// Finds the sender of a file from the code in its name, and says which types every sender is
/// expected to send.
///
/// Agency codes match case-insensitively (`stc` is `STC`); commune codes are five digits, and
/// four are accepted because a zero lost to Excel also gets lost in file names.
public struct SenderDirectory: Sendable {
    public let agencies: [Agency]
    public let communes: [Commune]
    /// Types every commune must send each quarter (`communes.expects`).
    public let communeExpects: [String]
    /// Types every commune may send (`communes.optional`).
    public let communeOptional: [String]
    let agencyByCode: [String: Int]
    let communeByCode: [String: Int32]

    public init(agencies: [Agency], communes: [Commune], communeExpects: [String], communeOptional: [String] = []) {
        self.agencies = agencies
        self.communes = communes
        self.communeExpects = communeExpects
        self.communeOptional = communeOptional
        var agencyByCode: [String: Int] = [:]
        for (index, agency) in agencies.enumerated() where agencyByCode[agency.code] == nil {
            agencyByCode[agency.code] = index
        }
        var communeByCode: [String: Int32] = [:]
        for (index, commune) in communes.enumerated() where communeByCode[commune.code] == nil {
            communeByCode[commune.code] = Int32(index)
        }
        self.agencyByCode = agencyByCode
        self.communeByCode = communeByCode
    }

    /// Every sender, agencies first, then communes in configuration order.
    public var all: [Sender] {
        agencies.map(Sender.agency) + communes.enumerated().map { Sender.commune($0.element, index: Int32($0.offset)) }
    }

    /// The sender whose code is `code`, ignoring case and surrounding spaces.
    public func lookup(_ code: String) -> SenderMatch {
        let text = code.trimmingSpaces()
        if !text.isEmpty && text.allSatisfy(\.isASCIIDigit) {
            let padded = text.count == 4 ? "0" + text : text
            if let index = communeByCode[padded] { return .found(.commune(communes[Int(index)], index: index)) }
            return .unknown(suggestion: nil)
        }
        let upper = text.uppercased()
        if let index = agencyByCode[upper] { return .found(.agency(agencies[index])) }
        let codes = agencies.map(\.code)
        let near = NearestName.nearest(upper, in: codes, limit: max(1, min(2, upper.count / 3)))
        return .unknown(suggestion: near.map { codes[$0] })
    }

    /// The types `sender` must send every quarter.
    public func expectedTypes(of sender: Sender) -> [String] {
        switch sender {
        case .agency(let agency): agency.expects
        case .commune: communeExpects
        }
    }

    /// The types `sender` may send: expected ones and optional ones.
    public func acceptedTypes(of sender: Sender) -> [String] {
        switch sender {
        case .agency(let agency): agency.expects + agency.optional
        case .commune: communeExpects + communeOptional
        }
    }
}
