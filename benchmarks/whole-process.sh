#!/usr/bin/env bash
# Whole-process speed of `polev validate`, as a user runs it, side by side in one run with the alternative a user
# might reach for: Node's JSON.parse plus Ajv against the project's generated record schema (structure only). polev
# as the tool package installs it on linux-x64 (Native AOT, `polev-aot`) and as the framework-dependent package every
# other platform gets (`polev`, JIT with tiered PGO off); also the JIT with .NET's default tiered PGO, and start-up
# (`polev --version`, and `polev validate --help`, which builds the whole command line). Generates a 200,000-record JSON Lines file (SampleDatasets) once; installs Ajv
# from npm into the work directory. Prints each run and the median of each.
# Usage: benchmarks/whole-process.sh [work-dir] [runs]      (needs node and npm, ~200 MB of disk)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
WORK=${1:-${TMPDIR:-/tmp}/polev-whole-process}
RUNS=${2:-5}
N=200000
mkdir -p "$WORK"

dotnet build -c Release src/PoliticalEvents.Cli -v quiet -nologo >/dev/null
dotnet build -c Release benchmarks/PoliticalEvents.Benchmarks -v quiet -nologo >/dev/null
POLEV=src/PoliticalEvents.Cli/bin/Release/net10.0/polev
dotnet publish -c Release -r linux-x64 src/PoliticalEvents.Cli -o "$WORK/aot" -v quiet -nologo >/dev/null
AOT=$WORK/aot/polev
FILE=$WORK/sample-$N.jsonl
[[ -s $FILE ]] || benchmarks/PoliticalEvents.Benchmarks/bin/Release/net10.0/PoliticalEvents.Benchmarks generate "$N" "$FILE"
if [[ ! -d $WORK/node_modules/ajv-formats ]]; then
    npm install --prefix "$WORK" --no-audit --no-fund --silent ajv@8.20.0 ajv-formats@3.0.1 >/dev/null
fi

# seconds LABEL COMMAND...: the wall time of one run, in seconds, on stdout; the command's own output is discarded.
seconds() {
    local start end
    start=$(date +%s.%N)
    "${@:2}" >/dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}

declare -A times
for ((run = 1; run <= RUNS; run++)); do
    times[startup]+=" $(seconds startup "$POLEV" --version)"
    times[startup-aot]+=" $(seconds startup "$AOT" --version)"
    times[help]+=" $(seconds help "$POLEV" validate --help)"
    times[help-aot]+=" $(seconds help "$AOT" validate --help)"
    times[polev-aot]+=" $(seconds polev-aot "$AOT" validate "$FILE")"
    times[polev]+=" $(seconds polev "$POLEV" validate "$FILE")"
    times[polev-default-pgo]+=" $(DOTNET_TieredPGO=1 seconds pgo "$POLEV" validate "$FILE")"
    times[node-ajv]+=" $(NODE_PATH=$WORK/node_modules seconds ajv node benchmarks/ajv-validate.js . "$FILE")"
done

echo "$(wc -l < "$FILE") lines, $(du -mL "$FILE" | cut -f1) MB: $FILE"
for label in startup startup-aot help help-aot polev polev-aot polev-default-pgo node-ajv; do
    median=$(tr ' ' '\n' <<< "${times[$label]}" | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    printf '%-18s median %6.2f s   runs:%s\n' "$label" "$median" "${times[$label]}"
done
