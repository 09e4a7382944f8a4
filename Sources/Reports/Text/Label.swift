import Schema

/// Every fixed text of the reports, in Vietnamese and English: the one localisation table.
///
/// Builders ask `t(.cohort)`; nothing else in Reports writes a language-dependent word, so a
/// wording change is one line here and the two languages cannot drift apart (the test suite
/// renders both). Codes from the configuration (submission types, media and training kinds,
/// aggregate fields) are titled through ``codeTitles``; an unknown code shows as itself.
enum Label: CaseIterable {
    case reportTitle
    case subtitleProgramme
    case toCommittee
    case toMinistry
    case nationalTitle
    case motto
    case numberPrefix
    case recipientsHeading
    case recipientAsAbove
    case recipientCommittee
    case recipientMinistry
    case recipientDirectors
    case recipientArchive
    case appendix
    case appendixCommunes
    case appendixAgencies
    case appendixTrace
    case headingResults
    case headingDifficulties
    case headingProposals
    case headingNextTasks
    case headingProgress
    case headingPeriod
    case headingChange
    case headingOverlaps
    case headingCommunes
    case headingActivities
    case headingCompleteness
    case headingAgencyResults
    case headingRegistrations
    case headingServices
    case captionProgress
    case captionChart
    case captionPeriod
    case captionChange
    case captionOverlaps
    case captionActivities
    case captionCraftKinds
    case captionMembers
    case captionMedia
    case captionMediaBySender
    case captionTrainings
    case captionCompleteness
    case captionLateMissing
    case captionCommunes
    case captionExpected
    case captionTallies
    case captionAggregates
    case captionTrace
    case captionRegistrations
    case captionServices
    case cohort
    case suffix
    case eligible
    case reached
    case outreach
    case registration
    case outreachRate
    case target
    case assessment
    case registered
    case registeredCumulative
    case registrationRate
    case registeredInPeriod
    case reachedProvinceWide
    case registeredProvinceWide
    case website
    case email
    case registerRows
    case listed
    case overlapsRemoved
    case reachedBefore
    case reachedNow
    case registeredBefore
    case registeredNow
    case rateBefore
    case rateNow
    case change
    case between
    case entities
    case indicator
    case achieved
    case ofTotal
    case rate
    case count
    case kind
    case total
    case sender
    case organisation
    case members
    case membersRegistered
    case sessions
    case trainingParticipants
    case expected
    case onTime
    case late
    case missing
    case code
    case submissionType
    case status
    case received
    case deadline
    case rank
    case commune
    case householdsEligible
    case pilots
    case teamActivities
    case teamParticipants
    case reportSent
    case rows
    case hash
    case fileName
    case contributed
    case supersedes
    case value
    case schoolsReached
    case studentsReachedBySchools
    case studentsRegisteredBySchools
    case craftVillagesReached
    case craftVillagesWithDomain
    case craftVillagesWithWebsite
    case organisationsReachedByCommunes
    case enterprisesReachedByCommunes
    case notReported
    case targetMet
    case targetNotMet
    case yes
    case no
    case percentagePoints
    case wholeProgramme
    case cutOff
    case cumulativeSince
    case missingDenominatorNote
    case ministryScope
    case noPrevious
    case noOverlaps
    case nothingReported
    case allOnTime
    case noSubmissions
    case nothingExpected
    case nothingSaid
    case communesWithRate
    case communesBelowTarget
    case seeAppendixCommunes
    case communeRankingNote
    case belowTargetLegend
    case traceNote
    case figuresBelow
    case headingQuarters
    case captionQuarterChart
    case captionQuarters
    case quarter
    case addedInQuarter
    case cumulativeAtQuarterEnd
    case pathAtQuarterEnd
    case difference
    case barLegend
    case pathLegend
    case quartersNoteStart
    case quartersNoteEnd
    case historyProvinceWide
    case noPath
    case headingOutlook
    case captionOutlook
    case outlookNote
    case targetCount
    case pacePerMonth
    case reachDate
    case neededPerMonth
    case alreadyReached
    case notBy
    case projected
    case headingRenewal
    case captionRenewal
    case captionRenewalByCohort
    case earliestEnd
    case registrations
    case noRenewal
    case unknownCommune
    case freePeriodIs
    case freePeriodYears
    case captionHeadlineChange
    case mediaItems
    case trainingEvents
    case captionTopBottom
    case highest
    case lowest
    case group
    case noRatedCommunes
    case captionCommuneChart
    case captionCompletenessGrid
    case agencies
    case communesGroup

