#!/usr/bin/env python3
"""Writes SampleData/xlsx/: the 2026-Q3 files of the agencies that work in Excel, as Excel
workbooks saved by real tools, carrying exactly the rows of the CSV files they stand for.

    apt-get install -y libreoffice-calc      # or libreoffice-calc-nogui
    pip install openpyxl xlsxwriter
    python3 scripts/sample/make-xlsx.py      # from the repository root

Which tool writes which file (SampleData/README.md copies this table):

    XlsxWriter   STC_2026-Q3_doanh-nghiep.xlsx, DHTN_2026-Q3_truong.xlsx
    openpyxl     SCT_2026-Q3_ho-kinh-doanh.xlsx, 05443_2026-Q3_ho-kinh-doanh.xlsx, 05443_2026-Q3_ket-qua.xlsx
    LibreOffice  SGDDT_2026-Q3_sinh-vien.xlsx, 01921_2026-Q3_ho-kinh-doanh.xlsx, 01921_2026-Q3_ket-qua.xlsx
                 (soffice --headless --infilter=CSV:... --convert-to xlsx, from a CSV with the
                 same title lines; identifier columns imported as text, dates as DD/MM/YY)

Realistic touches, as agencies' files have them: a title block (issuing body, title, period)
above the header, an "STT" column, a row of column numbers "(1) (2) …" under the header,
identifiers stored as text (leading zeros kept), dates as real date cells, and a "Tổng cộng"
row under aggregate tables. The engine skips all of these (with "info" findings only).

The CSV files in SampleData/inbox/ are read, never changed. Which column is an identifier,
a date or a count comes from Data/schemas/*.json (the CSV header is a field's title or alias).
XlsxWriter output is byte-identical from run to run (fixed document date); openpyxl and
LibreOffice stamp the time of writing into the ZIP entries or docProps, so their files change
bytes (not cells) when regenerated.
"""
import csv
import datetime
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

INBOX = os.path.join("SampleData", "inbox")
OUT = os.path.join("SampleData", "xlsx")
SCHEMAS = os.path.join("Data", "schemas")
CREATED = datetime.datetime(2026, 10, 5, 8, 0, 0)
IDENTIFIER_FORMATS = {"vn-tax-code", "vn-citizen-id", "vn-household-id", "commune", "vn-phone"}

