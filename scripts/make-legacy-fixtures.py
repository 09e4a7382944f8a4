#!/usr/bin/env python3
"""Makes Tests/Fixtures/legacy/: legacy Vietnamese files made with real tools where one exists.

  letters.tsv          every Vietnamese letter (12 vowels x 6 tones + đ, both cases) with its
                       bytes in Windows-1258 (Python's cp1258 codec), TCVN3 (glibc iconv
                       TCVN5712-1, letters VN3 has) and VNI-Windows (the VNI array of
                       duydev/vietnamese-conversion src/charsets.ts, MIT licence; no VNI tool
                       exists on Linux). LegacyTableTests checks our Swift tables against it.
  cp1258.tsv           every byte 0x80-0xFF and the code point Python's cp1258 codec gives it
                       ("-" where the code page leaves it undefined).
  source.csv           the Unicode truth: commune names (shared/reference/communes_thai_nguyen.csv)
                       and owner names (SampleData), without capitals bearing tone marks (TCVN3
                       cannot write them).
  tcvn3.csv            source.csv through `iconv -t TCVN5712-1`, CRLF (as Notepad saves "ANSI").
  windows-1258.csv     source.csv through `iconv -t WINDOWS-1258` (tones as combining bytes).
  vni.csv              source.csv encoded with the VNI list above (bytes from the table, no tool).
  lookalike-tcvn3.csv  UTF-8 with BOM, as Excel's "CSV UTF-8" saves a .VnTime sheet: the name
                       column holds TCVN3 bytes read as Windows-1252; other columns are Unicode.
  lookalike-vni.csv    the same with VNI-Times.
  legacy-fonts.xlsx    openpyxl: Unicode (Calibri), .VnTime, .VnTimeH (capitals font, lower-case
                       codes), VNI-Times, and Unicode typed in a .VnTime cell.

Run from the repository root: python3 scripts/make-legacy-fixtures.py
"""
import csv, subprocess, unicodedata, pathlib, glob

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "Tests/Fixtures/legacy"
COMMUNES = pathlib.Path("/work/shared/reference/communes_thai_nguyen.csv")

# duydev/vietnamese-conversion src/charsets.ts (MIT): UNICODE and VNI arrays, in order.
DUYDEV_UNICODE = ("À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý à á â ã è é ê ì í ò ó ô õ ù ú ý Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư "
    "Ạ ạ Ả ả Ấ ấ Ầ ầ Ẩ ẩ Ẫ ẫ Ậ ậ Ắ ắ Ằ ằ Ẳ ẳ Ẵ ẵ Ặ ặ Ẹ ẹ Ẻ ẻ Ẽ ẽ Ế ế Ề ề Ể ể Ễ ễ Ệ ệ Ỉ ỉ Ị ị Ọ ọ Ỏ ỏ "
    "Ố ố Ồ ồ Ổ ổ Ỗ ỗ Ộ ộ Ớ ớ Ờ ờ Ở ở Ỡ ỡ Ợ ợ Ụ ụ Ủ ủ Ứ ứ Ừ ừ Ử ử Ữ ữ Ự ự Ỳ ỳ Ỵ ỵ Ỷ ỷ Ỹ ỹ").split()
DUYDEV_VNI = ("AØ AÙ AÂ AÕ EØ EÙ EÂ Ì Í OØ OÙ OÂ OÕ UØ UÙ YÙ aø aù aâ aõ eø eù eâ ì í oø où oâ oõ uø uù yù "
    "AÊ aê Ñ ñ Ó ó UÕ uõ Ô ô Ö ö AÏ aï AÛ aû AÁ aá AÀ aà AÅ aå AÃ aã AÄ aä AÉ aé AÈ aè AÚ aú AÜ aü AË aë "
    "EÏ eï EÛ eû EÕ eõ EÁ eá EÀ eà EÅ eå EÃ eã EÄ eä Æ æ Ò ò OÏ oï OÛ oû OÁ oá OÀ oà OÅ oå OÃ oã OÄ oä "
    "ÔÙ ôù ÔØ ôø ÔÛ ôû ÔÕ ôõ ÔÏ ôï UÏ uï UÛ uû ÖÙ öù ÖØ öø ÖÛ öû ÖÕ öõ ÖÏ öï YØ yø Î î YÛ yû YÕ yõ").split()
assert len(DUYDEV_UNICODE) == len(DUYDEV_VNI) == 134
VNI = dict(zip(DUYDEV_UNICODE, DUYDEV_VNI))
VNI.update({c: c for c in "aeiouyAEIOUY"})
VNI.update({"â": "aâ", "Â": "AÂ", "ê": "eâ", "Ê": "EÂ", "ô": "oâ", "Ô": "OÂ"})  # (already present; kept explicit)

TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]
VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]


def letters():
    out = []
    for v in VOWELS:
        for t in TONES:
            lower = unicodedata.normalize("NFC", v + t)
            out += [lower, lower.upper()]
    return out + ["đ", "Đ"]


