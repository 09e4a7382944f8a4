import Programme
import Schema
import Tabular

/// Reads a period's submissions row by row and accumulates what the consolidation needs.
///
/// What a row means depends on its type's `kind` and `cohort` and on field names that the
/// schemas share (`entity_id`, `commune`, `outreach_date`, `domain`, `registered_on`, …);
/// a schema that adds fields adds nothing here until a report needs them.
final class Reading {
    let consolidator: Consolidator
    let periodStart: Day
    let periodEnd: Day

    var ledgers: [String: EntityLedger] = [:]
    var senderCodes: [String] = []
    var senderIndex: [String: Int32] = [:]
    /// Per sender code, per cohort: what that sender listed.
    var senderTallies: [String: [String: Tally]] = [:]
    /// Per sender code: sums of the integer fields of its aggregate reports.
    var senderAggregates: [String: [String: Int]] = [:]
    /// Per commune index: its commune-activities row (field name → value).
    var communeReports: [Int32: [String: Int]] = [:]
    var enterpriseDenominatorSenders: Set<Int32> = []
    var studentsEligible: Int?
    var activities = ActivityFigures()
    var narratives: [NarrativeItem] = []
    var registryRecords: [RegistryRecord] = []

    init(consolidator: Consolidator, periodStart: Day, periodEnd: Day) {
        self.consolidator = consolidator
        self.periodStart = periodStart
        self.periodEnd = periodEnd
    }

    private func index(of sender: String) -> Int32 {
        if let i = senderIndex[sender] { return i }
        let i = Int32(senderCodes.count)
        senderCodes.append(sender)
        senderIndex[sender] = i
        return i
    }

    /// The validator that reads an archived submission again (it was accepted: findings are not kept).
    static func validator(for submission: Submission, consolidator: Consolidator, periodStart: Day, periodEnd: Day) -> FileValidator {
        var context = ValidationContext(periodStart: periodStart, periodEnd: periodEnd, periodName: submission.period.description,
                                        units: consolidator.communes, findingLimit: 1)
        context.openOptions = consolidator.openOptions
        return consolidator.baseValidator.with(context: context)
    }

    /// Reads one archived submission; returns what it contributed, by cohort or list.
    func read(_ submission: Submission, path: String) -> [String: Int] {
        guard let schema = consolidator.schemas.first(where: { $0.name == submission.type }) else { return [:] }
        let sender = index(of: submission.senderCode)
        let senderName = submission.senderName
        let validator = Self.validator(for: submission, consolidator: consolidator, periodStart: periodStart, periodEnd: periodEnd)
        let f = FieldIndex(schema)
        var contributed = 0
        let cohort = schema.cohort ?? schema.name
        if schema.cohort == "enterprise", consolidator.configuration.senders.lookupExpects(submission.senderCode, type: schema.name) {
            enterpriseDenominatorSenders.insert(sender)
        }
        _ = validator.validate(path: path, type: schema.name) { rows, row in
            let values = rows.values
            row.withStorage { _, bytes in
                contributed += 1
                self.narrativeColumns(values, f, bytes, sender: submission.senderCode, name: senderName)
                switch schema.kind {
                case .register:
                    self.register(cohort: cohort, values, f, bytes, sender: sender, senderCode: submission.senderCode)
                case .aggregate:
                    self.aggregate(schema, values, f, senderCode: submission.senderCode)
                case .list:
                    self.list(schema, values, f, senderCode: submission.senderCode)
                case .narrative:
                    if let section = f.code("section", values, schema).flatMap(NarrativeItem.Section.init(rawValue:)),
                       let text = f.text("text", values, bytes), !text.isEmpty {
                        self.narratives.append(NarrativeItem(senderCode: submission.senderCode, senderName: senderName,
                                                             section: section, text: text))
                    }
                case .registry:
                    self.registryRow(values, f, bytes, schema)
                }
            }
        }
        return [cohort: contributed]
    }

    private func narrativeColumns(_ values: [Value], _ f: FieldIndex, _ bytes: UnsafeRawBufferPointer, sender: String, name: String) {
        for section in NarrativeItem.Section.allCases {
            if let text = f.text(section.rawValue, values, bytes), !text.isEmpty {
                narratives.append(NarrativeItem(senderCode: sender, senderName: name, section: section, text: text))
            }
        }
    }