TITLE_BLOCKS = {
    "STC": ("UBND TỈNH THÁI NGUYÊN", "SỞ TÀI CHÍNH"),
    "SCT": ("UBND TỈNH THÁI NGUYÊN", "SỞ CÔNG THƯƠNG"),
    "SGDDT": ("UBND TỈNH THÁI NGUYÊN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
    "DHTN": ("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "ĐẠI HỌC THÁI NGUYÊN"),
    "05443": ("UBND TỈNH THÁI NGUYÊN", "UBND PHƯỜNG PHAN ĐÌNH PHÙNG"),
    "01921": ("UBND TỈNH THÁI NGUYÊN", "UBND XÃ THƯỢNG MINH"),
}
TITLES = {
    "enterprise-register": "DANH SÁCH DOANH NGHIỆP MỚI THÀNH LẬP ĐƯỢC TIẾP CẬN, ĐĂNG KÝ TÊN MIỀN .BIZ.VN",
    "household-register": "DANH SÁCH HỘ KINH DOANH ĐƯỢC TIẾP CẬN, ĐĂNG KÝ TÊN MIỀN .BIZ.VN",
    "student-register": "DANH SÁCH HỌC SINH, SINH VIÊN ĐƯỢC TIẾP CẬN, ĐĂNG KÝ TÊN MIỀN .ID.VN",
    "school-outreach": "TỔNG HỢP KẾT QUẢ TIẾP CẬN SINH VIÊN THEO TRƯỜNG",
    "commune-activities": "KẾT QUẢ TRIỂN KHAI CHƯƠNG TRÌNH \"HIỆN DIỆN TRỰC TUYẾN VỚI TÊN MIỀN .VN\"",
}
PERIOD_LINE = "(Kèm theo báo cáo quý III/2026 — Kế hoạch số 103/KH-UBND)"
TOTAL = "Tổng cộng"

# (CSV name, tool, options)
FILES = [
    ("STC_2026-Q3_doanh-nghiep.csv", "xlsxwriter", {"stt": True, "numbers": True, "total": True}),
    ("DHTN_2026-Q3_truong.csv", "xlsxwriter", {"stt": True, "numbers": True, "total": True}),
    ("SCT_2026-Q3_ho-kinh-doanh.csv", "openpyxl", {"stt": True, "numbers": True, "total": False}),
    ("05443_2026-Q3_ho-kinh-doanh.csv", "openpyxl", {"stt": False, "numbers": False, "total": False}),
    ("05443_2026-Q3_ket-qua.csv", "openpyxl", {"stt": False, "numbers": True, "total": False}),
    ("SGDDT_2026-Q3_sinh-vien.csv", "libreoffice", {"stt": True, "numbers": True, "total": False}),
    ("01921_2026-Q3_ho-kinh-doanh.csv", "libreoffice", {"stt": False, "numbers": True, "total": False}),
    ("01921_2026-Q3_ket-qua.csv", "libreoffice", {"stt": False, "numbers": False, "total": False}),
]


def load_fields():
    """Maps a lower-cased header (title or alias) to (schema name, field) for every schema."""
    fields = {}
    for path in sorted(glob.glob(os.path.join(SCHEMAS, "*.json"))):
        schema = json.load(open(path, encoding="utf-8"))
        if os.path.basename(path).startswith("_"):
            continue
        for field in schema["fields"]:
            for label in [field["title"]["vi"]] + field.get("aliases", []):
                fields.setdefault((schema["name"], label.lower()), field)
    return fields


def schema_of(rows_header, fields):
    best, score = None, -1
    for name in {k[0] for k in fields}:
        s = sum(1 for h in rows_header if (name, h.lower()) in fields)
        if s > score:
            best, score = name, s
    return best


class Table:
    """One CSV file with the kind of each column."""

    def __init__(self, name, fields):
        with open(os.path.join(INBOX, name), encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        self.name = name
        self.sender = name.split("_")[0]
        self.header, self.rows = rows[0], rows[1:]
        self.schema = schema_of(self.header, fields)
        self.kinds = []
        for h in self.header:
            field = fields.get((self.schema, h.lower()), {})
            if field.get("type") == "date":
                self.kinds.append("date")
            elif field.get("format") in IDENTIFIER_FORMATS:
                self.kinds.append("id")
            elif field.get("type") in ("integer", "number"):
                self.kinds.append("count")
            else:
                self.kinds.append("text")

    def value(self, column, text):
        """The cell value a spreadsheet holds for `text` in `column` (None: empty)."""
        if text == "":
            return None
        kind = self.kinds[column]
        if kind == "date":
            d, m, y = text.split("/")
            return datetime.datetime(int(y), int(m), int(d))
        if kind == "count":
            return int(text)
        return text

    def totals(self):
        """The 'Tổng cộng' row: sums of count columns, blanks elsewhere."""
        row = []
        for c, kind in enumerate(self.kinds):
            row.append(sum(int(r[c]) for r in self.rows if r[c]) if kind == "count" else None)
        return row

    def widths(self):
        return [{"date": 12, "id": 16, "count": 12}.get(k, 30 if len(h) < 20 else 34)
                for h, k in zip(self.header, self.kinds)]

    def title_lines(self):
        upper, body = TITLE_BLOCKS[self.sender]
        return [upper, body, "", TITLES[self.schema], PERIOD_LINE, ""]


def write_xlsxwriter(table, opts, path):
    import xlsxwriter
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False})
    wb.set_properties({"title": TITLES[table.schema], "author": table.sender, "created": CREATED})
    ws = wb.add_worksheet({"enterprise-register": "DN mới thành lập", "school-outreach": "Tổng hợp trường"}[table.schema])
    bold = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "text_wrap": True, "border": 1})
    title = wb.add_format({"bold": True, "align": "center"})
    italic = wb.add_format({"italic": True, "align": "center"})
    text = wb.add_format({"num_format": "@", "border": 1})
    date = wb.add_format({"num_format": "dd/mm/yyyy", "border": 1})
    plain = wb.add_format({"border": 1})
    number = wb.add_format({"num_format": "#,##0", "border": 1})
    total_label = wb.add_format({"bold": True, "border": 1})
    total_number = wb.add_format({"bold": True, "num_format": "#,##0", "border": 1})
    offset = 1 if opts["stt"] else 0
    ncols = len(table.header) + offset
    lines = table.title_lines()
    ws.write(0, 0, lines[0], title)
    ws.write(1, 0, lines[1], title)
    ws.merge_range(3, 0, 3, ncols - 1, lines[3], title)
    ws.merge_range(4, 0, 4, ncols - 1, lines[4], italic)
    r = len(lines)
    if opts["stt"]:
        ws.write(r, 0, "STT", bold)
        ws.set_column(0, 0, 6)
    for c, (h, w) in enumerate(zip(table.header, table.widths())):
        ws.write_string(r, c + offset, h, bold)
        ws.set_column(c + offset, c + offset, w)
    ws.set_row(r, 45)
    if opts["numbers"]:
        r += 1
        for c in range(ncols):
            ws.write_string(r, c, "(%d)" % (c + 1), italic)
    ws.freeze_panes(r + 1, 0)
    for i, row in enumerate(table.rows):
        r += 1
        if opts["stt"]:
            ws.write_number(r, 0, i + 1, plain)
        for c, cell in enumerate(row):
            v = table.value(c, cell)
            kind = table.kinds[c]
            if v is None:
                ws.write_blank(r, c + offset, None, text if kind == "id" else plain)
            elif kind == "date":
                ws.write_datetime(r, c + offset, v, date)
            elif kind == "count":
                ws.write_number(r, c + offset, v, number)
            else:
                ws.write_string(r, c + offset, v, text if kind == "id" else plain)
    if opts["total"]:
        r += 1
        first_data = r - len(table.rows)
        ws.write_string(r, 0, TOTAL, total_label)
        if table.schema == "enterprise-register":
            ws.write_string(r, 1 + offset, "%d doanh nghiệp" % len(table.rows), total_label)
        for c, v in enumerate(table.totals()):
            if v is not None:
                col = xlsxwriter.utility.xl_col_to_name(c + offset)
                ws.write_formula(r, c + offset, "=SUM(%s%d:%s%d)" % (col, first_data + 1, col, r), total_number, v)
    wb.close()


