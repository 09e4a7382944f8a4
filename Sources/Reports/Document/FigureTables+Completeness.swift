import Consolidation

/// Completeness and timeliness of the period's submissions (DHIS2's reporting rates).
///
/// The consolidation holds the current period's completeness only, so the grid shows one
/// quarter; a grid over several quarters needs each earlier quarter's expected submissions.
extension FigureTables {
    private var communeCodes: Set<String> { Set(c.communes.map(\.code)) }

    /// Expected, on time, late and missing, for agencies, communes and in total.
    func completenessSummary() -> Table {
        let communes = communeCodes
        let all = c.completeness
        func n(_ s: ExpectedSubmission.Status?, communes wanted: Bool?) -> Int {
            all.filter { e in
                (s == nil || e.status == s) && (wanted == nil || communes.contains(e.senderCode) == wanted)
            }.count
        }
        func row(_ label: Label, _ s: ExpectedSubmission.Status?) -> TableRow {
            TableRow(cells: [Cell(t(label)), t.countCell(n(s, communes: false)), t.countCell(n(s, communes: true)),
                             t.countCell(n(s, communes: nil))])
        }
        return Table(
            caption: t(.captionCompleteness),
            columns: [Column(title: t(.indicator)), Column(title: t(.agencies), numeric: true),
                      Column(title: t(.communesGroup), numeric: true), Column(title: t(.total), numeric: true)],
            rows: [row(.expected, nil), row(.onTime, .onTime), row(.late, .late), row(.missing, .missing)])
    }

    /// One tile per sender: missing if any expected submission is missing, else late if any is
    /// late, else on time. Agencies in configuration order, by code (a tile is too narrow for
    /// "Báo và Phát thanh, truyền hình Thái Nguyên"), then communes by name.
    func completenessGrid() -> CompletenessGrid {
        var worst: [String: CompletenessGrid.Mark] = [:]
        for e in c.completeness {
            let mark: CompletenessGrid.Mark = switch e.status {
            case .missing: .missing
            case .late: .late
            case .onTime: .onTime
            }
            switch (worst[e.senderCode], mark) {
            case (nil, _), (.onTime?, _), (.late?, .missing): worst[e.senderCode] = mark
            default: break
            }
        }
        let communes = communeCodes
        let ordered = self.names.ordered(worst.keys)
        func tile(_ code: String) -> CompletenessGrid.Tile {
            let name = communes.contains(code) ? self.names[code: code] : code
            return CompletenessGrid.Tile(label: name, mark: worst[code] ?? .onTime)
        }
        var groups: [CompletenessGrid.Group] = []
        let agencies = ordered.filter { !communes.contains($0) }.map(tile)
        let communeTiles = ordered.filter { communes.contains($0) }.map(tile)
        if !agencies.isEmpty { groups.append(.init(label: t(.agencies), tiles: agencies)) }
        if !communeTiles.isEmpty { groups.append(.init(label: t(.communesGroup), tiles: communeTiles)) }
        return CompletenessGrid(caption: t(.captionCompletenessGrid) + " " + t.period(c.period) + " ("
                                    + t(.figuresBelow) + ")",
                                groups: groups, legend: (t(.onTime), t(.late), t(.missing)))
    }
}
