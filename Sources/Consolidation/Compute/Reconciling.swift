import Programme
import Schema

/// One name of the registry's extract, as reconciliation needs it.
struct RegistryRecord {
    var domain: String
    /// The name's fingerprint, and that of its own part (the name without its suffix).
    var domainKey: UInt64
    var labelKey: UInt64
    /// `enterprise`, `household`, `student`, or nil (not given / another holder type).
    var cohort: String?
    var grantedOn: Day
    var expiresOn: Day?
    var status: String?
    /// A fingerprint of the holder's identifier (digits and letters, upper-case), if given.
    var holder: UInt64?
    var commune: Int32
}

enum DomainParts {
    /// The suffix that decides the cohort family, and the name's own part.
    static let suffixes = [".id.vn", ".biz.vn", ".com.vn", ".net.vn", ".org.vn", ".edu.vn", ".gov.vn", ".vn"]

    static func split(_ domain: String) -> (label: Substring, suffix: String) {
        for suffix in suffixes where domain.hasSuffix(suffix) {
            return (domain.dropLast(suffix.count), suffix)
        }
        return (Substring(domain), "")
    }

    static func labelKey(_ domain: String) -> UInt64 { Fingerprint.of(String(split(domain).label)) }

    /// The holder key of an identifier as written: digits and letters only, upper-case.
    static func holderKey(_ text: String) -> UInt64? {
        let cleaned = String(text.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }).uppercased()
        return cleaned.isEmpty ? nil : Fingerprint.of(cleaned)
    }
}

extension Reading {
    func registryRow(_ values: [Value], _ f: FieldIndex, _ bytes: UnsafeRawBufferPointer, _ schema: TableSchema) {
        guard let domain = f.text("domain", values, bytes), let granted = f.value("granted_on", values)?.day else { return }
        registryRecords.append(RegistryRecord(
            domain: domain, domainKey: Fingerprint.of(domain), labelKey: DomainParts.labelKey(domain),
            cohort: f.code("holder_type", values, schema), grantedOn: granted, expiresOn: f.value("expires_on", values)?.day,
            status: f.code("status", values, schema), holder: f.text("holder_id", values, bytes).flatMap(DomainParts.holderKey),
            commune: f.value("commune", values)?.unitIndex ?? -1))
    }

    /// Reconciles every claimed registration with the extract's names.
    func reconcile(extract: Reconciliation.Extract, programmeStart: Day) -> Reconciliation {
        let communes = consolidator.communes
        func communeCode(_ unit: Int32) -> String? { unit >= 0 ? communes.code(of: unit) : nil }
        var byDomain: [UInt64: Int] = [:]
        var byLabel: [UInt64: [Int]] = [:]
        for (i, record) in registryRecords.enumerated() {
            byDomain[record.domainKey] = i
            byLabel[record.labelKey, default: []].append(i)
        }
        var claimed = [Bool](repeating: false, count: registryRecords.count)
        var byCohort: [String: Reconciliation.Counts] = [:]
        var bySender: [String: Reconciliation.Counts] = [:]
        var byCommune: [String: Reconciliation.Counts] = [:]
        var unmatched: [Reconciliation.Unmatched] = []
        for (cohort, _, _) in Consolidator.registerCohorts {
            guard let ledger = ledgers[cohort] else { continue }
            for (key, entity) in ledger.entities where entity.registered {
                guard let domain = entity.domain else { continue }
                var outcome = Reconciliation.Outcome.notInRegistry
                var granted: Day?
                var registryDomain: String?
                if let i = byDomain[Fingerprint.of(domain)] {
                    claimed[i] = true
                    let record = registryRecords[i]
                    granted = record.grantedOn
                    let entityKey = EntityKey(raw: key)
                    let claimHolder = entityKey.kind == .other ? nil : DomainParts.holderKey(entityKey.description)
                    let holderDiffers = record.holder != nil && claimHolder != nil && claimHolder != record.holder
                    if holderDiffers {
                        outcome = .otherHolder
                    } else if let c = record.cohort, c != cohort {
                        outcome = .otherCohort
                    } else if record.grantedOn < programmeStart || record.grantedOn > periodEnd
                                || (entity.claimedOn.map { $0 != record.grantedOn } ?? false) {
                        outcome = .otherDate
                    } else {
                        outcome = .confirmed
                    }
                } else if let candidates = byLabel[DomainParts.labelKey(domain)], let i = candidates.first {
                    outcome = .otherSuffix
                    claimed[i] = true
                    granted = registryRecords[i].grantedOn
                    registryDomain = registryRecords[i].domain
                }
                let senders = entity.senders.map { senderCodes[Int($0)] }
                let shared = senders.count > 1
                func count(_ counts: inout Reconciliation.Counts) {
                    counts.outcomes[outcome, default: 0] += 1
                    if shared { counts.shared += 1 }
                }
                count(&byCohort[cohort, default: .init()])
                for sender in senders { count(&bySender[sender, default: .init()]) }
                if let code = communeCode(entity.commune) { count(&byCommune[code, default: .init()]) }
                if outcome != .confirmed {
                    for sender in senders {
                        unmatched.append(.init(senderCode: sender, cohort: cohort, domain: domain, outcome: outcome,
                                               claimedOn: entity.claimedOn, grantedOn: granted, registryDomain: registryDomain,
                                               communeCode: communeCode(entity.commune)))
                    }
                }
            }
        }
        // The registry's own figures, unclaimed names, and the first-free-biz.vn rule.
        var registry: [String: Reconciliation.RegistryFigures] = [:]
        var otherHolders = 0
        var bizByHolder: [UInt64: Int] = [:]
        for (i, record) in registryRecords.enumerated() {
            guard record.grantedOn >= programmeStart && record.grantedOn <= periodEnd else { continue }
            let suffix = DomainParts.split(record.domain).suffix
            let cohort = record.cohort ?? (suffix == ".id.vn" ? "student" : nil)
            guard let cohort else {
                otherHolders += 1
                continue
            }
            var figures = registry[cohort] ?? .init()
            figures.cumulative += 1
            if record.grantedOn >= periodStart { figures.newInPeriod += 1 }
            let active = (record.status ?? "active") == "active" && (record.expiresOn.map { $0 >= periodEnd } ?? true)
            if active { figures.activeAtCutoff += 1 }
            registry[cohort] = figures
            if suffix == ".biz.vn", let holder = record.holder { bizByHolder[holder, default: 0] += 1 }
            if !claimed[i] {
                byCohort[cohort, default: .init()].unclaimed += 1
                if let code = communeCode(record.commune) { byCommune[code, default: .init()].unclaimed += 1 }
            }
        }
        let several = bizByHolder.values.filter { $0 > 1 }
        unmatched.sort { ($0.senderCode, $0.cohort, $0.domain) < ($1.senderCode, $1.cohort, $1.domain) }
        return Reconciliation(extract: extract, byCohort: byCohort, bySender: bySender, byCommune: byCommune, registry: registry,
                              otherHolders: otherHolders, holdersWithSeveralBiz: several.count,
                              bizBeyondFirst: several.map { $0 - 1 }.reduce(0, +), unmatched: unmatched)
    }
}
