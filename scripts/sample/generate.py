#!/usr/bin/env python3
"""Sample data for hiendien: one synthetic quarter (2026-Q3) of agency submissions.

Thái Nguyên province's ".vn online presence" programme (plan 103/KH-UBND, started 2025-10-18):
every agency and commune sends the Department of Science and Technology (SKHCN) a quarterly
submission. This script invents a realistic, internally consistent quarter of them, so the
engine can be developed, demonstrated and tested end to end. Everything is synthetic: names,
tax codes, citizen IDs and domains are made up (tax codes and IDs are *well-formed*, not real).

Python 3 standard library only. Deterministic: the same --seed gives byte-identical output
(no wall clock, no hash randomisation, sorted JSON keys).

Usage
    python3 scripts/sample/generate.py                 # writes SampleData/ (seed 20260930)
    python3 scripts/sample/generate.py --seed 7 --out /tmp/sd
    python3 scripts/sample/generate.py --check-only    # re-validate SampleData/ without writing
    python3 scripts/sample/generate.py --register student-register --rows 1000000 --out /tmp/s.csv

Output (under --out, default <repo>/SampleData)
    inbox/               good submissions for 2026-Q3, UTF-8 CSV, one submission type per file, and
                         VNNIC_2026-Q3_ten-mien.csv: the registry's extract of granted names, with
                         deliberate differences from the agencies' claims (own random stream)
    ground-truth.json    totals the engine's consolidation must reproduce (definitions inside);
                         "reconciliation": claims vs the extract, recomputed from the written files
    broken/              one fault kind per file, plus broken/EXPECTED.json (exact findings)
    (README.md beside them is hand-written and never touched by this script)

File names: <SENDER>_<PERIOD>[_<free part>].csv, SENDER = agency code (STC, SCT, ...) or a
commune's 5-digit code, PERIOD = 2026-Q3; the free part carries a type token from the schema's
`fileTokens` (doanh-nghiep, ho-kinh-doanh, sinh-vien, truong, ...).

Headers are the schemas' `title.vi` (Data/schemas/*.json), in schema order; a few files use an
alias or leave out optional columns, as real agencies do. Dates are dd/mm/yyyy.

After writing, the script re-reads every file with a small independent validator that applies
the schemas' rules (check digits, citizen IDs, domain syntax and suffix, ages, date rules,
uniqueness, count order, commune names) and fails if a good file has a finding or a broken file's
findings differ from broken/EXPECTED.json.

Benchmark mode (--register TYPE --rows N --out PATH) streams one large register (enterprise-,
household- or student-register) in constant memory: valid rows with about 2% rule violations.
"""

import argparse
import csv
import datetime as dt
import io
import json
import os
import random
import re
import shutil
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SCHEMA_DIR = os.path.join(REPO, "Data", "schemas")
OLD_COMMUNES = os.path.join(REPO, "Data", "communes-before-2025.csv")
COMMUNES = os.path.join(HERE, "communes_thai_nguyen.csv")

DEFAULT_SEED = 20260930
PERIOD = "2026-Q3"
Q_START = dt.date(2026, 7, 1)
Q_END = dt.date(2026, 9, 30)
PROGRAMME_START = dt.date(2025, 10, 18)
ENTERPRISE_WINDOW_START = dt.date(2025, 10, 1)  # the period's 12 months

AGENCIES = {
    "STC": ("Sở Tài chính", ["enterprise-register"]),
    "SCT": ("Sở Công Thương", ["household-register"]),
    "SNNMT": ("Sở Nông nghiệp và Môi trường", ["craft-village"]),
    "SGDDT": ("Sở Giáo dục và Đào tạo", ["school-outreach", "student-register"]),
    "DHTN": ("Đại học Thái Nguyên", ["school-outreach", "student-register"]),
    "CDTN": ("Các trường cao đẳng", ["school-outreach", "student-register"]),
    "TINHDOAN": ("Tỉnh đoàn", ["member-outreach"]),
    "HND": ("Hội Nông dân tỉnh", ["member-outreach"]),
    "HLHPN": ("Hội Liên hiệp Phụ nữ tỉnh", ["member-outreach"]),
    "HHDN": ("Hiệp hội Doanh nghiệp tỉnh", ["member-outreach"]),
    "LMHTX": ("Liên minh Hợp tác xã tỉnh", ["member-outreach"]),
    "BTN": ("Báo và Phát thanh, Truyền hình Thái Nguyên", ["media-items"]),
    "TTTT": ("Trung tâm Thông tin tỉnh", ["media-items"]),
    "SKHCN": ("Sở Khoa học và Công nghệ", ["trainings"]),
}
COMMUNE_TYPES = ["commune-activities", "household-register"]
NOT_SUBMITTING_AGENCY = "HLHPN"

# --------------------------------------------------------------------------------------------
# Text helpers


def fold(text):
    """Lowercase ASCII key: no diacritics, đ→d, single spaces (how a resolver matches names)."""
    t = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if unicodedata.category(c) != "Mn")
    return " ".join(t.lower().split())


def strip_marks(text):
    t = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in t if unicodedata.category(c) != "Mn"))


def slug(text):
    return re.sub(r"[^a-z0-9]", "", fold(text))


def dmy(d):
    return "%02d/%02d/%04d" % (d.day, d.month, d.year)


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def full_years(birth, at):
    y = at.year - birth.year
    if (at.month, at.day) < (birth.month, birth.day):
        y -= 1
    return y


# --------------------------------------------------------------------------------------------
# Identifiers (FACTS §5)

TAX_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def tax_check(nine):
    """Check digit of nine digits (string), or None when 10 - (sum mod 11) = 10 (never issued)."""
    s = sum(int(c) * w for c, w in zip(nine, TAX_WEIGHTS))
    c = 10 - s % 11
    return None if c == 10 else str(c)


CITIZEN_PROVINCES = {
    1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42, 44,
    45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89,
    91, 92, 93, 94, 95, 96,
}
# Birth-registration provinces of people living in Thái Nguyên: mostly 019 / 006, some neighbours.
ID_PROVINCES = ["019"] * 14 + ["006"] * 5 + ["001", "008", "010", "020", "022", "024", "025", "026", "030", "036", "038"]


