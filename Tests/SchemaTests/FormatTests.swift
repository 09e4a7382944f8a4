import Testing
@testable import Schema
import Tabular

private func check<R>(_ text: String, _ body: (UnsafeRawBufferPointer) -> R) -> R {
    var text = text
    return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
}

@Suite("Identifier formats")
struct IdentifierFormatTests {
    /// The eight-digits-at-once reading agrees with reading digit by digit.
    @Test func digitsIgnoringSeparatorsAgreesWithADigitByDigitReading() {
        func reference(_ text: [UInt8]) -> ByteText.Digits? {
            var digits = ByteText.Digits()
            var i = 0
            while i < text.count {
                let b = text[i]
                if b >= 0x30 && b <= 0x39 {
                    digits.value = digits.value &* 10 &+ UInt64(b - 0x30)
                    digits.count += 1
                    if digits.count > 19 { return nil }
                } else if b == 0xC2 && i + 1 < text.count && text[i + 1] == 0xA0 {
                    i += 1
                } else if ![0x20, 0x2E, 0x2D, 0x5F].contains(b) {
                    return nil
                }
                i += 1
            }
            return digits
        }
        let alphabet: [UInt8] = Array("0123456789 .-_/:9".utf8) + [0xC2, 0xA0, 0x2F, 0x3A, 0x40, 0x00]
        var seed: UInt64 = 0xD161_7500_0000_0001
        for n in 0..<30_000 {
            var text: [UInt8] = []
            for _ in 0..<(n % 24) {
                seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
                // Mostly digits, so that runs of eight are common.
                text.append(seed % 4 == 0 ? alphabet[Int(seed >> 8) % alphabet.count] : UInt8(0x30 + seed % 10))
            }
            let got = text.withUnsafeBytes { ByteText.digitsIgnoringSeparators($0) }
            #expect(got == reference(text), "\(text)")
        }
        #expect(ByteText.eightDigits(UInt64(littleEndian: Array("01234567".utf8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })) == 1_234_567)
    }

    @Test func provinceCodeBitsAreTheSet() {
        #expect((-5..<1_000).allSatisfy { IdentifierFormats.isProvinceCode($0) == IdentifierFormats.provinceCodes.contains($0) })
        #expect(IdentifierFormats.provinceCodes.count == 63)
    }

    @Test("valid tax codes from FACTS §5 pass; a changed check digit fails",
          arguments: ["0100233488", "0314409058", "0100112437", "4601145688", "4601145688-001", "46 0114 5688"])
    func validTaxCodes(_ code: String) {
        guard case .valid(let key) = check(code, { IdentifierFormats.taxCode($0, fromNumber: false) }) else {
            Issue.record("\(code) rejected"); return
        }
        #expect(key.kind == (code.contains("-") ? .branchTaxCode : .taxCode))
    }

