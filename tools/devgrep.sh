#!/usr/bin/env bash
# grep over the development corpora only (the held-out sets stay out of every search):
#   tools/devgrep.sh [GREP OPTIONS] PATTERN
# The held-out sets are the rows marked "held out" in benchmarks/extraction_vs_gold.py.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
held=" $(grep -o '"corpus[0-9]* (held out' "$root/benchmarks/extraction_vs_gold.py" | grep -o 'corpus[0-9]*' | tr '\n' ' ') "
dirs=()
shared=${SHARED:-$root/../shared}
[ -d "$shared/eval/dev" ] && dirs+=("$shared/eval/dev")
for d in "$root"/benchmarks/corpus*/ "$root"/benchmarks/corpus/*/; do
  name=$(basename "$d")
  [[ $held == *" $name "* ]] && continue
  dirs+=("${d%/}")
done
grep -r "$@" "${dirs[@]}"
