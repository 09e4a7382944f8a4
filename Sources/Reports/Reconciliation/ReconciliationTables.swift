import Consolidation
import Schema

/// The reconciliation with the registry's extract, in both reports, and the statement each
/// agency receives with the claims that did not reconcile.
///
/// When no extract has been received the reports say so in words: the counts are as the
/// agencies claimed them and are not verified.
struct ReconciliationTables {
    var tables: FigureTables
    var t: ReportText { tables.t }
    var c: Consolidation { tables.c }
    var vi: Bool { t.language == .vi }

    private func l(_ vi: String, _ en: String) -> String { self.vi ? vi : en }

    func outcome(_ o: Reconciliation.Outcome) -> String {
        switch o {
        case .confirmed: l("Khớp với VNNIC", "Confirmed")
        case .notInRegistry: l("Không có trong danh sách VNNIC", "Not in the registry")
        case .otherDate: l("Khác ngày cấp", "Granted on another date")
        case .otherSuffix: l("Khác đuôi tên miền", "Under another suffix")
        case .otherCohort: l("Khác loại chủ thể", "Holder of another cohort")
        case .otherHolder: l("Cấp cho chủ thể khác", "Granted to another holder")
        }
    }

    /// The paragraph that opens the registration figures: which extract, or that there is none.
    func sourceParagraph() -> Block {
        guard let r = c.reconciliation else {
            return .paragraph(l(
                "Chưa nhận được danh sách tên miền đã cấp của VNNIC cho kỳ này: số đăng ký dưới đây là số do các cơ quan, đơn vị báo cáo, CHƯA ĐƯỢC ĐỐI SOÁT với VNNIC.",
                "No registry extract has been received for this period: the registrations below are as the agencies claimed them and are NOT VERIFIED against the registry."))
        }
        let e = r.extract
        return .paragraph(l(
            "Số liệu đã đối soát với danh sách tên miền đã cấp của VNNIC: tệp \(e.fileName) (mã SHA-256 \(e.hash.prefix(12))…, kỳ \(e.period), nhận ngày \(t.date(e.received)), \(t.count(e.rows)) tên miền).",
            "Figures reconciled with the registry's extract: file \(e.fileName) (SHA-256 \(e.hash.prefix(12))…, period \(e.period), received \(t.date(e.received)), \(t.count(e.rows)) names)."))
    }

    /// The registry's three figures per cohort, beside the claims.
    func registryFigures() -> Table? {
        guard let r = c.reconciliation else { return nil }
        return Table(
            caption: l("Đăng ký theo danh sách của VNNIC (ba chỉ tiêu không cộng lẫn)", "Registrations according to the registry (three figures, never mixed)"),
            columns: [Column(title: t(.cohort)), Column(title: t(.suffix)),
                      Column(title: l("Cấp mới trong kỳ", "New in the period"), numeric: true),
                      Column(title: l("Lũy kế từ đầu chương trình", "Cumulative since the start"), numeric: true),
                      Column(title: l("Còn hoạt động tại ngày chốt", "Active at the cut-off"), numeric: true),
                      Column(title: l("Cơ quan báo cáo (lũy kế)", "Claimed by agencies (cumulative)"), numeric: true),
                      Column(title: l("Đã khớp", "Confirmed"), numeric: true),
                      Column(title: l("Chưa cơ quan nào báo cáo", "Claimed by nobody"), numeric: true)],
            rows: c.cohorts.map { f in
                let g = r.registry[f.cohort] ?? .init()
                let counts = r.byCohort[f.cohort] ?? .init()
                return TableRow(cells: [Cell(f.title.text(t.language)), Cell(f.suffix), t.countCell(g.newInPeriod),
                                        t.countCell(g.cumulative), t.countCell(g.activeAtCutoff), t.countCell(counts.claims),
                                        t.countCell(counts[.confirmed]), t.countCell(counts.unclaimed)])
            })
    }

    /// The first-free-.biz.vn rule, in words.
    func freeOfferParagraph() -> Block? {
        guard let r = c.reconciliation else { return nil }
        return .paragraph(l(
            "Ưu đãi miễn phí chỉ áp dụng cho tên miền .biz.vn mới đầu tiên của mỗi doanh nghiệp, hộ kinh doanh: \(t.count(r.holdersWithSeveralBiz)) chủ thể có nhiều hơn một tên miền .biz.vn mới; \(t.count(r.bizBeyondFirst)) tên miền ngoài tên miền đầu tiên không thuộc diện miễn phí.",
            "The free offer covers only the first new .biz.vn of each enterprise or household business: \(t.count(r.holdersWithSeveralBiz)) holders have more than one new .biz.vn; \(t.count(r.bizBeyondFirst)) names beyond each holder's first are not on the free offer."))
    }

