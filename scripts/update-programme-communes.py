#!/usr/bin/env python3
"""Regenerates the `communes.units` block of Data/programme.json from the reference list.

Usage: python3 scripts/update-programme-communes.py [REFERENCE_CSV] [PROGRAMME_JSON]

REFERENCE_CSV defaults to ../shared/reference/communes_thai_nguyen.csv relative to the
repository root (columns code,name,type); PROGRAMME_JSON defaults to Data/programme.json.
Every other key of the configuration (comments included) is kept, in its order; the file is
rewritten in the repository's layout (2-space indent, short objects on one line), NFC, LF.
Uses only the python3 standard library. Exit status 0 when the file was written.
"""
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CODE = re.compile(r"^[0-9]{5}$")
PREFIX = {"xa": "Xã ", "phuong": "Phường "}
WIDTH = 200


def render(value, indent=0):
    """JSON text: containers that fit on one line stay on one line, others get one item a line."""
    inline = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    if not isinstance(value, (dict, list)) or (indent > 0 and len(inline) + indent <= WIDTH) or not value:
        return inline
    pad = " " * (indent + 2)
    if isinstance(value, dict):
        items = [pad + json.dumps(k, ensure_ascii=False) + ": " + render(v, indent + 2) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    items = [pad + render(v, indent + 2) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"


def main(argv):
    ref_path = Path(argv[1]) if len(argv) > 1 else REPO.parent / "shared" / "reference" / "communes_thai_nguyen.csv"
    json_path = Path(argv[2]) if len(argv) > 2 else REPO / "Data" / "programme.json"

    units = []
    with open(ref_path, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            code = row["code"].strip()
            name = unicodedata.normalize("NFC", row["name"].strip())
            kind = row["type"].strip()
            if not CODE.match(code):
                sys.exit(f"FAIL: {ref_path}: code {code!r} is not 5 digits")
            if kind not in PREFIX or not name.startswith(PREFIX[kind]):
                sys.exit(f"FAIL: {ref_path}: {code} {name!r} has type {kind!r} and a name that does not fit it")
            units.append({"code": code, "name": name, "type": kind})
    if len({u["code"] for u in units}) != len(units):
        sys.exit(f"FAIL: {ref_path}: duplicate codes")

    config = json.loads(json_path.read_text(encoding="utf-8"))
    config.setdefault("communes", {})["units"] = units
    json_path.write_text(render(config) + "\n", encoding="utf-8", newline="\n")
    print(f"OK: {json_path}: {len(units)} communes from {ref_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
