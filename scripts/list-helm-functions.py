#!/usr/bin/env python3
"""Asks the reference Helm which template function names it knows.

Each candidate name is probed on its own with a one-template chart whose template is
`{{ if false }}{{ NAME }}{{ end }}`: the call never runs, so only the parser sees it, and
text/template's parser fails with `function "NAME" not defined` exactly when the name is
missing from Helm's function map. Any other outcome stops the script, so a candidate list
entry can never be filed silently under the wrong heading.

Writes testdata/functions/helm-v4-functions.txt (known names) and
testdata/functions/helm-v4-absent.txt (unknown names), sorted, one name a line.

    scripts/list-helm-functions.py [--helm PATH]
"""
import argparse
import concurrent.futures
import pathlib
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
OUT = ROOT / "testdata" / "functions"

# text/template's own builtins: Helm inherits them.
GO_BUILTINS = "and call html index slice js len not or print printf println urlquery eq ge gt le lt ne"

# Sprig v3's generic function map, written out by name.
SPRIG = """
hello ago date date_in_zone date_modify dateInZone dateModify duration durationRound htmlDate htmlDateInZone
must_date_modify mustDateModify mustToDate now toDate unixEpoch
abbrev abbrevboth trunc trim upper lower title untitle substr repeat trimall trimAll trimSuffix trimPrefix nospace
initials randAlphaNum randAlpha randAscii randNumeric randSeededNumeric swapcase shuffle snakecase camelcase kebabcase
wrap wrapWith contains hasPrefix hasSuffix quote squote cat indent nindent replace plural sha1sum sha256sum adler32sum
toString atoi int64 int float64 seq toDecimal split splitList splitn toStrings until untilStep
add1 add sub div mod mul randInt add1f addf subf divf mulf biggest max min maxf minf ceil floor round
join sortAlpha default empty coalesce all any compact mustCompact fromJson toJson toPrettyJson toRawJson
mustFromJson mustToJson mustToPrettyJson mustToRawJson ternary deepCopy mustDeepCopy
typeOf typeIs typeIsLike kindOf kindIs deepEqual env expandenv getHostByName
base dir clean ext isAbs osBase osClean osDir osExt osIsAbs b64enc b64dec b32enc b32dec
tuple list dict get set unset hasKey pluck keys pick omit merge mergeOverwrite mustMerge mustMergeOverwrite values
append push mustAppend mustPush prepend mustPrepend first mustFirst rest mustRest last mustLast initial mustInitial
reverse mustReverse uniq mustUniq without mustWithout has mustHas mustSlice concat dig chunk mustChunk
bcrypt htpasswd genPrivateKey derivePassword buildCustomCert genCA genCAWithKey genSelfSignedCert
genSelfSignedCertWithKey genSignedCert genSignedCertWithKey encryptAES decryptAES randBytes uuidv4
semver semverCompare fail regexMatch mustRegexMatch regexFindAll mustRegexFindAll regexFind mustRegexFind
regexReplaceAll mustRegexReplaceAll regexReplaceAllLiteral mustRegexReplaceAllLiteral regexSplit mustRegexSplit
regexQuoteMeta urlParse urlJoin
"""

# Helm's additions, plus names charts sometimes expect but Helm may not have (the probe decides).
HELM = """
include tpl required fail toYaml mustToYaml toYamlPretty fromYaml fromYamlArray toJson mustToJson fromJson
fromJsonArray toToml mustToToml fromToml lookup
"""
MAYBE = """
fromYamlPretty mustFromYaml mustFromJsonArray mustFromYamlArray toYAML fromYAML toJSON fromJSON
files template define block exec shell getenv readFile
"""


def reference_helm():
    for base in [ROOT, *ROOT.parents]:
        tool = base / "shared" / "tools" / "reference-helm"
        if tool.exists():
            return subprocess.run([str(tool)], check=True, capture_output=True, text=True).stdout.strip()
    raise SystemExit("reference-helm not found: put shared/ beside the repository")


def probe(helm, name):
    """True when Helm knows `name`; raises on any outcome other than the two expected ones."""
    with tempfile.TemporaryDirectory() as tmp:
        chart = pathlib.Path(tmp) / "probe"
        (chart / "templates").mkdir(parents=True)
        (chart / "Chart.yaml").write_text("apiVersion: v2\nname: probe\nversion: 0.1.0\n")
        (chart / "templates" / "probe.yaml").write_text("{{ if false }}{{ %s }}{{ end }}\n" % name)
        proc = subprocess.run([helm, "template", str(chart)], capture_output=True, text=True)
    if proc.returncode == 0:
        return True
    missing = f'parse error at (probe/templates/probe.yaml:1): function "{name}" not defined'
    if missing in proc.stderr:
        return False
    raise SystemExit(f"unexpected result for {name}: {proc.stderr.strip()}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--helm", default=None)
    args = parser.parse_args()
    helm = args.helm or reference_helm()
    names = sorted(set((GO_BUILTINS + SPRIG + HELM + MAYBE).split()))
    # Keywords are not function names: probing them tests the parser, not the map.
    names = [n for n in names if n not in {"define", "template", "block"}]
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        known = dict(zip(names, pool.map(lambda n: probe(helm, n), names)))
    OUT.mkdir(parents=True, exist_ok=True)
    present = [n for n in names if known[n]]
    absent = [n for n in names if not known[n]]
    (OUT / "helm-v4-functions.txt").write_text("".join(n + "\n" for n in present))
    (OUT / "helm-v4-absent.txt").write_text("".join(n + "\n" for n in absent))
    print(f"{len(present)} known, {len(absent)} absent: {' '.join(absent)}")


if __name__ == "__main__":
    main()
