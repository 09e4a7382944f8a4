import Consolidation
import Schema

/// The documents written to `reports/PERIOD/` for a consolidation.
enum ReportPublisher {
    struct File {
        var name: String
        var bytes: [UInt8]
    }

    static func files(for consolidation: Consolidation, setup: EngineSetup, language: Language) -> [File] {
        []
    }
}
