#!/usr/bin/env python3
"""Benchmarks `chart template` against the reference `helm template` in the same run.

For each scenario both tools render the same chart with the same flags, alternately,
N times; the script checks the outputs are identical and prints the median wall time,
the median peak memory (max RSS) of each, and chart's ratio to Helm.

    bench/run.sh render [--runs N] [--chart-binary PATH]
"""
import argparse
import os
import pathlib
import statistics
import subprocess
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]

SCENARIOS = [
    ("wecloud production", ["wecloud", "charts/wecloud", "-f", "charts/wecloud/ci/production-values.yaml"]),
    ("wecloud external-db", ["wecloud", "charts/wecloud", "-f", "charts/wecloud/ci/external-database-values.yaml"]),
    ("chat production", ["chat", "charts/chat", "-f", "charts/chat/ci/production-values.yaml"]),
    ("mysql minimal", ["db", "charts/mysql", "-f", "charts/mysql/ci/minimal-values.yaml"]),
]


def reference_helm():
    for base in [ROOT, *ROOT.parents]:
        tool = base / "shared" / "tools" / "reference-helm"
        if tool.exists():
            return subprocess.run([str(tool)], check=True, capture_output=True, text=True).stdout.strip()
    raise SystemExit("reference-helm not found: put shared/ beside the repository")


def measure(cmd):
    """Runs cmd once; returns (seconds, peak RSS in MiB, stdout)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{cmd[0]} failed with status {status}")
    return elapsed, usage.ru_maxrss / 1024, out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--chart-binary", default=str(ROOT / ".build/release/chart"))
    args = parser.parse_args()
    helm = reference_helm()
    print(f"{'scenario':22} {'chart ms':>9} {'helm ms':>9} {'time':>6} {'chart MiB':>10} {'helm MiB':>9} {'mem':>6}  output")
    for name, flags in SCENARIOS:
        ours, theirs = [], []
        same = True
        for _ in range(args.runs):
            a = measure([args.chart_binary, "template", *flags])
            b = measure([helm, "template", *flags])
            ours.append(a)
            theirs.append(b)
            same &= a[2] == b[2]
        t_ours = statistics.median(x[0] for x in ours) * 1000
        t_theirs = statistics.median(x[0] for x in theirs) * 1000
        m_ours = statistics.median(x[1] for x in ours)
        m_theirs = statistics.median(x[1] for x in theirs)
        print(f"{name:22} {t_ours:9.1f} {t_theirs:9.1f} {t_ours / t_theirs:6.2f} {m_ours:10.1f} {m_theirs:9.1f} "
              f"{m_ours / m_theirs:6.2f}  {'identical' if same else 'DIFFERENT'}")


if __name__ == "__main__":
    main()
