#!/usr/bin/env bash
# Benchmark (not a test): a generated ~10 MB values file, decoded and re-encoded with
# toYaml by our YAML module (release build) and by the reference Helm rendering
# `{{ toYaml .Values }}` of the same file, in the same run.
#   bench/yaml/run.sh [megabytes]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
mb="${1:-10}"
work=/tmp/yaml-bench
rm -rf "$work"; mkdir -p "$work/chart/templates"
python3 - "$mb" "$work/values.yaml" <<'PY'
import random, sys
target = int(sys.argv[1]) * 1_000_000
r = random.Random(7)
words = ["alpha", "beta", "gamma", "yes", "1.5", "0x1F", "hello world", "2024-01-01", "a: b", "é", "1000000"]
out, size, i = [], 0, 0
while size < target:
    block = ["svc%06d:" % i, "  name: service-%d" % i, "  replicas: %d" % r.randint(1, 9),
             "  ratio: %r" % r.random(), "  enabled: %s" % r.choice(["true", "no", "on"]),
             "  tags: [%s]" % ", ".join(r.choice(words) for _ in range(4)),
             "  env:", "  - name: K%d" % i, "    value: \"%s\"" % r.choice(words),
             "  text: |", "    line one %d" % i, "    line two", "  nested: {a: {b: {c: %d}}}" % i]
    s = "\n".join(block) + "\n"
    out.append(s); size += len(s); i += 1
open(sys.argv[2], "w").write("".join(out))
PY
printf 'apiVersion: v2\nname: bench\nversion: 0.1.0\n' > "$work/chart/Chart.yaml"
printf '{{ toYaml .Values }}\n' > "$work/chart/templates/t.yaml"

out=/tmp/yaml-bench-build
"$root/fuzz/yaml/build-module.sh" "$out" -O
swiftc -parse-as-library -module-name BenchYAML -I "$out" -I "$root/Sources/CYAML" -O \
  "$here/BenchYAML.swift" "$out/libYAML.a" "$out/libGoValue.a" -lyaml -o "$out/bench-yaml"
"$out/bench-yaml" "$work/values.yaml"

helm="$("$root/../shared/tools/reference-helm" 2>/dev/null || /work/shared/tools/reference-helm)"
size=$(stat -c %s "$work/values.yaml")
start=$(date +%s.%N)
# Passed with -f: Helm refuses a chart's own values.yaml above 5 MB.
"$helm" template r "$work/chart" -f "$work/values.yaml" > /dev/null
end=$(date +%s.%N)
python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); mb=int(sys.argv[3])/1e6; print('helm : %.1f MB load+render(toYaml) in %.2fs = %.1f MB/s' % (mb, s, mb/s))" "$start" "$end" "$size"