    /// What consolidation keeps of a register row.
    struct RegisterRow: Sendable {
        var key: UInt64
        var domain: UInt64?
        var domainText: String?
        var commune: Int32
        var outreach: Bool
        var registeredOn: Day?
        var website: Bool
        var email: Bool
        var pilot: Bool
    }

    static func registerRow(_ values: [Value], _ f: FieldIndex, _ bytes: UnsafeRawBufferPointer) -> RegisterRow? {
        guard let key = f.value("entity_id", values)?.entityKey else { return nil }
        let domain = f.domainKey(values, bytes)
        return RegisterRow(
            key: key.raw, domain: domain, domainText: domain == nil ? nil : f.text("domain", values, bytes),
            commune: f.value("commune", values)?.unitIndex ?? -1, outreach: f.value("outreach_date", values)?.isPresent ?? false,
            registeredOn: f.value("registered_on", values)?.day, website: f.value("website", values)?.boolean ?? false,
            email: f.value("email", values)?.boolean ?? false, pilot: f.value("pilot", values)?.boolean ?? false)
    }

    private func register(cohort: String, _ values: [Value], _ f: FieldIndex, _ bytes: UnsafeRawBufferPointer, sender: Int32,
                          senderCode: String) {
        guard let row = Self.registerRow(values, f, bytes) else { return }
        record(row, cohort: cohort, sender: sender, senderCode: senderCode)
    }

    /// Adds one register row to its cohort's entities and to its sender's tally.
    private func record(_ row: RegisterRow, cohort: String, sender: Int32, senderCode: String) {
        ledgers[cohort, default: EntityLedger()].add(
            key: row.key, domain: row.domain, domainText: row.domainText, commune: row.commune, outreach: row.outreach,
            registeredOn: row.registeredOn, website: row.website, email: row.email, pilot: row.pilot, sender: sender)
        var tally = senderTallies[senderCode, default: [:]][cohort, default: Tally()]
        tally.listed += 1
        if row.outreach || row.domain != nil { tally.reached += 1 }
        if row.domain != nil { tally.registered += 1 }
        if row.domain != nil, let day = row.registeredOn, day >= periodStart, day <= periodEnd { tally.registeredInPeriod += 1 }
        senderTallies[senderCode, default: [:]][cohort] = tally
    }

    /// A register file read ahead (possibly on another thread): its rows and narrative cells.
    struct ExtractedRegister: Sendable {
        var rows: [RegisterRow] = []
        var narratives: [(section: NarrativeItem.Section, text: String)] = []
        var count = 0
    }

    /// Reads a register submission without touching this reading's state, so several can run at once.
    static func extractRegister(_ submission: Submission, path: String, consolidator: Consolidator, periodStart: Day,
                                periodEnd: Day) -> ExtractedRegister? {
        guard let schema = consolidator.schemas.first(where: { $0.name == submission.type }), schema.kind == .register else {
            return nil
        }
        let validator = Self.validator(for: submission, consolidator: consolidator, periodStart: periodStart, periodEnd: periodEnd)
        let f = FieldIndex(schema)
        var extracted = ExtractedRegister()
        extracted.rows.reserveCapacity(submission.rows)
        _ = validator.validate(path: path, type: schema.name) { rows, row in
            let values = rows.values
            row.withStorage { _, bytes in
                extracted.count += 1
                for section in NarrativeItem.Section.allCases {
                    if let text = f.text(section.rawValue, values, bytes), !text.isEmpty { extracted.narratives.append((section, text)) }
                }
                if let r = Self.registerRow(values, f, bytes) { extracted.rows.append(r) }
            }
        }
        return extracted
    }

