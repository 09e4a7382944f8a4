public import Programme
public import Schema
public import Tabular

/// Everything the engine loads before it looks at a submission: the finding catalogue, the
/// submission types, the programme's configuration and the commune directory, cross-checked.
///
/// Any problem is a ``JSONError`` naming the file and key, so a typo in the configuration is
/// reported as such before any agency's file can be blamed for it.
public struct EngineSetup: Sendable {
    public let catalogue: FindingCatalogue
    public let schemas: [TableSchema]
    public let configuration: ProgrammeConfiguration
    public let communes: CommuneDirectory
    /// How files are opened: the record-export mappings of `Data/xml-mappings/`.
    public let openOptions: OpenOptions
    /// Built once: ``validator(for:)`` gives it each period's context.
    private let baseValidator: FileValidator

    /// Loads `findings.json` and `schemas/` from `dataDirectory`, and the configuration from
    /// `configurationPath` (default: `dataDirectory/programme.json`).
    public static func load(dataDirectory: String, configurationPath: String? = nil) throws(JSONError) -> EngineSetup {
        let catalogue = try FindingCatalogue.load(path: dataDirectory + "/findings.json")
        let schemas = try SchemaLoader.loadDirectory(dataDirectory + "/schemas")
        let configuration = try ProgrammeConfiguration.load(path: configurationPath ?? dataDirectory + "/programme.json")
        try configuration.validate(knownTypes: Set(schemas.map(\.name)))
        let communes = try configuration.communeDirectory()
        var options = OpenOptions()
        do {
            options.xmlMappings = try XMLMapping.loadDirectory(dataDirectory + "/xml-mappings")
        } catch {
            throw JSONError(source: dataDirectory + "/xml-mappings", path: "", message: "\(error)")
        }
        return EngineSetup(catalogue: catalogue, schemas: schemas, configuration: configuration, communes: communes,
                           openOptions: options,
                           baseValidator: FileValidator(types: schemas, catalogue: catalogue))
    }

    public func schema(named name: String) -> TableSchema? { schemas.first { $0.name == name } }

    /// The validation context of a submission for `period` (nil: no period known).
    public func context(for period: Period?) -> ValidationContext {
        let calendar = configuration.calendar
        var context = ValidationContext(periodStart: period.map(calendar.start(of:)), periodEnd: period.map(calendar.end(of:)),
                                        periodName: period?.description, units: communes)
        context.openOptions = openOptions
        return context
    }

    public func validator(for period: Period?) -> FileValidator {
        baseValidator.with(context: context(for: period))
    }
}
