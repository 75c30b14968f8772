#!/usr/bin/env bash
# Builds the GoTemplate libFuzzer target (lexer + parser + executor) with ASan and
# runs it. Usage: fuzz/template/run.sh [seconds=600] [extra libFuzzer flags...]
# The corpus lives in a temp folder (never committed); crashes land in $OUT.
set -euo pipefail
cd "$(dirname "$0")/../.."
secs="${1:-600}"; shift || true
B="${FUZZ_BUILD:-/tmp/fuzz-template-build}"
OUT="${FUZZ_OUT:-/tmp/fuzz-template-out}"
mkdir -p "$B" "$OUT/corpus"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g)
swiftc "${flags[@]}" -wmo -module-name GoValue -emit-module-path "$B/GoValue.swiftmodule" \
  -c Sources/GoValue/*.swift -o "$B/GoValue.o"
swiftc "${flags[@]}" -wmo -module-name GoTemplate -I "$B" -emit-module-path "$B/GoTemplate.swiftmodule" \
  -c Sources/GoTemplate/*.swift -o "$B/GoTemplate.o"
swiftc "${flags[@]}" -I "$B" fuzz/template/FuzzTemplate.swift "$B/GoValue.o" "$B/GoTemplate.o" -o "$B/fuzz-template"
# Seed the corpus with the conformance templates.
python3 - "$OUT/corpus" <<'PY'
import hashlib, json, os, sys
d = json.load(open("testdata/template/conformance.json"))
for c in d["cases"]:
    t = c["template"].encode()
    open(os.path.join(sys.argv[1], hashlib.sha1(t).hexdigest()), "wb").write(t)
PY
cd "$OUT"
exec "$B/fuzz-template" -max_total_time="$secs" -max_len=1024 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 "$@" corpus