    var text: Localized {
        switch self {
        case .reportTitle: L("BÁO CÁO", "REPORT")
        case .subtitleProgramme: L("Kết quả thực hiện Kế hoạch hỗ trợ người dân, doanh nghiệp, hộ kinh doanh hiện diện trực tuyến tin cậy trên tên miền quốc gia “.vn” trên địa bàn tỉnh", "Progress of the plan helping citizens, enterprises and household businesses to a trusted online presence on the national domain “.vn” in")
        case .toCommittee: L("Kính gửi: Ủy ban nhân dân tỉnh", "To: the Provincial People's Committee of")
        case .toMinistry: L("Kính gửi: Bộ Khoa học và Công nghệ (qua Trung tâm Internet Việt Nam)", "To: the Ministry of Science and Technology (through the Vietnam Internet Network Information Center, VNNIC)")
        case .nationalTitle: L("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM")
        case .motto: L("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness")
        case .numberPrefix: L("Số:", "No.:")
        case .recipientsHeading: L("Nơi nhận:", "Recipients:")
        case .recipientAsAbove: L("Như trên;", "As above;")
        case .recipientCommittee: L("UBND tỉnh (để báo cáo);", "Provincial People's Committee (for information);")
        case .recipientMinistry: L("Bộ Khoa học và Công nghệ (qua VNNIC) (để báo cáo);", "Ministry of Science and Technology, through VNNIC (for information);")
        case .recipientDirectors: L("Giám đốc, các Phó Giám đốc Sở;", "Director and Deputy Directors of the Department;")
        case .recipientArchive: L("Lưu: VT.", "File: records office.")
        case .appendix: L("PHỤ LỤC", "APPENDIX")
        case .appendixCommunes: L("KẾT QUẢ TẠI CÁC XÃ, PHƯỜNG", "COMMUNES AND WARDS")
        case .appendixAgencies: L("SỐ LIỆU THEO CƠ QUAN, ĐƠN VỊ", "FIGURES BY AGENCY")
        case .appendixTrace: L("NGUỒN SỐ LIỆU", "WHERE EVERY FIGURE COMES FROM")
        case .headingResults: L("KẾT QUẢ ĐẠT ĐƯỢC", "RESULTS ACHIEVED")
        case .headingDifficulties: L("KHÓ KHĂN, VƯỚNG MẮC", "DIFFICULTIES AND OBSTACLES")
        case .headingProposals: L("ĐỀ XUẤT, KIẾN NGHỊ", "PROPOSALS")
        case .headingNextTasks: L("NHIỆM VỤ QUÝ TỚI", "TASKS FOR THE NEXT QUARTER")
        case .headingProgress: L("Tiến độ theo nhóm đối tượng so với mục tiêu", "Progress of each cohort against its targets")
        case .headingPeriod: L("Đăng ký mới trong kỳ và dịch vụ số", "New registrations in the period and digital services")
        case .headingChange: L("So với quý trước", "Change since the previous quarter")
        case .headingOverlaps: L("Đối tượng trùng lặp đã loại", "Overlaps removed")
        case .headingCommunes: L("Kết quả tại các xã, phường", "Communes and wards")
        case .headingActivities: L("Hoạt động tuyên truyền, hỗ trợ", "Outreach and support activities")
        case .headingCompleteness: L("Tình hình gửi báo cáo", "Submissions received")
        case .headingAgencyResults: L("Kết quả do các cơ quan, đơn vị báo cáo", "Results as the agencies reported them")
        case .headingRegistrations: L("Đăng ký tên miền .biz.vn, .id.vn", "Registrations of .biz.vn and .id.vn names")
        case .headingServices: L("Sử dụng dịch vụ số", "Digital services in use")
        case .captionProgress: L("Tiếp cận và đăng ký theo nhóm đối tượng", "Outreach and registration by cohort")
        case .captionChart: L("Biểu đồ tỷ lệ tiếp cận, đăng ký so với mục tiêu (số liệu tại bảng dưới)", "Outreach and registration rates against the targets (figures in the table below)")
        case .captionPeriod: L("Đăng ký mới trong kỳ, dịch vụ số và số liệu danh sách", "New in the period, digital services and register rows")
        case .captionChange: L("Thay đổi so với quý trước", "Change since the previous quarter")
        case .captionOverlaps: L("Đối tượng do nhiều đơn vị cùng báo cáo, chỉ tính một lần", "Entities reported by several senders, counted once")
        case .captionActivities: L("Trường học, làng nghề và hoạt động cấp xã", "Schools, craft villages and the communes' own reports")
        case .captionCraftKinds: L("Làng nghề, chủ thể OCOP theo loại", "Craft villages and OCOP producers by kind")
        case .captionMembers: L("Tuyên truyền đến đoàn viên, hội viên theo tổ chức", "Members reached per organisation")
        case .captionMedia: L("Tin, bài tuyên truyền theo thể loại", "Media items by category")
        case .captionMediaBySender: L("Tin, bài theo cơ quan đăng, phát", "Media items by sender")
        case .captionTrainings: L("Hội nghị, hội thảo, tập huấn", "Conferences, workshops and trainings")
        case .captionCompleteness: L("Báo cáo phải gửi trong kỳ", "Submissions expected in the period")
        case .captionLateMissing: L("Báo cáo chưa gửi hoặc gửi muộn", "Missing and late submissions")
        case .captionCommunes: L("Xã, phường xếp theo tỷ lệ hộ kinh doanh đăng ký .biz.vn", "Communes and wards ranked by household registration rate")
        case .captionExpected: L("Báo cáo phải gửi", "Expected submissions")
        case .captionTallies: L("Danh sách đã gửi (trước khi loại trùng)", "Registers sent (before overlaps are removed)")
        case .captionAggregates: L("Số liệu tổng hợp đã báo cáo", "Aggregates reported")
        case .captionTrace: L("Các tệp báo cáo được tính trong kỳ", "Submissions counted in the period")
        case .captionRegistrations: L("Tên miền đăng ký theo nhóm đối tượng", "Names registered by cohort")
        case .captionServices: L("Website, thư điện tử trên tên miền đã đăng ký", "Websites and email on the registered names")
        case .cohort: L("Nhóm đối tượng", "Cohort")
        case .suffix: L("Tên miền", "Suffix")
        case .eligible: L("Số đối tượng", "Eligible")
        case .reached: L("Đã tiếp cận", "Reached")
        case .outreach: L("Tiếp cận", "Outreach")
        case .registration: L("Đăng ký", "Registration")
        case .outreachRate: L("Tỷ lệ tiếp cận", "Outreach rate")
        case .target: L("Mục tiêu", "Target")
        case .assessment: L("Đánh giá", "Assessment")
        case .registered: L("Đã đăng ký", "Registered")
        case .registeredCumulative: L("Đã đăng ký (lũy kế)", "Registered (cumulative)")
        case .registrationRate: L("Tỷ lệ đăng ký", "Registration rate")
        case .reachedProvinceWide: L("Đã tiếp cận (toàn tỉnh)", "Reached (province-wide)")
        case .registeredProvinceWide: L("Đã đăng ký (toàn tỉnh, lũy kế)", "Registered (province-wide, cumulative)")
        case .registeredInPeriod: L("Đăng ký mới trong kỳ", "New in the period")
        case .website: L("Có website", "Website")
        case .email: L("Có thư điện tử", "Email")
        case .registerRows: L("Số dòng danh sách", "Register rows")
        case .listed: L("Đối tượng trong danh sách", "Listed")
        case .overlapsRemoved: L("Trùng lặp đã loại", "Overlaps removed")
        case .reachedBefore: L("Tiếp cận quý trước", "Reached, previous")
        case .reachedNow: L("Tiếp cận kỳ này", "Reached, now")
        case .registeredBefore: L("Đăng ký quý trước", "Registered, previous")
        case .registeredNow: L("Đăng ký kỳ này", "Registered, now")
        case .rateBefore: L("Tỷ lệ đăng ký quý trước", "Registration rate, previous")
        case .rateNow: L("Tỷ lệ đăng ký kỳ này", "Registration rate, now")
        case .change: L("Thay đổi", "Change")
        case .between: L("Giữa các đơn vị", "Between")
        case .entities: L("Số đối tượng trùng", "Entities")
        case .indicator: L("Chỉ tiêu", "Indicator")
        case .achieved: L("Kết quả", "Achieved")
        case .ofTotal: L("Tổng số", "Of")
        case .rate: L("Tỷ lệ", "Rate")
        case .count: L("Số lượng", "Count")
        case .kind: L("Loại", "Kind")
        case .total: L("Tổng cộng", "Total")
        case .sender: L("Đơn vị gửi", "Sender")
        case .organisation: L("Tổ chức", "Organisation")
        case .members: L("Tổng số đoàn viên, hội viên", "Members")
        case .membersRegistered: L("Đăng ký tên miền", "Registered a name")
        case .sessions: L("Số buổi tuyên truyền", "Sessions")
        case .trainingParticipants: L("Số người tham dự", "Participants")
        case .expected: L("Phải gửi", "Expected")
        case .onTime: L("Đúng hạn", "On time")
        case .late: L("Gửi muộn", "Late")
        case .missing: L("Chưa gửi", "Missing")
        case .code: L("Mã", "Code")
        case .submissionType: L("Loại báo cáo", "Submission type")
        case .status: L("Tình trạng", "Status")
        case .received: L("Ngày nhận", "Received")
        case .deadline: L("Hạn gửi", "Deadline")
        case .rank: L("Hạng", "Rank")
        case .commune: L("Xã, phường", "Commune or ward")
        case .householdsEligible: L("Hộ kinh doanh có GCN", "Household businesses")
        case .pilots: L("Hộ thí điểm", "Pilots")
        case .teamActivities: L("Hoạt động của Tổ CNSCĐ", "Digital team activities")
        case .teamParticipants: L("Lượt người tham gia Tổ CNSCĐ", "Digital team participants")
        case .reportSent: L("Đã gửi báo cáo", "Report sent")
        case .rows: L("Số dòng", "Rows")
        case .hash: L("Mã tệp", "Hash")
        case .fileName: L("Tên tệp", "File name")
        case .contributed: L("Đóng góp", "Contributed")
        case .supersedes: L("Thay thế tệp", "Replaces")
        case .value: L("Giá trị", "Value")
        case .schoolsReached: L("Trường được tiếp cận", "Schools reached")
        case .studentsReachedBySchools: L("Sinh viên 18–23 tuổi được tiếp cận (theo báo cáo của các trường)", "Students 18–23 reached (as the schools report)")
        case .studentsRegisteredBySchools: L("Sinh viên đăng ký .id.vn (theo báo cáo của các trường)", "Students registered .id.vn (as the schools report)")
        case .craftVillagesReached: L("Làng nghề, chủ thể OCOP được tiếp cận", "Craft villages and OCOP producers reached")
        case .craftVillagesWithDomain: L("Làng nghề, chủ thể OCOP có tên miền .vn", "Craft villages and OCOP producers with a .vn name")
        case .craftVillagesWithWebsite: L("Làng nghề, chủ thể OCOP có website", "Craft villages and OCOP producers with a website")
        case .organisationsReachedByCommunes: L("Tổ chức được xã, phường tiếp cận", "Organisations reached by the communes")
        case .enterprisesReachedByCommunes: L("Doanh nghiệp được xã, phường tiếp cận", "Enterprises reached by the communes")
        case .notReported: L("chưa có số liệu", "not reported")
        case .targetMet: L("Đạt", "Met")
        case .targetNotMet: L("Chưa đạt", "Below target")
        case .yes: L("Có", "Yes")
        case .no: L("Không", "No")
        case .percentagePoints: L("điểm %", "pp")
        case .wholeProgramme: L("toàn chương trình", "whole programme")
        case .cutOff: L("Số liệu tính đến ngày", "Figures as of")
        case .cumulativeSince: L("lũy kế từ ngày", "cumulative since")
        case .missingDenominatorNote: L("Tỷ lệ chỉ tính khi các cơ quan đã báo cáo số đối tượng; nơi chưa có ghi “chưa có số liệu”. Tỷ lệ được làm tròn xuống.", "A rate is shown only where the agencies reported the eligible population; elsewhere it reads “not reported”. Rates are rounded down.")
        case .ministryScope: L("Báo cáo gồm số liệu tổng hợp toàn tỉnh, không có dữ liệu cá nhân.", "This report carries province totals only, and no personal data.")
        case .noPrevious: L("Chưa có số liệu quý trước để so sánh.", "There is no previous quarter to compare with.")
        case .noOverlaps: L("Không có đối tượng trùng lặp.", "No entity was reported twice.")
        case .nothingReported: L("Chưa có số liệu báo cáo.", "Nothing reported.")
        case .allOnTime: L("Tất cả báo cáo đã gửi đúng hạn.", "Every expected submission arrived on time.")
        case .noSubmissions: L("Chưa có tệp báo cáo nào được chấp nhận.", "No submission was accepted.")
        case .nothingExpected: L("Không có báo cáo phải gửi.", "Nothing was expected.")
        case .nothingSaid: L("Các cơ quan, đơn vị không nêu nội dung này.", "No agency wrote anything under this heading.")
        case .communesWithRate: L("Số xã, phường có tỷ lệ đăng ký", "Communes with a registration rate")
        case .communesBelowTarget: L("dưới mục tiêu", "below target")
        case .seeAppendixCommunes: L("Chi tiết tại Phụ lục 1.", "See Appendix 1.")
        case .communeRankingNote: L("Xếp theo tỷ lệ hộ kinh doanh đăng ký .biz.vn, từ cao xuống thấp; xã, phường chưa có số liệu xếp sau, theo tên.", "Ranked by household registration rate, highest first; communes without a rate follow, by name.")
        case .belowTargetLegend: L("dưới mục tiêu đăng ký, hoặc ít hộ thí điểm hơn mức tối thiểu", "below the registration target, or fewer pilots than the minimum")
        case .traceNote: L("Mọi số liệu trong báo cáo được tổng hợp từ các tệp dưới đây (tệp đã bị thay thế không tính). Mã tệp là 12 ký tự đầu của mã SHA-256 của tệp trong kho lưu trữ.", "Every figure in this report comes from the files below (superseded files excluded). The hash is the first 12 hex digits of the file's SHA-256 in the archive.")
        case .figuresBelow: L("số liệu tại bảng dưới", "figures in the table below")
        case .headingQuarters: L("Đăng ký theo quý so với lộ trình", "Registrations per quarter against the path to the target")
        case .captionQuarterChart: L("Biểu đồ số đăng ký lũy kế cuối mỗi quý so với lộ trình đạt mục tiêu", "Cumulative registrations at each quarter's end against the path to the target")
        case .captionQuarters: L("Đăng ký theo quý so với lộ trình (quý dương lịch)", "Registrations per quarter against the path (calendar quarters)")
        case .quarter: L("Quý", "Quarter")
        case .addedInQuarter: L("Đăng ký trong quý", "Registered in the quarter")
        case .cumulativeAtQuarterEnd: L("Lũy kế cuối quý", "Cumulative at the quarter's end")
        case .pathAtQuarterEnd: L("Lộ trình cần đạt", "Path")
        case .difference: L("Chênh lệch so với lộ trình", "Ahead (+) or behind (−) the path")
        case .barLegend: L("Đã đăng ký (lũy kế cuối quý)", "Registered (cumulative at the quarter's end)")
        case .pathLegend: L("Lộ trình đều từ 0 đến mục tiêu", "Straight path from 0 to the target")
        case .quartersNoteStart: L("Quý tính theo quý dương lịch; tên miền đăng ký trước khi Kế hoạch bắt đầu được tính vào quý đầu tiên. Lộ trình là đường thẳng từ 0 vào ngày", "Quarters are calendar quarters; names registered before the plan began count in the first quarter. The path is a straight line from 0 on")
        case .quartersNoteEnd: L("đến mục tiêu vào ngày", "to the target on")
        case .historyProvinceWide: L("Số đăng ký theo tháng tính toàn tỉnh; số đối tượng chỉ gồm các xã, phường đã báo cáo mẫu số.", "The monthly history is province-wide; the eligible population covers only the communes that reported it.")
        case .noPath: L("Chưa có số đối tượng nên chưa có lộ trình.", "No eligible population reported, so no path.")
        case .headingOutlook: L("Dự báo tiến độ", "What comes next")
        case .captionOutlook: L("Dự báo thời điểm đạt mục tiêu đăng ký theo tốc độ hiện tại", "When each cohort reaches its registration target at the current pace")
        case .outlookNote: L("Tốc độ hiện tại bằng số đăng ký lũy kế chia cho số ngày từ ngày bắt đầu Kế hoạch đến ngày chốt số liệu. Số cần đăng ký mỗi tháng tính từ ngày lập báo cáo đến ngày kết thúc Kế hoạch (một tháng tính bằng 30,44 ngày).", "The current pace is the cumulative registrations divided by the days from the plan's start to the cut-off. The registrations needed per month are counted from the report date to the plan's end (a month is 30.44 days).")
        case .targetCount: L("Số cần đạt", "Target")
        case .pacePerMonth: L("Tốc độ hiện tại (đăng ký/tháng)", "Current pace (a month)")
        case .reachDate: L("Thời điểm đạt mục tiêu", "Target reached")
        case .neededPerMonth: L("Cần đăng ký mỗi tháng, từ ngày", "Needed a month, from")
        case .alreadyReached: L("Đã đạt", "Reached already")
        case .notBy: L("không đạt trước ngày", "not by")
        case .projected: L("dự kiến", "projected")
        case .headingRenewal: L("Đăng ký sắp hết thời gian miễn phí", "Registrations whose free period ends soon")
        case .captionRenewal: L("Đăng ký hết thời gian miễn phí trong 6 tháng tới, theo xã, phường và nhóm đối tượng", "Registrations whose free period ends within the next 6 months, by commune and cohort")
        case .captionRenewalByCohort: L("Đăng ký hết thời gian miễn phí trong 6 tháng tới, theo nhóm đối tượng", "Registrations whose free period ends within the next 6 months, by cohort")
        case .earliestEnd: L("Ngày hết miễn phí sớm nhất", "Earliest end")
        case .registrations: L("Số đăng ký", "Registrations")
        case .noRenewal: L("Không có đăng ký nào hết thời gian miễn phí trong 6 tháng tới.", "No registration's free period ends within the next 6 months.")
        case .unknownCommune: L("Chưa xác định xã, phường", "Commune not known")
        case .freePeriodIs: L("Tên miền được miễn phí", "Names are free for")
        case .freePeriodYears: L("năm kể từ ngày đăng ký; sau đó chủ thể phải gia hạn và nộp phí duy trì, nếu không tên miền sẽ bị thu hồi. Số liệu không gồm thông tin cá nhân.", "years from registration; after that the holder must renew and pay, or lose the name. No personal data is shown.")
        case .captionHeadlineChange: L("Các chỉ tiêu chính so với quý trước", "Headline figures against the previous quarter")
        case .mediaItems: L("Tin, bài tuyên truyền", "Media items")
        case .trainingEvents: L("Hội nghị, hội thảo, tập huấn", "Conferences, workshops and trainings")
        case .captionTopBottom: L("5 xã, phường có tỷ lệ hộ kinh doanh đăng ký cao nhất và 5 xã, phường thấp nhất", "The 5 communes with the highest and the 5 with the lowest household registration rates")
        case .highest: L("Cao nhất", "Highest")
        case .lowest: L("Thấp nhất", "Lowest")
        case .group: L("Nhóm", "Group")
        case .noRatedCommunes: L("Chưa có xã, phường nào báo cáo số hộ kinh doanh.", "No commune reported its number of household businesses.")
        case .captionCommuneChart: L("Biểu đồ tỷ lệ hộ kinh doanh đăng ký .biz.vn theo xã, phường", "Household registration rate by commune")
        case .captionCompletenessGrid: L("Tình hình gửi báo cáo theo đơn vị,", "Submissions by sender,")
        case .agencies: L("Cơ quan, đơn vị cấp tỉnh", "Provincial agencies")
        case .communesGroup: L("Xã, phường", "Communes and wards")
        }
    }

