#!/usr/bin/env python3
"""Regenerates testdata/yaml/cases.json from the reference Helm (the oracle).

Every expected output in the file is printed by real Helm v4: this script writes
inputs (hand-picked tricky ones plus seeded random ones), renders them through a
throw-away chart with `helm template`, and stores input and Helm's answer side by side.

  python3 scripts/gen-yaml-cases.py            # uses shared/tools/reference-helm
  HELM=/path/to/helm python3 scripts/gen-yaml-cases.py

Case groups:
  decode  - `fromYaml`/`fromYamlArray`/`fromJson`/`fromJsonArray`/`fromToml` of a text,
            then toJson, toYaml, toRawJson, toPrettyJson, toYamlPretty, toToml of the result
  strings - toYaml/toJson of a string in several positions (value, key, list item, nested)
  values  - a chart's values.yaml as Helm v4 loads it (multi-document merge, load errors)
  split   - a rendered template split into manifests
  chartFields - Chart.yaml string fields (`appVersion: 1.10` prints `1.1`)
  heads   - Helm's YAML check of a rendered manifest (its util.SimpleHead decode errors)
"""
import base64, json, os, random, re, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "testdata", "yaml", "cases.json")


def helm_path():
    if os.environ.get("HELM"):
        return os.environ["HELM"]
    tool = os.path.join(ROOT, "..", "shared", "tools", "reference-helm")
    if not os.path.exists(tool):
        tool = "/work/shared/tools/reference-helm"
    return subprocess.check_output([tool, "v4"], text=True).strip()


HELM = helm_path()


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode()


def unb64(s):
    return base64.b64decode(s).decode("utf-8", errors="surrogateescape")


def make_chart(d, name="yc"):
    os.makedirs(os.path.join(d, "templates"), exist_ok=True)
    with open(os.path.join(d, "Chart.yaml"), "w") as f:
        f.write("apiVersion: v2\nname: %s\nversion: 0.1.0\n" % name)