    /// Applies a register read ahead, exactly as `read` would have, in submission order.
    func apply(_ extracted: ExtractedRegister, of submission: Submission) -> [String: Int] {
        guard let schema = consolidator.schemas.first(where: { $0.name == submission.type }) else { return [:] }
        let sender = index(of: submission.senderCode)
        let cohort = schema.cohort ?? schema.name
        if schema.cohort == "enterprise", consolidator.configuration.senders.lookupExpects(submission.senderCode, type: schema.name) {
            enterpriseDenominatorSenders.insert(sender)
        }
        // Narrative cells go to their own list, in file order, as a serial reading adds them.
        for item in extracted.narratives {
            narratives.append(NarrativeItem(senderCode: submission.senderCode, senderName: submission.senderName,
                                            section: item.section, text: item.text))
        }
        for row in extracted.rows { record(row, cohort: cohort, sender: sender, senderCode: submission.senderCode) }
        return [cohort: extracted.count]
    }

    private func aggregate(_ schema: TableSchema, _ values: [Value], _ f: FieldIndex, senderCode: String) {
        for (i, field) in schema.fields.enumerated() where field.type == .integer {
            if let n = values[i].integer { senderAggregates[senderCode, default: [:]][field.name, default: 0] += Int(n) }
        }
        switch schema.cohort {
        case "commune":
            guard let unit = f.value("commune", values)?.unitIndex else { return }
            var row: [String: Int] = [:]
            for (i, field) in schema.fields.enumerated() where field.type == .integer {
                if let n = values[i].integer { row[field.name] = Int(n) }
            }
            communeReports[unit] = row
            activities.organisationsReached += row["organisations_reached"] ?? 0
            activities.enterprisesReachedByCommunes += row["enterprises_reached"] ?? 0
            activities.teamActivities += row["team_activities"] ?? 0
            activities.teamParticipants += row["team_participants"] ?? 0
        case "school":
            activities.schoolsListed += 1
            if f.value("outreach_date", values)?.isPresent == true { activities.schoolsReached += 1 }
            if let n = f.value("students_eligible", values)?.integer { studentsEligible = (studentsEligible ?? 0) + Int(n) }
            activities.studentsReached += Int(f.value("students_reached", values)?.integer ?? 0)
            activities.studentsRegistered += Int(f.value("students_registered", values)?.integer ?? 0)
        case "member":
            var m = activities.members[senderCode] ?? MemberFigures()
            m.members += Int(f.value("members", values)?.integer ?? 0)
            m.reached += Int(f.value("members_reached", values)?.integer ?? 0)
            m.registered += Int(f.value("members_registered", values)?.integer ?? 0)
            m.sessions += Int(f.value("sessions", values)?.integer ?? 0)
            activities.members[senderCode] = m
        default:
            break
        }
    }

    private func list(_ schema: TableSchema, _ values: [Value], _ f: FieldIndex, senderCode: String) {
        switch schema.cohort {
        case "craft-village":
            activities.craftVillagesListed += 1
            if f.value("outreach_date", values)?.isPresent == true { activities.craftVillagesReached += 1 }
            if f.value("domain", values)?.isPresent == true { activities.craftVillagesWithDomain += 1 }
            if f.value("website", values)?.boolean == true { activities.craftVillagesWithWebsite += 1 }
            if let kind = f.code("kind", values, schema) { activities.craftVillagesByKind[kind, default: 0] += 1 }
        case "media":
            activities.mediaByKind[f.code("kind", values, schema) ?? "other", default: 0] += 1
            activities.mediaBySender[senderCode, default: 0] += 1
        case "training":
            activities.trainings += 1
            activities.trainingParticipants += Int(f.value("participants", values)?.integer ?? 0)
            if let kind = f.code("kind", values, schema) { activities.trainingsByKind[kind, default: 0] += 1 }
        default:
            break
        }
    }

    // MARK: Results

    private var reportingCommunes: Set<Int32> { Set(communeReports.keys) }

