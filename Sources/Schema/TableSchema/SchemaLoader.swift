import Foundation

/// Loads submission types from a directory of Table Schema JSON files.
///
/// Files whose names start with `_` are fragments: a schema lists them in `include` and gets
/// their `fields` appended (the free-text sections every report can carry live in
/// `_narrative.json`). Every problem is a ``JSONError`` naming the file and key.
public enum SchemaLoader {
    /// Loads every `*.json` schema of `directory` (fragments excluded), sorted by name.
    public static func loadDirectory(_ directory: String) throws(JSONError) -> [TableSchema] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw JSONError(source: directory, path: "", message: "cannot list the schema directory")
        }
        var schemas: [TableSchema] = []
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix("_") {
            schemas.append(try load(path: directory + "/" + name))
        }
        var seen: Set<String> = []
        for schema in schemas where !seen.insert(schema.name).inserted {
            throw JSONError(source: directory, path: "", message: "two schemas are named '\(schema.name)'")
        }
        return schemas
    }

    /// Loads one schema file; fragments are looked up beside it.
    public static func load(path: String) throws(JSONError) -> TableSchema {
        let directory = (path as NSString).deletingLastPathComponent
        return try parse(try JSONValue.read(path: path), source: path) { fragment throws(JSONError) in
            try JSONValue.read(path: directory + "/" + fragment + ".json")
        }
    }

    /// Parses a schema document; `fragment` returns the document of an included fragment.
    public static func parse(
        _ json: JSONValue, source: String, fragment: (String) throws(JSONError) -> JSONValue
    ) throws(JSONError) -> TableSchema {
        var root = try JSONObjectReader(json, source: source)
        let name = try root.string("name")
        guard name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }), !name.isEmpty else {
            throw root.error("name", "use lower-case letters, digits and hyphens (e.g. enterprise-register)")
        }
        let title = try localized(&root, "title")
        let description = root.contains("description") ? try localized(&root, "description") : nil
        let kindText = try root.string("kind")
        guard let kind = TableSchema.Kind(rawValue: kindText) else {
            throw root.error("kind", "unknown kind '\(kindText)'; use register, aggregate, list, narrative or registry")
        }
        let cohort = try root.optionalString("cohort")
        var fields: [Field] = []
        for (path, value) in try root.array("fields") {
            fields.append(try field(value, source: source, path: path))
        }
        for include in try root.strings("include") {
            var fragmentRoot = try JSONObjectReader(try fragment(include), source: include + ".json")
            for (path, value) in try fragmentRoot.array("fields") {
                fields.append(try field(value, source: include + ".json", path: path))
            }
            try fragmentRoot.finish()
        }
        var names: Set<String> = []
        for f in fields where !names.insert(f.name).inserted {
            throw root.error("fields", "two fields are named '\(f.name)'")
        }
        let primaryKey = try root.strings("primaryKey")
        for key in primaryKey where !names.contains(key) {
            throw root.error("primaryKey", "'\(key)' is not a field of this schema")
        }
        var missingValues = [""]
        if root.contains("missingValues") { missingValues = try root.strings("missingValues") }
        var rules: [RowRule] = []
        for (path, value) in try root.optionalArray("rules") {
            let rule = try Self.rule(value, source: source, path: path)
            for fieldName in rule.fieldNames where !names.contains(fieldName) {
                throw JSONError(source: source, path: path, message: "the rule names '\(fieldName)', which is not a field")
            }
            rules.append(rule)
        }
        let schema = TableSchema(
            name: name, title: title, description: description, kind: kind, cohort: cohort, fields: fields,
            primaryKey: primaryKey, missingValues: missingValues, rules: rules,
            sheetNames: try root.strings("sheetNames"), fileTokens: try root.strings("fileTokens"),
            ignoredLabels: try root.strings("ignoredLabels"))
        try root.finish()
        return schema
    }

    static func localized(_ reader: inout JSONObjectReader, _ key: String) throws(JSONError) -> Localized {
        let value = try reader.require(key)
        if case .string(let text) = value { return Localized(vi: text, en: text) }
        var object = try JSONObjectReader(value, source: reader.source, path: reader.keyPath(key))
        let text = Localized(vi: try object.string("vi"), en: try object.string("en"))
        try object.finish()
        return text
    }

    static func field(_ value: JSONValue, source: String, path: String) throws(JSONError) -> Field {
        var reader = try JSONObjectReader(value, source: source, path: path)
        let name = try reader.string("name")
        let title = try localized(&reader, "title")
        let typeText = try reader.optionalString("type") ?? "string"
        guard let type = FieldType(rawValue: typeText) else {
            var message = "unknown type '\(typeText)'"
            if let near = EditDistance.nearest(typeText, in: FieldType.allCases.map(\.rawValue)) {
                message += "; did you mean '\(near)'?"
            }
            throw reader.error("type", message)
        }
        let formatText = try reader.optionalString("format") ?? "default"
        guard let format = FieldFormat(rawValue: formatText) else {
            var message = "unknown format '\(formatText)'"
            if let near = EditDistance.nearest(formatText, in: FieldFormat.allCases.map(\.rawValue)) {
                message += "; did you mean '\(near)'?"
            }
            throw reader.error("format", message)
        }
        var field = Field(name: name, title: title.vi, titleEN: title.en, type: type, format: format)
        field.aliases = try reader.strings("aliases")
        field.description = try reader.optionalString("description")
        if let personal = try reader.optionalString("personal") {
            guard let kind = PersonalData(rawValue: personal) else {
                throw reader.error("personal", "unknown kind '\(personal)'; use identifier, phone, birth-date or other")
            }
            field.personal = kind
        }
        if reader.contains("trueValues") { field.trueValues = try reader.strings("trueValues") }
        if reader.contains("falseValues") { field.falseValues = try reader.strings("falseValues") }
        if var c = try reader.optionalObject("constraints") {
            field.constraints.required = try c.bool("required", default: false)
            field.constraints.unique = try c.bool("unique", default: false)
            field.constraints.minimum = try c.optionalNumber("minimum")
            field.constraints.maximum = try c.optionalNumber("maximum")
            field.constraints.minLength = try c.optionalInteger("minLength")
            field.constraints.maxLength = try c.optionalInteger("maxLength")
            if let pattern = try c.optionalString("pattern") {
                guard (try? Regex(pattern)) != nil else { throw c.error("pattern", "not a valid regular expression") }
                field.constraints.pattern = pattern
            }
            if c.contains("enum") {
                var choices: [EnumChoice] = []
                for (itemPath, item) in try c.array("enum") {
                    if case .string(let text) = item {
                        choices.append(EnumChoice(code: text, labels: [text]))
                        continue
                    }
                    var choice = try JSONObjectReader(item, source: source, path: itemPath)
                    let code = try choice.string("code")
                    let labels = try choice.strings("labels")
                    try choice.finish()
                    choices.append(EnumChoice(code: code, labels: labels.isEmpty ? [code] : labels))
                }
                guard !choices.isEmpty else { throw c.error("enum", "the list of allowed values is empty") }
                field.constraints.allowed = choices
            }
            if (field.constraints.minimum != nil || field.constraints.maximum != nil)
                && !(type == .integer || type == .number) {
                throw JSONError(source: source, path: c.path, message: "minimum and maximum need an integer or number field")
            }
            try c.finish()
        }
        try reader.finish()
        return field
    }

    static func rule(_ value: JSONValue, source: String, path: String) throws(JSONError) -> RowRule {
        var r = try JSONObjectReader(value, source: source, path: path)
        let kind = try r.string("rule")
        let rule: RowRule
        switch kind {
        case "suffix": rule = .suffix(field: try r.string("field"), suffix: try r.string("suffix"))
        case "age-between":
            rule = .ageBetween(birth: try r.string("birth"), at: try r.strings("at"), min: try r.integer("min"),
                               max: try r.integer("max"))
        case "within-years":
            rule = .withinYears(start: try r.string("start"), at: try r.string("at"), years: try r.integer("years"))
        case "not-after-period-end": rule = .notAfterPeriodEnd(fields: try r.strings("fields"))
        case "date-order": rule = .dateOrder(earlier: try r.string("earlier"), later: try r.string("later"))
        case "requires": rule = .requires(field: try r.string("field"), requires: try r.string("requires"))
        case "not-greater": rule = .notGreater(fields: try r.strings("fields"))
        case "id-birth-year": rule = .idBirthYear(id: try r.string("id"), birth: try r.string("birth"))
        default:
            let known = ["suffix", "age-between", "within-years", "not-after-period-end", "date-order", "requires",
                         "not-greater", "id-birth-year"]
            var message = "unknown rule '\(kind)'"
            if let near = EditDistance.nearest(kind, in: known) { message += "; did you mean '\(near)'?" }
            throw r.error("rule", message)
        }
        try r.finish()
        return rule
    }
}
