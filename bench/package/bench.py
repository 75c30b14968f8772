#!/usr/bin/env python3
"""Packages and loads a generated 50 MB chart with `chart` and the reference Helm, in the same run.

The chart (made under a temporary folder, never committed) holds 50 MB of files: half
incompressible bytes, half repetitive text, each file under Helm's 5 MiB per-file cap.
"package" times `package DIR -d OUT`; "load" times `template r OUT/bench-1.0.0.tgz`, which
reads, decompresses and checks every entry. MB/s counts the uncompressed 50 MB.

    bench/run.sh package [--runs N] [--chart-binary PATH]
"""
import argparse
import os
import pathlib
import random
import shutil
import statistics
import subprocess
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
MEGABYTES = 50


def reference_helm():
    for base in [ROOT, *ROOT.parents]:
        tool = base / "shared" / "tools" / "reference-helm"
        if tool.exists():
            return subprocess.run([str(tool)], check=True, capture_output=True, text=True).stdout.strip()
    raise SystemExit("reference-helm not found: put shared/ beside the repository")


def make_chart(folder):
    chart = folder / "bench"
    (chart / "templates").mkdir(parents=True)
    (chart / "files").mkdir()
    (chart / "Chart.yaml").write_text("apiVersion: v2\nname: bench\nversion: 1.0.0\n")
    (chart / "values.yaml").write_text("name: bench\n")
    (chart / "templates" / "cm.yaml").write_text(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.name }}\ndata:\n  files: {{ len (.Files.Glob \"files/*\") | quote }}\n")
    rng = random.Random(7)
    line = b"log line with some repeated text and a counter %08d\n"
    for i in range(MEGABYTES // 2):
        (chart / "files" / f"blob-{i:02}.bin").write_bytes(rng.randbytes(1 << 20))
        (chart / "files" / f"text-{i:02}.log").write_bytes(b"".join(line % n for n in range((1 << 20) // len(line % 0))))
    return chart


def timed(cmd, cwd):
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--chart-binary", default=str(ROOT / ".build/release/chart"))
    args = parser.parse_args()
    helm = reference_helm()
    work = pathlib.Path(tempfile.mkdtemp(prefix="chart-package-bench-"))
    try:
        chart = make_chart(work)
        size = sum(p.stat().st_size for p in chart.rglob("*") if p.is_file()) / 1e6
        results = {}
        for tool, binary in (("chart", args.chart_binary), ("helm", helm)):
            out = work / f"out-{tool}"
            out.mkdir()
            pack, load = [], []
            for _ in range(args.runs):
                pack.append(timed([binary, "package", str(chart), "-d", str(out)], work))
                load.append(timed([binary, "template", "r", str(out / "bench-1.0.0.tgz")], work))
            results[tool] = (statistics.median(pack), statistics.median(load), (out / "bench-1.0.0.tgz").stat().st_size / 1e6)
        print(f"chart of {size:.1f} MB ({args.runs} runs, medians)")
        print(f"{'':8} {'package s':>10} {'MB/s':>8} {'load s':>8} {'MB/s':>8} {'archive MB':>11}")
        for tool, (p, l, a) in results.items():
            print(f"{tool:8} {p:10.3f} {size / p:8.1f} {l:8.3f} {size / l:8.1f} {a:11.1f}")
        c, h = results["chart"], results["helm"]
        print(f"ratio chart/helm: package time {c[0] / h[0]:.2f}, load time {c[1] / h[1]:.2f}")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
