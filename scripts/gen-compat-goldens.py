#!/usr/bin/env python3
"""Regenerates testdata/goldens/compat.json from the reference Helm.

The cases render small charts under testdata/charts/compat-*: each one is a
reduction of an idiom found in a real-world chart (see scripts/compat-check.py)
where `chart template` once differed from `helm template`. Same layout as
scripts/gen-chart-goldens.py: one JSON object per case with args, stdout,
stderr and exit status, run with the working directory testdata/charts.

Usage: scripts/gen-compat-goldens.py [path/to/helm]   (default: the reference Helm v4)
"""
import json
import os
import subprocess
import sys
import tempfile

from helm_oracle import reference_helm

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHARTS = os.path.join(ROOT, "testdata", "charts")
OUT_FILE = os.path.join(ROOT, "testdata", "goldens", "compat.json")


def cases():
    """Every compat-* chart with default values, plus the extra command lines below."""
    c = [(d, ["r", "./" + d]) for d in sorted(os.listdir(CHARTS)) if d.startswith("compat-")]
    return c


def run(helm, name, args):
    env = dict(os.environ)
    env["HELM_CONFIG_HOME"] = tempfile.mkdtemp(prefix="helm-config-")
    p = subprocess.run([helm, "template"] + args, cwd=CHARTS, capture_output=True, env=env)
    stdout = p.stdout.decode("utf-8", "surrogateescape").replace(CHARTS, "{CHARTS}")
    stderr = p.stderr.decode("utf-8", "surrogateescape").replace(CHARTS, "{CHARTS}")
    return {"name": name, "args": args, "exit": p.returncode, "stdout": stdout, "stderr": stderr}


def main():
    helm = reference_helm()
    version = subprocess.run([helm, "version", "--short"], capture_output=True, text=True).stdout.strip()
    results = [run(helm, name, args) for name, args in cases()]
    os.makedirs(os.path.dirname(OUT_FILE), exist_ok=True)
    with open(OUT_FILE, "w") as fh:
        fh.write('{"helm": %s, "cases": [\n' % json.dumps(version))
        fh.write(",\n".join(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in results))
        fh.write("\n]}\n")
    print("%d cases -> %s" % (len(results), os.path.relpath(OUT_FILE, ROOT)))


if __name__ == "__main__":
    main()
