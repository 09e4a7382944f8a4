/// The province as the printable report's header presents it (Decree 30/2020/NĐ-CP, Annex I).
public struct Province: Sendable, Hashable {
    /// `Thái Nguyên`.
    public var name: String
    /// The issuing body's lines, top left of page 1, in capitals: the governing body, then the
    /// issuing agency (`UBND TỈNH THÁI NGUYÊN`, `SỞ KHOA HỌC VÀ CÔNG NGHỆ`).
    public var issuingBody: [String]
    /// The place in "Thái Nguyên, ngày … tháng … năm …".
    public var place: String

    public init(name: String, issuingBody: [String], place: String) {
        self.name = name
        self.issuingBody = issuingBody
        self.place = place
    }
}
