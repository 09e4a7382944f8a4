import Foundation
import Programme
import Schema

/// The repository's root, found from this file's path (Tests/ProgrammeTests/Fixtures.swift).
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

let programmePath = repositoryRoot + "/Data/programme.json"

/// The real configuration, loaded once.
let realConfiguration: Result<ProgrammeConfiguration, JSONError> = Result { () throws(JSONError) in
    try ProgrammeConfiguration.load(path: programmePath)
}

/// The real commune directory (configuration + Data/communes-before-2025.csv), built once.
let realDirectory: Result<CommuneDirectory, JSONError> = realConfiguration.flatMap { configuration in
    Result { () throws(JSONError) in try configuration.communeDirectory() }
}

func day(_ iso: String) -> Day {
    guard let day = Day(iso: iso) else { preconditionFailure("bad test date \(iso)") }
    return day
}

// MARK: - Editing a JSON document in tests

/// One step of a key path: `agencies[3].code` is key, index, key.
enum PathStep {
    case key(String)
    case index(Int)

    static func parse(_ path: String) -> [PathStep] {
        var steps: [PathStep] = []
        for part in path.split(separator: ".") {
            var name = Substring(part)
            var indices: [Int] = []
            while let open = name.lastIndex(of: "["), let index = Int(name[name.index(after: open)..<name.index(before: name.endIndex)]) {
                indices.insert(index, at: 0)
                name = name[..<open]
            }
            steps.append(.key(String(name)))
            steps += indices.map(PathStep.index)
        }
        return steps
    }
}

/// `json` with the value at `path` replaced (or added, or removed when `value` is nil).
func editing(_ json: JSONValue, _ path: String, _ value: JSONValue?) -> JSONValue {
    edit(json, PathStep.parse(path)[...], value)
}

private func edit(_ json: JSONValue, _ steps: ArraySlice<PathStep>, _ value: JSONValue?) -> JSONValue {
    guard let step = steps.first else { return value ?? .null }
    switch (step, json) {
    case (.key(let key), .object(var members)):
        if let i = members.firstIndex(where: { $0.key == key }) {
            if steps.count == 1 && value == nil {
                members.remove(at: i)
            } else {
                members[i].value = edit(members[i].value, steps.dropFirst(), value)
            }
        } else if let value {
            members.append((key, edit(.object([]), steps.dropFirst(), value)))
        }
        return .object(members)
    case (.index(let index), .array(var items)):
        items[index] = edit(items[index], steps.dropFirst(), value)
        return .array(items)
    default:
        preconditionFailure("test path does not fit the document")
    }
}
