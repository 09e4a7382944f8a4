import Foundation
import Inbox
import Schema

/// Where the engine's data files are (`findings.json`, `schemas/`, `programme.json`, the
/// commune mapping): the files that make rules and wording editable without a new build.
///
/// Looked up, in order: `$HIENDIEN_DATA`; `<executable>/../share/hiendien` (an installed
/// copy); a `Data` directory beside the executable or in any directory above it (a build in
/// a checkout: `.build/release/hiendien` finds the checkout's `Data/`); the same from the
/// current directory.
struct DataDirectory {
    let path: String

    static func locate(console: Console) -> DataDirectory? {
        let fm = FileManager.default
        func valid(_ dir: String) -> Bool { fm.fileExists(atPath: dir + "/findings.json") }
        if let explicit = console.environment["HIENDIEN_DATA"], !explicit.isEmpty {
            return valid(explicit) ? DataDirectory(path: explicit) : nil
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var starts = [executable.deletingLastPathComponent()]
        starts.append(URL(fileURLWithPath: console.currentDirectory))
        let installed = starts[0].deletingLastPathComponent().appendingPathComponent("share/hiendien").path
        if valid(installed) { return DataDirectory(path: installed) }
        for start in starts {
            var dir = start
            for _ in 0..<8 {
                let candidate = dir.appendingPathComponent("Data").path
                if valid(candidate) { return DataDirectory(path: candidate) }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
    }

    var findings: String { path + "/findings.json" }
    var schemas: String { path + "/schemas" }
    var programme: String { path + "/programme.json" }
    var communeMapping: String { path + "/communes-before-2025.csv" }

    /// Loads the catalogue and the schemas, or prints what is wrong.
    func load(console: Console) -> (FindingCatalogue, [TableSchema])? {
        do {
            let catalogue = try FindingCatalogue.load(path: findings)
            let schemas = try SchemaLoader.loadDirectory(self.schemas)
            return (catalogue, schemas)
        } catch {
            console.err.line("hiendien: lỗi cấu hình (configuration error): \(error)")
            return nil
        }
    }

    /// Loads the whole engine setup (with the programme configuration at `configuration`, or
    /// the data directory's), or prints what is wrong.
    func setup(console: Console, configuration: String? = nil) -> EngineSetup? {
        do {
            return try EngineSetup.load(dataDirectory: path, configurationPath: configuration)
        } catch {
            console.err.line("hiendien: lỗi cấu hình (configuration error): \(error)")
            return nil
        }
    }

    static func missing(console: Console) {
        console.err.line("hiendien: error: cannot find the data directory (findings.json, schemas/); "
                         + "set HIENDIEN_DATA to the repository's Data directory")
    }
}

extension Console {
    /// The language asked for with --lang, else $HIENDIEN_LANG, else Vietnamese; nil if invalid.
    func language(_ arguments: ParsedArguments) -> Language? {
        let text = arguments.value("lang") ?? environment["HIENDIEN_LANG"] ?? "vi"
        return Language(rawValue: text.lowercased())
    }
}
