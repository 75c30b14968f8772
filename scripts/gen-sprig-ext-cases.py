#!/usr/bin/env python3
"""Regenerates testdata/sprig/ext-cases.json: Sprig regex, semver and date cases run
through the reference Helm (v4 by default), so the expected outputs come from Helm itself.

Each case is a function call (optionally followed by method calls on the result). All cases
are rendered in one chart; when a render fails, the batch is split in halves until each
failing case is alone, and its error message becomes the expected output.

Usage: scripts/gen-sprig-ext-cases.py [--helm PATH]
"""
import argparse, base64, json, os, random, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "testdata", "sprig", "ext-cases.json")


def call(fn, *args):
    return {"call": fn, "args": list(args)}


def lit(arg):
    """The template text for one argument."""
    if isinstance(arg, bool):
        return "true" if arg else "false"
    if isinstance(arg, int):
        return str(arg)
    if isinstance(arg, str):
        return json.dumps(arg, ensure_ascii=False)
    if isinstance(arg, dict) and "call" in arg:
        return "(" + " ".join([arg["call"]] + [lit(a) for a in arg["args"]]) + ")"
    raise ValueError(arg)


def expr(case):
    text = " ".join([case["fn"]] + [lit(a) for a in case["args"]])
    for step in case.get("chain", []):
        text = "(" + text + ")." + step["method"]
        if step.get("args"):
            text += " " + " ".join(lit(a) for a in step["args"])
    return text


# ---------------------------------------------------------------- semver
SEMVER_VERSIONS = [
    "1.2.3", "v1.2.3", "1.2", "1", "v2", "1.2.3-beta", "1.2.3-beta.1", "1.2.3-beta.11", "1.2.3-beta.2",
    "1.2.3-alpha", "1.2.3-rc.1+build.5", "1.2.3+meta", "0.0.1", "0.1.0", "0.1.5", "0.0.0",
    "10.20.30", "1.0.0-0", "1.0.0-x.7.z.92", "1.0.0-alpha-a.b-c", "1.2.3-01", "1.02.3", "01.2.3",
    "1.2.3.4", "1.2.3-", "1.2.3+", "a.b.c", "", "v", "1.2-rc.1", "1.2.3-beta..1", "1.2.3+a..b",
    "99999999999999999999.0.0", "1.2.3-Beta", "18446744073709551615.0.0", "1.2.3 ", " 1.2.3",
    "1.2.3-beta_1", "V1.2.3", "1.2.x",
]

COMPARE_VERSIONS = [
    "1.2.3", "1.2.4", "1.3.0", "2.0.0", "1.2.3-beta", "1.2.0", "0.2.3", "0.0.3", "0.0.4",
    "1.21.0", "v1.21.5-gke.1302", "1.20.15", "1.22.0-rc.1", "3.0.0", "0.0.0", "1.2.3+build",
    "1.2.3-beta.3", "1.3.0-alpha", "2.0.0-0", "1.2.3-beta.10",
]

CONSTRAINTS = [
    "1.2.3", "=1.2.3", "!=1.2.3", ">1.2.3", "<1.2.3", ">=1.2.3", "<=1.2.3", "=>1.2.3", "=<1.2.3",
    "~1.2.3", "~>1.2", "~1", "^1.2.3", "^1.2", "^0.2.3", "^0.0.3", "^0.0", "^0", "1.2.x", "1.x",
    "*", "x", ">=1.21-0", ">= 1.21.0-0", ">=1.2.0 <1.3.0", ">=1.2.0, <1.3.0", "1.2 - 1.4",
    "<1.2.0 || >=2.0.0", "!=1.2.x", ">1.2", ">1", "<=1.2", "<=1.x", "~0", "~0.0.0", "^1.x",
    ">=1.2.3-alpha", "1.2.3-beta", "~1.2.3-0", ">= 1.2, < 1.3", ">1.2.3-beta <1.3", "!=1.2",
    "^0.0.x", "~1.2.x", ">=1.2.x", "<1.x", "!=1.x", ">= 1.2.3 <= 1.5", "1.2.3 - 2", "v1.2.3", "=v1.2",
    "~>1.2.3-beta.2", "^1.2.3-beta.2", "<=1.2.3-beta", "x.x.x", "1.2.*", "^*", "~*", ">*", "<*", "<=*",
    "!=*", ">0.x", "^0.x", "~0.x", "1.2.3+build", ">=1.2.3+build", "~1.x", "^0.2", "=1.2.x-0",
]

