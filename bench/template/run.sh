#!/usr/bin/env bash
# Release-mode benchmark of GoTemplate: parses and executes a generated 2,000-line
# template (nested ranges, defines, printf) and prints ms per run.
# Usage: bench/template/run.sh [runs=20]
set -euo pipefail
cd "$(dirname "$0")/../.."
B="${BENCH_BUILD:-/tmp/bench-template-build}"
mkdir -p "$B"
flags=(-O -wmo -parse-as-library)
swiftc "${flags[@]}" -module-name GoValue -emit-module-path "$B/GoValue.swiftmodule" \
  -c Sources/GoValue/*.swift -o "$B/GoValue.o"
swiftc "${flags[@]}" -module-name GoTemplate -I "$B" -emit-module-path "$B/GoTemplate.swiftmodule" \
  -c Sources/GoTemplate/*.swift -o "$B/GoTemplate.o"
swiftc -O -parse-as-library -I "$B" bench/template/TemplateBench.swift "$B/GoValue.o" "$B/GoTemplate.o" -o "$B/template-bench"
"$B/template-bench" "${1:-20}"
