#!/usr/bin/env python3
"""One peer, one file: the benchmark's simpler task, printed as one JSON line.

The task (what an analyst would do with a general tool instead of hiendien): read every row
of a student register (the columns of Data/schemas/student-register.json, Vietnamese titles),
reject rows whose "Số định danh cá nhân" is not exactly 12 ASCII digits, and for the others
count per (commune as written, cohort) the rows, the rows with an outreach date or a domain
("reached") and the rows with a domain ("registered"). The digest is the first 16 hex digits
of SHA-256 over the sorted lines "commune,student,rows,reached,registered\\n" followed by
"rejected,N\\n" — exactly what `hiendien validate --counts` prints.

Usage: peers.py TOOL FILE   (TOOL: duckdb, polars, polars-excel, pandas, calamine)
"""
import hashlib
import json
import sys
import time

ID, COMMUNE, OUTREACH, DOMAIN = "Số định danh cá nhân", "Xã/phường", "Ngày tiếp cận", "Tên miền"


def digest(groups, rejected):
    lines = "".join("%s,student,%d,%d,%d\n" % (c, r, a, g) for c, (r, a, g) in sorted(groups.items()))
    lines += "rejected,%d\n" % rejected
    return hashlib.sha256(lines.encode()).hexdigest()[:16]


def run_duckdb(path):
    import duckdb
    q = f"""
      with t as (select "{ID}" as id, "{COMMUNE}" as commune, "{OUTREACH}" as o, "{DOMAIN}" as d
                 from read_csv('{path}', all_varchar=true, header=true))
      select case when regexp_full_match(coalesce(id, ''), '[0-9]{{12}}') then commune else null end as c,
             count(*), count(*) filter (where coalesce(o,'') <> '' or coalesce(d,'') <> ''),
             count(*) filter (where coalesce(d,'') <> ''),
             bool_or(regexp_full_match(coalesce(id, ''), '[0-9]{{12}}')) as ok
      from t group by 1"""
    groups, rejected = {}, 0
    for c, n, reached, reg, ok in duckdb.sql(q).fetchall():
        if c is None and not ok:
            rejected += n
        else:
            groups[c or ""] = (n, reached, reg)
    return groups, rejected


def polars_counts(lf):
    import polars as pl
    ok = pl.col(ID).fill_null("").str.contains(r"^[0-9]{12}$")
    rejected = lf.filter(~ok).select(pl.len()).collect(streaming=True).item()
    agg = (lf.filter(ok).group_by(pl.col(COMMUNE).fill_null(""))
           .agg(pl.len().alias("n"),
                ((pl.col(OUTREACH).fill_null("").cast(pl.Utf8) != "") | (pl.col(DOMAIN).fill_null("") != "")).sum().alias("a"),
                (pl.col(DOMAIN).fill_null("") != "").sum().alias("g"))
           .collect(streaming=True))
    return {r[0]: (r[1], r[2], r[3]) for r in agg.iter_rows()}, rejected


def run_polars(path):
    import polars as pl
    return polars_counts(pl.scan_csv(path, infer_schema=False))


def run_polars_excel(path):
    import polars as pl
    df = pl.read_excel(path, engine="calamine", infer_schema_length=0)
    return polars_counts(df.lazy())


def run_pandas(path):
    import pandas as pd
    # The C engine: pyarrow infers numbers before applying dtype=str and drops leading zeros.
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    ok = df[ID].str.fullmatch(r"[0-9]{12}")
    rejected = int((~ok).sum())
    d = df[ok]
    reached = (d[OUTREACH] != "") | (d[DOMAIN] != "")
    g = pd.DataFrame({"c": d[COMMUNE], "n": 1, "a": reached.astype(int), "g": (d[DOMAIN] != "").astype(int)}).groupby("c").sum()
    return {c: (int(r.n), int(r.a), int(r.g)) for c, r in g.iterrows()}, rejected


def run_calamine(path):
    from python_calamine import CalamineWorkbook
    wb = CalamineWorkbook.from_path(path)
    rows = iter(wb.get_sheet_by_index(0).iter_rows())
    header = [str(x) for x in next(rows)]
    i_id, i_c, i_o, i_d = (header.index(h) for h in (ID, COMMUNE, OUTREACH, DOMAIN))
    groups, rejected = {}, 0
    for r in rows:
        ident = r[i_id] if i_id < len(r) else ""
        ident = ident if isinstance(ident, str) else str(ident)
        if not (len(ident) == 12 and ident.isascii() and ident.isdigit()):
            rejected += 1
            continue
        c = r[i_c] if i_c < len(r) else ""
        c = c if isinstance(c, str) else str(c)
        o = r[i_o] if i_o < len(r) else ""
        d = r[i_d] if i_d < len(r) else ""
        g = groups.get(c) or [0, 0, 0]
        g[0] += 1
        if (o not in ("", None)) or (d not in ("", None)):
            g[1] += 1
        if d not in ("", None):
            g[2] += 1
        groups[c] = g
    return {k: tuple(v) for k, v in groups.items()}, rejected


TOOLS = {"duckdb": run_duckdb, "polars": run_polars, "polars-excel": run_polars_excel, "pandas": run_pandas, "calamine": run_calamine}

if __name__ == "__main__":
    tool, path = sys.argv[1], sys.argv[2]
    t0 = time.perf_counter()
    groups, rejected = TOOLS[tool](path)
    print(json.dumps({"tool": tool, "file": path, "groups": len(groups), "rejected": rejected,
                      "digest": digest(groups, rejected), "seconds": round(time.perf_counter() - t0, 3)}))
