#!/usr/bin/env bash
# The HTML report at scale: `polev report` of a 10,000-record generated dataset (SampleDatasets, JSON Lines): the
# time to write it (GNU time: wall clock, peak memory), the page's size, and the time headless Chromium takes to
# open it and build its DOM (`--dump-dom`), against the same for the 22-record example.
# Usage: benchmarks/report.sh [work-dir]      (needs /usr/bin/chromium: apt-get install chromium)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
WORK=${1:-${TMPDIR:-/tmp}/polev-report}
mkdir -p "$WORK"
dotnet build -c Release src/PoliticalEvents.Cli -v quiet -nologo >/dev/null
dotnet build -c Release benchmarks/PoliticalEvents.Benchmarks -v quiet -nologo >/dev/null
POLEV=src/PoliticalEvents.Cli/bin/Release/net10.0/polev
[[ -s $WORK/sample-10000.jsonl ]] || benchmarks/PoliticalEvents.Benchmarks/bin/Release/net10.0/PoliticalEvents.Benchmarks generate 10000 "$WORK/sample-10000.jsonl"

for input in examples/belarus-2025.json "$WORK/sample-10000.jsonl"; do
    page=$WORK/$(basename "${input%.*}").html
    /usr/bin/time -f "%e %M" -o "$WORK/time" "$POLEV" report "$input" --out "$page" --as-of 2026-01-01 2>/dev/null
    read -r seconds kb < "$WORK/time"
    start=$(date +%s.%N)
    /usr/bin/chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$WORK/profile" --dump-dom "file://$page" >/dev/null 2>&1
    end=$(date +%s.%N)
    printf '%-22s written in %5.2f s (peak %4d MiB), %6d KiB; Chromium opens it in %5.2f s\n' \
        "$(basename "$input")" "$seconds" $((kb / 1024)) $(( $(stat -c %s "$page") / 1024 )) "$(echo "$end - $start" | bc)"
done
