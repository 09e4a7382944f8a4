import Foundation
public import Schema

extension ProgrammeConfiguration {
    /// Reads and checks `programme.json`.
    ///
    /// - Throws: ``JSONError`` naming the file, the key path and what is wrong.
    public static func load(path: String) throws(JSONError) -> ProgrammeConfiguration {
        let directory = (path as NSString).deletingLastPathComponent
        return try parse(try JSONValue.read(path: path), source: path, directory: directory)
    }

    /// Checks a parsed configuration document. `directory` anchors the relative path of
    /// `communes.formerUnits`.
    public static func parse(_ json: JSONValue, source: String, directory: String) throws(JSONError) -> ProgrammeConfiguration {
        var root = try JSONObjectReader(json, source: source)
        let version = try root.integer("version")
        guard version == supportedVersion else {
            throw root.error("version", "version \(version) is not supported; this hiendien reads version \(supportedVersion)")
        }

        var provinceReader = try root.object("province")
        let province = Province(
            name: try nonEmpty(&provinceReader, "name"),
            issuingBody: try provinceReader.strings("issuingBody"),
            place: try nonEmpty(&provinceReader, "place"))
        if province.issuingBody.isEmpty { throw provinceReader.error("issuingBody", "is required: the header's lines") }
        try provinceReader.finish()

        var programme = try root.object("programme")
        let start = try day(&programme, "start"), end = try day(&programme, "end")
        guard start <= end else {
            throw programme.error("end", "the programme ends (\(end.iso)) before it starts (\(start.iso))")
        }
        try programme.finish()

        var periods = try root.object("periods")
        let kindText = try periods.string("kind")
        guard let kind = PeriodKind(rawValue: kindText) else {
            throw periods.error("kind", unknown("period kind", kindText, among: PeriodKind.allCases.map(\.rawValue)))
        }
        let deadlineDays = try periods.optionalInteger("submissionDeadlineDays") ?? 5
        guard (1...90).contains(deadlineDays) else {
            throw periods.error("submissionDeadlineDays",
                                "must be 1 to 90 days (Decree 09/2019 Art. 8(5): at least a working day after the cut-off)")
        }
        try periods.finish()
        let calendar = ReportingCalendar(kind: kind, submissionDeadlineDays: deadlineDays, programmeStart: start, programmeEnd: end)

        var targetsReader = try root.object("targets")
        var targets: [CohortTarget] = []
        for (cohort, value) in targetsReader.allMembers() {
            let path = targetsReader.keyPath(cohort)
            guard isTypeName(cohort) else {
                throw JSONError(source: source, path: path, message: "a cohort name uses lower-case letters, digits and hyphens (e.g. craft-village)")
            }
            var target = try JSONObjectReader(value, source: source, path: path)
            let outreach = try percent(&target, "outreach"), registration = try percent(&target, "registration")
            guard outreach != nil || registration != nil else {
                throw JSONError(source: source, path: path, message: "give an outreach or a registration target, or remove the cohort")
            }
            try target.finish()
            targets.append(CohortTarget(cohort: cohort, outreachPercent: outreach, registrationPercent: registration))
        }

        var pilot = try root.object("pilotHouseholdsPerCommune")
        let pilotMin = try pilot.integer("min"), pilotMax = try pilot.integer("max")
        guard pilotMin >= 0 else { throw pilot.error("min", "must not be negative") }
        guard pilotMin <= pilotMax else { throw pilot.error("min", "min (\(pilotMin)) is greater than max (\(pilotMax))") }
        try pilot.finish()

        var incentiveReader = try root.object("incentive")
        let freeYears = try incentiveReader.integer("freeYears")
        guard (0...10).contains(freeYears) else { throw incentiveReader.error("freeYears", "must be 0 to 10 years") }
        let incentive = Incentive(freeYears: freeYears, feeWaiverEnd: try day(&incentiveReader, "feeWaiverEnd"))
        try incentiveReader.finish()

        let agencies = try parseAgencies(&root)

        var communesReader = try root.object("communes")
        let communeExpects = try typeNames(&communesReader, "expects")
        let communeOptional = try typeNames(&communesReader, "optional")
        let formerUnitsPath = try communesReader.optionalString("formerUnits").map { path in
            path.hasPrefix("/") || directory.isEmpty ? path : directory + "/" + path
        }
        let communes = try parseCommunes(&communesReader)
        try communesReader.finish()
        try root.finish()

        return ProgrammeConfiguration(
            source: source, version: version, province: province, start: start, end: end, calendar: calendar,
            targets: targets, pilotHouseholdsPerCommune: pilotMin...pilotMax, incentive: incentive,
            agencies: agencies, communes: communes, communeExpects: communeExpects,
            communeOptional: communeOptional, formerUnitsPath: formerUnitsPath)
    }

