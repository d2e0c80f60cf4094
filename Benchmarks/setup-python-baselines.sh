#!/usr/bin/env bash
# Installs Python's vaderSentiment 3.3.2 in a throwaway virtualenv for the sentiment baseline
# of vigil-bench (never used by CI or the product).
set -euo pipefail
venv="${VIGIL_BENCH_VENV:-/tmp/vigil-bench-venv}"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet vaderSentiment==3.3.2
echo "baseline ready: $venv/bin/python"
