public import Tabular

/// A large CSV file validated on several cores.
///
/// ```
///  head ──▶ header found, first data row validated (one piece, as always)
///  rest ──▶ part 1 | part 2 | …      cut just after a line feed; each part on its own core,
///                                    with its own validator, findings, key tables and tally,
///                                    rows numbered from 1 in the part
///  join ──▶ in file order: rows shifted, keys of each part compared with those before it
///           (a duplicate across parts is found here), blank rows at the seams, tallies merged
/// ```
///
/// A cut is a guess: a line feed may lie inside a quoted field. The part before such a cut
/// then ends inside a quoted field, which its reader reports as an unclosed quote; any error
/// of a part makes the whole file be read again in one piece. So the report is always the
/// one reading in one piece gives, whatever the number of parts (a test compares them).
extension FileValidator {
    func validateInParts<T: RowTally>(
        _ csv: CSVReader, scan main: SheetScan, report start: FileReport, tally: TallyBox<T>
    ) -> (SheetScan, FileReport)? {
        var scan = main
        var report = start
        // On any way out without a result, the tally forgets the head's rows: the caller reads
        // the whole file again in one piece.
        let before = tally.value
        var succeeded = false
        defer { if !succeeded { tally.value = before } }
        // The head: up to the header and the row after it (a column-number row is decided there).
        // Then 64 rows more, whose average length sizes the parts' key tables.
        var resume: Int?
        var headerEnd: Int?
        var sampled = 0
        do {
            try csv.forEachRow(inSheet: 0) { row in
                let more = scan.take(row, report: &report)
                if scan.rows != nil {
                    if headerEnd == nil { headerEnd = csv.offsetAfterLastRecord } else { sampled += 1 }
                }
                if more, scan.rows != nil, !scan.justAfterHeader, sampled >= 64 {
                    resume = csv.offsetAfterLastRecord
                    return false
                }
                return more
            }
        } catch {
            return nil
        }
        guard let resume, let headRows = scan.rows else { return nil }
        let headRecords = scan.lastRecord
        let end = csv.byteCount
        guard resume < end else {
            succeeded = true
            return (scan, report)
        }
        let ranges = cut(csv, from: resume, to: end)

        // The parts, each on its own core.
        let bytesPerRow = max(1, (resume - (headerEnd ?? 0)) / max(1, sampled))
        let parts = ranges.map { range in
            let (validator, sizeTables) = partValidator(like: headRows, rows: range.count / bytesPerRow, sampled: sampled)
            return Part(range: range, reader: csv.part(), scan: SheetScan(partOf: scan, rows: validator),
                        report: FileReport(file: report.file, findingLimit: report.findings.limit), tally: TallyBox(T()),
                        prepare: sizeTables)
        }
        let outcomes = parts.concurrentMap { part in part.read() }
        guard outcomes.allSatisfy({ $0 }) else { return nil }

        // The join, in file order.
        var offsets: [Int] = []
        var next = headRecords
        for part in parts {
            offsets.append(next)
            next += part.records
        }
        let duplicates = joinKeys(head: headRows, parts: parts, offsets: offsets)
        var firstRows: [FirstRowKey: Int] = [:]
        for duplicate in duplicates { firstRows[duplicate.key(headRows)] = duplicate.firstRow }
        var carriedBlankRows = scan.pendingBlankRows
        for (index, part) in parts.enumerated() {
            let offset = offsets[index]
            if part.scan.sawDataRow {
                for blank in (carriedBlankRows + part.scan.leadingBlankRows.map { $0 + offset }).prefix(5) {
                    report.findings.add(catalogue.finding(.blankRow, at: scan.location(blank)))
                }
                carriedBlankRows = part.scan.pendingBlankRows.prefix(5).map { $0 + offset }
            } else {
                carriedBlankRows = Array((carriedBlankRows + part.scan.pendingBlankRows.map { $0 + offset }).prefix(5))
            }
            report.findings.absorb(part.report.findings, rowOffset: offset, firstRows: firstRows)
            for note in part.reader.notes {
                var note = note
                note.row = note.row.map { $0 + offset }
                report.findings.add(finding(for: note, file: report.file))
            }
            if let rows = part.scan.rows { headRows.addCounts(of: rows) }
            tally.value.merge(part.tally.value)
        }
        scan.pendingBlankRows = carriedBlankRows
        report.parts = parts.count
        addDuplicateFindings(duplicates, head: headRows, parts: parts, offsets: offsets, into: &report.findings)
        succeeded = true
        return (scan, report)
    }

