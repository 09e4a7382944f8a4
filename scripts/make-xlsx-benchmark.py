#!/usr/bin/env python3
"""Writes a large XLSX for the reader's throughput check (never committed):

    python3 scripts/make-xlsx-benchmark.py /tmp/xlsxbench/1m.xlsx [rows]

1,000,000 rows x 8 columns by default, strings in the shared-strings table (openpyxl
write_only), numbers, and a date column.
"""
import datetime
import random
import sys

import openpyxl

out = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
random.seed(7)
names = [f"Nguyễn Văn {i}" for i in range(10_000)]
communes = [f"Xã Đức Xuân {i}" for i in range(100)]
codes = [f"{i:010d}" for i in range(5_000)]
wb = openpyxl.Workbook(write_only=True)
ws = wb.create_sheet("Data")
ws.append(["id", "name", "commune", "code", "amount", "count", "flag", "date"])
base = datetime.date(2020, 1, 1)
for i in range(rows):
    ws.append([i + 1, names[i % 10_000], communes[i % 100], codes[i % 5_000], round(random.random() * 1e6, 2),
               i % 37, "có" if i % 3 else "không", base + datetime.timedelta(days=i % 2000)])
wb.save(out)

# openpyxl (like XlsxWriter in constant_memory mode) writes inline strings; move them into
# a shared-strings table so the benchmark exercises the common Excel layout.
import re
import shutil
import zipfile

inline = re.compile(rb'<c r="([A-Z]+\d+)"( s="\d+")? t="inlineStr"><is><t>(.*?)</t></is></c>')
table, order = {}, []


def share(match):
    text = match.group(3)
    index = table.get(text)
    if index is None:
        index = table[text] = len(order)
        order.append(text)
    return b'<c r="' + match.group(1) + b'"' + (match.group(2) or b"") + b' t="s"><v>' + str(index).encode() + b"</v></c>"


tmp = out + ".tmp"
with zipfile.ZipFile(out) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as dst:
    for info in src.infolist():
        if info.filename == "xl/worksheets/sheet1.xml":
            with src.open(info) as f, dst.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as g:
                rest = b""
                while True:
                    chunk = f.read(1 << 20)
                    data = rest + chunk
                    cut = data.rfind(b"</row>") + 6 if chunk else len(data)
                    g.write(inline.sub(share, data[:cut]))
                    rest = data[cut:]
                    if not chunk:
                        break
        elif info.filename == "xl/_rels/workbook.xml.rels":
            rels = src.read(info).replace(b"</Relationships>", b'<Relationship Id="rIdSST" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
            dst.writestr("xl/_rels/workbook.xml.rels", rels)
        elif info.filename == "[Content_Types].xml":
            types = src.read(info).replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            dst.writestr("[Content_Types].xml", types)
        else:
            dst.writestr(info, src.read(info))
    sst = [b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="%d">' % len(order)]
    sst += [b"<si><t>" + t + b"</t></si>" for t in order]
    sst.append(b"</sst>")
    dst.writestr("xl/sharedStrings.xml", b"".join(sst))
shutil.move(tmp, out)