BAD_CONSTRAINTS = [
    "", "abc", ">=1.2.3,", "1.2.3 ||", ">> 1.2", "1|2", "x1", "1.2.3.4", ">=1.2 <", "~ 1.2",
    " >= 1.2 ", "1.2 - ", ">1.2 - 1.4", "1.2,,1.3", "1.2 1.3", "1.2 , 1.3",
]


def semver_cases():
    cases = []
    for v in SEMVER_VERSIONS:
        cases.append({"family": "semver", "fn": "semver", "args": [v]})
    for v in ["1.2.3", "v1.2.3-beta.1+b5", "1.2", "v0.0.1"]:
        for m in ["Major", "Minor", "Patch", "Prerelease", "Metadata", "Original", "String",
                  "IncMajor", "IncMinor", "IncPatch"]:
            cases.append({"family": "semver", "fn": "semver", "args": [v], "chain": [{"method": m}]})
    for a, b in [("1.2.3", "1.3.0"), ("1.3.0", "1.2.3"), ("1.2.3", "1.2.3+b"), ("1.2.3-a", "1.2.3"),
                 ("1.2.3-alpha.10", "1.2.3-alpha.9"), ("1.2.3-alpha", "1.2.3-alpha.1")]:
        for m in ["Compare", "LessThan", "GreaterThan", "Equal", "LessThanEqual", "GreaterThanEqual"]:
            cases.append({"family": "semver", "fn": "semver", "args": [a],
                          "chain": [{"method": m, "args": [call("semver", b)]}]})
    for p in ["rc.1", "", "01", "a..b"]:
        cases.append({"family": "semver", "fn": "semver", "args": ["v1.2.3+m"],
                      "chain": [{"method": "SetPrerelease", "args": [p]}]})
        cases.append({"family": "semver", "fn": "semver", "args": ["1.2.3-p"],
                      "chain": [{"method": "SetMetadata", "args": [p]}]})
    for c in CONSTRAINTS:
        for v in COMPARE_VERSIONS:
            cases.append({"family": "semver", "fn": "semverCompare", "args": [c, v]})
    for c in BAD_CONSTRAINTS:
        cases.append({"family": "semver", "fn": "semverCompare", "args": [c, "1.2.3"]})
    for v in ["bad", "1.2.3-01", ""]:
        cases.append({"family": "semver", "fn": "semverCompare", "args": [">=1.0.0", v]})
    return cases


# ---------------------------------------------------------------- driver
CHART_YAML = "apiVersion: v2\nname: c\nversion: 0.1.0\n"


def render(helm, cases):
    """Renders the cases in one chart; returns (ok, stdout, stderr)."""
    with tempfile.TemporaryDirectory() as d:
        os.makedirs(os.path.join(d, "templates"))
        with open(os.path.join(d, "Chart.yaml"), "w") as f:
            f.write(CHART_YAML)
        lines = []
        for i, c in cases:
            lines.append("{{- $r := %s }}\n# C%d {{ printf \"%%T\" $r | b64enc }} {{ print $r | b64enc }} "
                         "{{ toJson $r | b64enc }}\n" % (expr(c), i))
        with open(os.path.join(d, "templates", "t.yaml"), "w") as f:
            f.write("".join(lines))
        env = dict(os.environ, TZ="UTC", HOME=d, HELM_CACHE_HOME=d, HELM_CONFIG_HOME=d, HELM_DATA_HOME=d)
        p = subprocess.run([helm, "template", "r", d], capture_output=True, text=True, env=env)
        return p.returncode == 0, p.stdout, p.stderr


def b64(s):
    return base64.b64decode(s).decode("utf-8", "surrogateescape")


