#!/usr/bin/env python3
"""Writes the hand-made XML fixtures in Tests/Fixtures/xml/ (SpreadsheetML 2003, record
exports, and hostile or refused files). Every file is small and written here by hand, so the
tests can say exactly what each must read as. Run from the repository root."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Fixtures", "xml")

FIXTURES = {}

# Default namespace, every feature of the reader.
FIXTURES["features.xml"] = """<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:html="http://www.w3.org/TR/REC-html40">
 <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Author>Sở TT</Author></DocumentProperties>
 <Styles>
  <Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Bottom"/></Style>
  <Style ss:ID="sShort"><NumberFormat ss:Format="Short Date"/></Style>
  <Style ss:ID="sGeneral"><NumberFormat ss:Format="General Date"/></Style>
  <Style ss:ID="sCustom"><NumberFormat ss:Format="dd/mm/yyyy"/></Style>
  <Style ss:ID="sChild" ss:Parent="sCustom"><Font ss:Bold="1"/></Style>
  <Style ss:ID="sDuration"><NumberFormat ss:Format="[h]:mm"/></Style>
  <Style ss:ID="sTime"><NumberFormat ss:Format="Short Time"/></Style>
  <Style ss:ID="sFixed"><NumberFormat ss:Format="Fixed"/></Style>
 </Styles>
 <Worksheet ss:Name="Dữ liệu">
  <Table ss:ExpandedColumnCount="6" ss:ExpandedRowCount="9">
   <Column ss:Width="80"/>
   <Row>
    <Cell><Data ss:Type="String">Mã số thuế</Data></Cell>
    <Cell><Data ss:Type="String">Tên</Data></Cell>
    <Cell ss:Index="4"><Data ss:Type="String">Ngày</Data></Cell>
   </Row>
   <Row ss:Index="3">
    <Cell><Data ss:Type="String">0101234567</Data></Cell>
    <Cell ss:MergeAcross="1" ss:MergeDown="1"><Data ss:Type="String">Công ty <Font html:Color="#FF0000">An </Font><B>Bình</B></Data></Cell>
    <Cell ss:StyleID="sShort"><Data ss:Type="Number">45366</Data></Cell>
    <Cell ss:StyleID="sFixed"><Data ss:Type="Number">1234.5</Data></Cell>
   </Row>
   <Row>
    <Cell><Data ss:Type="Number">42</Data><Comment ss:Author="A"><ss:Data xmlns="http://www.w3.org/TR/REC-html40">not a value</ss:Data></Comment></Cell>
    <Cell ss:Index="4" ss:StyleID="sGeneral"><Data ss:Type="Number">45366.5</Data></Cell>
    <Cell ss:StyleID="sChild"><Data ss:Type="Number">45366</Data></Cell>
   </Row>
   <Row ss:Span="1">
    <Cell><Data ss:Type="Boolean">1</Data></Cell>
    <Cell><Data ss:Type="Boolean">0</Data></Cell>
    <Cell><Data ss:Type="Error">#DIV/0!</Data></Cell>
    <Cell ss:StyleID="sDuration"><Data ss:Type="Number">1.5</Data></Cell>
    <Cell ss:StyleID="sTime"><Data ss:Type="Number">0.75</Data></Cell>
   </Row>
   <Row>
    <Cell><Data ss:Type="DateTime">2024-03-15T00:00:00.000</Data></Cell>
    <Cell><Data ss:Type="DateTime">2024-03-15T13:45:30.250</Data></Cell>
    <Cell><Data ss:Type="DateTime">1899-12-31T06:30:00.000</Data></Cell>
    <Cell ss:StyleID="sShort"><Data ss:Type="Number">-3</Data></Cell>
    <Cell><Data ss:Type="String">dòng 1&#13;&#10;dòng 2</Data></Cell>
    <Cell><Data ss:Type="Number">abc</Data></Cell>
   </Row>
   <Row><Cell ss:StyleID="sShort"/><Cell><Data ss:Type="String"></Data></Cell></Row>
  </Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Selected/></WorksheetOptions>
 </Worksheet>
 <Worksheet ss:Name="Ẩn">
  <Table><Row><Cell><Data ss:Type="String">hidden</Data></Cell></Row></Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions>
 </Worksheet>
 <Worksheet ss:Name="Very">
  <x:WorksheetOptions><x:Visible>SheetVeryHidden</x:Visible></x:WorksheetOptions>
 </Worksheet>
