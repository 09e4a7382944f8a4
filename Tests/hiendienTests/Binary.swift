import Foundation
import TestSupport

/// Runs the built `hiendien` executable as a separate process (it sits beside the test bundle).
enum Binary {
    static var path: String {
        let bundle = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        return bundle.appendingPathComponent("hiendien").path
    }

    struct Result {
        var status: Int32
        var killedBySignal: Bool
        /// Standard output as bytes (a workbook is binary) and as text.
        var bytes: [UInt8]
        var error: String
        var output: String { String(decoding: bytes, as: UTF8.self) }
    }

    static func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["HIENDIEN_DATA"] = Repository.data
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let error = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, killedBySignal: process.terminationReason == .uncaughtSignal,
                      bytes: [UInt8](output), error: String(decoding: error, as: UTF8.self))
    }
}