def run(helm, cases):
    ok, out, err = render(helm, cases)
    if ok:
        got = {}
        for m in re.finditer(r"^# C(\d+) (\S*) (\S*) (\S*)$", out, re.M):
            got[int(m.group(1))] = (b64(m.group(2)), b64(m.group(3)), b64(m.group(4)))
        for i, c in cases:
            t, v, j = got[i]
            c["type"], c["out"], c["json"] = t, v, j
        return
    if len(cases) == 1:
        c = cases[0][1]
        msg = err.strip()
        m = re.search(r"error calling %s: (.*?)(\n\nUse --debug flag.*)?$" % re.escape(c["fn"]), msg, re.S)
        if m is None:
            m = re.search(r"error calling \w+: (.*?)(\n\nUse --debug flag.*)?$", msg, re.S)
        c["err"] = m.group(1) if m else msg
        return
    half = len(cases) // 2
    run(helm, cases[:half])
    run(helm, cases[half:])


def main():
    ap = argparse.ArgumentParser()
    default = os.path.expanduser("~/.cache/reference-helm/v4/helm")
    ap.add_argument("--helm", default=default)
    a = ap.parse_args()
    version = subprocess.run([a.helm, "version", "--short"], capture_output=True, text=True).stdout.strip()
    cases = semver_cases() + regex_cases() + date_cases()
    indexed = list(enumerate(cases))
    for start in range(0, len(indexed), 400):
        run(a.helm, indexed[start:start + 400])
    for c in cases:
        c["expr"] = expr(c)
    with open(OUT, "w") as f:
        json.dump({"helm": version, "tz": "UTC", "cases": cases}, f, ensure_ascii=False, indent=None,
                  separators=(",", ":"))
        f.write("\n")
    errs = sum(1 for c in cases if "err" in c)
    print("%d cases (%d errors) -> %s" % (len(cases), errs, os.path.relpath(OUT, ROOT)))


# ---------------------------------------------------------------- regex
REGEX_PATTERNS = [
    "a+", "a*", "a*?", "a+?", "(a|ab)(c|bcd)(d*)", "x*", "", "^", "$", "\\b", "\\B", "\\bfoo\\b",
    "(?i)hello", "(?i)k", "(?i)S", "[[:alpha:]]+", "[[:^alpha:]]+", "\\d+", "\\D+", "\\s+", "\\w+",
    "\\W", "[^a-z]", "[a-c-e]+", "[]a]", "[^]a]+", "(?m)^\\w+", "(?m)\\w+$", "^\\w+", "\\w+$",
    "(?s)e.\\w", "e.\\w", "\\pL+", "\\p{Lu}", "\\PL+", "\\p{Greek}+", "[\\p{Lu}\\d]+", "(?U)a+",
    "(?U)a+?", "a{2}", "a{2,}", "a{1,3}", "a{,3}", "a{1,3}?", "x{0}y", "(?:ab)+", "(a)(b)?",
    "\\Qa.b\\E+", "\\x41", "\\x{3b1}", "\\101", "\\.", "[\\d\\-.]+", ".", "(?i)STRASSE", "(?i)[k]",
    "\\Aa", "\\d\\z", "a|b|c", "abc|abd", "(|a)+", "(a*)*", "(a*)+", "(a|)+", "((a)|b)+",
    "[[:word:]]+", "[[:punct:]]", "[[:space:]]+", "(?i)[^k]+", "[a-z]+\\d*", "\\$\\{[^}]+\\}",
    "v?(\\d+)\\.(\\d+)", "(?i:h)ello", "(?m:^l)\\w", "(?-i)h", "\\p{^L}+", "\\P{^Lu}", "[^\\n]+",
    "(?s:.)", "\\n", "[\\s\\S]", "(?:(?:a+)b)+", "l(ine)?\\d", "o\\b", "\\Bo",
    "(?i)\\pL+", "(?i)[[:upper:]]+", "(?i)[^[:lower:]]+", "\\p{L}\\p{N}", "[\\p{Greek}a]+", "(?U)(a+)(a*)",
    "a??", "a{0,}?", "(?:a|b)*?c", "\\b\\w", "(?m)$\\n?", "^$", "(?m)^$", "[^\\x00-\\x7F]+",
    "[\\x{3b1}-\\x{3c9}]+", "\\Q(?i)\\E", "[-a]+", "[a-]+", "[\\]]", "[\\^a]+", "\\&\\_", "(?s).+", ".+",
    "(?i)\u01c5", "(?i)\u03c3+", "(?i)\u00b5", "(?i)\u00e5+", "(?i)\u00df", "\\p{Lt}", "\\pN+", "\\p{Nd}+",
    "\\p{Cyrillic}", "(?i)[\u03c3-\u03c3]+", "[[:^space:][:digit:]]+",
]

