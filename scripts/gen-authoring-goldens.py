#!/usr/bin/env python3
"""Regenerates testdata/authoring/goldens.json from the reference Helm.

Three tables, each case run by the reference Helm with the working directory
inside testdata/authoring so chart paths stay relative:

  lint:    `helm lint ARGS` in testdata/authoring/lint; stdout, stderr, exit status.
           Helm prints some paths absolute; the absolute lint folder is replaced by
           `{DIR}` (the tests substitute their own folder the same way).
  template: `helm template ARGS` in testdata/authoring/lint (charts made for lint whose
           rendered YAML is also refused by `template`); stdout, stderr, exit status.
  show:    `helm show PART CHART` in testdata/authoring/show (and the shipped charts).
  package: `helm package CHART -d DEST` (run in the repository root) for every chart
           folder under testdata/ and charts/ (every folder holding a Chart.yaml, subcharts
           too; links are not followed): exit status, stdout and stderr (the repository root
           written `{ROOT}`, DEST `{DEST}`), and on success each archive entry in order as
           `tar -tzvf` shows it: name, type flag, mode, uid/gid, owner names, size, the
           sha256 of its contents, and its mtime. Helm stores a file's own modification
           time (rounded to the second as Go's tar writer rounds), so an mtime equal to the
           source file's is recorded as "file"; any other (Chart.lock's `generated` time,
           entries of a subchart archive) as the number. Gzip bytes are not compared.
           Helm writes sibling subcharts in Go map order, which changes from run to run,
           so entries are stably sorted by the chain of subchart names in their path
           (the chart's own files first, each subchart's block whole, in Helm's order within).
  packageArgs: `helm package ARGS` in the repository root for flags and failures around the
           charts (not a folder, no Chart.yaml, --version/--app-version, several charts, a
           destination that is a file or must be made): exit status, stdout, stderr, and each
           archive written under DEST with the sha256 of its Chart.yaml. `{DEST}` in ARGS is a
           fresh folder holding one regular file, `file`.
  dependency: testdata/authoring/deps copied to a temporary folder; `helm dependency
           list`, `update`, `list` again and `build` on `app`, with the Chart.lock written
           (its `generated` time line dropped) and the archives left in charts/; then
           `list` on `app2` after app's lib archive is copied into its charts/ twice.

Helm names itself in some messages (`"helm lint" requires at least 1 argument`, `Usage:  helm
lint PATH`); the tests read `"helm ` and `Usage:  helm ` there as `chart`.

Usage: scripts/gen-authoring-goldens.py [path/to/helm]   (default: the reference Helm v4)
"""
import glob
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile

from helm_oracle import reference_helm

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AUTHORING = os.path.join(ROOT, "testdata", "authoring")
LINT = os.path.join(AUTHORING, "lint")
SHOW = os.path.join(AUTHORING, "show")
OUT_FILE = os.path.join(AUTHORING, "goldens.json")


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
    ["deprecated-api", "--kube-version", ""],
    ["deprecated-api", "--kube-version", "abc"],
    ["deprecated-more", "--kube-version", "1.21"],
    ["deprecated-more", "--kube-version", "1.20.5"],
    ["../../../charts/mysql", "--strict"],
    ["../../../charts/redis", "--strict"],
    ["../../../charts/wecloud-service", "--strict"],
] + [["nil-map-key", "--set", "key=" + key] for key in ["sequence", "mapping", "nested", "null", "tagged"]] + [
    # Charts of the other tables: symbolic links logged on every load (stderr, `{ROOT}` for the
    # repository), --with-subcharts not following linked subchart folders, YAML stream shapes,
    # import-values warnings.
    ["../../charts/symlinked"], ["../../charts/symlinked", "--with-subcharts"], ["../../charts/err-symlink"],
    ["../../../charts/chat", "--strict"], ["../../../charts/wecloud", "--with-subcharts"],
    ["../../charts/subcharts", "--with-subcharts"], ["../../charts/kinds"], ["../../charts/compat-kinds"],
    ["../../charts/notes"], ["../deps/app"], ["../../charts/crds", "--strict"],
    ["../package/v2-requirements", "--with-subcharts"],
] + [
    ["yaml-shapes", "--set", "shape=" + shape] for shape in ["string", "array", "number", "bool", "separator", "kind-list",
                                                             "metadata-scalar", "name-list", "api-object"]] + [
    ["./nope"], ["../../charts/values/bad.yaml"], [], ["./parent-with-sub/../parent-with-sub", "--with-subcharts"],
    ["../../charts/errors", "-f", "../../charts/values/mode-required-empty.yaml"],
    ["../../charts/errors", "-f", "../../charts/values/mode-required.yaml"],
]

