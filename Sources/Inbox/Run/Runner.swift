public import Consolidation
public import Programme
public import Schema
import Tabular

/// Processes a workspace's inbox: every file is validated, then archived or rejected with a
/// receipt and a ledger line, and the reports of every period touched are rebuilt.
///
/// The order of the steps for one file is what makes a crash harmless: (1) the file is
/// renamed into `archive/` or `rejected/` (atomic), (2) its ledger line is appended and
/// flushed, (3) its receipt is written atomically. A run killed between (1) and (2) leaves a
/// file outside the inbox that the ledger does not know; the next run finds it (``recover``)
/// and finishes its processing, so nothing is lost and nothing counted twice.
public final class Runner {
    public let workspace: Workspace
    public let setup: EngineSetup
    public let language: Language
    /// Called after each step of each file (tests inject faults here: kill the process).
    public var afterStep: ((String) -> Void)?

    public init(workspace: Workspace, setup: EngineSetup, language: Language = .vi) {
        self.workspace = workspace
        self.setup = setup
        self.language = language
    }

    public struct Options: Sendable {
        /// The as-of day of the reports, and of ledger lines.
        public var asOf: Day
        /// Also rebuild this period's reports (else only the periods touched).
        public var period: Period?
        public var dryRun: Bool
        /// Files modified less than this many seconds ago are left for the next run (still
        /// being written). `now` is the current time in seconds since 1970.
        public var settleSeconds: Int
        public var now: Int

        public init(asOf: Day, period: Period? = nil, dryRun: Bool = false, settleSeconds: Int = 0, now: Int = 0) {
            self.asOf = asOf
            self.period = period
            self.dryRun = dryRun
            self.settleSeconds = settleSeconds
            self.now = now
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case notAWorkspace(String)
        case locked
        case ledger(JSONError)
        case fileSystem(FileSystem.Failure)

        public var description: String {
            switch self {
            case .notAWorkspace(let path): "\(path) is not a workspace (no inbox/); create one with 'hiendien init \(path)'"
            case .locked: "another run holds the workspace lock"
            case .ledger(let error): "the ledger is damaged: \(error)"
            case .fileSystem(let failure): failure.description
            }
        }
    }

    // MARK: Run

    public func run(_ options: Options, lockWait: Int = 0) throws(Failure) -> RunSummary {
        guard workspace.exists else { throw .notAWorkspace(workspace.root) }
        var lock: WorkspaceLock?
        if !options.dryRun {
            guard let taken = WorkspaceLock(path: workspace.lock, wait: lockWait) else { throw .locked }
            lock = taken
        }
        defer { _ = lock }
        var ledger: Ledger
        do { ledger = try Ledger(path: workspace.ledger) } catch { throw .ledger(error) }
        var summary = RunSummary()
        summary.dryRun = options.dryRun
        var touched = Set<Period>()
        do {
            if !options.dryRun { try recover(&ledger, options: options, summary: &summary, touched: &touched) }
            var ready: [String] = []
            for name in FileSystem.list(workspace.inbox) where !name.hasPrefix(".") {
                let path = workspace.inbox + "/" + name
                let kind = FileSystem.kind(path)
                guard kind == .regular || kind == .symbolicLink else {
                    summary.skipped.append(name)
                    continue
                }
                if options.settleSeconds > 0, let status = FileSystem.status(path), options.now - status.modified < options.settleSeconds {
                    summary.skipped.append(name)
                    continue
                }
                ready.append(name)
            }
            // Files are independent: validate them on every core first, then move, record and
            // receipt them one by one in name order, so the ledger is the same as a serial run's.
            prevalidated = prevalidate(ready.filter { FileSystem.kind(workspace.inbox + "/" + $0) == .regular })
            defer { prevalidated = [:] }
            for name in ready {
                try process(name: name, at: workspace.inbox + "/" + name, alreadyPlaced: nil, ledger: &ledger, options: options,
                            summary: &summary, touched: &touched)
            }
        } catch let failure as FileSystem.Failure {
            throw .fileSystem(failure)
        } catch {
            throw .fileSystem(FileSystem.Failure(path: workspace.root, message: "\(error)"))
        }
        if let period = options.period { touched.insert(period) }
        // Periods whose reports do not match the submissions that count (a run killed before
        // it wrote them, or a configuration change of periods).
        let current = currentSubmissions(ledger)
        for period in Set(current.map(\.period)) where !touched.contains(period) {
            let stamp = FileSystem.readBytes(workspace.absolute(Self.stampPath(period))).map { String(decoding: $0, as: UTF8.self) }
            if stamp != Self.stamp(period: period, submissions: current) { touched.insert(period) }
        }
        if !options.dryRun {
            do {
                for period in touched.sorted() {
                    summary.reports.append(try publishReports(period: period, ledger: ledger, asOf: options.asOf))
                }
            } catch {
                throw .fileSystem(error)
            }
        } else {
            summary.reports = touched.sorted().map { "reports/\($0)" }
        }
        return summary
    }

