public import Tabular

/// Checks the data rows of one file against its schema, cell by cell and then row rules,
/// and turns each row into typed ``Value``s.
///
/// Built once per file from the schema and the header mapping. Parsing works on the cell's
/// bytes; a `String` is made only for a finding's message, for a value that needs a lookup
/// the first time it is seen (commune names, yes/no words, allowed values, cached by a
/// fingerprint of the bytes), or for a derived value (a normalised domain name).
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

    private var uniqueTables: [Int: UniqueTable] = [:]
    private var primaryKeyTable = UniqueTable()
    private var lookupCache: [[UInt64: Value]]
    private var pendingLookupFindings: [UInt64: (FindingCode, [String: String])] = [:]
    /// The schema's missing values other than "", as bytes, and the longest one's length.
    private let missingValues: [[UInt8]]
    private let longestMissingValue: Int
    /// The fields in order with the column holding each (nil: absent from the file).
    private let plan: [PlannedField]
    /// Row rules with field names resolved to indices once.
    private let rules: [CompiledRule]
    private let primaryKey: [Int]
    private let trueWords: [Int: Set<String>]
    private let falseWords: [Int: Set<String>]
    private var rowHasError = false

    public init(schema: TableSchema, mapping: HeaderMatcher.Mapping, catalogue: FindingCatalogue,
                context: ValidationContext, file: String?, sheet: String?) {
        self.schema = schema
        self.mapping = mapping
        self.catalogue = catalogue
        self.context = context
        self.file = file
        self.sheet = sheet
        values = [Value](repeating: .missing, count: schema.fields.count)
        missingValues = schema.missingValues.filter { !$0.isEmpty }.map { Array($0.utf8) }
        longestMissingValue = missingValues.map(\.count).max() ?? 0
        plan = schema.fields.enumerated().map { PlannedField(field: $0.element, column: mapping.columnOfField[$0.offset]) }
        lookupCache = Array(repeating: [:], count: schema.fields.count)
        rules = schema.rules.compactMap { CompiledRule($0, schema: schema) }
        primaryKey = schema.primaryKey.compactMap { schema.fieldIndex($0) }
        var t: [Int: Set<String>] = [:], f: [Int: Set<String>] = [:]
        for (i, field) in schema.fields.enumerated() where field.type == .boolean {
            t[i] = Set(field.trueValues.map { VietnameseFold.fold($0) })
            f[i] = Set(field.falseValues.map { VietnameseFold.fold($0) })
        }
        trueWords = t
        falseWords = f
    }

    /// Validates one data row; returns false when it has an error. Findings go to `findings`.
    @discardableResult
    public func validate(_ row: borrowing Row, into findings: inout FindingCollector) -> Bool {
        rowCount += 1
        rowHasError = false
        let number = row.number
        row.withStorage { cells, bytes in
            for index in plan.indices {
                let planned = plan[index]
                guard let column = planned.column else { values[index] = .missing; continue }
                let cell = column < cells.count ? cells[column] : Cell.empty
                values[index] = check(cell, bytes, field: planned.field, index: index, column: column, row: number,
                                      into: &findings)
            }
            // Cells in columns without a header.
            if cells.count > mapping.columns.count || mapping.columns.contains(.blank) {
                for (column, cell) in cells.enumerated() where column >= mapping.columns.count || mapping.columns[column] == .blank {
                    let empty = cell.kind == .empty || (cell.kind == .text && ByteText.trimmed(slice(bytes, cell)).isEmpty)
                    if !empty {
                        let text = cell.kind == .text ? ByteText.string(ByteText.trimmed(slice(bytes, cell))) : Self.display(cell)
                        add(.extraCell, row: number, column: column, label: nil, field: nil, value: text, into: &findings)
                        break
                    }
                }
            }
            checkRules(row: number, bytes: bytes, into: &findings)
            checkPrimaryKey(row: number, bytes: bytes, cells: cells, into: &findings)
        }
        if rowHasError { rowsWithErrors += 1 }
        return !rowHasError
    }

    // MARK: Cells

    private func slice(_ bytes: UnsafeRawBufferPointer, _ cell: Cell) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: bytes[cell.textRange])
    }

    private func check(_ cell: Cell, _ rowBytes: UnsafeRawBufferPointer, field: Field, index: Int, column: Int, row: Int,
                       into findings: inout FindingCollector) -> Value {
        switch cell.kind {
        case .empty:
            return missing(field, column: column, row: row, into: &findings)
        case .error:
            add(.cellError, row: row, column: column, field: field, value: ByteText.string(slice(rowBytes, cell)), into: &findings)
            return .invalid
        case .text:
            let text = ByteText.trimmed(slice(rowBytes, cell))
            if text.isEmpty || (text.count <= longestMissingValue && isMissingValue(text)) {
                return missing(field, column: column, row: row, into: &findings)
            }
            return parse(text, fromNumber: false, cell: cell, field: field, index: index, column: column, row: row,
                         rowBytes: rowBytes, into: &findings)
        case .number, .boolean, .date, .dateTime, .time, .duration:
            return typed(cell, field: field, index: index, column: column, row: row, rowBytes: rowBytes, into: &findings)
        }
    }

    private func isMissingValue(_ text: UnsafeRawBufferPointer) -> Bool {
        for candidate in missingValues where candidate.count == text.count {
            if candidate.withUnsafeBytes({ $0.elementsEqual(text) }) { return true }
        }
        return false
    }

    private func missing(_ field: Field, column: Int, row: Int, into findings: inout FindingCollector) -> Value {
        if field.constraints.required {
            add(.missingValue, row: row, column: column, field: field, value: nil, extra: ["label": field.title], into: &findings)
        }
        return .missing
    }

    /// A workbook cell that is already a number, boolean or date.
    private func typed(_ cell: Cell, field: Field, index: Int, column: Int, row: Int, rowBytes: UnsafeRawBufferPointer,
                       into findings: inout FindingCollector) -> Value {
        switch field.type {
        case .integer, .number:
            guard cell.kind == .number else { break }
            if field.type == .integer {
                guard cell.number == cell.number.rounded(), abs(cell.number) < 9e15 else { break }
                return constrained(.integer(Int64(cell.number)), field: field, column: column, row: row, into: &findings)
            }
            return constrained(.number(cell.number), field: field, column: column, row: row, into: &findings)
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
                parse(UnsafeRawBufferPointer(buffer), fromNumber: cell.kind == .number, cell: cell, field: field, index: index,
                      column: column, row: row, rowBytes: rowBytes, derivedText: text, into: &findings)
            }
        }
        add(.typeError, row: row, column: column, field: field, value: Self.display(cell),
            extra: ["expected": field.type.rawValue], into: &findings)
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

    private func parse(_ text: UnsafeRawBufferPointer, fromNumber: Bool, cell: Cell, field: Field, index: Int, column: Int,
                       row: Int, rowBytes: UnsafeRawBufferPointer, derivedText: String? = nil,
                       into findings: inout FindingCollector) -> Value {
        func typeError() -> Value {
            add(.typeError, row: row, column: column, field: field, value: ByteText.string(text),
                extra: ["expected": field.type.rawValue], into: &findings)
            return .invalid
        }
        switch field.type {
        case .integer:
            guard let n = NumberParser.integer(text) else { return typeError() }
            return constrained(.integer(n), field: field, column: column, row: row, into: &findings)
        case .number:
            guard let x = NumberParser.number(text) else { return typeError() }
            return constrained(.number(x), field: field, column: column, row: row, into: &findings)
        case .date:
            guard let day = DateParser.day(text) else { return typeError() }
            return .date(day)
        case .boolean:
            let key = Fingerprint.of(text)
            if let cached = lookupCache[index][key] { return cached == .invalid ? typeError() : cached }
            let folded = VietnameseFold.fold(ByteText.string(text))
            let value: Value = trueWords[index]?.contains(folded) == true ? .boolean(true)
                : falseWords[index]?.contains(folded) == true ? .boolean(false) : .invalid
            cache(index, key, value)
            return value == .invalid ? typeError() : value
        case .string:
            return string(text, fromNumber: fromNumber, cell: cell, field: field, index: index, column: column, row: row,
                          rowBytes: rowBytes, derivedText: derivedText, into: &findings)
        }
    }

    private func cache(_ index: Int, _ key: UInt64, _ value: Value) {
        if lookupCache[index].count < 4096 { lookupCache[index][key] = value }
    }

    private func string(_ text: UnsafeRawBufferPointer, fromNumber: Bool, cell: Cell, field: Field, index: Int, column: Int,
                        row: Int, rowBytes: UnsafeRawBufferPointer, derivedText: String?,
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
                if field.constraints.unique && !schema.primaryKey.contains(field.name) {
                    checkUnique(key.raw, index: index, column: column, row: row, text: text, field: field, into: &findings)
                }
                return .identifier(key)
            case .invalid(let code, let arguments):
                add(code, row: row, column: column, field: field, value: ByteText.string(text), extra: arguments, into: &findings)
                return .invalid
            }
        }
        switch field.format {
        case .taxCode: return identifier(IdentifierFormats.taxCode(text, fromNumber: fromNumber))
        case .citizenID: return identifier(IdentifierFormats.citizenID(text, fromNumber: fromNumber))
        case .householdID: return identifier(IdentifierFormats.householdID(text, fromNumber: fromNumber))
        case .phone:
            guard IdentifierFormats.phone(text) else {
                add(.phoneFormat, row: row, column: column, field: field, value: ByteText.string(text), into: &findings)
                return .invalid
            }
            return plain
        case .domain:
            if DomainName.isCanonicalAndValid(text) {
                if field.constraints.unique {
                    checkUnique(Fingerprint.of(text), index: index, column: column, row: row, text: text, field: field,
                                into: &findings)
                }
                return plain
            }
            switch DomainName.check(text) {
            case .invalid(let reason):
                add(.domainSyntax, row: row, column: column, field: field, value: ByteText.string(text),
                    extra: ["reason": reason], into: &findings)
                return .invalid
            case .valid(let name, let normalised):
                if normalised {
                    add(.domainNormalised, row: row, column: column, field: field, value: ByteText.string(text),
                        extra: ["domain": name], into: &findings)
                }
                if field.constraints.unique {
                    checkUnique(Fingerprint.of(name), index: index, column: column, row: row, text: text, field: field,
                                into: &findings)
                }
                return normalised ? .derived(name) : plain
            }
        case .commune:
            return commune(text, field: field, index: index, column: column, row: row, into: &findings)
        case .default:
            break
        }
        let c = field.constraints
        if let maxLength = c.maxLength, ByteText.scalarCount(text) > maxLength {
            add(.constraintError, row: row, column: column, field: field, value: ByteText.string(text),
                extra: ["constraint": "maxLength", "limit": String(maxLength)], into: &findings)
            return .invalid
        }
        if let minLength = c.minLength, ByteText.scalarCount(text) < minLength {
            add(.constraintError, row: row, column: column, field: field, value: ByteText.string(text),
                extra: ["constraint": "minLength", "limit": String(minLength)], into: &findings)
            return .invalid
        }
        if let pattern = c.pattern, let regex = try? Regex(pattern), (try? regex.wholeMatch(in: ByteText.string(text))) == nil {
            add(.constraintError, row: row, column: column, field: field, value: ByteText.string(text),
                extra: ["constraint": "pattern", "limit": pattern], into: &findings)
            return .invalid
        }
        if let allowed = c.allowed {
            let key = Fingerprint.of(text)
            let value: Value
            if let cached = lookupCache[index][key] {
                value = cached
            } else {
                let folded = VietnameseFold.fold(ByteText.string(text))
                let match = allowed.firstIndex { choice in choice.labels.contains { VietnameseFold.fold($0) == folded }
                    || VietnameseFold.fold(choice.code) == folded }
                value = match.map { .choice(Int32($0)) } ?? .invalid
                cache(index, key, value)
            }
            if value == .invalid {
                add(.constraintError, row: row, column: column, field: field, value: ByteText.string(text),
                    extra: ["constraint": "enum", "limit": allowed.map(\.label).joined(separator: ", ")], into: &findings)
                return .invalid
            }
            return value
        }
        if c.unique && !(schema.primaryKey == [field.name]) {
            checkUnique(Fingerprint.of(text), index: index, column: column, row: row, text: text, field: field, into: &findings)
        }
        return plain
    }

    private func commune(_ text: UnsafeRawBufferPointer, field: Field, index: Int, column: Int, row: Int,
                         into findings: inout FindingCollector) -> Value {
        let key = Fingerprint.of(text)
        let value: Value
        if let cached = lookupCache[index][key] {
            value = cached
        } else {
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
            cache(index, key, value)
        }
        if let (code, arguments) = pendingLookupFindings[key] {
            add(code, row: row, column: column, field: field, value: ByteText.string(text), extra: arguments, into: &findings)
        }
        return value
    }

    private func constrained(_ value: Value, field: Field, column: Int, row: Int, into findings: inout FindingCollector) -> Value {
        guard let x = value.number else { return value }
        if let minimum = field.constraints.minimum, x < minimum {
            add(.constraintError, row: row, column: column, field: field, value: Self.format(x),
                extra: ["constraint": "minimum", "limit": Self.format(minimum)], into: &findings)
            return .invalid
        }
        if let maximum = field.constraints.maximum, x > maximum {
            add(.constraintError, row: row, column: column, field: field, value: Self.format(x),
                extra: ["constraint": "maximum", "limit": Self.format(maximum)], into: &findings)
            return .invalid
        }
        return value
    }

    static func format(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }

    private func checkUnique(_ key: UInt64, index: Int, column: Int, row: Int, text: UnsafeRawBufferPointer, field: Field,
                             into findings: inout FindingCollector) {
        if let first = uniqueTables[index, default: UniqueTable()].insert(key, row: row) {
            add(.uniqueError, row: row, column: column, field: field, value: ByteText.string(text),
                extra: ["firstRow": String(first), "label": field.title], into: &findings)
        }
    }

    private func checkPrimaryKey(row: Int, bytes: UnsafeRawBufferPointer, cells: [Cell], into findings: inout FindingCollector) {
        guard !primaryKey.isEmpty else { return }
        var key: UInt64 = 0x243F_6A88_85A3_08D3
        for index in primaryKey {
            let part: UInt64
            switch values[index] {
            case .missing, .invalid: return
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
        if let first = primaryKeyTable.insert(key, row: row) {
            let fields = primaryKey.map { schema.fields[$0] }
            let shown = primaryKey.map { i -> String in
                let column = mapping.columnOfField[i] ?? 0
                let cell = column < cells.count ? cells[column] : Cell.empty
                let text = cell.kind == .text ? ByteText.string(ByteText.trimmed(slice(bytes, cell))) : Self.display(cell)
                return schema.fields[i].personal.map { Masking.mask(text, as: $0) } ?? text
            }
            let first0 = fields[0]
            let location = Location(file: file, sheet: sheet, row: row, column: mapping.columnOfField[primaryKey[0]],
                                    label: labelOf(primaryKey[0]), field: first0.name)
            emit(.primaryKeyError, location, ["value": shown.joined(separator: " / "), "firstRow": String(first),
                                              "label": fields.map(\.title).joined(separator: " + ")], into: &findings)
        }
    }

    // MARK: Row rules

    private func checkRules(row: Int, bytes: UnsafeRawBufferPointer, into findings: inout FindingCollector) {
        for rule in rules {
            switch rule {
            case .suffix(let i, let suffix):
                guard hasText(values[i]), !textHasSuffix(values[i], suffix, bytes) else { continue }
                addRule(.domainSuffix, row: row, fieldIndex: i, value: text(values[i], bytes),
                        ["expected": String(decoding: suffix, as: UTF8.self)], into: &findings)
            case .ageBetween(let b, let at, let min, let max):
                guard let born = values[b].day else { continue }
                guard let atIndex = at.first(where: { values[$0].day != nil }), let day = values[atIndex].day else { continue }
                let age = born.fullYears(until: day)
                if age < min || age > max {
                    addRule(.ageOutOfRange, row: row, fieldIndex: b, value: born.vietnamese,
                            ["age": String(age), "date": day.vietnamese, "min": String(min), "max": String(max),
                             "dateLabel": schema.fields[atIndex].title], into: &findings)
                }
            case .withinYears(let s, let a, let years):
                guard let from = values[s].day, let to = values[a].day, to > from.adding(years: years) else { continue }
                addRule(.foundedTooEarly, row: row, fieldIndex: s, value: from.vietnamese,
                        ["date": to.vietnamese, "years": String(years)], into: &findings)
            case .notAfterPeriodEnd(let indices):
                guard let end = context.periodEnd else { continue }
                for i in indices {
                    guard let day = values[i].day, day > end else { continue }
                    addRule(.dateAfterPeriod, row: row, fieldIndex: i, value: day.vietnamese,
                            ["end": end.vietnamese, "period": context.periodName ?? "", "label": schema.fields[i].title],
                            into: &findings)
                }
            case .dateOrder(let e, let l):
                guard let first = values[e].day, let second = values[l].day, second < first else { continue }
                addRule(.dateOrder, row: row, fieldIndex: l, value: second.vietnamese,
                        ["label": schema.fields[l].title, "otherLabel": schema.fields[e].title, "other": first.vietnamese],
                        into: &findings)
            case .requires(let f, let r):
                guard values[f].isPresent, values[r] == .missing else { continue }
                addRule(.missingDependent, row: row, fieldIndex: r, value: nil,
                        ["label": schema.fields[f].title, "otherLabel": schema.fields[r].title], into: &findings)
            case .notGreater(let indices):
                for (a, b) in zip(indices, indices.dropFirst()) {
                    guard let x = values[a].number, let y = values[b].number, x > y else { continue }
                    addRule(.countOrder, row: row, fieldIndex: a, value: Self.format(x),
                            ["label": schema.fields[a].title, "otherLabel": schema.fields[b].title, "other": Self.format(y)],
                            into: &findings)
                }
            case .idBirthYear(let i, let b):
                guard let key = values[i].entityKey, let born = values[b].day,
                      let idYear = IdentifierFormats.birthYear(ofCitizenID: key), idYear != born.year else { continue }
                addRule(.citizenIDBirthYear, row: row, fieldIndex: i, value: key.description,
                        ["idYear": String(idYear), "birthYear": String(born.year)], into: &findings)
            }
        }
    }

    private func hasText(_ value: Value) -> Bool {
        switch value {
        case .text, .derived: true
        default: false
        }
    }

    private func textHasSuffix(_ value: Value, _ suffix: [UInt8], _ bytes: UnsafeRawBufferPointer) -> Bool {
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
        add(code, row: row, column: mapping.columnOfField[fieldIndex], field: schema.fields[fieldIndex], value: value,
            extra: extra, into: &findings)
    }

    private func add(_ code: FindingCode, row: Int, column: Int?, label: String?, field: String?, value: String?,
                     into findings: inout FindingCollector) {
        var arguments: [String: String] = [:]
        if let value { arguments["value"] = value }
        emit(code, Location(file: file, sheet: sheet, row: row, column: column, label: label, field: field), arguments,
             into: &findings)
    }

    private func add(_ code: FindingCode, row: Int, column: Int?, field: Field, value: String?, extra: [String: String] = [:],
                     into findings: inout FindingCollector) {
        var arguments = extra
        if let value { arguments["value"] = field.personal.map { Masking.mask(value, as: $0) } ?? value }
        let index = schema.fieldIndex(field.name)
        let label = index.flatMap(labelOf) ?? field.title
        if arguments["label"] == nil { arguments["label"] = label }
        emit(code, Location(file: file, sheet: sheet, row: row, column: column, label: label, field: field.name), arguments,
             into: &findings)
    }

    private func emit(_ code: FindingCode, _ location: Location, _ arguments: [String: String],
                      into findings: inout FindingCollector) {
        let finding = catalogue.finding(code, at: location, arguments)
        if finding.severity == .error { rowHasError = true }
        findings.add(finding)
    }
}

/// A ``RowRule`` with its fields resolved to indices, so that checking a row compares no names.
enum CompiledRule {
    case suffix(Int, [UInt8])
    case ageBetween(Int, [Int], Int, Int)
    case withinYears(Int, Int, Int)
    case notAfterPeriodEnd([Int])
    case dateOrder(Int, Int)
    case requires(Int, Int)
    case notGreater([Int])
    case idBirthYear(Int, Int)

    /// Nil when a field is not in the schema (the loader already refuses such schemas).
    init?(_ rule: RowRule, schema: TableSchema) {
        let i = { (name: String) in schema.fieldIndex(name) }
        switch rule {
        case .suffix(let f, let suffix):
            guard let f = i(f) else { return nil }
            self = .suffix(f, Array(suffix.utf8))
        case .ageBetween(let b, let at, let min, let max):
            guard let b = i(b) else { return nil }
            self = .ageBetween(b, at.compactMap(i), min, max)
        case .withinYears(let s, let a, let years):
            guard let s = i(s), let a = i(a) else { return nil }
            self = .withinYears(s, a, years)
        case .notAfterPeriodEnd(let fields): self = .notAfterPeriodEnd(fields.compactMap(i))
        case .dateOrder(let e, let l):
            guard let e = i(e), let l = i(l) else { return nil }
            self = .dateOrder(e, l)
        case .requires(let f, let r):
            guard let f = i(f), let r = i(r) else { return nil }
            self = .requires(f, r)
        case .notGreater(let fields): self = .notGreater(fields.compactMap(i))
        case .idBirthYear(let id, let b):
            guard let id = i(id), let b = i(b) else { return nil }
            self = .idBirthYear(id, b)
        }
    }
}

/// A field and the file column holding it, boxed so that the per-cell loop passes a reference
/// instead of copying the field's arrays.
final class PlannedField {
    let field: Field
    let column: Int?

    init(field: Field, column: Int?) {
        self.field = field
        self.column = column
    }
}
