#!/usr/bin/env bash
# Score every development corpus with the engine of a worktree: one line per corpus, F1 per kind.
#   /work/briefs/scoreall.sh /work/wt-NAME
# Held-out sets (corpus3 and the current blind set) are never run.
set -uo pipefail
wt=${1:?usage: scoreall.sh WORKTREE}
cd "$wt" || exit 2
export PYTHONPATH=$PWD/src
skip=" 3 44 "
tmp=$(mktemp -d)
dirs=(/work/shared/eval/dev benchmarks/corpus/tune benchmarks/corpus/holdout benchmarks/corpus2)
for n in $(seq 4 60); do
  [[ $skip == *" $n "* ]] && continue
  [ -d benchmarks/corpus$n ] && dirs+=(benchmarks/corpus$n)
done
printf '%-28s %6s %6s %6s %6s %6s\n' corpus agr strict visits figs contacts
for d in "${dirs[@]}"; do
  name=$(echo "$d" | sed 's#.*/eval/dev#dev#; s#benchmarks/##')
  o="$tmp/$(echo "$name" | tr / _)"
  .venv/bin/cityties extract --out "$o" "$d"/*.txt >/dev/null 2>&1
  .venv/bin/python /work/shared/eval/score.py --dir --quiet "$d" "$o" 2>/dev/null |
    awk -v n="$name" 'function f1(){ match($0, /F1=[0-9.]+/); return substr($0, RSTART+3, RLENGTH-3) }
      /^agreements /{a=f1()} /^agreements_strict/{s=f1()} /^visits/{v=f1()}
      /^figures/{f=f1()} /^contacts/{c=f1()}
      END{printf "%-28s %6s %6s %6s %6s %6s\n", n, a, s, v, f, c}'
done
rm -rf "$tmp"