    func cohortFigures() -> [CohortFigures] {
        let configuration = consolidator.configuration
        var result: [CohortFigures] = []
        for (cohort, suffix, title) in Consolidator.registerCohorts {
            let ledger = ledgers[cohort] ?? EntityLedger()
            var reached = 0, registered = 0, inPeriod = 0, website = 0, email = 0
            var scopedReached = 0, scopedRegistered = 0
            var pairs: [[Int32]: Int] = [:]
            var denominatorEntities = 0
            let scoped = cohort == "household"
            let reporting = reportingCommunes
            for entity in ledger.entities.values {
                if entity.reached { reached += 1 }
                if entity.registered { registered += 1 }
                if entity.registered, let day = entity.registeredOn, day >= periodStart, day <= periodEnd { inPeriod += 1 }
                if entity.website { website += 1 }
                if entity.email { email += 1 }
                if scoped && reporting.contains(entity.commune) {
                    if entity.reached { scopedReached += 1 }
                    if entity.registered { scopedRegistered += 1 }
                }
                if entity.senders.count > 1 {
                    for i in 0..<entity.senders.count {
                        for j in (i + 1)..<entity.senders.count { pairs[[entity.senders[i], entity.senders[j]], default: 0] += 1 }
                    }
                }
                if !enterpriseDenominatorSenders.isDisjoint(with: entity.senders) { denominatorEntities += 1 }
            }
            let eligible: Int? = switch cohort {
            case "enterprise": enterpriseDenominatorSenders.isEmpty ? nil : denominatorEntities
            case "household": communeReports.isEmpty ? nil : communeReports.values.reduce(0) { $0 + ($1["households_eligible"] ?? 0) }
            default: studentsEligible
            }
            let target = configuration.target(for: cohort)
            let overlaps = pairs.map { Overlap(senders: $0.key.map { senderCodes[Int($0)] }.sorted(), entities: $0.value) }
                .sorted { ($0.senders.joined(separator: ","), $0.entities) < ($1.senders.joined(separator: ","), $1.entities) }
            var byMonth: [String: Int] = [:]
            for entity in ledger.entities.values where entity.registered {
                guard let day = entity.registeredOn else { continue }
                let (y, m, _) = day.components
                byMonth["\(y)-" + (m < 10 ? "0\(m)" : "\(m)"), default: 0] += 1
            }
            var figures = CohortFigures(
                cohort: cohort, title: title, suffix: suffix, rows: ledger.rows, listed: ledger.entities.count,
                outreach: Measure(numerator: scoped ? scopedReached : reached, denominator: eligible, targetPercent: target?.outreachPercent),
                registration: Measure(numerator: scoped ? scopedRegistered : registered, denominator: eligible,
                                      targetPercent: target?.registrationPercent),
                registeredInPeriod: inPeriod, website: website, email: email,
                overlapsRemoved: ledger.rows - ledger.entities.count, overlaps: overlaps)
            figures.registeredProvinceWide = registered
            figures.registrationsByMonth = byMonth
            figures.reachedProvinceWide = reached
            if scoped {
                figures.scopeNote = Localized(
                    vi: "Tỷ lệ tính trên các xã, phường đã báo cáo tổng số hộ kinh doanh (mẫu số).",
                    en: "Rates cover the communes and wards that reported their number of household businesses (the denominator).")
            }
            result.append(figures)
        }
        return result
    }

    /// Registrations whose free period (`freeYears` after registration) ends in `from...to`,
    /// by commune and cohort, in configuration order.
    func renewalRisk(from: Day, to: Day, freeYears: Int) -> [RenewalRisk] {
        var found: [String: [Int32: (count: Int, earliest: Day)]] = [:]
        for (cohort, ledger) in ledgers {
            for entity in ledger.entities.values where entity.registered {
                guard let day = entity.registeredOn else { continue }
                let end = day.adding(years: freeYears)
                guard end >= from && end <= to else { continue }
                var slot = found[cohort, default: [:]][entity.commune] ?? (0, end)
                slot.count += 1
                slot.earliest = min(slot.earliest, end)
                found[cohort, default: [:]][entity.commune] = slot
            }
        }
        var result: [RenewalRisk] = []
        let configured = consolidator.configuration.communes
        for (cohort, _, _) in Consolidator.registerCohorts {
            guard let byCommune = found[cohort] else { continue }
            for commune in configured {
                guard let unit = consolidator.communes.index(ofCode: commune.code), let slot = byCommune[unit] else { continue }
                result.append(RenewalRisk(communeCode: commune.code, communeName: commune.name, cohort: cohort,
                                          count: slot.count, earliestEnd: slot.earliest))
            }
            if let unknown = byCommune[-1] {
                result.append(RenewalRisk(communeCode: "", communeName: "", cohort: cohort, count: unknown.count,
                                          earliestEnd: unknown.earliest))
            }
        }
        return result
    }

