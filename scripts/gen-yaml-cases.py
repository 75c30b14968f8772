#!/usr/bin/env python3
"""Regenerates testdata/yaml/cases.json from the reference Helm (the oracle).

Every expected output in the file is printed by real Helm v4: this script writes
inputs (hand-picked tricky ones plus seeded random ones), renders them through a
throw-away chart with `helm template`, and stores input and Helm's answer side by side.

  python3 scripts/gen-yaml-cases.py            # uses shared/tools/reference-helm
  HELM=/path/to/helm python3 scripts/gen-yaml-cases.py

Case groups:
  decode  - `fromYaml`/`fromYamlArray`/`fromJson`/`fromJsonArray` of a text, then
            toJson, toYaml, toRawJson, toPrettyJson of the result
  strings - toYaml/toJson of a string in several positions (value, key, list item, nested)
  values  - a chart's values.yaml as Helm v4 loads it (multi-document merge, load errors)
  split   - a rendered template split into manifests
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
# {{ $name }}|{{ toJson $v | b64enc }}|{{ toYaml $v | b64enc }}|{{ toRawJson $v | b64enc }}|{{ toPrettyJson $v | b64enc }}
{{- else if eq $c.k "fromYamlArray" }}{{ $v := fromYamlArray $src }}
# {{ $name }}|{{ toJson $v | b64enc }}|{{ toYaml $v | b64enc }}|{{ toRawJson $v | b64enc }}|{{ toPrettyJson $v | b64enc }}
{{- else if eq $c.k "fromJson" }}{{ $v := fromJson $src }}
# {{ $name }}|{{ toJson $v | b64enc }}|{{ toYaml $v | b64enc }}|{{ toRawJson $v | b64enc }}|{{ toPrettyJson $v | b64enc }}
{{- else if eq $c.k "fromJsonArray" }}{{ $v := fromJsonArray $src }}
# {{ $name }}|{{ toJson $v | b64enc }}|{{ toYaml $v | b64enc }}|{{ toRawJson $v | b64enc }}|{{ toPrettyJson $v | b64enc }}
{{- else if eq $c.k "string" }}
# {{ $name }}|{{ toYaml $src | b64enc }}|{{ toYaml (dict $src 1) | b64enc }}|{{ toYaml (list $src) | b64enc }}|{{ toYaml (dict "k" $src) | b64enc }}|{{ toYaml (dict "k" (dict "kk" $src)) | b64enc }}|{{ toYaml (list (list $src)) | b64enc }}|{{ toJson $src | b64enc }}|{{ toRawJson $src | b64enc }}
{{- end }}
{{- end }}
'''

DECODE_FIELDS = ["toJson", "toYaml", "toRawJson", "toPrettyJson"]
STRING_FIELDS = ["value", "key", "item", "nested", "nested2", "item2", "toJson", "toRawJson"]


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
    "? |\n  multi\n  line\n: 1", "yes: \"yes\"\ny: \"y\"\nY: \"Y\"\n\"true\": \"true\"",
    "1: a\n1.0: b", "\"1\": a\n1: b", "k: {true: 1, \"true\": 2}", "0.30000000000000004: a", "1e40: a",
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


def main():
    r = random.Random(20261204)
    cases = []  # (name, kind, src)
    def add(kind, src):
        cases.append(("c%04d" % len(cases), kind, src))
    for s in HAND_YAML: add("fromYaml", s)
    for s in HAND_ARRAY: add("fromYamlArray", s)
    for s in HAND_JSON: add("fromJson", s)
    for s in HAND_JSON[:20]: add("fromJsonArray", s)
    for s in HAND_STRINGS: add("string", s)
    for _ in range(150): add("fromYaml", gen_yaml(r, 3))
    for _ in range(80): add("string", gen_string(r))

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
            decode.append({"name": name, "kind": kind, "src": src, **dict(zip(DECODE_FIELDS, got))})

    version = subprocess.check_output([HELM, "version", "--short"], text=True).strip()
    doc = {
        "generator": "scripts/gen-yaml-cases.py",
        "helm": version,
        "decode": decode,
        "strings": strings,
        "values": gen_values(VALUES_CASES),
        "split": gen_split(SPLIT_CASES),
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(doc, f, ensure_ascii=False, indent=0, sort_keys=True)
        f.write("\n")
    total = len(decode) + len(strings) + len(doc["values"]) + len(doc["split"])
    print("wrote %s: %d cases (%d unstable dropped)" % (OUT, total, dropped))


if __name__ == "__main__":
    main()
