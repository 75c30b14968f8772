#!/usr/bin/env python3
"""Regenerates testdata/goldens/template.json from the reference Helm.

Each case is a `helm template` command line run with the working directory
testdata/charts (so chart paths are relative and no absolute path leaks into
the output). `{OUT}` in an argument stands for a fresh temporary directory
for --output-dir; the files Helm writes there are stored too, and every
occurrence of the temporary path in the output is replaced by `{OUT}`.

Stored per case: args, stdout, stderr (log lines and the `Error:` text),
exit status, and for --output-dir the written files. The absolute path of
testdata/charts, which Helm prints in some errors, is stored as `{CHARTS}`. One JSON object per
line keeps the file compact and diffs readable.

Cases using --post-renderer get HELM_PLUGINS set to a temporary copy of
testdata/plugins (stored as `"env": {"HELM_PLUGINS": "{PLUGINS}"}`); the tests do the same.

Inputs made once with `helm package` and committed (tiny): testdata/charts/tgzsub/charts/
kid-0.1.0.tgz (a subchart as an archive) and testdata/charts/packaged/toml-0.1.0.tgz.

Usage: scripts/gen-chart-goldens.py [path/to/helm]   (default: the reference Helm v4)
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

from helm_oracle import reference_helm

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHARTS = os.path.join(ROOT, "testdata", "charts")
PLUGINS = os.path.join(ROOT, "testdata", "plugins")
# Charts copied to a temporary {TMP} for cases that write into the chart folder.
COPIED = ["depup", "builtin-types"]
OUT_FILE = os.path.join(ROOT, "testdata", "goldens", "template.json")


def cases():
    c = []

    def add(name, *args):
        c.append((name, list(args)))

    add("simple", "r", "./simple")
    add("simple-default-name", "./simple")
    add("simple-namespace-upgrade", "r", "./simple", "-n", "myns", "--is-upgrade")
    add("simple-name-template", "./simple", "--name-template", 'x-{{ "y" }}')
    add("simple-show-only", "r", "./simple", "-s", "templates/service.yaml")
    add("simple-show-only-glob", "r", "./simple", "-s", "templates/*.yaml", "-s", "templates/service.yaml")
    add("simple-show-only-missing", "r", "./simple", "-s", "templates/nope.yaml")
    add("simple-show-only-notes", "r", "./simple", "-s", "templates/NOTES.txt")
    add("simple-output-dir", "r", "./simple", "--output-dir", "{OUT}")
    add("simple-output-dir-release-name", "r", "./simple", "--output-dir", "{OUT}", "--release-name")
    add("simple-values-files", "r", "./simple", "-f", "values/override.yaml", "-f", "values/override2.yaml")
    add("simple-set", "r", "./simple", "--set", "replicaCount=3,image.tag=v2")
    add("simple-set-string", "r", "./simple", "--set-string", "replicaCount=3")
    add("simple-set-json", "r", "./simple", "--set-json", 'env=[{"name":"X","value":"1"}]')
    add("simple-set-null", "r", "./simple", "--set", "labels=null")
    add("simple-bad-values-file", "r", "./simple", "-f", "values/bad.yaml")
    add("simple-missing-values-file", "r", "./simple", "-f", "values/missing.yaml")
    add("simple-generate-name-with-name", "-g", "r", "./simple")
    add("simple-too-many-args", "r", "./simple", "extra")
    add("simple-bad-release-name", "Bad_Name", "./simple")
    add("simple-long-release-name", "a" * 54, "./simple")
    add("missing-chart", "r", "./nonexistent")
    add("builtins", "rel", "./builtins")
    add("builtins-kube-short", "rel", "./builtins", "--kube-version", "1.25")
    add("builtins-kube-gke", "rel", "./builtins", "--kube-version", "v1.25.3-gke.100")
    add("builtins-kube-k3s", "rel", "./builtins", "--kube-version", "1.30.1+k3s1")
    add("builtins-kube-one", "rel", "./builtins", "--kube-version", "1")
    add("builtins-kube-abc", "rel", "./builtins", "--kube-version", "abc")
    add("builtins-kube-incompatible", "rel", "./builtins", "--kube-version", "v1.19.0")
    add("builtins-api-versions", "rel", "./builtins", "-a", "mine.io/v1/Foo")
    add("builtins-upgrade-ns", "rel", "./builtins", "--is-upgrade", "-n", "myns")
    add("subcharts", "r", "./subcharts")
    add("subcharts-show-only-child", "r", "./subcharts", "-s", "charts/child/templates/cm.yaml")
    add("subcharts-set-child", "r", "./subcharts", "--set", "child.cx=5,global.region=ap")
    add("helpers", "r", "./helpers")
    add("files", "r", "./files")
    add("hooks", "r", "./hooks")
    add("hooks-no-hooks", "r", "./hooks", "--no-hooks")
    add("hooks-skip-tests", "r", "./hooks", "--skip-tests")
    add("hooks-show-only", "r", "./hooks", "-s", "templates/job.yaml")
    add("hooks-output-dir", "r", "./hooks", "--output-dir", "{OUT}")
    add("crds", "r", "./crds")
    add("crds-include", "r", "./crds", "--include-crds")
    add("crds-include-show-only", "r", "./crds", "--include-crds", "-s", "crds/b.yaml")
    add("crds-include-output-dir", "r", "./crds", "--include-crds", "--output-dir", "{OUT}")
    add("notes", "r", "./notes")
    add("helmignore", "r", "./helmignore")
    add("library-user", "r", "./library-user")
    add("library", "r", "./library")
    add("kinds", "r", "./kinds")
    add("v1chart", "r", "./v1chart")
    add("numbers", "r", "./numbers")
    add("toml", "r", "./toml")
    add("serializers", "r", "./serializers")
    add("deps", "r", "./deps")
    add("symlinked", "r", "./symlinked")
    add("edges", "r", "./edges")
    add("edges-crds", "r", "./edges", "--include-crds")
    add("edges-show-sub-crd", "r", "./edges", "--include-crds", "-s", "charts/sub/crds/c.yaml")
    add("edges-show-sub-hook", "r", "./edges", "-s", "charts/sub/templates/h.yaml")
    for mode in ["a", "tplreq", "tplfail", "tplinc"]:
        add("tpl-" + mode, "r", "./tplcases", "--set", "mode=" + mode)
    add("schema", "r", "./schema")
    # One violation only: Helm lists several in a random order (Go map iteration).
    add("schema-invalid", "r", "./schema", "--set", "replicas=0")
    add("schema-skipped", "r", "./schema", "--set", "replicas=0,name=Bad", "--skip-schema-validation")
    add("set-file-literal", "r", "./schema", "--set-file", "name=values/setfile.txt", "--set-literal", "replicas=a,b",
        "--skip-schema-validation")
    add("set-parse-error", "r", "./schema", "--set", "a[0")
    add("debug-kinds", "r", "./kinds", "--debug")
    add("debug-subcharts", "r", "./subcharts", "--debug")
    add("debug-schema-invalid", "r", "./schema", "--set", "name=X", "--debug")
    add("debug-exec-error", "r", "./errors", "-f", "values/mode-nilptr.yaml", "--debug")
    add("debug-yaml-error", "r", "./errors", "-f", "values/mode-yaml-list.yaml", "--debug")
    add("debug-missing-path", "r", "./nonexistent", "--debug")
    add("set-json-error", "r", "./schema", "--set-json", "a={bad")
    add("deps-toggle", "r", "./deps", "--set", "second.enabled=false,tags.extras=true")
    add("tgz-subchart", "r", "./tgzsub")
    add("packaged-chart", "r", "./packaged/toml-0.1.0.tgz")
    add("not-a-chart-archive", "r", "./values/bad.yaml")
    add("deprecated", "r", "./deprecated")
    add("empty", "r", "./empty")
    add("example", "wecloud", "./example")
    add("example-no-ingress", "wecloud", "./example", "--set", "ingress.enabled=false,autoscaling.enabled=false")
    add("builtin-types", "r", "./builtin-types")
    add("builtin-types-gke", "r", "./builtin-types", "--kube-version", "v1.25.3-gke.100", "-s", "templates/printing.yaml")
    add("api-versions", "r", "./api-versions")
    add("values-methods", "r", "./values-methods")
    for mode in ["table", "path", "encode"]:
        add("values-methods-" + mode, "r", "./values-methods", "--set", "mode=" + mode)
    add("api-versions-extra", "r", "./api-versions", "-a", "mine.io/v1/Foo,zeta/v9", "--kube-version", "1.30.2")
    # Post-renderer plugins from testdata/plugins, copied to a temporary HELM_PLUGINS ({PLUGINS}).
    add("postrender-cat", "r", "./postrender", "--post-renderer", "cat")
    add("postrender-edit-args", "r", "./postrender", "--post-renderer-args", "first", "--post-renderer", "edit",
        "--post-renderer-args", "x", "--post-renderer-args", "", "--post-renderer-args", "y z")
    add("postrender-show-only", "r", "./postrender", "--post-renderer", "edit", "-s", "templates/deploy.yaml")
    add("postrender-output-dir", "r", "./postrender", "--post-renderer", "cat", "--output-dir", "{OUT}")
    add("postrender-simple", "r", "./simple", "--post-renderer", "cat", "--include-crds")
    add("postrender-comments", "r", "./postrender-comments", "--post-renderer", "cat")
    add("postrender-kinds", "r", "./kinds", "--post-renderer", "cat")
    add("postrender-example", "wecloud", "./example", "--post-renderer", "edit")
    add("postrender-scalar-document", "r", "./err-text", "--post-renderer", "cat")
    add("postrender-yaml-error", "r", "./errors", "-f", "values/mode-yaml-bad.yaml", "--post-renderer", "cat")
    add("postrender-fail", "r", "./postrender", "--post-renderer", "fail")
    add("postrender-no-read", "r", "./example", "--post-renderer", "noread")
    add("postrender-debug", "r", "./postrender", "--post-renderer", "edit", "--post-renderer-args", "a b", "--debug")
    add("postrender-debug-fail", "r", "./postrender", "--post-renderer", "fail", "--debug")
    add("postrender-empty-output", "r", "./postrender", "--post-renderer", "empty")
    add("postrender-missing", "r", "./postrender", "--post-renderer", "nope")
    add("postrender-missing-no-chart", "--post-renderer", "nope")
    add("postrender-twice", "r", "./postrender", "--post-renderer", "cat", "--post-renderer", "edit")
    add("postrender-empty-name", "r", "./simple", "--post-renderer", "")
    # --dependency-update writes into the chart: it runs on copies ({TMP}) of the charts named in "copy".
    add("dependency-update", "r", "{TMP}/depup", "--dependency-update")
    add("dependency-update-not-needed", "r", "{TMP}/builtin-types", "--dependency-update")
    add("dependency-missing-without-update", "r", "{TMP}/depup")
    add("errors-none", "r", "./errors")
    for mode in sorted(f[len("mode-"):-len(".yaml")] for f in os.listdir(os.path.join(CHARTS, "values"))
                       if f.startswith("mode-")):
        add("errors-" + mode, "r", "./errors", "-f", "values/mode-%s.yaml" % mode)
    for chart in sorted(d for d in os.listdir(CHARTS) if d.startswith("err-")):
        add(chart, "r", "./" + chart)
    # --- bytestr: Go strings that are not UTF-8 (binary chart files); inputs from write_bytestr_inputs ---
    add("bytestr", "r", "./bytestr")
    # --- end bytestr ---
    # Flags template shares with install: accepted (some without effect), --timeout checked.
    add("skip-crds", "r", "./crds", "--skip-crds")
    add("skip-crds-include-crds", "r", "./crds", "--skip-crds", "--include-crds")
    add("install-only-flags", "r", "./example", "--create-namespace", "--description", "d", "--timeout", "90s",
        "--wait-for-jobs", "-l", "team=a", "--hide-notes", "--render-subchart-notes", "--replace",
        "--disable-openapi-validation", "--force-replace", "--take-ownership", "--rollback-on-failure", "--devel")
    add("timeout-invalid", "r", "./example", "--timeout", "3x")
    # Chart arguments that are neither folders nor archives here (Helm's LocateChart).
    add("locate-bare-name", "r", "nope.tgz")
    add("locate-repo-reference", "r", "somerepo/chart")
    add("locate-missing-relative", "r", "./nope")
    return c


def write_bytestr_inputs():
    """The bytestr chart's binary inputs (committed, under 100 bytes), rewritten byte for byte.

    keystore.jks holds NUL, DEL, lone continuation bytes, truncated and overlong sequences, an
    encoded surrogate, a valid emoji and a real U+FFFD; latin1.txt is text in ISO-8859-1.
    """
    files = os.path.join(CHARTS, "bytestr", "files")
    raw = bytes([0x00, 0x01, 0x7f, 0x80, 0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82, 0x41, 0xf0, 0x9f, 0x98, 0x80,
                 0xed, 0xa0, 0x80, 0xc0, 0xaf, 0xf8, 0x88, 0x80, 0x80, 0x80, 0x0a, 0x22, 0x5c, 0xef, 0xbf,
                 0xbd, 0x09]) + bytes(range(0x80, 0xa0))
    with open(os.path.join(files, "keystore.jks"), "wb") as fh:
        fh.write(raw)
    with open(os.path.join(files, "latin1.txt"), "wb") as fh:
        fh.write("caf\xe9 na\xefve\nr\xe9sum\xe9 \xe2\x82\n".encode("latin-1"))


def run(helm, name, args):
    out_dir = None
    real_args = []
    tmp = None
    if any("{TMP}" in a for a in args):
        tmp = tempfile.mkdtemp(prefix="chart-golden-copy-")
        for chart in COPIED:
            shutil.copytree(os.path.join(CHARTS, chart), os.path.join(tmp, chart))
        args_in = args
        args = [a.replace("{TMP}", tmp) for a in args]
    for a in args:
        if "{OUT}" in a:
            if out_dir is None:
                out_dir = tempfile.mkdtemp(prefix="chart-golden-")
            a = a.replace("{OUT}", out_dir)
        real_args.append(a)
    env = dict(os.environ)
    env["HELM_CONFIG_HOME"] = tempfile.mkdtemp(prefix="helm-config-")
    plugins = None
    if any(a.startswith("--post-renderer") for a in args):
        plugins = tempfile.mkdtemp(prefix="helm-plugins-")
        shutil.copytree(PLUGINS, plugins, dirs_exist_ok=True)
        env["HELM_PLUGINS"] = plugins
    p = subprocess.run([helm, "template"] + real_args, cwd=CHARTS, capture_output=True, env=env)
    stdout = p.stdout.decode("utf-8", "surrogateescape")
    stderr = p.stderr.decode("utf-8", "surrogateescape")
    # Absolute paths (Helm resolves the chart path) become {CHARTS}.
    stdout = stdout.replace(CHARTS, "{CHARTS}")
    stderr = stderr.replace(CHARTS, "{CHARTS}")
    if tmp is not None:
        stdout = stdout.replace(tmp, "{TMP}")
        stderr = stderr.replace(tmp, "{TMP}")
        args = args_in
    if plugins is not None:
        stdout = stdout.replace(plugins, "{PLUGINS}")
        stderr = stderr.replace(plugins, "{PLUGINS}")
    case = {"name": name, "args": args, "exit": p.returncode, "stdout": stdout, "stderr": stderr}
    if plugins is not None:
        case["env"] = {"HELM_PLUGINS": "{PLUGINS}"}
    if tmp is not None:
        case["copy"] = COPIED
    if out_dir is not None:
        files = {}
        for base, _, names in os.walk(out_dir):
            for n in names:
                full = os.path.join(base, n)
                with open(full, "rb") as fh:
                    files[os.path.relpath(full, out_dir)] = fh.read().decode("utf-8", "surrogateescape")
        case["files"] = dict(sorted(files.items()))
        case["stdout"] = stdout.replace(out_dir, "{OUT}")
        case["stderr"] = stderr.replace(out_dir, "{OUT}")
    return case


def main():
    helm = reference_helm()
    write_bytestr_inputs()
    version = subprocess.run([helm, "version", "--short"], capture_output=True, text=True).stdout.strip()
    results = [run(helm, name, args) for name, args in cases()]
    os.makedirs(os.path.dirname(OUT_FILE), exist_ok=True)
    with open(OUT_FILE, "w") as fh:
        fh.write('{"helm": %s, "cases": [\n' % json.dumps(version))
        fh.write(",\n".join(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in results))
        fh.write("\n]}\n")
    failed = sum(1 for r in results if r["exit"] != 0)
    print("%d cases (%d failing as expected) -> %s" % (len(results), failed, os.path.relpath(OUT_FILE, ROOT)))


if __name__ == "__main__":
    main()
