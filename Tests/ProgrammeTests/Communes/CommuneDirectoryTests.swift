import Foundation
@testable import Programme
import Schema
import Testing

/// The text without any Vietnamese mark, keeping case: "Xã Điềm Thụy" → "Xa Diem Thuy".
/// Written here, not with VietnameseFold, so the test does not share the code under test.
func withoutDiacritics(_ text: String) -> String {
    let scalars = text.decomposedStringWithCanonicalMapping.unicodeScalars.filter { !(0x300...0x36F).contains($0.value) }
    return String(String.UnicodeScalarView(scalars)).replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
}

/// The other tone-mark placement on word-final "oa", "oe" and "uy": "Hóa" ⇄ "Hoá", "Thụy" ⇄ "Thuỵ".
func otherToneMarkPlacement(_ text: String) -> String {
    let tones: [(Character, Character, Character)] = [  // (old style first vowel, new style second vowel) per base
        ("ó", "á", "a"), ("ò", "à", "a"), ("ỏ", "ả", "a"), ("õ", "ã", "a"), ("ọ", "ạ", "a"),
        ("ó", "é", "e"), ("ò", "è", "e"), ("ỏ", "ẻ", "e"), ("õ", "ẽ", "e"), ("ọ", "ẹ", "e"),
        ("ú", "ý", "y"), ("ù", "ỳ", "y"), ("ủ", "ỷ", "y"), ("ũ", "ỹ", "y"), ("ụ", "ỵ", "y"),
    ]
    var pairs: [(String, String)] = []
    for (old, new, base) in tones {
        let plain: Character = base == "y" ? "u" : "o"
        pairs.append((String([old, base]), String([plain, new])))
    }
    return text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
        let w = String(word)
        for (old, new) in pairs {
            if w.hasSuffix(old) { return String(w.dropLast(2)) + new }
            if w.hasSuffix(new) { return String(w.dropLast(2)) + old }
        }
        return w
    }.joined(separator: " ")
}

@Suite("Commune directory")
struct CommuneDirectoryTests {
    let directory: CommuneDirectory

    init() throws { directory = try realDirectory.get() }

    func unit(_ code: String) -> Int32 { directory.index(ofCode: code) ?? -1 }

    @Test("every commune is recognised by its code, its name, and its name without prefix")
    func exact() {
        #expect(directory.communes.count == 92)
        for (offset, commune) in directory.communes.enumerated() {
            let index = Int32(offset)
            #expect(directory.resolve(commune.code) == .unit(index))
            #expect(directory.resolve(commune.name) == .unit(index))
            #expect(directory.resolve(String(commune.name.dropFirst(commune.kind.namePrefix.count))) == .unit(index), "\(commune.name)")
            #expect(directory.name(of: index) == commune.name)
            #expect(directory.code(of: index) == commune.code)
        }
    }

    @Test("every commune is recognised in capitals, with and without prefix")
    func capitals() {
        for (offset, commune) in directory.communes.enumerated() {
            #expect(directory.resolve(commune.name.uppercased()) == .unit(Int32(offset)), "\(commune.name.uppercased())")
            let bare = String(commune.name.dropFirst(commune.kind.namePrefix.count)).uppercased()
            #expect(directory.resolve(bare) == .unit(Int32(offset)), "\(bare)")
        }
    }

    @Test("every commune is recognised without diacritics; only Văn Lang and Văn Lăng then need them")
    func withoutMarks() {
        var ambiguous: [String] = []
        for (offset, commune) in directory.communes.enumerated() {
            for text in [withoutDiacritics(commune.name), withoutDiacritics(commune.name).uppercased(), withoutDiacritics(commune.name).lowercased()] {
                switch directory.resolve(text) {
                case .unit(let index):
                    #expect(index == Int32(offset), "\(text)")
                case .ambiguous(let candidates, _):
                    #expect(candidates.contains(Int32(offset)), "\(text)")
                    if !ambiguous.contains(commune.name) { ambiguous.append(commune.name) }
                case let other:
                    Issue.record("\(text) resolved to \(other)")
                }
            }
        }
        #expect(ambiguous == ["Xã Văn Lang", "Xã Văn Lăng"])
        #expect(directory.resolve("Văn Lang") == .unit(unit("02143")))
        #expect(directory.resolve("xã văn lăng") == .unit(unit("05665")))
    }

