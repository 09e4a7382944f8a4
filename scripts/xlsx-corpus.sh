#!/bin/sh
# Runs the shared conformance corpus (../shared/xlsx-corpus) against a release build of
# `hiendien rows --json`. The corpus is third-party data: it is read in place, never copied
# into this repository. Extra arguments go to compare.py (e.g. --only 'xml$', --report r.json).
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
corpus="$repo/../shared/xlsx-corpus"
if [ ! -d "$corpus" ]; then
    echo "xlsx-corpus: $corpus not found; nothing to run." >&2
    exit 0
fi
cd "$repo"
swift build -c release --product hiendien >&2
exec python3 "$corpus/compare.py" \
    --cmd "$repo/.build/release/hiendien rows {file} --json" \
    --lenient-whitespace --accept-alternates "$@"