    /// Cuts `from..<end` into one range per worker, each ending just after a line feed.
    private func cut(_ csv: CSVReader, from start: Int, to end: Int) -> [Range<Int>] {
        let workers = max(1, context.workers)
        var ranges: [Range<Int>] = []
        var lower = start
        for i in 1..<workers {
            let guess = start + (end - start) * i / workers
            guard guess > lower else { continue }
            // A read error here ends the cutting; the parts' own reads would report it.
            guard let boundary = try? csv.lineStart(after: guess), boundary < end else { break }
            ranges.append(lower..<boundary)
            lower = boundary
        }
        ranges.append(lower..<end)
        return ranges
    }

    /// A validator for a part: the head's schema and mapping, remembering its rows with errors;
    /// and what sizes its key tables, to be called on the part's own core (the tables are tens
    /// of megabytes of zeros for a large file: written there, not before the parts start).
    /// The primary-key table is sized for the part's expected rows (so it never grows: growing
    /// holds the old and the new table at once); the other unique fields' tables by the share
    /// of the head's rows that held a value (a domain name is written on some rows only).
    private func partValidator(like head: RowValidator, rows: Int, sampled: Int) -> (RowValidator, () -> Void) {
        let validator = RowValidator(schema: head.schema, mapping: head.mapping, catalogue: catalogue, context: context,
                                     file: head.file, sheet: head.sheet)
        validator.errorRows = []
        var sizes: [(field: Int, keys: Int)] = []
        for index in head.uniqueTables.indices where head.uniqueTables[index].count > 0 {
            let share = Double(head.uniqueTables[index].count) / Double(max(1, sampled))
            let expected = Int(Double(rows) * min(1, share))
            sizes.append((index, expected + expected / 8))
        }
        let sizeTables = {
            if !validator.primaryKey.isEmpty { validator.primaryKeyTable = UniqueTable(capacity: rows + rows / 16) }
            for (field, keys) in sizes { validator.uniqueTables[field] = UniqueTable(capacity: keys) }
        }
        return (validator, sizeTables)
    }

    // MARK: Keys across parts

    /// Compares each part's keys with those of the head and of the parts before it, by
    /// looking them up: no table is merged or grown, so the keys cost what they cost in one
    /// piece. A key of part p found earlier is a duplicate whose occurrence in p is the first
    /// in p (later ones in p were found there); its first row is the earliest one, the head's
    /// or that of the first part holding it.
    private func joinKeys<T>(head: RowValidator, parts: [Part<T>], offsets: [Int]) -> [CrossDuplicate] {
        let joiner = KeyJoiner(head: head, parts: parts.map { $0.scan.rows }, offsets: offsets)
        return joiner.jobs().concurrentMap { joiner.run($0) }.joined().sorted { ($0.row, $0.check) < ($1.row, $1.check) }
    }

    /// Makes the findings of duplicates across parts. The cells' text is read again, from the
    /// part holding each duplicate, for the first `limit` of them (later ones cannot be kept,
    /// so they are only counted).
    private func addDuplicateFindings<T>(_ duplicates: [CrossDuplicate], head: RowValidator, parts: [Part<T>], offsets: [Int],
                                      into findings: inout FindingCollector) {
        guard !duplicates.isEmpty else { return }
        func partIndex(of row: Int) -> Int { (offsets.lastIndex { $0 < row }) ?? 0 }
        let shown = Array(duplicates.prefix(findings.limit))
        var copies: [Int: Row] = [:]
        let wanted = Dictionary(grouping: shown, by: { partIndex(of: $0.row) })
        for (p, list) in wanted {
            let rows = Set(list.map { $0.row - offsets[p] })
            let reader = parts[p].reader.part()
            _ = try? reader.forEachRecord(in: parts[p].range, firstNumber: 1) { row in
                if rows.contains(row.number) { copies[row.number + offsets[p]] = copy row }
                return true
            }
        }
        let severity = { (code: FindingCode) in self.catalogue.finding(code, at: Location(), [:]).severity }
        for (n, duplicate) in duplicates.enumerated() {
            let p = partIndex(of: duplicate.row)
            if let validator = parts[p].scan.rows, validator.markErrorRow(duplicate.row - offsets[p]) {
                head.countRowWithErrors()
            }
            let code: FindingCode = duplicate.check == .primaryKey ? .primaryKeyError : .uniqueError
            guard n < shown.count, let row = copies[duplicate.row] else {
                findings.count(code, severity(code))
                continue
            }
            switch duplicate.check {
            case .field(let index):
                findings.add(head.uniqueFinding(row: duplicate.row, firstRow: duplicate.firstRow, index: index,
                                                text: head.keyText(row, index: index)))
            case .primaryKey:
                findings.add(head.primaryKeyFinding(row: duplicate.row, firstRow: duplicate.firstRow,
                                                    texts: head.primaryKeyTexts(row)))
            }
        }
    }
}