# `helm template ARGS` in testdata/authoring/lint: YAML errors lint also reports, seen by template.
TEMPLATE_CASES = [["r", "nil-map-key", "--set", "key=" + key] for key in ["plain", "sequence", "mapping", "nested", "tagged"]]

DEPS = os.path.join(AUTHORING, "deps")

SHOW_CASES = [[part, chart] for chart in ["full", "bare", "dashcrd"] for part in ["chart", "values", "readme", "crds", "all"]] + [
    ["all", "../../../charts/mysql"],
    # Symbolic links logged; a separator before every CRD file; the v2 loader (apiVersion v3 shows);
    # names that are not paths, read as repo/chart.
    ["all", "../../charts/symlinked"], ["values", "../../../charts/wecloud"], ["chart", "../../charts/err-symlink"],
    ["crds", "../../charts/crds"], ["all", "../../charts/crds"], ["chart", "../../charts/err-apiv3"],
    ["chart", "../lint/bad-apiversion"], ["chart", "../../charts/values"], ["chart", "../../charts/err-noname"],
    ["chart", "nope"], ["chart", "nope/x"], ["chart", "./nope"], ["chart", "nope.tgz"],
    ["chart", "../../charts/packaged/toml-0.1.0.tgz"], ["chart", "../../charts/err-apiv3/Chart.yaml"],
    ["values", "../package/v2-requirements"], ["chart"], ["values", "full", "bare"],
]

def package_charts():
    """Every chart folder under testdata/ and charts/, subcharts included, links not followed."""
    found = []
    for base in ["testdata", "charts"]:
        for folder, subfolders, files in os.walk(os.path.join(ROOT, base)):
            subfolders.sort()
            if "Chart.yaml" in files:
                found.append(folder)
    return sorted(found)


CLEAN = "testdata/authoring/lint/clean"
PACKAGE_ARGS = [
    [CLEAN + "/Chart.yaml", "-d", "{DEST}"],
    ["testdata/charts/packaged", "-d", "{DEST}"],
    ["nope", "-d", "{DEST}"],
    [],
    [CLEAN, "-d", "{DEST}/file"],
    [CLEAN, "-d", "{DEST}/file/sub"],
    [CLEAN, "-d", "{DEST}/new/deeper"],
    [CLEAN, "--destination", "{DEST}/./new/../other/"],
    [CLEAN, "--version", "abc", "-d", "{DEST}"],
    [CLEAN, "--version", "v2.0", "--app-version", "3", "-d", "{DEST}"],
    [CLEAN, "--app-version", "1.0.0-rc.1+b", "-d", "{DEST}"],
    [CLEAN, "testdata/authoring/lint/no-name", "-d", "{DEST}"],
    ["testdata/authoring/lint/no-name", CLEAN, "-d", "{DEST}"],
    [CLEAN, "testdata/authoring/show/full", "-d", "{DEST}"],
    ["testdata/authoring/show/full", "--version", "9.9.9", "--app-version", "two words", "-d", "{DEST}"],
]


def package_args_case(helm, args):
    with tempfile.TemporaryDirectory() as dest:
        open(os.path.join(dest, "file"), "w").close()
        p = subprocess.run([helm, "package"] + [a.replace("{DEST}", dest) for a in args], cwd=ROOT,
                           capture_output=True, text=True)
        written = {}
        for folder, _, files in os.walk(dest):
            for name in files:
                path = os.path.join(folder, name)
                if name.endswith(".tgz"):
                    with tarfile.open(path) as tar:
                        head = [m for m in tar.getmembers() if m.name.count("/") == 1 and m.name.endswith("/Chart.yaml")]
                        written[os.path.relpath(path, dest)] = hashlib.sha256(tar.extractfile(head[0]).read()).hexdigest()
        return {"args": args, "exit": p.returncode, "written": written,
                "stdout": p.stdout.replace(dest, "{DEST}").replace(ROOT, "{ROOT}"),
                "stderr": p.stderr.replace(dest, "{DEST}").replace(ROOT, "{ROOT}")}


