public import Tabular

/// Checks the data rows of one file against its schema, cell by cell and then row rules,
/// and turns each row into typed ``Value``s.
///
/// Built once per file from the schema and the header mapping. Parsing works on the cell's
/// bytes; a `String` is made only for a finding's message, for a value that needs a lookup
/// the first time it is seen (commune names, yes/no words, allowed values, cached by a
/// fingerprint of the bytes), or for a derived value (a normalised domain name).
///
/// The per-cell loop reads only ``FieldPlan``s (plain values, no references), so checking a
/// cell copies nothing that needs retaining; a ``Field`` is looked at only to word a finding.
public final class RowValidator {
    public let schema: TableSchema
    public let mapping: HeaderMatcher.Mapping
    let catalogue: FindingCatalogue
    let context: ValidationContext
    let file: String?
    let sheet: String?

    /// The values of the current row, one per schema field.
    public private(set) var values: [Value]
    /// The number of data rows seen.
    public private(set) var rowCount = 0
    /// Rows with at least one error.
    public private(set) var rowsWithErrors = 0

    /// One table per unique field (indexed like the fields; unused for the others), and one
    /// for the primary key.
    var uniqueTables: [UniqueTable]
    var primaryKeyTable = UniqueTable()
    /// When set, one bit per row number: the rows that had an error (a part of a file read on
    /// several cores needs to know, when a duplicate across parts adds an error to a row,
    /// whether that row already counted as a row with errors).
    var errorRows: [UInt64]?
    private var lookupCache: [LookupCache]
    private var pendingLookupFindings: [UInt64: (FindingCode, [String: String])] = [:]
    /// The schema's missing values other than "", as bytes, and the longest one's length.
    private let missingValues: [[UInt8]]
    private let longestMissingValue: Int
    /// The first bytes of those missing values: most cells are ruled out by their first byte.
    private let missingValueFirstBytes: [Bool]
    private let fields: [Field]
    /// What the per-cell loop needs of each field, in schema order.
    private let plans: [FieldPlan]
    /// Row rules with field names resolved to indices once; their lists of fields and their
    /// suffixes live in two flat arrays (see ``CompiledRule``).
    private let rules: [CompiledRule]
    private let ruleFields: [Int]
    private let ruleBytes: [UInt8]
    let primaryKey: [Int]
    private let trueWords: [Int: Set<String>]
    private let falseWords: [Int: Set<String>]
    /// Compiled `pattern` constraints by field index (compiled once, not per cell).
    private let patterns: [Int: Regex<AnyRegexOutput>]
    /// The schema index of the primary key's last field (-1: no primary key).
    private let lastPrimaryKeyField: Int
    /// The bytes of the row being checked, while it is.
    private var rowBytes: UnsafeRawBufferPointer?
    /// Values of unique fields met in the current row, checked at its end.
    private var deferredValues: [DeferredValue] = []

    private struct DeferredValue {
        var key: UInt64
        var field: Int
        /// The value's bytes in the row, or a copy when it was not in the row.
        var start: Int
        var count: Int
        var copy: String?
    }

    /// True when some column of the header is blank (its cells are checked for stray values).
    private let hasBlankColumn: Bool
    private var rowHasError = false

    public init(schema: TableSchema, mapping: HeaderMatcher.Mapping, catalogue: FindingCatalogue,
                context: ValidationContext, file: String?, sheet: String?) {
        self.schema = schema
        self.mapping = mapping
        self.catalogue = catalogue
        self.context = context
        self.file = file
        self.sheet = sheet
        fields = schema.fields
        values = [Value](repeating: .missing, count: schema.fields.count)
        missingValues = schema.missingValues.filter { !$0.isEmpty }.map { Array($0.utf8) }
        longestMissingValue = missingValues.map(\.count).max() ?? 0
        var firstBytes = [Bool](repeating: false, count: 256)
        for value in missingValues { if let first = value.first { firstBytes[Int(first)] = true } }
        missingValueFirstBytes = firstBytes
        plans = schema.fields.enumerated().map { FieldPlan($0.element, column: mapping.columnOfField[$0.offset], schema: schema) }
        lookupCache = Array(repeating: LookupCache(), count: schema.fields.count)
        uniqueTables = Array(repeating: UniqueTable(capacity: 0), count: schema.fields.count)
        (rules, ruleFields, ruleBytes) = CompiledRule.compile(schema.rules, schema: schema)
        primaryKey = schema.primaryKey.compactMap { schema.fieldIndex($0) }
        var t: [Int: Set<String>] = [:], f: [Int: Set<String>] = [:]
        var p: [Int: Regex<AnyRegexOutput>] = [:]
        for (i, field) in schema.fields.enumerated() {
            if field.type == .boolean {
                t[i] = Set(field.trueValues.map { VietnameseFold.fold($0) })
                f[i] = Set(field.falseValues.map { VietnameseFold.fold($0) })
            }
            if let pattern = field.constraints.pattern, let regex = try? Regex(pattern) { p[i] = regex }
        }
        trueWords = t
        falseWords = f
        patterns = p
        hasBlankColumn = mapping.columns.contains(.blank)
        lastPrimaryKeyField = primaryKey.max() ?? -1
    }

