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
mkdir -p corpus/csv corpus/jsonl corpus/json corpus/values corpus/xlsx corpus/jsonstream
cp ../SampleFeeds/mentions.csv ../SampleFeeds/formats/*.csv corpus/csv/
head -20 ../SampleFeeds/live.jsonl > corpus/jsonl/live.jsonl
cp ../SampleFeeds/formats/*.jsonl corpus/jsonl/
cp ../SampleFeeds/formats/*.json ../SampleFeeds/formats/*.js corpus/json/
for f in ../Tests/Fixtures/real/*/*.json; do [ "$(wc -c < "$f")" -le 65536 ] && cp "$f" "corpus/json/$(basename "$(dirname "$f")")-$(basename "$f")"; done
cp ../SampleFeeds/formats/generic.json ../SampleFeeds/formats/facebook-comments.json ../SampleFeeds/formats/reddit.json \
  ../SampleFeeds/formats/mastodon.json ../SampleFeeds/formats/telegram-result.json corpus/jsonstream/
printf '{"meta": {"a": "]}"}, "data": [{"id": "1", "created_at": "2026-11-21T10:00:00Z", "text": "a\\u00e9"}, 5, {"id": 2}]}' > corpus/jsonstream/wrapped
cp ../SampleFeeds/formats/spreadsheet.xlsx corpus/xlsx/
printf '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>created_at</t></is></c><c t="s"><v>0</v></c></row><row><c s="1"><v>46347.5</v></c><c t="inlineStr"><is><r><t>a &amp; _x000D_</t></r></is></c></row></sheetData><si><t>text</t></si>' > corpus/xlsx/sheet.xml
printf '2026-11-21T10:00:00.5+01:00' > corpus/values/iso
printf 'Sat Nov 21 10:00:00 +0000 2026' > corpus/values/twitter
printf '21-Nov-2026 03:04PM' > corpus/values/meltwater
printf '1.2M' > corpus/values/count
targets="${FUZZ_TARGETS:-FuzzCSV:csv FuzzJSONLines:jsonl FuzzJSONDocuments:json FuzzJSONStream:jsonstream FuzzXLSX:xlsx FuzzValues:values}"
for pair in $targets; do
  target="${pair%%:*}"; corpus="${pair##*:}"
  mkdir -p "work/$corpus"
  echo "== $target for ${seconds}s"
  # FuzzXLSX builds its workbooks with ZIPFoundation's in-memory archive, which leaks its file
  # when it rejects one (upstream); Vigil itself reads zips with its own reader.
  leaks=1; [ "$target" = FuzzXLSX ] && leaks=0
  ".build/release/$target" "work/$corpus" "corpus/$corpus" -max_total_time="$seconds" -max_len=65536 -detect_leaks=$leaks \
    -rss_limit_mb=4096 -artifact_prefix="artifacts/$target-" -print_final_stats=1 > "logs/$target.log" 2>&1 || echo "$target stopped: see logs/$target.log"
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|ERROR|SUMMARY" "logs/$target.log" || true
done