    /// Titles of configuration codes. They repeat the titles in `Data/schemas/*.json`, which the
    /// consolidation does not carry; a new code shows as the code until it is added here.
    static let codeTitles = CodeTitles()

    struct CodeTitles {
        let types: [String: Localized] = [
            "commune-activities": L("Kết quả thực hiện của xã/phường", "Commune and ward activities"),
            "craft-village": L("Làng nghề và chủ thể OCOP", "Craft villages and OCOP producers"),
            "enterprise-register": L("Danh sách doanh nghiệp mới thành lập", "Register of newly founded enterprises"),
            "household-register": L("Danh sách hộ kinh doanh", "Register of household businesses"),
            "media-items": L("Tin, bài tuyên truyền", "Media items"),
            "member-outreach": L("Tuyên truyền đến đoàn viên, hội viên", "Outreach to members of mass organisations"),
            "report-text": L("Thuyết minh báo cáo", "Report text"),
            "school-outreach": L("Tổng hợp tiếp cận các trường", "Outreach to schools"),
            "student-register": L("Danh sách sinh viên, học sinh 18–23 tuổi", "Register of students aged 18 to 23"),
            "trainings": L("Hội nghị, hội thảo, tập huấn", "Workshops and trainings"),
        ]
        let kinds: [String: Localized] = [
            "craft-village": L("Làng nghề", "Craft village"),
            "ocop": L("Chủ thể OCOP", "OCOP producer"),
            "news": L("Tin", "News"),
            "article": L("Bài viết", "Article"),
            "reportage": L("Phóng sự", "Reportage"),
            "model-story": L("Gương điển hình", "Model story"),
            "programme": L("Chuyên mục", "Programme"),
            "conference": L("Hội nghị", "Conference"),
            "workshop": L("Hội thảo", "Workshop"),
            "training": L("Tập huấn", "Training"),
        ]
        let fields: [String: Localized] = [
            "organisations_reached": L("Số tổ chức được tiếp cận", "Organisations reached"),
            "enterprises_reached": L("Số doanh nghiệp được tiếp cận", "Enterprises reached"),
            "households_eligible": L("Tổng số hộ kinh doanh có GCN", "Registered household businesses"),
            "households_reached": L("Số hộ kinh doanh được tiếp cận", "Household businesses reached"),
            "households_registered": L("Số hộ kinh doanh đăng ký .biz.vn", "Household businesses registered .biz.vn"),
            "pilot_households": L("Số hộ kinh doanh thí điểm", "Pilot household businesses"),
            "team_activities": L("Số hoạt động của Tổ CNSCĐ", "Digital technology team activities"),
            "team_participants": L("Số lượt người tham gia", "Participants"),
            "members": L("Tổng số đoàn viên, hội viên", "Members"),
            "members_reached": L("Số được tuyên truyền, tiếp cận", "Members reached"),
            "members_registered": L("Số đăng ký tên miền", "Members who registered a domain"),
            "sessions": L("Số buổi tuyên truyền", "Outreach sessions"),
            "students_eligible": L("Số sinh viên 18–23 tuổi", "Students aged 18 to 23"),
            "students_reached": L("Số sinh viên được tiếp cận", "Students reached"),
            "students_registered": L("Số sinh viên đăng ký .id.vn", "Students registered .id.vn"),
            "participants": L("Số người tham dự", "Participants"),
        ]
    }
}

private func L(_ vi: String, _ en: String) -> Localized { Localized(vi: vi, en: en) }
