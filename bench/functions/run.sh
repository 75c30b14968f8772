#!/usr/bin/env bash
# Release-builds chart and times its template functions against the reference Helm.
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/setup.sh
swift build -c release --static-swift-stdlib --product chart >&2
exec python3 bench/functions/bench.py "$@"
