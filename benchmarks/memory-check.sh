#!/usr/bin/env bash
# Checks that `polev validate` on JSON Lines runs in memory that does not grow with the file: generates JSON Lines
# datasets of 200,000 and 2,000,000 records (SampleDatasets, through the benchmarks' `generate` entry point), validates
# each with the Release build of polev under /usr/bin/time -v, and compares peak resident set sizes.
# Exits 1 if peak(2M) > 1.5 x peak(200k). Usage: benchmarks/memory-check.sh [work-dir]   (needs ~8 GB of disk)
# Also validates a findings-heavy input (60 % of the records without sources: a warning each), whose findings are
# written as found, in text and in SARIF. Also measures standard input (`polev validate - < file`) for the larger file, which must stream as well, and
# `polev convert` from JSON Lines to a document and back (which must give back the same bytes), and `polev stats`
# (which keeps 8 bytes per detention for the deaths in custody of format 1.1).
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
    # Findings-heavy: 60 % of the records without sources, one record.noSources warning each.
    file=$WORK/unsourced-$n.jsonl
    if [[ ! -s $file ]]; then
        echo "generating $file"
        "$GENERATE" generate "$n" "$file" --unsourced-percent 60
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

# check NAME SMALL_KB LARGE_KB: one comparison; remembers a failure.
failed=0
check() {
    local ratio
    ratio=$(awk -v a="$3" -v b="$2" 'BEGIN { printf "%.2f", a / b }')
    if awk -v a="$3" -v b="$2" 'BEGIN { exit !(a > 1.5 * b) }'; then
        echo "$1: $(($2 / 1024)) MiB -> $(($3 / 1024)) MiB, ratio $ratio: FAIL (limit 1.5)"
        failed=1
    else
        echo "$1: $(($2 / 1024)) MiB -> $(($3 / 1024)) MiB, ratio $ratio: ok"
    fi
}

small=$(peak_kb "validate-$SMALL" "$POLEV" validate "$WORK/sample-$SMALL.jsonl")
large=$(peak_kb "validate-$LARGE" "$POLEV" validate "$WORK/sample-$LARGE.jsonl")
stdin=$(peak_kb "validate-stdin-$LARGE" sh -c '"$0" validate - < "$1"' "$POLEV" "$WORK/sample-$LARGE.jsonl")
# Findings written as found: text, and SARIF (a JSON document, written as the findings come too).
warn_small=$(peak_kb "validate-warnings-$SMALL" "$POLEV" validate "$WORK/unsourced-$SMALL.jsonl")
warn_large=$(peak_kb "validate-warnings-$LARGE" "$POLEV" validate "$WORK/unsourced-$LARGE.jsonl")
sarif_small=$(peak_kb "validate-sarif-$SMALL" "$POLEV" validate "$WORK/unsourced-$SMALL.jsonl" --format sarif)
sarif_large=$(peak_kb "validate-sarif-$LARGE" "$POLEV" validate "$WORK/unsourced-$LARGE.jsonl" --format sarif)
stats_small=$(peak_kb "stats-$SMALL" "$POLEV" stats "$WORK/sample-$SMALL.jsonl" --as-of 2026-01-01)
stats_large=$(peak_kb "stats-$LARGE" "$POLEV" stats "$WORK/sample-$LARGE.jsonl" --as-of 2026-01-01)

# Conversions: JSON Lines to a document, and that document back to JSON Lines (each output deleted once measured).
for n in "$SMALL" "$LARGE"; do
    peak_kb "to-json-$n" "$POLEV" convert "$WORK/sample-$n.jsonl" "$WORK/sample-$n.json" >"$WORK/kb-to-json-$n"
    peak_kb "to-jsonl-$n" "$POLEV" convert "$WORK/sample-$n.json" "$WORK/back-$n.jsonl" >"$WORK/kb-to-jsonl-$n"
    if ! cmp -s "$WORK/sample-$n.jsonl" "$WORK/back-$n.jsonl"; then
        echo "FAIL: $n records: JSON Lines -> document -> JSON Lines did not come back byte for byte"
        failed=1
    fi
    rm -f "$WORK/sample-$n.json" "$WORK/back-$n.jsonl"
done

echo "peak resident set size, $SMALL -> $LARGE records:"
check "validate JSON Lines          " "$small" "$large"
check "validate from standard input " "$small" "$stdin"
check "validate, 60 % with a warning " "$warn_small" "$warn_large"
check "validate --format sarif, 60 % " "$sarif_small" "$sarif_large"
check "stats JSON Lines             " "$stats_small" "$stats_large"
check "convert JSON Lines to document" "$(cat "$WORK/kb-to-json-$SMALL")" "$(cat "$WORK/kb-to-json-$LARGE")"
check "convert document to JSON Lines" "$(cat "$WORK/kb-to-jsonl-$SMALL")" "$(cat "$WORK/kb-to-jsonl-$LARGE")"
if (( failed )); then
    echo "FAIL: memory grows with the file"
    exit 1
fi
echo "ok"
