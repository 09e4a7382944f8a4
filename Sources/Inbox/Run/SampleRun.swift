#if canImport(Glibc)
import Glibc
#endif
public import Schema

/// The main job on the bundled SampleData, end to end, in a scratch workspace: the inbox and
/// broken files are copied in with the arrival days of `SampleData/arrivals.json`, the run
/// processes them, and the reports (with the run's summary) are what `Reports/` holds.
///
/// Only the scratch workspace is written; the caller decides where the reports go.
public struct SampleRun {
    public let sampleData: String
    public let setup: EngineSetup

    public init(sampleData: String, setup: EngineSetup) {
        self.sampleData = sampleData
        self.setup = setup
    }

    public enum Failure: Error, CustomStringConvertible {
        case arrivals(String)
        case run(Runner.Failure)
        case fileSystem(FileSystem.Failure)

        public var description: String {
            switch self {
            case .arrivals(let message): "SampleData/arrivals.json: \(message)"
            case .run(let failure): failure.description
            case .fileSystem(let failure): failure.description
            }
        }
    }

    /// Runs the sample quarter in `scratch` (an empty directory) and returns the summary and
    /// the workspace, whose `reports/` the caller copies.
    public func run(in scratch: String, language: Language = .vi) throws(Failure) -> (RunSummary, Workspace) {
        let arrivals: JSONValue
        do { arrivals = try JSONValue.read(path: sampleData + "/arrivals.json") } catch { throw .arrivals(error.description) }
        var reader: JSONObjectReader
        var files: [String: Day] = [:]
        let defaultDay: Day, asOf: Day
        do {
            reader = try JSONObjectReader(arrivals, source: "arrivals.json")
            guard let d = Day(iso: try reader.string("default")), let a = Day(iso: try reader.string("asOf")) else {
                throw JSONError(source: "arrivals.json", path: "default", message: "not a date")
            }
            defaultDay = d
            asOf = a
            var list = try reader.object("files")
            for (name, value) in list.allMembers() {
                guard case .string(let text) = value, let day = Day(iso: text) else {
                    throw JSONError(source: "arrivals.json", path: "files.\(name)", message: "not a date")
                }
                files[name] = day
            }
            try list.finish()
            try reader.finish()
        } catch {
            throw .arrivals("\(error)")
        }
        let workspace = Workspace(root: scratch)
        do {
            try workspace.create()
            for folder in ["inbox", "broken"] {
                for name in FileSystem.list(sampleData + "/" + folder) where name.hasSuffix(".csv") || name.hasSuffix(".xlsx") {
                    guard let bytes = FileSystem.readBytes(sampleData + "/" + folder + "/" + name) else { continue }
                    let target = workspace.inbox + "/" + name
                    try FileSystem.writeAtomically(bytes, to: target)
                    let day = files[name] ?? defaultDay
                    let seconds = Int(day.daysSince1970) * 86_400 + 5 * 3600
                    var times = [timeval(tv_sec: seconds, tv_usec: 0), timeval(tv_sec: seconds, tv_usec: 0)]
                    utimes(target, &times)
                }
            }
        } catch {
            throw .fileSystem(error)
        }
        do {
            let summary = try Runner(workspace: workspace, setup: setup, language: language).run(Runner.Options(asOf: asOf))
            return (summary, workspace)
        } catch {
            throw .run(error)
        }
    }
}