    private func countsRow(_ label: [Cell], _ counts: Reconciliation.Counts) -> TableRow {
        let confirmed = counts[.confirmed]
        return TableRow(cells: label + [t.countCell(counts.claims), t.countCell(confirmed)]
            + Reconciliation.Outcome.allCases.dropFirst().map { t.countCell(counts[$0]) } + [t.countCell(counts.shared)],
            belowTarget: counts.claims > confirmed)
    }

    private var outcomeColumns: [Column] {
        [Column(title: l("Số đăng ký báo cáo", "Claims"), numeric: true), Column(title: outcome(.confirmed), numeric: true)]
            + Reconciliation.Outcome.allCases.dropFirst().map { Column(title: outcome($0), numeric: true) }
            + [Column(title: l("Nhiều đơn vị cùng báo cáo", "Shared credit"), numeric: true)]
    }

    /// Per agency (and commune sender): how its claims reconciled.
    func bySender() -> Table? {
        guard let r = c.reconciliation else { return nil }
        let order = tables.names.ordered(r.bySender.keys)
        return Table(
            caption: l("Đối soát số đăng ký theo cơ quan, đơn vị báo cáo", "Reconciliation of claims by sender"),
            columns: [Column(title: l("Đơn vị", "Sender"))] + outcomeColumns,
            rows: order.compactMap { code in
                r.bySender[code].map { countsRow([Cell(tables.names[code: code])], $0) }
            },
            emptyText: l("Không có đăng ký nào được báo cáo.", "No registrations were claimed."))
    }

    /// The communes whose claims differ most from the registry (most claims not confirmed).
    func communesDiffering(limit: Int = 10) -> Table? {
        guard let r = c.reconciliation else { return nil }
        let names = Dictionary(c.communes.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        let ranked = r.byCommune.map { (code: $0.key, counts: $0.value, gap: $0.value.claims - $0.value[.confirmed] + $0.value.unclaimed) }
            .filter { $0.gap > 0 }
            .sorted { ($1.gap, $0.code) < ($0.gap, $1.code) }
            .prefix(limit)
        return Table(
            caption: l("Xã, phường có số liệu khác VNNIC nhiều nhất", "Communes whose claims differ most from the registry"),
            columns: [Column(title: t(.commune))] + outcomeColumns + [Column(title: l("VNNIC có, chưa báo cáo", "In the registry, unclaimed"), numeric: true)],
            rows: ranked.map { item in
                var row = countsRow([Cell(names[item.code] ?? item.code)], item.counts)
                row.cells.append(t.countCell(item.counts.unclaimed))
                return row
            },
            emptyText: l("Số liệu của các xã, phường khớp với VNNIC.", "Every commune's claims agree with the registry."))
    }

    /// The statement for one sender: each claim that did not reconcile, so it can be corrected.
    func statement(for sender: String) -> String {
        guard let r = c.reconciliation else { return "" }
        let mine = r.unmatched.filter { $0.senderCode == sender }
        var lines: [String] = []
        lines.append(l("# Đối soát tên miền với VNNIC — \(tables.names[code: sender])", "# Reconciliation with the registry — \(tables.names[code: sender])"))
        lines.append("")
        if case .paragraph(let text) = sourceParagraph() { lines.append(text) }
        lines.append("")
        let counts = r.bySender[sender] ?? .init()
        lines.append(l("Kỳ \(c.period): \(t.count(counts.claims)) tên miền báo cáo, \(t.count(counts[.confirmed])) khớp, \(t.count(mine.count)) cần kiểm tra lại.",
                       "Period \(c.period): \(t.count(counts.claims)) names claimed, \(t.count(counts[.confirmed])) confirmed, \(t.count(mine.count)) to check."))
        guard !mine.isEmpty else { return lines.joined(separator: "\n") + "\n" }
        lines.append("")
        lines.append(l("| Tên miền | Kết quả đối soát | Ngày đăng ký đã báo cáo | Ngày cấp theo VNNIC | Tên miền theo VNNIC |",
                       "| Domain | Outcome | Claimed date | Registry date | Registry name |"))
        lines.append("|---|---|---|---|---|")
        for item in mine {
            let cells = [item.domain, outcome(item.outcome), item.claimedOn.map(t.date) ?? "—", item.grantedOn.map(t.date) ?? "—",
                         item.registryDomain ?? "—"]
            lines.append("| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
        }
        lines.append("")
        lines.append(l("Đề nghị kiểm tra lại các dòng trên và sửa trong báo cáo kỳ sau (tên miền, ngày đăng ký, đối tượng).",
                       "Please check the rows above and correct them in the next submission (name, registration date, cohort)."))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Senders with a statement (every sender that claimed a registration).
    var senders: [String] { c.reconciliation.map { Array($0.bySender.keys).sorted() } ?? [] }
}
