#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for SECONDS (default 600) on its seed corpus.
# Crashes are written to Fuzz/artifacts/; logs to Fuzz/logs/.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"
swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
mkdir -p artifacts logs work
for pair in FuzzCSV:csv FuzzJSONLines:jsonl FuzzJSONDocuments:json FuzzValues:values; do
  target="${pair%%:*}"; corpus="${pair##*:}"
  mkdir -p "work/$corpus"
  echo "== $target for ${seconds}s"
  ".build/release/$target" "work/$corpus" "corpus/$corpus" -max_total_time="$seconds" -max_len=65536 \
    -rss_limit_mb=4096 -artifact_prefix="artifacts/$target-" -print_final_stats=1 > "logs/$target.log" 2>&1 || echo "$target stopped: see logs/$target.log"
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|ERROR|SUMMARY" "logs/$target.log" || true
done
