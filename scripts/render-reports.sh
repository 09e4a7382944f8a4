#!/bin/sh
# Renders every HTML report in DIR with headless Chromium, beside the HTML:
#   NAME.pdf  the report as printed (A4, the page margins and page numbers of its print CSS)
#   NAME.png  a screenshot of the first page at A4 width (794 x 1123 CSS pixels, 96 dpi)
# Usage: scripts/render-reports.sh DIR
# Needs chromium (Debian package "chromium"); fonts-liberation gives Liberation Serif, the
# metric-compatible stand-in for Times New Roman with every Vietnamese glyph.
# Exit status: 0 done, 2 usage error or chromium missing, 1 a page failed to render.
set -eu
if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 DIR" >&2
    exit 2
fi
browser=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser=$candidate; break; fi
done
if [ -z "$browser" ]; then
    echo "$0: chromium not found (apt-get install chromium fonts-liberation)" >&2
    exit 2
fi
dir=$(cd "$1" && pwd)
status=0
# A profile of our own, so a running browser or a stale lock never interferes.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT INT TERM
for html in "$dir"/*.html; do
    [ -e "$html" ] || continue
    base=${html%.html}
    if ! "$browser" --headless --no-sandbox --disable-gpu --user-data-dir="$profile" --no-pdf-header-footer \
            --print-to-pdf="$base.pdf" "file://$html" >/dev/null 2>&1; then
        echo "$0: could not print $html" >&2
        status=1
        continue
    fi
    if ! "$browser" --headless --no-sandbox --disable-gpu --user-data-dir="$profile" --hide-scrollbars \
            --window-size=794,1123 --screenshot="$base.png" "file://$html" >/dev/null 2>&1; then
        echo "$0: could not take a screenshot of $html" >&2
        status=1
        continue
    fi
    echo "$base.pdf $base.png"
done
exit $status
