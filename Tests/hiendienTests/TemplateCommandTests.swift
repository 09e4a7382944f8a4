import Foundation
import Inbox
import Schema
@testable import Tabular
import Testing
import TestSupport

/// `hiendien template TYPE [--xlsx]`, run as the built binary: the CSV template is unchanged,
/// and every type's XLSX template reads back with our reader, LibreOffice and the XML holds
/// the formats, frozen pane and drop-downs the agencies rely on.
@Suite("template command")
struct TemplateCommandTests {
    static let setup: EngineSetup? = try? EngineSetup.load(dataDirectory: Repository.data)

    /// Runs the binary; standard output is kept as bytes (a workbook is binary).
    static func run(_ arguments: [String]) throws -> (status: Int32, output: [UInt8], error: String) {
        let result = try Binary.run(arguments)
        return (result.status, result.bytes, result.error)
    }

    static var schemas: [TableSchema] { setup?.schemas.filter { !$0.fields.isEmpty } ?? [] }

    /// Every type's XLSX template, written once into one folder; nil when one failed.
    static let written: String? = {
        guard let folder = try? Repository.temporaryDirectory("templates") else { return nil }
        for schema in schemas {
            let result = try? run(["template", schema.name, "--xlsx", "--output", folder + "/" + schema.name + ".xlsx"])
            guard result?.status == 0, result?.output.isEmpty == true else { return nil }
        }
        return folder
    }()

