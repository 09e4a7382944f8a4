import Foundation
import Testing
import TestSupport
@testable import Tabular

/// Paths of the committed XML fixtures (made by scripts/make-xml-fixtures.py).
enum XMLFixtures {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/xml")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// The repository's `Data/xml-mappings`.
    static let mappingsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data/xml-mappings").path

    /// Reads one sheet of a SpreadsheetML file with every chunk size; the readings must agree.
    static func workbookRows(
        _ name: String, sheet: Int = 0, options: OpenOptions = .init(), sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> (rows: [RowSnapshot], reader: SpreadsheetML2003Reader) {
        var first: (rows: [RowSnapshot], reader: SpreadsheetML2003Reader)?
        for chunk in chunkSizes {
            let reader = try SpreadsheetML2003Reader(path: path(name), options: options, maxChunk: chunk)
            let rows = try snapshots(reader, sheet: sheet)
            if let first {
                #expect(rows == first.rows, "chunk \(chunk)", sourceLocation: sourceLocation)
                #expect(reader.sheets == first.reader.sheets, "chunk \(chunk)", sourceLocation: sourceLocation)
                #expect(reader.notes == first.reader.notes, "chunk \(chunk)", sourceLocation: sourceLocation)
            } else {
                first = (rows, reader)
            }
        }
        return try #require(first)
    }

    /// Reads a record export with every chunk size; the readings must agree.
    static func recordRows(
        _ name: String, options: OpenOptions = .init(), sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> (rows: [RowSnapshot], reader: RecordXMLReader) {
        var first: (rows: [RowSnapshot], reader: RecordXMLReader)?
        for chunk in chunkSizes {
            let reader = try RecordXMLReader(path: path(name), options: options, maxChunk: chunk)
            let rows = try snapshots(reader)
            if let first {
                #expect(rows == first.rows, "chunk \(chunk)", sourceLocation: sourceLocation)
            } else {
                first = (rows, reader)
            }
        }
        return try #require(first)
    }

    /// The error that opening `name` through ``TableOpener`` and reading every sheet throws.
    static func error(_ name: String, options: OpenOptions = .init()) -> ReadError? {
        do {
            let reader = try TableOpener.open(path: path(name), options: options)
            for sheet in reader.sheets { _ = try snapshots(reader, sheet: sheet.index) }
            return nil
        } catch let error as ReadError {
            return error
        } catch {
            return nil
        }
    }
}
