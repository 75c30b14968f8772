#!/usr/bin/env bash
# Release-builds chart and times package and load of a 50 MB chart against the reference Helm.
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/setup.sh
swift build -c release --static-swift-stdlib --product chart >&2
exec python3 bench/package/bench.py "$@"