def write_openpyxl(table, opts, path):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = {"household-register": "Danh sách hộ kinh doanh", "commune-activities": "Kết quả xã"}[table.schema]
    wb.properties.creator = table.sender
    wb.properties.title = TITLES[table.schema]
    wb.properties.created = CREATED
    wb.properties.modified = CREATED
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    offset = 1 if opts["stt"] else 0
    lines = table.title_lines()
    for i, line in enumerate(lines):
        if line:
            ws.cell(row=i + 1, column=1, value=line).font = Font(bold=i != 4, italic=i == 4)
    r = len(lines) + 1
    header = (["STT"] if opts["stt"] else []) + table.header
    for c, h in enumerate(header, start=1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = box
    widths = ([6] if opts["stt"] else []) + table.widths()
    for c, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.row_dimensions[r].height = 45
    if opts["numbers"]:
        r += 1
        for c in range(1, len(header) + 1):
            ws.cell(row=r, column=c, value="(%d)" % c).alignment = Alignment(horizontal="center")
    ws.freeze_panes = ws.cell(row=r + 1, column=1)
    for i, row in enumerate(table.rows):
        r += 1
        if opts["stt"]:
            ws.cell(row=r, column=1, value=i + 1)
        for c, text in enumerate(row):
            cell = ws.cell(row=r, column=c + 1 + offset, value=table.value(c, text))
            kind = table.kinds[c]
            if kind == "id":
                cell.number_format = "@"
            elif kind == "date":
                cell.number_format = "DD/MM/YYYY"
    wb.save(path)


def write_libreoffice(table, opts, path, soffice):
    """Converts a CSV laid out like the agency's sheet with LibreOffice's CSV import filter."""
    work = tempfile.mkdtemp(prefix="make-xlsx-")
    try:
        offset = 1 if opts["stt"] else 0
        ncols = len(table.header) + offset
        # LibreOffice names the sheet after the CSV file.
        sheet = {"student-register": "Sinh viên", "household-register": "HKD",
                 "commune-activities": "Tổng hợp xã"}[table.schema]
        source = os.path.join(work, sheet + ".csv")
        with open(source, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            for line in table.title_lines():
                w.writerow([line] + [""] * (ncols - 1))
            w.writerow((["STT"] if opts["stt"] else []) + table.header)
            if opts["numbers"]:
                # Plain 1 2 3: LibreOffice would read "(1)" in a standard column as −1.
                w.writerow([str(c + 1) for c in range(ncols)])
            for i, row in enumerate(table.rows):
                w.writerow(([str(i + 1)] if opts["stt"] else []) + row)
        # Column formats of LibreOffice's CSV filter: 1 standard, 2 text, 4 DD/MM/YY.
        code = {"id": 2, "date": 4, "count": 1, "text": 2}
        formats = ([1] if opts["stt"] else []) + [code[k] for k in table.kinds]
        columns = "/".join("%d/%d" % (i + 1, f) for i, f in enumerate(formats))
        # Separator 44 (,), quote 34 ("), charset 76 (UTF-8), start at line 1.
        infilter = "CSV:44,34,76,1,%s" % columns
        profile = "file://" + os.path.join(work, "profile")
        subprocess.run([soffice, "-env:UserInstallation=" + profile, "--headless", "--norestore",
                        "--infilter=" + infilter, "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                        "--outdir", work, source], check=True, stdout=subprocess.DEVNULL, timeout=600)
        shutil.move(os.path.splitext(source)[0] + ".xlsx", path)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    if not os.path.isdir(INBOX):
        sys.exit("run from the repository root (SampleData/inbox not found)")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("LibreOffice is needed: apt-get install -y libreoffice-calc")
    fields = load_fields()
    os.makedirs(OUT, exist_ok=True)
    for name, tool, opts in FILES:
        table = Table(name, fields)
        path = os.path.join(OUT, os.path.splitext(name)[0] + ".xlsx")
        if tool == "xlsxwriter":
            write_xlsxwriter(table, opts, path)
        elif tool == "openpyxl":
            write_openpyxl(table, opts, path)
        else:
            write_libreoffice(table, opts, path, soffice)
        print("%-12s %-40s %6d rows  (%s)" % (tool, os.path.basename(path), len(table.rows), table.schema))


if __name__ == "__main__":
    main()
