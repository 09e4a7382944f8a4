import Programme
import Testing

@Suite("Senders")
struct SenderDirectoryTests {
    let senders: SenderDirectory

    init() throws { senders = try realConfiguration.get().senders }

    @Test("an agency code matches in any case", arguments: ["STC", "stc", " Stc "])
    func agency(_ code: String) throws {
        guard case .found(.agency(let agency)) = senders.lookup(code) else {
            Issue.record("\(code): \(senders.lookup(code))")
            return
        }
        #expect(agency.code == "STC")
        #expect(agency.name.vi == "Sở Tài chính")
    }

    @Test("a commune sends under its 5-digit code, or 4 digits after a lost zero", arguments: ["05443", "5443"])
    func commune(_ code: String) {
        guard case .found(let sender) = senders.lookup(code), case .commune(let commune, _) = sender else {
            Issue.record("\(code): \(senders.lookup(code))")
            return
        }
        #expect(commune.name == "Phường Phan Đình Phùng")
        #expect(senders.expectedTypes(of: sender) == ["commune-activities", "household-register"])
        #expect(senders.acceptedTypes(of: sender) == ["commune-activities", "household-register", "report-text"])
    }

    @Test("a near miss gets a did-you-mean; a far one does not", arguments: [
        ("SNMT", "SNNMT"), ("sgdt", "SGDDT"), ("TINHDOAM", "TINHDOAN"), ("HLHPM", "HLHPN"),
    ])
    func nearMiss(_ code: String, _ suggestion: String) {
        #expect(senders.lookup(code) == .unknown(suggestion: suggestion))
    }

    @Test("unknown codes", arguments: ["XYZQWV", "99999", "", "0544"])
    func unknown(_ code: String) {
        #expect(senders.lookup(code) == .unknown(suggestion: nil))
    }

    @Test("every agency and commune is a sender, and each but the registry expects something")
    func all() {
        #expect(senders.all.count == 15 + 92)
        #expect(senders.all.allSatisfy { !senders.expectedTypes(of: $0).isEmpty || $0.code == "VNNIC" })
        #expect(Set(senders.all.map(\.code)).count == 107)
    }
}
