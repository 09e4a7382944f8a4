import Testing
import TestSupport
@testable import Schema

private let enterpriseHeader = "Mã số thuế,Tên doanh nghiệp,Xã/phường,Ngày thành lập,Ngày tiếp cận,Tên miền,Ngày đăng ký tên miền,Có website,Có email tên miền"
private let studentHeader = "Số định danh cá nhân,Họ và tên,Ngày sinh,Trường,Xã/phường,Ngày tiếp cận,Tên miền,Ngày đăng ký tên miền"

@Suite("File validation")
struct FileValidatorTests {
    @Test func cleanEnterpriseFileIsValidAndTyped() throws {
        let report = try Loaded.validate("""
            \(enterpriseHeader)
            4601145688,Công ty TNHH Chè Tân Cương,05443,15/03/2026,01/07/2026,chetancuong.biz.vn,10/07/2026,x,
            0100233488,Công ty CP Gỗ Phú Bình,05443,02/01/2026,,,,,
            """)
        #expect(report.isValid)
        #expect(report.type == "enterprise-register")
        #expect(report.typeDetected)
        #expect(report.rowCount == 2)
        #expect(report.findings.total == 0, "\(report.triples)")
    }

    @Test func headersMatchWithoutDiacriticsInCapitalsAndByAlias() throws {
        let report = try Loaded.validate("""
            STT,MA SO THUE (*),TÊN DN,xa/phuong,Ngày cấp GCN ĐKDN,Tên miền .biz.vn,Ngày đăng ký
            1,4601145688,Công ty A,05443,15/03/2026,a.biz.vn,10/07/2026
            """)
        #expect(report.type == "enterprise-register")
        #expect(report.findings.total == 0, "\(report.triples)")
    }

    @Test func headerBelowATitleBlockWithColumnNumbersAndTotal() throws {
        let report = try Loaded.validate("""
            UBND TỈNH THÁI NGUYÊN,,,
            SỞ TÀI CHÍNH,,,
            DANH SÁCH DOANH NGHIỆP MỚI THÀNH LẬP QUÝ III/2026,,,
            ,,,
            STT,Mã số thuế,Tên doanh nghiệp,Xã/phường,Ngày thành lập
            (1),(2),(3),(4),(5)
            1,4601145688,Công ty A,05443,15/03/2026

            2,0100233488,Công ty B,05443,15/03/2026
            Tổng cộng,,2,,
            """)
        #expect(report.headerRow == 5)
        #expect(report.rowCount == 2)
        #expect(report.isValid)
        #expect(report.triples == ["column-number-row-skipped@6:-", "blank-row@8:-", "total-row-skipped@10:-"])
    }

    @Test func structuralFindings() throws {
        let report = try Loaded.validate("""
            Mã số thuế,Tên doanh nghiệp,Ngày thành lập,Ghi chú nội bộ,MST,
            4601145688,Công ty A,15/03/2026,x,4601145688,lạ
            """)
        #expect(report.type == "enterprise-register")
        #expect(!report.isValid)
        #expect(Set(report.codes()) == ["missing-label", "extra-label", "duplicate-label", "extra-cell"])
        let missing = report.findings.sorted.first { $0.code == .missingLabel }
        #expect(missing?.location.field == "commune")
    }

    @Test func unknownTypeNamesTheClosest() throws {
        let report = try Loaded.validate("""
            Cột một,Cột hai,Tên doanh nghiệp
            1,2,3
            """)
        #expect(report.type == nil)
        #expect(!report.isValid)
        #expect(report.codes() == ["type-unknown"])
        #expect(report.findings.findings.first?.arguments["best"] == "enterprise-register")
    }

    @Test func forcedTypeWithoutItsHeaderSaysSo() throws {
        let report = try Loaded.validate("a,b\n1,2\n", type: "student-register")
        #expect(report.codes() == ["header-not-found"])
    }

