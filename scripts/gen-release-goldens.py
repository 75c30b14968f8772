#!/usr/bin/env python3
"""Regenerates testdata/releases/install-dry-run.json from the reference Helm.

`helm install --dry-run=client` is the one release command Helm v4 runs without a
cluster; it prints the status block (NAME, LAST DEPLOYED, ..., HOOKS, MANIFEST,
NOTES) or, with `-o json`, the whole release object. Each case runs it with the
working directory testdata/charts and stores stdout, stderr and the exit status.
Wall-clock times differ on every run, so they are masked, here and in the test:
the `LAST DEPLOYED:` line's value becomes `<time>`, and every RFC 3339 time in the
JSON becomes `"<time>"`.

Usage: scripts/gen-release-goldens.py [path/to/helm]   (default: the reference Helm v4)
"""
import json
import os
import re
import subprocess
import sys
import tempfile

from helm_oracle import reference_helm

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHARTS = os.path.join(ROOT, "testdata", "charts")
OUT_FILE = os.path.join(ROOT, "testdata", "releases", "install-dry-run.json")

TIME_LINE = re.compile(r"^LAST DEPLOYED: .*$", re.M)
JSON_TIME = re.compile(r'"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)"')


def mask(text):
    return JSON_TIME.sub('"<time>"', TIME_LINE.sub("LAST DEPLOYED: <time>", text))


def cases():
    c = []

    def add(name, *args):
        c.append((name, list(args)))

    for chart in ["simple", "hooks", "notes", "subcharts", "example", "empty", "deprecated", "kinds", "builtins"]:
        add(chart, "rel", "./" + chart)
        add(chart + "-json", "rel", "./" + chart, "-o", "json")
    add("simple-namespace", "rel", "./simple", "-n", "myns")
    add("simple-set", "rel", "./simple", "--set", "replicaCount=3,image.tag=v2")
    add("simple-set-json", "rel", "./simple", "--set", "replicaCount=3", "-o", "json")
    add("simple-yaml", "rel", "./simple", "-o", "yaml")
    add("bad-name", "Bad_Name", "./simple")
    add("long-name", "a" * 54, "./simple")
    add("library", "rel", "./library")
    add("err-parse", "rel", "./err-parse")
    add("err-notes", "rel", "./err-notes")
    add("missing-dep", "rel", "./err-missing-dep")
    return c


def main():
    helm = reference_helm()
    out = []
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, HELM_CONFIG_HOME=home, HELM_CACHE_HOME=home, HELM_DATA_HOME=home,
                   KUBECONFIG=os.path.join(home, "none"), TZ="UTC")
        for name, args in cases():
            p = subprocess.run([helm, "install", *args, "--dry-run=client"], cwd=CHARTS, env=env,
                               capture_output=True, text=True)
            out.append({"name": name, "args": args, "stdout": mask(p.stdout), "stderr": p.stderr,
                        "status": p.returncode})
    with open(OUT_FILE, "w") as f:
        f.write("[\n" + ",\n".join(json.dumps(c, sort_keys=True) for c in out) + "\n]\n")
    print(f"{len(out)} cases -> {os.path.relpath(OUT_FILE, ROOT)}")


if __name__ == "__main__":
    main()