REGEX_SUBJECTS = [
    "aaa baaac ab abd",
    "Hello hello HELLO_123 foo.bar foo",
    "line1\nline2\n\nlast",
    "Kk\u212a \u017fs \u03b1\u03b2\u03b3 \u0394\u0395\u0396 stra\u00dfe ${x} v1.22.3 e\nx",
    "\u01c5\u01c6\u01c4 \u03a3\u03c3\u03c2 \u00b5\u039c\u03bc \u00c5\u00e5\u212b \u1e9e\u00df \u0663\u00bd 42",
]

REGEX_ERRORS = [
    "(", ")", "a)", "(a", "[a", "[z-a]", "a**", "a*+", "*", "+a", "?", "(*)", "a|*", "x{1001}",
    "x{2,1}", "(?i", "(?z)", "(?<n", "(?P<n>", "(?P<>a)", "(?P<a-b>x)", "\\q", "\\", "a\\", "\\8",
    "\\1", "\\xZZ", "\\x{110000}", "\\x{}", "\\pX", "\\p{Foo}", "\\p{Greek", "[[:foo:]]",
    "(?:a{100}){100}", "a{1000}", "a{1001,}", "\\C", "[\\b]", "(?-)", "(?i-)", "(?--i)", "[a-\\d]",
    "x{2}{3}", "a*?*", "\\Q", "(?P=n)", "[]", "[^]", "a{2}*", "{2}", "a{01}", "(?i)(?P<n>x",
    "[a", "x{99999999999}", "((a)", "\\x{10FFFF}", "[\\x{41}-\\x{5a}]+",
]


def regex_cases():
    cases = []
    add = lambda fn, *args: cases.append({"family": "regex", "fn": fn, "args": list(args)})
    for pat in REGEX_PATTERNS:
        for subj in REGEX_SUBJECTS:
            add("regexFindAll", pat, subj, -1)
    for pat in REGEX_ERRORS:
        add("mustRegexMatch", pat, "x")
        add("regexFind", pat, "x")
    for pat in ["(", "a+", "[z-a]"]:
        for fn in ["regexMatch", "mustRegexFindAll", "mustRegexFind", "mustRegexReplaceAll",
                   "mustRegexReplaceAllLiteral", "mustRegexSplit", "regexFindAll", "regexReplaceAll",
                   "regexReplaceAllLiteral", "regexSplit"]:
            if fn in ("regexMatch",):
                add(fn, pat, "aa")
            elif fn.endswith("FindAll") or fn.endswith("Split"):
                add(fn, pat, "baab", -1)
            elif fn.endswith("Find"):
                add(fn, pat, "baab")
            else:
                add(fn, pat, "baab", "<$0>")
    for pat, subj in [("^[a-z]+$", "abc"), ("^[a-z]+$", "abc\n"), ("^$", ""), ("a", "b"), ("(?m)^b$", "a\nb\nc"),
                      ("^v?\\d+", "v12"), ("\\z", "")]:
        add("regexMatch", pat, subj)
        add("regexFind", pat, subj)
    subj = "Alice=30, Bob=25; carol=41 dave"
    pat = "(?P<name>[A-Za-z]+)=(?P<age>\\d+)"
    for tmpl in ["$1", "${1}x", "$1x", "$name", "${name}:${age}", "$$", "$", "$0", "${", "$10", "$01",
                 "${age", "<$2>", "$name_", "${nope}", "\\1", "$\u00e9"]:
        add("regexReplaceAll", pat, subj, tmpl)
        add("regexReplaceAllLiteral", pat, subj, tmpl)
    for pat, subj, repl in [("a*", "baaac", "-"), ("", "abc", "-"), ("x*", "", "-"), ("b*", "abc", "[$0]"),
                            ("(?m)^", "a\nb", "> "), ("(?m)$", "a\nb", ";"), ("\\s+", " a  b ", " "),
                            ("o", "foo", "0"), ("(a)|(b)", "ab", "[$1|$2]"), ("\u00e9", "caf\u00e9 \u00e9t\u00e9", "e")]:
        add("regexReplaceAll", pat, subj, repl)
    for pat, subj in [("o", "hello world"), (",", "a,b,,c,"), ("", "abc"), ("x*", "axbxxc"), ("\\s*", "a b"),
                      (",", ""), ("", ""), ("a", "a"), ("(?:)", "ab")]:
        for n in [-1, 0, 1, 2, 3]:
            add("regexSplit", pat, subj, n)
    for pat, subj in [("a", "aaaa"), ("", "abc"), ("a*", "baaab")]:
        for n in [0, 1, 2, 10]:
            add("regexFindAll", pat, subj, n)
    for s_ in ["1.2.3", "[a-z]*", "\\^$.|?*+()[]{}", "plain", "a\u00e9b", ""]:
        add("regexQuoteMeta", s_)
    return cases


