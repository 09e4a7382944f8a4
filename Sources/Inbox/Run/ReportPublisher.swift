import Consolidation
import Reports
import Schema

/// The documents written to `reports/PERIOD/` for a consolidation.
enum ReportPublisher {
    struct File {
        var name: String
        var bytes: [UInt8]
    }

    static func files(for consolidation: Consolidation, setup: EngineSetup, language: Language) -> [File] {
        ReportSet.render(consolidation, language: language, documentNumber: nil,
                         issuer: Issuer(province: setup.configuration.province))
            .map { File(name: $0.name, bytes: $0.bytes) }
    }
}
