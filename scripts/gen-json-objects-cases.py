#!/usr/bin/env python3
"""Renders toJson/toYaml of the Go objects Sprig returns (time.Time, *semver.Version,
time.Month, time.Weekday, sprig's certificate struct) with the reference Helm and
writes testdata/json-objects.json.

Each case is a template expression; the chart's one template is
`out: {{ EXPR | quote }}`, and the expected text is that `out:` line as Helm printed
it. Times use explicit offsets so neither side depends on the local zone; genCA's
PEM blocks are random, so those cases blank them with regexReplaceAll and check
only the shape (field names Cert and Key).

Usage: scripts/gen-json-objects-cases.py"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helm_oracle  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "testdata", "json-objects.json")

T = 'toDate "2006-01-02T15:04:05Z07:00" "2024-03-10T06:30:00.5+02:00"'
T0 = 'toDate "2006-01-02T15:04:05Z07:00" "2024-03-10T06:30:00Z"'
PEM_RE = '"-----BEGIN[^\\"]*"'

EXPRS = [
    f"toJson ({T})",
    f"toJson ({T0})",
    f"toYaml ({T})",
    f"toPrettyJson (dict \"at\" ({T}))",
    f"toRawJson (list ({T0}))",
    f"toYaml (dict \"at\" ({T0}) \"n\" 1)",
    f"mustToJson (({T}).Month)",
    f"toJson (({T}).Weekday)",
    f"toYaml (dict \"m\" ({T}).Month)",
    'toJson (semver "1.2.3")',
    'toJson (semver "v1.2")',
    'toYaml (semver "1.0.0-rc.1+build.5")',
    'toJson (dict "v" (semver "2.0.0"))',
    'toYaml (list (semver "3.1.4") (semver "0.0.1"))',
    f'$ca := genCA "x" 1 -}}}}{{{{- regexReplaceAll {PEM_RE} (toJson $ca) "PEM"',
    '$ca := genCA "x" 1 -}}{{- toJson $ca | fromJson | keys | sortAlpha | toJson',
    '$ca := genCA "x" 1 -}}{{- regexReplaceAll "(?m)^ +.*\\n" (toYaml $ca) ""',
    '$ca := genCA "x" 1 -}}{{- regexReplaceAll "(?m)^   +.*\\n" (toYaml (dict "ca" $ca)) ""',
]


def main():
    cases = []
    for expr in EXPRS:
        template = "out: {{ " + expr + " | quote }}\n"
        r = helm_oracle.render({"templates/t.yaml": template})
        if r.rc != 0:
            sys.exit(f"helm failed on {expr!r}: {r.error}")
        lines = [ln for ln in r.stdout.decode("utf-8").split("\n") if ln.startswith("out: ")]
        if len(lines) != 1:
            sys.exit(f"unexpected output for {expr!r}: {r.stdout!r}")
        cases.append({"template": template, "expected": lines[0]})
    with open(OUT, "w") as f:
        json.dump(cases, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
