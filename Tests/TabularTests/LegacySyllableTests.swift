import Foundation
import Testing
@testable import Tabular

@Suite("Vietnamese syllables")
struct LegacySyllableTests {
    @Test("real syllables are plausible", arguments: [
        "Thái", "Nguyên", "nghiêng", "quyết", "giếng", "gì", "Phường", "Đức", "Xuân", "khuya", "khuỷu",
        "thuở", "NGUYỄN", "hoà", "hòa", "Bắc", "Kạn", "ươu", "oai", "xoong", "Quý", "Yên",
    ])
    func plausible(_ word: String) {
        #expect(VietnameseSyllable.isPlausible(word))
    }

    @Test("what a wrong table produces is not", arguments: [
        "Th¸i", "Nguyªn", "vÒ", "Viờũt", "Phöôøng", "Vieät", "Thaựi", "đ", "Cafộ", "ăń", "tôt", "bđ", "ĂnG",
    ])
    func implausible(_ word: String) {
        #expect(!VietnameseSyllable.isPlausible(word))
    }

    @Test("every word of the commune and owner names in the fixtures is plausible")
    func realNames() throws {
        let text = String(decoding: try LegacyFixtures.bytes("source.csv"), as: UTF8.self)
        let words = text.split { !$0.isLetter }.filter { $0.unicodeScalars.contains { $0.value > 0x7F } }
        let implausible = words.filter { !VietnameseSyllable.isPlausible($0) }
        #expect(words.count > 300)
        #expect(implausible.isEmpty, "\(Set(implausible))")
    }
}
