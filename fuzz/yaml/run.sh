#!/usr/bin/env bash
# Builds the libFuzzer target for the YAML decoder and runs it.
#   fuzz/yaml/run.sh [seconds]      (default 600; corpus kept in /tmp, never committed)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
secs="${1:-600}"
out=/tmp/yaml-fuzz-build
flags=(-sanitize=fuzzer,address -g -Onone)
"$here/build-module.sh" "$out" "${flags[@]}"
swiftc -parse-as-library -module-name FuzzYAML -I "$out" -I "$here/../../Sources/CYAML" "${flags[@]}" \
  "$here/FuzzYAML.swift" "$out/libYAML.a" "$out/libGoValue.a" -lyaml -o "$out/fuzz-yaml"
mkdir -p /tmp/yaml-fuzz-corpus
# Seed with the oracle inputs.
python3 -c '
import json,hashlib,sys
d=json.load(open(sys.argv[1]))
for c in d["decode"]+d["values"]:
    s=c["src"].encode()
    open("/tmp/yaml-fuzz-corpus/"+hashlib.sha1(s).hexdigest(),"wb").write(s)
' "$here/../../testdata/yaml/cases.json"
# LeakSanitizer only ever reports the resolver's one-time static table at exit.
ASAN_OPTIONS=detect_leaks=0 "$out/fuzz-yaml" -max_total_time="$secs" -max_len=4096 -timeout=5 -rss_limit_mb=2048 /tmp/yaml-fuzz-corpus
