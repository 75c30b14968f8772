#!/usr/bin/env python3
"""Renders every shipped chart under charts/ with the reference Helm and stores the
results in testdata/goldens/wecloud.json, the expected outputs of the WeCloud tests.

Each case is one chart with one scenario: its defaults (when they render without
random passwords) and each file in its ci/ folder. Anyone can re-run this:
    scripts/gen-wecloud-goldens.py            # uses shared/tools/reference-helm (v4)
"""
import json
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent


def reference_helm():
    for base in [ROOT, *ROOT.parents]:
        tool = base / "shared" / "tools" / "reference-helm"
        if tool.exists():
            return subprocess.run([str(tool)], check=True, capture_output=True, text=True).stdout.strip()
    raise SystemExit("reference-helm not found: put shared/ beside the repository")


# Charts whose defaults generate passwords with randAlphaNum render differently every time.
RANDOM_BY_DEFAULT = {"mysql", "wecloud"}


def main():
    helm = reference_helm()
    cases = []
    for chart in sorted(p for p in (ROOT / "charts").iterdir() if (p / "Chart.yaml").exists()):
        if "type: library" in (chart / "Chart.yaml").read_text():
            continue
        scenarios = [] if chart.name in RANDOM_BY_DEFAULT else [None]
        scenarios += sorted((chart / "ci").glob("*.yaml"))
        for values in scenarios:
            args = ["template", chart.name, f"charts/{chart.name}"]
            if values is not None:
                args += ["-f", str(values.relative_to(ROOT))]
            namespaces = [[]]
            if chart.name == "wecloud" and values is not None and values.name == "production-values.yaml":
                namespaces.append(["--namespace", "wecloud-prod"])
            for extra in namespaces:
                run = subprocess.run([helm, *args, *extra], cwd=ROOT, capture_output=True, text=True)
                cases.append({"args": args + extra, "stdout": run.stdout, "exit": run.returncode,
                              "error": next((l for l in run.stderr.splitlines() if l.startswith("Error:")), "")})
    out = ROOT / "testdata" / "goldens" / "wecloud.json"
    out.write_text(json.dumps({"helm": subprocess.run([helm, "version", "--short"], capture_output=True, text=True).stdout.strip(),
                               "cases": cases}, indent=1) + "\n")
    print(f"wrote {len(cases)} cases to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
