import Foundation
import Inbox

/// `hiendien sample`: the main job on the bundled SampleData, reports into `Reports/`.
enum SampleCommand: Command {
    static let name = "sample"
    static let summary = "Run the whole pipeline on the bundled SampleData and write its reports to Reports/."
    static let usage = "sample [--sample-data DIR] [--output DIR]"
    static let discussion = """
        Copies SampleData/inbox and SampleData/broken into a scratch workspace (with the arrival
        days of SampleData/arrivals.json), runs 'hiendien run' on it, and replaces OUTPUT (default
        Reports/ beside the data directory) with the reports, the receipts of the rejected files
        and the run's summary. Nothing else in the checkout changes.
        """
    static let options: [OptionSpec] = [
        .value("sample-data", "DIR", help: "The sample data (default: SampleData beside the data directory)."),
        .value("output", "DIR", help: "Where the reports go (default: Reports beside the data directory)."),
    ]

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
        guard let data = DataDirectory.locate(console: console) else {
            DataDirectory.missing(console: console)
            return .configuration
        }
        let checkout = (data.path as NSString).deletingLastPathComponent
        let sample = arguments.value("sample-data") ?? checkout + "/SampleData"
        let output = arguments.value("output") ?? checkout + "/Reports"
        guard let setup = data.setup(console: console) else { return .configuration }
        let scratch = NSTemporaryDirectory() + "/hiendien-sample-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        do {
            let (summary, workspace) = try SampleRun(sampleData: sample, setup: setup).run(in: scratch)
            let log = OutputStream()
            let capture = Console(out: log, err: console.err, environment: console.environment, now: console.now,
                                  currentDirectory: console.currentDirectory)
            RunCommand.print(summary, language: .vi, console: capture)
            try SampleCommand.publish(workspace: workspace, summary: log.captured, to: output)
            console.out.write(log.captured)
            console.out.line("Đã ghi báo cáo vào \(output)")
            return .success
        } catch {
            console.err.line("hiendien: error: \(error)")
            return .internalError
        }
    }

    /// Replaces `output` with the workspace's reports, the rejected files' receipts and the
    /// run summary; files are written atomically, stale ones removed.
    static func publish(workspace: Workspace, summary: String, to output: String) throws {
        var wanted: [String: [UInt8]] = ["tom-tat-lan-chay.txt": Array(summary.utf8)]
        for (relative, absolute) in Runner.files(under: workspace.reports, relativeTo: workspace.reports) {
            wanted[relative] = FileSystem.readBytes(absolute)
        }
        for (relative, absolute) in Runner.files(under: workspace.rejected, relativeTo: workspace.root)
        where relative.hasSuffix(".receipt.md") {
            let name = String(relative.split(separator: "/").last ?? "")
            wanted["bien-nhan-tu-choi/" + String(name.dropFirst(13))] = FileSystem.readBytes(absolute)
        }
        // PDF and PNG renderings (scripts/render-reports.sh) are made from the HTML afterwards: kept.
        for (relative, absolute) in Runner.files(under: output, relativeTo: output)
        where wanted[relative] == nil && !relative.hasSuffix(".pdf") && !relative.hasSuffix(".png") {
            try FileManager.default.removeItem(atPath: absolute)
        }
        for (relative, bytes) in wanted.sorted(by: { $0.key < $1.key }) {
            try FileSystem.writeAtomically(bytes, to: output + "/" + relative)
        }
    }
}