def subchart_chain(name):
    """`top/charts/a/charts/b/x.yaml` -> ["a", "b"]: the subcharts an entry sits in."""
    parts, chain = name.split("/")[1:], []
    while len(parts) > 2 and parts[0] == "charts":
        chain.append(parts[1])
        parts = parts[2:]
    return chain


def package_case(helm, chart):
    rel = os.path.relpath(chart, ROOT)
    with tempfile.TemporaryDirectory() as dest:
        p = subprocess.run([helm, "package", rel, "-d", dest], cwd=ROOT, capture_output=True, text=True)
        case = {"chart": rel, "exit": p.returncode,
                "stdout": p.stdout.replace(dest, "{DEST}").replace(ROOT, "{ROOT}"),
                "stderr": p.stderr.replace(dest, "{DEST}").replace(ROOT, "{ROOT}"),
                "archive": "", "entries": []}
        names = [f for f in os.listdir(dest) if f.endswith(".tgz")]
        if p.returncode != 0:
            assert not names, rel
            return case
        case["archive"] = names[0]
        with tarfile.open(os.path.join(dest, names[0])) as tar:
            for member in tar.getmembers():
                data = tar.extractfile(member).read() if member.isfile() else b""
                source = os.path.join(chart, member.name.split("/", 1)[1])
                try:
                    own = os.stat(source).st_mtime
                except OSError:
                    own = None
                mtime = "file" if own is not None and round(own) == member.mtime else member.mtime
                case["entries"].append({
                    "name": member.name, "type": member.type.decode(), "mode": "%04o" % member.mode,
                    "uid": member.uid, "gid": member.gid, "uname": member.uname, "gname": member.gname,
                    "size": member.size, "mtime": mtime, "sha256": hashlib.sha256(data).hexdigest()})
    case["entries"].sort(key=lambda e: subchart_chain(e["name"]))
    return case


def run(helm, args, cwd):
    p = subprocess.run([helm] + args, cwd=cwd, capture_output=True, text=True)
    def placeholders(text):
        return text.replace(LINT, "{DIR}").replace(ROOT, "{ROOT}")
    return placeholders(p.stdout), placeholders(p.stderr), p.returncode


def main():
    helm = reference_helm()
    env_home = tempfile.mkdtemp()
    os.environ["HELM_CACHE_HOME"] = os.path.join(env_home, "cache")
    os.environ["HELM_CONFIG_HOME"] = os.path.join(env_home, "config")
    os.environ["HELM_DATA_HOME"] = os.path.join(env_home, "data")
    out = {"lint": [], "template": [], "show": [], "package": [], "packageArgs": []}
    for args in LINT_CASES:
        stdout, stderr, code = run(helm, ["lint"] + args, LINT)
        out["lint"].append({"args": args, "stdout": stdout, "stderr": stderr, "exit": code})
    for args in TEMPLATE_CASES:
        stdout, stderr, code = run(helm, ["template"] + args, LINT)
        out["template"].append({"args": args, "stdout": stdout, "stderr": stderr, "exit": code})
    for args in SHOW_CASES:
        stdout, stderr, code = run(helm, ["show"] + args, SHOW)
        out["show"].append({"args": args, "stdout": stdout, "stderr": stderr, "exit": code})
    for chart in package_charts():
        out["package"].append(package_case(helm, chart))
    for args in PACKAGE_ARGS:
        out["packageArgs"].append(package_args_case(helm, args))
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
        keys = ["lint", "template", "show", "package", "packageArgs", "dependency"]
        for i, key in enumerate(keys):
            f.write(json.dumps(key) + ": [\n")
            f.write(",\n".join(json.dumps(c, sort_keys=True) for c in out[key]))
            f.write("\n]" + ("," if i < len(keys) - 1 else "") + "\n")
        f.write("}\n")


if __name__ == "__main__":
    main()
