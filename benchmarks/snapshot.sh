#!/usr/bin/env bash
# Write the engine's facts JSON for every text we have into DIR, for before/after comparisons
# of changes that must not change the output (speed work):
#   benchmarks/snapshot.sh /tmp/before; ...change...; benchmarks/snapshot.sh /tmp/after
#   diff -r /tmp/before /tmp/after
set -euo pipefail
out=${1:?usage: snapshot.sh DIR}
shared=${SHARED:-../shared}
cd "$(dirname "$0")/.."
rm -rf "$out"; mkdir -p "$out"
files=(demo/*.txt benchmarks/corpus/*/*.txt)
for c in corpus2 corpus4 corpus5 corpus6 corpus7 corpus8 corpus9 corpus10 corpus11 corpus12 corpus13 corpus14 corpus15 corpus16 corpus17 corpus18 corpus19 corpus20; do [ -d benchmarks/$c ] && files+=(benchmarks/$c/*.txt); done
[ -d "$shared/eval/dev" ] && files+=("$shared"/eval/dev/*.txt)
.venv/bin/cityties extract --out "$out" "${files[@]}"