    /// Validates one data row; returns false when it has an error. Findings go to `findings`.
    @discardableResult
    public func validate(_ row: borrowing Row, into findings: inout FindingCollector) -> Bool {
        rowCount += 1
        rowHasError = false
        let number = row.number
        // The values live in a local while the row is checked: one owner, so writing a value
        // neither copies the array nor needs an exclusivity check on the class's property.
        var values = self.values
        self.values = []
        row.withStorage { cells, bytes in
            rowBytes = bytes
            var primaryKeyValue: UInt64?
            values.withUnsafeMutableBufferPointer { values in
                for index in plans.indices {
                    let plan = plans[index]
                    if plan.column >= 0 {
                        let cell = plan.column < cells.count ? cells[plan.column] : Cell.empty
                        values[index] = check(cell, bytes, plan: plan, index: index, row: number, into: &findings)
                    } else {
                        values[index] = .missing
                    }
                    if index == lastPrimaryKeyField {
                        // Known once its last field is read: fetch its slot while the rest of the row is checked.
                        primaryKeyValue = Self.primaryKey(of: UnsafeBufferPointer(values), primaryKey, bytes: bytes)
                        if let primaryKeyValue { primaryKeyTable.prefetch(primaryKeyValue) }
                    }
                }
            }
            // Cells in columns without a header.
            if cells.count > mapping.columns.count || hasBlankColumn {
                for (column, cell) in cells.enumerated() where column >= mapping.columns.count || mapping.columns[column] == .blank {
                    let empty = cell.kind == .empty || (cell.kind == .text && ByteText.trimmed(slice(bytes, cell)).isEmpty)
                    if !empty {
                        let text = cell.kind == .text ? ByteText.string(ByteText.trimmed(slice(bytes, cell))) : Self.display(cell)
                        add(.extraCell, row: number, column: column, label: nil, field: nil, value: text, into: &findings)
                        break
                    }
                }
            }
            values.withUnsafeBufferPointer { values in checkRules(values, row: number, bytes: bytes, into: &findings) }
            checkDeferredUniqueValues(row: number, bytes: bytes, into: &findings)
            if let primaryKeyValue {
                checkPrimaryKey(primaryKeyValue, row: number, bytes: bytes, cells: cells, into: &findings)
            }
            rowBytes = nil
        }
        self.values = values
        if rowHasError {
            rowsWithErrors += 1
            if errorRows != nil { markErrorRow(number) }
        }
        return !rowHasError
    }

    /// Records that row `number` has an error; returns false when it was already recorded.
    @discardableResult
    func markErrorRow(_ number: Int) -> Bool {
        guard number >= 0 else { return false }
        let word = number >> 6, bit = UInt64(1) << UInt64(number & 63)
        var rows = errorRows ?? []
        errorRows = nil  // the local is the only owner while it changes: no copy
        if rows.count <= word { rows.append(contentsOf: repeatElement(0, count: word + 1 - rows.count)) }
        let fresh = rows[word] & bit == 0
        rows[word] |= bit
        errorRows = rows
        return fresh
    }

    /// Counts one more row with errors (a row whose only error was found after the parts of a
    /// file were compared).
    func countRowWithErrors() { rowsWithErrors += 1 }

    /// Adds the row counts of the validator of a later part of the same file.
    func addCounts(of other: RowValidator) {
        rowCount += other.rowCount
        rowsWithErrors += other.rowsWithErrors
    }

    // MARK: Cells

