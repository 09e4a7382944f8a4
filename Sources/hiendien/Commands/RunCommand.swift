import Foundation
import Inbox
import Programme
import Schema

/// `hiendien run`: the main job. Processes the inbox and rebuilds the reports.
enum RunCommand: Command {
    static let name = "run"
    static let summary = "Process the inbox: validate, archive or reject with a receipt, rebuild the reports."
    static let usage = "run [--workspace DIR] [--period P] [--as-of DATE] [--dry-run] [--wait SECONDS] [--lang vi|en]"
    static let discussion = """
        Every file in inbox/ is checked against its submission type. An accepted file moves to
        archive/PERIOD/SENDER/, a rejected one to rejected/PERIOD/ next to its receipt; every file
        gets a receipt in receipts/ and a line in ledger.jsonl. A byte-identical file is recognised
        as a duplicate and counts nothing; a newer file from the same sender for the same period
        and type supersedes the earlier one. Then the reports of every period touched (and of
        --period) are rebuilt in reports/PERIOD/.
        File names follow SENDER_PERIOD[_free part].ext, e.g. STC_2026-Q3_doanh-nghiep.xlsx or
        05443_2026-Q3.csv (a commune sends under its 5-digit code).
        --dry-run says what would happen and changes nothing.
        Exit status: 0 processed (all accepted), 1 some files rejected, 3 nothing to do,
        75 another run holds the workspace, 78 configuration error, 70 internal error.
        """
    static let options: [OptionSpec] = WorkspaceContext.options + [
        .value("period", "PERIOD", help: "Also rebuild the reports of this period (e.g. 2026-Q3)."),
        .flag("dry-run", help: "Check and report what would be done; change nothing on disk."),
        .value("wait", "SECONDS", help: "Wait this long for another run's lock (default 0: exit 75 at once)."),
        .value("settle", "SECONDS", help: "Leave files modified less than this long ago for the next run (default 5)."),
    ]

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
        guard arguments.positionals.isEmpty else {
            console.usageError("unexpected argument '\(arguments.positionals[0])'", command: name, usage: usage)
            return .usage
        }
        let context: WorkspaceContext
        switch WorkspaceContext.make(arguments, console: console, command: name, usage: usage) {
        case .success(let c): context = c
        case .failure(let status): return status
        }
        var period: Period?
        if let text = arguments.value("period") {
            guard let p = Period(parsing: text) else {
                console.usageError("cannot read the period '\(text)' (e.g. 2026-Q3)", command: name, usage: usage)
                return .usage
            }
            period = p
        }
        guard let wait = Int(arguments.value("wait") ?? "0"), wait >= 0,
              let settle = Int(arguments.value("settle") ?? "5"), settle >= 0 else {
            console.usageError("--wait and --settle take a number of seconds", command: name, usage: usage)
            return .usage
        }
        let runner = Runner(workspace: context.workspace, setup: context.setup, language: context.language)
        // Fault injection for the crash-safety test: HIENDIEN_FAULT_AFTER=N kills the process
        // (SIGKILL, as a power cut would) after the Nth step of file processing.
        if let text = console.environment["HIENDIEN_FAULT_AFTER"], let limit = Int(text) {
            nonisolated(unsafe) var steps = 0
            runner.afterStep = { _ in
                steps += 1
                if steps >= limit { kill(getpid(), SIGKILL) }
            }
        }
        let options = Runner.Options(asOf: context.asOf, period: period, dryRun: arguments.has("dry-run"),
                                     settleSeconds: settle, now: Int(console.now.timeIntervalSince1970))
        let summary: RunSummary
        do {
            summary = try runner.run(options, lockWait: wait)
        } catch .locked {
            console.err.line("hiendien: another run holds \(context.workspace.lock); try again later or use --wait")
            return .locked
        } catch {
            console.err.line("hiendien: error: \(error)")
            return .internalError
        }
        print(summary, language: context.language, console: console)
        if summary.received == 0 && summary.reports.isEmpty { return .nothingToDo }
        return summary.rejected > 0 ? .invalid : .success
    }

    static func print(_ summary: RunSummary, language: Language, console: Console) {
        let vi = language == .vi
        let n = { (x: Int) in ValidationReport.grouped(x, language) }
        // Nothing to do prints nothing (cron mails any output); the exit status (3) says it.
        for file in summary.files {
            let word: String = switch file.outcome {
            case .accepted: vi ? "tiếp nhận" : "accepted"
            case .rejected: vi ? "TỪ CHỐI  " : "REJECTED"
            case .duplicate: vi ? "trùng lặp" : "duplicate"
            }
            var line = "\(word)  \(file.fileName)"
            let facts = [file.sender, file.period, file.type].compactMap { $0 }
            if !facts.isEmpty { line += "  [" + facts.joined(separator: ", ") + "]" }
            line += vi ? "  \(file.errors) lỗi, \(file.warnings) cảnh báo" : "  \(file.errors) errors, \(file.warnings) warnings"
            if file.superseded > 0 { line += vi ? ", thay thế \(file.superseded) tệp trước" : ", supersedes \(file.superseded)" }
            if !file.receipt.isEmpty { line += "  → " + file.receipt }
            console.out.line(line)
        }
        for name in summary.skipped {
            console.out.line((vi ? "để lại   " : "left     ") + name + (vi ? "  (đang được ghi hoặc không phải tệp thường)" : "  (still being written, or not a regular file)"))
        }
        let totals = vi
            ? "Đã nhận \(n(summary.received)) tệp: \(n(summary.accepted)) tiếp nhận, \(n(summary.superseded)) thay thế tệp trước, \(n(summary.duplicates)) trùng lặp, \(n(summary.rejected)) bị từ chối."
            : "Received \(n(summary.received)) files: \(n(summary.accepted)) accepted, \(n(summary.superseded)) superseding, \(n(summary.duplicates)) duplicates, \(n(summary.rejected)) rejected."
        if summary.received > 0 { console.out.line(totals) }
        for report in summary.reports {
            console.out.line((vi ? "Báo cáo: " : "Reports: ") + report + (summary.dryRun ? (vi ? " (chạy thử: không ghi)" : " (dry run: not written)") : ""))
        }
    }
}
