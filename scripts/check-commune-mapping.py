#!/usr/bin/env python3
"""Self-check of Data/communes-before-2025.csv (python3 standard library only).

Usage: python3 scripts/check-commune-mapping.py [REFERENCE_CSV] [MAPPING_CSV]

REFERENCE_CSV defaults to ../shared/reference/communes_thai_nguyen.csv relative to the
repository root (the folder above this script's folder); MAPPING_CSV defaults to
Data/communes-before-2025.csv in the repository. Exit status 0 when every check passes.
"""
import csv
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HEADER = ["old_code", "old_name", "old_type", "old_district", "new_codes", "note"]
TYPES = {"xa": "Xã ", "phuong": "Phường ", "thi_tran": "Thị trấn "}
CODE = re.compile(r"^[0-9]{5}$")


def main(argv):
    ref_path = Path(argv[1]) if len(argv) > 1 else REPO.parent / "shared" / "reference" / "communes_thai_nguyen.csv"
    map_path = Path(argv[2]) if len(argv) > 2 else REPO / "Data" / "communes-before-2025.csv"
    errors = []

    with open(ref_path, encoding="utf-8", newline="") as f:
        ref = {r["code"]: r["name"] for r in csv.DictReader(f)}
    if len(ref) != 92:
        errors.append(f"reference has {len(ref)} codes, expected 92")

    raw = map_path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"FAIL: {map_path} is not UTF-8: {e}")
        return 1
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append("file starts with a BOM")
    if "\r" in text:
        errors.append("file has CR characters (must be LF only)")
    if unicodedata.normalize("NFC", text) != text:
        errors.append("file is not NFC as a whole")

    lines = text.split("\n")
    n_comment = 0
    while n_comment < len(lines) and lines[n_comment].startswith("#"):
        n_comment += 1
    body = lines[n_comment:]
    if any(line.startswith("#") for line in body):
        errors.append("comment line after the CSV header")
    rows = list(csv.reader([line for line in body if line != ""]))
    if not rows or rows[0] != HEADER:
        errors.append(f"CSV header is {rows[0] if rows else None}, expected {HEADER}")
        rows = [HEADER]
    data = rows[1:]

    seen = Counter()
    covered = set()
    splits = []
    by_range = Counter()
    for i, row in enumerate(data, start=n_comment + 2):
        if len(row) != len(HEADER):
            errors.append(f"line {i}: {len(row)} fields, expected {len(HEADER)}")
            continue
        old_code, old_name, old_type, old_district, new_codes, note = row
        seen[old_code] += 1
        if not CODE.match(old_code):
            errors.append(f"line {i}: old_code {old_code!r} is not 5 digits")
        elif "01834" <= old_code <= "02197":
            by_range["Bắc Kạn (018xx-021xx)"] += 1
        elif "05431" <= old_code <= "05968":
            by_range["Thái Nguyên (054xx-059xx)"] += 1
        else:
            errors.append(f"line {i}: old_code {old_code} is outside the ranges of Bắc Kạn and Thái Nguyên")
        for field, value in (("old_name", old_name), ("old_district", old_district), ("note", note)):
            if unicodedata.normalize("NFC", value) != value:
                errors.append(f"line {i}: {field} is not NFC")
            if value != value.strip():
                errors.append(f"line {i}: {field} has leading or trailing spaces")
        if old_type not in TYPES:
            errors.append(f"line {i}: old_type {old_type!r} not in {sorted(TYPES)}")
        elif not old_name.startswith(TYPES[old_type]):
            errors.append(f"line {i}: old_name {old_name!r} does not start with {TYPES[old_type]!r}")
        if not old_district:
            errors.append(f"line {i}: empty old_district")
        codes = new_codes.split("|")
        if len(set(codes)) != len(codes):
            errors.append(f"line {i}: repeated code in new_codes {new_codes!r}")
        for c in codes:
            if c not in ref:
                errors.append(f"line {i}: new code {c!r} is not in {ref_path.name}")
            else:
                covered.add(c)
        if len(codes) > 1:
            splits.append(f"{old_code} {old_name} -> {new_codes}")

    for code, n in seen.items():
        if n > 1:
            errors.append(f"old_code {code} appears {n} times")
    missing = sorted(set(ref) - covered)
    if missing:
        errors.append("new codes not covered: " + ", ".join(f"{c} {ref[c]}" for c in missing))

    print(f"mapping:   {map_path}")
    print(f"reference: {ref_path} ({len(ref)} codes)")
    print(f"header comment lines: {n_comment}")
    print(f"old units: {len(data)}" + "".join(f"; {k}: {v}" for k, v in sorted(by_range.items())))
    print(f"old types: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r[2] for r in data if len(r) == 6).items())))
    print(f"new codes covered: {len(covered)} of {len(ref)}")
    print(f"split units: {len(splits)}")
    for s in splits:
        print(f"  {s}")
    if errors:
        for e in errors:
            print(f"FAIL: {e}")
        print(f"{len(errors)} problem(s)")
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
