#!/usr/bin/env python3
"""Times the most used chart functions in `chart template` against `helm template`.

bench/functions/chart loops `iterations` times over a body of CALLS_PER_ITERATION function
calls (include, default, quote, toYaml, nindent, ... see templates/loop.yaml) and prints only a
total and the last iteration's values, so output stays tiny and must match Helm's exactly.
Each tool runs the chart at 0 and at N iterations, alternately, `--runs` times; the per-call
cost is (median(N) - median(0)) / (N * CALLS_PER_ITERATION), which removes start-up and
chart loading from the figure.

    bench/run.sh functions [--iterations N] [--runs R] [--chart-binary PATH]
"""
import argparse
import os
import pathlib
import statistics
import subprocess
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
CHART = "bench/functions/chart"
# Calls per loop body in templates/loop.yaml, including trunc and trimSuffix inside the
# included helper, each `len`, and the two `dict`s; keep in step with the template.
CALLS_PER_ITERATION = 43


def reference_helm():
    for base in [ROOT, *ROOT.parents]:
        tool = base / "shared" / "tools" / "reference-helm"
        if tool.exists():
            return subprocess.run([str(tool)], check=True, capture_output=True, text=True).stdout.strip()
    raise SystemExit("reference-helm not found: put shared/ beside the repository")


def measure(cmd):
    """Runs cmd once; returns ((wall seconds, CPU seconds), stdout).

    CPU time (user + system, all threads) is reported beside wall time because the
    benchmark machine is often shared: wall time then mostly measures the queue."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{cmd[0]} failed: {err.decode(errors='replace').strip()}")
    return (elapsed, usage.ru_utime + usage.ru_stime), out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iterations", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--chart-binary", default=str(ROOT / ".build/release/chart"))
    args = parser.parse_args()
    tools = {"chart": args.chart_binary, "helm": reference_helm()}
    times = {(t, n): [] for t in tools for n in (0, args.iterations)}
    outputs = {}
    for _ in range(args.runs):
        for n in (0, args.iterations):
            for tool, binary in tools.items():
                elapsed, out = measure([binary, "template", "fnbench", CHART, "--set", f"iterations={n}"])
                times[(tool, n)].append(elapsed)
                outputs.setdefault((tool, n), out)
    same = all(outputs[("chart", n)] == outputs[("helm", n)] for n in (0, args.iterations))
    calls = args.iterations * CALLS_PER_ITERATION
    print(f"{args.iterations} iterations x {CALLS_PER_ITERATION} calls, median of {args.runs} runs; "
          f"outputs {'identical' if same else 'DIFFERENT'}")
    ns = {}
    for tool in tools:
        for kind, k in (("wall", 0), ("cpu", 1)):
            base = statistics.median(x[k] for x in times[(tool, 0)])
            full = statistics.median(x[k] for x in times[(tool, args.iterations)])
            ns[(tool, kind)] = (full - base) / calls * 1e9
            print(f"{tool:6} {kind:4} start-up {base * 1000:8.1f} ms   loop {full * 1000:9.1f} ms"
                  f"   {ns[(tool, kind)]:8.1f} ns/call")
    for kind in ("wall", "cpu"):
        print(f"chart/helm per-call ratio ({kind}): {ns[('chart', kind)] / ns[('helm', kind)]:.2f}")
    if not same:
        for n in (0, args.iterations):
            if outputs[("chart", n)] != outputs[("helm", n)]:
                print(f"--- chart (iterations={n})\n{outputs[('chart', n)].decode(errors='replace')}"
                      f"--- helm\n{outputs[('helm', n)].decode(errors='replace')}")
        raise SystemExit(1)


if __name__ == "__main__":
    main()