    /// Validation results computed ahead, by file name (with the period they were checked for).
    private var prevalidated: [String: (period: Period, report: FileReport)] = [:]

    /// Validates the files whose names give a period, concurrently (one file per core).
    private func prevalidate(_ names: [String]) -> [String: (period: Period, report: FileReport)] {
        let engine = setup, inbox = workspace.inbox
        let jobs: [(String, Period)] = names.compactMap { name in
            guard case .success(let parsed) = SubmissionFileName.parse(name, senders: engine.configuration.senders) else { return nil }
            return (name, parsed.period)
        }
        let reports = jobs.map { Job(name: $0.0, period: $0.1) }.concurrentMap { job in
            engine.validator(for: job.period).validate(path: inbox + "/" + job.name, displayName: job.name)
        }
        var byName: [String: (period: Period, report: FileReport)] = [:]
        for (job, report) in zip(jobs, reports) { byName[job.0] = (job.1, report) }
        return byName
    }

    /// Files in `archive/` or `rejected/` that the ledger does not know: a previous run was
    /// killed after moving them and before recording them. They are processed again in place.
    func recover(_ ledger: inout Ledger, options: Options, summary: inout RunSummary, touched: inout Set<Period>) throws {
        let known = Set(ledger.entries.map(\.path))
        for top in [workspace.archive, workspace.rejected] {
            for (relative, absolute) in Self.files(under: top, relativeTo: workspace.root) where !known.contains(relative) {
                guard !relative.hasSuffix(".receipt.md") else { continue }
                let name = String(relative.split(separator: "/").last ?? "")
                // Stored names are <hash12>_<original name>.
                let original = name.count > 13 && name.dropFirst(12).first == "_" ? String(name.dropFirst(13)) : name
                try process(name: original, at: absolute, alreadyPlaced: relative, ledger: &ledger, options: options,
                            summary: &summary, touched: &touched)
            }
        }
        // Entries recorded by a run killed before it wrote their receipt.
        for entry in ledger.entries where !FileSystem.exists(workspace.absolute(entry.receipt)) {
            guard FileSystem.exists(workspace.absolute(entry.path)) else { continue }
            var ignored = RunSummary()
            var ignoredPeriods = Set<Period>()
            try process(name: entry.fileName, at: workspace.absolute(entry.path), alreadyPlaced: entry.path, recorded: entry,
                        ledger: &ledger, options: options, summary: &ignored, touched: &ignoredPeriods)
        }
    }

    /// Every regular file under `directory` (recursively, dot-files excluded) as (path relative
    /// to `root`, absolute path), in sorted order.
    public static func files(under directory: String, relativeTo root: String) -> [(String, String)] {
        var result: [(String, String)] = []
        for name in FileSystem.list(directory) where !name.hasPrefix(".") {
            let path = directory + "/" + name
            switch FileSystem.kind(path) {
            case .directory: result += files(under: path, relativeTo: root)
            case .regular, .symbolicLink: result.append((String(path.dropFirst(root.count + 1)), path))
            default: continue
            }
        }
        return result
    }

    // MARK: One file

