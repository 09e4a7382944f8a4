import Foundation
import Testing
import TestSupport
@testable import Tabular

/// Paths of the committed fixtures (made by scripts/make-xlsx-fixtures.py).
enum XLSXFixtures {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/xlsx")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Reads one sheet with every chunk size and checks that the readings agree.
    static func rows(
        _ name: String, sheet: Int = 0, options: OpenOptions = .init(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> (rows: [RowSnapshot], reader: XLSXReader) {
        var first: (rows: [RowSnapshot], reader: XLSXReader)?
        for chunk in chunkSizes {
            let reader = try XLSXReader(path: path(name), options: options, maxChunk: chunk)
            let rows = try snapshots(reader, sheet: sheet)
            if let first {
                #expect(rows == first.rows, "chunk \(chunk)", sourceLocation: sourceLocation)
                #expect(reader.notes == first.reader.notes, "chunk \(chunk)", sourceLocation: sourceLocation)
            } else {
                first = (rows, reader)
            }
        }
        return try #require(first)
    }

    /// The error kind that opening and reading every sheet of `name` throws, or nil.
    static func errorKind(_ name: String, options: OpenOptions = .init()) -> ReadError.Kind? {
        do {
            let reader = try TableOpener.open(path: path(name), options: options)
            for sheet in reader.sheets { _ = try snapshots(reader, sheet: sheet.index) }
            return nil
        } catch let error as ReadError {
            return error.kind
        } catch {
            return nil
        }
    }
}
