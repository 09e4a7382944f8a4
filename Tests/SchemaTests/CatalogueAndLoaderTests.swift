import Foundation
import Testing
import TestSupport
@testable import Schema

@Suite("Finding catalogue and schema loader")
struct CatalogueAndLoaderTests {
    /// Every code declared in FindingCode.swift, read from the source so a new code cannot be
    /// added without its wording.
    static let declaredCodes: [String] = {
        let path = Repository.root + "/Sources/Schema/Findings/FindingCode.swift"
        let source = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let regex = /static let \w+: FindingCode = "([a-z0-9-]+)"/
        return source.matches(of: regex).map { String($0.output.1) }
    }()

    @Test func everyCodeHasWordingInBothLanguages() {
        #expect(Self.declaredCodes.count > 50)
        for code in Self.declaredCodes {
            let entry = Loaded.catalogue.entries[FindingCode(rawValue: code)]
            #expect(entry != nil, "no catalogue entry for \(code)")
            guard let entry else { continue }
            for text in [entry.title, entry.message, entry.action] {
                #expect(!text.vi.isEmpty && !text.en.isEmpty, "\(code)")
                // Both languages use the same placeholders.
                let placeholders = { (s: String) in Set(s.matches(of: /\{([a-zA-Z]+)/).map { String($0.output.1) }) }
                #expect(placeholders(text.vi) == placeholders(text.en), "\(code): \(text.vi) / \(text.en)")
            }
        }
        for key in Loaded.catalogue.entries.keys {
            #expect(Self.declaredCodes.contains(key.rawValue), "catalogue entry \(key) has no code in FindingCode.swift")
        }
    }

    @Test func renderingFillsPlaceholdersAndTranslatesTerms() {
        let finding = Loaded.catalogue.finding(.typeError, at: Location(row: 5, column: 4, label: "Ngày thành lập"),
                                                ["value": "31/02/2026", "expected": "date"])
        let vi = FindingRenderer(catalogue: Loaded.catalogue, language: .vi)
        let en = FindingRenderer(catalogue: Loaded.catalogue, language: .en)
        #expect(vi.message(finding).contains("ngày (dd/mm/yyyy)"))
        #expect(en.message(finding).contains("a date (dd/mm/yyyy)"))
        #expect(vi.place(finding.location) == "dòng 5, cột E (Ngày thành lập)")
        #expect(en.place(finding.location) == "row 5, column E (Ngày thành lập)")
        let suggestion = Loaded.catalogue.finding(.unknownCommune, at: Location(), ["value": "Phu Binh x", "suggestion": "Xã Phú Bình"])
        #expect(vi.message(suggestion).hasSuffix("Có phải là \"Xã Phú Bình\"?"))
        let noSuggestion = Loaded.catalogue.finding(.unknownCommune, at: Location(), ["value": "Zzz"])
        #expect(!vi.message(noSuggestion).contains("{") && !vi.message(noSuggestion).contains("Có phải"))
        let converted = Loaded.catalogue.finding(.encodingConverted, at: Location(),
                                                 ["column": "Tên", "encoding": "TCVN3", "count": "1204"])
        #expect(vi.message(converted).contains("1.204"))
        #expect(en.message(converted).contains("1,204"))
        let variant = Loaded.catalogue.finding(.constraintError, at: Location(), ["value": "-3", "constraint": "minimum", "limit": "0"])
        #expect(en.message(variant) != en.message(Loaded.catalogue.finding(.constraintError, at: Location(), ["value": "-3"])))
    }

    @Test func everySchemaLoadsWithVietnameseTitlesAndKnownRuleFields() {
        let names = Set(Loaded.schemas.map(\.name))
        #expect(names.isSuperset(of: ["enterprise-register", "household-register", "student-register", "school-outreach",
                                      "craft-village", "member-outreach", "commune-activities", "media-items", "trainings",
                                      "report-text"]))
        for schema in Loaded.schemas {
            #expect(!schema.title.vi.isEmpty && !schema.fields.isEmpty)
            // Titles and aliases never collide inside one schema after folding.
            var seen: [String: String] = [:]
            for field in schema.fields {
                for label in [field.title] + field.aliases {
                    let key = HeaderMatcher.fold(label)
                    if let other = seen[key], other != field.name {
                        Issue.record("\(schema.name): '\(label)' is a label of both \(other) and \(field.name)")
                    }
                    seen[key] = field.name
                }
            }
        }
        // Registers carry the narrative sections through the include.
        #expect(Loaded.schema("enterprise-register").field("difficulties") != nil)
    }

    private func loaderError(_ json: String) -> JSONError? {
        do {
            let value = try JSONValue.parse(Array(json.utf8), source: "test.json")
            _ = try SchemaLoader.parse(value, source: "test.json") { name throws(JSONError) in
                throw JSONError(source: name, path: "", message: "no fragments in tests")
            }
            return nil
        } catch {
            return error
        }
    }

    @Test func loaderErrorsNameTheKey() {
        let base = #"{"name": "x", "title": {"vi": "X", "en": "X"}, "kind": "list", "fields": [FIELDS]RULES}"#
        func doc(_ fields: String, rules: String = "") -> String {
            base.replacingOccurrences(of: "FIELDS", with: fields).replacingOccurrences(of: "RULES", with: rules)
        }
        let field = #"{"name": "a", "title": {"vi": "A", "en": "A"}, "type": "string"}"#
        #expect(loaderError(doc(field)) == nil)
        let typo = loaderError(doc(#"{"name": "a", "title": {"vi": "A", "en": "A"}, "type": "strng"}"#))
        #expect(typo?.path == "fields[0].type")
        #expect(typo?.message.contains("did you mean 'string'") == true)
        let unknownKey = loaderError(doc(#"{"name": "a", "title": {"vi": "A", "en": "A"}, "tpye": "string"}"#))
        #expect(unknownKey?.path.hasPrefix("fields[0]") == true)
        let badRule = loaderError(doc(field, rules: #", "rules": [{"rule": "sufix", "field": "a", "suffix": ".id.vn"}]"#))
        #expect(badRule?.message.contains("did you mean 'suffix'") == true)
        let ruleField = loaderError(doc(field, rules: #", "rules": [{"rule": "suffix", "field": "b", "suffix": ".id.vn"}]"#))
        #expect(ruleField != nil)
        let minOnString = loaderError(doc(#"{"name": "a", "title": {"vi": "A", "en": "A"}, "type": "string", "constraints": {"minimum": 1}}"#))
        #expect(minOnString?.path == "fields[0].constraints")
        let syntax = loaderError("{\"name\": }")
        #expect(syntax != nil)
    }
}
