#!/usr/bin/env python3
"""The benchmark: hiendien against the tools an analyst would use instead, in one run.

    python3 scripts/bench/run.py [--sizes 100000,1000000] [--big] [--runs 3] [--work DIR]

1. Builds hiendien in release mode and a virtual environment with the peers (requirements.txt).
2. Generates, with a fixed seed, student registers as CSV (scripts/sample/generate.py
   --register) and as XLSX with shared strings (make_xlsx.py): 100k and 1M rows, and 10M rows
   as CSV with --big (an XLSX sheet holds at most 1,048,576 rows, so no 10M workbook).
3. Times each command as a whole process under /usr/bin/time -v: one warm-up, then --runs
   runs; median wall time, spread (min–max), CPU time (user + sys), peak RSS.
   hiendien: `validate --counts FILE` (full validation, and the peers' counts in the same pass);
   the province quarter: `hiendien sample` (SampleData, inbox to every report).
   Peers (peers.py): DuckDB read_csv, polars scan_csv (streaming), pandas (pyarrow CSV),
   polars read_excel (calamine engine), python-calamine.
4. Checks that every tool printed the same digest per file, and writes docs/PERFORMANCE.md.
"""
import argparse
import csv
import hashlib
import io
import shutil
import json
import os
import platform
import re
import statistics
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join(REPO, "scripts", "bench")


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def timed(cmd, runs, prepare=None):
    """Runs cmd runs+1 times under /usr/bin/time -v (after prepare(), untimed, if given);
    returns stats and the last stdout/stderr."""
    samples = []
    out = err = ""
    for i in range(runs + 1):
        if prepare:
            prepare()
        p = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True)
        if p.returncode not in (0, 1):
            raise SystemExit("failed: %s\n%s" % (" ".join(cmd), p.stderr[-2000:]))
        t = p.stderr
        wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", t).group(1)
        parts = [float(x) for x in wall.split(":")]
        wall_s = parts[-1] + 60 * parts[-2] + (3600 * parts[-3] if len(parts) > 2 else 0)
        cpu = float(re.search(r"User time \(seconds\): (\S+)", t).group(1)) + float(re.search(r"System time \(seconds\): (\S+)", t).group(1))
        rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1)) / 1024
        if i > 0:
            samples.append((wall_s, cpu, rss))
        out, err = p.stdout, p.stderr
    walls = [s[0] for s in samples]
    return {"wall": statistics.median(walls), "min": min(walls), "max": max(walls),
            "cpu": statistics.median(s[1] for s in samples), "rss": max(s[2] for s in samples)}, out, err


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--big", action="store_true", help="also 10,000,000 rows (CSV)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--work", default=os.environ.get("BENCH", "/tmp/hiendien-bench"))
    ap.add_argument("--no-write", action="store_true", help="print the table, do not write docs/PERFORMANCE.md")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    py = os.path.join(a.work, "venv", "bin", "python")
    if not os.path.exists(py):
        sh([sys.executable, "-m", "venv", os.path.join(a.work, "venv")])
        sh([py, "-m", "pip", "install", "-q", "-r", os.path.join(HERE, "requirements.txt")])
    sh(["swift", "build", "-c", "release", "--product", "hiendien"], cwd=REPO, stdout=subprocess.DEVNULL)
    hd = os.path.join(REPO, ".build", "release", "hiendien")
    sizes = [int(x) for x in a.sizes.split(",")] + ([10_000_000] if a.big else [])
    files = []
    for n in sizes:
        csv_path = os.path.join(a.work, "students-%d.csv" % n)
        if not os.path.exists(csv_path):
            sh([sys.executable, os.path.join(REPO, "scripts", "sample", "generate.py"), "--register", "student-register",
                "--rows", str(n), "--out", csv_path])
        files.append((n, "csv", csv_path))
        if n <= 1_048_575:
            xlsx_path = os.path.join(a.work, "students-%d.xlsx" % n)
            if not os.path.exists(xlsx_path):
                sh([sys.executable, os.path.join(HERE, "make_xlsx.py"), csv_path, xlsx_path])
            files.append((n, "xlsx", xlsx_path))
    results = []
    for n, kind, path in files:
        size_mb = os.path.getsize(path) / 1e6
        stats, _, err = timed([hd, "validate", "--counts", path], a.runs)
        m = re.search(r"digest (\w+)", err)
        results.append(dict(tool="hiendien validate", kind=kind, rows=n, mb=size_mb, digest=m.group(1) if m else "?", **stats))
        peers = ["duckdb", "polars", "pandas"] if kind == "csv" else ["polars-excel", "calamine"]
        if kind == "xlsx" and n > 1_000_000:
            peers = []
        for peer in peers:
            stats, out, _ = timed([py, os.path.join(HERE, "peers.py"), peer, path], a.runs)
            line = json.loads(out.strip().splitlines()[-1])
            results.append(dict(tool=peer, kind=kind, rows=n, mb=size_mb, digest=line["digest"], **stats))
        print(json.dumps(results[-len(peers) - 1:], indent=None), flush=True)
    # The province quarter, inbox to every report: `hiendien run` on a fresh workspace.
    files, rows, mb = make_quarter(a.work)
    workspace = os.path.join(a.work, "quarter-workspace")

    def fresh_workspace():
        shutil.rmtree(workspace, ignore_errors=True)
        sh([hd, "init", workspace], stdout=subprocess.DEVNULL)
        for f in files:
            shutil.copy(f, os.path.join(workspace, "inbox"))

    stats, _, _ = timed([hd, "run", "--workspace", workspace, "--as-of", "2026-10-20", "--settle", "0"], a.runs,
                        prepare=fresh_workspace)
    digest = hashlib.sha256(open(os.path.join(workspace, "reports", "2026-Q3", "indicators.csv"), "rb").read()).hexdigest()[:16]
    xlsx = sum(1 for f in files if f.endswith(".xlsx"))
    results.append(dict(tool="hiendien run (province quarter: %d files, %d XLSX)" % (len(files), xlsx), kind="quarter",
                        rows=rows, mb=mb, digest=digest, **stats))
    write(results, a)


