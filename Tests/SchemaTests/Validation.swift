import Foundation
import TestSupport
@testable import Schema

/// The real catalogue and schemas of the repository, loaded once.
enum Loaded {
    static let catalogue: FindingCatalogue = {
        do { return try FindingCatalogue.load(path: Repository.findings) } catch { fatalError("catalogue: \(error)") }
    }()
    static let schemas: [TableSchema] = {
        do { return try SchemaLoader.loadDirectory(Repository.schemas) } catch { fatalError("schemas: \(error)") }
    }()

    static func schema(_ name: String) -> TableSchema {
        guard let schema = schemas.first(where: { $0.name == name }) else { fatalError("no schema \(name)") }
        return schema
    }

    /// Validates CSV text as a file named `name`.
    static func validate(_ csv: String, name: String = "STC_2026-Q3.csv", type: String? = nil,
                         context: ValidationContext = ValidationContext()) throws -> FileReport {
        let path = try Repository.temporaryFile(name, csv)
        return FileValidator(types: schemas, catalogue: catalogue, context: context).validate(path: path, type: type)
    }
}

extension FileReport {
    /// (code, row, field) of every kept finding, in file order.
    var triples: [String] {
        findings.sorted.map { "\($0.code.rawValue)@\($0.location.row.map(String.init) ?? "-"):\($0.location.field ?? "-")" }
    }

    func codes(_ severity: Severity? = nil) -> [String] {
        findings.sorted.filter { severity == nil || $0.severity == severity }.map(\.code.rawValue)
    }
}
