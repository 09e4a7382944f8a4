import Programme
import Schema
import Testing

@Suite("Programme configuration")
struct ProgrammeConfigurationTests {
    @Test("the real Data/programme.json loads with the plan's values")
    func realFile() throws {
        let configuration = try realConfiguration.get()
        #expect(configuration.version == 1)
        #expect(configuration.province.name == "Thái Nguyên")
        #expect(configuration.province.issuingBody == ["UBND TỈNH THÁI NGUYÊN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"])
        #expect(configuration.province.place == "Thái Nguyên")
        #expect(configuration.start == day("2025-10-18"))
        #expect(configuration.end == day("2026-12-31"))
        #expect(configuration.calendar.kind == .calendar)
        #expect(configuration.calendar.submissionDeadlineDays == 5)
        #expect(configuration.pilotHouseholdsPerCommune == 5...10)
        #expect(configuration.incentive == Incentive(freeYears: 2, feeWaiverEnd: day("2025-12-31")))
        let targets = configuration.targets.map { "\($0.cohort) \($0.outreachPercent ?? -1) \($0.registrationPercent ?? -1)" }
        #expect(targets == [
            "enterprise 100.0 90.0", "household 100.0 90.0", "student 100.0 90.0",
            "school 100.0 -1.0", "craft-village 100.0 -1.0", "member 100.0 -1.0",
        ])
        #expect(configuration.agencies.map(\.code) == [
            "STC", "SCT", "SNNMT", "SGDDT", "DHTN", "CDTN", "TINHDOAN", "HND", "HLHPN", "HHDN", "LMHTX", "BTN", "TTTT", "SKHCN", "VNNIC",
        ])
        #expect(configuration.agency(code: "SGDDT")?.expects == ["school-outreach", "student-register"])
        #expect(configuration.agency(code: "SKHCN")?.kind == .dost)
        #expect(configuration.communes.count == 92)
        #expect(configuration.communes.filter { $0.kind == .phuong }.count == 15)
        #expect(configuration.communeExpects == ["commune-activities", "household-register"])
        #expect(configuration.communeOptional == ["report-text"])
        #expect(configuration.formerUnitsPath == repositoryRoot + "/Data/communes-before-2025.csv")
    }

    @Test("the communes in programme.json are exactly the units the pre-2025 mapping points to")
    func communesMatchReference() throws {
        let configuration = try realConfiguration.get()
        let text = try String(contentsOfFile: repositoryRoot + "/Data/communes-before-2025.csv", encoding: .utf8)
        // The mapping (checked against the reference list by scripts/check-commune-mapping.py)
        // targets every configured commune and nothing else.
        var targets: Set<String> = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("old_code") {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            for code in cells[4].split(separator: "|") { targets.insert(String(code)) }
        }
        #expect(targets == Set(configuration.communes.map(\.code)))
    }

    @Test("every expected submission type of the real configuration is a real schema")
    func expectedTypesExist() throws {
        let configuration = try realConfiguration.get()
        let schemas = try SchemaLoader.loadDirectory(repositoryRoot + "/Data/schemas")
        try configuration.validate(knownTypes: Set(schemas.map(\.name)))
    }

    @Test("an expected type that is no schema is named by its key path, with the nearest name")
    func unknownExpectedType() throws {
        let json = editing(try JSONValue.read(path: programmePath), "agencies[2].expects[0]", .string("craft-villages"))
        let configuration = try ProgrammeConfiguration.parse(json, source: "test", directory: repositoryRoot + "/Data")
        let known = Set(try SchemaLoader.loadDirectory(repositoryRoot + "/Data/schemas").map(\.name))
        let error = #expect(throws: JSONError.self) { try configuration.validate(knownTypes: known) }
        #expect(error?.path == "agencies[2].expects[0]")
        #expect(error?.message.contains("'craft-village'") == true)
    }

    static let brokenCases: [(edit: String, value: JSONValue?, path: String)] = [
        ("verison", .number(1), "verison"),
        ("version", .number(2), "version"),
        ("province", nil, "province"),
        ("province.issuingBodies", .array([]), "province.issuingBodies"),
        ("programme.start", .string("2025-13-01"), "programme.start"),
        ("programme.end", .string("31/12/2026"), "programme.end"),
        ("programme.start", .string("2027-01-01"), "programme.end"),
        ("periods.kind", .string("decre-09"), "periods.kind"),
        ("periods.submissionDeadlineDays", .number(0), "periods.submissionDeadlineDays"),
        ("targets.student.registration", .number(120), "targets.student.registration"),
        ("targets.school.outreach", .number(-1), "targets.school.outreach"),
        ("targets.enterprise.registation", .number(90), "targets.enterprise.registation"),
        ("targets.Craft Village", .object([("outreach", .number(100))]), "targets.Craft Village"),
        ("pilotHouseholdsPerCommune.min", .number(11), "pilotHouseholdsPerCommune.min"),
        ("incentive.feeWaiverEnd", .string("2025-12-32"), "incentive.feeWaiverEnd"),
        ("agencies[1].code", .string("STC"), "agencies[1].code"),
        ("agencies[1].code", .string("05443"), "agencies[1].code"),
        ("agencies[0].kind", .string("departmnet"), "agencies[0].kind"),
        ("agencies[0].name.fr", .string("Finances"), "agencies[0].name.fr"),
        ("agencies[0].expects[0]", .string("Enterprise Register"), "agencies[0].expects[0]"),
        ("communes.units[1].code", .string("01840"), "communes.units[1].code"),
        ("communes.units[0].code", .string("1840"), "communes.units[0].code"),
        ("communes.units[0].code", .string("0184O"), "communes.units[0].code"),
        ("communes.units[0].type", .string("ward"), "communes.units[0].type"),
        ("communes.units[0].name", .string("Xã Đức Xuân"), "communes.units[0].name"),
        ("communes.units", .array([]), "communes.units"),
    ]

    @Test("each configuration error names its key path", arguments: brokenCases.indices)
    func brokenConfiguration(_ index: Int) throws {
        let (path, value, expected) = Self.brokenCases[index]
        let json = editing(try JSONValue.read(path: programmePath), path, value)
        let error = #expect(throws: JSONError.self, "\(path)") {
            try ProgrammeConfiguration.parse(json, source: "programme.json", directory: "")
        }
        #expect(error?.path == expected, "\(path): \(error.map(String.init(describing:)) ?? "")")
        #expect(error?.source == "programme.json")
    }

    @Test("near misses get a did-you-mean", arguments: [
        ("verison", JSONValue.number(1), "'version'"),
        ("periods.kind", .string("decre-09"), "'decree-09'"),
        ("agencies[0].kind", .string("departmnet"), "'department'"),
    ])
    func didYouMean(_ path: String, _ value: JSONValue, _ suggestion: String) throws {
        let json = editing(try JSONValue.read(path: programmePath), path, value)
        let error = #expect(throws: JSONError.self) {
            try ProgrammeConfiguration.parse(json, source: "programme.json", directory: "")
        }
        #expect(error?.message.contains("did you mean \(suggestion)") == true, "\(error?.message ?? "")")
    }

    @Test("a missing mapping file is an error on communes.formerUnits")
    func missingMapping() throws {
        let json = editing(try JSONValue.read(path: programmePath), "communes.formerUnits", .string("nope.csv"))
        let configuration = try ProgrammeConfiguration.parse(json, source: "programme.json", directory: "/nonexistent")
        let error = #expect(throws: JSONError.self) { try configuration.communeDirectory() }
        #expect(error?.path == "communes.formerUnits")
    }

    @Test("the free period ends two years after the grant; 29 February falls back to 28")
    func freePeriod() throws {
        let incentive = try realConfiguration.get().incentive
        #expect(incentive.freeUntil(grantedOn: day("2025-11-03")) == day("2027-11-03"))
        #expect(incentive.freeUntil(grantedOn: day("2024-02-29")) == day("2026-02-28"))
        #expect(incentive.waiverApplies(grantedOn: day("2025-12-31")))
        #expect(!incentive.waiverApplies(grantedOn: day("2026-01-01")))
    }
}
