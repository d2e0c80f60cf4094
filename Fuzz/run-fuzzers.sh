#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for SECONDS (default 600) on its seed corpus.
# Crashes are written to Fuzz/artifacts/; logs to Fuzz/logs/.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"
# A path dependency's source list can be cached stale; a clean build is about a minute.
swift package clean
swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
mkdir -p artifacts logs work
# Seed corpora from the sample workspace (not kept in git: they would duplicate it).
mkdir -p corpus/csv corpus/jsonl corpus/json corpus/values
cp ../SampleFeeds/mentions.csv ../SampleFeeds/formats/*.csv corpus/csv/
head -20 ../SampleFeeds/live.jsonl > corpus/jsonl/live.jsonl
cp ../SampleFeeds/formats/*.jsonl corpus/jsonl/
cp ../SampleFeeds/formats/*.json ../SampleFeeds/formats/*.js corpus/json/
printf '2026-11-21T10:00:00.5+01:00' > corpus/values/iso
printf 'Sat Nov 21 10:00:00 +0000 2026' > corpus/values/twitter
printf '21-Nov-2026 03:04PM' > corpus/values/meltwater
printf '1.2M' > corpus/values/count
for pair in FuzzCSV:csv FuzzJSONLines:jsonl FuzzJSONDocuments:json FuzzValues:values; do
  target="${pair%%:*}"; corpus="${pair##*:}"
  mkdir -p "work/$corpus"
  echo "== $target for ${seconds}s"
  ".build/release/$target" "work/$corpus" "corpus/$corpus" -max_total_time="$seconds" -max_len=65536 \
    -rss_limit_mb=4096 -artifact_prefix="artifacts/$target-" -print_final_stats=1 > "logs/$target.log" 2>&1 || echo "$target stopped: see logs/$target.log"
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|ERROR|SUMMARY" "logs/$target.log" || true
done
