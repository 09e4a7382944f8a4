#!/bin/sh
# Builds the libFuzzer targets (Fuzz/README.md) and runs each for SECONDS (default 60).
set -eu
cd "$(dirname "$0")/.."
seconds="${1:-60}"
out=.build/fuzz
mkdir -p "$out/crashes"
# One module per target: the Tabular (and Schema) sources with their cross-module imports removed.
src="$out/src"
rm -rf "$src" && mkdir -p "$src/tabular" "$src/schema"
find Sources/Tabular -name '*.swift' -exec cp {} "$src/tabular/" \;
find Sources/Schema -name '*.swift' -exec cp {} "$src/schema/" \;
sed -i -E '/^(public |internal )?import (Tabular|Schema)$/d' "$src"/tabular/*.swift "$src"/schema/*.swift
flags="-sanitize=fuzzer,address -parse-as-library -O -g -I Sources/CZlib -lz -swift-version 6 -enable-upcoming-feature ExistentialAny"
build() {
    echo "building $1" >&2
    # shellcheck disable=SC2086
    swiftc $flags -module-name "Fuzz_$1" "$src"/tabular/*.swift $2 "Fuzz/$3" -o "$out/$1" 2>"$out/$1.log" \
        || { tail -20 "$out/$1.log"; exit 1; }
}
build csv "" CSVTarget.swift
build table "" TableTarget.swift
build schema "$src/schema/*.swift" SchemaTarget.swift
# Seed corpora from the fixtures.
for t in csv table schema; do mkdir -p "$out/corpus/$t"; done
find Tests/Fixtures SampleData/broken -type f -size -64k -name '*.csv' -exec cp {} "$out/corpus/csv/" \; 2>/dev/null || true
find Tests/Fixtures -type f -size -256k \( -name '*.xlsx' -o -name '*.xml' -o -name '*.csv' \) -exec cp {} "$out/corpus/table/" \; 2>/dev/null || true
cp Data/schemas/*.json Data/findings.json "$out/corpus/schema/"
status=0
for t in csv table schema; do
    echo "== $t: ${seconds}s" >&2
    if "$out/$t" "$out/corpus/$t" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
        -artifact_prefix="$out/crashes/$t-" -print_final_stats=1 > "$out/$t.run.log" 2>&1; then
        :
    else
        status=1
        echo "!! $t found a crash: see $out/$t.run.log and $out/crashes/" >&2
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done" "$out/$t.run.log" | sed "s/^/$t: /" || true
done
exit $status
