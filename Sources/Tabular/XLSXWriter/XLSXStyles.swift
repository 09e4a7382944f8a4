/// The fixed style sheet of the workbooks ``XLSXWriter`` writes (`xl/styles.xml`, ECMA-376
/// Part 1 §18.8) and the index of each cell format in it.
///
/// ```
/// cellXfs  0  General                  the default every workbook needs first
///          1  header                   bold font 1, shaded fill 2, thin border 1, centred, wrapped
///          2  text        numFmt 49    `@`
///          3  date        numFmt 164   `dd/mm/yyyy`
/// fills    0 none, 1 gray125           both required by Excel in this order (§18.8.21)
/// ```
/// A cell's `s` attribute is an index into `cellXfs`; nothing else refers to the others.
enum XLSXStyles {
    /// The first id a workbook may give a custom number format (ids below are built in, §18.8.30).
    static let dateFormatID = 164
    static let dateFormatCode = "dd/mm/yyyy"
    /// Built-in number format `@` (§18.8.30).
    static let textFormatID = 49

    static let headerStyle = 1

    /// The `cellXfs` index of a column format.
    static func style(of format: XLSXCellFormat) -> Int {
        switch format {
        case .general: 0
        case .text: 2
        case .date: 3
        }
    }

    /// The part's XML.
    static let xml: String = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="\(XLSXNamespace.main)">\
        <numFmts count="1"><numFmt numFmtId="\(dateFormatID)" formatCode="\(dateFormatCode)"/></numFmts>\
        <fonts count="2">\
        <font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
        <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
        </fonts>\
        <fills count="3">\
        <fill><patternFill patternType="none"/></fill>\
        <fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>\
        </fills>\
        <borders count="2">\
        <border><left/><right/><top/><bottom/><diagonal/></border>\
        <border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>\
        <top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>\
        </borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="4">\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" \
        applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>\
        <xf numFmtId="\(textFormatID)" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="\(dateFormatID)" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        </cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        <dxfs count="0"/>\
        <tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>\
        </styleSheet>
        """
}

/// The namespaces and relationship types of the parts we write (ECMA-376 Part 1 §8, Part 2 §9).
enum XLSXNamespace {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
}
