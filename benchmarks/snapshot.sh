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
# every development corpus; corpus3 and corpus44 are the held-out checks and stay out
# (corpus25 .. corpus42, written blind, were released as development material)
for n in 2 $(seq 4 60); do
  [ "$n" = 44 ] && continue
  [ -d benchmarks/corpus$n ] && files+=(benchmarks/corpus$n/*.txt)
done
[ -d "$shared/eval/dev" ] && files+=("$shared"/eval/dev/*.txt)
.venv/bin/cityties extract --out "$out" "${files[@]}"