    @Test func taxCodeFailures() {
        #expect(check("0100233480") { IdentifierFormats.taxCode($0, fromNumber: false) } == .invalid(.taxCodeCheckDigit, [:]))
        #expect(check("010023348") { IdentifierFormats.taxCode($0, fromNumber: false) } == .invalid(.taxCodeFormat, [:]))
        #expect(check("100233488") { IdentifierFormats.taxCode($0, fromNumber: true) }
                == .invalid(.taxCodeFormat, ["hint": "hint-leading-zero"]))
        #expect(check("01002334AB") { IdentifierFormats.taxCode($0, fromNumber: false) } == .invalid(.taxCodeFormat, [:]))
        #expect(check("4601145688-000") { IdentifierFormats.taxCode($0, fromNumber: false) } == .invalid(.taxCodeFormat, [:]))
        // Every single-digit change of the check digit is caught.
        for d in 0...9 where d != 8 {
            #expect(check("460114568\(d)") { IdentifierFormats.taxCode($0, fromNumber: false) } == .invalid(.taxCodeCheckDigit, [:]))
        }
    }

    @Test func taxCodeKeysAreExactAndPrintable() {
        guard case .valid(let key) = check("0100233488", { IdentifierFormats.taxCode($0, fromNumber: false) }) else {
            Issue.record(); return
        }
        #expect(key.description == "0100233488")
        guard case .valid(let branch) = check("0100233488-012", { IdentifierFormats.taxCode($0, fromNumber: false) }) else {
            Issue.record(); return
        }
        #expect(branch.description == "0100233488-012")
        #expect(branch != key)
    }

    @Test func citizenIDs() {
        guard case .valid(let key) = check("019205001234", { IdentifierFormats.citizenID($0, fromNumber: false) }) else {
            Issue.record(); return
        }
        #expect(IdentifierFormats.birthYear(ofCitizenID: key) == 2005)
        guard case .valid(let old) = check("006198001234", { IdentifierFormats.citizenID($0, fromNumber: false) }) else {
            Issue.record(); return
        }
        #expect(IdentifierFormats.birthYear(ofCitizenID: old) == 1998)
        #expect(check("003205001234") { IdentifierFormats.citizenID($0, fromNumber: false) }
                == .invalid(.citizenIDProvince, ["prefix": "003"]))
        #expect(check("19205001234") { IdentifierFormats.citizenID($0, fromNumber: true) }
                == .invalid(.citizenIDFormat, ["hint": "hint-leading-zero"]))
        #expect(check("091234567") { IdentifierFormats.citizenID($0, fromNumber: false) }
                == .invalid(.citizenIDFormat, ["hint": "hint-old-identity-card"]))
        #expect(check("0192050012345") { IdentifierFormats.citizenID($0, fromNumber: false) } == .invalid(.citizenIDFormat, [:]))
    }

    @Test func householdNumbers() {
        guard case .valid(let legacy) = check("17a8012345", { IdentifierFormats.householdID($0, fromNumber: false) }) else {
            Issue.record(); return
        }
        #expect(legacy.kind == .legacyHousehold)
        #expect(legacy.description == "17A8012345")
        guard case .valid(let personal) = check("040190008784", { IdentifierFormats.householdID($0, fromNumber: false) }) else {
            Issue.record(); return
        }
        #expect(personal.kind == .citizenID)
        guard case .valid(let tax) = check("4601145688", { IdentifierFormats.householdID($0, fromNumber: false) }) else {
            Issue.record(); return
        }
        #expect(tax.kind == .taxCode)
        #expect(check("17A801234") { IdentifierFormats.householdID($0, fromNumber: false) } == .invalid(.householdIDFormat, [:]))
        #expect(check("003190008784") { IdentifierFormats.householdID($0, fromNumber: false) } == .invalid(.householdIDFormat, [:]))
        #expect(check("4601145680") { IdentifierFormats.householdID($0, fromNumber: false) } == .invalid(.householdIDFormat, [:]))
    }

    @Test func phones() {
        for good in ["0912345678", "0912 345 678", "+84912345678", "84 912 345 678", "02083855123", "(0208) 3855 123"] {
            #expect(check(good, IdentifierFormats.phone), "\(good)")
        }
        for bad in ["912345678", "0112345678", "09123456789", "0912-34567a", "12345"] {
            #expect(!check(bad, IdentifierFormats.phone), "\(bad)")
        }
    }
}

@Suite("Numbers and dates")
struct NumberDateTests {
    @Test func integers() {
        let cases: [(String, Int64?)] = [("42", 42), ("-7", -7), ("1.250", 1250), ("1,250.0", 1250), ("1.234.567", 1_234_567),
                                         ("1 234", 1234), ("12,5", nil), ("abc", nil), ("", nil), ("3.0", 3), ("1e3", 1000)]
        for (text, expected) in cases {
            #expect(check(text, NumberParser.integer) == expected, "\(text)")
        }
    }