    @Test func cellRulesOfAnEnterpriseRegister() throws {
        let context = ValidationContext(periodEnd: Day(year: 2026, month: 9, day: 30), periodName: "2026-Q3")
        let report = try Loaded.validate("""
            \(enterpriseHeader)
            0100233480,Công ty A,05443,15/03/2026,,,,,
            4601145688,Công ty B,05443,31/02/2026,,,,,
            0100233488,Công ty C,05443,01/01/2024,,c.biz.vn,05/07/2026,,
            0100112437,Công ty D,05443,01/03/2026,,d.id.vn,05/07/2026,,
            0314409058,Công ty E,05443,01/03/2026,,e.biz.vn,,,
            4601145688-001,Công ty F,05443,01/03/2026,,f.biz.vn,05/10/2026,,
            0100233488,Công ty G,05443,01/03/2026,,,,,
            4601145688-002,,abc,01/03/2026,15/07/2026,f.biz.vn,01/02/2026,có,có lẽ
            """, context: context)
        #expect(report.triples == [
            "tax-code-check-digit@2:entity_id",
            "type-error@3:founded_on",
            "founded-too-early@4:founded_on",
            "domain-suffix@5:domain",
            "missing-dependent@6:registered_on",
            "date-after-period@7:registered_on",
            "primary-key-error@8:entity_id",
            "missing-value@9:name",
            "unknown-commune@9:commune",
            "unique-error@9:domain",
            "date-order@9:registered_on",
            "type-error@9:email",
        ])
        #expect(report.rowsWithErrors == 8)
    }

    @Test func studentAgesAndPersonalDataAreMasked() throws {
        let report = try Loaded.validate("""
            \(studentHeader)
            019208001234,Nguyễn Văn An,15/08/2008,Đại học Thái Nguyên,05443,,an.id.vn,10/08/2026
            019202001234,Trần Thị Bình,09/08/2002,Đại học Thái Nguyên,05443,,binh.id.vn,10/08/2026
            019301001234,Lê Văn Cường,11/08/2002,Đại học Thái Nguyên,05443,,cuong.id.vn,10/08/2026
            019202001234,Lê Văn Dũng,11/08/2002,Đại học Thái Nguyên,05443,,dung.id.vn,10/08/2026
            019205001234,Phạm Thị E,01/01/2005,Đại học Thái Nguyên,05443,,e.biz.vn,10/08/2026
            """)
        #expect(report.triples == [
            "age-out-of-range@2:birth_date",
            "age-out-of-range@3:birth_date",
            "citizen-id-birth-year@4:entity_id",
            "primary-key-error@5:entity_id",
            "domain-suffix@6:domain",
        ])
        let age = try #require(report.findings.sorted.first)
        #expect(age.arguments["age"] == "17")
        #expect(age.value == "**/**/2008")
        let renderer = FindingRenderer(catalogue: Loaded.catalogue, language: .vi)
        for finding in report.findings.findings {
            let text = renderer.message(finding) + renderer.place(finding.location)
            #expect(!text.contains("019208001234") && !text.contains("15/08/2008"), "\(text)")
        }
        let idYear = try #require(report.findings.sorted.first { $0.code == .citizenIDBirthYear })
        #expect(idYear.value == "0193****1234")
    }

    @Test func aggregatesCheckCountOrderAndConstraints() throws {
        let report = try Loaded.validate("""
            Xã/phường,Tổng số hộ kinh doanh có GCN,Số hộ kinh doanh được tiếp cận,Số hộ kinh doanh đăng ký .biz.vn,Số hộ kinh doanh thí điểm
            05443,"1.250",300,120,8
            05455,100,120,10,2
            01840,100,50,-3,0
            01843,100,50,20,30
            """)
        #expect(report.type == "commune-activities")
        #expect(report.triples == [
            "count-order@3:households_reached",
            "constraint-error@4:households_registered",
            "count-order@5:pilot_households",
        ])
        #expect(report.isValid == false)
    }

    @Test func unreadableAndEmptyFiles() throws {
        let missing = FileValidator(types: Loaded.schemas, catalogue: Loaded.catalogue)
            .validate(path: "/nonexistent/STC_2026-Q3.csv")
        #expect(missing.codes() == ["file-unreadable"])
        let empty = try Loaded.validate("")
        #expect(empty.codes() == ["file-empty"])
        let headerOnly = try Loaded.validate(enterpriseHeader + "\n")
        #expect(headerOnly.codes() == ["file-empty"])
        let unclosed = try Loaded.validate(enterpriseHeader + "\n4601145688,\"Công ty A,05443\n")
        #expect(unclosed.codes().contains("unclosed-quote"))
    }

    @Test func findingsAreBoundedButAllCounted() throws {
        var csv = enterpriseHeader + "\n"
        for _ in 0..<1500 { csv += "0100233480,Công ty,05443,15/03/2026,,,,,\n" }
        let context = ValidationContext(findingLimit: 100)
        let report = try Loaded.validate(csv, context: context)
        #expect(report.findings.findings.count == 100)
        #expect(report.findings.countsByCode[.taxCodeCheckDigit] == 1500)
        #expect(report.findings.isTruncated)
    }
}
