import Foundation
import Consolidation
import Programme
import Reports
import Schema

/// A small consolidation with every case the reports must get right: a cohort without a
/// denominator, communes tied on rate whose names sort differently in Vietnamese than by code
/// point, communes without a rate, a late and a missing submission, a file name with a comma and
/// a quote, a narrative with markup in it, and a previous quarter.
enum Fixtures {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    static let communeNames = ["Phường Phan Đình Phùng", "Phường Gia Sàng", "Phường Đức Xuân", "Xã Yên Bình", "Xã Ý Yên"]
    static let trickyFileName = "05443 \"Phan Đình Phùng\", bản sửa.csv"
    static let fileNames = ["STC_2026-Q1_enterprise-register.xlsx", "SKHCN_2026-Q1_trainings.csv", trickyFileName]

    static let issuer = Issuer(issuingBody: ["UBND TỈNH THÁI NGUYÊN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"], place: "Thái Nguyên",
                               signerName: "Nguyễn Văn A")

    static func render(_ language: Language = .vi, _ c: Consolidation = consolidation()) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for f in ReportSet.render(c, language: language, documentNumber: "5", issuer: issuer) { files[f.name] = f.bytes }
        return files
    }

    static func text(_ name: String, _ language: Language = .vi) -> String {
        String(decoding: render(language)[name] ?? [], as: UTF8.self)
    }

    static func commune(_ code: String, _ name: String, registered: Int, of eligible: Int?, pilots: Int,
                        submitted: Bool = true) -> CommuneFigures {
        CommuneFigures(code: code, name: name, submitted: submitted,
                       households: Measure(numerator: registered, denominator: eligible, targetPercent: 90),
                       householdsReached: Measure(numerator: registered + 5, denominator: eligible, targetPercent: 100),
                       pilots: pilots, pilotTarget: 5...10, enterprises: Tally(listed: 3, reached: 2, registered: 1),
                       householdTally: Tally(listed: registered, reached: registered, registered: registered),
                       students: Tally(), reportedHouseholdsRegistered: submitted ? registered : nil,
                       teamActivities: submitted ? 2 : nil, teamParticipants: submitted ? 40 : nil)
    }

    static func consolidation(reversedDictionaries: Bool = false) -> Consolidation {
        let q1 = Period.quarter(1, of: 2026)!
        let deadline = day("2026-04-05")
        func dict(_ pairs: [(String, Int)]) -> [String: Int] {
            var d: [String: Int] = [:]
            for (k, v) in reversedDictionaries ? pairs.reversed() : pairs { d[k] = v }
            return d
        }
        var cohorts = [
            CohortFigures(cohort: "enterprise", title: Localized(vi: "Doanh nghiệp mới thành lập", en: "New enterprises"),
                          suffix: ".biz.vn", rows: 1300, listed: 1234,
                          outreach: Measure(numerator: 1234, denominator: 1234, targetPercent: 100),
                          registration: Measure(numerator: 645, denominator: 1234, targetPercent: 90),
                          registeredInPeriod: 145, website: 300, email: 280, overlapsRemoved: 12,
                          overlaps: [Overlap(senders: ["05443", "STC"], entities: 12)]),
            CohortFigures(cohort: "household", title: Localized(vi: "Hộ kinh doanh", en: "Household businesses"),
                          suffix: ".biz.vn", rows: 1000, listed: 1000,
                          outreach: Measure(numerator: 900, denominator: 1000, targetPercent: 100),
                          registration: Measure(numerator: 450, denominator: 1000, targetPercent: 90),
                          registeredInPeriod: 150, website: 100, email: 90, overlapsRemoved: 0, overlaps: []),
            CohortFigures(cohort: "student", title: Localized(vi: "Sinh viên 18–23 tuổi", en: "Students aged 18–23"),
                          suffix: ".id.vn", rows: 3000, listed: 3000,
                          outreach: Measure(numerator: 3000, denominator: nil, targetPercent: 100),
                          registration: Measure(numerator: 1500, denominator: nil, targetPercent: 90),
                          registeredInPeriod: 700, website: 50, email: 1500, overlapsRemoved: 0, overlaps: []),
        ]
        for i in cohorts.indices {
            cohorts[i].registeredProvinceWide = cohorts[i].registration.numerator
            cohorts[i].reachedProvinceWide = cohorts[i].outreach.numerator
        }
        // 5 registered before the plan began (counted in its first quarter), then 100 in its first
        // quarter and 540 in 2026-Q1: 645 in all, the headline count.
        cohorts[0].registrationsByMonth = dict([("2025-09", 5), ("2025-11", 100), ("2026-02", 540)])
        cohorts[1].registrationsByMonth = dict([("2025-12", 200), ("2026-01", 270)])
        cohorts[2].registrationsByMonth = dict([("2026-03", 1500)])
        cohorts[1].registeredProvinceWide = 470
        cohorts[1].reachedProvinceWide = 930
        cohorts[1].scopeNote = Localized(vi: "Tỷ lệ tính trên các xã, phường đã báo cáo mẫu số.",
                                         en: "Rates cover the communes that reported the denominator.")
        let communes = [
            commune("05443", "Phường Phan Đình Phùng", registered: 72, of: 80, pilots: 7),
            commune("05467", "Phường Gia Sàng", registered: 15, of: 30, pilots: 5),
            commune("01840", "Phường Đức Xuân", registered: 30, of: 60, pilots: 3),
            commune("01864", "Xã Yên Bình", registered: 0, of: nil, pilots: 0, submitted: false),
            commune("01879", "Xã Ý Yên", registered: 4, of: nil, pilots: 6),
        ]
        let stcSubmission = Submission(hash: "aaaaaaaaaaaa1111", fileName: fileNames[0], archivePath: "archive/2026-Q1/STC/a",
                                       senderCode: "STC", senderName: "Sở Tài chính", period: q1, type: "enterprise-register",
                                       received: day("2026-04-02"), deadline: deadline, rows: 1300)
        let skhcnSubmission = Submission(hash: "bbbbbbbbbbbb2222", fileName: fileNames[1], archivePath: "archive/2026-Q1/SKHCN/b",
                                         senderCode: "SKHCN", senderName: "Sở Khoa học và Công nghệ", period: q1,
                                         type: "trainings", received: day("2026-04-09"), deadline: deadline, rows: 4)
        let communeSubmission = Submission(hash: "cccccccccccc3333", fileName: trickyFileName,
                                           archivePath: "archive/2026-Q1/05443/c", senderCode: "05443",
                                           senderName: "Phường Phan Đình Phùng", period: q1, type: "household-register",
                                           received: day("2026-04-01"), deadline: deadline, rows: 90,
                                           supersedes: ["dddddddddddd4444"])
        let stcExpected = ExpectedSubmission(senderCode: "STC", senderName: "Sở Tài chính", type: "enterprise-register",
                                             status: .onTime, received: day("2026-04-02"), hash: stcSubmission.hash)
        let skhcnExpected = ExpectedSubmission(senderCode: "SKHCN", senderName: "Sở Khoa học và Công nghệ", type: "trainings",
                                               status: .late, received: day("2026-04-09"), hash: skhcnSubmission.hash)
        let completeness = [
            stcExpected, skhcnExpected,
            ExpectedSubmission(senderCode: "05443", senderName: "Phường Phan Đình Phùng", type: "household-register",
                               status: .onTime, received: day("2026-04-01"), hash: communeSubmission.hash),
            ExpectedSubmission(senderCode: "01864", senderName: "Xã Yên Bình", type: "commune-activities", status: .missing),
        ]
        let agencies = [
            AgencyFigures(code: "STC", name: Localized(vi: "Sở Tài chính", en: "Department of Finance"), expected: [stcExpected],
                          tallies: ["enterprise": Tally(listed: 1288, reached: 1200, registered: 640, registeredInPeriod: 140)],
                          aggregates: [:]),
            AgencyFigures(code: "SKHCN", name: Localized(vi: "Sở Khoa học và Công nghệ", en: "Department of Science and Technology"),
                          expected: [skhcnExpected], tallies: [:], aggregates: dict([("participants", 320), ("events", 4)])),
        ]
        var activities = ActivityFigures()
        activities.schoolsListed = 10
        activities.schoolsReached = 8
        activities.studentsEligible = nil
        activities.studentsReached = 2900
        activities.studentsRegistered = 1400
        activities.craftVillagesListed = 20
        activities.craftVillagesReached = 15
        activities.craftVillagesWithDomain = 5
        activities.craftVillagesWithWebsite = 3
        activities.craftVillagesByKind = dict([("ocop", 12), ("craft-village", 8)])
        activities.members = ["TINHDOAN": MemberFigures(members: 5000, reached: 4500, registered: 300, sessions: 12)]
        activities.mediaByKind = dict([("news", 10), ("article", 4), ("reportage", 1), ("podcast", 2)])
        activities.mediaBySender = dict([("BTN", 15), ("TTTT", 2)])
        activities.trainings = 4
        activities.trainingParticipants = 320
        activities.trainingsByKind = dict([("training", 3), ("workshop", 1)])
        activities.organisationsReached = 45
        activities.enterprisesReachedByCommunes = 120
        activities.teamActivities = 30
        activities.teamParticipants = 600
        let narratives = [
            NarrativeItem(senderCode: "SKHCN", senderName: "Sở Khoa học và Công nghệ", section: .proposals,
                          text: "Đề nghị bổ sung kinh phí tập huấn."),
            NarrativeItem(senderCode: "05443", senderName: "Phường Phan Đình Phùng", section: .difficulties,
                          text: "Phường thiếu cán bộ hỗ trợ."),
            NarrativeItem(senderCode: "STC", senderName: "Sở Tài chính", section: .difficulties,
                          text: "Nhiều doanh nghiệp chưa quan tâm <b>tên miền</b> | thiếu kinh phí"),
            NarrativeItem(senderCode: "STC", senderName: "Sở Tài chính", section: .results,
                          text: "Đã rà soát 1.234 doanh nghiệp."),
            NarrativeItem(senderCode: "SKHCN", senderName: "Sở Khoa học và Công nghệ", section: .nextTasks,
                          text: "Tổ chức 2 lớp tập huấn\ncho các xã."),
            NarrativeItem(senderCode: "01879", senderName: "Xã Ý Yên", section: .nextTasks, text: hostileNote),
        ]
        var previous = PreviousFigures(period: Period.quarter(4, of: 2025)!, cohorts: [
            "enterprise": CohortHeadline(reached: 1000, registered: 500, eligible: 1200),
            "household": CohortHeadline(reached: 700, registered: 300, eligible: 1000),
        ])
        previous.communeRates = ["05443": 0.8, "05467": 0.5, "99999": 0.1]
        previous.mediaItems = 12
        previous.trainings = 2
        previous.trainingParticipants = 150
        var c = Consolidation(
            period: q1, periodStart: day("2026-01-01"), periodEnd: day("2026-03-31"), deadline: deadline,
            asOf: day("2026-04-08"), province: "Thái Nguyên", programmeStart: day("2025-10-18"),
            programmeEnd: day("2026-12-31"), pilotTarget: 5...10, cohorts: cohorts, communes: communes, agencies: agencies,
            completeness: completeness, activities: activities, narratives: narratives,
            submissions: [
                SubmissionContribution(submission: stcSubmission, contributed: dict([("enterprise", 1288)])),
                SubmissionContribution(submission: skhcnSubmission, contributed: dict([("trainings", 4)])),
                SubmissionContribution(submission: communeSubmission, contributed: dict([("household", 88), ("enterprise", 2)])),
            ],
            previous: previous)
        c.renewalWindowEnd = day("2026-10-08")
        c.renewalRisk = [
            RenewalRisk(communeCode: "05443", communeName: "Phường Phan Đình Phùng", cohort: "household", count: 3,
                        earliestEnd: day("2026-05-02")),
            RenewalRisk(communeCode: "", communeName: "", cohort: "enterprise", count: 1, earliestEnd: day("2026-06-30")),
        ]
        return c
    }

    /// A commune's note that is markup in a browser and a formula in Excel.
    static let hostileNote = "=1+2 <script>alert(1)</script>"
}

extension String {
    /// The cells of a Markdown pipe-table row that starts with `first`, trimmed.
    func markdownRow(startingWith first: String) -> [String]? {
        for line in split(separator: "\n") where line.hasPrefix("| " + first + " |") {
            return line.dropFirst(2).dropLast(2).components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        return nil
    }
}
