import Consolidation
import Reports
import Schema

/// The documents written to `reports/PERIOD/` for a consolidation.
enum ReportPublisher {
    static func files(for consolidation: Consolidation, setup: EngineSetup, language: Language) -> [ReportFile] {
        ReportSet.render(consolidation, language: language, documentNumber: nil,
                         issuer: Issuer(province: setup.configuration.province))
    }
}