    @Test func numbers() {
        let cases: [(String, Double?)] = [("12,5", 12.5), ("12.5", 12.5), ("1.234,5", 1234.5), ("1,234.5", 1234.5),
                                          ("1.234", 1234), ("0.75", 0.75), ("-3,25", -3.25), ("1.2.3,4,5", nil), ("x", nil)]
        for (text, expected) in cases {
            #expect(check(text, NumberParser.number) == expected, "\(text)")
        }
    }

    @Test func dates() {
        let d = { (y: Int, m: Int, dd: Int) in Day(year: y, month: m, day: dd) }
        let cases: [(String, Day?)] = [
            ("15/07/2026", d(2026, 7, 15)), ("5/7/2026", d(2026, 7, 5)), ("15-07-2026", d(2026, 7, 15)),
            ("15.07.2026", d(2026, 7, 15)), ("2026-07-15", d(2026, 7, 15)), ("2026-07-15 00:00:00", d(2026, 7, 15)),
            ("2026-07-15T08:30:00", d(2026, 7, 15)), ("29/02/2024", d(2024, 2, 29)),
            ("31/02/2026", nil), ("29/02/2025", nil), ("2026-13-45", nil), ("07/15/2026", nil), ("01/02/03", nil),
            ("abc", nil), ("15/07-2026", nil), ("2026/07/15", nil), ("15/07/2026 abc", nil),
            // Ten bytes, read at fixed places first: anything off is refused like the general reading does.
            ("15/07/20a6", nil), ("1/07/20266", nil), ("00/07/2026", nil), ("15/00/2026", nil), ("15.07/2026", nil),
            ("15/07/0000", nil), ("31/12/1899", d(1899, 12, 31)), ("01-01-2100", d(2100, 1, 1)), ("+5/07/2026", nil),
        ]
        for (text, expected) in cases {
            #expect(check(text, DateParser.day) == expected, "\(text)")
        }
    }
}

