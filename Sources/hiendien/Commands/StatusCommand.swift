import Consolidation
import Inbox
import Programme
import Schema

/// `hiendien status`: the last run, what waits in the inbox, and who has not yet submitted.
enum StatusCommand: Command {
    static let name = "status"
    static let summary = "Show the last run, the inbox, and who has not yet submitted for the current period."
    static let usage = "status [--workspace DIR] [--period P] [--as-of DATE] [--lang vi|en]"
    static let discussion = """
        The current period is the latest quarter whose cut-off is on or before the as-of date
        (the quarter agencies are reporting on), unless --period says otherwise. Reads the ledger
        only; changes nothing.
        """
    static let options: [OptionSpec] = WorkspaceContext.options + [
        .value("period", "PERIOD", help: "The period to check (default: the quarter being reported)."),
    ]

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
        let context: WorkspaceContext
        switch WorkspaceContext.make(arguments, console: console, command: name, usage: usage) {
        case .success(let c): context = c
        case .failure(let status): return status
        }
        let vi = context.language == .vi
        let calendar = context.setup.configuration.calendar
        var period: Period
        if let text = arguments.value("period") {
            guard let p = Period(parsing: text) else {
                console.usageError("cannot read the period '\(text)'", command: name, usage: usage)
                return .usage
            }
            period = p
        } else {
            let quarters = calendar.programmeQuarters
            period = quarters.last { calendar.end(of: $0) <= context.asOf } ?? quarters.first ?? calendar.quarter(containing: context.asOf)
        }
        let ledger: Ledger
        do { ledger = try Ledger(path: context.workspace.ledger) } catch {
            console.err.line("hiendien: error: \(error)")
            return .internalError
        }
        if let last = ledger.entries.last {
            let run = ledger.entries.filter { $0.processed == last.processed }
            let accepted = run.filter { $0.outcome == .accepted }.count
            console.out.line(vi
                ? "Lần chạy gần nhất: \(last.processed.vietnamese) — \(run.count) tệp (\(accepted) tiếp nhận, \(run.count - accepted) từ chối hoặc trùng lặp)."
                : "Last run: \(last.processed.iso) — \(run.count) files (\(accepted) accepted, \(run.count - accepted) rejected or duplicate).")
        } else {
            console.out.line(vi ? "Chưa có lần chạy nào." : "No run yet.")
        }
        let waiting = FileSystem.list(context.workspace.inbox).filter { !$0.hasPrefix(".") }
        console.out.line((vi ? "Hộp thư đến: \(waiting.count) tệp chờ xử lý" : "Inbox: \(waiting.count) files waiting") + (waiting.isEmpty ? "." : ":"))
        for name in waiting { console.out.line("  " + name) }
        let runner = Runner(workspace: context.workspace, setup: context.setup, language: context.language)
        let submissions = runner.currentSubmissions(ledger).filter { $0.period == period }
        let completeness = Consolidator.completeness(period: period, submissions: submissions,
                                                     senders: context.setup.configuration.senders)
        let missing = completeness.filter { $0.status == .missing }
        let late = completeness.filter { $0.status == .late }
        console.out.line("")
        console.out.line(vi
            ? "Kỳ \(period) (\(calendar.start(of: period).vietnamese) – \(calendar.end(of: period).vietnamese), hạn nộp \(calendar.deadline(of: period).vietnamese)): \(completeness.count - missing.count)/\(completeness.count) báo cáo đã nhận, \(late.count) nộp muộn."
            : "Period \(period) (\(calendar.start(of: period).iso) – \(calendar.end(of: period).iso), deadline \(calendar.deadline(of: period).iso)): \(completeness.count - missing.count)/\(completeness.count) reports received, \(late.count) late.")
        let agencies = missing.filter { !$0.senderCode.allSatisfy(\.isNumber) }
        let communes = missing.filter { $0.senderCode.allSatisfy(\.isNumber) }
        if !agencies.isEmpty {
            console.out.line(vi ? "Cơ quan, đơn vị chưa gửi:" : "Agencies yet to submit:")
            for item in agencies { console.out.line("  \(item.senderCode) — \(item.senderName): \(item.type)") }
        }
        if !communes.isEmpty {
            let codes = Set(communes.map(\.senderCode))
            console.out.line(vi ? "Xã, phường chưa gửi đủ (\(codes.count)):" : "Communes and wards yet to submit everything (\(codes.count)):")
            for code in codes.sorted() {
                let items = communes.filter { $0.senderCode == code }
                console.out.line("  \(code) — \(items[0].senderName): " + items.map(\.type).joined(separator: ", "))
            }
        }
        return .success
    }
}
