#!/usr/bin/env python3
"""Benchmarks `chart template` against the reference `helm template` in the same run.

For each scenario both tools render the same chart with the same flags, alternately,
N times; the script checks the outputs are identical and prints the median wall time,
the median peak memory (max RSS) of each, and chart's ratio to Helm. Besides the shipped
charts it renders the largest chart under testdata/charts and a chart generated under /tmp
at run time (200 templates, each going through five levels of `include`).

    bench/run.sh render [--runs N] [--chart-binary PATH]
"""
import argparse
import os
import pathlib
import statistics
import subprocess
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]

SCENARIOS = [
    ("wecloud production", ["wecloud", "charts/wecloud", "-f", "charts/wecloud/ci/production-values.yaml"]),
    ("wecloud external-db", ["wecloud", "charts/wecloud", "-f", "charts/wecloud/ci/external-database-values.yaml"]),
    ("chat production", ["chat", "charts/chat", "-f", "charts/chat/ci/production-values.yaml"]),
    ("mysql minimal", ["db", "charts/mysql", "-f", "charts/mysql/ci/minimal-values.yaml"]),
]

GENERATED_TEMPLATES = 200
INCLUDE_DEPTH = 5


def largest_test_chart():
    """The renderable chart under testdata/charts with the most bytes (err-* charts fail on purpose)."""
    charts = ROOT / "testdata" / "charts"
    sizes = {}
    for chart in charts.iterdir():
        if (chart / "Chart.yaml").exists() and not chart.name.startswith("err-"):
            sizes[chart.name] = sum(f.stat().st_size for f in chart.rglob("*") if f.is_file())
    name = max(sizes, key=lambda n: (sizes[n], n))
    return f"testdata {name}", ["rel", str(charts.relative_to(ROOT) / name)]


def generate_chart(parent):
    """Writes a chart of GENERATED_TEMPLATES templates, each entering an INCLUDE_DEPTH-deep chain
    of named templates, and returns its path. Generated per run so nothing large is committed."""
    chart = pathlib.Path(parent) / "gen"
    (chart / "templates").mkdir(parents=True)
    (chart / "Chart.yaml").write_text("apiVersion: v2\nname: gen\nversion: 1.0.0\nappVersion: \"2.3.4\"\n")
    values = ["replicas: 2", "image:", "  repository: example/app", "  tag: v1", "labels:"]
    values += [f"  key{k}: value{k}" for k in range(10)]
    values += ["components:"] + [f"  c{i}: {{enabled: true, port: {8000 + i}}}" for i in range(GENERATED_TEMPLATES)]
    (chart / "values.yaml").write_text("\n".join(values) + "\n")
    helpers = []
    for level in range(1, INCLUDE_DEPTH + 1):
        if level < INCLUDE_DEPTH:
            body = (f'level{level}: {{{{ .name | quote }}}}\n'
                    f'{{{{ include "gen.level{level + 1}" . }}}}')
        else:
            body = ('labels:\n{{- range $k, $v := .root.Values.labels }}\n  {{ $k }}: {{ $v | quote }}\n{{- end }}\n'
                    'chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | trunc 63 }}')
        helpers.append(f'{{{{- define "gen.level{level}" -}}}}\n{body}\n{{{{- end -}}}}\n')
    (chart / "templates" / "_helpers.tpl").write_text("\n".join(helpers))
    for i in range(GENERATED_TEMPLATES):
        (chart / "templates" / f"cm{i:03}.yaml").write_text(f"""{{{{- $c := index .Values.components "c{i}" }}}}
{{{{- if $c.enabled }}}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{{{ printf "%s-c{i}" .Release.Name | trunc 63 | trimSuffix "-" }}}}
data:
  port: {{{{ $c.port | quote }}}}
  image: "{{{{ .Values.image.repository }}}}:{{{{ .Values.image.tag | default .Chart.AppVersion }}}}"
  meta: |
    {{{{- include "gen.level1" (dict "name" "c{i}" "root" $) | nindent 4 }}}}
{{{{- end }}}}
""")
    return chart


def reference_helm():
    for base in [ROOT, *ROOT.parents]:
        tool = base / "shared" / "tools" / "reference-helm"
        if tool.exists():
            return subprocess.run([str(tool)], check=True, capture_output=True, text=True).stdout.strip()
    raise SystemExit("reference-helm not found: put shared/ beside the repository")


def measure(cmd, out_path):
    """Runs cmd once; returns (wall seconds, peak RSS in MiB, stdout, CPU seconds of all threads).

    posix_spawn (vfork-like) rather than fork: a forked child starts with a copy of this
    Python process's resident memory, which getrusage counts in the child's peak."""
    start = time.perf_counter()
    pid = os.posix_spawn(cmd[0], cmd, os.environ, file_actions=[
        (os.POSIX_SPAWN_OPEN, 1, out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
        (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
    ])
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{cmd[0]} failed with status {status}")
    with open(out_path, "rb") as f:
        out = f.read()
    return elapsed, usage.ru_maxrss / 1024, out, usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--chart-binary", default=str(ROOT / ".build/release/chart"))
    args = parser.parse_args()
    helm = reference_helm()
    os.chdir(ROOT)
    tmp = tempfile.TemporaryDirectory(prefix="chart-bench-")
    out_path = os.path.join(tmp.name, "stdout")
    generated = generate_chart(tmp.name)
    scenarios = SCENARIOS + [largest_test_chart(),
                             (f"generated {GENERATED_TEMPLATES}x{INCLUDE_DEPTH}", ["rel", str(generated)])]
    # Wall time is the target; CPU time is printed too because on a shared machine wall time
    # partly measures the run queue.
    print(f"{'scenario':22} {'chart ms':>9} {'helm ms':>9} {'time':>6} {'chart MiB':>10} {'helm MiB':>9} {'mem':>6} "
          f"{'chart cpu':>10} {'helm cpu':>9} {'cpu':>6}  output")
    for name, flags in scenarios:
        ours, theirs = [], []
        same = True
        for _ in range(args.runs):
            a = measure([os.path.abspath(args.chart_binary), "template", *flags], out_path)
            b = measure([helm, "template", *flags], out_path)
            ours.append(a)
            theirs.append(b)
            same &= a[2] == b[2]
        t_ours = statistics.median(x[0] for x in ours) * 1000
        t_theirs = statistics.median(x[0] for x in theirs) * 1000
        m_ours = statistics.median(x[1] for x in ours)
        m_theirs = statistics.median(x[1] for x in theirs)
        c_ours = statistics.median(x[3] for x in ours) * 1000
        c_theirs = statistics.median(x[3] for x in theirs) * 1000
        print(f"{name:22} {t_ours:9.1f} {t_theirs:9.1f} {t_ours / t_theirs:6.2f} {m_ours:10.1f} {m_theirs:9.1f} "
              f"{m_ours / m_theirs:6.2f} {c_ours:10.1f} {c_theirs:9.1f} {c_ours / c_theirs:6.2f}  "
              f"{'identical' if same else 'DIFFERENT'}")


if __name__ == "__main__":
    main()
