import Testing
@testable import Reports

@Suite("indicators.csv")
struct IndicatorTableTests {
    static func records() -> [[String]] {
        let text = Fixtures.text("indicators.csv")
        return text.dropFirst().split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test("BOM, header, CR LF")
    func header() {
        let bytes = Fixtures.render()["indicators.csv"] ?? []
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("period,indicator,unit_type,unit_code,unit_name,numerator,denominator,rate,target\r\n"))
        #expect(text.hasSuffix("\r\n"))
        for (i, b) in bytes.enumerated() where b == 0x0A { #expect(bytes[i - 1] == 0x0D) }
    }

    @Test("a registration row for every commune, with the rate only where there is a denominator")
    func communes() throws {
        let rows = Self.records().filter { $0[1] == "household.registration" && $0[2] == "commune" }
        #expect(rows.map { $0[3] } == ["05443", "05467", "01840", "01864", "01879"])
        #expect(rows[0] == ["2026-Q1", "household.registration", "commune", "05443", "Phường Phan Đình Phùng", "72", "80",
                            "0.9000", "0.9000"])
        #expect(rows[3] == ["2026-Q1", "household.registration", "commune", "01864", "Xã Yên Bình", "0", "", "", "0.9000"])
        let pilots = Self.records().filter { $0[1] == "household.pilots" }
        #expect(pilots.count == 5 && pilots.allSatisfy { $0[8] == "5" })
    }

    @Test("province cohorts, agencies and stable codes; a missing denominator leaves rate empty")
    func provinceAndAgencies() throws {
        let records = Self.records()
        let student = try #require(records.first { $0[1] == "student.outreach" })
        #expect(student == ["2026-Q1", "student.outreach", "province", "province", "Thái Nguyên", "3000", "", "", "1.0000"])
        let enterprise = try #require(records.first { $0[1] == "enterprise.registration" })
        #expect(enterprise[5...] == ["645", "1234", "0.5226", "0.9000"])
        for code in ["household.outreach", "household.pilots", "media.items", "training.participants", "completeness.on_time"] {
            #expect(records.contains { $0[1] == code }, "\(code)")
        }
        let onTime = try #require(records.first { $0[1] == "completeness.on_time" && $0[2] == "province" })
        #expect(onTime[5...7] == ["2", "4", "0.5000"])
        #expect(records.contains { $0[1] == "completeness.on_time" && $0[3] == "SKHCN" && $0[5] == "0" })
        #expect(records.contains { $0[1] == "aggregate.participants" && $0[3] == "SKHCN" && $0[5] == "320" })
    }
}
