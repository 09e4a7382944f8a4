import Foundation
import Testing
@testable import Tabular

/// Folding and syllable checks without Foundation's decomposition agree with it.
@Suite("Quick folding")
struct QuickFoldTests {
    /// Characters of every kind the quick paths must tell apart.
    static let alphabet: [Character] = Array("aAzZ09 -_/.,()[]*đĐăĂâÂêÊôÔơƠưƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
        + "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝÇçÑñÖöÜüßØøÆæŒœİıǅ\u{00A0}\u{0300}\u{0301}\u{0323}\u{0302}\u{0483}€™’–")

    static func randomText(_ seed: inout UInt64, length: Int) -> String {
        var text = ""
        for _ in 0..<length {
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
            text.unicodeScalars.append(contentsOf: alphabet[Int(seed % UInt64(alphabet.count))].unicodeScalars)
        }
        return text
    }

    @Test func foldingAgreesWithTheDecomposingFold() {
        var seed: UInt64 = 0x5EED_F01D_0000_0001
        var quick = 0
        for n in 0..<30_000 {
            let text = Self.randomText(&seed, length: n % 14)
            for drop in [false, true] {
                #expect(VietnameseFold.fold(text, dropParentheses: drop) == VietnameseFold.slowFold(text, dropParentheses: drop),
                        "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
                if VietnameseFold.quickFold(text, dropParentheses: drop) != nil { quick += 1 }
            }
        }
        #expect(quick > 10_000)  // the quick path is taken, not only the fallback
        #expect(VietnameseFold.fold("Xã Phú Bình") == "xa phu binh")
        #expect(VietnameseFold.fold("Mã số thuế (*)", dropParentheses: true) == "ma so thue")
    }

    @Test func decompositionAgreesWithFoundation() {
        var seed: UInt64 = 0x5EED_F01D_0000_0002
        for n in 0..<30_000 {
            let text = Self.randomText(&seed, length: n % 8)
            let expected = Array(text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars)
            #expect(VietnameseSyllable.decomposedLowercase(text) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