def make_quarter(work):
    """A whole province quarter: scripts/sample/generate.py with 62 communes submitting (about
    150 files from every agency and those communes, 9 broken ones, about 135,000 rows), every
    third commune's files turned into XLSX with shared strings (make_xlsx.py). Returns the
    files, the rows and the megabytes."""
    src = os.path.join(work, "quarter-source")
    if not os.path.exists(os.path.join(src, "inbox")):
        sh([sys.executable, os.path.join(REPO, "scripts", "sample", "generate.py"), "--out", src, "--communes", "62"],
           stdout=subprocess.DEVNULL)
    mixed = os.path.join(work, "quarter-files")
    if not os.path.exists(mixed):
        os.makedirs(mixed + ".tmp", exist_ok=True)
        names = sorted(os.listdir(os.path.join(src, "inbox")))
        communes = sorted({n.split("_")[0] for n in names if n[:5].isdigit()})
        excel = set(communes[::3])
        for n in names:
            path = os.path.join(src, "inbox", n)
            if n.split("_")[0] in excel and n.endswith(".csv") and to_xlsx(path, os.path.join(mixed + ".tmp", n[:-4] + ".xlsx")):
                continue
            shutil.copy(path, mixed + ".tmp")
        for n in sorted(os.listdir(os.path.join(src, "broken"))):
            if n != "EXPECTED.json":
                shutil.copy(os.path.join(src, "broken", n), mixed + ".tmp")
        os.rename(mixed + ".tmp", mixed)
    files = [os.path.join(mixed, n) for n in sorted(os.listdir(mixed))]
    rows = 0
    for n in os.listdir(os.path.join(src, "inbox")):
        with open(os.path.join(src, "inbox", n), "rb") as f:
            rows += sum(1 for _ in f)
    return files, rows, sum(os.path.getsize(f) for f in files) / 1e6


def to_xlsx(csv_path, xlsx_path):
    """Writes a CSV file of the quarter as XLSX (comma-separated UTF-8 first); False when the
    file is not UTF-8 (the legacy-encoded samples stay CSV)."""
    try:
        text = open(csv_path, encoding="utf-8-sig", newline="").read()
    except UnicodeDecodeError:
        return False
    dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    plain = xlsx_path + ".csv"
    with open(plain, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(csv.reader(io.StringIO(text), dialect))
    sh([sys.executable, os.path.join(HERE, "make_xlsx.py"), plain, xlsx_path])
    os.remove(plain)
    return True


def write(results, a):
    model = ""
    if os.path.exists("/proc/cpuinfo"):
        names = [l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")]
        model = " (%s)" % names[0] if names else ""
    lines = ["### The side-by-side run", "",
             "Measured by `python3 scripts/bench/run.py` (whole process, `/usr/bin/time -v`, page cache warm, "
             "one warm-up then %d run%s; median wall time, min–max, median CPU, peak RSS)." % (a.runs, "" if a.runs == 1 else "s"), "",
             "Machine: %s%s, %d cores, Python %s." % (platform.processor() or platform.machine(), model, os.cpu_count(),
                                                     platform.python_version()), "",
             "| tool | file | rows | MB | wall s (median) | min–max | CPU s | peak RSS MiB | ratio to best peer | digest |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    groups = {}
    for r in results:
        groups.setdefault((r["kind"], r["rows"]), []).append(r)
    for (kind, rows), rs in groups.items():
        peers = [r for r in rs if not r["tool"].startswith("hiendien")]
        best = min((r["wall"] for r in peers), default=None)
        digests = {r["digest"] for r in rs}
        for r in rs:
            ratio = "%.2f×" % (r["wall"] / best) if best else "—"
            lines.append("| %s | %s | %s | %.1f | %.2f | %.2f–%.2f | %.2f | %.0f | %s | %s |" % (
                r["tool"], kind, "{:,}".format(rows) if rows else "—", r["mb"], r["wall"], r["min"], r["max"], r["cpu"], r["rss"],
                ratio, r["digest"]))
        if kind != "quarter" and len(digests) != 1:
            lines.append("| **digests disagree** | | | | | | | | | %s |" % ", ".join(sorted(digests)))
    text = "\n".join(lines) + "\n"
    print(text)
    if not a.no_write:
        # The table goes between the markers of docs/PERFORMANCE.md; the prose around it stays.
        path = os.path.join(REPO, "docs", "PERFORMANCE.md")
        doc = open(path, encoding="utf-8").read() if os.path.exists(path) else "<!-- bench:start -->\n<!-- bench:end -->\n"
        start, end = doc.index("<!-- bench:start -->"), doc.index("<!-- bench:end -->")
        doc = doc[:start] + "<!-- bench:start -->\n" + text + doc[end:]
        with open(path, "w", encoding="utf-8") as f:
            f.write(doc)


if __name__ == "__main__":
    main()
