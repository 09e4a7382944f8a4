#!/usr/bin/env python3
"""Checks every `hiendien template TYPE --xlsx` workbook with tools other than ours.

    pip install openpyxl; apt-get install -y libreoffice-calc
    swift build && python3 scripts/sample/check-templates.py [--hiendien .build/debug/hiendien]

For each submission type in Data/schemas/ it writes the template, then
  1. opens it with Python's zipfile (CRC of every entry) and openpyxl: sheet name, header row,
     frozen pane A2, number formats of row 2 (text `@` for identifiers, dd/mm/yyyy for dates)
     and the list validations (enum labels, có/không for booleans);
  2. converts it with LibreOffice headless to CSV (UTF-8) and compares the header row, and to
     XLSX, re-reading LibreOffice's own file with openpyxl to see that it kept the number
     formats and the drop-downs (LibreOffice drops what it could not understand). Headless
     LibreOffice writes no view settings, so a frozen pane cannot survive that round trip.
Exits non-zero on the first difference. Without LibreOffice, step 2 is skipped with a note.
"""
import argparse
import csv
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

IDENTIFIERS = {"vn-tax-code", "vn-citizen-id", "vn-household-id", "commune", "vn-phone"}


def fields_of(schema_path):
    schema = json.load(open(schema_path, encoding="utf-8"))
    fields = list(schema["fields"])
    for include in schema.get("include", []):
        fragment = json.load(open(os.path.join(os.path.dirname(schema_path), include + ".json"), encoding="utf-8"))
        fields += fragment["fields"]
    return schema, fields


def expected_list(field):
    choices = field.get("constraints", {}).get("enum")
    if choices:
        return [c if isinstance(c, str) else c["labels"][0] for c in choices]
    if field["type"] == "boolean":
        return ["có", "không"]
    return None


def expected_format(field):
    if field["type"] == "date":
        return "dd/mm/yyyy"
    return "@" if field.get("format") in IDENTIFIERS else "General"


def validation_lists(wb, ws):
    """Column letter → list of choices, resolving references to another sheet."""
    lists = {}
    for dv in ws.data_validations.dataValidation:
        if dv.type != "list":
            continue
        formula = dv.formula1
        if formula.startswith('"'):
            choices = formula.strip('"').split(",")
        else:
            sheet, ref = formula.rsplit("!", 1)
            target = wb[sheet.strip("'").replace("''", "'")]
            choices = [row[0].value for row in target[ref.replace("$", "")]]
        for rng in str(dv.sqref).split():
            lists[rng.split(":")[0].rstrip("0123456789")] = (choices, rng)
    return lists


def check(path, schema, fields, fail):
    with zipfile.ZipFile(path) as z:
        if z.testzip() is not None:
            fail("bad CRC in " + path)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    if ws.title != schema["sheetNames"][0]:
        fail("%s: sheet %r" % (path, ws.title))
    header = [c.value for c in ws[1]]
    if header != [f["title"]["vi"] for f in fields]:
        fail("%s: header %r" % (path, header))
    if ws.freeze_panes != "A2":
        fail("%s: freeze panes %r" % (path, ws.freeze_panes))
    lists = validation_lists(wb, ws)
    for i, field in enumerate(fields):
        letter = openpyxl.utils.get_column_letter(i + 1)
        fmt = ws[letter + "2"].number_format
        want = expected_format(field)
        if fmt != want or ws[letter + "1000"].number_format != want:
            fail("%s: %s2 format %r, expected %r" % (path, letter, fmt, want))
        choices = expected_list(field)
        got = lists.get(letter)
        if choices != (got[0] if got else None) or (got and got[1] != "%s2:%s1000" % (letter, letter)):
            fail("%s: %s drop-down %r, expected %r" % (path, letter, got, choices))
    return header


def libreoffice(soffice, folder, names, headers, fail):
    profile = "file://" + os.path.join(folder, "profile")
    base = [soffice, "-env:UserInstallation=" + profile, "--headless", "--norestore"]
    paths = [os.path.join(folder, n + ".xlsx") for n in names]
    for target, sub in (("csv:Text - txt - csv (StarCalc):44,34,76,1", "csv"), ("xlsx:Calc MS Excel 2007 XML", "lo")):
        out = os.path.join(folder, sub)
        subprocess.run(base + ["--convert-to", target, "--outdir", out] + paths, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    for name in names:
        with open(os.path.join(folder, "csv", name + ".csv"), encoding="utf-8", newline="") as f:
            rows = [r for r in csv.reader(f)]
        if rows[:1] != [headers[name]] or any(any(c for c in r) for r in rows[1:]):
            fail("%s: LibreOffice CSV %r" % (name, rows[:2]))
        wb = openpyxl.load_workbook(os.path.join(folder, "lo", name + ".xlsx"))
        ws = wb.worksheets[0]
        # No frozen-pane check here: headless LibreOffice has no view, so it writes no view
        # settings at all (an XlsxWriter file's frozen pane is lost the same way).
        for i, want in enumerate(headers[name + "#formats"]):
            # LibreOffice moves a format shared by a whole column block to the column (<col style>).
            got = ws[openpyxl.utils.get_column_letter(i + 1) + "2"].number_format
            if got == "General":
                got = next((d.number_format for d in ws.column_dimensions.values()
                            if d.min and d.max and d.min <= i + 1 <= d.max), got)
            if got.lower() != want.lower():
                fail("%s: LibreOffice turned column %d's format into %r (was %r)" % (name, i + 1, got, want))
        want = sum(1 for v in headers[name + "#lists"] if v)
        got = len(validation_lists(wb, ws))
        if got != want:
            fail("%s: LibreOffice kept %d of %d drop-downs" % (name, got, want))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hiendien", default=os.path.join(".build", "debug", "hiendien"))
    args = parser.parse_args()
    failures = []
    fail = failures.append
    folder = tempfile.mkdtemp(prefix="templates-")
    env = dict(os.environ, HIENDIEN_DATA=os.path.abspath("Data"))
    names, headers = [], {}
    try:
        for schema_path in sorted(glob.glob(os.path.join("Data", "schemas", "*.json"))):
            if os.path.basename(schema_path).startswith("_"):
                continue
            schema, fields = fields_of(schema_path)
            path = os.path.join(folder, schema["name"] + ".xlsx")
            subprocess.run([args.hiendien, "template", schema["name"], "--xlsx", "--output", path], check=True, env=env)
            headers[schema["name"]] = check(path, schema, fields, fail)
            headers[schema["name"] + "#lists"] = [expected_list(f) for f in fields]
            headers[schema["name"] + "#formats"] = [expected_format(f) for f in fields]
            names.append(schema["name"])
            print("ok  %-22s %d columns" % (schema["name"], len(fields)))
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice:
            libreoffice(soffice, folder, names, headers, fail)
            print("ok  LibreOffice: %d templates converted to CSV and XLSX; header, formats and drop-downs kept" % len(names))
        else:
            print("note: LibreOffice not installed, conversion skipped")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for failure in failures:
        print("FAIL " + failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
