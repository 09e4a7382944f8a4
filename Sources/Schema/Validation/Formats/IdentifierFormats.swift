/// The programme's identifiers (FACTS §5), checked and packed into ``EntityKey``s.
///
/// Each check returns the key or the finding it deserves. Separators people type inside
/// numbers (spaces, dots, dashes) are ignored; anything else makes the value malformed.
enum IdentifierFormats {
    enum Outcome: Equatable {
        case valid(EntityKey)
        /// A finding code and its `hint` / `prefix` arguments.
        case invalid(FindingCode, [String: String])
    }

    static let taxWeights: [Int] = [31, 29, 23, 19, 17, 13, 7, 5, 3]

    /// The check digit of a 10-digit tax code's first nine digits, or nil when the sum gives
    /// 10 (no such code is ever issued).
    static func taxCheckDigit(_ digits: ByteText.Digits) -> UInt8? {
        var sum = 0
        var v = digits.number(0..<9)
        for w in taxWeights.reversed() {
            sum += Int(v % 10) * w
            v /= 10
        }
        let check = 10 - sum % 11
        return check == 10 ? nil : UInt8(check == 11 ? 0 : check)
    }

    /// Enterprise tax code: 10 digits with check digit, or 13 (a branch: parent + 001–999).
    /// `fromNumber` says the cell was a spreadsheet number, where leading zeros get lost.
    static func taxCode(_ bytes: UnsafeRawBufferPointer, fromNumber: Bool) -> Outcome {
        guard let digits = ByteText.digitsIgnoringSeparators(bytes) else {
            return .invalid(.taxCodeFormat, [:])
        }
        guard digits.count == 10 || digits.count == 13 else {
            if fromNumber && (digits.count == 9 || digits.count == 12) {
                return .invalid(.taxCodeFormat, ["hint": hint(.leadingZero)])
            }
            return .invalid(.taxCodeFormat, [:])
        }
        if digits.number(2..<9) == 0 { return .invalid(.taxCodeFormat, [:]) }
        guard let check = taxCheckDigit(digits), check == digits.digit(9) else {
            return .invalid(.taxCodeCheckDigit, [:])
        }
        let value = digits.value
        if digits.count == 13 {
            guard digits.number(10..<13) != 0 else { return .invalid(.taxCodeFormat, [:]) }
            return .valid(EntityKey(kind: .branchTaxCode, payload: value))
        }
        return .valid(EntityKey(kind: .taxCode, payload: value))
    }

    /// The 63 pre-2025 province codes that open a citizen ID (birth registration place).
    static let provinceCodes: Set<Int> = [
        1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42, 44,
        45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89,
        91, 92, 93, 94, 95, 96,
    ]

    /// ``provinceCodes`` as two words of bits, for the check every citizen ID gets: hashing
    /// into the `Set` was 130 instructions a row (callgrind). A test keeps the two equal.
    static func isProvinceCode(_ code: Int) -> Bool {
        let low: UInt64 = 0x555B_757E_CF5A_DD56, high: UInt64 = 0x0000_0001_FADD_AD5D
        guard code >= 0 && code < 128 else { return false }
        return ((code < 64 ? low : high) >> UInt64(code & 63)) & 1 == 1
    }

    /// Citizen identity number: 12 digits, a known province code, then century and sex.
    static func citizenID(_ bytes: UnsafeRawBufferPointer, fromNumber: Bool) -> Outcome {
        guard let digits = ByteText.digitsIgnoringSeparators(bytes), digits.count == 12 else {
            let count = ByteText.digitsIgnoringSeparators(bytes)?.count
            if count == 9 { return .invalid(.citizenIDFormat, ["hint": hint(.oldIdentityCard)]) }
            if fromNumber && count == 11 { return .invalid(.citizenIDFormat, ["hint": hint(.leadingZero)]) }
            return .invalid(.citizenIDFormat, [:])
        }
        let province = Int(digits.number(0..<3))
        guard isProvinceCode(province) else {
            let prefix = "\(digits.digit(0))\(digits.digit(1))\(digits.digit(2))"
            return .invalid(.citizenIDProvince, ["prefix": prefix])
        }
        let value = digits.value
        return .valid(EntityKey(kind: .citizenID, payload: value))
    }