    @Test("every commune is recognised with the other tone-mark placement")
    func toneMarkPlacement() {
        var changed: [String] = []
        for (offset, commune) in directory.communes.enumerated() {
            let other = otherToneMarkPlacement(commune.name)
            if other != commune.name { changed.append(other) }
            #expect(directory.resolve(other) == .unit(Int32(offset)), "\(other)")
            #expect(directory.resolve(other.uppercased()) == .unit(Int32(offset)), "\(other.uppercased())")
        }
        // The three names FACTS.md lists, at least: the test must actually exercise something.
        #expect(changed.contains("Xã Định Hoá") && changed.contains("Xã Nam Hoà") && changed.contains("Xã Điềm Thuỵ"), "\(changed)")
    }

    @Test("a code that lost its leading zero, or came as a number, still resolves")
    func lostZero() {
        for (offset, commune) in directory.communes.enumerated() where commune.code.hasPrefix("0") {
            #expect(directory.resolve(String(commune.code.dropFirst())) == .unit(Int32(offset)))
        }
        #expect(directory.resolve("5443") == .unit(unit("05443")))
        #expect(directory.resolve("5443.0") == .unit(unit("05443")))
        #expect(directory.resolve(" 05443 ") == .unit(unit("05443")))
        #expect(directory.resolve("05443 - Phường Phan Đình Phùng") == .unit(unit("05443")))
    }

    @Test("prefixes are read in their usual short and long forms", arguments: [
        "X. Phú Bình", "x.Phú Bình", "xa Phu Binh", "UBND xã Phú Bình", "Xã Phú Bình (huyện Phú Bình cũ)", "Xã  Phú   Bình",
    ])
    func prefixes(_ text: String) {
        #expect(directory.resolve(text) == .unit(unit("05908")))
    }

    @Test("P. and phuong stand for Phường")
    func phuongPrefix() {
        #expect(directory.resolve("P. Phan Đình Phùng") == .unit(unit("05443")))
        #expect(directory.resolve("phuong phan dinh phung") == .unit(unit("05443")))
    }

    @Test("a name that merely starts like a prefix is a name: Phượng Tiến, Phương Giao")
    func prefixLookalikes() {
        #expect(directory.resolve("Phượng Tiến") == .unit(unit("05563")))
        #expect(directory.resolve("Phuong Tien") == .unit(unit("05563")))
        #expect(directory.resolve("Phuong Giao") == .formerUnit(unit("05755"), formerName: "Xã Phương Giao"))
    }

    @Test("a former commune resolves to its current unit, as a warning")
    func former() {
        #expect(directory.resolve("Thị trấn Hùng Sơn") == .formerUnit(unit("05488"), formerName: "Thị trấn Hùng Sơn"))
        #expect(directory.resolve("TT Hung Son") == .formerUnit(unit("05488"), formerName: "Thị trấn Hùng Sơn"))
        #expect(directory.resolve("01834") == .formerUnit(unit("01840"), formerName: "Phường Nguyễn Thị Minh Khai"))
        #expect(directory.resolve("1834") == .formerUnit(unit("01840"), formerName: "Phường Nguyễn Thị Minh Khai"))
        #expect(directory.resolve("Xã Thần Xa") == .formerUnit(unit("05725"), formerName: "Xã Thần Xa"))
        #expect(directory.resolve("Liêm Thủy") == .formerUnit(unit("02191"), formerName: "Xã Liêm Thuỷ"))
    }