    // MARK: - Parts

    static func parseAgencies(_ root: inout JSONObjectReader) throws(JSONError) -> [Agency] {
        var agencies: [Agency] = []
        var seen: [String: String] = [:]
        for (path, value) in try root.array("agencies") {
            var reader = try JSONObjectReader(value, source: root.source, path: path)
            let code = try reader.string("code")
            guard Agency.isCode(code) else {
                throw reader.error("code", "'\(code)' is not an agency code: 2 to 16 upper-case letters or digits, starting with a letter")
            }
            if let first = seen[code] { throw reader.error("code", "'\(code)' is already the code of \(first)") }
            seen[code] = path
            var nameReader = try reader.object("name")
            let name = Localized(vi: try nonEmpty(&nameReader, "vi"), en: try nonEmpty(&nameReader, "en"))
            try nameReader.finish()
            let kindText = try reader.string("kind")
            guard let kind = Agency.Kind(rawValue: kindText) else {
                throw reader.error("kind", unknown("agency kind", kindText, among: Agency.Kind.allCases.map(\.rawValue)))
            }
            let agency = Agency(code: code, name: name, kind: kind,
                                expects: try typeNames(&reader, "expects"), optional: try typeNames(&reader, "optional"))
            try reader.finish()
            agencies.append(agency)
        }
        return agencies
    }

    static func parseCommunes(_ reader: inout JSONObjectReader) throws(JSONError) -> [Commune] {
        var communes: [Commune] = []
        var seen: [String: String] = [:]
        let units = try reader.array("units")
        guard !units.isEmpty else { throw reader.error("units", "lists no commune") }
        for (path, value) in units {
            var unit = try JSONObjectReader(value, source: reader.source, path: path)
            let code = try unit.string("code")
            guard Commune.isCode(code) else {
                throw unit.error("code", "'\(code)' is not a commune code: exactly 5 digits, leading zero included (05443)")
            }
            if let first = seen[code] { throw unit.error("code", "\(code) is already the code of \(first)") }
            seen[code] = path
            let name = try nonEmpty(&unit, "name")
            let kindText = try unit.string("type")
            guard let kind = Commune.Kind(rawValue: kindText) else {
                throw unit.error("type", unknown("commune type", kindText, among: Commune.Kind.allCases.map(\.rawValue)))
            }
            guard name.hasPrefix(kind.namePrefix), name.count > kind.namePrefix.count else {
                throw unit.error("name", "'\(name)' should start with '\(kind.namePrefix)' for type '\(kind.rawValue)'")
            }
            try unit.finish()
            communes.append(Commune(code: code, name: name, kind: kind))
        }
        return communes
    }

    // MARK: - Values

    static func day(_ reader: inout JSONObjectReader, _ key: String) throws(JSONError) -> Day {
        let text = try reader.string(key)
        guard let day = Day(iso: text) else { throw reader.error(key, "'\(text)' is not a date; write YYYY-MM-DD, e.g. 2025-10-18") }
        return day
    }

    static func nonEmpty(_ reader: inout JSONObjectReader, _ key: String) throws(JSONError) -> String {
        let text = try reader.string(key)
        guard !text.trimmingSpaces().isEmpty else { throw reader.error(key, "must not be empty") }
        return text
    }

    static func percent(_ reader: inout JSONObjectReader, _ key: String) throws(JSONError) -> Double? {
        guard let value = try reader.optionalNumber(key) else { return nil }
        guard (0...100).contains(value) else { throw reader.error(key, "\(value) is not a percentage from 0 to 100") }
        return value
    }

    /// A list of submission type names; whether each exists is checked by `validate(knownTypes:)`.
    static func typeNames(_ reader: inout JSONObjectReader, _ key: String) throws(JSONError) -> [String] {
        let names = try reader.strings(key)
        for (index, name) in names.enumerated() where !isTypeName(name) {
            throw JSONError(source: reader.source, path: reader.keyPath(key) + "[\(index)]",
                            message: "'\(name)' is not a submission type name (lower-case letters, digits and hyphens)")
        }
        return names
    }

    static func isTypeName(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "-")
        }
    }

    /// "unknown period kind 'decre-09'; did you mean 'decree-09'? (use calendar or decree-09)"
    static func unknown(_ what: String, _ text: String, among known: [String]) -> String {
        var message = "unknown \(what) '\(text)'"
        if let near = NearestName.nearest(text, in: known, limit: max(2, text.count / 3)) {
            message += "; did you mean '\(known[near])'?"
        }
        return message + " (use " + known.joined(separator: ", ") + ")"
    }
}