</Workbook>
"""

# Every element and attribute under an explicit prefix; the 1904 date system.
FIXTURES["prefixed-1904.xml"] = """<?xml version="1.0" encoding="UTF-8"?>
<s:Workbook xmlns:s="urn:schemas-microsoft-com:office:spreadsheet" xmlns:e="urn:schemas-microsoft-com:office:excel">
 <e:ExcelWorkbook><e:Date1904/></e:ExcelWorkbook>
 <s:Styles><s:Style s:ID="d"><s:NumberFormat s:Format="yyyy-mm-dd"/></s:Style></s:Styles>
 <s:Worksheet s:Name="S">
  <s:Table>
   <s:Row><s:Cell s:StyleID="d"><s:Data s:Type="Number">1</s:Data></s:Cell><s:Cell s:StyleID="d"><s:Data s:Type="Number">0</s:Data></s:Cell><s:Cell><s:Data s:Type="DateTime">2024-03-15T00:00:00</s:Data></s:Cell></s:Row>
  </s:Table>
 </s:Worksheet>
</s:Workbook>
"""

FIXTURES["records-fields.xml"] = """<?xml version="1.0" encoding="UTF-8"?>
<records>
  <record>
    <field name="ma_so_thue">0101234567</field>
    <field name="ten">Công ty TNHH An Bình</field>
  </record>
  <record>
    <field name="ten">Hợp tác xã Đồng Tâm</field>
    <field name="ghi_chu">mới</field>
    <field name="ma_so_thue">   </field>
  </record>
  <record/>
</records>
"""

FIXTURES["records-elements.xml"] = """<?xml version="1.0" encoding="UTF-8"?>
<DanhSachDoanhNghiep xmlns="urn:example:dn">
  <ThongTin>not a record</ThongTin>
  <DoanhNghiep>
    <MaSoThue>0101234567</MaSoThue>
    <TenDoanhNghiep>Công ty <b>An Bình</b></TenDoanhNghiep>
    <MaNoiBo>A-1</MaNoiBo>
  </DoanhNghiep>
  <DoanhNghiep>
    <TenDoanhNghiep>Hợp tác xã Đồng Tâm</TenDoanhNghiep>
    <MaSoThue>0109876543</MaSoThue>
  </DoanhNghiep>
</DanhSachDoanhNghiep>
"""

FIXTURES["billion-laughs.xml"] = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="S"><Table><Row><Cell><Data ss:Type="String">&lol9;</Data></Cell></Row></Table></Worksheet>
</Workbook>
"""

FIXTURES["xxe.xml"] = """<?xml version="1.0"?>
<!DOCTYPE records [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<records><record><field name="x">&xxe;</field></record></records>
"""

# An entity that no DTD declares (HTML's &nbsp;): not well formed, and never looked up.
FIXTURES["undefined-entity.xml"] = """<?xml version="1.0"?>
<records><record><field name="x">a&nbsp;b</field></record></records>
"""

# A DOCTYPE after the root start (inside the document) is refused all the same.
FIXTURES["doctype-inside.xml"] = """<records><!DOCTYPE x SYSTEM "file:///etc/passwd"><record><field name="x">1</field></record></records>
"""

FIXTURES["unknown-root.xml"] = """<?xml version="1.0"?>
<catalog><book id="1"><title>XML</title></book></catalog>
"""

FIXTURES["flat-ods.xml"] = """<?xml version="1.0"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body/></office:document>
"""

FIXTURES["workbook-no-namespace.xml"] = """<Workbook><Worksheet Name="S"/></Workbook>
"""

FIXTURES["truncated.xml"] = """<?xml version="1.0"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet><Table><Row><Cell><Data>cut"""

FIXTURES["records-empty.xml"] = """<records></records>
"""

FIXTURES["bad-encoding.xml"] = """<?xml version="1.0" encoding="Shift_JIS"?>
<records><record><field name="x">1</field></record></records>
"""

BINARY = {
    # ISO-8859-1 declared, "Voilà" with à as the single byte 0xE0.
    "latin1.xml": b'<?xml version="1.0" encoding="iso-8859-1"?>\n'
                  b'<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
                  b'<Worksheet ss:Name="S"><Table><Row><Cell><Data ss:Type="String">Voil\xe0 \x80</Data></Cell></Row></Table></Worksheet></Workbook>\n',
    # UTF-16 LE with a byte-order mark.
    "utf16.xml": "\ufeff<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<records><record><ten>Hà Nội</ten></record></records>\n".encode("utf-16-le"),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, text in FIXTURES.items():
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    for name, data in BINARY.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)



if __name__ == "__main__":
    main()