def run_helm(chart, extra=()):
    p = subprocess.run([HELM, "template", "r", chart, *extra], capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


# ---------------------------------------------------------------- decode + strings

DECODE_TPL = r'''{{- range $name, $c := .Values.cases }}
{{- $src := b64dec $c.s }}
{{- if eq $c.k "fromYaml" }}{{ $v := fromYaml $src }}
# {{ $name }}|{{ toJson $v | b64enc }}|{{ toYaml $v | b64enc }}|{{ toRawJson $v | b64enc }}|{{ toPrettyJson $v | b64enc }}|{{ toYamlPretty $v | b64enc }}|{{ toToml $v | b64enc }}
{{- else if eq $c.k "fromYamlArray" }}{{ $v := fromYamlArray $src }}
# {{ $name }}|{{ toJson $v | b64enc }}|{{ toYaml $v | b64enc }}|{{ toRawJson $v | b64enc }}|{{ toPrettyJson $v | b64enc }}|{{ toYamlPretty $v | b64enc }}|{{ toToml $v | b64enc }}
{{- else if eq $c.k "fromJson" }}{{ $v := fromJson $src }}
# {{ $name }}|{{ toJson $v | b64enc }}|{{ toYaml $v | b64enc }}|{{ toRawJson $v | b64enc }}|{{ toPrettyJson $v | b64enc }}|{{ toYamlPretty $v | b64enc }}|{{ toToml $v | b64enc }}
{{- else if eq $c.k "fromToml" }}{{ $v := fromToml $src }}
# {{ $name }}|{{ toJson $v | b64enc }}|{{ toYaml $v | b64enc }}|{{ toRawJson $v | b64enc }}|{{ toPrettyJson $v | b64enc }}|{{ toYamlPretty $v | b64enc }}|{{ toToml $v | b64enc }}
{{- else if eq $c.k "fromJsonArray" }}{{ $v := fromJsonArray $src }}
# {{ $name }}|{{ toJson $v | b64enc }}|{{ toYaml $v | b64enc }}|{{ toRawJson $v | b64enc }}|{{ toPrettyJson $v | b64enc }}|{{ toYamlPretty $v | b64enc }}|{{ toToml $v | b64enc }}
{{- else if eq $c.k "string" }}
# {{ $name }}|{{ toYaml $src | b64enc }}|{{ toYaml (dict $src 1) | b64enc }}|{{ toYaml (list $src) | b64enc }}|{{ toYaml (dict "k" $src) | b64enc }}|{{ toYaml (dict "k" (dict "kk" $src)) | b64enc }}|{{ toYaml (list (list $src)) | b64enc }}|{{ toJson $src | b64enc }}|{{ toRawJson $src | b64enc }}|{{ toYamlPretty $src | b64enc }}|{{ toYamlPretty (dict "k" (list $src (dict $src (list $src)))) | b64enc }}
{{- end }}
{{- end }}
'''

DECODE_FIELDS = ["toJson", "toYaml", "toRawJson", "toPrettyJson", "toYamlPretty", "toToml"]
STRING_FIELDS = ["value", "key", "item", "nested", "nested2", "item2", "toJson", "toRawJson", "pretty", "prettyNested"]


def render_batch(cases):
    """cases: list of (name, kind, src). Returns {name: [fields...]}."""
    d = tempfile.mkdtemp(prefix="yc-")
    try:
        make_chart(d)
        with open(os.path.join(d, "templates", "t.yaml"), "w") as f:
            f.write(DECODE_TPL)
        vals = {"cases": {n: {"k": k, "s": b64(s)} for n, k, s in cases}}
        vf = os.path.join(d, "cases.json")
        with open(vf, "w") as f:
            json.dump(vals, f)
        rc, out, err = run_helm(d, ["-f", vf])
        if rc != 0:
            sys.exit("helm failed: " + err)
        res = {}
        for line in out.splitlines():
            m = re.match(r"^# (c\d+)\|(.*)$", line)
            if m:
                res[m.group(1)] = [unb64(x) for x in m.group(2).split("|")]
        return res
    finally:
        shutil.rmtree(d)


HAND_YAML = [
    # numbers
    "a: 42", "a: -7", "a: 1000000", "a: 1234567", "a: -2500000", "a: 12345678901", "a: 123456.789",
    "a: 1234567.5", "a: 0x1F", "a: 0o17", "a: 0755", "a: 08", "a: 0b1010", "a: -0b101", "a: +1.5", "a: .5",
    "a: 5.", "a: 1e3", "a: 1E3", "a: 1e+3", "a: 1.5e-7", "a: 0.000001", "a: 0.0000001", "a: 1e21", "a: 1e20",
    "a: 123456789012345678901234567890", "a: 9223372036854775807", "a: 9223372036854775808",
    "a: 18446744073709551615", "a: 18446744073709551616", "a: -9223372036854775808", "a: -9223372036854775809",
    "a: 1_000", "a: 1__0", "a: _1", "a: -0", "a: -0.0", "a: 0.1", "a: 3.14159265358979", "a: 1e400", "a: 1e-400",
    "a: 4.9e-324", "a: 1.7976931348623157e308", "a: 2.5e-5", "a: .inf", "a: -.inf", "a: .nan", "a: .Inf",
    "a: +.inf", "a: .iNf", "a: 1:20", "a: 190:20:30", "a: 1.0", "a: 100.0", "a: 0.0", "a: 00", "a: 0x",
    "a: 0xG", "a: 1,000", "a: 1e", "a: e3", "a: 0.1.2", "a: +", "a: -", "a: .", "a: 0b", "a: 0b2", "a: 0o8",
    "a: +0x10", "a: -0x10", "a: 0X1f", "a: 1e-7", "a: 123e-20", "a: 0.1e1", "a: 99999999999999999999",
    "a: 1.5e300", "a: -1.5e-300", "a: 1.0e+6", "a: 123456", "a: 0.3", "a: 2.675", "a: 1e6", "a: 1.23456789e8",
    "a: [1, 2.5, -3, 1e100, 0.5e-10]", "a: 1_0.5", "a: 0x_1F", "a: 1.", "a: +0", "a: -1_000_000",
    # bools and nulls
    "a: [y, Y, yes, Yes, YES, n, N, no, No, NO, true, True, TRUE, false, False, FALSE, on, On, ON, off, Off, OFF]",
    "a: [tRue, yES, oN, nO, ofF, TRue]", "a: [~, null, Null, NULL, nULL, '']", "a:", "a: ~\nb: null",
    "a: [yes, 'yes', \"no\"]",
    # timestamps and lookalikes
    "a: [2024-01-01, 2024-1-1, 2024-13-01, 2024-02-30, 2024-02-29, 2023-02-29]",
    "a: [2024-01-01T10:00:00Z, 2024-01-01t10:00:00Z, 2024-01-01 10:00:00, 2001-12-14 21:59:43.10 -5]",
    "a: [2024-01-01T10:00:00+02:00, 2024-01-01T10:00:00.123456789Z, 12024-01-01, 2024-01-01T25:00:00Z]",
    # keys
    "y: 1", "n: 1", "yes: a\nno: b", "on: 1\noff: 2", "1: a", "1.5: a", "k: {3.14159265358979: a, 123456789.5: b, 0.1: c}",
    "k: {1e6: a, 1.0: b, 12345678901: c, 0.1: d, -1: e, yes: f, Off: g}", "k: {0x10: a, 1e3: b, 2024-01-01: c}",
    "~: a", "null: nullkey", "[a]: 1", "{a: 1}: 2", ".inf: a", "-.inf: a", ".nan: a", "18446744073709551615: a",
    # (keys that collapse to one string, like `yes` and "true", keep a random one in Go: not tested)
    "? |\n  multi\n  line\n: 1", "0.30000000000000004: a", "1e40: a",
    "123456789: a", "k: {a10: 1, a2: 2, a1: 3, a01: 4, a001: 5, a: 6, A: 7, B: 8, b: 9, é: 10, Z: 11, -x: 12, .x: 13, \"01\": 14, \"1\": 15, \"10\": 16, \"2\": 17, x-1: 18, x_1: 19, x.1: 20, x1: 21, x: 22, ab: 23, aB: 24, a-b: 25, a_b: 26, \"a b\": 27, 日本: 28}",
    "k: {a19: 1, a100: 2, a2: 3, a20: 4, a3b: 5, a3a: 6}",
    "k: {Ω: 1, ω: 2, a: 3, _: 4, ' ': 5, '': 6, z9: 7, z10: 8, '٣': 9, '½': 10}",
    # tags
    "a: !!str 123", "a: !!int \"5\"", "a: !!float \"1\"", "a: !!bool \"yes\"", "a: !!binary aGVsbG8=", "a: !foo bar",
    "a: !!set {a, b}", "a: !!int abc", "a: !!binary '!!!'", "a: !!null x", "a: !!null ''", "a: !!timestamp 2024-01-01",
    "a: !!float 1e3", "a: !!str", "a: !!map {a: 1}", "a: ! 12", "a: !!seq [1]", "a: !!float 0x10", "a: !!int 1.5",
    "a: !!binary |\n  aGVs\n  bG8=", "a: !!str yes", "a: !!bool 1", "a: !<tag:yaml.org,2002:str> 5",
    "%TAG !e! tag:example.com,2000:\n---\na: !e!foo 1",
    # anchors, aliases, merges
    "base: &b {a: 1, b: 2}\nderived: {<<: *b, b: 3}", "base: &b {a: 1, b: 2}\nderived: {b: 3, <<: *b}",
    "x: &x {a: 1}\ny: &y {a: 2, b: 2}\nz: {<<: [*x, *y], c: 3}", "a: &s str\nb: *s", "a: *nope",
    "a: &a [1, *a]", "a: &x 1\nb: &x 2\nc: *x", "m: {<<: 5}", "m: {<<: [5]}", "b: &b [1]\nm: {<<: *b}",
    "m: {<<: {a: 1}, a: 2}", "m: {\"<<\": {a: 1}}", "m: {<<: ~}", "m: {!!merge <<: {a: 1}}",
    "a: &a {x: 1}\nb: {<<: *a, <<: {y: 2}}", "a: &a\n  k: v\nb:\n  <<: *a\n  k2: v2",
    "l: &l [a, b]\nm: [*l, *l]",
    "a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]",
    "a: &a [x,x]\nb: &b [*a,*a]\nc: [*b,*b]",
    # block and quoted scalars
    "a: |\n  keep\n    indent\n", "a: |-\n  x\n  y\n", "a: |+\n  x\n\n", "a: >\n  folded\n  text\n\n  para\n",
    "a: >-\n  a\n   b\n  c\n", "a: |2\n   two\n  one\n", "a: 'it''s'", "a: \"tab\\there \\u00e9 \\x41 \\U0001F600\"",
    "a: \"\\N\\_\\L\\P\\0\\e\\/\\a\\b\\v\\f\"", "a: plain\n  continued\n  lines", "a: 'multi\n  line\n\n  single'",
    "a: \"multi\n  line \\\n  esc\"", "a: |\n\n  leading blank\n", "a: >\n  x\n\n\n", "a: |\n", "a: >-\n",
    # errors
    "a: [1", "a: [", "a: {", "key: value: x", "  a: 1\n b: 2", "a: 'x", "a: \"x", "\ta: 1", "a:\n\t- b",
    "- a\nb: 1", "@x", "`x", "a: b\n- c", "[1, 2", "{a", "a: *", "&a", "%YAML 1.1\n---\na: 1", "%FOO\n---\na: 1",
    "%YAML 2.0\n---\na: 1", "...\n", "--- a\n--- b", "a: 1\n---\nb: 2", "a: 1\n...\nb: 2", "just a string",
    "42", "true", "- a\n- b", "a: 1\nb: [x, 2]\nc: 1.5\nd: yes\ne: 1000000", "a: \"\\q\"", "a: \"\\ud83d\"",
    "a:\n  b: 1\n c: 2", "a: b: c", "a: 1\n  b: 2", "a: [1, 2]]", "a: {b: 1}}", "a: 1\na: 2",
    "a: {x: 1}\na: {y: 2}", "'a\n\nb': 1", "a: |\n  x\n b", "? a\n? b", "a: 'x'y'", "a: -b\n- c",
    "x:\n  - a\n  -b", "a:\n- b\n - c",
    # documents
    "", "---", "# comment", "---\n# c", "--- ~", "--- []", "--- {}", "---\na: 1\n---\n", "\n\n\na: 1\n\n",
    "a: 1 # comment\n# tail", "\ufeffa: 1", "a: 1\r\nb: 2\r\n", "a:  \n  - x", "? a\n: b",
    # structures
    "a:\n  b:\n    c:\n      d:\n        e: [1, [2, [3, {f: g}]]]", "a: {}\nb: []\nc: {d: {}}\ne: [[], {}]",
    "é: ü\n日本: 語\nemoji: 😀\n😀: k", "list:\n- a\n- - b\n  - c\n- d: e\n  f: g",
    "a: 'with: colon'\nb: \"with # hash\"\nc: x#y\nd: 'quote''s'",
    "long: Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.",
    "s77: " + "a" * 77 + " b c\ns78: " + "a" * 78 + " b c\nword: " + "x" * 112,
    "k: {kk: " + "a" * 78 + " b c}",
    "x: " + " ".join(["word%d" % i for i in range(60)]),
    "s: 'Lorem: ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore'",
    "s: \"123 ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore\\t\"",
    "s: \"" + "a" * 79 + "  b  c " + "d" * 10 + "  e\"",
    "s: \"" + ("x " * 60) + "\\ty\"",
]

HAND_YAML += [
    "a: 1\nb: [1\nc: 2", "a:\n  b: 1\n  c: [\n", "a: 1\nb: 'x\n", "a: b\nc: d: e", "a: 1\n  - b",
    "x: |\n y\n z", "a: @b", "a: `b", "a: 1\n\n\n\nb: [\n", "- a\n  - b", "a: &x 1\nb: *y", "a:\n\tb: 1",
    "a: 1\nb:\n  - c\n  d: e", "a: {b: 1, c}", "a: {b: 1, c: }", "a: [b, c: d]", "a: [b, {c: d}]", "? [a, b]\n: c",
    "a: 'single\n\n  multi'", "a: \"x\\\n  y\"", "a: b #c\nd: e#f", "a: -1\nb: - 1", "a: 0.5.5", "a: 1.5e3.0",
    "'a': 1\n\"b\": 2\nc: 3", "a: !!str\nb: !!int", "a: !!float ''", "a: !!bool ''", "a: !!int ''",
    "---\na: 1\n--- !!map\nb: 2", "a: *a", "&a a: 1", "a: &a\n  - 1\n  - *a", "a: [*x]", "x: &x 1\ny: [*x, *x]",
    "a:\n  - b: 1\n    c: 2\n  - d", "a: |-\n\n  x\n\n", "a: |\n  x\n\n\n", "a: >+\n  x\n\n", "a: |1\n  x",
    "a: \"\\x4\"", "a: \"\\u00\"", "a: \"\\Ufffffffff\"", "a: '''", "a: b\n...\n", "a: b\n---\n...\n",
    "{a: 1, b: [2, 3], c: {d: e}}", "[a, b]", "a: [\n  1,\n  2\n", "a:\n  - [1,\n  2]",
    "a: yes\nb: !!str yes\nc: \"yes\"\nd: 'yes'", "a: 0o\nb: 0x_\nc: 0b_1", "a: 1e-", "a: 1e+",
    "a: 00.5", "a: -.5", "a: +.5e+5", "a: 1_2.3_4", "a: 10e-1", "a: 1.23456789012345678901234567890",
    # shapes that matter to toToml
    "a: 1\nb: {c: x}\nl: [1, 2]", "t: [{a: 1}, {b: {c: 2}}]", "t: [{a: 1}, 2]", "l: [1, ~]", "n: ~\nm: {x: ~}",
    "a: {b: {c: {d: 1}}, e: 2}", "'a b': {'c.d': 1, '': 2}", "s: \"q\\\"\\\\\\t\\n\\u0001\\u007f\"",
    "e: {}\nl: []\nll: [[1], [a]]", "a: [{x: [{y: 1}]}]", "f: [1.5, 1e21, -0.0, 1e-7]", "m: {a: [1, {b: 2}]}",
]

TOKENS = ["a", "b", ":", " ", "  ", "\n", "- ", "[", "]", "{", "}", ", ", "'", "\"", " #c", "&x ", "*x", "!!str ",
          "|", ">", "\t", "? ", "1", "yes", "~", "%", "@", "---", "...", ": ", "\\", "é", "0x1F", "1.5", "\n  "]


def gen_tokens(r):
    return "".join(r.choice(TOKENS) for _ in range(r.randint(2, 14)))


def gen_long(r):
    words = ["lorem", "ipsum", "a", "bb", "ccc", "dolor:", "#x", "'q'", "é", "x" * 25, "1.5", "yes"]
    out = []
    for _ in range(r.randint(10, 40)):
        out.append(r.choice(words))
        out.append(r.choice([" ", " ", " ", "  ", "\t"]) if r.random() < 0.97 else "\n")
    return "".join(out).strip(r.choice(["", " "]))


HAND_TOML = [
    "a = 1\n[b]\nc = \"x\"", "a = 1", "", "# c", "s = 'lit'\nt = \"esc \\t \\u00e9 \\U0001F600 \\\\ \\\"\"",
    "m = \"\"\"\nline1\nline2\\\n   cont\"\"\"", "l = '''\nraw \\n\n'''", "i = [1, 2, 3]\nf = [1.5, -0.0, 1e3, 6.626e-34]",
    "h = 0xDEAD_beef\no = 0o755\nb = 0b1101\nn = -17\np = +42\nu = 1_000", # (inf/nan values make Sprig's toRawJson fail the whole render: left out)
    "t = true\nf = false", "d1 = 1979-05-27T07:32:00Z\nd2 = 1979-05-27T00:32:00.999999-07:00\nd3 = 1979-05-27T07:32:00\nd4 = 1979-05-27\nd5 = 07:32:00\nd6 = 1979-05-27 07:32:00Z",
    "[a.b.c]\nx = 1\n[a]\ny = 2", "[[p]]\nname = \"a\"\n[[p]]\nname = \"b\"\n[p.sub]\nz = 1", "x.y.z = 1\nx.w = 2",
    "t = {a = 1, b = {c = \"d\"}}", "arr = [\n  1,\n  2, # comment\n]", "mixed = [1, \"a\", [2], {x = 1}]",
    "\"quoted key\" = 1\n'lit key' = 2\n\"\" = 3", "a = 1\na = 2", "[a]\n[a]", "a = ", "a = 01", "a = 1__0",
    "a = \"unterminated", "a = [1, 2", "[t]\nx = 1\n[t.x]", "a = {b = 1}\n[a.c]", "a = 1 b = 2", "a = 1.", "a = .5",
    "a = 1e", "= 1", "a = 'x' # trailing", "[[a]]\n[a.b]\nc = 1\n[[a]]", "key = \"\\x41\"", "a = 9223372036854775807",
    "a = 9223372036854775808", "big = 1e400", "a = \"\\q\"", "a = true_", "a = 2024-13-01",
]

HAND_ARRAY = ["- a\n- 1", "a: 1", "", "[]", "- [1, {a: b}]", "---\n- x", "- a\n- [", "just string", "- ~\n- yes"]

HAND_JSON = [
    "{\"a\": 1, \"b\": [1.5]}", "{", "[1, \"a\"]", "null", "", "[1,", "{\"a\":1,}", "tru", "1e400", "\"\\ud83d\\ude00\"",
    "{\"a\": \"<&>\"}", "-0", "1E2", "01", "-", ".5", "{\"a\": \"\\u00e9\\n\\t\\\"\"}", "{\"a\":1}x", "{\"a\" 1}",
    "{a:1}", "[1 2]", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12G4\"}", "{\"a\": 1e999}", "\"a\tb\"", "  {}  ", "{\"k\": [true, false, null]}",
    "{\"a\": 12345678901234567890, \"b\": 0.1, \"c\": 1e-7, \"d\": 1e21}", "{\"a\": 1, \"a\": 2}", "{\"\\ud800\": 1}",
    "[]", "{\"a\": {\"b\": {\"c\": []}}}", "{\"a\": \"\\u2028\"}", "1.5", "\"s\"", "{\"n\": -0.0}", "[1.", "[1e]", "[-]",
]

HAND_STRINGS = [
    "yes", "no", "on", "off", "y", "n", "Y", "True", "Null", "null", "~", "123", "1.5", "1e3", "0x1F", "0755",
    "0o755", "08", "1_000", "+1", ".5", "1.", "-.5", ".inf", ".nan", "0", "2024-01-01", "2024-01-01T10:00:00Z",
    "1:20", "", "a: b", "a:", "# x", "a #b", "- x", "-", "?", ":", "'x'", "\"x\"", "x ", " x", " ", "*x", "&x",
    "!x", "%x", "@x", "`x", "{x}", "[x]", "|x", ">x", ",", "#", "a:b", "a#b", "a, b", "?x", ":a", "-a", "a-",
    "x:y", "=", "<x>", "<<", "~a", "1e", "e3", "0.1.2", "0x", "0xG", "1,000", "héllo wörld ✓ 日本", "😀", "k😀",
    "a\tb", "a\x01b", "\ufeffx", "line1\nline2", "line1\nline2\n", "line1\n\n", "\n", "\nx", "  a\nb", "a\n  b",
    "# c\nx", "a: b\nc", "é\n✓", "a \nb", "a\nb ", "a\n\tb", "a\tb\nc", "a\t\nb", "a\r\nb", "😀\nx", "a\u2028b",
    "a\u0085b", "\u00a0x", "x\u00a0", "---", "...", "--- x", "a\x7fb", "a\x1bb", "\x00", "\\", "back\\slash",
    "quote\"d", "it's", "a  b", "a\n\nb", "\n\n", " \n", "a\n ", "\t", "\x85", "\ue000", "\ufffd", "\uffff",
    "a\u2029", "-1", "+.inf", "Yes", "OFF", "NULL", "yES", "0b101", "-0b101", "1__0", "_1", "0.", "-", "--",
    "a" * 77 + " b c", "a" * 78 + " b c", "x" * 112, "x" * 128, "x" * 129, "é" * 129,
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.",
    "Lorem: ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore.",
    "123 ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore\t",
    "a" * 79 + "  b  c " + "d" * 10 + "  e", ("x " * 60) + "\ty", (" y" * 50), ("é " * 50) + "#",
    "long line " * 12 + "\nsecond line", "- " + "word " * 30, "<&>", "\u2028", "a\x0bb", "a\x0cb",
]


# ---------------------------------------------------------------- random generators

SCALAR_POOL = [
    "a", "b", "value", "yes", "No", "on", "~", "null", "true", "42", "-7", "1.5", "1e3", "0x1F", "0755", "1_000",
    "2024-01-01", "1:20", "'quoted'", "\"dq\"", "'yes'", "\"123\"", "x y z", "é", "日本", "a:b", "a#b", "-a",
    ".5", "+1", "1000000", "1234567.5", "0.000001", "12345678901", "3.14159", "-0", "\"\"", "''", "\"a\\tb\"",
    "\"line\\nbreak\"", "\"😀\"", "hello world", "1e21", "99999999999999999999", "0b11", "!!str 5", "'a: b'",
]

KEY_POOL = ["a", "b", "name", "key", "x", "y_", "Alpha", "beta", "k-1", "k_2", "k.3", "item", "é", "日本", "n2",
            "n10", "zeta", "Z", "_u", "v1", "v20", "v3", "long-key-name", "data", "list", "m"]


def rand_scalar(r):
    if r.random() < 0.15:
        return repr(r.uniform(-1e6, 1e6)) if r.random() < 0.5 else "%.*e" % (r.randint(0, 16), r.uniform(-10, 10) * 10 ** r.randint(-30, 30))
    if r.random() < 0.1:
        return str(r.randint(-10**15, 10**15))
    return r.choice(SCALAR_POOL)


def gen_yaml(r, depth, indent=0):
    """Random block YAML (mapping) text."""
    lines = []
    keys = r.sample(KEY_POOL, r.randint(1, 5))
    pad = " " * indent
    for k in keys:
        roll = r.random()
        if depth > 0 and roll < 0.3:
            lines.append("%s%s:" % (pad, k))
            lines.append(gen_yaml(r, depth - 1, indent + 2))
        elif depth > 0 and roll < 0.5:
            lines.append("%s%s:" % (pad, k))
            for _ in range(r.randint(1, 4)):
                if r.random() < 0.3 and depth > 1:
                    sub = gen_yaml(r, depth - 2, indent + 2).split("\n")
                    sub[0] = pad + "- " + sub[0][indent + 2:]
                    lines.extend(sub)
                else:
                    lines.append("%s- %s" % (pad, rand_scalar(r)))
        elif roll < 0.6:
            lines.append("%s%s: [%s]" % (pad, k, ", ".join(rand_scalar(r) for _ in range(r.randint(0, 4)))))
        elif roll < 0.65:
            lines.append("%s%s: {}" % (pad, k))
        elif roll < 0.7:
            lines.append("%s%s: |\n%s  text line\n%s  second: line" % (pad, k, pad, pad))
        else:
            lines.append("%s%s: %s" % (pad, k, rand_scalar(r)))
    return "\n".join(lines)


FRAGMENTS = ["a", "b", " ", "  ", "\n", "\t", ":", "#", "-", "'", "\"", "\\", "é", "😀", "yes", "1", "0x", ".",
             "word ", "x" * 30, "{", "}", "[", ",", "&", "*", "!", "|", ">", "%", "@", "`", "\u2028", "\r", "~"]


def gen_string(r):
    return "".join(r.choice(FRAGMENTS) for _ in range(r.randint(1, 8)))


# ---------------------------------------------------------------- values and split

VALUES_CASES = [
    "a: 1\nm: {x: 1}\n---\nb: 2\nm: {z: 2}", "---", "# only a comment", "", "a: 1\n---\n---\nb: 2",
    "a: .inf", "x: .nan", "a: [1", "- a", "just a string", "a: 1\n--- # c\nb: 2", "a: 1\n--- foo\nb: 2",
    "a: 1\n----\nb: 2", "a: {x: {y: 1, z: 2}}\n---\na: {x: {y: 3}}", "a: [1, 2]\n---\na: [3]", "a: {x: 1}\n---\na: 5",
    "a: 5\n---\na: {x: 1}", "a: 1\r\n---\r\nb: 2\r\n", "a: 1\n---\n- x", "a: 1\n---\nb: [", "a: 1\n...\n---\nb: 2",
    "---\na: 1", "a: |\n  x\n  ---\n  y\n", "a: 1\n---   \nb: 2", "yes: 1\n---\n\"true\": 2", "~: a", "a: 1\nb: 2",
    "k: {1.5: a, 2: b}", "a: !!binary aGk=", "a:\n  - 1\n  - two",
    "a: &x 1\n---\nb: *x", "a: 1\nb: 2\n---\nc: 3\nd: [\n", "--- |\n  x", "a: 1\n---\n~: x", "a: 1\n--- \t\nb: 2",
    "a: {x: 1}\n---\na: ~", "a: [1]\n---\na: {x: 1}", "\n\n---\n\n", "a: 1\n---\n'b': \"c\"\n---\n{d: [1, 2]}",
]

SPLIT_CASES = [
    # (no `kind:` keys: Helm sorts printed manifests by kind, which is not the splitter's job)
    "\n\n  \napiVersion: v1\nkindx: ConfigMap\nmetadata:\n  name: a   \ndata:\n  k: |\n    line\n    ---\n    after\n---   \n---\n\n---foo: 1\n--- # comment\nkindx: Service\n  \n\n",
    "a: 1\n---\n\n---\nb: 2", "---\n---\n  \n---\n", "a: 1\n---\nb: 2\n---\nc: 3", "# only a comment",
    "a: 1\n  ---\nb: 2", "a: 1\n--- \t\nb: 2", "\n---\na: 1\n", "x: 1\n---\n# c1\n---\n# c2\ny: 2",
    "a: |\n  x\n---\nb: 2", "a: 1\r\n---\r\nb: 2", "---a: 1\n---b: 2",
]


def gen_values(cases):
    out = []
    for i, src in enumerate(cases):
        d = tempfile.mkdtemp(prefix="yv-")
        try:
            make_chart(d)
            with open(os.path.join(d, "values.yaml"), "w") as f:
                f.write(src)
            with open(os.path.join(d, "templates", "t.yaml"), "w") as f:
                f.write("# {{ toJson .Values | b64enc }}\n")
            rc, so, se = run_helm(d)
            case = {"name": "values-%02d" % i, "src": src}
            if rc == 0:
                m = re.search(r"^# (\S*)$", so, re.M)
                case["json"] = unb64(m.group(1))
            else:
                msg = se.strip()
                msg = re.sub(r"^Error: ", "", msg)
                msg = msg.replace("cannot load values.yaml: ", "", 1)
                case["error"] = msg
            out.append(case)
        finally:
            shutil.rmtree(d)
    return out


def gen_split(cases):
    d = tempfile.mkdtemp(prefix="ys-")
    try:
        make_chart(d, "sp")
        names = []
        for i, src in enumerate(cases):
            n = "s%02d.yaml" % i
            names.append(n)
            with open(os.path.join(d, "templates", n), "w") as f:
                f.write(src)
        rc, so, se = run_helm(d)
        if rc != 0:
            sys.exit("split render failed: " + se)
        docs = {n: [] for n in names}
        parts = re.split(r"(?m)^---\n# Source: sp/templates/(s\d\d\.yaml)\n", so)
        for j in range(1, len(parts), 2):
            docs[parts[j]].append(parts[j + 1].strip(" \t\r\n"))
        return [{"name": "split-%02d" % i, "src": src, "docs": docs[names[i]]} for i, src in enumerate(cases)]
    finally:
        shutil.rmtree(d)


CHART_FIELD_CASES = [
    "1.10", "010", "0x1F", "yes", "2024-01-01", "1000000", "12345678901", "1.5e6", "0.00001", "3.14159265358979",
    "123456789.123", "true", "~", "'quoted'", "1e40", ".inf", "-0", "0.1", "1_000", "+1", "on", "1.0", "7",
    "99999999999999999999", "18446744073709551615", "-5", ".5", "2.50", "\"2.50\"", "0o17",
]


def gen_chart_fields(cases):
    """Chart.yaml string fields (appVersion, description): numbers become float32-formatted strings."""
    d = tempfile.mkdtemp(prefix="yf-")
    try:
        make_chart(d, "cf")
        for i, v in enumerate(cases):
            sub = os.path.join(d, "charts", "s%02d" % i)
            os.makedirs(os.path.join(sub, "templates"))
            with open(os.path.join(sub, "Chart.yaml"), "w") as f:
                f.write("apiVersion: v2\nname: s%02d\nversion: 0.1.0\nappVersion: %s\ndescription: %s\n" % (i, v, v))
            with open(os.path.join(sub, "templates", "t.yaml"), "w") as f:
                f.write("# {{ .Chart.Name }}|{{ .Chart.AppVersion | b64enc }}|{{ .Chart.Description | b64enc }}\n")
        rc, so, se = run_helm(d)
        if rc != 0:
            sys.exit("chart fields render failed: " + se)
        got = {}
        for line in so.splitlines():
            m = re.match(r"^# (s\d\d)\|(.*)\|(.*)$", line)
            if m:
                got[m.group(1)] = (unb64(m.group(2)), unb64(m.group(3)))
        out = []
        for i, v in enumerate(cases):
            text = "apiVersion: v2\nname: s%02d\nversion: 0.1.0\nappVersion: %s\ndescription: %s\n" % (i, v, v)
            app, desc = got["s%02d" % i]
            out.append({"name": "chart-%02d" % i, "src": text, "appVersion": app, "description": desc})
        return out
    finally:
        shutil.rmtree(d)


HEAD_CASES = [
    "- a", "just a string", "kind: [x]", "kind: {a: 1}", "apiVersion: [1]", "metadata: x", "metadata: [1]",
    "metadata: {name: [x]}", "metadata: {name: 5}", "metadata: {annotations: x}", "metadata: {annotations: {a: [1]}}",
    "metadata: {annotations: {a: 1, b: true, c: ~}}", "Kind: [x]", "KIND: 1", "kind: A\nkind: B", "a: [", "a: b: c",
    "kind: 5", "metadata: ~", "kind: [x]\napiVersion: {a: 1}", "metadata: {name: [1], annotations: [2]}", "42", "true",
    "# only a comment", "a: 1\n---\nb: [", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  annotations:\n    helm.sh/hook: pre-install",
    "metadata: {Name: [1]}", "kind: !!binary aGk=", "a: {b: .inf}", "kind: .inf", "~: x",
]


def gen_heads(cases):
    """Helm's YAML check of each rendered manifest (decoding util.SimpleHead)."""
    out = []
    for i, src in enumerate(cases):
        d = tempfile.mkdtemp(prefix="yh-")
        try:
            make_chart(d, "mh")
            with open(os.path.join(d, "templates", "t.yaml"), "w") as f:
                f.write(src)
            rc, so, se = run_helm(d)
            case = {"name": "head-%02d" % i, "src": src, "error": None}
            if rc != 0:
                msg = se.strip()
                msg = re.sub(r"\n\nUse --debug flag to render out invalid YAML$", "", msg)
                prefix = "Error: YAML parse error on mh/templates/t.yaml: "
                if not msg.startswith(prefix):
                    sys.exit("unexpected head error: " + msg)
                case["error"] = msg[len(prefix):]
            out.append(case)
        finally:
            shutil.rmtree(d)
    return out


def main():
    r = random.Random(20261204)
    cases = []  # (name, kind, src)
    def add(kind, src):
        cases.append(("c%04d" % len(cases), kind, src))
    for s in HAND_YAML: add("fromYaml", s)
    for s in HAND_ARRAY: add("fromYamlArray", s)
    for s in HAND_TOML: add("fromToml", s)
    for s in HAND_JSON: add("fromJson", s)
    for s in HAND_JSON[:20]: add("fromJsonArray", s)
    for s in HAND_STRINGS: add("string", s)
    for _ in range(110): add("fromYaml", gen_yaml(r, 3))
    for _ in range(80): add("string", gen_string(r))
    for _ in range(120): add("fromYaml", gen_tokens(r))
    for _ in range(40): add("string", gen_long(r))
    for _ in range(30): add("fromYaml", "k: " + gen_long(r).replace("\n", " ").replace("\t", " "))

    first = render_batch(cases)
    second = render_batch(cases)
    decode, strings, dropped = [], [], 0
    for name, kind, src in cases:
        got = first.get(name)
        if got is None or got != second.get(name):
            dropped += 1
            continue
        if kind == "string":
            strings.append({"name": name, "src": src, **dict(zip(STRING_FIELDS, got))})
        else:
            case = {"name": name, "kind": kind, "src": src, **dict(zip(DECODE_FIELDS, got))}
            if case["toRawJson"] == case["toJson"]:
                del case["toRawJson"]  # stored only when it differs, to keep the file small
            decode.append(case)

    version = subprocess.check_output([HELM, "version", "--short"], text=True).strip()
    doc = {
        "generator": "scripts/gen-yaml-cases.py",
        "helm": version,
        "decode": decode,
        "strings": strings,
        "values": gen_values(VALUES_CASES),
        "split": gen_split(SPLIT_CASES),
        "chartFields": gen_chart_fields(CHART_FIELD_CASES),
        "heads": gen_heads(HEAD_CASES),
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        # One case per line keeps diffs readable; compact separators keep the file well under 1 MB.
        f.write("{\n")
        keys = sorted(doc)
        for n, k in enumerate(keys):
            v = doc[k]
            if isinstance(v, list):
                f.write("%s: [\n" % json.dumps(k))
                f.write(",\n".join(json.dumps(c, ensure_ascii=False, sort_keys=True, separators=(",", ":")) for c in v))
                f.write("\n]")
            else:
                f.write("%s: %s" % (json.dumps(k), json.dumps(v, ensure_ascii=False)))
            f.write(",\n" if n != len(keys) - 1 else "\n")
        f.write("}")
        f.write("\n")
    total = len(decode) + len(strings) + len(doc["values"]) + len(doc["split"]) + len(doc["chartFields"]) + len(doc["heads"])
    print("wrote %s: %d cases (%d unstable dropped)" % (OUT, total, dropped))


if __name__ == "__main__":
    main()
