#!/usr/bin/env bash
# Checks that `polev validate` on JSON Lines runs in memory that does not grow with the file: generates JSON Lines
# datasets of 200,000 and 2,000,000 records (SampleDatasets, through the benchmarks' `generate` entry point), validates
# each with the Release build of polev under /usr/bin/time -v, and compares peak resident set sizes.
# Exits 1 if peak(2M) > 1.5 x peak(200k). Usage: benchmarks/memory-check.sh [work-dir]   (needs ~2 GB of disk)
# Also measures standard input (`polev validate - < file`) for the larger file, which must stream as well.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
WORK=${1:-${TMPDIR:-/tmp}/polev-memory-check}
SMALL=200000
LARGE=2000000
mkdir -p "$WORK"

if [[ ! -x /usr/bin/time ]]; then
    echo "installing GNU time"
    sudo=()
    if (( EUID != 0 )); then sudo=(sudo); fi
    "${sudo[@]}" apt-get update -q && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q time
fi

dotnet build -c Release src/PoliticalEvents.Cli -v quiet -nologo >/dev/null
dotnet build -c Release benchmarks/PoliticalEvents.Benchmarks -v quiet -nologo >/dev/null
POLEV=src/PoliticalEvents.Cli/bin/Release/net10.0/polev
GENERATE=benchmarks/PoliticalEvents.Benchmarks/bin/Release/net10.0/PoliticalEvents.Benchmarks

for n in "$SMALL" "$LARGE"; do
    file=$WORK/sample-$n.jsonl
    if [[ ! -s $file ]]; then
        echo "generating $file"
        "$GENERATE" generate "$n" "$file"
    fi
done

# peak_kb LABEL COMMAND...: runs polev validate under GNU time; prints "LABEL: N KiB peak RSS, S s" to stderr and N to stdout.
peak_kb() {
    local label=$1 log rc=0
    shift
    log=$WORK/time-$label.log
    /usr/bin/time -v -o "$log" "$@" >"$WORK/out-$label.txt" || rc=$?
    if (( rc != 0 )); then
        echo "$label: polev exited $rc:" >&2
        tail -n 3 "$WORK/out-$label.txt" >&2
        exit 2
    fi
    local kb secs
    kb=$(sed -nE 's/^\s*Maximum resident set size \(kbytes\): ([0-9]+)/\1/p' "$log")
    secs=$(sed -nE 's/^\s*Elapsed \(wall clock\) time.*: (.*)/\1/p' "$log")
    echo "$label: $(tail -n 1 "$WORK/out-$label.txt")" >&2
    echo "$label: peak RSS $kb KiB ($((kb / 1024)) MiB), wall clock $secs, $(stat -c %s "${@: -1}" 2>/dev/null || echo '?') bytes" >&2
    echo "$kb"
}

small=$(peak_kb "validate-$SMALL" "$POLEV" validate "$WORK/sample-$SMALL.jsonl")
large=$(peak_kb "validate-$LARGE" "$POLEV" validate "$WORK/sample-$LARGE.jsonl")
stdin=$(peak_kb "validate-stdin-$LARGE" sh -c '"$0" validate - < "$1"' "$POLEV" "$WORK/sample-$LARGE.jsonl")

ratio=$(awk -v a="$large" -v b="$small" 'BEGIN { printf "%.2f", a / b }')
ratio_stdin=$(awk -v a="$stdin" -v b="$small" 'BEGIN { printf "%.2f", a / b }')
echo "peak RSS: $SMALL records $((small / 1024)) MiB, $LARGE records $((large / 1024)) MiB (ratio $ratio), $LARGE from stdin $((stdin / 1024)) MiB (ratio $ratio_stdin); limit 1.5"
if awk -v a="$large" -v b="$small" -v c="$stdin" 'BEGIN { exit !(a > 1.5 * b || c > 1.5 * b) }'; then
    echo "FAIL: memory grows with the file"
    exit 1
fi
echo "ok"