def iconv(text, encoding):
    r = subprocess.run(["iconv", "-f", "UTF-8", "-t", encoding], input=text.encode(), capture_output=True)
    return r.stdout if r.returncode == 0 else None


def cp1258(text):
    """Python's cp1258 codec after splitting off the tone mark (as Windows does)."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            tone = [c for c in d if c in TONES[1:]]
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES[1:]))
            out += base.encode("cp1258") + "".join(tone).encode("cp1258")
    return out


def tcvn3(text):
    """glibc's TCVN5712-1 (VN1) for the letters VN3 shares: lower case and the 7 base capitals."""
    b = iconv(text, "TCVN5712-1")
    if b is None or any(x < 0x80 and chr(x) not in text for x in b):
        return None
    if any(ch.isupper() and ch not in "ĂÂÊÔƠƯĐ" and ord(ch) > 0x7F for ch in text):
        return None
    if any(0xB0 <= x <= 0xB4 for x in b):
        return None
    return b


def vni(text):
    return "".join(VNI.get(ch, ch) for ch in text).encode("cp1252")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "letters.tsv", "w", encoding="utf-8") as f:
        f.write("# letter\twindows-1258 (Python cp1258)\ttcvn3 (glibc iconv TCVN5712-1; - = none in VN3)\tvni (duydev/vietnamese-conversion, MIT)\n")
        for ch in letters():
            t = tcvn3(ch)
            f.write(f"{ch}\t{cp1258(ch).hex()}\t{t.hex() if t else '-'}\t{vni(ch).hex()}\n")

    with open(OUT / "cp1258.tsv", "w", encoding="utf-8") as f:
        f.write("# byte\tcode point (Python cp1258)\n")
        for b in range(0x80, 0x100):
            try:
                f.write(f"{b:02x}\t{ord(bytes([b]).decode('cp1258')):04x}\n")
            except UnicodeDecodeError:
                f.write(f"{b:02x}\t-\n")

    # The Unicode truth.
    names = []
    for row in csv.DictReader(open(COMMUNES, encoding="utf-8")):
        names.append((row["code"], row["name"]))
    owners = []
    for path in sorted(glob.glob(str(ROOT / "SampleData/inbox/*ho-kinh-doanh.csv"))):
        for row in csv.DictReader(open(path, encoding="utf-8")):
            owners.append(row["Chủ hộ"])
    def writable(s):
        return tcvn3(s) is not None
    names = [n for n in names if writable(n[1])]
    owners = [o for o in dict.fromkeys(owners) if writable(o)][: len(names)]
    header = ["Mã xã", "Tên xã", "Chủ hộ"]
    rows = [header] + [[c, n, owners[i % len(owners)]] for i, (c, n) in enumerate(names)]
    text = "\r\n".join(",".join(r) for r in rows) + "\r\n"
    (OUT / "source.csv").write_bytes(text.encode("utf-8"))
    (OUT / "tcvn3.csv").write_bytes(iconv(text, "TCVN5712-1"))
    (OUT / "windows-1258.csv").write_bytes(iconv(text, "WINDOWS-1258"))
    assert iconv(text, "WINDOWS-1258") == cp1258(unicodedata.normalize("NFC", text)), "iconv and Python cp1258 disagree"
    (OUT / "vni.csv").write_bytes(vni(text))

    # Look-alikes: one column from a legacy-font sheet, the others Unicode (never to be altered).
    for name, encode in [("lookalike-tcvn3.csv", iconv_tcvn3), ("lookalike-vni.csv", vni)]:
        look = [["Mã xã", encode("Tên xã").decode("cp1252"), "Chủ hộ (Unicode)"]]
        look += [[c, encode(n).decode("cp1252"), owners[i % len(owners)]] for i, (c, n) in enumerate(names)]
        body = "\r\n".join(",".join(r) for r in look) + "\r\n"
        (OUT / name).write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))

    make_xlsx(names, owners)


def iconv_tcvn3(s):
    return iconv(s, "TCVN5712-1")


def make_xlsx(names, owners):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sach"
    ws.append(["Tên (Unicode)", "Tên (.VnTime)", "TÊN (.VnTimeH)", "Tên (VNI-Times)", "Chủ hộ (Unicode in .VnTime)"])
    for i, (_, n) in enumerate(names):
        owner = owners[i % len(owners)]
        ws.append([n, iconv_tcvn3(n).decode("cp1252"), iconv_tcvn3(n.lower()).decode("cp1252"),
                   vni(n).decode("cp1252"), owner])
        r = ws.max_row
        ws.cell(r, 2).font = Font(name=".VnTime")
        ws.cell(r, 3).font = Font(name=".VnTimeH")
        ws.cell(r, 4).font = Font(name="VNI-Times")
        ws.cell(r, 5).font = Font(name=".VnTime")
    wb.save(OUT / "legacy-fonts.xlsx")


if __name__ == "__main__":
    main()
