import Foundation
import Inbox

/// `hiendien init DIR`: a new workspace with an example configuration.
enum InitCommand: Command {
    static let name = "init"
    static let summary = "Create a workspace (inbox, archive, rejected, receipts, reports) with an example configuration."
    static let usage = "init DIR"
    static let discussion = """
        Creates DIR with inbox/, archive/, rejected/, receipts/ and reports/, and copies the
        programme configuration (programme.json, commented: edit it for your province) and the
        pre-2025 commune mapping into it. An existing workspace is left as it is (its
        configuration is never overwritten).
        """
    static let options: [OptionSpec] = []

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
        guard arguments.positionals.count == 1, var root = arguments.positionals.first else {
            console.usageError("expected exactly one DIR", command: name, usage: usage)
            return .usage
        }
        if !root.hasPrefix("/") { root = console.currentDirectory + "/" + root }
        guard let data = DataDirectory.locate(console: console) else {
            DataDirectory.missing(console: console)
            return .configuration
        }
        let workspace = Workspace(root: root)
        do {
            try workspace.create()
            for (source, target) in [(data.programme, workspace.configuration),
                                     (data.communeMapping, workspace.root + "/communes-before-2025.csv")]
            where !FileSystem.exists(target) {
                guard let bytes = FileSystem.readBytes(source) else {
                    console.err.line("hiendien: error: cannot read \(source)")
                    return .configuration
                }
                try FileSystem.writeAtomically(bytes, to: target)
            }
        } catch {
            console.err.line("hiendien: error: \(error)")
            return .usage
        }
        console.out.line("Đã tạo không gian làm việc \(workspace.root)")
        console.out.line("  inbox/      nơi các đơn vị gửi tệp (tên tệp: MÃĐƠNVỊ_KỲ[_mô tả].xlsx, ví dụ STC_2026-Q3_doanh-nghiep.xlsx)")
        console.out.line("  programme.json  cấu hình chương trình (sửa cho phù hợp)")
        console.out.line("Chạy: hiendien run --workspace \(workspace.root)")
        return .success
    }
}
