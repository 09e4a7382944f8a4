#!/usr/bin/env python3
"""Converts a register CSV into an XLSX with a shared-strings table, as Excel writes it:
text cells (identifiers, names, commune codes, domains) are shared strings (`t="s"`), dates
are numbers with a dd/mm/yyyy format. Streams the rows (the strings table stays in memory,
as in Excel). Standard library only.

Usage: make_xlsx.py IN.csv OUT.xlsx
"""
import csv
import datetime as dt
import sys
import zipfile
from xml.sax.saxutils import escape

EPOCH = dt.date(1899, 12, 30)


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def main(src, out):
    strings, index = [], {}

    def sid(text):
        k = index.get(text)
        if k is None:
            k = index[text] = len(strings)
            strings.append(text)
        return k

    with open(src, encoding="utf-8", newline="") as f, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        reader = csv.reader(f)
        header = next(reader)
        date_cols = {i for i, h in enumerate(header) if h.startswith("Ngày")}
        letters = [col(i) for i in range(len(header))]
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            w = sheet.write
            w(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            n = 1
            buf = []
            def emit(cells, r):
                parts = ['<row r="%d">' % r]
                for i, v in enumerate(cells):
                    if v == "":
                        continue
                    ref = letters[i] + str(r)
                    if r > 1 and i in date_cols:
                        try:
                            d, m, y = v.split("/")
                            serial = (dt.date(int(y), int(m), int(d)) - EPOCH).days
                            parts.append('<c r="%s" s="1"><v>%d</v></c>' % (ref, serial))
                            continue
                        except ValueError:
                            pass
                    parts.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, sid(v)))
                parts.append("</row>")
                return "".join(parts)
            buf.append(emit(header, 1))
            for row in reader:
                n += 1
                buf.append(emit(row, n))
                if len(buf) >= 2000:
                    w("".join(buf).encode())
                    buf.clear()
            w("".join(buf).encode())
            w(b"</sheetData></worksheet>")
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as sst:
            sst.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(strings), len(strings))).encode())
            chunk = []
            for s in strings:
                chunk.append("<si><t>%s</t></si>" % escape(s))
                if len(chunk) >= 5000:
                    sst.write("".join(chunk).encode())
                    chunk.clear()
            sst.write("".join(chunk).encode() + b"</sst>")
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sinh viên" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        z.writestr("xl/styles.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>')


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