/// A slice of one part's key table to compare with the tables before it.
struct KeyJoinJob: Sendable {
    var part: Int
    var check: CrossDuplicate.Check
    var slots: Range<Int>
}

/// Compares the parts' keys with those before them, in jobs that run on every core: each job
/// is a quarter of one part's table; the tables are complete and only read, which is why the
/// validators may be shared between threads here.
struct KeyJoiner: @unchecked Sendable {
    let head: RowValidator
    let parts: [RowValidator?]
    let offsets: [Int]

    func jobs() -> [KeyJoinJob] {
        var jobs: [KeyJoinJob] = []
        for (p, validator) in parts.enumerated() {
            guard let validator else { continue }
            let checks = validator.uniqueTables.indices.filter { validator.uniqueTables[$0].count > 0 }
                .map(CrossDuplicate.Check.field) + (validator.primaryKeyTable.count > 0 ? [.primaryKey] : [])
            for check in checks {
                let capacity = check.table(of: validator).capacity
                for quarter in 0..<4 {
                    jobs.append(KeyJoinJob(part: p, check: check, slots: capacity * quarter / 4..<capacity * (quarter + 1) / 4))
                }
            }
        }
        return jobs
    }

    /// The duplicates in one job's slots: keys seen before their part, in the head or an
    /// earlier part, with the earliest row (the head's, or the first part's holding it). The
    /// tables are taken out once per job: a copy per key would retain and release arrays that
    /// the other thread's job retains too, and the shared reference counts would bounce
    /// between the cores.
    func run(_ job: KeyJoinJob) -> [CrossDuplicate] {
        guard let validator = parts[job.part] else { return [] }
        let own = job.check.table(of: validator)
        var earlier = [job.check.table(of: head)]
        var earlierOffsets = [0]
        for q in 0..<job.part {
            guard let other = parts[q] else { continue }
            earlier.append(job.check.table(of: other))
            earlierOffsets.append(offsets[q])
        }
        let offset = offsets[job.part]
        var found: [CrossDuplicate] = []
        own.forEach(in: job.slots) { key, row in
            for i in earlier.indices {
                guard let first = earlier[i].row(of: key) else { continue }
                found.append(CrossDuplicate(check: job.check, row: row + offset, firstRow: first + earlierOffsets[i]))
                return
            }
        }
        return found
    }
}

/// A duplicate found by comparing the keys of two parts.
struct CrossDuplicate: Sendable {
    enum Check: Comparable, Sendable {
        case field(Int)
        case primaryKey

        /// The table this check keeps in `validator`.
        func table(of validator: RowValidator) -> UniqueTable {
            switch self {
            case .field(let index): validator.uniqueTables[index]
            case .primaryKey: validator.primaryKeyTable
            }
        }
    }
    var check: Check
    /// The row of the later occurrence (the first in its part), and of the first in the file.
    var row: Int
    var firstRow: Int

    /// How the findings of later occurrences in the same part name this one as their first row.
    func key(_ validator: RowValidator) -> FirstRowKey {
        switch check {
        case .field(let index):
            FirstRowKey(code: .uniqueError, field: validator.schema.fields[index].name, row: row)
        case .primaryKey:
            FirstRowKey(code: .primaryKeyError, field: validator.primaryKey.first.map { validator.schema.fields[$0].name },
                        row: row)
        }
    }
}

/// One part of a file validated on its own core. A class so that a worker thread can fill it
/// in; each part is touched by one thread until the join, which reads them all after.
final class Part<T: RowTally>: @unchecked Sendable {
    let range: Range<Int>
    let reader: CSVReader
    var scan: SheetScan
    var report: FileReport
    let tally: TallyBox<T>
    private(set) var records = 0

    /// Work to do on the part's core before its rows (sizing its key tables).
    private var prepare: () -> Void

    init(range: Range<Int>, reader: CSVReader, scan: SheetScan, report: FileReport, tally: TallyBox<T>,
         prepare: @escaping () -> Void = {}) {
        self.prepare = prepare
        self.range = range
        self.reader = reader
        self.scan = scan
        self.report = report
        self.tally = tally
        let box = tally
        self.scan.onRow = { box.value.add($0, $1) }
    }

    /// Reads and validates the part; false when its reader stopped on an error.
    func read() -> Bool {
        prepare()
        prepare = {}
        do {
            records = try reader.forEachRecord(in: range, firstNumber: 1) { row in scan.take(row, report: &report) }
            return true
        } catch {
            return false
        }
    }
}

/// A tally a worker thread can fill in (see ``Part``).
final class TallyBox<T: RowTally>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}

/// The tally of a caller that counts nothing.
public struct NoTally: RowTally {
    public init() {}
    public mutating func add(_ validator: RowValidator, _ row: borrowing Row) {}
    public mutating func merge(_ other: NoTally) {}
}