    @Test("a split former commune is ambiguous between the units it went to")
    func split() {
        let thuongDinh = UnitResolution.ambiguous(candidates: [unit("05908"), unit("05941")].sorted(), formerName: "Xã Thượng Đình")
        #expect(directory.resolve("Xã Thượng Đình") == thuongDinh)
        #expect(directory.resolve("thuong dinh") == thuongDinh)
        #expect(directory.resolve("05932") == thuongDinh)
        #expect(directory.resolve("Phường Cam Giá") ==
                .ambiguous(candidates: [unit("05467"), unit("05500")].sorted(), formerName: "Phường Cam Giá"))
    }

    @Test("a current name or code wins over a former one that reads the same")
    func currentWins() {
        #expect(directory.resolve("Phường Gia Sàng") == .unit(unit("05467")))  // the old Gia Sàng was split
        #expect(directory.resolve("05467") == .unit(unit("05467")))            // the old code of Cam Giá
        #expect(directory.resolve("Tân Thành") == .unit(unit("05923")))
        #expect(directory.resolve("Trung Thành") == .unit(unit("05899")))
    }

    @Test("the written prefix picks the former unit when the current one has the other prefix")
    func prefixPicksFormer() {
        #expect(directory.resolve("Phường Tân Thành") == .formerUnit(unit("05500"), formerName: "Phường Tân Thành"))
        #expect(directory.resolve("Xã Tân Thành") == .unit(unit("05923")))
    }

    @Test("former names that collide are ambiguous unless the prefix tells them apart")
    func formerCollisions() {
        #expect(directory.resolve("Sông Cầu") ==
                .ambiguous(candidates: [unit("01843"), unit("05692")].sorted(), formerName: "Phường Sông Cầu / Thị trấn Sông Cầu"))
        #expect(directory.resolve("Thị trấn Sông Cầu") == .formerUnit(unit("05692"), formerName: "Thị trấn Sông Cầu"))
        #expect(directory.resolve("Yến Lạc") == .formerUnit(unit("02155"), formerName: "Thị trấn Yến Lạc"))
    }

    @Test("an unknown name gets the nearest official name when it is close", arguments: [
        ("Phú Bìn", "Xã Phú Bình"), ("Xa Phu Bjnh", "Xã Phú Bình"), ("Phan Đình Phùn", "Phường Phan Đình Phùng"),
    ])
    func suggestion(_ text: String, _ expected: String) {
        #expect(directory.resolve(text) == .unknown(suggestion: expected))
    }

    @Test("nothing close, no suggestion", arguments: ["Hà Nội", "", "   ", "99999", "123", "-", "Quận 1"])
    func noSuggestion(_ text: String) {
        #expect(directory.resolve(text) == .unknown(suggestion: nil))
    }

    @Test("a mapping that points at a unit that does not exist is refused")
    func badMapping() {
        let communes = [Commune(code: "05443", name: "Phường Phan Đình Phùng", kind: .phuong)]
        let former = [FormerUnit(code: "05452", name: "Phường Tân Thịnh", kind: "phuong", newCodes: ["05999"])]
        #expect(throws: CommuneDataError.self) { try CommuneDirectory(communes: communes, formerUnits: former) }
    }

    @Test("the mapping file's rows are checked", arguments: [
        "old_code,old_name,old_type,new_codes\n5452,Phường Tân Thịnh,phuong,05443\n",
        "old_code,old_name,old_type,new_codes\n05452,Phường Tân Thịnh,phuong,05443;05467\n",
        "old_code,old_name,old_type,new_codes\n05452,Phường Tân Thịnh,phuong,05443\n05452,Phường Tân Thịnh,phuong,05443\n",
        "old_code,old_name,old_type\n05452,Phường Tân Thịnh,phuong\n",
    ])
    func badMappingRows(_ text: String) {
        let error = #expect(throws: CommuneDataError.self) { try FormerUnit.parse(Array(("# comment\n" + text).utf8), source: "m.csv") }
        #expect(error?.source == "m.csv")
    }

    @Test("the mapping file is read with its comment header skipped and line numbers kept")
    func mappingLines() throws {
        let text = "# one\n# two\nold_code,old_name,old_type,new_codes\n05452,Phường Tân Thịnh,phuong,05443\nbad,x,xa,05443\n"
        let error = #expect(throws: CommuneDataError.self) { try FormerUnit.parse(Array(text.utf8), source: "m.csv") }
        #expect(error?.line == 5)
        #expect(directory.formerUnits.count == 280)
    }
}

/// The name keys made through tables agree with those made through Foundation's
/// normalisation, on random names: Vietnamese letters in both cases and both tone placements,
/// parentheses, punctuation, and characters only Foundation handles.
@Suite("Name keys without Foundation")
struct QuickNameKeyTests {
    @Test func quickWordsAgreeWithFoundation() {
        let alphabet = Array("aAeEoOuUiIyYdD đĐăĂâÂêÊôÔơƠưƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                             + "óà09-.,()[]ÇçÑñÖöĕŏİ\u{0300}\u{0301}\u{0302}\u{0306}\u{031B}\u{0323}한글")
        var seed: UInt64 = 0x4E41_4D45_4B45_5901
        var quick = 0
        for n in 0..<20_000 {
            var text = ""
            for _ in 0..<(n % 16) {
                seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
                text.append(alphabet[Int(seed % UInt64(alphabet.count))])
            }
            let fast = NameKey.words(text), slow = NameKey.words(text, quick: false)
            #expect(fast.map(\.marked) == slow.map(\.marked) && fast.map(\.folded) == slow.map(\.folded),
                    "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            var base = String.UnicodeScalarView()
            base.append(contentsOf: text.unicodeScalars)
            if NameKey.composedShapes(base) != nil { quick += 1 }
        }
        #expect(quick > 100)
        #expect(NameKey.words("Xã Định Hoá (cũ)").map(\.marked) == ["xa/x", "đinh/j", "hoa/s"])
    }
}