    private func slice(_ bytes: UnsafeRawBufferPointer, _ cell: Cell) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: bytes[cell.textRange])
    }

    @inline(__always)
    private func check(_ cell: Cell, _ rowBytes: UnsafeRawBufferPointer, plan: FieldPlan, index: Int, row: Int,
                       into findings: inout FindingCollector) -> Value {
        switch cell.kind {
        case .empty:
            return missing(plan, index: index, row: row, into: &findings)
        case .error:
            add(.cellError, row: row, index: index, value: ByteText.string(slice(rowBytes, cell)), into: &findings)
            return .invalid
        case .text:
            let text = ByteText.trimmed(slice(rowBytes, cell))
            if text.isEmpty || (text.count <= longestMissingValue && missingValueFirstBytes[Int(text[0])]
                                && isMissingValue(text)) {
                return missing(plan, index: index, row: row, into: &findings)
            }
            return parse(text, fromNumber: false, plan: plan, index: index, row: row, rowBytes: rowBytes, into: &findings)
        case .number, .boolean, .date, .dateTime, .time, .duration:
            return typed(cell, plan: plan, index: index, row: row, rowBytes: rowBytes, into: &findings)
        }
    }

    private func isMissingValue(_ text: UnsafeRawBufferPointer) -> Bool {
        for candidate in missingValues where candidate.count == text.count {
            if candidate.withUnsafeBytes({ $0.elementsEqual(text) }) { return true }
        }
        return false
    }

    private func missing(_ plan: FieldPlan, index: Int, row: Int, into findings: inout FindingCollector) -> Value {
        if plan.required {
            add(.missingValue, row: row, index: index, value: nil, extra: ["label": fields[index].title], into: &findings)
        }
        return .missing
    }

    /// A workbook cell that is already a number, boolean or date.
    private func typed(_ cell: Cell, plan: FieldPlan, index: Int, row: Int, rowBytes: UnsafeRawBufferPointer,
                       into findings: inout FindingCollector) -> Value {
        switch plan.type {
        case .integer, .number:
            guard cell.kind == .number else { break }
            if plan.type == .integer {
                guard cell.number == cell.number.rounded(), abs(cell.number) < 9e15 else { break }
                return constrained(.integer(Int64(cell.number)), plan: plan, index: index, row: row, into: &findings)
            }
            return constrained(.number(cell.number), plan: plan, index: index, row: row, into: &findings)
        case .date:
            if cell.kind == .date || cell.kind == .dateTime || (cell.kind == .number && (1...2_958_465).contains(cell.number)) {
                if let day = Day(excelSerial: cell.number) { return .date(day) }
            }
        case .boolean:
            if cell.kind == .boolean { return .boolean(cell.number != 0) }
            if cell.kind == .number && (cell.number == 0 || cell.number == 1) { return .boolean(cell.number == 1) }
        case .string:
            // A number where text was expected (a tax code typed into a Number cell): read its
            // digits as text; an identifier check will say if a leading zero went missing.
            let text = Self.display(cell)
            var bytes = Array(text.utf8)
            return bytes.withUnsafeMutableBytes { buffer in
                parse(UnsafeRawBufferPointer(buffer), fromNumber: cell.kind == .number, plan: plan, index: index, row: row,
                      rowBytes: rowBytes, derivedText: text, into: &findings)
            }
        }
        add(.typeError, row: row, index: index, value: Self.display(cell), extra: ["expected": plan.type.rawValue],
            into: &findings)
        return .invalid
    }

    /// How a non-text cell reads as text (for messages and for string fields).
    static func display(_ cell: Cell) -> String {
        switch cell.kind {
        case .number:
            if cell.number == cell.number.rounded() && abs(cell.number) < 1e15 { return String(Int64(cell.number)) }
            return String(cell.number)
        case .boolean: return cell.number != 0 ? "TRUE" : "FALSE"
        case .date, .dateTime: return Day(excelSerial: cell.number)?.vietnamese ?? String(cell.number)
        default: return String(cell.number)
        }
    }

    @inline(__always)
    private func parse(_ text: UnsafeRawBufferPointer, fromNumber: Bool, plan: FieldPlan, index: Int, row: Int,
                       rowBytes: UnsafeRawBufferPointer, derivedText: String? = nil,
                       into findings: inout FindingCollector) -> Value {
        func typeError() -> Value {
            add(.typeError, row: row, index: index, value: ByteText.string(text), extra: ["expected": plan.type.rawValue],
                into: &findings)
            return .invalid
        }
        switch plan.type {
        case .integer:
            guard let n = NumberParser.integer(text) else { return typeError() }
            return constrained(.integer(n), plan: plan, index: index, row: row, into: &findings)
        case .number:
            guard let x = NumberParser.number(text) else { return typeError() }
            return constrained(.number(x), plan: plan, index: index, row: row, into: &findings)
        case .date:
            guard let day = DateParser.day(text) else { return typeError() }
            return .date(day)
        case .boolean:
            let key = Fingerprint.of(text)
            if let cached = lookupCache[index].lookup(key)?.value { return cached == .invalid ? typeError() : cached }
            let folded = VietnameseFold.fold(ByteText.string(text))
            let value: Value = trueWords[index]?.contains(folded) == true ? .boolean(true)
                : falseWords[index]?.contains(folded) == true ? .boolean(false) : .invalid
            cache(index, key, value)
            return value == .invalid ? typeError() : value
        case .string:
            return string(text, fromNumber: fromNumber, plan: plan, index: index, row: row, rowBytes: rowBytes,
                          derivedText: derivedText, into: &findings)
        }
    }

    private func cache(_ index: Int, _ key: UInt64, _ value: Value, hasFinding: Bool = false) {
        lookupCache[index].store(key, value, hasFinding: hasFinding)
    }

    private func string(_ text: UnsafeRawBufferPointer, fromNumber: Bool, plan: FieldPlan, index: Int, row: Int,
                        rowBytes: UnsafeRawBufferPointer, derivedText: String?,
                        into findings: inout FindingCollector) -> Value {
        let plain: Value
        if let derivedText {
            plain = .derived(derivedText)
        } else if let start = text.baseAddress, let base = rowBytes.baseAddress {
            plain = .text(start: Int32(truncatingIfNeeded: start - base), end: Int32(truncatingIfNeeded: start - base + text.count))
        } else {
            plain = .derived(ByteText.string(text))
        }
        func identifier(_ outcome: IdentifierFormats.Outcome) -> Value {
            switch outcome {
            case .valid(let key):
                if plan.checksUnique {
                    checkUnique(key.raw, index: index, row: row, text: text, into: &findings)
                }
                return .identifier(key)
            case .invalid(let code, let arguments):
                add(code, row: row, index: index, value: ByteText.string(text), extra: arguments, into: &findings)
                return .invalid
            }
        }
        switch plan.format {
        case .taxCode: return identifier(IdentifierFormats.taxCode(text, fromNumber: fromNumber))
        case .citizenID: return identifier(IdentifierFormats.citizenID(text, fromNumber: fromNumber))
        case .householdID: return identifier(IdentifierFormats.householdID(text, fromNumber: fromNumber))
        case .phone:
            guard IdentifierFormats.phone(text) else {
                add(.phoneFormat, row: row, index: index, value: ByteText.string(text), into: &findings)
                return .invalid
            }
            return plain
        case .domain:
            if DomainName.isCanonicalAndValid(text) {
                if plan.unique {
                    checkUnique(Fingerprint.of(text), index: index, row: row, text: text, into: &findings)
                }
                return plain
            }
            switch DomainName.check(text) {
            case .invalid(let reason):
                add(.domainSyntax, row: row, index: index, value: ByteText.string(text), extra: ["reason": reason],
                    into: &findings)
                return .invalid
            case .valid(let name, let normalised):
                if normalised {
                    add(.domainNormalised, row: row, index: index, value: ByteText.string(text), extra: ["domain": name],
                        into: &findings)
                }
                if plan.unique {
                    checkUnique(Fingerprint.of(name), index: index, row: row, text: text, into: &findings)
                }
                return normalised ? .derived(name) : plain
            }
        case .commune:
            return commune(text, index: index, row: row, into: &findings)
        case .default:
            break
        }
        guard plan.hasTextConstraints else {
            if plan.checksUniqueText {
                checkUnique(Fingerprint.of(text), index: index, row: row, text: text, into: &findings)
            }
            return plain
        }
        let c = fields[index].constraints
        // A text of no more bytes than the limit has no more characters either.
        if let maxLength = c.maxLength, text.count > maxLength, ByteText.scalarCount(text) > maxLength {
            add(.constraintError, row: row, index: index, value: ByteText.string(text),
                extra: ["constraint": "maxLength", "limit": String(maxLength)], into: &findings)
            return .invalid
        }
        if let minLength = c.minLength, ByteText.scalarCount(text) < minLength {
            add(.constraintError, row: row, index: index, value: ByteText.string(text),
                extra: ["constraint": "minLength", "limit": String(minLength)], into: &findings)
            return .invalid
        }
        if let pattern = c.pattern {
            let matches = patterns[index].map { (try? $0.wholeMatch(in: ByteText.string(text))) != nil } ?? true
            if !matches {
                add(.constraintError, row: row, index: index, value: ByteText.string(text),
                    extra: ["constraint": "pattern", "limit": pattern], into: &findings)
                return .invalid
            }
        }
        if let allowed = c.allowed {
            let key = Fingerprint.of(text)
            let value: Value
            if let cached = lookupCache[index].lookup(key)?.value {
                value = cached
            } else {
                let folded = VietnameseFold.fold(ByteText.string(text))
                let match = allowed.firstIndex { choice in choice.labels.contains { VietnameseFold.fold($0) == folded }
                    || VietnameseFold.fold(choice.code) == folded }
                value = match.map { .choice(Int32($0)) } ?? .invalid
                cache(index, key, value)
            }
            if value == .invalid {
                add(.constraintError, row: row, index: index, value: ByteText.string(text),
                    extra: ["constraint": "enum", "limit": allowed.map(\.label).joined(separator: ", ")], into: &findings)
                return .invalid
            }
            return value
        }
        if plan.checksUniqueText {
            checkUnique(Fingerprint.of(text), index: index, row: row, text: text, into: &findings)
        }
        return plain
    }

    private func commune(_ text: UnsafeRawBufferPointer, index: Int, row: Int,
                         into findings: inout FindingCollector) -> Value {
        let key = Fingerprint.of(text)
        if let cached = lookupCache[index].lookup(key) {
            if cached.hasFinding, let (code, arguments) = pendingLookupFindings[key] {
                add(code, row: row, index: index, value: ByteText.string(text), extra: arguments, into: &findings)
            }
            return cached.value
        }
        let value: Value
        do {
            let string = ByteText.string(text)
            if let units = context.units {
                switch units.resolve(string) {
                case .unit(let i): value = .unit(i)
                case .formerUnit(let i, let former):
                    value = .unit(i)
                    pendingLookupFindings[key] = (.oldCommuneName,
                                                  ["new": units.name(of: i) + " (" + units.code(of: i) + ")", "former": former])
                case .ambiguous(let candidates, let former):
                    value = .invalid
                    let list = candidates.map { units.name(of: $0) + " (" + units.code(of: $0) + ")" }
                    pendingLookupFindings[key] = (.ambiguousCommune, ["candidates": list.joined(separator: ", "), "former": former])
                case .unknown(let suggestion):
                    value = .invalid
                    pendingLookupFindings[key] = (.unknownCommune, suggestion.map { ["suggestion": $0] } ?? [:])
                }
            } else {
                let ok = text.count == 5 && text.allSatisfy(ByteText.isDigit)
                value = ok ? .derived(string) : .invalid
                if !ok { pendingLookupFindings[key] = (.unknownCommune, [:]) }
            }
            cache(index, key, value, hasFinding: pendingLookupFindings[key] != nil)
        }
        if let (code, arguments) = pendingLookupFindings[key] {
            add(code, row: row, index: index, value: ByteText.string(text), extra: arguments, into: &findings)
        }
        return value
    }

    private func constrained(_ value: Value, plan: FieldPlan, index: Int, row: Int,
                             into findings: inout FindingCollector) -> Value {
        guard plan.hasRange, let x = value.number else { return value }
        let c = fields[index].constraints
        if let minimum = c.minimum, x < minimum {
            add(.constraintError, row: row, index: index, value: Self.format(x),
                extra: ["constraint": "minimum", "limit": Self.format(minimum)], into: &findings)
            return .invalid
        }
        if let maximum = c.maximum, x > maximum {
            add(.constraintError, row: row, index: index, value: Self.format(x),
                extra: ["constraint": "maximum", "limit": Self.format(maximum)], into: &findings)
            return .invalid
        }
        return value
    }

    static func format(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }

    /// Notes a value of a unique field, to be checked at the end of the row
    /// (``checkDeferredUniqueValues(row:bytes:into:)``) once its slot has been fetched.
    private func checkUnique(_ key: UInt64, index: Int, row: Int, text: UnsafeRawBufferPointer,
                             into findings: inout FindingCollector) {
        uniqueTables[index].prefetch(key)
        if let rowBytes, let base = rowBytes.baseAddress, let start = text.baseAddress,
           start >= base, start + text.count <= base + rowBytes.count {
            deferredValues.append(DeferredValue(key: key, field: index, start: start - base, count: text.count, copy: nil))
        } else {
            // Text made for the cell (a number read as text): it does not outlive the cell's check.
            deferredValues.append(DeferredValue(key: key, field: index, start: 0, count: 0, copy: ByteText.string(text)))
        }
    }

    private func checkDeferredUniqueValues(row: Int, bytes: UnsafeRawBufferPointer, into findings: inout FindingCollector) {
        guard !deferredValues.isEmpty else { return }
        for value in deferredValues {
            guard let first = uniqueTables[value.field].insert(value.key, row: row) else { continue }
            let text = value.copy ?? ByteText.string(UnsafeRawBufferPointer(rebasing: bytes[value.start..<value.start + value.count]))
            let finding = uniqueFinding(row: row, firstRow: first, index: value.field, text: text)
            if finding.severity == .error { rowHasError = true }
            findings.add(finding)
        }
        deferredValues.removeAll(keepingCapacity: true)
    }

    /// The finding for a value of unique field `index`, at `row`, first seen at `firstRow`.
    func uniqueFinding(row: Int, firstRow: Int, index: Int, text: String) -> Finding {
        finding(.uniqueError, row: row, index: index, value: text,
                extra: ["firstRow": String(firstRow), "label": fields[index].title])
    }

    /// The text of field `index`'s cell as the uniqueness check saw it (trimmed), or "".
    func keyText(_ row: borrowing Row, index: Int) -> String {
        guard let column = mapping.columnOfField[index] else { return "" }
        let cell = row[column]
        switch cell.kind {
        case .text: return row.withStorage { _, bytes in ByteText.string(ByteText.trimmed(slice(bytes, cell))) }
        case .empty: return ""
        default: return Self.display(cell)
        }
    }

    /// The primary key's cells of `row` as written.
    func primaryKeyTexts(_ row: borrowing Row) -> [String] {
        primaryKey.map { keyText(row, index: $0) }
    }

    /// The primary key of the row's values, or nil when a part is missing or invalid.
    static func primaryKey(of values: UnsafeBufferPointer<Value>, _ indices: [Int], bytes: UnsafeRawBufferPointer) -> UInt64? {
        var key: UInt64 = 0x243F_6A88_85A3_08D3
        for index in indices {
            let part: UInt64
            switch values[index] {
            case .missing, .invalid: return nil
            case .identifier(let k): part = k.raw
            case .unit(let u): part = UInt64(u) &+ 1
            case .integer(let n): part = UInt64(bitPattern: n)
            case .date(let d): part = UInt64(bitPattern: Int64(d.daysSince1970))
            case .text(let s, let e): part = Fingerprint.of(UnsafeRawBufferPointer(rebasing: bytes[Int(s)..<Int(e)]))
            case .derived(let t): part = Fingerprint.of(t)
            case .choice(let c): part = UInt64(c)
            case .number(let x): part = x.bitPattern
            case .boolean(let b): part = b ? 1 : 2
            }
            key = Fingerprint.mix(key ^ part)
        }
        return key
    }

    private func checkPrimaryKey(_ key: UInt64, row: Int, bytes: UnsafeRawBufferPointer, cells: [Cell],
                                 into findings: inout FindingCollector) {
        if let first = primaryKeyTable.insert(key, row: row) {
            let finding = primaryKeyFinding(row: row, firstRow: first, texts: primaryKey.map { i -> String in
                let column = mapping.columnOfField[i] ?? 0
                let cell = column < cells.count ? cells[column] : Cell.empty
                return cell.kind == .text ? ByteText.string(ByteText.trimmed(slice(bytes, cell))) : Self.display(cell)
            })
            if finding.severity == .error { rowHasError = true }
            findings.add(finding)
        }
    }

    /// The finding for a row whose primary key was first seen at `firstRow`; `texts` are the
    /// key's cells as written (masked here when personal).
    func primaryKeyFinding(row: Int, firstRow: Int, texts: [String]) -> Finding {
        let shown = zip(primaryKey, texts).map { i, text in fields[i].personal.map { Masking.mask(text, as: $0) } ?? text }
        let location = Location(file: file, sheet: sheet, row: row, column: mapping.columnOfField[primaryKey[0]],
                                label: labelOf(primaryKey[0]), field: fields[primaryKey[0]].name)
        return catalogue.finding(.primaryKeyError, at: location,
                                 ["value": shown.joined(separator: " / "), "firstRow": String(firstRow),
                                  "label": primaryKey.map { fields[$0].title }.joined(separator: " + ")])
    }

    // MARK: Row rules

    /// The row rules, on the row's values. Nothing here copies an array (the rules' lists are
    /// ranges of ``ruleFields`` and ``ruleBytes``, read through pointers taken once): binding
    /// an array from a rule retained and released it, a dozen times a row.
    private func checkRules(_ values: UnsafeBufferPointer<Value>, row: Int, bytes: UnsafeRawBufferPointer,
                            into findings: inout FindingCollector) {
        ruleFields.withUnsafeBufferPointer { ruleFields in
            ruleBytes.withUnsafeBytes { ruleBytes in
                rules.withUnsafeBufferPointer { rules in
                    for rule in rules {
                        check(rule, values, fields: ruleFields, bytes: ruleBytes, row: row, rowBytes: bytes, into: &findings)
                    }
                }
            }
        }
    }

    @inline(__always)
    private func check(_ rule: CompiledRule, _ values: UnsafeBufferPointer<Value>, fields ruleFields: UnsafeBufferPointer<Int>,
                       bytes ruleBytes: UnsafeRawBufferPointer, row: Int, rowBytes bytes: UnsafeRawBufferPointer,
                       into findings: inout FindingCollector) {
        switch rule {
        case .suffix(let i, let start, let count):
            let suffix = UnsafeRawBufferPointer(rebasing: ruleBytes[start..<start + count])
            guard hasText(values[i]), !textHasSuffix(values[i], suffix, bytes) else { return }
            addRule(.domainSuffix, row: row, fieldIndex: i, value: text(values[i], bytes),
                    ["expected": String(decoding: suffix, as: UTF8.self)], into: &findings)
        case .ageBetween(let b, let atStart, let atCount, let min, let max):
            guard let born = values[b].day else { return }
            let at = UnsafeBufferPointer(rebasing: ruleFields[atStart..<atStart + atCount])
            guard let atIndex = at.first(where: { values[$0].day != nil }), let day = values[atIndex].day else { return }
            let age = born.fullYears(until: day)
            if age < min || age > max {
                addRule(.ageOutOfRange, row: row, fieldIndex: b, value: born.vietnamese,
                        ["age": String(age), "date": day.vietnamese, "min": String(min), "max": String(max),
                         "dateLabel": schema.fields[atIndex].title], into: &findings)
            }
        case .withinYears(let s, let a, let years):
            guard let from = values[s].day, let to = values[a].day, to > from.adding(years: years) else { return }
            addRule(.foundedTooEarly, row: row, fieldIndex: s, value: from.vietnamese,
                    ["date": to.vietnamese, "years": String(years)], into: &findings)
        case .notAfterPeriodEnd(let start, let count):
            guard let end = context.periodEnd else { return }
            for i in UnsafeBufferPointer(rebasing: ruleFields[start..<start + count]) {
                guard let day = values[i].day, day > end else { continue }
                addRule(.dateAfterPeriod, row: row, fieldIndex: i, value: day.vietnamese,
                        ["end": end.vietnamese, "period": context.periodName ?? "", "label": schema.fields[i].title],
                        into: &findings)
            }
        case .dateOrder(let e, let l):
            guard let first = values[e].day, let second = values[l].day, second < first else { return }
            addRule(.dateOrder, row: row, fieldIndex: l, value: second.vietnamese,
                    ["label": schema.fields[l].title, "otherLabel": schema.fields[e].title, "other": first.vietnamese],
                    into: &findings)
        case .requires(let f, let r):
            guard values[f].isPresent, values[r] == .missing else { return }
            addRule(.missingDependent, row: row, fieldIndex: r, value: nil,
                    ["label": schema.fields[f].title, "otherLabel": schema.fields[r].title], into: &findings)
        case .notGreater(let start, let count):
            let indices = UnsafeBufferPointer(rebasing: ruleFields[start..<start + count])
            for (a, b) in zip(indices, indices.dropFirst()) {
                guard let x = values[a].number, let y = values[b].number, x > y else { continue }
                addRule(.countOrder, row: row, fieldIndex: a, value: Self.format(x),
                        ["label": schema.fields[a].title, "otherLabel": schema.fields[b].title, "other": Self.format(y)],
                        into: &findings)
            }
        case .idBirthYear(let i, let b):
            guard let key = values[i].entityKey, let born = values[b].day,
                  let idYear = IdentifierFormats.birthYear(ofCitizenID: key), idYear != born.year else { return }
            addRule(.citizenIDBirthYear, row: row, fieldIndex: i, value: key.description,
                    ["idYear": String(idYear), "birthYear": String(born.year)], into: &findings)
        }
    }

    private func hasText(_ value: Value) -> Bool {
        switch value {
        case .text, .derived: true
        default: false
        }
    }

    private func textHasSuffix(_ value: Value, _ suffix: UnsafeRawBufferPointer, _ bytes: UnsafeRawBufferPointer) -> Bool {
        switch value {
        case .text(let s, let e):
            let count = Int(e - s)
            guard count >= suffix.count else { return false }
            return UnsafeRawBufferPointer(rebasing: bytes[(Int(e) - suffix.count)..<Int(e)]).elementsEqual(suffix)
        case .derived(let t): return t.utf8.reversed().starts(with: suffix.reversed())
        default: return false
        }
    }

    /// The text of a value (text, derived), for rules that look at it.
    func text(_ value: Value, _ bytes: UnsafeRawBufferPointer) -> String? {
        switch value {
        case .text(let s, let e): ByteText.string(UnsafeRawBufferPointer(rebasing: bytes[Int(s)..<Int(e)]))
        case .derived(let t): t
        default: nil
        }
    }

    // MARK: Findings

    private func labelOf(_ fieldIndex: Int) -> String? {
        guard let column = mapping.columnOfField[fieldIndex], column < mapping.labels.count else { return nil }
        return mapping.labels[column]
    }

    private func addRule(_ code: FindingCode, row: Int, fieldIndex: Int, value: String?, _ extra: [String: String],
                         into findings: inout FindingCollector) {
        add(code, row: row, index: fieldIndex, value: value, extra: extra, into: &findings)
    }

    private func add(_ code: FindingCode, row: Int, column: Int?, label: String?, field: String?, value: String?,
                     into findings: inout FindingCollector) {
        var arguments: [String: String] = [:]
        if let value { arguments["value"] = value }
        emit(code, Location(file: file, sheet: sheet, row: row, column: column, label: label, field: field), arguments,
             into: &findings)
    }

    /// A finding about the cell of field `index` (its column as mapped), the value masked when
    /// the field holds personal data.
    private func add(_ code: FindingCode, row: Int, index: Int, value: String?, extra: [String: String] = [:],
                     into findings: inout FindingCollector) {
        let made = finding(code, row: row, index: index, value: value, extra: extra)
        if made.severity == .error { rowHasError = true }
        findings.add(made)
    }

    private func finding(_ code: FindingCode, row: Int, index: Int, value: String?, extra: [String: String]) -> Finding {
        let field = fields[index]
        var arguments = extra
        if let value { arguments["value"] = field.personal.map { Masking.mask(value, as: $0) } ?? value }
        let label = labelOf(index) ?? field.title
        if arguments["label"] == nil { arguments["label"] = label }
        return catalogue.finding(code, at: Location(file: file, sheet: sheet, row: row, column: mapping.columnOfField[index],
                                                    label: label, field: field.name), arguments)
    }

    private func emit(_ code: FindingCode, _ location: Location, _ arguments: [String: String],
                      into findings: inout FindingCollector) {
        let finding = catalogue.finding(code, at: location, arguments)
        if finding.severity == .error { rowHasError = true }
        findings.add(finding)
    }
}

