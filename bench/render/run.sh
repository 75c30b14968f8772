#!/usr/bin/env bash
# Release-builds chart and times it against the reference Helm on the shipped charts.
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/setup.sh
swift build -c release --static-swift-stdlib --product chart >&2
exec python3 bench/render/bench.py "$@"