    /// Processes one file. `alreadyPlaced`: the file is already in the archive or rejected
    /// (recovery). `recorded`: the ledger already has its entry; only the receipt is missing.
    private func process(name: String, at path: String, alreadyPlaced: String?, recorded: LedgerEntry? = nil,
                         ledger: inout Ledger, options: Options, summary: inout RunSummary, touched: inout Set<Period>) throws {
        // A symbolic link is never followed (it could point anywhere on the server): it is
        // rejected as it is, identified by the hash of where it points.
        let link = FileSystem.kind(path) == .symbolicLink ? FileSystem.linkTarget(path) : nil
        let hash: String
        if let link {
            var hasher = SHA256()
            hasher.update(Array(("symbolic-link:" + link).utf8))
            hash = hasher.finalizeHex()
        } else {
            hash = try FileSystem.sha256(of: path)
        }
        let received = link != nil ? options.asOf : Self.day(ofModification: FileSystem.status(path)?.modified ?? 0)
        let catalogue = setup.catalogue
        let configuration = setup.configuration
        var findings = FindingCollector()
        var outcome = LedgerEntry.Outcome.rejected
        var senderCode: String?, senderLabel: String?, period: Period?, type: String?
        var rows: Int?
        var supersedes: [String] = []
        var duplicateOf: String?
        var late = false
        let fileLocation = Location(file: name)

        // A duplicate: the same bytes already accepted, or the same bytes under the same name
        // already rejected (a rejected file renamed to fix its name is processed again).
        let earlier = ledger.entries.first {
            $0.hash == hash && $0.path != alreadyPlaced && $0.outcome != .duplicate
                && ($0.outcome == .accepted || $0.fileName == name)
        }
        if let earlier {
            outcome = .duplicate
            duplicateOf = earlier.fileName
            findings.add(catalogue.finding(.duplicateFile, at: fileLocation,
                                           ["value": earlier.fileName, "date": earlier.received.vietnamese]))
            senderCode = earlier.sender
            period = earlier.period.flatMap(Period.init(parsing:))
            type = earlier.type
        } else if link != nil {
            findings.add(catalogue.finding(.notARegularFile, at: fileLocation, ["value": name]))
        } else {
            switch SubmissionFileName.parse(name, senders: configuration.senders) {
            case .failure(.shape):
                findings.add(catalogue.finding(.fileNameConvention, at: fileLocation,
                                               ["value": name, "example": SubmissionFileName.example]))
            case .failure(.unknownSender(let code, let suggestion)):
                var arguments = ["value": code]
                if let suggestion { arguments["suggestion"] = suggestion }
                findings.add(catalogue.finding(.unknownAgency, at: fileLocation, arguments))
            case .failure(.badPeriod(let text)):
                findings.add(catalogue.finding(.unknownPeriod, at: fileLocation, periodArguments(text)))
            case .success(let parsed):
                senderCode = parsed.sender.code
                senderLabel = parsed.sender.code + " — " + parsed.sender.name
                let calendar = configuration.calendar
                if !(calendar.programmeQuarters + calendar.programmeYears).contains(parsed.period) {
                    findings.add(catalogue.finding(.unknownPeriod, at: fileLocation, periodArguments(parsed.period.description)))
                } else {
                    period = parsed.period
                    let report = prevalidated[name].flatMap { $0.period == parsed.period ? $0.report : nil }
                        ?? setup.validator(for: parsed.period).validate(path: path, displayName: name)
                    findings = report.findings
                    type = report.type
                    rows = report.rowCount
                    if let t = report.type, !configuration.senders.acceptedTypes(of: parsed.sender).contains(t) {
                        findings.add(catalogue.finding(.typeNotExpected, at: fileLocation, ["agency": parsed.sender.code, "type": t]))
                    }
                    let deadline = calendar.deadline(of: parsed.period)
                    if received > deadline {
                        late = true
                        findings.add(catalogue.finding(.lateSubmission, at: fileLocation,
                                                       ["date": received.vietnamese, "deadline": deadline.vietnamese,
                                                        "period": parsed.period.description]))
                    }
                    if findings.errorCount == 0, let t = report.type {
                        outcome = .accepted
                        supersedes = recorded?.supersedes ?? ledger.current.filter {
                            $0.sender == parsed.sender.code && $0.period == parsed.period.description && $0.type == t
                        }.map(\.hash)
                        for old in supersedes {
                            let oldName = ledger.entries.first { $0.hash == old }?.fileName ?? old
                            findings.add(catalogue.finding(.supersedes, at: fileLocation, ["value": oldName]))
                        }
                    }
                }
            }
        }

        // Where the file goes.
        let periodFolder = period?.description ?? "khong-xac-dinh"
        let stored = String(hash.prefix(12)) + "_" + name
        let target: String = switch outcome {
        case .accepted: "archive/\(periodFolder)/\(senderCode ?? "khac")/\(stored)"
        case .rejected: "rejected/\(periodFolder)/\(stored)"
        case .duplicate: "rejected/\(periodFolder)/trung-lap/\(stored)"
        }
        let receiptPath = "receipts/\(stored).md"
        var line = RunSummary.FileLine(fileName: name, outcome: outcome, sender: senderCode, period: period?.description,
                                       type: type, errors: findings.errorCount, warnings: findings.warningCount,
                                       superseded: supersedes.count, receipt: options.dryRun ? "" : receiptPath)
        if options.dryRun {
            summary.files.append(line)
            if outcome == .accepted, let period { touched.insert(period) }
            return
        }
        let finalPath = alreadyPlaced ?? target
        if alreadyPlaced == nil {
            try FileSystem.move(path, to: workspace.absolute(target))
            afterStep?("moved:\(name)")
        }
        if recorded == nil {
            let entry = LedgerEntry(hash: hash, fileName: name, outcome: outcome, path: finalPath, receipt: receiptPath,
                                    sender: senderCode, period: period?.description, type: type, received: received,
                                    processed: options.asOf, rows: rows ?? 0, errors: findings.errorCount,
                                    warnings: findings.warningCount, late: late, supersedes: supersedes, duplicateOf: duplicateOf)
            try ledger.append(entry)
            afterStep?("ledger:\(name)")
        }
        let calendar = configuration.calendar
        let facts = Receipt.Facts(
            fileName: name, hash: hash, outcome: outcome, sender: senderLabel ?? senderCode, period: period?.description,
            periodDates: period.map { "\(calendar.start(of: $0).vietnamese) – \(calendar.end(of: $0).vietnamese), "
                + (language == .vi ? "hạn nộp " : "deadline ") + calendar.deadline(of: $0).vietnamese },
            type: type.map { t in t + (setup.schema(named: t).map { " — " + $0.title.text(language) } ?? "") },
            received: received, rows: rows, supersedes: supersedes, duplicateOf: duplicateOf)
        let text = Receipt(catalogue: catalogue, language: language).markdown(facts, findings: findings)
        try FileSystem.writeAtomically(text, to: workspace.absolute(receiptPath))
        if outcome != .accepted {
            try FileSystem.writeAtomically(text, to: workspace.absolute(finalPath + ".receipt.md"))
        }
        afterStep?("receipt:\(name)")
        line.receipt = receiptPath
        summary.files.append(line)
        if outcome == .accepted, let period { touched.insert(period) }
    }

