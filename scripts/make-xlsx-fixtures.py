#!/usr/bin/env python3
"""Writes the small XLSX fixtures of Tests/Fixtures/xlsx/ (run from the repository root).

    pip install openpyxl xlsxwriter msoffcrypto-tool
    python3 scripts/make-xlsx-fixtures.py

Real writers (XlsxWriter, openpyxl) make the ordinary files; hand-built packages cover what
those writers never produce (x: prefixes, Strict namespaces, cells without r, t="d", inline
strings, phonetic runs); a tiny ZIP writer below makes ZIP64, data-descriptor, encrypted-flag,
path-traversal and bomb archives. Output is deterministic except for XlsxWriter/openpyxl
timestamps in docProps.
"""
import io
import os
import struct
import subprocess
import sys
import zlib

OUT = os.path.join("Tests", "Fixtures", "xlsx")
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def path(name):
    return os.path.join(OUT, name)


# ---------------------------------------------------------------- a tiny ZIP writer
def write_zip(name, entries, zip64=False, descriptor=False, encrypted=(), deflate=True):
    """entries: list of (name, bytes). zip64: every size/offset goes through ZIP64 extras."""
    out = io.BytesIO()
    central = []
    for entry_name, data in entries:
        raw = entry_name.encode()
        crc = zlib.crc32(data) & 0xFFFFFFFF
        if deflate:
            c = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = c.compress(data) + c.flush()
            method = 8
        else:
            comp, method = data, 0
        flags = 0x0800 | (0x08 if descriptor else 0) | (0x01 if entry_name in encrypted else 0)
        offset = out.tell()
        extra = b""
        if zip64:
            extra = struct.pack("<HHQQ", 1, 16, len(data), len(comp))
            local_sizes = (0xFFFFFFFF, 0xFFFFFFFF)
        else:
            local_sizes = (len(comp), len(data))
        lcrc, lsizes = (0, (0, 0)) if descriptor else (crc, local_sizes)
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 45 if zip64 else 20, flags, method, 0, 0x21,
                              lcrc, lsizes[0], lsizes[1], len(raw), len(extra)))
        out.write(raw + extra + comp)
        if descriptor:
            out.write(struct.pack("<IIII", 0x08074B50, crc, len(comp), len(data)))
        central.append((raw, flags, method, crc, len(comp), len(data), offset))
    cd_start = out.tell()
    for raw, flags, method, crc, csize, usize, offset in central:
        if zip64:
            extra = struct.pack("<HHQQQ", 1, 24, usize, csize, offset)
            sizes = (0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF)
        else:
            extra = b""
            sizes = (csize, usize, offset)
        out.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45 if zip64 else 20, flags, method, 0, 0x21,
                              crc, sizes[0], sizes[1], len(raw), len(extra), 0, 0, 0, 0, sizes[2]))
        out.write(raw + extra)
    cd_size = out.tell() - cd_start
    n = len(central)
    if zip64:
        z64 = out.tell()
        out.write(struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, n, n, cd_size, cd_start))
        out.write(struct.pack("<IIQI", 0x07064B50, 0, z64, 1))
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0))
    else:
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, n, n, cd_size, cd_start, 0))
    with open(path(name), "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- hand-built packages
def package(sheets, shared=None, styles=None, date1904=False, ns=MAIN, rel_ns=REL, prefix="",
            absolute_targets=False, states=None):
    """sheets: list of (name, sheetData-inner-xml). Returns ZIP entries."""
    p = prefix + ":" if prefix else ""
    xmlns = f'xmlns:{prefix}="{ns}"' if prefix else f'xmlns="{ns}"'
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    for i in range(len(sheets)):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i+1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    ct.append("</Types>")
    root_rels = (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">'
                 f'<Relationship Id="rId1" Type="{rel_ns}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb_rels = [f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">']
    sheet_elems = []
    states = states or {}
    for i, (name, _) in enumerate(sheets):
        target = f"/xl/worksheets/sheet{i+1}.xml" if absolute_targets else f"worksheets/sheet{i+1}.xml"
        wb_rels.append(f'<Relationship Id="rId{i+10}" Type="{rel_ns}/worksheet" Target="{target}"/>')
        state = f' state="{states[name]}"' if name in states else ""
        sheet_elems.append(f'<{p}sheet name="{name}" sheetId="{i+1}"{state} r:id="rId{i+10}"/>')
    if shared is not None:
        wb_rels.append(f'<Relationship Id="rId2" Type="{rel_ns}/sharedStrings" Target="sharedStrings.xml"/>')
    if styles is not None:
        wb_rels.append(f'<Relationship Id="rId3" Type="{rel_ns}/styles" Target="styles.xml"/>')
    wb_rels.append("</Relationships>")
    pr = f'<{p}workbookPr date1904="1"/>' if date1904 else ""
    workbook = (f'<?xml version="1.0" encoding="UTF-8"?><{p}workbook {xmlns} xmlns:r="{rel_ns}">{pr}'
                f'<{p}sheets>{"".join(sheet_elems)}</{p}sheets></{p}workbook>')
    entries = [("[Content_Types].xml", "".join(ct)), ("_rels/.rels", root_rels), ("xl/workbook.xml", workbook),
               ("xl/_rels/workbook.xml.rels", "".join(wb_rels))]
    for i, (_, data) in enumerate(sheets):
        entries.append((f"xl/worksheets/sheet{i+1}.xml",
                        f'<?xml version="1.0" encoding="UTF-8"?><{p}worksheet {xmlns}><{p}sheetData>{data}</{p}sheetData></{p}worksheet>'))
    if shared is not None:
        entries.append(("xl/sharedStrings.xml", f'<?xml version="1.0" encoding="UTF-8"?><{p}sst {xmlns}>{shared}</{p}sst>'))
    if styles is not None:
        entries.append(("xl/styles.xml", f'<?xml version="1.0" encoding="UTF-8"?><{p}styleSheet {xmlns}>{styles}</{p}styleSheet>'))
    return [(n, d.encode("utf-8")) for n, d in entries]


def hand_made():
    # Shared strings: rich text runs joined, phonetic runs ignored, _x000D_ escape, entities.
    sst = ('<si><t>Hà Nội</t></si>'
           '<si><r><rPr><b/></rPr><t>Đức </t></r><r><t xml:space="preserve">Xuân</t></r><rPh sb="0" eb="1"><t>ドク</t></rPh></si>'
           '<si><t>0101234567</t></si>'
           '<si><t>a_x000D_b &amp; &lt;c&gt;</t></si>'
           '<si><t/></si>')
    data = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
            '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="inlineStr"><is><t>inline</t></is></c>'
            '<c r="D2" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c></row>')
    write_zip("shared-strings.xlsx", package([("Strings", data)], shared=sst))

    # Cells of every type, sparse rows, cells without r, formulas' cached values, t="d".
    data = ('<row r="1"><c r="A1" t="inlineStr"><is><t>kind</t></is></c><c r="B1" t="inlineStr"><is><t>value</t></is></c></row>'
            '<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c></row>'
            '<row r="3"><c r="A3" t="e"><v>#N/A</v></c><c r="B3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C3" t="e"><v>#REF!</v></c></row>'
            '<row r="4"><c r="A4"><f>1+1</f><v>2</v></c><c r="B4" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C4"><f>A9</f></c></row>'
            '<row r="6"><c r="C6"><v>3.5</v></c><c r="F6"><v>-1E-3</v></c><c r="H6" s="0"/></row>'
            '<row><c><v>1</v></c><c/><c><v>3</v></c></row>'
            '<row r="9"><c r="A9" t="d"><v>2021-01-31</v></c><c r="B9" t="d"><v>2021-01-31T13:45:00</v></c></row>'
            '<row r="10" spans="1:3"><c r="A10" s="0"/><c r="B10" s="0"/></row>'
            '<row r="11"><c r="A11"><v>0.1</v></c><c r="B11"><v>123456789012345678</v></c></row>')
    write_zip("cell-types.xlsx", package([("Types", data)], styles='<cellXfs count="1"><xf numFmtId="0"/></cellXfs>'),
              descriptor=True)

    # x: prefixes everywhere, absolute targets, hidden sheets.
    data = '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>prefixed</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row>'
    write_zip("prefixed.xlsx", package([("Visible", data), ("Hidden", data), ("Secret", data)], prefix="x",
                                       absolute_targets=True, states={"Hidden": "hidden", "Secret": "veryHidden"}))

    # Strict OOXML namespaces.
    data = '<row r="1"><c r="A1" t="inlineStr"><is><t>strict</t></is></c><c r="B1" s="1"><v>44227</v></c></row>'
    styles = '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>'
    write_zip("strict.xlsx", package([("Strict", data)], styles=styles, ns=STRICT, rel_ns=STRICT_REL))

    # 1904 date system with custom dd/mm/yyyy, time and duration formats.
    styles = ('<numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
              '<numFmt numFmtId="165" formatCode="[h]:mm"/><numFmt numFmtId="166" formatCode="&quot;Day&quot; 0;[Red]0"/></numFmts>'
              '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs>')
    data = '<row r="1"><c r="A1" s="1"><v>42765</v></c><c r="B1" s="2"><v>1.5</v></c><c r="C1" s="3"><v>5</v></c></row>'
    write_zip("date1904.xlsx", package([("Dates", data)], styles=styles, date1904=True))

    # ZIP64 records throughout.
    write_zip("zip64.xlsx", package([("Sheet1", '<row r="1"><c r="A1"><v>64</v></c></row>')]), zip64=True)

    # Hostile and broken packages.
    bomb_sheet = b'<?xml version="1.0"?><worksheet xmlns="' + MAIN.encode() + b'"><sheetData>' + b" " * (20 << 20) + b"</sheetData></worksheet>"
    entries = package([("Bomb", "")])
    write_zip("zip-bomb.xlsx", [(n, bomb_sheet if n.endswith("sheet1.xml") else d) for n, d in entries])
    write_zip("path-traversal.xlsx", package([("S", "")]) + [("../../evil.txt", b"x")])
    write_zip("encrypted-entry.xlsx", package([("S", "")]), encrypted=("xl/workbook.xml",))
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
              f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row>'
              '</sheetData></worksheet>').encode()
    write_zip("billion-laughs.xlsx", [(n, laughs if n.endswith("sheet1.xml") else d) for n, d in package([("L", "")])])
    write_zip("not-ooxml.xlsx", [("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
                                  ("content.xml", b"<office:document-content/>")], deflate=False)


def real_writers():
    import datetime
    import openpyxl
    import xlsxwriter

    wb = xlsxwriter.Workbook(path("xlsxwriter-dates.xlsx"))
    ws = wb.add_worksheet("Ngày")
    formats = {k: wb.add_format({"num_format": v}) for k, v in
               {"builtin14": 14, "ddmmyyyy": "dd/mm/yyyy", "time": "hh:mm:ss", "datetime": "dd/mm/yyyy hh:mm",
                "duration": "[h]:mm:ss", "text": "@", "money": '#,##0 "đ";[Red]-#,##0 "đ"'}.items()}
    ws.write_string(0, 0, "Mã")
    ws.write_string(0, 1, "0101234567", formats["text"])
    ws.write_datetime(1, 0, datetime.date(2024, 3, 15), formats["builtin14"])
    ws.write_datetime(1, 1, datetime.date(2024, 3, 15), formats["ddmmyyyy"])
    ws.write_datetime(2, 0, datetime.time(13, 45, 0), formats["time"])
    ws.write_datetime(2, 1, datetime.datetime(2024, 3, 15, 8, 30), formats["datetime"])
    ws.write_number(3, 0, 1.5, formats["duration"])
    ws.write_number(3, 1, 1250000, formats["money"])
    ws.write_formula(4, 0, "=1/0", None, "#DIV/0!")
    ws.write_formula(4, 1, '="x"&"y"', None, "xy")
    ws.write_boolean(5, 0, True)
    ws.write_string(6, 0, "Nguyễn Văn A")
    font = wb.add_format({"font_name": ".VnTime"})
    ws.write_string(6, 1, "Hµ Néi", font)
    ws.write_string(7, 1, "HÀ", wb.add_format({"font_name": ".VnTimeH"}))
    ws.write_string(8, 1, "Ha", wb.add_format({"font_name": "VNI-Times"}))
    wb.close()

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Visible"
    ws.append(["name", "count"])
    ws.append(["Đức Xuân", 3])
    hidden = wb.create_sheet("Hidden")
    hidden.append(["secret"])
    hidden.sheet_state = "hidden"
    wb.create_sheet("Very").sheet_state = "veryHidden"
    wb.save(path("openpyxl-hidden.xlsx"))

    # Truncated: the first half of a valid workbook.
    with open(path("openpyxl-hidden.xlsx"), "rb") as f:
        data = f.read()
    with open(path("truncated.xlsx"), "wb") as f:
        f.write(data[: len(data) // 2])

    # Password-protected OOXML (an OLE2 EncryptedPackage).
    subprocess.run([sys.executable, "-m", "msoffcrypto.__main__", "-e", "-p", "secret",
                    path("openpyxl-hidden.xlsx"), path("encrypted.xlsx")], check=False)
    if not os.path.exists(path("encrypted.xlsx")):
        subprocess.run(["msoffcrypto-tool", "-e", "-p", "secret", path("openpyxl-hidden.xlsx"), path("encrypted.xlsx")],
                       check=True)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    hand_made()
    real_writers()
    for name in sorted(os.listdir(OUT)):
        print(f"{os.path.getsize(path(name)):>8}  {name}")
