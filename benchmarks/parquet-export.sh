#!/usr/bin/env bash
# The Parquet export at scale: `polev export --to parquet` of 200,000 and 2,000,000 generated records (SampleDatasets,
# JSON Lines), side by side with `polev export --to csv` of the same files: wall time and peak resident set size
# (GNU time), and bytes on disk against the JSON Lines input. Exits 1 if the Parquet export's peak memory at
# 2,000,000 records is more than 1.5 x its peak at 200,000 (memory must not grow with the input).
# Usage: benchmarks/parquet-export.sh [work-dir]      (needs ~6 GB of disk)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
WORK=${1:-${TMPDIR:-/tmp}/polev-parquet-export}
mkdir -p "$WORK"
dotnet build -c Release src/PoliticalEvents.Cli -v quiet -nologo >/dev/null
dotnet build -c Release benchmarks/PoliticalEvents.Benchmarks -v quiet -nologo >/dev/null
POLEV=src/PoliticalEvents.Cli/bin/Release/net10.0/polev
GENERATE=benchmarks/PoliticalEvents.Benchmarks/bin/Release/net10.0/PoliticalEvents.Benchmarks

declare -A peak
for n in 200000 2000000; do
    file=$WORK/sample-$n.jsonl
    [[ -s $file ]] || "$GENERATE" generate "$n" "$file"
    for to in parquet csv; do
        out=$WORK/$to-$n
        rm -rf "$out"
        /usr/bin/time -f "%e %M" -o "$WORK/time" "$POLEV" export --to "$to" "$file" --out "$out" 2>"$WORK/log" || { cat "$WORK/log"; exit 2; }
        read -r seconds kb < "$WORK/time"
        peak[$to-$n]=$kb
        printf '%-8s %9d records: %6.1f s, peak %4d MiB, %5d MiB on disk (JSON Lines: %d MiB)\n' \
            "$to" "$n" "$seconds" $((kb / 1024)) "$(du -sm "$out" | cut -f1)" "$(du -sm "$file" | cut -f1)"
    done
done

ratio=$(awk -v a="${peak[parquet-2000000]}" -v b="${peak[parquet-200000]}" 'BEGIN { printf "%.2f", a / b }')
echo "parquet peak memory, 2,000,000 against 200,000 records: x$ratio"
awk -v r="$ratio" 'BEGIN { exit !(r > 1.5) }' && { echo "FAIL: memory grows with the input"; exit 1; }
echo ok