    private func periodArguments(_ text: String) -> [String: String] {
        let quarters = setup.configuration.calendar.programmeQuarters
        return ["value": text, "first": quarters.first?.description ?? "", "last": quarters.last?.description ?? ""]
    }

    /// The calendar day in Vietnam (UTC+7) of a time in seconds since 1970.
    public static func day(ofModification seconds: Int) -> Day {
        let local = seconds + 7 * 3600
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return Day(daysSince1970: Int32(days))
    }

    // MARK: Reports

    static func stampPath(_ period: Period) -> String { "reports/\(period)/.nguon" }

    /// What a period's reports were built from: the hashes of its submissions that count.
    static func stamp(period: Period, submissions: [Submission]) -> String {
        submissions.filter { $0.period == period }.map(\.hash).sorted().joined(separator: "\n") + "\n"
    }

    /// The submissions that count, as the consolidation sees them.
    public func currentSubmissions(_ ledger: Ledger) -> [Submission] {
        let calendar = setup.configuration.calendar
        let senders = setup.configuration.senders
        return ledger.current.compactMap { entry in
            guard let code = entry.sender, let periodText = entry.period, let period = Period(parsing: periodText),
                  let type = entry.type else { return nil }
            let name: String = if case .found(let sender) = senders.lookup(code) { sender.name } else { code }
            return Submission(hash: entry.hash, fileName: entry.fileName, archivePath: entry.path, senderCode: code,
                              senderName: name, period: period, type: type, received: entry.received,
                              deadline: calendar.deadline(of: period), rows: entry.rows, supersedes: entry.supersedes)
        }
    }

    /// The consolidation of `period` from the archive alone.
    public func consolidate(period: Period, ledger: Ledger, asOf: Day) -> Consolidation {
        var consolidator = Consolidator(configuration: setup.configuration, schemas: setup.schemas, communes: setup.communes,
                                        catalogue: setup.catalogue)
        consolidator.openOptions = setup.openOptions
        return consolidator.consolidate(period: period, current: currentSubmissions(ledger), root: workspace.root, asOf: asOf)
    }

    /// Rebuilds `reports/PERIOD/` and returns its path relative to the workspace.
    public func publishReports(period: Period, ledger: Ledger, asOf: Day) throws(FileSystem.Failure) -> String {
        let consolidation = consolidate(period: period, ledger: ledger, asOf: asOf)
        let directory = "reports/\(period)"
        for file in ReportPublisher.files(for: consolidation, setup: setup, language: language) {
            try FileSystem.writeAtomically(file.bytes, to: workspace.absolute(directory + "/" + file.name))
        }
        // Written last: reports whose stamp matches the ledger are complete.
        try FileSystem.writeAtomically(Self.stamp(period: period, submissions: currentSubmissions(ledger)),
                                       to: workspace.absolute(Self.stampPath(period)))
        return directory
    }
}

/// A file to validate ahead, for the concurrent map.
private struct Job: Sendable {
    var name: String
    var period: Period
}
