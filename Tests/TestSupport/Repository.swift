import Foundation

/// Paths of the repository the tests run in, found from this file's location so that tests
/// run the same from any directory.
public enum Repository {
    /// The checkout's root directory.
    public static let root: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }()

    public static var data: String { root + "/Data" }
    public static var schemas: String { data + "/schemas" }
    public static var findings: String { data + "/findings.json" }
    public static var sampleData: String { root + "/SampleData" }
    public static var fixtures: String { root + "/Tests/Fixtures" }

    /// A fresh empty directory under the system's temporary directory.
    public static func temporaryDirectory(_ label: String = "hiendien") throws -> String {
        let path = NSTemporaryDirectory() + "/\(label)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes `text` (UTF-8) to a file named `name` in a fresh temporary directory.
    public static func temporaryFile(_ name: String, _ text: String) throws -> String {
        let path = try temporaryDirectory() + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