def date_cases():
    cases = []
    add = lambda fn, *args: cases.append({"family": "dates", "fn": fn, "args": list(args)})
    rfc = "2006-01-02T15:04:05Z07:00"
    t1 = call("toDate", rfc, "2024-03-10T06:30:00Z")
    t2 = call("toDate", "2006-01-02 15:04:05.000000000", "2023-11-05 13:07:09.123456789")
    t3 = call("toDate", rfc, "1999-12-31T23:59:59-05:00")
    t4 = call("toDate", "2006-01-02", "2024-02-29")
    times = [t1, t2, t3, t4, 1700000000, call("int64", 86399), -1]
    layouts = [rfc, "Mon Jan _2 15:04:05 MST 2006", "02 Jan 06 15:04 -0700", "Monday, 02-Jan-06 15:04:05 MST",
               "3:04PM", "Jan _2 15:04:05.000000", "15:04:05.999", "2006-01-02 15:04:05.999999999 -0700 MST",
               "__2 002", "Z07:00:00 -07 -070000 Z0700", "pm PM 03 3", "January 1 01 _2 2", "_2006 06",
               "2006,000 .9 ,99", "Jant Mont MSTx", "literal text", "", "20060102150405"]
    for t in times:
        for layout in layouts[:9] if t not in (t1, t2) else layouts:
            add("date", layout, t)
    zones = ["UTC", "America/New_York", "Asia/Kolkata", "Europe/London", "Australia/Sydney",
             "America/Sao_Paulo", "Invalid/Zone", "Local", "", "Asia/Kathmandu", "Pacific/Chatham", "EST5EDT"]
    far = [call("toDate", rfc, "2050-07-01T12:00:00Z"), call("toDate", rfc, "2050-01-15T12:00:00Z"),
           call("toDate", rfc, "1850-06-01T00:00:00Z"), call("toDate", rfc, "2038-03-28T01:30:00Z")]
    for z in zones:
        for t in [t1, t3, 1700000000, call("toDate", rfc, "2024-07-01T12:00:00Z")] + far:
            add("dateInZone", "2006-01-02 15:04:05 MST -07:00", t, z)
        add("date_in_zone", "Mon Jan 2 15:04:05 MST 2006", t2, z)
        add("htmlDateInZone", t1, z)
    for t in times:
        add("htmlDate", t)
    parse_cases = [
        (rfc, "2024-03-10T06:30:00Z"), (rfc, "2024-03-10T06:30:00+05:30"), (rfc, "2024-03-10T06:30:00.5-07:00"),
        ("2006-01-02", "2024-02-30"), ("2006-01-02", "2023-02-29"), ("2006-01-02", "2024-13-01"),
        ("2006-01-02", "24-01-01"), ("2006-01-02 15:04", "2024-01-01 25:00"), ("2006-01-02", "2024-01-01 extra"),
        ("Jan 2 2006", "feb 3 2021"), ("Jan 2 2006", "FEBRUARY 3 2021"), ("January 2, 2006", "March 4, 2021"),
        ("Mon Jan _2 15:04:05 MST 2006", "Wed Mar  3 10:11:12 PST 2021"),
        ("Mon Jan _2 15:04:05 MST 2006", "Wed Mar  3 10:11:12 UTC 2021"),
        ("Mon Jan _2 15:04:05 MST 2006", "Wed Mar  3 10:11:12 GMT+3 2021"),
        ("2006-01-02 15:04:05 -0700 MST", "2021-03-03 10:11:12 +0000 UTC"),
        ("2006-01-02 15:04:05 -0700 MST", "2021-03-03 10:11:12 -0800 PST"),
        ("2006-01-02 15:04:05", "2021-03-03 10:11:12.987654321"), ("2006-01-02 15:04:05.000", "2021-03-03 10:11:12.98"),
        ("2006-01-02 15:04:05.999", "2021-03-03 10:11:12"), ("3:04PM", "12:30AM"), ("3:04pm", "1:05pm"),
        ("3:04PM", "13:00PM"), ("06-01-02", "69-01-02"), ("06-01-02", "68-01-02"), ("2006 002", "2024 060"),
        ("2006 __2", "2023  32"), ("2006 002", "2023 366"), ("2006-01-02 002", "2024-03-01 061"),
        ("2006-01-02 002", "2024-03-02 061"), ("", ""), ("", "x"), ("2006", ""), ("Z07:00", "Z"),
        ("-07:00", "+25:00"), ("-0700", "+0530"), ("2006-01-02T15:04:05Z07:00", "2024-01-01T00:00:00+0100"),
        ("02/01/2006", "31/12/2024"), ("2006  01", "2006 01"), ("2006 01", "2006x01"), ("15:04:05", "10:11:60"),
        ("Monday 2006", "Fri 2021"), ("Monday 2006", "Friday 2021"), ("2006-01-02", "\u00e9"),
    ]
    for layout, value in parse_cases:
        add("toDate", layout, value)
        add("mustToDate", layout, value)
    for d in ["1h", "-90m", "1.5h", "bad", "1d", "", "0", "1h2m3.5s", "300ms", "-1.5us", "2562047h47m16.854775807s",
              "9223372036854775808ns", ".5h", "1.h", "+3s", "1\u00b5s", "1e3s"]:
        add("dateModify", d, t1)
        add("mustDateModify", d, t1)
    add("date_modify", "24h", t3)
    add("must_date_modify", "-24h", t3)
    for v in ["90", 90, call("int64", 90061), "abc", "-3600", "0", call("int64", 31536000 * 300), "1.5", "+7"]:
        add("duration", v)
    for v in ["2h30m", "49h", "800h", "9000h", "1s", "1.5s", "-3h", call("int64", 3000000000), "bad", 90,
              "24h", "24h0m1s", "720h", "721h", "8760h", "8761h", "61s", "60s", "1m1s", "999ms", ""]:
        add("durationRound", v)
    for t in [t1, t2, t3, t4, call("toDate", "2006", "1969"), call("toDate", "2006", "bad")]:
        add("unixEpoch", t)
    for t in [t2, t3, call("toDate", rfc, "2024-12-31T23:59:59+14:00")]:
        for m in ["Year", "Month", "Day", "Hour", "Minute", "Second", "Nanosecond", "YearDay", "Weekday",
                  "Unix", "UnixMilli", "UnixNano", "IsZero", "String", "UTC"]:
            cases.append({"family": "dates", "fn": "toDate", "args": t["args"], "chain": [{"method": m}]})
        cases.append({"family": "dates", "fn": "toDate", "args": t["args"],
                      "chain": [{"method": "Format", "args": ["Jan 2, 2006 at 3:04pm (MST)"]}]})
    for d in ["1h", "-1ns", "1us", "1.000001ms", "59.999999999s", "100h1ns", "-2562047h47m16.854775808s"]:
        add("dateModify", d, call("toDate", rfc, "2000-01-01T00:00:00Z"))
    return cases


if __name__ == "__main__":
    main()