/// A ``RowRule`` with its fields resolved to indices, so that checking a row compares no names.
/// Plain values only: a rule's list of fields or its suffix is a range of the flat arrays
/// ``compile(_:schema:)`` returns with the rules.
enum CompiledRule {
    case suffix(Int, start: Int, count: Int)
    case ageBetween(Int, atStart: Int, atCount: Int, Int, Int)
    case withinYears(Int, Int, Int)
    case notAfterPeriodEnd(start: Int, count: Int)
    case dateOrder(Int, Int)
    case requires(Int, Int)
    case notGreater(start: Int, count: Int)
    case idBirthYear(Int, Int)

    /// The rules whose fields are all in the schema (the loader already refuses the others),
    /// with the lists of fields and the suffix bytes they point into.
    static func compile(_ rules: [RowRule], schema: TableSchema) -> ([CompiledRule], [Int], [UInt8]) {
        var compiled: [CompiledRule] = []
        var fields: [Int] = []
        var bytes: [UInt8] = []
        let i = { (name: String) in schema.fieldIndex(name) }
        func list(_ names: [String]) -> (Int, Int) {
            let start = fields.count
            fields.append(contentsOf: names.compactMap(i))
            return (start, fields.count - start)
        }
        for rule in rules {
            switch rule {
            case .suffix(let f, let suffix):
                guard let f = i(f) else { continue }
                let start = bytes.count
                bytes.append(contentsOf: suffix.utf8)
                compiled.append(.suffix(f, start: start, count: bytes.count - start))
            case .ageBetween(let b, let at, let min, let max):
                guard let b = i(b) else { continue }
                let (start, count) = list(at)
                compiled.append(.ageBetween(b, atStart: start, atCount: count, min, max))
            case .withinYears(let s, let a, let years):
                guard let s = i(s), let a = i(a) else { continue }
                compiled.append(.withinYears(s, a, years))
            case .notAfterPeriodEnd(let names):
                let (start, count) = list(names)
                compiled.append(.notAfterPeriodEnd(start: start, count: count))
            case .dateOrder(let e, let l):
                guard let e = i(e), let l = i(l) else { continue }
                compiled.append(.dateOrder(e, l))
            case .requires(let f, let r):
                guard let f = i(f), let r = i(r) else { continue }
                compiled.append(.requires(f, r))
            case .notGreater(let names):
                let (start, count) = list(names)
                compiled.append(.notGreater(start: start, count: count))
            case .idBirthYear(let id, let b):
                guard let id = i(id), let b = i(b) else { continue }
                compiled.append(.idBirthYear(id, b))
            }
        }
        return (compiled, fields, bytes)
    }
}

/// What the per-cell loop needs to know of a field, as plain values: reading it copies no
/// array and retains nothing (a ``Field`` holds strings and arrays, which would).
struct FieldPlan {
    /// The file column holding the field, or -1 when the file lacks it.
    let column: Int
    let type: FieldType
    let format: FieldFormat
    let required: Bool
    let unique: Bool
    /// Unique and not the whole primary key (whose own check covers it), for identifiers.
    let checksUnique: Bool
    /// Unique plain text (not an identifier, domain or commune) and not the whole primary key.
    let checksUniqueText: Bool
    /// A length, pattern or enum constraint to check on text.
    let hasTextConstraints: Bool
    /// A minimum or maximum to check on numbers.
    let hasRange: Bool

    init(_ field: Field, column: Int?, schema: TableSchema) {
        self.column = column ?? -1
        type = field.type
        format = field.format
        let c = field.constraints
        required = c.required
        unique = c.unique
        checksUnique = c.unique && !schema.primaryKey.contains(field.name)
        checksUniqueText = c.unique && schema.primaryKey != [field.name]
        hasTextConstraints = c.maxLength != nil || c.minLength != nil || c.pattern != nil || c.allowed != nil
        hasRange = c.minimum != nil || c.maximum != nil
    }
}