def citizen_id(rng, birth_year, female, province=None, tail=None):
    century = (birth_year // 100) - 19
    digit4 = century * 2 + (1 if female else 0)
    prov = province or rng.choice(ID_PROVINCES)
    t = tail if tail is not None else "%06d" % rng.randrange(1000000)
    return "%s%d%02d%s" % (prov, digit4, birth_year % 100, t)


# --------------------------------------------------------------------------------------------
# Names

FAMILY = [("Nguyễn", 30), ("Trần", 6), ("Lê", 6), ("Phạm", 4), ("Hoàng", 5), ("Vũ", 3), ("Đặng", 3), ("Bùi", 3),
          ("Đỗ", 3), ("Ngô", 2), ("Dương", 3), ("Lý", 1), ("Ma", 2), ("Hà", 2), ("Nông", 2), ("Lường", 1),
          ("Triệu", 1), ("Đinh", 2), ("Lâm", 1), ("Mai", 1), ("Đào", 1), ("Lương", 2), ("Chu", 1), ("La", 1),
          ("Hứa", 1), ("Lục", 1), ("Tạ", 1), ("Phùng", 1), ("Trịnh", 1), ("Đàm", 1)]
MIDDLE_M = ["Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Công", "Tuấn", "Xuân", "Ngọc", "Hoàng", "Gia", "Trung", "Mạnh", "Tiến"]
MIDDLE_F = ["Thị", "Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Khánh", "Phương", "Hồng", "Mai", "Bảo", "Thùy", "Kim", "Hải"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Đức", "Hùng", "Hải", "Hiếu", "Huy", "Khánh", "Long", "Minh", "Nam", "Phong",
           "Quân", "Sơn", "Tùng", "Thắng", "Toàn", "Trung", "Tuấn", "Việt", "Vinh", "Hoàng", "Đạt", "Khoa", "Lâm",
           "Nghĩa", "Phúc", "Thành", "Quang", "Duy", "Kiên", "Hưng", "Tài", "Trường", "Công", "Thịnh", "Bảo", "Hậu"]
GIVEN_F = ["Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Huyền", "Lan", "Linh", "Loan", "Mai",
           "My", "Nga", "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Trang", "Tuyết", "Vân", "Yến", "Hiền",
           "Thủy", "Nhi", "Vy", "Ly", "Thư", "Hậu", "Liên", "Duyên", "Lệ", "Nhàn", "Thơm", "Xuân", "Ánh"]


def person(rng):
    female = rng.random() < 0.5
    fam = rng.choices([f for f, _ in FAMILY], [w for _, w in FAMILY])[0]
    mid = rng.choice(MIDDLE_F if female else MIDDLE_M)
    given = rng.choice(GIVEN_F if female else GIVEN_M)
    while given == mid:
        given = rng.choice(GIVEN_F if female else GIVEN_M)
    if rng.random() < 0.12:  # two middle names: Nguyễn Thị Thu Hương, Trần Văn Minh Đức
        second = rng.choice(["Thu", "Ngọc", "Thanh", "Minh", "Phương", "Hồng", "Kim"] if female else ["Minh", "Quang", "Anh", "Hữu", "Đức"])
        first = "Thị" if female else "Văn"
        if second != given:
            mid = first + " " + second
    return "%s %s %s" % (fam, mid, given), female


ENT_FORMS = [("Công ty TNHH ", 45), ("Công ty TNHH MTV ", 15), ("Công ty Cổ phần ", 25), ("Doanh nghiệp tư nhân ", 5),
             ("Công ty TNHH Thương mại và Dịch vụ ", 10)]
ENT_SECTORS = ["Chè", "Xây dựng", "Vận tải", "Công nghệ", "Nông sản", "Thực phẩm", "Du lịch", "Đầu tư và Phát triển",
               "Cơ khí", "Vật liệu xây dựng", "Giáo dục", "Tư vấn", "Nội thất", "Điện tử", "Dược phẩm", "May mặc",
               "Lâm sản", "Môi trường", "Kỹ thuật", "Thiết bị", "Quảng cáo", "Logistics", "Nông nghiệp sạch",
               "Xuất nhập khẩu", "Gỗ", "Điện nước", "Phần mềm", "Thời trang"]
ENT_PLACES = ["Tân Cương", "Thái Nguyên", "Phú Lương", "Hồ Núi Cốc", "Ba Bể", "Đại Từ", "Việt Bắc", "Sông Cầu",
              "La Hiên", "Định Hóa", "Bắc Kạn", "Phổ Yên", "Sông Công", "Võ Nhai", "Đồng Hỷ", "Tam Đảo", "Na Rì",
              "Chợ Đồn", "Gia Sàng", "Trại Cau", "Quan Triều", "Phú Bình", "Vạn Xuân", "Bách Quang"]
ENT_BRANDS = ["Xanh", "Phát", "Thịnh", "An", "Hưng", "Thành Đạt", "Minh Phát", "Hoàng Gia", "Phúc Lộc", "Trường Sơn",
              "Kim Long", "Hợp Nhất", "Tiến Thành", "Nam Việt", "Đông Á", "Hải Đăng", "Thiên Phú", "Sao Mai",
              "Bình Minh", "Ánh Dương", "Đại Phát", "Vĩnh Hưng", "Toàn Cầu", "Hòa Bình", "Tâm An", "Gia Bảo"]

SHOP_KINDS = ["Tạp hóa", "Quán phở", "Cửa hàng điện thoại", "Cơ sở chè", "Cửa hàng vật liệu xây dựng", "Quán cà phê",
              "Tiệm bánh", "Cửa hàng nông sản", "Sửa chữa xe máy", "Cửa hàng quần áo", "Nhà nghỉ", "Quán cơm",
              "Cơ sở mộc", "Cửa hàng thuốc thú y", "Salon tóc", "Cửa hàng hoa quả", "Cơ sở miến dong", "Cửa hàng gạo"]

# --------------------------------------------------------------------------------------------
# Schemas and communes


def load_schemas():
    narrative = json.load(open(os.path.join(SCHEMA_DIR, "_narrative.json"), encoding="utf-8"))["fields"]
    out = {}
    for fn in sorted(os.listdir(SCHEMA_DIR)):
        if not fn.endswith(".json") or fn.startswith("_"):
            continue
        s = json.load(open(os.path.join(SCHEMA_DIR, fn), encoding="utf-8"))
        s["narrative"] = [dict(f) for f in narrative] if "_narrative" in s.get("include", []) else []
        out[s["name"]] = s
    return out


class Communes:
    def __init__(self, rng):
        self.units = []  # (code, name, type)
        with open(COMMUNES, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                self.units.append((row["code"], row["name"], row["type"]))
        self.units.sort()
        self.codes = [u[0] for u in self.units]
        self.name = {c: n for c, n, _ in self.units}
        self.kind = {c: t for c, _, t in self.units}
        # Resolution tables: current names (exact, folded, folded without prefix) and old names.
        self.by_fold = {}
        for c, n, _ in self.units:
            for k in (fold(n), fold(n.split(" ", 1)[1])):
                self.by_fold.setdefault(k, set()).add(c)
        self.old_by_fold = {}
        self.old_codes = {}
        with open(OLD_COMMUNES, encoding="utf-8") as f:
            lines = [l for l in f if not l.startswith("#")]
        for row in csv.DictReader(lines):
            targets = set(row["new_codes"].split("|"))
            self.old_codes[row["old_code"]] = targets
            bare = re.sub(r"^(Xã|Phường|Thị trấn) ", "", row["old_name"])
            for k in (fold(row["old_name"]), fold(bare)):
                self.old_by_fold.setdefault(k, set()).update(targets)
        # A name form is "safe" when every reading of it (current or old) leads to this unit only.
        self.safe_name = set()
        self.safe_ascii = set()
        for c, n, _ in self.units:
            k = fold(n)
            if self.by_fold.get(k) == {c} and self.old_by_fold.get(k, {c}) == {c}:
                self.safe_ascii.add(c)
                self.safe_name.add(c)
        # Weights: wards are bigger; the former Thái Nguyên lowlands bigger than Bắc Kạn highlands.
        self.weight = {}
        for c, n, t in self.units:
            bk = c.startswith("01") or c.startswith("02")
            if t == "phuong":
                w = rng.uniform(2.5, 4.0) if bk else rng.uniform(5.0, 9.0)
            else:
                w = rng.uniform(0.6, 1.4) if bk else rng.uniform(1.2, 2.6)
            self.weight[c] = w
        self.weight["05443"] = 12.0  # Phường Phan Đình Phùng, the provincial centre

    def resolve(self, text):
        """Independent resolver used by the self-check: code, official/ASCII name; None if unknown."""
        t = text.strip()
        if re.fullmatch(r"\d{4,5}", t):
            t = t.zfill(5)
            return t if t in self.name else None
        k = fold(unicodedata.normalize("NFC", t))
        cur = self.by_fold.get(k)
        if cur and len(cur) == 1:
            return next(iter(cur))
        return None

    def pick(self, rng, codes=None):
        codes = codes or self.codes
        return rng.choices(codes, [self.weight[c] for c in codes])[0]

    def cell(self, rng, code, style):
        """The commune cell as an agency types it. style: (p_name, p_ascii)."""
        p_name, p_ascii = style
        r = rng.random()
        if r < p_ascii and code in self.safe_ascii:
            n = strip_marks(self.name[code])
            return n if rng.random() < 0.7 else n.lower()
        if r < p_ascii + p_name and code in self.safe_name:
            return self.name[code]
        return code


# --------------------------------------------------------------------------------------------
# Dates


def rand_date(rng, lo, hi, skew=1.0):
    """A day in [lo, hi]; skew > 1 favours later days (activity grows over the programme)."""
    span = (hi - lo).days
    if span <= 0:
        return lo
    u = rng.random() ** (1.0 / skew)
    return lo + dt.timedelta(days=min(span, int(u * (span + 1))))


# --------------------------------------------------------------------------------------------
# Writing


class Writer:
    def __init__(self, schemas, root):
        self.schemas = schemas
        self.root = root
        self.files = []  # (relative path, type, data rows)

    def header_of(self, schema, columns, aliases):
        allf = {f["name"]: f for f in self.schemas[schema]["fields"] + self.schemas[schema]["narrative"]}
        out = []
        for c in columns:
            label = aliases.get(c) or allf[c]["title"]["vi"]
            assert label == allf[c]["title"]["vi"] or label in allf[c].get("aliases", []), (schema, c, label)
            out.append(label)
        return out

    def write(self, rel, schema, rows, omit=(), aliases=None, narrative=None, bom=False, crlf=False):
        """rows: list of dicts field -> str. narrative: dict section -> text, put in the first row."""
        aliases = aliases or {}
        columns = [f["name"] for f in self.schemas[schema]["fields"] if f["name"] not in omit]
        if narrative:
            columns += [f["name"] for f in self.schemas[schema]["narrative"] if f["name"] in narrative]
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n" if crlf else "\n")
        w.writerow(self.header_of(schema, columns, aliases))
        for i, r in enumerate(rows):
            cells = []
            for c in columns:
                v = r.get(c, "")
                if narrative and c in narrative and i == 0:
                    v = narrative[c]
                cells.append(v)
            w.writerow(cells)
        data = buf.getvalue().encode("utf-8")
        if bom:
            data = b"\xef\xbb\xbf" + data
        path = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        self.files.append((rel, schema, len(rows)))


def yesno(flag, style):
    if style == "x":
        return "x" if flag else ""
    return "có" if flag else "không"


# --------------------------------------------------------------------------------------------
# The quarter


class Quarter:
    def __init__(self, seed, schemas):
        self.seed = seed
        self.rng = random.Random(seed)
        self.schemas = schemas
        self.C = Communes(random.Random(seed + 1))
        self.domains = set()  # every domain in the province, so two entities never share one
        self.tax_seq = 1645000 + self.rng.randrange(2000)
        self.hh_ids = set()
        self.cids = set()

    # -- identifiers and domains -------------------------------------------------------------

    def new_tax_code(self):
        while True:
            self.tax_seq += self.rng.randint(1, 9)
            nine = "46%07d" % self.tax_seq
            c = tax_check(nine)
            if c is not None:
                return nine + c

    def new_domain(self, stem, suffix):
        stem = re.sub(r"-+", "-", stem).strip("-")[:50] or "ten"
        cand = stem
        n = 1
        while cand + suffix in self.domains:
            n += 1
            cand = "%s%d" % (stem, n)
        self.domains.add(cand + suffix)
        return cand + suffix

    def new_household_id(self, commune, owner_female, owner_birth):
        rng = self.rng
        while True:
            if rng.random() < 0.6:
                prefix = "47" if commune[:2] in ("01", "02") else "46"
                hid = "%s%s8%06d" % (prefix, rng.choice("ABCDEFGHK"), rng.randrange(1, 1000000))
            else:
                hid = citizen_id(rng, owner_birth, owner_female)
            if hid not in self.hh_ids:
                self.hh_ids.add(hid)
                return hid

    def new_student_id(self, birth, female):
        while True:
            cid = citizen_id(self.rng, birth.year, female)
            if cid not in self.cids:
                self.cids.add(cid)
                return cid

    # -- enterprises -------------------------------------------------------------------------

    def enterprises(self, n=2000):
        rng, C = self.rng, self.C
        names = set()
        reach_mult = {c: rng.uniform(0.75, 1.25) for c in C.codes}
        reg_mult = {c: rng.uniform(0.7, 1.3) for c in C.codes}
        out = []
        for _ in range(n):
            commune = C.pick(rng)
            while True:
                form = rng.choices([f for f, _ in ENT_FORMS], [w for _, w in ENT_FORMS])[0]
                sector = rng.choice(ENT_SECTORS) if "Thương mại và Dịch vụ" not in form else ""
                brand = rng.choice(ENT_PLACES + ENT_BRANDS)
                if rng.random() < 0.5:
                    brand += " " + rng.choice(ENT_BRANDS)
                core = (sector + " " + brand).strip()
                name = form + core
                if name not in names:
                    names.add(name)
                    break
            founded = rand_date(rng, ENTERPRISE_WINDOW_START, Q_END, 1.1)
            e = {"entity_id": self.new_tax_code(), "name": name, "commune": commune, "founded_on": founded,
                 "outreach_date": None, "domain": None, "registered_on": None, "website": False, "email": False}
            # Chance of being reached grows with the time the enterprise has existed.
            age_days = (Q_END - founded).days
            p_reach = min(0.92, 0.25 + age_days / 365 * 0.55) * reach_mult[commune]
            if rng.random() < p_reach:
                e["outreach_date"] = rand_date(rng, max(founded, PROGRAMME_START), Q_END, 1.3)
                if rng.random() < 0.66 * reg_mult[commune]:
                    lo = e["outreach_date"]
                    hi = min(Q_END, add_years(founded, 1), lo + dt.timedelta(days=60))
                    e["registered_on"] = rand_date(rng, lo, hi, 0.8)
                    stem = slug(brand) if rng.random() < 0.6 else "-".join(slug(w) for w in core.split())
                    e["domain"] = self.new_domain(stem, ".biz.vn")
                    e["website"] = rng.random() < 0.55
                    e["email"] = rng.random() < 0.4
            out.append(e)
        out.sort(key=lambda e: (e["founded_on"], e["entity_id"]))
        return out

    # -- households --------------------------------------------------------------------------

    def household(self, commune, reached_on=None, register=False, pilot=False):
        rng = self.rng
        owner, female = person(rng)
        birth_year = rng.choices([rng.randint(1958, 1999), rng.randint(2000, 2005)], [0.93, 0.07])[0]
        hid = self.new_household_id(commune, female, birth_year)
        if rng.random() < 0.62:
            name = "Hộ kinh doanh " + owner
        else:
            name = rng.choice(SHOP_KINDS) + " " + owner.split()[-1] + (" " + rng.choice(["Hùng", "Lan", "Minh", "Phát", "An", "Thịnh", "Hòa", "Tâm"]) if rng.random() < 0.4 else "")
        h = {"entity_id": hid, "name": name, "owner": owner, "commune": commune, "pilot": pilot,
             "outreach_date": reached_on or rand_date(rng, PROGRAMME_START + dt.timedelta(days=3), Q_END, 1.4),
             "domain": None, "registered_on": None, "website": False, "email": False}
        if register:
            lo = h["outreach_date"]
            h["registered_on"] = rand_date(rng, lo, min(Q_END, lo + dt.timedelta(days=45)), 0.7)
            r = rng.random()
            cs = slug(self.C.name[commune].split(" ", 1)[1])
            if name.startswith("Hộ kinh doanh"):
                stem = ("hkd" if r < 0.2 else "") + slug(owner) if r < 0.6 else slug(owner.split()[-1]) + "-" + cs
            else:
                stem = slug(name)[:30] if r < 0.6 else slug(owner.split()[-1]) + "-" + cs
            h["domain"] = self.new_domain(stem, ".biz.vn")
            h["website"] = pilot or rng.random() < 0.45
            h["email"] = pilot or rng.random() < 0.35
        return h

    def commune_plan(self, n_submit=30):
        rng, C = self.rng, self.C
        wards = [c for c in C.codes if C.kind[c] == "phuong"]
        xas = [c for c in C.codes if C.kind[c] == "xa"]
        chosen = set(rng.sample(wards, 12))
        while len(chosen) < n_submit:
            chosen.add(C.pick(rng, xas))
        plan = {}
        for c in C.codes:
            eligible = int(C.weight[c] * rng.uniform(200, 260))
            plan[c] = {"eligible": eligible}
        submitting = sorted(chosen)
        low_pilots = set(rng.sample(submitting, 4))
        for c in submitting:
            p = plan[c]
            reg_rate = rng.uniform(0.2, 0.7)
            reach_rate = min(0.95, reg_rate + rng.uniform(0.08, 0.35))
            p["reached"] = round(p["eligible"] * reach_rate)
            p["registered"] = round(p["eligible"] * reg_rate)
            p["pilots"] = min(p["registered"], rng.randint(0, 4) if c in low_pilots else rng.randint(5, 10))
        return submitting, plan

    # -- students ----------------------------------------------------------------------------

    SCHOOLS = {
        "DHTN": [
            ("Trường Đại học Sư phạm - Đại học Thái Nguyên", "Đại học", "05455", 5200),
            ("Trường Đại học Y - Dược - Đại học Thái Nguyên", "Đại học", "05443", 3900),
            ("Trường Đại học Kỹ thuật Công nghiệp - Đại học Thái Nguyên", "Đại học", "05467", 4300),
            ("Trường Đại học Nông Lâm - Đại học Thái Nguyên", "Đại học", "05455", 2600),
            ("Trường Đại học Kinh tế và Quản trị Kinh doanh - Đại học Thái Nguyên", "Đại học", "05455", 3600),
            ("Trường Đại học Khoa học - Đại học Thái Nguyên", "Đại học", "05455", 2100),
            ("Trường Đại học Công nghệ Thông tin và Truyền thông - Đại học Thái Nguyên", "Đại học", "05455", 3300),
            ("Trường Ngoại ngữ - Đại học Thái Nguyên", "Đại học", "05455", 1800),
            ("Trường Cao đẳng Kinh tế - Kỹ thuật - Đại học Thái Nguyên", "Cao đẳng", "05455", 900),
        ],
        "CDTN": [
            ("Trường Cao đẳng Công nghiệp Thái Nguyên", "Cao đẳng", "05899", 2100),
            ("Trường Cao đẳng Y tế Thái Nguyên", "Cao đẳng", "05443", 1500),
            ("Trường Cao đẳng Thương mại và Du lịch", "Cao đẳng", "05482", 1600),
            ("Trường Cao đẳng Công nghệ và Kinh tế Công nghiệp", "Cao đẳng", "05860", 1700),
            ("Trường Cao đẳng Cơ điện Luyện kim Thái Nguyên", "Cao đẳng", "05500", 1300),
            ("Trường Cao đẳng Công nghệ và Nông lâm Đông Bắc", "Cao đẳng", "05518", 900),
            ("Trường Cao đẳng Bắc Kạn", "Cao đẳng", "01843", 1100),
            ("Trường Cao đẳng Sư phạm Thái Nguyên", "Cao đẳng", "05443", 1000),
            ("Trường Cao đẳng Công nghệ Bách khoa Thái Nguyên", "Cao đẳng", "05467", 800),
        ],
        "SGDDT": [
            ("Trường Đại học Việt Bắc", "Đại học", "05488", 1300),
            ("Trường Đại học Công nghệ Giao thông vận tải - Cơ sở Thái Nguyên", "Đại học", "05467", 1500),
            ("Trường Trung cấp Y tế Bắc Kạn", "Trung cấp", "01840", 500),
            ("Trường Trung cấp Dân tộc nội trú Thái Nguyên", "Trung cấp", "05443", 600),
            ("Trường Trung cấp Luật Thái Nguyên", "Trung cấp", "05455", 450),
            ("Trung tâm GDNN-GDTX Đại Từ", "Trung tâm GDNN-GDTX", "05830", 1200),
            ("Trung tâm GDNN-GDTX Phú Bình", "Trung tâm GDNN-GDTX", "05908", 1100),
            ("Trung tâm GDNN-GDTX Phú Lương", "Trung tâm GDNN-GDTX", "05611", 900),
            ("Trung tâm GDNN-GDTX Định Hóa", "Trung tâm GDNN-GDTX", "05569", 800),
            ("Trung tâm GDNN-GDTX Võ Nhai", "Trung tâm GDNN-GDTX", "05716", 700),
            ("Trung tâm GDNN-GDTX Đồng Hỷ", "Trung tâm GDNN-GDTX", "05692", 850),
            ("Trung tâm GDNN-GDTX Phổ Yên", "Trung tâm GDNN-GDTX", "05860", 1200),
            ("Trung tâm GDNN-GDTX Ba Bể", "Trung tâm GDNN-GDTX", "01906", 500),
            ("Trung tâm GDNN-GDTX Chợ Đồn", "Trung tâm GDNN-GDTX", "02020", 450),
            ("Trung tâm GDNN-GDTX Na Rì", "Trung tâm GDNN-GDTX", "02155", 400),
            ("Trung tâm GDNN-GDTX Ngân Sơn", "Trung tâm GDNN-GDTX", "01954", 300),
        ],
    }

    def student(self, school, at_kind):
        """One student; at_kind 'registered' or 'reached'."""
        rng = self.rng
        name, female = person(rng)
        outreach = rand_date(rng, PROGRAMME_START + dt.timedelta(days=5), Q_END, 1.3)
        registered = None
        if at_kind == "registered":
            registered = rand_date(rng, outreach, min(Q_END, outreach + dt.timedelta(days=30)), 0.6)
        at = registered or outreach
        age = rng.choices([18, 19, 20, 21, 22, 23], [14, 22, 22, 20, 15, 7])[0]
        birth = add_years(at, -age - 1) + dt.timedelta(days=rng.randint(1, 364))
        assert full_years(birth, at) == age, (birth, at, age)
        s = {"entity_id": self.new_student_id(birth, female), "name": name, "birth_date": birth, "school": school,
             "commune": self.C.pick(rng), "outreach_date": outreach, "registered_on": registered, "domain": None,
             "website": False, "email": False}
        if registered:
            r = rng.random()
            parts = [slug(p) for p in name.split()]
            if r < 0.45:
                stem = "".join(parts)
            elif r < 0.7:
                stem = parts[-1] + "".join(p[0] for p in parts[:-1]) + str(birth.year)
            elif r < 0.85:
                stem = parts[-1] + "-" + parts[0] + str(birth.year % 100)
            else:
                stem = "".join(parts) + str(birth.year)
            s["domain"] = self.new_domain(stem, ".id.vn")
            s["website"] = rng.random() < 0.5
            s["email"] = rng.random() < 0.45
        return s


# --------------------------------------------------------------------------------------------
# Narratives

NARRATIVE = {
    "STC": {
        "results": "Trong quý III/2026, Sở Tài chính đã rà soát toàn bộ doanh nghiệp thành lập mới trong 12 tháng, phối hợp với VNNIC và các nhà đăng ký tên miền gửi thư hướng dẫn đăng ký tên miền .biz.vn miễn phí kèm giấy chứng nhận đăng ký doanh nghiệp.",
        "difficulties": "Nhiều doanh nghiệp mới thành lập chưa có nhân sự phụ trách công nghệ thông tin; một số doanh nghiệp đã có tên miền .com nên chưa quan tâm đến tên miền .biz.vn.",
        "proposals": "Đề nghị Sở Khoa học và Công nghệ đề xuất VNNIC kéo dài thời gian miễn phí 2 năm đối với doanh nghiệp thành lập mới trong năm 2026.",
        "next_tasks": "Quý IV/2026 tiếp tục gửi hướng dẫn cho 100% doanh nghiệp thành lập mới; lồng ghép nội dung tuyên truyền tại bộ phận một cửa.",
    },
    "SGDDT": {
        "results": "Các trung tâm GDNN-GDTX và trường trung cấp đã tổ chức sinh hoạt đầu khóa, hướng dẫn học sinh, sinh viên từ đủ 18 đến 23 tuổi đăng ký tên miền .id.vn và tạo hồ sơ năng lực trực tuyến (CV).",
        "difficulties": "Học sinh ở các xã vùng cao (Ba Bể, Na Rì, Ngân Sơn) thiếu thiết bị và đường truyền; một số em chưa có căn cước gắn chip nên chưa xác thực được.",
        "proposals": "Đề nghị hỗ trợ kinh phí in tài liệu hướng dẫn và tổ chức ngày hội đăng ký tên miền tại các trung tâm GDNN-GDTX.",
        "next_tasks": "Tổ chức tuyên truyền cho học sinh khóa mới nhập học tháng 9 và tháng 10/2026.",
    },
    "DHTN": {
        "results": "Đại học Thái Nguyên đã lồng ghép hướng dẫn đăng ký tên miền .id.vn vào tuần sinh hoạt công dân – sinh viên đầu năm học 2026-2027 tại các trường thành viên; Đoàn thanh niên các trường thành lập tổ hỗ trợ trực tuyến.",
        "difficulties": "Một số sinh viên lo ngại phí duy trì sau 2 năm miễn phí.",
        "proposals": "Đề nghị VNNIC cung cấp mẫu website, blog, CV cho sinh viên theo từng ngành đào tạo.",
        "next_tasks": "Hoàn thành tiếp cận 100% sinh viên năm thứ nhất trong quý IV/2026.",
    },
    "SKHCN": {
        "results": "Sở Khoa học và Công nghệ đã tổ chức hội nghị sơ kết 9 tháng, các lớp tập huấn cho Tổ công nghệ số cộng đồng và hội thảo chuyên đề về hiện diện trực tuyến cho hộ kinh doanh.",
        "difficulties": "Một số đơn vị gửi báo cáo chậm, số liệu chưa thống nhất giữa danh sách và biểu tổng hợp; Hội Liên hiệp Phụ nữ tỉnh chưa gửi báo cáo quý III.",
        "proposals": "Đề nghị UBND tỉnh chỉ đạo các xã, phường chưa gửi báo cáo khẩn trương hoàn thành; bổ sung chỉ tiêu vào đánh giá thi đua năm 2026.",
        "next_tasks": "Tổng kết chương trình năm 2026; xây dựng kế hoạch duy trì tên miền sau thời gian miễn phí.",
    },
    "TINHDOAN": {
        "results": "Các cơ sở Đoàn đã tổ chức các buổi tuyên truyền, ra quân hỗ trợ đoàn viên thanh niên đăng ký tên miền .id.vn trong Chiến dịch Thanh niên tình nguyện hè 2026.",
        "difficulties": "Đoàn viên ở nông thôn đi làm ăn xa, khó tập trung.",
        "proposals": "Đề nghị cấp tài khoản hỗ trợ đăng ký trực tuyến cho cán bộ Đoàn cấp xã.",
        "next_tasks": "Tiếp tục hỗ trợ đoàn viên đăng ký tên miền gắn với chuyển đổi số.",
    },
}
COMMUNE_TEXT = {
    "results": "UBND {name} đã chỉ đạo Tổ công nghệ số cộng đồng đến từng hộ kinh doanh hướng dẫn đăng ký tên miền .biz.vn; lựa chọn các hộ thí điểm sử dụng website và email tên miền.",
    "difficulties": "Nhiều hộ kinh doanh nhỏ lẻ, chủ hộ lớn tuổi, chưa thấy lợi ích của website; một số hộ ngại cung cấp thông tin cá nhân.",
    "proposals": "Đề nghị tỉnh hỗ trợ tập huấn kỹ năng bán hàng trực tuyến cho hộ kinh doanh thí điểm.",
    "next_tasks": "Nhân rộng mô hình hộ thí điểm; phấn đấu 100% hộ kinh doanh có giấy chứng nhận được tiếp cận.",
}
SNNMT_TEXT = {
    "results": "Sở Nông nghiệp và Môi trường đã hướng dẫn các làng nghề chè và chủ thể OCOP xây dựng trang giới thiệu sản phẩm trên tên miền .vn, gắn mã QR truy xuất nguồn gốc.",
    "difficulties": "Nhiều chủ thể OCOP là hợp tác xã nhỏ, chưa có người quản trị website.",
}
HND_TEXT = {
    "results": "Hội Nông dân các cấp lồng ghép tuyên truyền tại sinh hoạt chi hội; hướng dẫn hội viên bán nông sản qua sàn thương mại điện tử và trang web tên miền .vn.",
    "proposals": "Đề nghị hỗ trợ hội viên là chủ hộ kinh doanh nông sản đăng ký tên miền .biz.vn.",
}
SECTION_LABEL = {"results": "Kết quả đạt được", "difficulties": "Khó khăn, vướng mắc", "proposals": "Đề xuất, kiến nghị",
                 "next_tasks": "Nhiệm vụ quý tới"}


# --------------------------------------------------------------------------------------------
# Generate the inbox


def generate_inbox(q, W, communes=30):
    rng, C = q.rng, q.C
    gt = {"enterprise": {}, "household": {}, "student": {}}
    records = {"enterprise": [], "household": [], "student": []}  # (sender, record)

    # ---- STC: enterprises ----
    ents = q.enterprises(2000)
    style = (0.08, 0.04)
    rows = []
    for e in ents:
        rows.append({"entity_id": e["entity_id"], "name": e["name"], "commune": C.cell(rng, e["commune"], style),
                     "founded_on": dmy(e["founded_on"]),
                     "outreach_date": dmy(e["outreach_date"]) if e["outreach_date"] else "",
                     "domain": e["domain"] or "", "registered_on": dmy(e["registered_on"]) if e["registered_on"] else "",
                     "website": yesno(e["website"], "x") if e["domain"] else "",
                     "email": yesno(e["email"], "x") if e["domain"] else "",
                     "note": "Ngừng hoạt động" if not e["outreach_date"] and rng.random() < 0.02 else ""})
        records["enterprise"].append(("STC", e))
    W.write("inbox/STC_2026-Q3_doanh-nghiep.csv", "enterprise-register", rows, bom=True, crlf=True)

    # ---- communes: household registers + commune activities ----
    submitting, plan = q.commune_plan(communes)
    commune_hh = {}
    for c in submitting:
        p = plan[c]
        hh = []
        for i in range(p["reached"]):
            reg = i < p["registered"]
            hh.append(q.household(c, register=reg, pilot=reg and i < p["pilots"]))
        rng.shuffle(hh)
        commune_hh[c] = hh
    # A few communes use aliases or drop optional columns, like real spreadsheets.
    alias_communes = set(rng.sample(submitting, 3))
    narrative_communes = set(rng.sample(submitting, 3))
    text_communes = set(rng.sample([c for c in submitting if c not in narrative_communes], 3))
    for c in submitting:
        hh = commune_hh[c]
        bstyle = "x" if rng.random() < 0.7 else "có"
        cstyle = (0.1, 0.05) if rng.random() < 0.3 else (0.0, 0.0)
        rows = []
        for h in hh:
            rows.append({"entity_id": h["entity_id"], "name": h["name"], "owner": h["owner"],
                         "commune": C.cell(rng, c, cstyle), "pilot": yesno(h["pilot"], bstyle),
                         "outreach_date": dmy(h["outreach_date"]), "domain": h["domain"] or "",
                         "registered_on": dmy(h["registered_on"]) if h["registered_on"] else "",
                         "website": yesno(h["website"], bstyle) if h["domain"] or bstyle != "x" else "",
                         "email": yesno(h["email"], bstyle) if h["domain"] or bstyle != "x" else "",
                         "note": "Hộ thí điểm của xã" if h["pilot"] and rng.random() < 0.3 else ""})
            records["household"].append((c, h))
        omit = ("note",) if rng.random() < 0.4 else ()
        if rng.random() < 0.2:
            omit = omit + ("email",)
        aliases = {"entity_id": "Mã HKD", "commune": "Mã xã"} if c in alias_communes else {}
        W.write("inbox/%s_2026-Q3_ho-kinh-doanh.csv" % c, "household-register", rows, omit=omit, aliases=aliases)
        p = plan[c]
        act = {"commune": C.cell(rng, c, (0.25, 0.0)),
               "organisations_reached": str(rng.randint(8, 60)),
               "enterprises_reached": str(rng.randint(5, 40 if C.kind[c] == "xa" else 150)),
               "households_eligible": str(p["eligible"]), "households_reached": str(p["reached"]),
               "households_registered": str(p["registered"]), "pilot_households": str(p["pilots"]),
               "team_activities": str(rng.randint(3, 25)), "team_participants": str(rng.randint(40, 600))}
        narrative = {k: v.format(name=C.name[c]) for k, v in COMMUNE_TEXT.items()} if c in narrative_communes else None
        omit = ("team_participants",) if rng.random() < 0.25 else ()
        aliases = {"households_eligible": "Tổng số HKD", "pilot_households": "Số hộ thí điểm"} if c in alias_communes else {}
        W.write("inbox/%s_2026-Q3_ket-qua.csv" % c, "commune-activities", [act], omit=omit, aliases=aliases,
                narrative=narrative)
        if c in text_communes:
            trows = [{"section": SECTION_LABEL[k], "text": v.format(name=C.name[c])} for k, v in COMMUNE_TEXT.items()]
            W.write("inbox/%s_2026-Q3_thuyet-minh.csv" % c, "report-text", trows)

    # ---- SCT: household register, province-wide; ~10% of each commune's households overlap ----
    sct = []
    for c in submitting:
        hh = commune_hh[c]
        for h in rng.sample(hh, round(len(hh) * 0.10)):
            o = dict(h)
            o["pilot"] = False  # SCT does not know the pilots
            o["outreach_date"] = h["outreach_date"]
            sct.append(o)
    total_commune = sum(len(v) for v in commune_hh.values())
    extra = 30000 - total_commune
    others = [c for c in C.codes if c not in submitting]
    for i in range(extra):
        c = C.pick(rng, others)  # SCT's own households lie outside the reporting communes
        sct.append(q.household(c, register=rng.random() < 0.42))
    sct.sort(key=lambda h: (h["commune"], h["entity_id"]))
    rows = []
    for h in sct:
        rows.append({"entity_id": h["entity_id"], "name": h["name"], "owner": h["owner"],
                     "commune": C.cell(rng, h["commune"], (0.12, 0.06)), "pilot": "",
                     "outreach_date": dmy(h["outreach_date"]), "domain": h["domain"] or "",
                     "registered_on": dmy(h["registered_on"]) if h["registered_on"] else "",
                     "website": yesno(h["website"], "x") if h["domain"] else "",
                     "email": yesno(h["email"], "x") if h["domain"] else ""})
        records["household"].append(("SCT", h))
    W.write("inbox/SCT_2026-Q3_ho-kinh-doanh.csv", "household-register", rows, omit=("pilot", "note"))

    # ---- students: DHTN, CDTN, SGDDT; 300 DHTN students also listed by SGDDT ----
    targets = {"DHTN": 26000, "CDTN": 12000, "SGDDT": 12000}
    student_files = {}
    school_rows = {}
    for ag in ("DHTN", "CDTN", "SGDDT"):
        schools = q.SCHOOLS[ag]
        total_size = sum(s[3] for s in schools)
        studs = []
        srows = []
        for (name, kind, commune, size) in schools:
            reached = round(targets[ag] * size / total_size) if size else 0
            if ag == "SGDDT" and name.startswith("Trung tâm GDNN-GDTX Ngân Sơn"):
                reached = 0  # one centre not reached yet
            eligible = round(reached / rng.uniform(0.5, 0.72)) if reached else rng.randint(150, 600)
            registered = round(reached * rng.uniform(0.48, 0.68))
            for i in range(reached):
                studs.append(q.student(name, "registered" if i < registered else "reached"))
            srows.append({"school": name, "school_type": kind, "commune": commune or "",
                          "outreach_date": dmy(rand_date(rng, dt.date(2025, 11, 1), dt.date(2026, 9, 15))) if reached else "",
                          "students_eligible": str(eligible), "students_reached": str(reached),
                          "students_registered": str(registered), "_reached": reached, "_commune": commune})
        student_files[ag] = studs
        school_rows[ag] = srows
    overlap = rng.sample([s for s in student_files["DHTN"]], 300)
    student_files["SGDDT"] = student_files["SGDDT"] + [dict(s) for s in overlap]
    for ag, studs in student_files.items():
        rng.shuffle(studs)
        studs.sort(key=lambda s: s["school"])  # schools in blocks, random order inside
        bstyle = "x" if ag != "CDTN" else "có"
        cstyle = {"DHTN": (0.15, 0.05), "CDTN": (0.05, 0.1), "SGDDT": (0.0, 0.0)}[ag]
        rows = []
        for s in studs:
            rows.append({"entity_id": s["entity_id"], "name": s["name"], "birth_date": dmy(s["birth_date"]),
                         "school": s["school"], "commune": C.cell(rng, s["commune"], cstyle),
                         "outreach_date": dmy(s["outreach_date"]), "domain": s["domain"] or "",
                         "registered_on": dmy(s["registered_on"]) if s["registered_on"] else "",
                         "website": yesno(s["website"], bstyle) if s["domain"] or bstyle != "x" else "",
                         "email": yesno(s["email"], bstyle) if s["domain"] or bstyle != "x" else ""})
            records["student"].append((ag, s))
        omit = ("note",) if ag != "SGDDT" else ("note", "email")
        aliases = {"entity_id": "Số CCCD", "name": "Họ tên"} if ag == "CDTN" else {}
        W.write("inbox/%s_2026-Q3_sinh-vien.csv" % ag, "student-register", rows, omit=omit, aliases=aliases)
        srows = [{k: v for k, v in r.items() if not k.startswith("_")} for r in school_rows[ag]]
        W.write("inbox/%s_2026-Q3_truong.csv" % ag, "school-outreach", srows,
                omit=("school_type",) if ag == "SGDDT" else ())

    # ---- SNNMT: craft villages and OCOP producers ----
    crafts = []
    tea = ["Tân Cương", "La Bằng", "Trại Cài", "Hòa Bình", "Khe Cốc", "Làng Chè", "Phúc Xuân", "Phúc Trìu", "Minh Lập",
           "Vô Tranh", "Sông Cầu", "Tức Tranh", "Yên Ninh", "Phú Thịnh", "Hùng Sơn", "Quân Chu", "Bản Ven", "Kim Phượng"]
    others_cv = [("Làng nghề bún", "Bún khô"), ("Làng nghề mây tre đan", "Mây tre đan"), ("Làng nghề bánh chưng", "Bánh chưng"),
                 ("Làng nghề miến dong", "Miến dong"), ("Làng nghề rèn", "Dao rèn"), ("Làng nghề nấu rượu", "Rượu men lá"),
                 ("Làng nghề bánh gio", "Bánh gio"), ("Làng nghề mộc", "Đồ gỗ")]
    ocop = [("Hợp tác xã chè", "Chè búp"), ("Hợp tác xã miến dong", "Miến dong"), ("Hợp tác xã nông sản", "Gạo bao thai"),
            ("Hợp tác xã dược liệu", "Cao dược liệu"), ("Hợp tác xã mật ong", "Mật ong"), ("Cơ sở sản xuất", "Bánh chưng gù"),
            ("Công ty TNHH nông sản", "Tương nếp"), ("Hợp tác xã cam", "Cam sành"), ("Hợp tác xã hồng không hạt", "Hồng không hạt"),
            ("Hợp tác xã thủy sản", "Cá bỗng")]
    seen = set()
    for i in range(140):
        c = C.pick(rng)
        if rng.random() < 0.45:
            if rng.random() < 0.65:
                place = rng.choice(tea)
                name, product, kind = "Làng nghề chè " + place, "Chè búp khô", "Làng nghề"
            else:
                base, product = rng.choice(others_cv)
                place = C.name[c].split(" ", 1)[1]
                name, kind = base + " " + place, "Làng nghề truyền thống" if rng.random() < 0.3 else "Làng nghề"
        else:
            base, product = rng.choice(ocop)
            place = rng.choice(tea + ENT_BRANDS)
            name, kind = base + " " + place, "Chủ thể OCOP"
        if (name, c) in seen:
            continue
        seen.add((name, c))
        reached = rng.random() < 0.78
        out = {"name": name, "kind": kind, "commune": c, "products": product,
               "outreach_date": rand_date(rng, PROGRAMME_START, Q_END, 1.2) if reached else None,
               "domain": None, "registered_on": None, "website": False}
        if reached and rng.random() < 0.45:
            out["registered_on"] = rand_date(rng, out["outreach_date"], min(Q_END, out["outreach_date"] + dt.timedelta(days=60)))
            sfx = rng.choice([".vn", ".vn", ".com.vn", ".biz.vn"])
            out["domain"] = q.new_domain(slug(name.replace("Làng nghề", "").replace("Hợp tác xã", "htx")), sfx)
            out["website"] = rng.random() < 0.7
        crafts.append(out)
    crafts.sort(key=lambda r: (r["commune"], r["name"]))
    rows = [{"name": r["name"], "kind": r["kind"], "commune": C.cell(rng, r["commune"], (0.3, 0.0)), "products": r["products"],
             "outreach_date": dmy(r["outreach_date"]) if r["outreach_date"] else "", "domain": r["domain"] or "",
             "registered_on": dmy(r["registered_on"]) if r["registered_on"] else "",
             "website": yesno(r["website"], "có") if r["outreach_date"] else ""} for r in crafts]
    W.write("inbox/SNNMT_2026-Q3_lang-nghe.csv", "craft-village", rows, narrative=SNNMT_TEXT)

    # ---- mass organisations (HLHPN does not submit) ----
    members = {}
    for ag in ("TINHDOAN", "HND", "HHDN", "LMHTX"):
        rows = []
        if ag in ("TINHDOAN", "HND"):
            units = C.codes if ag == "TINHDOAN" else [c for c in C.codes if rng.random() < 0.93]
            for c in units:
                base = C.weight[c] * (rng.uniform(180, 260) if ag == "TINHDOAN" else rng.uniform(250, 420))
                m = int(base)
                reached = int(m * rng.uniform(0.35, 0.9))
                regd = int(reached * (rng.uniform(0.08, 0.25) if ag == "TINHDOAN" else rng.uniform(0.01, 0.06)))
                rows.append({"commune": c, "members": m, "members_reached": reached, "members_registered": regd,
                             "sessions": rng.randint(1, 12)})
        elif ag == "HHDN":
            rows.append({"commune": "", "members": 1240, "members_reached": 860, "members_registered": 214, "sessions": 9})
        else:
            for c in sorted(rng.sample(C.codes, 24)):
                m = rng.randint(3, 25)
                reached = rng.randint(m // 2, m)
                rows.append({"commune": c, "members": m, "members_reached": reached,
                             "members_registered": rng.randint(0, reached // 2), "sessions": rng.randint(1, 4)})
            rows.append({"commune": "", "members": 36, "members_reached": 30, "members_registered": 11, "sessions": 3})
        members[ag] = rows
        out = [{"commune": C.cell(rng, r["commune"], (0.2, 0.05)) if r["commune"] else "", "members": str(r["members"]),
                "members_reached": str(r["members_reached"]), "members_registered": str(r["members_registered"]),
                "sessions": str(r["sessions"])} for r in rows]
        aliases = {"members": "Số hội viên"} if ag == "HND" else ({"members": "Số đoàn viên"} if ag == "TINHDOAN" else {})
        token = "doan-vien" if ag == "TINHDOAN" else "hoi-vien"
        W.write("inbox/%s_2026-Q3_%s.csv" % (ag, token), "member-outreach", out, aliases=aliases,
                narrative=HND_TEXT if ag == "HND" else None)

    # ---- media ----
    media = {}
    topics = ["Thái Nguyên đẩy mạnh hiện diện trực tuyến với tên miền .vn", "Sinh viên Thái Nguyên hào hứng đăng ký tên miền .id.vn",
              "Hộ kinh doanh {p} bán hàng qua website .biz.vn", "Tổ công nghệ số cộng đồng {p} về từng thôn, bản",
              "Doanh nghiệp mới thành lập được miễn phí tên miền .biz.vn 2 năm", "Chè {p} lên mạng với tên miền quốc gia",
              "Hội nghị sơ kết chương trình hiện diện trực tuyến", "Gương hộ kinh doanh thí điểm ở {p}",
              "Tên miền .vn – địa chỉ tin cậy trên Internet", "Hướng dẫn đăng ký tên miền .id.vn cho thanh niên",
              "Chuyển đổi số ở {p}: từ sạp chợ đến website", "OCOP {p} tiếp cận thị trường trực tuyến"]
    for ag, n, outlets, kinds, host in (
            ("BTN", 64, ["Báo Thái Nguyên điện tử", "Báo Thái Nguyên in", "Truyền hình Thái Nguyên", "Phát thanh Thái Nguyên"],
             [("Tin", 40), ("Bài viết", 22), ("Phóng sự", 14), ("Gương điển hình", 10), ("Chuyên mục", 6)], "baothainguyen.vn"),
            ("TTTT", 38, ["Cổng thông tin điện tử tỉnh", "Trang Thông tin tỉnh trên Zalo", "Fanpage Thông tin Thái Nguyên"],
             [("Tin", 50), ("Bài viết", 30), ("Gương điển hình", 10), ("Chuyên mục", 10)], "thainguyen.gov.vn")):
        rows = []
        for i in range(n):
            kind = rng.choices([k for k, _ in kinds], [w for _, w in kinds])[0]
            title = rng.choice(topics).format(p=C.name[C.pick(rng)].split(" ", 1)[1])
            d = rand_date(rng, Q_START, Q_END)
            rows.append({"published_on": d, "kind": kind, "title": title, "outlet": rng.choice(outlets),
                         "link": "https://%s/tin-tuc/%s-%d.html" % (host, "-".join(re.sub(r"[^a-z0-9 ]", " ", fold(title)).split()[:8]), 70000 + i * 37)})
        rows.sort(key=lambda r: r["published_on"])
        media[ag] = rows
        out = [dict(r, published_on=dmy(r["published_on"])) for r in rows]
        aliases = {"published_on": "Ngày đăng", "kind": "Loại"} if ag == "TTTT" else {}
        W.write("inbox/%s_2026-Q3_tin-bai.csv" % ag, "media-items", out, aliases=aliases)

    # ---- SKHCN trainings ----
    trains = [
        (dt.date(2026, 7, 9), "Tập huấn", "Tập huấn kỹ năng hỗ trợ đăng ký tên miền cho Tổ công nghệ số cộng đồng (đợt 1)", "05443", 180),
        (dt.date(2026, 7, 16), "Tập huấn", "Tập huấn cho Tổ công nghệ số cộng đồng khu vực Bắc Kạn", "01843", 145),
        (dt.date(2026, 7, 23), "Hội thảo", "Hội thảo: Hộ kinh doanh với website .biz.vn và thương mại điện tử", "05455", 120),
        (dt.date(2026, 7, 30), "Tập huấn", "Lớp tập huấn xây dựng website cho hộ kinh doanh thí điểm", "05860", 64),
        (dt.date(2026, 8, 6), "Tập huấn", "Tập huấn cho cán bộ văn hóa - xã hội các xã phía Tây", "05830", 96),
        (dt.date(2026, 8, 13), "Tọa đàm", "Tọa đàm trực tuyến: Tên miền .id.vn và hồ sơ năng lực số của sinh viên", "", 350),
        (dt.date(2026, 8, 20), "Tập huấn", "Tập huấn cho Tổ công nghệ số cộng đồng các xã Ba Bể, Chợ Rã, Nam Cường", "01906", 88),
        (dt.date(2026, 8, 27), "Bồi dưỡng", "Bồi dưỡng kỹ năng số cho hội viên phụ nữ làm kinh doanh", "05518", 110),
        (dt.date(2026, 9, 10), "Hội nghị", "Hội nghị sơ kết 9 tháng thực hiện Kế hoạch 103/KH-UBND", "05443", 215),
        (dt.date(2026, 9, 17), "Tập huấn", "Tập huấn an toàn thông tin cho website tên miền .vn", "05467", 75),
        (dt.date(2026, 9, 24), "Hội thảo", "Hội thảo: OCOP và làng nghề chè trên môi trường số", "05503", 130),
    ]
    rows = [{"held_on": dmy(d), "kind": k, "title": t, "commune": c, "participants": str(p)} for d, k, t, c, p in trains]
    W.write("inbox/SKHCN_2026-Q3_tap-huan.csv", "trainings", rows)

    # ---- narrative files ----
    for ag in ("STC", "SGDDT", "DHTN", "SKHCN", "TINHDOAN"):
        trows = [{"section": SECTION_LABEL[k], "text": v} for k, v in NARRATIVE[ag].items()]
        W.write("inbox/%s_2026-Q3_thuyet-minh.csv" % ag, "report-text", trows)

    return {"records": records, "submitting": submitting, "plan": plan, "schools": school_rows, "crafts": crafts,
            "members": members, "media": media, "trainings": trains}


# --------------------------------------------------------------------------------------------
# Ground truth


def ground_truth(q, data, files):
    C = q.C
    gt = {"_definitions": {
        "period": "2026-Q3: calendar quarter 2026-07-01 to 2026-09-30 (the cut-off). Programme start 2025-10-18.",
        "scope": "Good files in SampleData/inbox only. Registers are status lists at the cut-off (cumulative since the programme started), not only activity inside the quarter.",
        "entity": "A row of a register (enterprise-, household- or student-register) identified by its entity_id (tax code, household number, citizen ID). Entities with the same identifier in several senders' files are one entity.",
        "listed": "Distinct entity_ids listed in any register of the cohort.",
        "reached": "Distinct entities with an outreach date or a domain in at least one listing.",
        "registered": "Distinct entities with a domain in at least one listing (overlapping listings carry the same domain and registration date).",
        "registered_in_period": "Registered entities whose registration date falls inside the period (2026-07-01..2026-09-30): new in the period.",
        "overlaps_removed": "Rows that repeat an entity already listed by another sender: rows - listed. 'between' counts, for each pair of senders, the entities listed by both.",
        "eligible": "Denominator. enterprise: distinct enterprises in STC's register (all founded 2025-10-01..2026-09-30, reached or not). household: sum of 'Tổng số hộ kinh doanh có GCN' (households_eligible) over the communes that submitted commune-activities. student: sum of school-outreach 'Số sinh viên 18–23 tuổi' (students_eligible) over all school-outreach rows.",
        "rates": "reached / eligible and registered / eligible, rounded to 4 decimals; null without a denominator. For households the numerators are restricted to the communes that submitted commune-activities (in_reporting_communes), since only those have a denominator; SCT's households elsewhere count in listed/reached/registered but not in the rates.",
        "in_reporting_communes": "household only: the same counts restricted to entities whose commune submitted commune-activities.",
        "per_commune": "Each of the 92 units (5-digit code) with its cohorts, attributing an entity to the commune written in its row (overlapping rows name the same commune). households.eligible and households.reported_* only for communes that submitted commune-activities; pilots = distinct households marked 'Hộ thí điểm' in the commune's own register (equals its pilot_households).",
        "schools": "Rows of school-outreach files (each school appears once province-wide). reached = schools with an outreach date; students_* = sums of the columns.",
        "craft_villages": "Rows of SNNMT's craft-village file. by_kind uses the enum code (craft-village, ocop). reached = rows with an outreach date; with_domain = rows with a domain; website = rows with 'Có website' true.",
        "members": "member-outreach sums per organisation (members = eligible, members_reached, members_registered, sessions). HLHPN did not submit.",
        "media": "Rows of media-items files, by enum code of 'Thể loại' (news, article, reportage, model-story, programme) and by sender.",
        "trainings": "Rows of SKHCN's trainings file, by enum code of 'Hình thức', with the sum of participants.",
        "missing_submissions": "Expected (sender, type) pairs with no file in the inbox: every agency's assigned types, and commune-activities + household-register for each of the 92 communes. report-text is optional and never expected.",
        "files": "Every inbox file with its type and data-row count.",
    }}
    # cohorts
    cohorts = {}
    per_commune = {c: {"name": C.name[c], "type": C.kind[c], "submitted": c in data["submitting"],
                       "enterprise": {"listed": 0, "reached": 0, "registered": 0},
                       "household": {"listed": 0, "reached": 0, "registered": 0, "pilots": 0},
                       "student": {"listed": 0, "reached": 0, "registered": 0}} for c in C.codes}
    for cohort, recs in data["records"].items():
        ent = {}
        senders = {}
        rows_by_sender = {}
        for sender, r in recs:
            rows_by_sender[sender] = rows_by_sender.get(sender, 0) + 1
            e = ent.setdefault(r["entity_id"], {"commune": r["commune"], "reached": False, "registered": False,
                                                 "reg_on": None, "domains": set(), "pilot": False})
            assert e["commune"] == r["commune"]
            senders.setdefault(r["entity_id"], set()).add(sender)
            if r.get("outreach_date") or r.get("domain"):
                e["reached"] = True
            if r.get("domain"):
                e["registered"] = True
                e["domains"].add(r["domain"])
                e["reg_on"] = r["registered_on"]
            if r.get("pilot"):
                e["pilot"] = True
        for k, e in ent.items():
            assert len(e["domains"]) <= 1, k
        pairs = {}
        for k, s in senders.items():
            if len(s) > 1:
                key = "|".join(sorted(s))
                pairs[key] = pairs.get(key, 0) + 1
        listed = len(ent)
        reached = sum(1 for e in ent.values() if e["reached"])
        registered = sum(1 for e in ent.values() if e["registered"])
        new = sum(1 for e in ent.values() if e["registered"] and Q_START <= e["reg_on"] <= Q_END)
        if cohort == "enterprise":
            eligible = len({r["entity_id"] for s, r in recs if s == "STC"})
        elif cohort == "household":
            eligible = sum(data["plan"][c]["eligible"] for c in data["submitting"])
        else:
            eligible = sum(int(r["students_eligible"]) for rows in data["schools"].values() for r in rows)
        rate = lambda x: round(x / eligible, 4) if eligible else None
        scope = {}
        if cohort == "household":
            # the denominator covers the reporting communes only, so the rates do too
            inside = [e for e in ent.values() if e["commune"] in data["submitting"]]
            scope = {"in_reporting_communes": {
                "listed": len(inside), "reached": sum(1 for e in inside if e["reached"]),
                "registered": sum(1 for e in inside if e["registered"]),
                "registered_in_period": sum(1 for e in inside if e["registered"] and Q_START <= e["reg_on"] <= Q_END)}}
            reached = scope["in_reporting_communes"]["reached"]
            registered_scope = scope["in_reporting_communes"]["registered"]
        else:
            registered_scope = registered
        cohorts[cohort] = {"rows": sum(rows_by_sender.values()), "rows_by_sender": dict(sorted(rows_by_sender.items())),
                           "listed": listed, "reached": reached, "registered": registered,
                           "registered_in_period": new, "overlaps_removed": sum(rows_by_sender.values()) - listed,
                           "overlaps_between": [{"senders": k.split("|"), "entities": v} for k, v in sorted(pairs.items())],
                           "eligible": eligible, "reached_rate": rate(reached), "registered_rate": rate(registered_scope)}
        cohorts[cohort]["reached"] = sum(1 for e in ent.values() if e["reached"])
        cohorts[cohort].update(scope)
        for e in ent.values():
            pc = per_commune[e["commune"]][cohort]
            pc["listed"] += 1
            pc["reached"] += e["reached"]
            pc["registered"] += e["registered"]
            if cohort == "household":
                pc["pilots"] += e["pilot"]
    cohorts["household"]["pilots"] = sum(per_commune[c]["household"]["pilots"] for c in C.codes)
    cohorts["household"]["communes_with_5_pilots"] = sum(1 for c in C.codes if per_commune[c]["household"]["pilots"] >= 5)
    for c in data["submitting"]:
        p = data["plan"][c]
        h = per_commune[c]["household"]
        h["eligible"] = p["eligible"]
        h["reported_reached"] = p["reached"]
        h["reported_registered"] = p["registered"]
        h["reported_pilots"] = p["pilots"]
        assert h["pilots"] == p["pilots"]
    gt["cohorts"] = cohorts
    gt["per_commune"] = per_commune
    # schools
    srows = [(ag, r) for ag, rows in data["schools"].items() for r in rows]
    gt["schools"] = {"listed": len(srows), "reached": sum(1 for _, r in srows if r["outreach_date"]),
                     "by_sender": {ag: len(rows) for ag, rows in sorted(data["schools"].items())},
                     "students_eligible": sum(int(r["students_eligible"]) for _, r in srows),
                     "students_reached": sum(int(r["students_reached"]) for _, r in srows),
                     "students_registered": sum(int(r["students_registered"]) for _, r in srows)}
    kinds = {}
    for r in data["crafts"]:
        k = "ocop" if r["kind"] == "Chủ thể OCOP" else "craft-village"
        d = kinds.setdefault(k, {"listed": 0, "reached": 0, "with_domain": 0, "website": 0})
        d["listed"] += 1
        d["reached"] += bool(r["outreach_date"])
        d["with_domain"] += bool(r["domain"])
        d["website"] += bool(r["website"])
    gt["craft_villages"] = {"listed": len(data["crafts"]), "reached": sum(v["reached"] for v in kinds.values()),
                            "with_domain": sum(v["with_domain"] for v in kinds.values()), "by_kind": kinds}
    mem = {}
    for ag, rows in sorted(data["members"].items()):
        mem[ag] = {"rows": len(rows), "members": sum(r["members"] for r in rows),
                   "members_reached": sum(r["members_reached"] for r in rows),
                   "members_registered": sum(r["members_registered"] for r in rows),
                   "sessions": sum(r["sessions"] for r in rows)}
    tot = {k: sum(v[k] for v in mem.values()) for k in ("members", "members_reached", "members_registered", "sessions")}
    gt["members"] = {"by_organisation": mem, "total": tot, "not_submitted": [NOT_SUBMITTING_AGENCY]}
    kind_code = {"Tin": "news", "Bài viết": "article", "Phóng sự": "reportage", "Gương điển hình": "model-story",
                 "Chuyên mục": "programme"}
    by_kind, by_sender = {}, {}
    for ag, rows in data["media"].items():
        by_sender[ag] = len(rows)
        for r in rows:
            by_kind[kind_code[r["kind"]]] = by_kind.get(kind_code[r["kind"]], 0) + 1
    gt["media"] = {"items": sum(by_sender.values()), "by_kind": by_kind, "by_sender": by_sender}
    tk = {"Hội nghị": "conference", "Hội thảo": "workshop", "Tọa đàm": "workshop", "Tập huấn": "training", "Bồi dưỡng": "training"}
    tby = {}
    for d, k, t, c, p in data["trainings"]:
        x = tby.setdefault(tk[k], {"events": 0, "participants": 0})
        x["events"] += 1
        x["participants"] += p
    gt["trainings"] = {"events": len(data["trainings"]), "participants": sum(t[4] for t in data["trainings"]), "by_kind": tby}
    # missing submissions
    sent = {(rel.split("/")[-1].split("_")[0], t) for rel, t, _ in files}
    missing = []
    for ag, (_, types) in AGENCIES.items():
        for t in types:
            if (ag, t) not in sent:
                missing.append({"sender": ag, "type": t})
    for c in C.codes:
        for t in COMMUNE_TYPES:
            if (c, t) not in sent:
                missing.append({"sender": c, "type": t})
    missing.sort(key=lambda m: (m["sender"], m["type"]))
    gt["missing_submissions"] = {"count": len(missing),
                                 "agencies": sorted({m["sender"] for m in missing if not m["sender"].isdigit()}),
                                 "communes_not_submitted": sorted({m["sender"] for m in missing if m["sender"].isdigit()}),
                                 "communes_submitted": len(data["submitting"]), "items": missing}
    gt["files"] = [{"file": rel.split("/")[-1], "type": t, "rows": n} for rel, t, n in sorted(files)]
    return gt


# --------------------------------------------------------------------------------------------
# The registry's extract (VNNIC): names granted to holders in the province, with deliberate
# differences from the agencies' claims, and the reconciliation computed back from the files


REGISTRARS = [("Mắt Bão", 28), ("PA Việt Nam", 24), ("Nhân Hòa", 20), ("iNET", 16), ("Viettel IDC", 12)]
REGISTRY_FILE = "VNNIC_2026-Q3_ten-mien.csv"
REGISTRY_SENDERS = {"VNNIC"}
HOLDER_LABEL = {"enterprise": "Doanh nghiệp", "household": "Hộ kinh doanh", "student": "Cá nhân"}
# Deliberate differences, as shares of each cohort's claims (other suffix and other holder: .biz.vn claims only).
P_ABSENT, P_OTHER_DATE, P_OTHER_SUFFIX, P_OTHER_COHORT, P_OTHER_HOLDER = 0.01, 0.005, 0.002, 0.002, 0.001
P_INACTIVE = 0.01  # suspended or revoked at the cut-off, among names granted in the programme window


def label_of(domain):
    """The name without its suffix, as the engine splits it (DomainParts.suffixes)."""
    for sfx in (".id.vn", ".biz.vn", ".com.vn", ".net.vn", ".org.vn", ".edu.vn", ".gov.vn", ".vn"):
        if domain.endswith(sfx):
            return domain[:-len(sfx)], sfx
    return domain, ""


def generate_registry(seed, q, data, W):
    """Writes inbox/VNNIC_2026-Q3_ten-mien.csv. Uses its own random stream and its own sets, so
    the other files (and the broken ones written after it) are exactly what they were without it."""
    rng = random.Random(seed * 31 + 7)
    C = q.C
    domains = set(q.domains)
    claims = []  # (cohort, entity record) once per entity, in a fixed order
    seen = set()
    for cohort in ("enterprise", "household", "student"):
        for _, r in data["records"][cohort]:
            if r["domain"] and r["entity_id"] not in seen:
                seen.add(r["entity_id"])
                claims.append((cohort, r))
    claims.sort(key=lambda cr: (cr[0], cr[1]["domain"]))
    crafts = [r for r in data["crafts"] if r["domain"]]
    label_count = {}
    for d in [r["domain"] for _, r in claims] + [r["domain"] for r in crafts]:
        label_count[label_of(d)[0]] = label_count.get(label_of(d)[0], 0) + 1
    labels = set(label_count)
    tax_ids = {r["entity_id"] for _, r in data["records"]["enterprise"]}
    hh_ids = set(q.hh_ids)
    tax_seq = [1800000 + rng.randrange(5000)]

    def new_tax():
        while True:
            tax_seq[0] += rng.randint(1, 9)
            nine = "46%07d" % tax_seq[0]
            c = tax_check(nine)
            if c is not None and nine + c not in tax_ids:
                tax_ids.add(nine + c)
                return nine + c

    def new_hh(commune):
        while True:
            if rng.random() < 0.6:
                prefix = "47" if commune and commune[:2] in ("01", "02") else "46"
                hid = "%s%s8%06d" % (prefix, rng.choice("ABCDEFGHK"), rng.randrange(1, 1000000))
            else:
                hid = citizen_id(rng, rng.randint(1960, 1999), rng.random() < 0.5)
            if hid not in hh_ids:
                hh_ids.add(hid)
                return hid

    def new_name(stem, suffix):
        """A domain whose own part is used by no other name (claimed or granted)."""
        stem = re.sub(r"-+", "-", stem).strip("-")[:40] or "ten"
        cand, n = stem, 1
        while cand in labels or cand + suffix in domains:
            n += 1
            cand = "%s%d" % (stem, n)
        labels.add(cand)
        domains.add(cand + suffix)
        return cand + suffix

    def registrar():
        return rng.choices([n for n, _ in REGISTRARS], [w for _, w in REGISTRARS])[0]

    rows = []  # dicts of field -> python value; 'kind' says why the row is there

    def add(kind, domain, holder_type, granted, holder_id="", commune="", status="Hoạt động", expires=None):
        rows.append({"kind": kind, "domain": domain, "holder_type": holder_type, "granted_on": granted,
                     "expires_on": expires or add_years(granted, 2), "status": status, "holder_id": holder_id,
                     "registrar": registrar(), "commune": commune})

    intended = {c: {"absent": 0, "other_date": 0, "other_suffix": 0, "other_cohort": 0, "other_holder": 0, "as_claimed": 0}
                for c in ("enterprise", "household", "student")}
    as_claimed = {"enterprise": [], "household": []}  # rows of claimed holders, for the first-free rule
    # Which claims differ, and how: exact counts per cohort (shares of its claims, at least 2 where
    # the difference applies), drawn among the claims it can apply to.
    variant = {}
    for cohort in ("enterprise", "household", "student"):
        mine = [r for c, r in claims if c == cohort]
        order = list(range(len(mine)))
        rng.shuffle(order)
        want = [("absent", P_ABSENT), ("other_date", P_OTHER_DATE), ("other_suffix", P_OTHER_SUFFIX),
                ("other_cohort", P_OTHER_COHORT), ("other_holder", P_OTHER_HOLDER)]
        pos = 0
        for kind, share in want:
            if cohort == "student" and kind in ("other_suffix", "other_holder"):
                continue  # x.id.vn claims stay under their suffix; individuals carry no identifier
            need = max(2, round(share * len(mine)))
            while need and pos < len(order):
                r = mine[order[pos]]
                pos += 1
                own = label_of(r["domain"])[0]
                if kind in ("absent", "other_suffix") and label_count[own] != 1:
                    continue  # another claimed name has the same own part: it would read as other-suffix
                if kind == "other_suffix" and own + ".id.vn" in domains:
                    continue
                variant[(cohort, r["entity_id"])] = kind
                need -= 1
    for cohort, r in claims:
        d, granted = r["domain"], r["registered_on"]
        own, sfx = label_of(d)
        commune = r["commune"] if rng.random() < (0.85 if cohort != "student" else 0.5) else ""
        hid = r["entity_id"] if cohort != "student" else ""
        kind = variant.get((cohort, r["entity_id"]))
        if kind:
            intended[cohort][kind] += 1
        if kind == "absent":
            continue
        if kind == "other_date":
            delta = rng.randint(1, 5)
            g = granted + dt.timedelta(days=delta)
            if g > Q_END or (rng.random() < 0.5 and granted - dt.timedelta(days=delta) >= PROGRAMME_START):
                g = granted - dt.timedelta(days=delta)
            add("other-date", d, HOLDER_LABEL[cohort], g, hid, commune)
            continue
        if kind == "other_suffix":
            domains.add(own + ".id.vn")
            add("other-suffix", own + ".id.vn", "Cá nhân", granted, "", commune)
            continue
        if kind == "other_cohort":
            other = {"enterprise": ["Hộ kinh doanh", "Cá nhân"], "household": ["Doanh nghiệp", "Cá nhân"],
                     "student": ["Doanh nghiệp", "Hộ kinh doanh"]}[cohort]
            add("other-cohort", d, rng.choice(other), granted, "", commune)
            continue
        if kind == "other_holder":
            add("other-holder", d, HOLDER_LABEL[cohort], granted, new_tax() if cohort == "enterprise" else new_hh(r["commune"]), commune)
            continue
        intended[cohort]["as_claimed"] += 1
        add("claimed", d, HOLDER_LABEL[cohort], granted, hid, commune)
        if cohort != "student":
            as_claimed[cohort].append((len(rows) - 1, r))

    # The first free .biz.vn: claimed holders that took one or two more .biz.vn names later on,
    # and a few unclaimed holders with two or three.
    several = []
    for cohort, n in (("enterprise", 4), ("household", 5)):
        for i, r in rng.sample(as_claimed[cohort], n):
            first = rows[i]
            if first["granted_on"] >= Q_END - dt.timedelta(days=10):
                continue
            for k in range(rng.randint(1, 2)):
                g = rand_date(rng, first["granted_on"] + dt.timedelta(days=3), Q_END)
                add("extra-biz", new_name(label_of(first["domain"])[0] + rng.choice(["-shop", "-online", "store", "-vn", "group"]), ".biz.vn"),
                    first["holder_type"], g, first["holder_id"], first["commune"])
            several.append(first["holder_id"])
    for cohort in ("enterprise", "enterprise", "household", "household"):
        commune = C.pick(rng)
        if cohort == "enterprise":
            hid, stem = new_tax(), slug(rng.choice(ENT_BRANDS)) + slug(rng.choice(ENT_SECTORS))
        else:
            hid, stem = new_hh(commune), slug(person(rng)[0])
        g = rand_date(rng, PROGRAMME_START, Q_END - dt.timedelta(days=30), 1.2)
        for k in range(rng.randint(2, 3)):
            add("extra-biz", new_name(stem if k == 0 else stem + str(k + 1), ".biz.vn"), HOLDER_LABEL[cohort],
                g + dt.timedelta(days=k * rng.randint(0, 20)), hid, commune)
        several.append(hid)

    # Unclaimed names granted in the programme window: holders no agency listed.
    for cohort, n in (("enterprise", 70), ("household", 110), ("student", 130)):
        for _ in range(n):
            commune = C.pick(rng) if rng.random() < 0.6 else ""
            g = rand_date(rng, PROGRAMME_START, Q_END, 1.3)
            if cohort == "enterprise":
                stem = slug(rng.choice(ENT_PLACES + ENT_BRANDS)) + ("-" + slug(rng.choice(ENT_SECTORS)) if rng.random() < 0.5 else "")
                add("unclaimed", new_name(stem, ".biz.vn"), "Doanh nghiệp", g, new_tax(), commune)
            elif cohort == "household":
                owner = person(rng)[0]
                stem = slug(owner) if rng.random() < 0.6 else slug(rng.choice(SHOP_KINDS)) + "-" + slug(owner.split()[-1])
                add("unclaimed", new_name(stem, ".biz.vn"), "Hộ kinh doanh", g, new_hh(commune), commune)
            else:
                name = person(rng)[0]
                parts = [slug(p) for p in name.split()]
                stem = "".join(parts) + (str(rng.randint(2002, 2008)) if rng.random() < 0.5 else "")
                # an export that leaves the holder type out for some individuals: .id.vn says who they are
                add("unclaimed", new_name(stem, ".id.vn"), "Cá nhân" if rng.random() < 0.92 else "", g, "", commune)
    # Names of other holders (no programme cohort): the craft villages' and OCOP producers' own
    # names, and some organisations' .vn / .com.vn names, holder type not given.
    for r in crafts:
        add("other-holders", r["domain"], "", r["registered_on"], "", r["commune"])
    for _ in range(40):
        stem = slug(rng.choice(ENT_PLACES)) + "-" + slug(rng.choice(ENT_BRANDS + ENT_SECTORS))
        add("other-holders", new_name(stem, rng.choice([".vn", ".com.vn", ".com.vn"])), "",
            rand_date(rng, PROGRAMME_START, Q_END), "", C.pick(rng) if rng.random() < 0.5 else "")
    # Names granted before the programme began (the national fee waiver ran from 01/06/2023):
    # outside every figure; those past their two free years have expired unless renewed.
    for _ in range(150):
        cohort = rng.choices(["enterprise", "household", "student"], [3, 3, 4])[0]
        g = rand_date(rng, dt.date(2023, 6, 1), PROGRAMME_START - dt.timedelta(days=1), 1.3)
        commune = C.pick(rng) if rng.random() < 0.6 else ""
        exp, status = add_years(g, 2), "Hoạt động"
        if exp < Q_END:
            if rng.random() < 0.3:
                exp = add_years(g, 3)  # renewed for a year
            else:
                status = "Hết hạn"
        if cohort == "enterprise":
            add("before-programme", new_name(slug(rng.choice(ENT_BRANDS)) + slug(rng.choice(ENT_PLACES)), ".biz.vn"),
                "Doanh nghiệp", g, new_tax(), commune, status, exp)
        elif cohort == "household":
            add("before-programme", new_name("hkd" + slug(person(rng)[0]), ".biz.vn"), "Hộ kinh doanh", g, new_hh(commune),
                commune, status, exp)
        else:
            add("before-programme", new_name(slug(person(rng)[0]) + str(rng.randint(1999, 2006)), ".id.vn"), "Cá nhân", g, "",
                commune, status, exp)
    # Suspended or revoked at the cut-off (names granted in the programme window).
    inactive = 0
    for row in rows:
        if row["granted_on"] >= PROGRAMME_START and rng.random() < P_INACTIVE:
            row["status"] = "Tạm ngưng" if rng.random() < 0.7 else "Thu hồi"
            inactive += 1
    rows.sort(key=lambda r: (r["granted_on"], r["domain"]))
    assert len({r["domain"] for r in rows}) == len(rows)
    assert all(r["granted_on"] <= Q_END and r["expires_on"] >= r["granted_on"] for r in rows)
    out = [{"domain": r["domain"], "holder_type": r["holder_type"], "granted_on": dmy(r["granted_on"]),
            "expires_on": dmy(r["expires_on"]), "status": r["status"], "holder_id": r["holder_id"],
            "registrar": r["registrar"], "commune": r["commune"]} for r in rows]
    W.write("inbox/" + REGISTRY_FILE, "registry-extract", out)
    kinds = {}
    for r in rows:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    return {"rows": len(rows), "intended": intended, "row_kinds": kinds, "inactive": inactive,
            "holders_with_extra_biz": len(several)}


def read_table(path, schemas):
    """A CSV as (schema name, list of dicts field -> cell text), columns mapped by the schemas' labels."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    header, body = table[0], table[1:]
    best = None
    for name, s in sorted(schemas.items()):
        labels = {}
        for fd in s["fields"] + s["narrative"]:
            for l in [fd["title"]["vi"]] + fd.get("aliases", []):
                labels[fold(l)] = fd["name"]
        mapped = [labels.get(fold(h)) for h in header]
        score = sum(1 for x in mapped if x)
        if best is None or score > best[0]:
            best = (score, name, mapped)
    _, name, mapped = best
    return name, [{m: cell.strip() for m, cell in zip(mapped, row) if m} for row in body]


def enum_code(schema, field, text):
    if not text:
        return None
    fd = next(f for f in schema["fields"] if f["name"] == field)
    for e in fd["constraints"]["enum"]:
        if fold(text) in {fold(l) for l in [e["code"]] + e["labels"]}:
            return e["code"]
    raise ValueError((field, text))


def holder_key(text):
    """Digits and letters only, upper-case (DomainParts.holderKey)."""
    k = "".join(c for c in text if c.isalpha() or c.isdigit()).upper()
    return k or None


def reconciliation_truth(root, schemas, C):
    """Reconciles the written registers with the written extract, as Reconciling.swift does,
    reading the files back (not the generator's intentions)."""
    inbox = os.path.join(root, "inbox")
    cohort_of = {"enterprise-register": "enterprise", "household-register": "household", "student-register": "student"}
    ledgers = {c: {"entities": {}, "domain_owner": {}, "order": []} for c in ("enterprise", "household", "student")}
    registry = []
    for fn in sorted(os.listdir(inbox)):
        sender = fn.split("_")[0]
        sname, rows = read_table(os.path.join(inbox, fn), schemas)
        if sname == "registry-extract":
            s = schemas[sname]
            for r in rows:
                registry.append({"domain": r["domain"].lower(), "cohort": enum_code(s, "holder_type", r.get("holder_type", "")),
                                 "granted": parse_date(r["granted_on"]),
                                 "expires": parse_date(r["expires_on"]) if r.get("expires_on") else None,
                                 "status": enum_code(s, "status", r.get("status", "")),
                                 "holder": holder_key(r.get("holder_id", "")),
                                 "commune": C.resolve(r["commune"]) if r.get("commune") else None})
            continue
        if sname not in cohort_of:
            continue
        L = ledgers[cohort_of[sname]]
        for r in rows:
            key = r["entity_id"].upper()
            dom = r.get("domain", "").lower() or None
            if dom:
                key = L["domain_owner"].setdefault(dom, key)  # a domain seen under another identifier joins the first
            e = L["entities"].get(key)
            if e is None:
                e = L["entities"][key] = {"commune": None, "domain": None, "claimed_on": None, "senders": []}
                L["order"].append(key)
            if e["commune"] is None and r.get("commune"):
                e["commune"] = C.resolve(r["commune"])
            if dom:
                e["registered"] = True
                if e["domain"] is None:
                    e["domain"] = dom
                if e["claimed_on"] is None and r.get("registered_on"):
                    e["claimed_on"] = parse_date(r["registered_on"])
            if sender not in e["senders"]:
                e["senders"].append(sender)
    by_domain = {r["domain"]: i for i, r in enumerate(registry)}
    by_label = {}
    for i, r in enumerate(registry):
        by_label.setdefault(label_of(r["domain"])[0], []).append(i)
    outcomes = ["confirmed", "not-in-registry", "other-date", "other-suffix", "other-cohort", "other-holder"]

    def counts():
        d = {o: 0 for o in outcomes}
        d.update(shared=0, unclaimed=0, claims=0)
        return d

    claimed = [False] * len(registry)
    by_cohort = {c: counts() for c in ("enterprise", "household", "student")}
    by_sender, by_commune = {}, {}
    for cohort in ("enterprise", "household", "student"):
        L = ledgers[cohort]
        for key in L["order"]:
            e = L["entities"][key]
            if not e.get("registered") or not e["domain"]:
                continue
            dom = e["domain"]
            outcome = "not-in-registry"
            if dom in by_domain:
                i = by_domain[dom]
                claimed[i] = True
                rec = registry[i]
                claim_holder = holder_key(key)
                if rec["holder"] is not None and claim_holder is not None and claim_holder != rec["holder"]:
                    outcome = "other-holder"
                elif rec["cohort"] is not None and rec["cohort"] != cohort:
                    outcome = "other-cohort"
                elif rec["granted"] < PROGRAMME_START or rec["granted"] > Q_END or \
                        (e["claimed_on"] is not None and e["claimed_on"] != rec["granted"]):
                    outcome = "other-date"
                else:
                    outcome = "confirmed"
            elif by_label.get(label_of(dom)[0]):
                outcome = "other-suffix"
                claimed[by_label[label_of(dom)[0]][0]] = True
            shared = len(e["senders"]) > 1
            targets = [by_cohort[cohort]] + [by_sender.setdefault(s, counts()) for s in e["senders"]]
            if e["commune"]:
                targets.append(by_commune.setdefault(e["commune"], counts()))
            for t in targets:
                t[outcome] += 1
                t["claims"] += 1
                t["shared"] += shared
    figures = {}
    other_holders = 0
    biz_by_holder = {}
    for i, r in enumerate(registry):
        if not (PROGRAMME_START <= r["granted"] <= Q_END):
            continue
        sfx = label_of(r["domain"])[1]
        cohort = r["cohort"] or ("student" if sfx == ".id.vn" else None)
        if cohort is None:
            other_holders += 1
            continue
        f = figures.setdefault(cohort, {"new_in_period": 0, "cumulative": 0, "active_at_cutoff": 0})
        f["cumulative"] += 1
        f["new_in_period"] += r["granted"] >= Q_START
        f["active_at_cutoff"] += (r["status"] or "active") == "active" and (r["expires"] is None or r["expires"] >= Q_END)
        if sfx == ".biz.vn" and r["holder"] is not None:
            biz_by_holder[r["holder"]] = biz_by_holder.get(r["holder"], 0) + 1
        if not claimed[i]:
            by_cohort.setdefault(cohort, counts())["unclaimed"] += 1
            if r["commune"]:
                by_commune.setdefault(r["commune"], counts())["unclaimed"] += 1
    several = [n for n in biz_by_holder.values() if n > 1]
    total = counts()
    for c in by_cohort.values():
        for k in total:
            total[k] += c[k]
    agencies = {s: c for s, c in sorted(by_sender.items()) if not s.isdigit()}
    communes = {s: c for s, c in sorted(by_sender.items()) if s.isdigit()}
    return {
        "extract": {"file": REGISTRY_FILE, "type": "registry-extract", "sender": "VNNIC", "rows": len(registry),
                    "granted_in_programme": sum(1 for r in registry if PROGRAMME_START <= r["granted"] <= Q_END),
                    "granted_before_programme": sum(1 for r in registry if r["granted"] < PROGRAMME_START)},
        "by_cohort": by_cohort, "total": total,
        "registry": {c: figures.get(c, {"new_in_period": 0, "cumulative": 0, "active_at_cutoff": 0})
                     for c in ("enterprise", "household", "student")},
        "other_holders": other_holders,
        "holders_with_several_biz": len(several), "biz_beyond_first": sum(n - 1 for n in several),
        "by_sender": agencies, "by_commune_sender": communes,
        "by_commune": {c: v for c, v in sorted(by_commune.items())},
    }


RECONCILIATION_DEFINITIONS = {
    "_scope": "Claims = the registered entities of the enterprise-, household- and student-registers in inbox/ (one per entity, de-duplicated as the engine does: by identifier, and a domain already seen under another identifier joins the first), reconciled with inbox/VNNIC_2026-Q3_ten-mien.csv (registry-extract). Programme window 2025-10-18..2026-09-30 (cut-off). Same semantics as Sources/Consolidation/Compute/Reconciling.swift; computed by reading the written files back.",
    "confirmed": "The claimed domain is in the extract, granted on the claimed date inside the programme window, to the claim's cohort (or holder type not given), with the same holder identifier (or none given on either side).",
    "not-in-registry": "Neither the claimed domain nor any name with the same own part (the name without its suffix) is in the extract.",
    "other-date": "The domain is in the extract (cohort and holder agree) but granted on another day than claimed, or outside the programme window.",
    "other-suffix": "The claimed domain is not in the extract but the same own part is under another suffix (x.biz.vn claimed, x.id.vn granted); that name counts as claimed.",
    "other-cohort": "The domain is in the extract with another holder type (e.g. an individual for an enterprise claim), holder identifiers not contradicting. Holder-type checks come after the holder check and before the date check.",
    "other-holder": "The domain is in the extract, both sides carry a holder identifier (digits and letters, upper-case) and they differ. Checked first.",
    "claims": "Sum of the six outcomes.",
    "shared": "Claims listed by more than one sender (counted once per cohort; each sender counts it in by_sender).",
    "unclaimed": "Extract names granted in the programme window, of the cohort (holder type; no holder type and .id.vn = student), that no claim matched (exactly or by other suffix).",
    "registry": "Per cohort from the extract alone: new_in_period = granted 2026-07-01..2026-09-30; cumulative = granted 2025-10-18..2026-09-30; active_at_cutoff = of those, status active (or not given) and expiry not before 2026-09-30. Cohort = holder type; no holder type and .id.vn = student.",
    "other_holders": "Extract names granted in the programme window with no programme cohort (holder type not given, suffix other than .id.vn).",
    "holders_with_several_biz": "Holder identifiers with more than one .biz.vn name granted in the programme window (names with a cohort); only the first is on the free offer.",
    "biz_beyond_first": "Sum over those holders of their .biz.vn names beyond the first.",
    "by_sender": "Per agency code: each claim counted once for every sender that listed it (a claim shared by two senders counts for both).",
    "by_commune_sender": "The same for the communes as senders (5-digit code).",
    "by_commune": "Per commune code: claims by the commune written in the entity's first row; unclaimed by the extract's commune column when given.",
    "total": "Sum of by_cohort.",
    "extract": "The extract file with its data rows; granted_in_programme / granted_before_programme split its rows by grant date.",
    "generator_intended": "What the generator meant to put in (per claimed entity, drawn at random): absent, other_date, other_suffix, other_cohort, other_holder, as_claimed; row_kinds = the extract's rows by why they are there; inactive = names in the window set to suspended/revoked. The engine's figures are by_cohort/registry, which are computed from the files, not from these.",
}


# --------------------------------------------------------------------------------------------
# Broken files


def generate_broken(q, W):
    rng, C = q.rng, q.C
    expected = {}

    def ent_rows(n):
        out = []
        for e in q.enterprises(n):
            out.append({"entity_id": e["entity_id"], "name": e["name"], "commune": e["commune"],
                        "founded_on": dmy(e["founded_on"]), "outreach_date": dmy(e["outreach_date"]) if e["outreach_date"] else "",
                        "domain": e["domain"] or "", "registered_on": dmy(e["registered_on"]) if e["registered_on"] else "",
                        "website": "x" if e["website"] and e["domain"] else "", "email": ""})
        return out

    def stu_rows(n, school):
        out = []
        for i in range(n):
            s = q.student(school, "registered" if i % 2 == 0 else "reached")
            out.append({"entity_id": s["entity_id"], "name": s["name"], "birth_date": dmy(s["birth_date"]), "school": school,
                        "commune": s["commune"], "outreach_date": dmy(s["outreach_date"]), "domain": s["domain"] or "",
                        "registered_on": dmy(s["registered_on"]) if s["registered_on"] else "",
                        "website": "x" if s["website"] and s["domain"] else "", "email": ""})
        return out

    def hh_rows(n):
        out = []
        for i in range(n):
            h = q.household(C.pick(rng), register=i % 2 == 0)
            out.append({"entity_id": h["entity_id"], "name": h["name"], "owner": h["owner"], "commune": h["commune"],
                        "outreach_date": dmy(h["outreach_date"]), "domain": h["domain"] or "",
                        "registered_on": dmy(h["registered_on"]) if h["registered_on"] else "",
                        "website": "x" if h["website"] and h["domain"] else "", "email": ""})
        return out

    # 1. missing-label: a household register without the required "Tên hộ kinh doanh" column.
    rows = hh_rows(6)
    f = "SCT_2026-Q3_ho-kinh-doanh-thieu-cot.csv"
    W.write("broken/" + f, "household-register", rows, omit=("name", "pilot", "note"))
    expected[f] = {"fault": "missing-label", "findings": [{"code": "missing-label", "row": 1, "field": "name"}]}

    # 2. type-error: impossible and garbled dates in "Ngày tiếp cận".
    rows = ent_rows(8)
    bad = ["31/02/2026", "2026-13-45", "abc"]
    targets = [i for i, r in enumerate(rows) if not r["domain"]][:3]
    while len(targets) < 3:
        rows.append(ent_rows(1)[0])
        rows[-1].update(domain="", registered_on="", website="")
        targets = [i for i, r in enumerate(rows) if not r["domain"]][:3]
    for i, b in zip(targets, bad):
        rows[i]["outreach_date"] = b
    f = "STC_2026-Q3_doanh-nghiep-ngay-sai.csv"
    W.write("broken/" + f, "enterprise-register", rows, omit=("note",))
    expected[f] = {"fault": "type-error", "findings": [{"code": "type-error", "row": i + 2, "field": "outreach_date"} for i in targets]}

    # 3. tax-code-check-digit: last digit changed to another digit (never to a number whose check would be 10).
    rows = ent_rows(8)
    idx = [1, 4, 6]
    for i in idx:
        t = rows[i]["entity_id"]
        rows[i]["entity_id"] = t[:9] + str((int(t[9]) + 3) % 10)
    f = "STC_2026-Q3_doanh-nghiep-mst-sai.csv"
    W.write("broken/" + f, "enterprise-register", rows, omit=("note",))
    expected[f] = {"fault": "tax-code-check-digit",
                   "findings": [{"code": "tax-code-check-digit", "row": i + 2, "field": "entity_id"} for i in idx]}

    # 4. age-out-of-range: students aged 17 and 24 (ID birth year kept consistent).
    school = "Trường Đại học Sư phạm - Đại học Thái Nguyên"
    rows = stu_rows(6, school)
    bad_rows = []
    for (age, registered, pos) in ((17, True, 1), (24, True, 3), (17, False, 5), (24, False, 6)):
        name, female = person(rng)
        at = dt.date(2026, 8, 12) if registered else dt.date(2026, 7, 20)
        birth = add_years(at, -age - 1) + dt.timedelta(days=40)
        assert full_years(birth, at) == age
        cid = q.new_student_id(birth, female)
        r = {"entity_id": cid, "name": name, "birth_date": dmy(birth), "school": school, "commune": C.pick(rng),
             "outreach_date": dmy(at - dt.timedelta(days=5) if registered else at),
             "domain": q.new_domain(slug(name), ".id.vn") if registered else "",
             "registered_on": dmy(at) if registered else "", "website": "", "email": ""}
        rows.insert(pos, r)
    bad_rows = [i for i, r in enumerate(rows) if full_years(parse_date(r["birth_date"]), parse_date(r["registered_on"] or r["outreach_date"])) not in range(18, 24)]
    f = "DHTN_2026-Q3_sinh-vien-tuoi.csv"
    W.write("broken/" + f, "student-register", rows, omit=("note",))
    expected[f] = {"fault": "age-out-of-range",
                   "findings": [{"code": "age-out-of-range", "row": i + 2, "field": "birth_date"} for i in bad_rows]}

    # 5. duplicate rows: a registered student and an unregistered one each repeated later.
    rows = stu_rows(8, "Trung tâm GDNN-GDTX Đại Từ")
    reg = next(r for r in rows if r["domain"])
    unreg = next(r for r in rows if not r["domain"])
    rows.insert(5, dict(reg))
    rows.append(dict(unreg))
    fnd = []
    seen = {}
    for i, r in enumerate(rows):
        if r["entity_id"] in seen:
            fnd.append({"code": "primary-key-error", "row": i + 2, "field": "entity_id"})
            if r["domain"]:
                fnd.append({"code": "unique-error", "row": i + 2, "field": "domain"})
        seen[r["entity_id"]] = i
    f = "SGDDT_2026-Q3_sinh-vien-trung.csv"
    W.write("broken/" + f, "student-register", rows, omit=("note",))
    expected[f] = {"fault": "primary-key-error / unique-error", "findings": fnd}

    # 6. domain-suffix: an enterprise with a .id.vn domain.
    rows = ent_rows(7)
    i = next(i for i, r in enumerate(rows) if r["domain"])
    rows[i]["domain"] = rows[i]["domain"].replace(".biz.vn", ".id.vn")
    f = "STC_2026-Q3_doanh-nghiep-duoi-ten-mien.csv"
    W.write("broken/" + f, "enterprise-register", rows, omit=("note",))
    expected[f] = {"fault": "domain-suffix", "findings": [{"code": "domain-suffix", "row": i + 2, "field": "domain"}]}

    # 7. unknown-commune: a code and a name that are no unit, old or new.
    rows = hh_rows(7)
    unknown_code, unknown_name = "05999", "Xã Tân Thịnh Xuân"
    assert unknown_code not in C.name and unknown_code not in C.old_codes
    assert fold(unknown_name) not in C.by_fold and fold(unknown_name) not in C.old_by_fold
    rows[2]["commune"] = unknown_code
    rows[5]["commune"] = unknown_name
    f = "SCT_2026-Q3_ho-kinh-doanh-xa-sai.csv"
    W.write("broken/" + f, "household-register", rows, omit=("pilot", "note"))
    expected[f] = {"fault": "unknown-commune", "findings": [{"code": "unknown-commune", "row": 4, "field": "commune"},
                                                            {"code": "unknown-commune", "row": 7, "field": "commune"}]}

    # 8. file-name-convention: good media items under a free-form name.
    rows = [{"published_on": dmy(dt.date(2026, 8, d)), "kind": k, "title": t, "outlet": "Cổng thông tin điện tử tỉnh", "link": ""}
            for d, k, t in ((4, "Tin", "Thái Nguyên hỗ trợ hộ kinh doanh đăng ký tên miền .biz.vn"),
                            (11, "Bài viết", "Tên miền .id.vn cho sinh viên: miễn phí 2 năm"),
                            (25, "Gương điển hình", "Hộ thí điểm bán chè qua website"))]
    f = "bao cao tin bai quy 3 - TTTT.csv"
    W.write("broken/" + f, "media-items", rows)
    expected[f] = {"fault": "file-name-convention", "findings": [{"code": "file-name-convention", "row": None, "field": None}]}

    # 9. unknown-agency: a clean enterprise register from agency code "STTC" (a typo of STC).
    rows = ent_rows(5)
    f = "STTC_2026-Q3_doanh-nghiep.csv"
    W.write("broken/" + f, "enterprise-register", rows, omit=("note",))
    expected[f] = {"fault": "unknown-agency", "findings": [{"code": "unknown-agency", "row": None, "field": None}]}
    return expected


def parse_date(s):
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", s)
    if not m:
        return None
    try:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


# --------------------------------------------------------------------------------------------
# Independent self-check: a small validator following the schemas


DOMAIN_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
FILE_NAME = re.compile(r"^(?P<sender>[A-Z][A-Z0-9]*|\d{5})_(?P<period>\d{4}(?:-Q[1-4])?)(?:_(?P<free>[^/]+))?\.csv$")


def domain_ok(d):
    if len(d) > 253 or not d.endswith(".vn"):
        return False
    labels = d.split(".")
    if len(labels) < 2:
        return False
    return all(DOMAIN_LABEL.match(l) and "--" not in l for l in labels)


def check_file(path, schemas, C):
    findings = []
    base = os.path.basename(path)
    m = FILE_NAME.match(base)
    if not m:
        findings.append(("file-name-convention", None, None))
    else:
        s = m.group("sender")
        if not s.isdigit() and s not in AGENCIES and s not in REGISTRY_SENDERS:
            findings.append(("unknown-agency", None, None))
        if s.isdigit() and s not in C.name:
            findings.append(("unknown-agency", None, None))
        if m.group("period") != PERIOD:
            findings.append(("unknown-period", None, None))
    with open(path, encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    header, body = table[0], table[1:]
    # which schema: most header labels matched
    best = None
    for name, s in schemas.items():
        fields = s["fields"] + s["narrative"]
        labels = {}
        for fd in fields:
            for l in [fd["title"]["vi"]] + fd.get("aliases", []):
                labels[fold(l)] = fd["name"]
        mapped = [labels.get(fold(h)) for h in header]
        score = sum(1 for x in mapped if x)
        if best is None or score > best[0]:
            best = (score, name, mapped)
    _, sname, mapped = best
    s = schemas[sname]
    assert all(mapped), (path, header)
    fields = {fd["name"]: fd for fd in s["fields"] + s["narrative"]}
    for fd in s["fields"]:
        if fd.get("constraints", {}).get("required") and fd["name"] not in mapped:
            findings.append(("missing-label", 1, fd["name"]))
    uniques = {n: {} for n, fd in fields.items() if fd.get("constraints", {}).get("unique")}
    pk_seen = {}
    for ri, row in enumerate(body):
        rn = ri + 2
        assert len(row) == len(header), (path, rn)
        vals = {}
        for h, name, cell in zip(header, mapped, row):
            fd = fields[name]
            v = cell.strip()
            cons = fd.get("constraints", {})
            if v in s.get("missingValues", [""]):
                if cons.get("required"):
                    findings.append(("missing-value", rn, name))
                vals[name] = None
                continue
            t, fmt = fd["type"], fd.get("format")
            if t == "date":
                d = parse_date(v)
                if d is None:
                    findings.append(("type-error", rn, name))
                vals[name] = d
                continue
            if t == "integer":
                if not re.fullmatch(r"\d+", v):
                    findings.append(("type-error", rn, name))
                    vals[name] = None
                    continue
                n = int(v)
                if "minimum" in cons and n < cons["minimum"] or "maximum" in cons and n > cons["maximum"]:
                    findings.append(("constraint-error", rn, name))
                vals[name] = n
                continue
            if t == "boolean":
                if v.lower() not in ("x", "có", "không"):
                    findings.append(("type-error", rn, name))
                vals[name] = v.lower() in ("x", "có")
                continue
            if "enum" in cons:
                labels = {fold(l) for e in cons["enum"] for l in [e["code"]] + e["labels"]}
                if fold(v) not in labels:
                    findings.append(("constraint-error", rn, name))
            if "maxLength" in cons and len(v) > cons["maxLength"]:
                findings.append(("constraint-error", rn, name))
            if fmt == "vn-tax-code":
                if not re.fullmatch(r"\d{10}", v):
                    findings.append(("tax-code-format", rn, name))
                elif tax_check(v[:9]) != v[9]:
                    findings.append(("tax-code-check-digit", rn, name))
            elif fmt == "vn-citizen-id":
                if not re.fullmatch(r"\d{12}", v):
                    findings.append(("citizen-id-format", rn, name))
                elif int(v[:3]) not in CITIZEN_PROVINCES:
                    findings.append(("citizen-id-province", rn, name))
            elif fmt == "vn-household-id":
                ok = (re.fullmatch(r"(46|47)[A-Z]8\d{6}", v) or
                      (re.fullmatch(r"\d{12}", v) and int(v[:3]) in CITIZEN_PROVINCES))
                if not ok:
                    findings.append(("household-id-format", rn, name))
            elif fmt == "vn-domain":
                if not domain_ok(v):
                    findings.append(("domain-syntax", rn, name))
            elif fmt == "commune":
                if C.resolve(v) is None:
                    findings.append(("unknown-commune", rn, name))
            vals[name] = v
        # primary key and unique
        pk = s.get("primaryKey", [])
        if pk:
            key = tuple((vals.get(k) or "") for k in pk)
            if key in pk_seen:
                findings.append(("primary-key-error", rn, pk[0]))
            else:
                pk_seen[key] = rn
        for u, seen in uniques.items():
            if vals.get(u):
                if vals[u] in seen:
                    findings.append(("unique-error", rn, u))
                else:
                    seen[vals[u]] = rn
        for rule in s.get("rules", []):
            k = rule["rule"]
            if k == "suffix":
                v = vals.get(rule["field"])
                if v and not v.endswith(rule["suffix"]):
                    findings.append(("domain-suffix", rn, rule["field"]))
            elif k == "requires":
                if vals.get(rule["field"]) and not vals.get(rule["requires"]) and rule["requires"] in mapped:
                    findings.append(("missing-dependent", rn, rule["field"]))
            elif k == "date-order":
                a, b = vals.get(rule["earlier"]), vals.get(rule["later"])
                if a and b and b < a:
                    findings.append(("date-order", rn, rule["later"]))
            elif k == "within-years":
                a, b = vals.get(rule["start"]), vals.get(rule["at"])
                if a and b and b > add_years(a, rule["years"]):
                    findings.append(("founded-too-early", rn, rule["start"]))
            elif k == "not-after-period-end":
                for fn in rule["fields"]:
                    if vals.get(fn) and vals[fn] > Q_END:
                        findings.append(("date-after-period", rn, fn))
            elif k == "age-between":
                b = vals.get(rule["birth"])
                at = next((vals[a] for a in rule["at"] if vals.get(a)), None)
                if b and at and not (rule["min"] <= full_years(b, at) <= rule["max"]):
                    findings.append(("age-out-of-range", rn, rule["birth"]))
            elif k == "id-birth-year":
                i, b = vals.get(rule["id"]), vals.get(rule["birth"])
                if i and b and re.fullmatch(r"\d{12}", i):
                    y = 1900 + (int(i[3]) // 2) * 100 + int(i[4:6])
                    if y != b.year:
                        findings.append(("citizen-id-birth-year", rn, rule["id"]))
            elif k == "not-greater":
                fs = rule["fields"]
                for a, b in zip(fs, fs[1:]):
                    if vals.get(a) is not None and vals.get(b) is not None and vals[a] > vals[b]:
                        findings.append(("count-order", rn, a))
    return sname, findings


def self_check(root, schemas, C):
    problems = []
    inbox = os.path.join(root, "inbox")
    for fn in sorted(os.listdir(inbox)):
        _, fnd = check_file(os.path.join(inbox, fn), schemas, C)
        if fnd:
            problems.append("inbox/%s: %s" % (fn, fnd[:5]))
    exp = json.load(open(os.path.join(root, "broken", "EXPECTED.json"), encoding="utf-8"))
    for fn in sorted(os.listdir(os.path.join(root, "broken"))):
        if fn == "EXPECTED.json":
            continue
        _, fnd = check_file(os.path.join(root, "broken", fn), schemas, C)
        want = sorted((f["code"], f["row"] or 0, f["field"] or "") for f in exp["files"][fn]["findings"])
        got = sorted((c, r or 0, fl or "") for c, r, fl in fnd)
        if want != got:
            problems.append("broken/%s: expected %s got %s" % (fn, want, got))
    return problems


# --------------------------------------------------------------------------------------------
# Benchmark mode: one large register, streamed


def bench(kind, n, out, seed):
    rng = random.Random(seed)
    schemas = load_schemas()
    s = schemas[kind]
    cols = [f["name"] for f in s["fields"]]
    C = Communes(random.Random(seed + 1))
    codes = C.codes
    cum = []
    acc = 0.0
    for c in codes:
        acc += C.weight[c]
        cum.append(acc)
    fam = [f for f, w in FAMILY for _ in range(w)]
    provs = ["019", "006", "001", "008", "020", "022", "024", "025", "026", "030", "036", "038"]
    base = dt.date(1970, 1, 1).toordinal()
    d_lo, d_hi = PROGRAMME_START.toordinal(), Q_END.toordinal()
    dcache = {}

    def D(o):
        x = dcache.get(o)
        if x is None:
            x = dmy(dt.date.fromordinal(o))
            dcache[o] = x
        return x

    tax_seq = [1000000]
    prefixes = ["46", "47", "01", "19"]
    bad_rate = 0.02
    sfx = ".id.vn" if kind == "student-register" else ".biz.vn"
    f = open(out, "w", encoding="utf-8", newline="")
    w = csv.writer(f, lineterminator="\n")
    w.writerow([fd["title"]["vi"] for fd in s["fields"]])
    last = None
    rnd = rng.random
    ri = rng.randrange
    for i in range(n):
        female = rnd() < 0.5
        nm = "%s %s %s" % (fam[ri(len(fam))], (MIDDLE_F if female else MIDDLE_M)[ri(len(MIDDLE_F) if female else len(MIDDLE_M))],
                           (GIVEN_F if female else GIVEN_M)[ri(40)])
        u = rnd() * acc
        lo, hi = 0, len(cum) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if cum[mid] < u:
                lo = mid + 1
            else:
                hi = mid
        commune = codes[lo]
        out_o = d_lo + int((rnd() ** 0.7) * (d_hi - d_lo))
        registered = rnd() < 0.45
        reg_o = min(d_hi, out_o + ri(30)) if registered else None
        tail = "%06d" % (((i % 1000000) * 7919 + 104729) % 1000000)
        block = i // 1000000
        if kind == "student-register":
            at = reg_o or out_o
            age = 18 + ri(6)
            at_d = dt.date.fromordinal(at)
            birth = dt.date.fromordinal(add_years(at_d, -age - 1).toordinal() + 1 + ri(364))
            eid = "%s%d%02d%s" % (provs[block % len(provs)], 2 + (1 if female else 0), birth.year % 100, tail)
            row = {"entity_id": eid, "name": nm, "birth_date": D(birth.toordinal()), "school": "Trường Đại học Sư phạm - Đại học Thái Nguyên",
                   "commune": commune, "outreach_date": D(out_o), "domain": "%s%d.id.vn" % (slug(nm), i) if registered else "",
                   "registered_on": D(reg_o) if registered else "", "website": "x" if registered and rnd() < 0.5 else "",
                   "email": "", "note": ""}
        elif kind == "household-register":
            if i % 10 < 7:
                eid = "%s%s8%s" % ("46" if block % 2 == 0 else "47", "ABCDEFGHKLMNPQRSTUVXYZ"[(block // 2) % 22], tail)
            else:
                eid = "%s%d%02d%s" % (provs[block % len(provs)], (1 if female else 0), 60 + (i % 40), tail)
            row = {"entity_id": eid, "name": "Hộ kinh doanh " + nm, "owner": nm, "commune": commune, "pilot": "",
                   "outreach_date": D(out_o), "domain": "hkd%s%d.biz.vn" % (slug(nm), i) if registered else "",
                   "registered_on": D(reg_o) if registered else "", "website": "", "email": "", "note": ""}
        elif kind == "enterprise-register":
            while True:
                tax_seq[0] += 1
                if tax_seq[0] > 9999999:
                    tax_seq[0] = 1000000
                    prefixes.append(prefixes.pop(0))
                nine = prefixes[0] + "%07d" % tax_seq[0]
                c = tax_check(nine)
                if c is not None:
                    break
            eid = nine + c
            founded = d_lo - 17 + ri(d_hi - d_lo + 17)
            out_o = founded + ri(d_hi - founded + 1)
            reg_o = min(d_hi, out_o + ri(30), founded + 365) if registered else None
            row = {"entity_id": eid, "name": "Công ty TNHH %s %s" % (ENT_SECTORS[ri(len(ENT_SECTORS))], nm), "commune": commune,
                   "founded_on": D(founded), "outreach_date": D(out_o), "domain": "dn%d.biz.vn" % i if registered else "",
                   "registered_on": D(reg_o) if registered else "", "website": "", "email": "", "note": ""}
        else:
            raise SystemExit("--register supports enterprise-register, household-register, student-register")
        if rnd() < bad_rate:  # one rule violation
            k = ri(6)
            if k == 0:
                row["outreach_date"] = "31/02/2026"
            elif k == 1:
                row["commune"] = "99999"
            elif k == 2 and last is not None:
                row = dict(last)  # duplicate row
            elif k == 3:
                row["domain"] = "bad-%d-%s" % (i, sfx)
                row["registered_on"] = row["registered_on"] or D(out_o)
            elif k == 4:
                row["registered_on"] = "15/10/2026"
                row["domain"] = row["domain"] or "late%d%s" % (i, sfx)
            else:
                row["entity_id"] = row["entity_id"][:-1] + ("0" if row["entity_id"][-1] != "0" else "1") if kind == "enterprise-register" else row["entity_id"][:-2]
        last = row
        w.writerow([row[c] for c in cols])
    f.close()


# --------------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", help="output folder (default <repo>/SampleData) or, with --register, the CSV file")
    ap.add_argument("--register", help="benchmark mode: enterprise-register, household-register or student-register")
    ap.add_argument("--rows", type=int, default=1000000)
    ap.add_argument("--check-only", action="store_true", help="validate an existing output folder")
    ap.add_argument("--communes", type=int, default=30,
                    help="communes that submit (default 30, as SampleData; the benchmark's quarter uses more)")
    a = ap.parse_args()
    if a.register:
        if not a.out:
            ap.error("--register needs --out PATH")
        bench(a.register, a.rows, a.out, a.seed)
        return
    root = a.out or os.path.join(REPO, "SampleData")
    schemas = load_schemas()
    if a.check_only:
        probs = self_check(root, schemas, Communes(random.Random(a.seed + 1)))
        print("\n".join(probs) or "ok")
        sys.exit(1 if probs else 0)
    for sub in ("inbox", "broken"):
        shutil.rmtree(os.path.join(root, sub), ignore_errors=True)
    q = Quarter(a.seed, schemas)
    W = Writer(schemas, root)
    data = generate_inbox(q, W, a.communes)
    inbox_files = list(W.files)
    gt = ground_truth(q, data, inbox_files)
    gt["seed"] = a.seed
    # The registry's extract: its own random stream, written after the agencies' files and
    # reconciled with them by reading both back (inbox_files above stays the agencies' files).
    made = generate_registry(a.seed, q, data, W)
    rec = reconciliation_truth(root, schemas, q.C)
    rec["generator_intended"] = {"by_cohort": made["intended"], "row_kinds": made["row_kinds"], "inactive": made["inactive"],
                                 "holders_given_extra_biz": made["holders_with_extra_biz"]}
    rec["_definitions"] = RECONCILIATION_DEFINITIONS
    gt["reconciliation"] = rec
    with open(os.path.join(root, "ground-truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gt, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    W.files = []
    expected = generate_broken(q, W)
    with open(os.path.join(root, "broken", "EXPECTED.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump({"_comment": "For each broken file: the fault it demonstrates and the exact error/warning findings the engine must report (row = spreadsheet line, header = 1; field = schema field name, null for file-level). Period 2026-Q3. Info findings are not listed.",
                   "files": expected}, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    probs = self_check(root, schemas, q.C)
    if probs:
        print("\n".join(probs), file=sys.stderr)
        sys.exit(1)
    print("wrote %d inbox files and the registry extract (%d names), %d broken files; self-check ok"
          % (len(inbox_files), made["rows"], len(expected)))


if __name__ == "__main__":
    main()
