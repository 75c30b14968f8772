#!/usr/bin/env python3
"""Regenerates testdata/authoring/goldens.json from the reference Helm.

Three tables, each case run by the reference Helm with the working directory
inside testdata/authoring so chart paths stay relative:

  lint:    `helm lint ARGS` in testdata/authoring/lint; stdout, stderr, exit status.
           Helm prints some paths absolute; the absolute lint folder is replaced by
           `{DIR}` (the tests substitute their own folder the same way).
  show:    `helm show PART CHART` in testdata/authoring/show (and the shipped charts).
  package: `helm package CHART` into a temporary folder; the archive's entries in
           order with their contents (text), so the tests can compare our archive
           entry by entry. Timestamps and gzip bytes are not compared.
  dependency: testdata/authoring/deps copied to a temporary folder; `helm dependency
           list`, `update`, `list` again and `build` on `app`, with the Chart.lock written
           (its `generated` time line dropped) and the archives left in charts/; then
           `list` on `app2` after app's lib archive is copied into its charts/ twice.

Usage: scripts/gen-authoring-goldens.py [path/to/helm]   (default: the reference Helm v4)
"""
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AUTHORING = os.path.join(ROOT, "testdata", "authoring")
LINT = os.path.join(AUTHORING, "lint")
SHOW = os.path.join(AUTHORING, "show")
OUT_FILE = os.path.join(AUTHORING, "goldens.json")


def reference_helm():
    if len(sys.argv) > 1:
        return sys.argv[1]
    tool = os.path.join(ROOT, "..", "shared", "tools", "reference-helm")
    if os.path.exists(tool):
        out = subprocess.run([tool], capture_output=True, text=True).stdout.strip().splitlines()
        if out and os.path.exists(out[-1]):
            return out[-1]
    return "/root/.cache/reference-helm/v4/helm"


LINT_CASES = [[name] for name in sorted(os.listdir(LINT)) if os.path.isdir(os.path.join(LINT, name))] + [
    ["strict-missing-key", "--strict"],
    ["set-override", "--set", "a=notint"],
    ["set-override", "--set", "a=3"],
    ["clean", "--strict"],
    ["no-icon", "--strict"],
    ["deprecated-api", "--strict"],
    ["required-tolerated", "--strict"],
    ["bad-metadata-name", "--strict"],
    ["exec-error", "--strict"],
    ["clean", "no-name"],
    ["clean", "no-icon", "deprecated-api"],
    ["parent-with-sub", "--with-subcharts"],
    ["nonexistent"],
    ["deprecated-api", "--kube-version", "1.13"],
    ["deprecated-more", "--kube-version", "1.21"],
    ["deprecated-more", "--kube-version", "1.20.5"],
    ["../../../charts/mysql", "--strict"],
    ["../../../charts/redis", "--strict"],
    ["../../../charts/wecloud-service", "--strict"],
]

DEPS = os.path.join(AUTHORING, "deps")

SHOW_CASES = [[part, chart] for chart in ["full", "bare", "dashcrd"] for part in ["chart", "values", "readme", "crds", "all"]] + [
    ["all", "../../../charts/mysql"],
]

PACKAGE_CHARTS = [
    os.path.join(SHOW, "full"), os.path.join(SHOW, "bare"), os.path.join(LINT, "parent-with-sub"),
    os.path.join(LINT, "clean"), os.path.join(AUTHORING, "package", "locked"), os.path.join(ROOT, "charts", "mysql"), os.path.join(ROOT, "charts", "redis"),
]


def run(helm, args, cwd):
    p = subprocess.run([helm] + args, cwd=cwd, capture_output=True, text=True)
    return p.stdout.replace(LINT, "{DIR}"), p.stderr.replace(LINT, "{DIR}"), p.returncode


def main():
    helm = reference_helm()
    env_home = tempfile.mkdtemp()
    os.environ["HELM_CACHE_HOME"] = os.path.join(env_home, "cache")
    os.environ["HELM_CONFIG_HOME"] = os.path.join(env_home, "config")
    os.environ["HELM_DATA_HOME"] = os.path.join(env_home, "data")
    out = {"lint": [], "show": [], "package": []}
    for args in LINT_CASES:
        stdout, stderr, code = run(helm, ["lint"] + args, LINT)
        out["lint"].append({"args": args, "stdout": stdout, "stderr": stderr, "exit": code})
    for args in SHOW_CASES:
        stdout, stderr, code = run(helm, ["show"] + args, SHOW)
        out["show"].append({"args": args, "stdout": stdout, "stderr": stderr, "exit": code})
    for chart in PACKAGE_CHARTS:
        with tempfile.TemporaryDirectory() as dest:
            stdout, stderr, code = run(helm, ["package", chart, "-d", dest], ROOT)
            assert code == 0, stderr
            name = [f for f in os.listdir(dest) if f.endswith(".tgz")][0]
            entries = []
            with tarfile.open(os.path.join(dest, name)) as tar:
                for member in tar.getmembers():
                    data = tar.extractfile(member).read()
                    entries.append({"name": member.name, "mode": oct(member.mode), "data": data.decode("utf-8")})
        out["package"].append({"chart": os.path.relpath(chart, ROOT), "archive": name, "entries": entries})
    with tempfile.TemporaryDirectory() as work:
        root = os.path.join(work, "deps")
        shutil.copytree(DEPS, root)
        steps = []
        for args in [["list", "app"], ["update", "app"], ["list", "app"], ["build", "app"]]:
            p = subprocess.run([helm, "dependency"] + args, cwd=root, capture_output=True, text=True)
            steps.append({"args": args, "stdout": p.stdout, "stderr": p.stderr, "exit": p.returncode})
        with open(os.path.join(root, "app", "Chart.lock")) as f:
            lock = "".join(line for line in f if not line.startswith("generated:"))
        charts = sorted(os.listdir(os.path.join(root, "app", "charts")))
        out["dependency"] = [{"steps": steps, "lock": lock, "charts": charts}]
        # Statuses: app2's charts/ gets app's lib archive under its own name and as
        # other-1.0.0.tgz, so `list` reports wrong version, missing, misnamed, unpacked.
        lib = os.path.join(root, "app", "charts", "lib-0.2.5.tgz")
        shutil.copy(lib, os.path.join(root, "app2", "charts", "lib-0.2.5.tgz"))
        shutil.copy(lib, os.path.join(root, "app2", "charts", "other-1.0.0.tgz"))
        p = subprocess.run([helm, "dependency", "list", "app2"], cwd=root, capture_output=True, text=True)
        out["dependency"].append({"steps": [{"args": ["list", "app2"], "stdout": p.stdout, "stderr": p.stderr,
                                             "exit": p.returncode}], "lock": "", "charts": []})
    with open(OUT_FILE, "w") as f:
        f.write("{\n")
        keys = ["lint", "show", "package", "dependency"]
        for i, key in enumerate(keys):
            f.write(json.dumps(key) + ": [\n")
            f.write(",\n".join(json.dumps(c, sort_keys=True) for c in out[key]))
            f.write("\n]" + ("," if i < len(keys) - 1 else "") + "\n")
        f.write("}\n")


if __name__ == "__main__":
    main()