/// Days of 1900–2099 are looked up in a table made once; the arithmetic is the reference.
@Suite("Calendar days")
struct CalendarDayTests {
    @Test func theTableAgreesWithTheArithmeticOnEveryDay() {
        var mismatches = 0
        for days in (CivilDays.first - 40)...(CivilDays.first + CivilDays.count + 40) {
            let day = Day(daysSince1970: Int32(days))
            let (y, m, d) = ExcelDate.civil(fromDays: days)
            if day.components != (y, m, d) || day.year != y || Day(year: y, month: m, day: d) != day { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }

    /// Age in full years: the years between, less one when the birthday (month, day) is still
    /// to come that year (so one born on 29 February turns a year older on 1 March in common
    /// years), computed by the arithmetic.
    @Test func fullYearsIsTheAgeOnTheDay() {
        func reference(_ born: Day, _ on: Day) -> Int {
            let a = ExcelDate.civil(fromDays: Int(born.daysSince1970)), b = ExcelDate.civil(fromDays: Int(on.daysSince1970))
            return b.year - a.year - ((b.month, b.day) < (a.month, a.day) ? 1 : 0)
        }
        var seed: UInt64 = 0x5EED_0F_DA75
        func next(_ n: Int) -> Int {
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
            return Int(truncatingIfNeeded: seed >> 1) % n
        }
        let d = { (y: Int, m: Int, dd: Int) in Day(year: y, month: m, day: dd)! }
        // Birthdays on 29 February, the day before and after a birthday, out of the table.
        let pairs = [(d(2004, 2, 29), d(2025, 2, 28)), (d(2004, 2, 29), d(2025, 3, 1)), (d(2004, 2, 29), d(2024, 2, 29)),
                     (d(2004, 7, 30), d(2026, 7, 29)), (d(2004, 7, 30), d(2026, 7, 30)), (d(2026, 7, 30), d(2004, 7, 30)),
                     (d(1850, 1, 1), d(2026, 1, 1)), (d(2004, 1, 1), d(2150, 6, 1))]
        for (born, on) in pairs { #expect(born.fullYears(until: on) == reference(born, on), "\(born) \(on)") }
        #expect(d(2004, 2, 29).fullYears(until: d(2025, 2, 28)) == 20 && d(2004, 2, 29).fullYears(until: d(2025, 3, 1)) == 21)
        #expect(d(2004, 7, 30).fullYears(until: d(2026, 7, 29)) == 21 && d(2026, 7, 30).fullYears(until: d(2004, 7, 30)) == -22)
        for _ in 0..<3_000 {
            let born = Day(daysSince1970: Int32(next(40_000) - 15_000)), on = Day(daysSince1970: Int32(next(40_000) - 5_000))
            #expect(born.fullYears(until: on) == reference(born, on), "\(born) \(on)")
        }
    }
}

@Suite("Domain names")
struct DomainNameTests {
    /// The one-pass fast path says yes exactly when the general check finds the name valid
    /// as written (no normalisation), except that it leaves every name starting with `http`
    /// to the general check (a URL's scheme): random names built from the bytes that matter.
    @Test func fastPathAgreesWithTheGeneralCheck() {
        let pieces = ["a", "b", "x", "n", "xn", "-", "--", ".", "vn", "0", "A", "/", "www.", "http", " ", "é", "id", "biz",
                      "com", ".vn", ".id.vn", String(repeating: "a", count: 60)]
        var seed: UInt64 = 0xD0_4A1_4E
        func next(_ n: Int) -> Int {
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
            return Int(truncatingIfNeeded: seed >> 1) % n
        }
        var valid = 0
        for _ in 0..<40_000 {
            var name = (0..<next(7)).map { _ in pieces[next(pieces.count)] }.joined()
            if next(3) > 0 { name += [".vn", ".id.vn", ".biz.vn", "vn"][next(4)] }
            let expected = check(name, DomainName.check) == .valid(name, normalised: false)
            if expected { valid += 1 }
            let fast = check(name, DomainName.isCanonicalAndValid)
            #expect(fast == (expected && !name.hasPrefix("http")), "\(name)")
        }
        #expect(valid > 2_000)
    }

    @Test func validNames() {
        #expect(check("nguyenvana.id.vn", DomainName.check) == .valid("nguyenvana.id.vn", normalised: false))
        #expect(check("che-tan-cuong.biz.vn", DomainName.check) == .valid("che-tan-cuong.biz.vn", normalised: false))
        #expect(check("xn--ph-hng-7va.vn", DomainName.check) == .valid("xn--ph-hng-7va.vn", normalised: false))
        #expect(check("https://www.ABC.biz.vn/gioi-thieu", DomainName.check) == .valid("abc.biz.vn", normalised: true))
        #expect(check("ABC.ID.VN", DomainName.check) == .valid("abc.id.vn", normalised: true))
    }

    @Test func invalidNames() {
        let cases: [(String, String)] = [
            ("-abc.biz.vn", "hyphen-edge"), ("abc-.biz.vn", "hyphen-edge"), ("ab--c.biz.vn", "double-hyphen"),
            ("abc..biz.vn", "empty-label"), ("phởhà.id.vn", "characters"), ("abc_d.id.vn", "characters"),
            ("abc.com", "not-vn"), ("abc", "not-vn"), ("id.vn", "no-name"), ("biz.vn", "no-name"),
            (String(repeating: "a", count: 64) + ".id.vn", "label-length"),
            (Array(repeating: String(repeating: "a", count: 60), count: 5).joined(separator: ".") + ".vn", "too-long"),
        ]
        for (text, reason) in cases {
            #expect(check(text, DomainName.check) == .invalid(reason: reason), "\(text)")
        }
        #expect(check(String(repeating: "a", count: 63) + ".id.vn", DomainName.check)
                == .valid(String(repeating: "a", count: 63) + ".id.vn", normalised: false))
    }
}
