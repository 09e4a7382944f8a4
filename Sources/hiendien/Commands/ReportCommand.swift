import Inbox
import Programme
import Schema

/// `hiendien report --period P`: rebuilds a period's reports from the archive alone.
enum ReportCommand: Command {
    static let name = "report"
    static let summary = "Rebuild a period's reports from the archive (the inbox is not touched)."
    static let usage = "report --period P [--workspace DIR] [--as-of DATE] [--lang vi|en]"
    static let discussion = """
        Reports are a pure function of the accepted submissions, the configuration and the
        as-of date: the same archive and as-of date give byte-identical files.
        """
    static let options: [OptionSpec] = WorkspaceContext.options + [
        .value("period", "PERIOD", help: "The period (e.g. 2026-Q3)."),
    ]

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
        guard let text = arguments.value("period"), let period = Period(parsing: text) else {
            console.usageError("--period P is required (e.g. 2026-Q3)", command: name, usage: usage)
            return .usage
        }
        let context: WorkspaceContext
        switch WorkspaceContext.make(arguments, console: console, command: name, usage: usage) {
        case .success(let c): context = c
        case .failure(let status): return status
        }
        let runner = Runner(workspace: context.workspace, setup: context.setup, language: context.language)
        do {
            let lock = WorkspaceLock(path: context.workspace.lock, wait: 0)
            guard lock != nil else {
                console.err.line("hiendien: another run holds \(context.workspace.lock)")
                return .locked
            }
            let ledger = try Ledger(path: context.workspace.ledger)
            let directory = try runner.publishReports(period: period, ledger: ledger, asOf: context.asOf)
            console.out.line((context.language == .vi ? "Báo cáo: " : "Reports: ") + directory)
            _ = lock
            return .success
        } catch {
            console.err.line("hiendien: error: \(error)")
            return .internalError
        }
    }
}
