import Foundation
import Inbox
import Programme
import Schema

/// What the workspace commands share: finding the workspace, the as-of day, the language.
struct WorkspaceContext {
    let workspace: Workspace
    let setup: EngineSetup
    let language: Language
    let asOf: Day

    static let options: [OptionSpec] = [
        .value("workspace", "DIR", help: "The workspace (default: $HIENDIEN_WORKSPACE, else the current directory)."),
        .value("as-of", "DATE", help: "Date the reports as of YYYY-MM-DD (default: today in Vietnam)."),
        .lang,
    ]

    /// Resolves the workspace and loads the setup, or prints why not and returns the status.
    static func make(_ arguments: ParsedArguments, console: Console, command: String, usage: String)
        -> Result<WorkspaceContext, ExitStatus>
    {
        guard let language = console.language(arguments) else {
            console.usageError("--lang must be vi or en", command: command, usage: usage)
            return .failure(.usage)
        }
        var asOf = Runner.day(ofModification: Int(console.now.timeIntervalSince1970))
        if let text = arguments.value("as-of") {
            guard let day = Day(iso: text) else {
                console.usageError("--as-of must be a date YYYY-MM-DD, not '\(text)'", command: command, usage: usage)
                return .failure(.usage)
            }
            asOf = day
        }
        var root = arguments.value("workspace") ?? console.environment["HIENDIEN_WORKSPACE"] ?? console.currentDirectory
        if !root.hasPrefix("/") { root = console.currentDirectory + "/" + root }
        let workspace = Workspace(root: root)
        guard workspace.exists else {
            console.err.line("hiendien: error: \(root) is not a workspace (no inbox/); create one with 'hiendien init \(root)'")
            return .failure(.usage)
        }
        guard let data = DataDirectory.locate(console: console) else {
            DataDirectory.missing(console: console)
            return .failure(.configuration)
        }
        let configuration = FileSystem.exists(workspace.configuration) ? workspace.configuration : nil
        guard let setup = data.setup(console: console, configuration: configuration) else { return .failure(.configuration) }
        return .success(WorkspaceContext(workspace: workspace, setup: setup, language: language, asOf: asOf))
    }
}
