#!/usr/bin/env python3
"""Compares `chart template` with `helm template` on real-world charts.

Each chart folder given on the command line is rendered with its default
values and once per file in its ci/ folder (and with a few flag variants),
by the reference Helm and by .build/debug/chart, with the same release name
and flags. stdout, the exit status and the `Error:` line are compared.

Helm is run twice per scenario: lines that differ between two Helm runs come
from random functions (randAlphaNum, genCA, uuidv4, bcrypt...) and are masked
in all outputs before comparing, so such charts still count.

Nothing here is committed test data: the charts are fetched by hand into a
scratch folder (see the compat report); this script only reports.

Usage: scripts/compat-check.py [--variants] [--values FILE]... [--quiet] [--lines N] CHART_DIR...
"""
import argparse
import difflib
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHART_BIN = os.path.join(ROOT, ".build", "debug", "chart")
RELEASE = "rel"


def reference_helm():
    tool = os.path.join(ROOT, "..", "shared", "tools", "reference-helm")
    if os.path.exists(tool):
        out = subprocess.run([tool], capture_output=True, text=True).stdout.strip().splitlines()
        if out and os.path.exists(out[-1]):
            return out[-1]
    return "/root/.cache/reference-helm/v4/helm"


def run(binary, args, cwd):
    try:
        p = subprocess.run([binary, "template", *args], capture_output=True, text=True, cwd=cwd, timeout=300)
    except subprocess.TimeoutExpired:
        return ("", "timeout", -1)
    return (p.stdout, p.stderr, p.returncode)


def error_line(stderr):
    for line in stderr.splitlines():
        if line.startswith("Error:"):
            return line
    return ""


def scenarios(chart, variants, extra_values):
    """(label, args) pairs; chart paths are relative to the chart's parent."""
    name = os.path.basename(os.path.normpath(chart))
    base = [RELEASE, "./" + name]
    out = [("default", base)]
    ci = os.path.join(chart, "ci")
    if os.path.isdir(ci):
        for f in sorted(os.listdir(ci)):
            if f.endswith((".yaml", ".yml")):
                out.append(("ci/" + f, base + ["-f", os.path.join(name, "ci", f)]))
    for f in extra_values:
        out.append(("-f " + os.path.basename(f), base + ["-f", os.path.abspath(f)]))
    if variants:
        out.append(("crds+kube1.29", base + ["--include-crds", "--kube-version", "1.29.3"]))
        out.append(("ns+upgrade", base + ["-n", "other", "--is-upgrade"]))
        out.append(("api-versions", base + ["-a", "monitoring.coreos.com/v1", "-a", "monitoring.coreos.com/v1/ServiceMonitor",
                                            "-a", "autoscaling.k8s.io/v1", "-a", "gateway.networking.k8s.io/v1"]))
    return out


def masked(text, volatile):
    if not volatile:
        return text.splitlines()
    return ["<random>" if i in volatile else l for i, l in enumerate(text.splitlines())]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("charts", nargs="+")
    ap.add_argument("--variants", action="store_true", help="also --include-crds/--kube-version, -n/--is-upgrade and --api-versions")
    ap.add_argument("--values", action="append", default=[], metavar="FILE",
                    help="an extra scenario per chart with this values file (e.g. common toggles)")
    ap.add_argument("--lines", type=int, default=8, help="diff lines to print per difference")
    ap.add_argument("--quiet", action="store_true", help="only the summary and names of differences")
    opts = ap.parse_args()
    helm = reference_helm()
    same = compared = skipped = 0
    for chart in opts.charts:
        chart = os.path.abspath(chart)
        cwd = os.path.dirname(chart)
        for label, args in scenarios(chart, opts.variants, opts.values):
            tag = f"{os.path.basename(chart)} [{label}]"
            h1 = run(helm, args, cwd)
            h2 = run(helm, args, cwd)
            l1, l2 = h1[0].splitlines(), h2[0].splitlines()
            if h1[2] != h2[2] or len(l1) != len(l2):
                print(f"SKIP {tag}: Helm itself is not deterministic here")
                skipped += 1
                continue
            volatile = {i for i, (a, b) in enumerate(zip(l1, l2)) if a != b}
            ours = run(CHART_BIN, args, cwd)
            compared += 1
            hout, oout = masked(h1[0], volatile), masked(ours[0], volatile)
            herr, oerr = error_line(h1[1]), error_line(ours[1])
            if hout == oout and h1[2] == ours[2] and herr == oerr:
                same += 1
                if not opts.quiet:
                    print(f"SAME {tag}" + (f" ({len(volatile)} random lines masked)" if volatile else ""))
                continue
            print(f"DIFF {tag}: exit helm={h1[2]} chart={ours[2]}")
            if opts.quiet:
                continue
            if herr != oerr:
                print(f"  helm : {herr}\n  chart: {oerr}")
                if not oerr and ours[1].strip():
                    print("  chart stderr: " + ours[1].strip().splitlines()[-1][:300])
            diff = list(difflib.unified_diff(hout, oout, "helm", "chart", n=1, lineterm=""))
            for line in diff[2:2 + opts.lines]:
                print("  " + line[:300])
    print(f"{same} identical / {compared} compared" + (f" ({skipped} skipped: Helm not deterministic)" if skipped else ""))
    return 0 if same == compared else 1


if __name__ == "__main__":
    sys.exit(main())
