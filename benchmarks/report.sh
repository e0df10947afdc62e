#!/usr/bin/env bash
# The HTML report at scale: `polev report` of the 22-record example and of a 10,000-record generated dataset
# (SampleDatasets, JSON Lines): the time to write it (GNU time: wall clock, peak memory) and the page's size; then
# headless Chromium opening each page, timed to the DOM built (`--dump-dom`) and to the first screen drawn
# (`--screenshot`, which lays out and paints), against the same page without its lazy layout (the articles'
# `content-visibility:auto` taken out), in the same run, alternating, RUNS times each (medians printed).
# Usage: benchmarks/report.sh [work-dir] [runs]      (needs /usr/bin/chromium: apt-get install chromium)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
WORK=${1:-${TMPDIR:-/tmp}/polev-report}
RUNS=${2:-3}
mkdir -p "$WORK"
dotnet build -c Release src/PoliticalEvents.Cli -v quiet -nologo >/dev/null
dotnet build -c Release benchmarks/PoliticalEvents.Benchmarks -v quiet -nologo >/dev/null
POLEV=src/PoliticalEvents.Cli/bin/Release/net10.0/polev
[[ -s $WORK/sample-10000.jsonl ]] || benchmarks/PoliticalEvents.Benchmarks/bin/Release/net10.0/PoliticalEvents.Benchmarks generate 10000 "$WORK/sample-10000.jsonl"

# Seconds Chromium takes for one job on one page.
chromium_seconds() {
    local start end
    start=$(date +%s.%N)
    /usr/bin/chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$WORK/profile" \
        --window-size=1000,1400 "$1" "file://$2" >/dev/null 2>&1
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}

median() { sort -n | awk '{ a[NR] = $1 } END { printf "%.2f", a[int((NR + 1) / 2)] }'; }

for input in examples/belarus-2025.json "$WORK/sample-10000.jsonl"; do
    page=$WORK/$(basename "${input%.*}").html
    eager=$WORK/$(basename "${input%.*}")-eager.html
    /usr/bin/time -f "%e %M" -o "$WORK/time" "$POLEV" report "$input" --out "$page" --as-of 2026-01-01 2>/dev/null
    read -r seconds kb < "$WORK/time"
    sed 's/\.item{content-visibility:auto;contain-intrinsic-size:auto 8rem}//' "$page" > "$eager"
    printf '%-22s written in %5.2f s (peak %4d MiB), %6d KiB\n' "$(basename "$input")" "$seconds" $((kb / 1024)) $(( $(stat -c %s "$page") / 1024 ))
    for job in --dump-dom "--screenshot=$WORK/shot.png"; do
        lazy=() plain=()
        for ((run = 0; run < RUNS; run++)); do
            lazy+=("$(chromium_seconds "$job" "$page")")
            plain+=("$(chromium_seconds "$job" "$eager")")
        done
        printf '  Chromium %-12s as written %5.2f s   without lazy layout %5.2f s   (median of %d)\n' \
            "${job%%=*}" "$(printf '%s\n' "${lazy[@]}" | median)" "$(printf '%s\n' "${plain[@]}" | median)" "$RUNS"
    done
done