    static func templates() throws -> (folder: String, schemas: [TableSchema]) {
        (try #require(written, "'hiendien template TYPE --xlsx --output FILE' failed for some type"), schemas)
    }

    /// The text of one part of an XLSX package.
    static func part(_ name: String, of path: String) throws -> String {
        let archive = try ZipArchive(path: path, limits: .default)
        let entry = try #require(archive.entry(named: name), "no part \(name) in \(path)")
        return String(decoding: try archive.contents(of: entry), as: UTF8.self)
    }

    static func letters(_ column: Int) -> String {
        var n = column, text = ""
        while n > 0 { text = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + text; n = (n - 1) / 26 }
        return text
    }

    @Test("without --xlsx the CSV template is the header row with a BOM and CRLF, as before")
    func csvUnchanged() throws {
        let schema = try #require(Self.setup?.schema(named: "enterprise-register"))
        let result = try Self.run(["template", "enterprise-register"])
        #expect(result.status == 0)
        let expected = "\u{FEFF}" + CSVText.record(Row(number: 1, texts: schema.fields.map(\.title))) + "\r\n"
        #expect(String(decoding: result.output, as: UTF8.self) == expected)
        #expect(expected.hasPrefix("\u{FEFF}Mã số thuế,Tên doanh nghiệp,Xã/phường,"))
    }

    @Test("every type's XLSX template reads back with our reader: sheet named like the type, header row of titles")
    func readsBackWithTableOpener() throws {
        let (folder, schemas) = try Self.templates()
        #expect(schemas.count >= 10)
        for schema in schemas {
            let reader = try TableOpener.open(path: folder + "/" + schema.name + ".xlsx")
            let visible = reader.sheets.filter { $0.visibility == .visible }
            #expect(visible.map(\.name) == [schema.sheetNames.first ?? ""], "\(schema.name)")
            var rows: [RowSnapshot] = []
            try reader.forEachRow(inSheet: 0) { row in
                if !row.isBlank { rows.append(RowSnapshot(row)) }
                return true
            }
            #expect(rows == [RowSnapshot(number: 1, cells: schema.fields.map(\.title))], "\(schema.name)")
        }
    }

    @Test("identifier columns are text (numFmt 49), dates dd/mm/yyyy, the header is frozen, lists are drop-downs")
    func stylesPaneAndValidations() throws {
        let (folder, schemas) = try Self.templates()
        let styles = try Self.part("xl/styles.xml", of: folder + "/enterprise-register.xlsx")
        let xfs = try #require(styles.components(separatedBy: "<cellXfs").last).components(separatedBy: "<xf ").dropFirst()
            .map { String($0.prefix { $0 != ">" }) }
        #expect(xfs.count == 4)
        #expect(xfs[2].contains("numFmtId=\"49\""))
        #expect(xfs[3].contains("numFmtId=\"164\""))
        #expect(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"))
        #expect(xfs[1].contains("fontId=\"1\"") && styles.contains("<font><b/>") && xfs[1].contains("applyAlignment=\"1\""))
        #expect(styles.contains("<alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/>"))

        let identifiers: Set<FieldFormat> = [.taxCode, .citizenID, .householdID, .commune, .phone]
        var sawText = Set<FieldFormat>(), sawList = 0, sawHidden = 0
        for schema in schemas {
            let path = folder + "/" + schema.name + ".xlsx"
            let sheet = try Self.part("xl/worksheets/sheet1.xml", of: path)
            #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"), "\(schema.name)")
            for (index, field) in schema.fields.enumerated() {
                let column = Self.letters(index + 1)
                let expected: String? = field.type == .date ? "3" : identifiers.contains(field.format) ? "2" : nil
                if field.type != .date, identifiers.contains(field.format) { sawText.insert(field.format) }
                for row in [2, 1000] {
                    if let expected {
                        #expect(sheet.contains("<c r=\"\(column)\(row)\" s=\"\(expected)\"/>"), "\(schema.name).\(field.name) row \(row)")
                    } else {
                        #expect(!sheet.contains("<c r=\"\(column)\(row)\""), "\(schema.name).\(field.name) row \(row)")
                    }
                }
                #expect(!sheet.contains("<c r=\"\(column)1001\""))
                #expect(sheet.contains("<c r=\"\(column)1\" s=\"1\" t=\"inlineStr\">"), "\(schema.name).\(field.name) header")
                let sqref = "sqref=\"\(column)2:\(column)1000\"><formula1>"
                if let allowed = field.constraints.allowed {
                    sawList += 1
                    let labels = allowed.map(\.label)
                    let inline = "\"" + labels.joined(separator: ",") + "\""
                    if labels.contains(where: { $0.contains(",") }) {
                        sawHidden += 1
                        #expect(sheet.contains(sqref + "'Lists'!$A$1:$A$\(labels.count)</formula1>"), "\(schema.name).\(field.name)")
                        let workbook = try Self.part("xl/workbook.xml", of: path)
                        #expect(workbook.contains("name=\"Lists\" sheetId=\"2\" state=\"hidden\""))
                    } else {
                        #expect(sheet.contains(sqref + inline + "</formula1>"), "\(schema.name).\(field.name)")
                    }
                } else if field.type == .boolean {
                    #expect(sheet.contains(sqref + "\"có,không\"</formula1>"), "\(schema.name).\(field.name)")
                } else {
                    #expect(!sheet.contains(sqref), "\(schema.name).\(field.name)")
                }
            }
        }
        #expect(sawText.isSuperset(of: [.taxCode, .citizenID, .householdID, .commune]))
        #expect(sawList >= 5)
        #expect(sawHidden >= 1, "report-text's sections contain commas and need the hidden list sheet")
    }

    @Test("standard output redirected to a file gets the same bytes as --output, run after run")
    func standardOutput() throws {
        let folder = try Repository.temporaryDirectory("template-stdout")
        let file = try Self.run(["template", "household-register", "--xlsx", "--output", folder + "/a.xlsx"])
        #expect(file.status == 0)
        let piped = try Self.run(["template", "household-register", "--xlsx"])
        #expect(piped.status == 0)
        #expect(Array(piped.output.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        #expect(piped.output == [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/a.xlsx"))))
        #expect(try Self.run(["template", "household-register", "--xlsx"]).output == piped.output)
    }

    @Test("an unknown type or an unwritable --output is a usage error")
    func usageErrors() throws {
        let unknown = try Self.run(["template", "enterprise-registr", "--xlsx", "--output", "/tmp/x.xlsx"])
        #expect(unknown.status == 2)
        #expect(unknown.error.contains("did you mean 'enterprise-register'?"))
        let notADirectory = try Repository.temporaryFile("plain.txt", "a file, not a directory")
        let unwritable = try Self.run(["template", "trainings", "--xlsx", "--output", notADirectory + "/x.xlsx"])
        #expect(unwritable.status == 2)
        #expect(unwritable.error.contains("cannot write"))
    }

    @Test("a workbook is never written to a terminal (util-linux 'script' gives the binary a pseudo-terminal)",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "no /usr/bin/script"))
    func refusesTerminal() throws {
        let quoted = "'" + Binary.path.replacingOccurrences(of: "'", with: "'\\''") + "'"
        let result = try Self.run(viaScript: quoted + " template trainings --xlsx")
        #expect(result.status == 2)
        #expect(result.output.contains("standard output is a terminal"))
        #expect(!result.output.contains("PK"))
    }

    /// Runs `command` under `script -qec`, whose standard output is a pseudo-terminal.
    static func run(viaScript command: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment["HIENDIEN_DATA"] = Repository.data
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    static let soffice: String? = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("LibreOffice (headless) converts every template to CSV and finds the header row",
          .enabled(if: soffice != nil, "LibreOffice is not installed"))
    func libreOffice() throws {
        let (folder, schemas) = try Self.templates()
        let soffice = try #require(Self.soffice)
        let output = folder + "/csv"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["-env:UserInstallation=file://" + folder + "/profile", "--headless", "--norestore",
                             "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", output]
            + schemas.map { folder + "/" + $0.name + ".xlsx" }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        for schema in schemas {
            let reader = try TableOpener.open(path: output + "/" + schema.name + ".csv")
            var rows: [RowSnapshot] = []
            try reader.forEachRow(inSheet: 0) { row in rows.append(RowSnapshot(row)); return true }
            #expect(rows == [RowSnapshot(number: 1, cells: schema.fields.map(\.title))], "\(schema.name)")
        }
    }
}