    func communeFigures() -> [CommuneFigures] {
        let configuration = consolidator.configuration
        var tallies: [String: [Int32: Tally]] = [:]
        var pilots: [Int32: Int] = [:]
        for (cohort, ledger) in ledgers {
            for entity in ledger.entities.values where entity.commune >= 0 {
                var t = tallies[cohort, default: [:]][entity.commune, default: Tally()]
                t.listed += 1
                if entity.reached { t.reached += 1 }
                if entity.registered { t.registered += 1 }
                if entity.registered, let day = entity.registeredOn, day >= periodStart, day <= periodEnd { t.registeredInPeriod += 1 }
                tallies[cohort, default: [:]][entity.commune] = t
                if cohort == "household" && entity.pilot { pilots[entity.commune, default: 0] += 1 }
            }
        }
        let target = configuration.target(for: "household")
        return configuration.communes.enumerated().map { offset, commune in
            let unit = consolidator.communes.index(ofCode: commune.code) ?? Int32(offset)
            let report = communeReports[unit]
            let households = tallies["household"]?[unit] ?? Tally()
            let eligible = report?["households_eligible"]
            return CommuneFigures(
                code: commune.code, name: commune.name, submitted: report != nil,
                households: Measure(numerator: households.registered, denominator: eligible, targetPercent: target?.registrationPercent),
                householdsReached: Measure(numerator: households.reached, denominator: eligible, targetPercent: target?.outreachPercent),
                pilots: pilots[unit] ?? 0, pilotTarget: configuration.pilotHouseholdsPerCommune,
                enterprises: tallies["enterprise"]?[unit] ?? Tally(), householdTally: households,
                students: tallies["student"]?[unit] ?? Tally(),
                reportedHouseholdsRegistered: report?["households_registered"], teamActivities: report?["team_activities"],
                teamParticipants: report?["team_participants"])
        }
    }

    func agencyFigures(_ completeness: [ExpectedSubmission]) -> [AgencyFigures] {
        consolidator.configuration.agencies.map { agency in
            AgencyFigures(code: agency.code, name: agency.name,
                          expected: completeness.filter { $0.senderCode == agency.code },
                          tallies: senderTallies[agency.code] ?? [:], aggregates: senderAggregates[agency.code] ?? [:])
        }
    }
}

/// Field indices of a schema by the shared field names, resolved once per file.
struct FieldIndex {
    let indices: [String: Int]

    init(_ schema: TableSchema) {
        var indices: [String: Int] = [:]
        for (i, field) in schema.fields.enumerated() { indices[field.name] = i }
        self.indices = indices
    }

    func value(_ name: String, _ values: [Value]) -> Value? {
        guard let i = indices[name], i < values.count else { return nil }
        return values[i]
    }

    func text(_ name: String, _ values: [Value], _ bytes: UnsafeRawBufferPointer) -> String? {
        switch value(name, values) {
        case .text(let s, let e)?: String(decoding: UnsafeRawBufferPointer(rebasing: bytes[Int(s)..<Int(e)]), as: UTF8.self)
        case .derived(let t)?: t
        default: nil
        }
    }

    /// The fingerprint of the row's domain name (as validated: normalised), if any.
    func domainKey(_ values: [Value], _ bytes: UnsafeRawBufferPointer) -> UInt64? {
        switch value("domain", values) {
        case .text(let s, let e)?: Fingerprint.of(UnsafeRawBufferPointer(rebasing: bytes[Int(s)..<Int(e)]))
        case .derived(let t)?: Fingerprint.of(t)
        default: nil
        }
    }

    /// The code of an `enum` field's value.
    func code(_ name: String, _ values: [Value], _ schema: TableSchema) -> String? {
        guard let i = indices[name], case .choice(let c) = values[i], let allowed = schema.fields[i].constraints.allowed,
              Int(c) < allowed.count else { return nil }
        return allowed[Int(c)].code
    }
}

extension SenderDirectory {
    /// True when the sender with `code` is expected to send `type`.
    func lookupExpects(_ code: String, type: String) -> Bool {
        guard case .found(let sender) = lookup(code) else { return false }
        return expectedTypes(of: sender).contains(type)
    }
}
