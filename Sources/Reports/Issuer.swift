public import Programme

/// Who issues the printable reports, as the header and signature block of a Decree 30/2020/NĐ-CP
/// document present it (Annex I: issuing body top left, number and symbol under it, place and
/// date top right, signature bottom right).
///
/// These are the analyst's settings, not the consolidation's: the same figures may be issued
/// under another number or signed by a deputy.
public struct Issuer: Sendable, Hashable {
    /// The issuing body's lines, top left, printed in capitals: the governing body, then the
    /// issuing agency, which is printed bold with a short rule under it.
    public var issuingBody: [String]
    /// The place in "Thái Nguyên, ngày 05 tháng 02 năm 2026".
    public var place: String
    /// The symbol after the number: `BC-SKHCN` in `Số: 05/BC-SKHCN` (BC = báo cáo).
    public var documentSymbol: String
    /// The signer's capacity, printed in capitals above the signature (`GIÁM ĐỐC`, `KT. GIÁM ĐỐC`).
    public var signerTitle: String
    /// The signer's name, under the space left for the signature; nil leaves the line blank.
    public var signerName: String?

    public init(issuingBody: [String], place: String, documentSymbol: String = "BC-SKHCN",
                signerTitle: String = "GIÁM ĐỐC", signerName: String? = nil) {
        self.issuingBody = issuingBody
        self.place = place
        self.documentSymbol = documentSymbol
        self.signerTitle = signerTitle
        self.signerName = signerName
    }

    /// The issuer as the programme's configuration describes the province.
    public init(province: Province, documentSymbol: String = "BC-SKHCN", signerTitle: String = "GIÁM ĐỐC",
                signerName: String? = nil) {
        self.init(issuingBody: province.issuingBody, place: province.place, documentSymbol: documentSymbol,
                  signerTitle: signerTitle, signerName: signerName)
    }
}