    /// The birth year a citizen ID encodes (digit 4: century and sex; digits 5–6: year).
    static func birthYear(ofCitizenID key: EntityKey) -> Int? {
        guard key.kind == .citizenID else { return nil }
        let v = key.payload  // 12 digits: PPP C YY RRRRRR
        let century = Int((v / 100_000_000) % 10), year = Int((v / 1_000_000) % 100)
        return 1900 + (century / 2) * 100 + year
    }

    /// Household business number: a legacy district number `17A8012345`, a 10-digit tax code
    /// (or 13-digit branch), or the owner's 12-digit personal ID.
    static func householdID(_ bytes: UnsafeRawBufferPointer, fromNumber: Bool) -> Outcome {
        if bytes.count == 10 && ByteText.isDigit(bytes[0]) && ByteText.isDigit(bytes[1]) {
            var letter = bytes[2]
            if letter >= 0x61 && letter <= 0x7A { letter -= 0x20 }
            if letter >= 0x41 && letter <= 0x5A && (3..<10).allSatisfy({ ByteText.isDigit(bytes[$0]) }) {
                let province = UInt64(bytes[0] - 0x30) * 10 + UInt64(bytes[1] - 0x30)
                var tail: UInt64 = 0
                for i in 3..<10 { tail = tail * 10 + UInt64(bytes[i] - 0x30) }
                let head = province * 26 + UInt64(letter - 0x41)
                return .valid(EntityKey(kind: .legacyHousehold, payload: head * 10_000_000 + tail))
            }
        }
        guard let digits = ByteText.digitsIgnoringSeparators(bytes) else { return .invalid(.householdIDFormat, [:]) }
        switch digits.count {
        case 10, 13:
            if case .valid(let key) = taxCode(bytes, fromNumber: fromNumber) { return .valid(key) }
            return .invalid(.householdIDFormat, [:])
        case 12:
            return citizenID(bytes, fromNumber: fromNumber).replacingInvalid()
        default:
            return .invalid(.householdIDFormat, [:])
        }
    }

    /// A Vietnamese phone number: mobile (10 digits with the 0) or fixed line (11), after
    /// removing separators and turning +84 / 84 into 0.
    static func phone(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var body = bytes
        if body.first == 0x2B { body = UnsafeRawBufferPointer(rebasing: body[1...]) }
        guard let found = ByteText.digitsIgnoringSeparators(body) else {
            // Parentheses around an area code are common: (0208) 3855 123.
            let cleaned = body.filter { $0 != 0x28 && $0 != 0x29 }
            guard cleaned.count < body.count else { return false }
            return cleaned.withUnsafeBytes { phone($0) }
        }
        var digits = String(found.value).map { UInt8($0.wholeNumberValue ?? 0) }
        if found.count > digits.count { digits = [UInt8](repeating: 0, count: found.count - digits.count) + digits }
        if digits.count >= 11 && digits[0] == 8 && digits[1] == 4 { digits = [0] + digits.dropFirst(2) }
        guard digits.first == 0 else { return false }
        if digits.count == 10 { return [3, 5, 7, 8, 9].contains(digits[1]) }
        if digits.count == 11 { return digits[1] == 2 }
        return false
    }

    enum Hint { case leadingZero, oldIdentityCard }

    /// The `{hint}` argument texts are keys into the catalogue's terms.
    static func hint(_ hint: Hint) -> String {
        switch hint {
        case .leadingZero: "hint-leading-zero"
        case .oldIdentityCard: "hint-old-identity-card"
        }
    }
}

extension IdentifierFormats.Outcome {
    /// A 12-digit personal ID used as a household number: any citizen-ID failure is reported
    /// as a household-number failure, since that is the column's meaning.
    func replacingInvalid() -> IdentifierFormats.Outcome {
        if case .invalid = self { return .invalid(.householdIDFormat, [:]) }
        return self
    }
}
