#!/usr/bin/env bash
# Sets up a fresh machine, builds chart in release mode and renders the shipped chart.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --static-swift-stdlib --product chart >&2
chart_dir="${1:-charts/wecloud}"
[ -d "$chart_dir" ] || chart_dir=testdata/charts/example
exec .build/release/chart template wecloud "$chart_dir"
