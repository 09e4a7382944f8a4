import Testing
@testable import Reports

@Suite("Report set")
struct ReportSetTests {
    @Test("seven files, in a fixed order")
    func names() {
        let names = ReportSet.render(Fixtures.consolidation(), documentNumber: nil, issuer: Fixtures.issuer).map(\.name)
        #expect(names == ["uy-ban-nhan-dan.md", "uy-ban-nhan-dan.html", "uy-ban-nhan-dan.csv", "bo-khcn-vnnic.md",
                          "bo-khcn-vnnic.html", "bo-khcn-vnnic.csv", "indicators.csv"])
    }

    @Test("byte-identical output for the same consolidation, whatever order its dictionaries were filled in",
          arguments: [Language.vi, .en])
    func deterministic(_ language: Language) {
        let first = Fixtures.render(language)
        #expect(Fixtures.render(language) == first)
        #expect(Fixtures.render(language, Fixtures.consolidation(reversedDictionaries: true)) == first)
    }

    @Test("every CSV starts with a BOM and has no bare line feed")
    func csvFiles() {
        for (name, bytes) in Fixtures.render() where name.hasSuffix(".csv") {
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(name)")
            for (i, b) in bytes.enumerated() where b == 0x0A { #expect(i > 0 && bytes[i - 1] == 0x0D, "\(name)") }
        }
    }

    @Test("without a number, the document leaves room for one")
    func blankNumber() {
        let md = String(decoding: ReportSet.render(Fixtures.consolidation(), documentNumber: nil, issuer: Fixtures.issuer)[0].bytes,
                        as: UTF8.self)
        #expect(md.contains("Số: \u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}/BC-SKHCN"))
    }
}

import Schema
