#!/usr/bin/env python3
"""Generates testdata/fmt/cases.json from the reference Helm.

Each case is a Go fmt call (printf, print or println) with typed operands. The
script writes one chart whose template prints every case as
`cN: "{{ printf FORMAT ARGS | b64enc }}"`, renders it once with the reference
Helm (v4 by default), and decodes the results. b64enc keeps any bytes safe in YAML.

Float32 cases use a values-file quirk (HELM-NOTES 1.7): a float mapping key is
turned into a string with strconv.FormatFloat(f, 'g', -1, 32).

Operands are typed lists:
  ["int", n] ["int64", "n"] ["float64", "decimal text"] ["string", s] ["bool", b]
  ["nil"] ["list", [operand...]] ["strings", [s...]] ["ints", n] (until n)
  ["map", {key: operand}] ["bytes", [byte...]] (.Files.GetBytes)

Usage: scripts/gen-fmt-cases.py [--helm PATH] [--seed N]
"""
import argparse
import base64
import json
import os
import random
import re
import struct
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "testdata", "fmt", "cases.json")
ISPRINT_OUT = os.path.join(ROOT, "testdata", "fmt", "isprint.json")
ISPRINT_SWIFT = os.path.join(ROOT, "Sources", "GoValue", "GoPrintableTable.swift")


def go_quote(s):
    """A Go interpreted string literal for the template source."""
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif o < 0x20 or o == 0x7F:
            out.append("\\x%02x" % o)
        elif 0xD800 <= o <= 0xDFFF:
            raise ValueError("surrogate")
        elif o >= 0x80 and not ch.isprintable():
            out.append("\\u%04x" % o if o < 0x10000 else "\\U%08x" % o)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


class Chart:
    def __init__(self):
        self.files = {}

    def expr(self, arg):
        kind = arg[0]
        if kind == "int":
            return str(arg[1])
        if kind == "int64":
            return "(int64 %s)" % go_quote(str(arg[1]))
        if kind == "float64":
            return "(float64 %s)" % go_quote(arg[1])
        if kind == "string":
            return go_quote(arg[1])
        if kind == "bool":
            return "true" if arg[1] else "false"
        if kind == "nil":
            return "nil"
        if kind == "list":
            return "(list %s)" % " ".join(self.expr(a) for a in arg[1]) if arg[1] else "(list)"
        if kind == "strings":
            assert all("|" not in s for s in arg[1]) and arg[1]
            return '(splitList "|" %s)' % go_quote("|".join(arg[1]))
        if kind == "ints":
            return "(until %d)" % arg[1]
        if kind == "map":
            parts = []
            for k, v in arg[1].items():
                parts.append(go_quote(k))
                parts.append(self.expr(v))
            return "(dict %s)" % " ".join(parts)
        if kind == "bytes":
            name = "files/b%d" % len(self.files)
            self.files[name] = bytes(arg[1])
            return "(.Files.GetBytes %s)" % go_quote(name)
        raise ValueError(kind)


def cases_basic():
    cases = []

    def add(fmt, *args):
        cases.append({"g": "basic", "k": "printf", "f": fmt, "a": list(args)})

    int_formats = ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%X", "%#x", "%#X", "%o", "%#o", "%O",
                   "%b", "%#b", "%c", "%q", "%+q", "%U", "%#U", "%v", "%#v", "%+v", "%T", "%.3d", "%8.3d",
                   "%-08d|", "%s", "%e", "%f", "%t", "%+05d", "% 05d", "%#8x", "%08b", "%.0d", "%5.0d|",
                   "%x|%X", "%#08x", "%-#8o|", "%6.2v", "%08v", "%.10U", "%#q"]
    ints = [["int", 0], ["int", 1], ["int", -1], ["int", 42], ["int", 255], ["int", -255], ["int", 65],
            ["int", 0x1F600], ["int64", "9223372036854775807"], ["int64", "-9223372036854775808"],
            ["int", 1114112], ["int", 0xD800], ["int", 7], ["int", 10], ["int", 0x7F], ["int", 0xA0],
            ["int64", "123456789"], ["int", 39], ["int", 34], ["int", 92]]
    for f in int_formats:
        for v in ints:
            add(f, v)

    float_formats = ["%v", "%g", "%G", "%e", "%E", "%f", "%F", "%.2f", "%.0f", "%.3g", "%10.3f", "%-10.3f|",
                     "%010.3f", "%+.2e", "% f", "%#g", "%#.3g", "%#v", "%x", "%X", "%b", "%.1e", "%8.2g",
                     "%d", "%s", "%T", "%.10g", "%.17g", "%.20f", "%#x", "%.3x", "%+v", "%08.3f", "%-08.3f|",
                     "%+g", "% g", "%#e", "%#.0f", "%#.0e", "%5.1f%%", "%.30e", "%q", "%010v", "%#.4x"]
    floats = ["0", "-0", "1", "-1", "0.5", "2.5", "3.5", "1.005", "0.05", "1e6", "1e21", "1e-5", "1e-7",
              "123456.789", "1234567", "3.14159", "NaN", "+Inf", "-Inf", "1e308", "5e-324",
              "2.2250738585072014e-308", "0.1", "100", "9007199254740993", "12345678901234567890",
              "1.7976931348623157e308", "-1234.5678", "0.000123", "999999.5", "9.5", "0.95"]
    for f in float_formats:
        for v in floats:
            add(f, ["float64", v])

    string_formats = ["%s", "%q", "%+q", "%#q", "%x", "%X", "% x", "%# x", "%#x", "%v", "%#v", "%10s",
                      "%-10s|", "%.2s", "%5.1s|", "%d", "%T", "%010s", "%c", "%.1q", "%8q", "%#+q", "%.3x",
                      "%-8q|", "%+v", "%08q", "%t", "%5.3x|"]
    strings = ["", "hello", "a\"b", "tab\there", "new\nline", "back`tick", "h\u00e9llo", "\u65e5\u672c\u8a9e",
               "\x00\x01\x7f", "emoji\U0001F600", "\u00a0nbsp", "\u200b", "a\\b", "\ufeff", "'single'",
               "\u2028", "\x1b[0m", "\u0301accent", "\ufffd", "\U000E0001", "\u00ad"]
    for f in string_formats:
        for s in strings:
            add(f, ["string", s])

    for f in ["%t", "%v", "%5t", "%-6t|", "%d", "%s", "%q", "%T", "%#v", "%+v", "%x", "%05t"]:
        for b in (True, False):
            add(f, ["bool", b])
    for f in ["%v", "%d", "%s", "%T", "%q", "%#v", "%5v", "%x", "%+v", "%-6v|", "%t", "%f"]:
        add(f, ["nil"])

    composites = [
        ["list", [["int", 1], ["string", "a"], ["float64", "2.5"], ["nil"], ["bool", True]]],
        ["list", []],
        ["strings", ["a", "b c"]],
        ["ints", 3],
        ["map", {"b": ["list", [["string", "x"], ["string", "y"]]], "a": ["int", 1]}],
        ["map", {}],
        ["map", {"outer": ["map", {"z": ["float64", "1e6"], "inner": ["nil"]}], "B": ["string", "q\""]}],
        ["list", [["list", [["int", 1], ["int", 2]]], ["list", []]]],
        ["list", [["map", {"k": ["string", "v"]}], ["int64", "5"]]],
        ["bytes", [104, 105]],
        ["bytes", []],
        ["bytes", [0, 255, 10, 65]],
        ["list", [["int64", "5"], ["float64", "1e6"], ["float64", "0.1"], ["string", ""]]],
        ["map", {"\u00e9": ["int", 1], "Z": ["int", 2], "a": ["int", 3], "10": ["int", 4], "9": ["int", 5]}],
        ["list", [["bytes", [1, 2]], ["strings", ["x"]]]],
    ]
    for f in ["%v", "%+v", "%#v", "%s", "%d", "%q", "%x", "%X", "%T", "%5v", "%05d", "%-4v|", "%.1f", "%t",
              "%o", "%c", "% x", "%#x"]:
        for c in composites:
            add(f, c)

    # Operand counting, indexes, bad widths and other malformed directives.
    add("%d %d", ["int", 1])
    add("%d", ["int", 1], ["int", 2])
    add("%d", ["int", 1], ["string", "x"], ["nil"], ["float64", "2.5"])
    add("no verbs", ["int", 1], ["list", [["int", 1]]])
    add("%")
    add("%-")
    add("abc%")
    add("%!")
    add("%[2]d %[1]d", ["int", 1], ["int", 2])
    add("%[3]d", ["int", 1], ["int", 2])
    add("%[0]d", ["int", 1])
    add("%[x]d", ["int", 1])
    add("%[1]d %d", ["int", 1], ["int", 2])
    add("%[1]d %d %d", ["int", 1], ["int", 2])
    add("%[2]d %d", ["int", 1], ["int", 2], ["int", 3])
    add("%[1]v %[1]T", ["int", 5])
    add("%[5]d", ["int", 1])
    add("%[1]2d", ["int", 1])
    add("%[1].2d", ["int", 1])
    add("%.[1]d", ["int", 1])
    add("%[1", ["int", 1])
    add("%[]d", ["int", 1])
    add("%[-1]d", ["int", 1])
    add("%*d", ["int", 5], ["int", 42])
    add("%-*d|", ["int", 5], ["int", 42])
    add("%*d", ["int", -5], ["int", 42])
    add("%*d", ["string", "x"], ["int", 42])
    add("%*d", ["float64", "5"], ["int", 42])
    add("%*d", ["int64", "6"], ["int", 42])
    add("%*d", ["int", 1000001], ["int", 42])
    add("%.*f", ["int", 2], ["float64", "3.14159"])
    add("%.*d", ["int", -1], ["int", 42])
    add("%.*d", ["string", "x"], ["int", 42])
    add("%*.*f", ["int", 10], ["int", 3], ["float64", "3.14159"])
    add("%[2]*[1]d", ["int", 12], ["int", 5])
    add("%[3]*.[2]*[1]f", ["float64", "12.0"], ["int", 2], ["int", 6])
    add("%*")
    add("%*d")
    add("%.*")
    add("100%%")
    add("%5%")
    add("%z", ["int", 1])
    add("%z", ["string", "s"])
    add("%\u00e9", ["int", 1])
    add("%10.4v|", ["float64", "3.14159"])
    add("%-+#0 d|", ["int", 3])
    add("%[2]v", ["int", 1])
    add("%.d", ["int", 0])
    add("%.0d|", ["int", 0])
    add("%5.0d|", ["int", 0])
    add("%d%%", ["int", 50])
    add("%v %v", ["nil"], ["nil"])
    add("%s=%d", ["string", "a"])
    add("%100000000d", ["int", 1])
    add("%.100000000d", ["int", 1])
    add("%w", ["int", 1])
    add("%w", ["bytes", [104, 105]])
    add("%+#w", ["list", [["int", 1]]])
    add("%p", ["int", 1])
    add("%p", ["string", "s"])
    add("%!d(x)")
    add("%v", ["int", 1], ["nil"])
    add("%s %s", ["string", "a"], ["string", "b"], ["map", {"k": ["int", 1]}], ["bytes", [1]])

    # print and println.
    def pr(kind, *args):
        cases.append({"g": "print", "k": kind, "f": "", "a": list(args)})
    operand_sets = [
        [["string", "a"], ["string", "b"]],
        [["int", 1], ["int", 2]],
        [["string", "a"], ["int", 1], ["string", "b"]],
        [["int", 1], ["string", "a"], ["int", 2]],
        [["nil"], ["nil"]],
        [["nil"], ["string", "x"], ["nil"]],
        [["float64", "1e6"], ["float64", "0.5"], ["bool", True]],
        [["list", [["int", 1]]], ["map", {"a": ["int", 1]}]],
        [["strings", ["x", "y"]], ["string", "s"], ["bytes", [104, 105]]],
        [],
        [["string", ""], ["string", ""]],
        [["int64", "5"], ["string", ""], ["int", 6]],
    ]
    for ops in operand_sets:
        pr("print", *ops)
        pr("println", *ops)
    return cases


def random_doubles(rng, n):
    values = []
    specials = [2.0 ** e for e in range(-1074, 1024, 7)]
    specials += [10.0 ** e for e in range(-323, 309, 3)]
    specials += [float(2 ** 53 + k) for k in range(-3, 4)] + [float(2 ** 63), float(2 ** 64), 9007199254740993.0]
    specials += [5e-324, 1e-323, 2.225073858507201e-308, 2.2250738585072014e-308, 1.7976931348623157e308,
                 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 123456.0, 999999.0, 1e6, 1e21, 1e20, 1e-4, 1e-5, 100.0,
                 4.35, 0.000001, 5e-7, 1.5e300, 8.41e21, 5.0e-324 * 3, 1e23, 9.5367431640625e-07]
    values += specials
    while len(values) < n:
        mode = rng.random()
        if mode < 0.35:
            bits = rng.getrandbits(64)
            x = struct.unpack("<d", struct.pack("<Q", bits))[0]
            if x != x or x in (float("inf"), float("-inf")):
                continue
        elif mode < 0.5:
            bits = rng.getrandbits(52)  # subnormal
            x = struct.unpack("<d", struct.pack("<Q", bits))[0]
        elif mode < 0.7:
            x = round(rng.uniform(-1e7, 1e7), rng.randint(0, 6))
        elif mode < 0.85:
            x = rng.uniform(0, 1) * 10.0 ** rng.randint(-30, 30)
        else:
            # Short decimals, many of which sit near a rounding boundary of their neighbours.
            x = float("%d.%de%d" % (rng.randint(1, 9), rng.randint(0, 99999), rng.randint(-300, 300)))
        values.append(x)
    return values[:n]


def cases_floats(rng, shortest, precision):
    cases = []
    for x in random_doubles(rng, shortest):
        cases.append({"g": "shortest", "k": "printf", "f": "%v", "a": [["float64", repr(x)]]})
    for x in random_doubles(rng, precision):
        verb = rng.choice("efgEG")
        prec = rng.randint(0, 20)
        cases.append({"g": "precision", "k": "printf", "f": "%%.%d%s" % (prec, verb),
                      "a": [["float64", repr(x)]]})
    specials = ["1e-6", "9.99e-7", "1e21", "9.99e20", "1e-7", "-0", "0", "1e-10", "1.5e-300", "123456789012345678901",
                "1e20", "5e-324", "1.7976931348623157e308", "0.000001", "0.0000001", "-1e-7", "100", "1e+100"]
    for text in specials + [repr(x) for x in random_doubles(rng, 400)]:
        cases.append({"g": "json", "k": "json", "f": "", "a": [["float64", text]]})
    return cases


def float32_texts(rng, n):
    texts = ["3.14159265358979", "123456789.123", "1.5e6", "0.00001", "1.1", "0.1", "1e-40", "1e-45",
             "3.4028235e38", "1.17549435e-38", "16777217.0", "0.3", "2.5", "1e30", "7.0e-45"]
    while len(texts) < n:
        mode = rng.random()
        if mode < 0.5:
            bits = rng.getrandbits(32)
            x = struct.unpack("<f", struct.pack("<I", bits))[0]
            if x != x or abs(x) == float("inf") or x == 0:
                continue
            texts.append(repr(x))
        else:
            texts.append("%d.%de%d" % (rng.randint(1, 9), rng.randint(0, 999999), rng.randint(-44, 38)))
    return texts[:n]


RANDOM_POOL = [
    ["int", 0], ["int", 5], ["int", -3], ["int", 255], ["int", 12], ["int64", "-7"], ["int", 0x41],
    ["float64", "3.25"], ["float64", "-0.5"], ["float64", "1e21"], ["float64", "NaN"], ["float64", "123456.789"],
    ["string", "x"], ["string", "h\u00e9llo"], ["string", ""], ["string", "a\"b\n"], ["bool", True], ["nil"],
    ["list", [["int", 1], ["string", "a"]]], ["bytes", [104, 105]], ["map", {"a": ["int", 1]}],
    ["strings", ["p", "q"]], ["ints", 2],
]


def random_directive(rng):
    out = "%"
    for flag in rng.sample("#0+- ", 5):
        if rng.random() < 0.2:
            out += flag
    if rng.random() < 0.08:
        out += "[%d]" % rng.randint(0, 4)
    r = rng.random()
    if r < 0.3:
        out += str(rng.randint(1, 12))
    elif r < 0.38:
        out += "*"
    r = rng.random()
    if r < 0.25:
        out += "." + str(rng.randint(0, 8))
    elif r < 0.3:
        out += ".*"
    elif r < 0.33:
        out += "."
    elif r < 0.35:
        out += ".[2]*"
    if rng.random() < 0.05:
        out += "[%d]" % rng.randint(1, 3)
    if rng.random() < 0.02:
        return out  # A directive cut off by the end of the format.
    out += rng.choice("vvvvdddsssqqxXobeEfFgGtcUT%") if rng.random() < 0.95 else rng.choice(["z", "!", "\u00e9", "w"])
    return out


def cases_random(rng, n):
    """Random directives and operands: flags, widths, precisions, indexes and verbs in every mix."""
    cases = []
    for _ in range(n):
        pieces = []
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.4:
                pieces.append(rng.choice(["a", " ", "|", "=", "x y"]))
            pieces.append(random_directive(rng))
        fmt = "".join(pieces)
        if fmt.endswith("%") and not fmt.endswith("%%"):
            pass
        args = [rng.choice(RANDOM_POOL) for _ in range(rng.randint(0, 4))]
        cases.append({"g": "random", "k": "printf", "f": fmt, "a": args})
    return cases


PARSE_TEXTS = [
    "0", "42", "-7", "+5", "0x1F", "0X1f", "-0x1F", "0o17", "0O17", "0b101", "017", "08", "09", "1_000",
    "1__000", "_1", "1_", "0x_1F", "0_17", "0b_1", "9223372036854775807", "9223372036854775808",
    "-9223372036854775808", "-9223372036854775809", "18446744073709551616", "99999999999999999999",
    "1.5", "1e3", "1E3", ".5", "5.", ".", "e5", "1e", "1e+", "1e-5", "0x1p-2", "0x1.8p1", "0x1.8",
    "0x_1p4", "1_000.5", "1_000.5_5", "1e1_0", "inf", "-Inf", "+INF", "infinity", "-Infinity", "nan",
    "NaN", "-nan", "1e400", "-1e400", "1e-400", "4.9e-324", "2.4703282292062328e-324",
    "2.4703282292062327e-324", " 5", "5 ", "", "abc", "0x", "0b", "0o", "00", "-0", "1.7976931348623157e308",
    "1.7976931348623158e308", "1.7976931348623159e308", "123456789012345678901234567890", "0.1e-1_0",
    "1__0.5", "0xg", "0x1P-1074", "0x1p-1075", "0x1.fffffffffffffp1023", "0x1p1024", "1.", "+.5",
    "-.5e-2", "0x.8p1", "0x1.p1", "0xp1", "1e-7_0", "0x1F_FF", "0b1_0_1", "0o7_7", "1_2_3", "+-1", "--1",
    "0x8000000000000000", "-0x8000000000000000", "0777", "0_", "1e_5", "1_e5", "0.000_001", "1.5e+06",
    "2.5E-3", "12e", "0x1e3", "9007199254740993", "0.30000000000000004", "100000000000000000000000",
]


def cases_parse():
    """Go's ParseFloat, ParseInt(s, 0, 0) and Atoi as Sprig's float64, int64 and atoi expose them."""
    cases = []
    for text in PARSE_TEXTS:
        cases.append({"g": "parse", "k": "parse", "f": text, "a": []})
    return cases


def write_isprint(plane_out):
    """Stores the code points >= U+0080 that Go's %q escapes, as inclusive ranges (surrogates not swept)."""
    unprintable = []
    for plane in sorted(plane_out):
        quoted = plane_out[plane]
        assert quoted[0] == '"' and quoted[-1] == '"'
        i = 1
        expected = max(plane << 16, 0x80)
        while i < len(quoted) - 1:
            while 0xD800 <= expected <= 0xDFFF:
                expected += 1
            ch = quoted[i]
            if ch == "\\":
                kind = quoted[i + 1]
                width = {"u": 4, "U": 8, "x": 2}.get(kind)
                if width is None:
                    raise SystemExit("unexpected escape %r at U+%04X" % (quoted[i:i + 2], expected))
                code = int(quoted[i + 2:i + 2 + width], 16)
                assert code == expected, (hex(code), hex(expected))
                unprintable.append(code)
                i += 2 + width
            else:
                assert ord(ch) == expected, (hex(ord(ch)), hex(expected))
                i += 1
            expected += 1
    ranges = []
    for code in unprintable:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    with open(ISPRINT_OUT, "w") as fh:
        fh.write("[\n" + ",\n".join("[%d,%d]" % (lo, hi) for lo, hi in ranges) + "\n]\n")
    print("wrote %d unprintable ranges to %s" % (len(ranges), os.path.relpath(ISPRINT_OUT, ROOT)))
    body = []
    for n in range(0, len(ranges), 4):
        body.append("        " + " ".join("0x%X, 0x%X," % (lo, hi) for lo, hi in ranges[n:n + 4]))
    with open(ISPRINT_SWIFT, "w") as fh:
        fh.write("""// Generated by scripts/gen-fmt-cases.py from the reference Helm; do not edit.

/// The code points from U+0080 up that Go's `strconv.IsPrint` rejects (Go's Unicode
/// version, which lags Swift's), as inclusive ranges: lower, upper, lower, upper, ...
enum GoPrintableTable {
    static let unprintable: [UInt32] = [
%s
    ]
}
""" % "\n".join(body))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--helm", default=os.path.expanduser("~/.cache/reference-helm/v4/helm"))
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--shortest", type=int, default=2600, help="random doubles printed with %%v")
    parser.add_argument("--precision", type=int, default=700, help="random doubles printed with %%.N[efgEG]")
    parser.add_argument("--random", type=int, default=900, help="random directive cases")
    opts = parser.parse_args()
    rng = random.Random(opts.seed)

    cases = cases_basic() + cases_floats(rng, opts.shortest, opts.precision) + cases_parse() + cases_random(rng, opts.random)
    f32 = float32_texts(rng, 500)

    chart = Chart()
    lines = []
    for n, case in enumerate(cases):
        call = case["k"]
        args = " ".join(chart.expr(a) for a in case["a"])
        if call == "json":
            expr = "toJson %s" % args
        elif call == "parse":
            q = go_quote(case["f"])
            expr = 'printf "%%v|%%v|%%v" (float64 %s) (int64 %s) (atoi %s)' % (q, q, q)
        elif call == "printf":
            expr = "printf %s %s" % (go_quote(case["f"]), args)
        else:
            expr = "%s %s" % (call, args)
        lines.append('c%d: "{{ %s | b64enc }}"' % (n, expr.strip()))
    # strconv.IsPrint for every code point: %q of each plane, escapes mark the unprintable.
    planes = []
    for plane in range(17):
        text = "".join(chr(c) for c in range(max(plane << 16, 0x80), (plane + 1) << 16) if not 0xD800 <= c <= 0xDFFF)
        name = "files/plane%d" % plane
        chart.files[name] = text.encode("utf-8")
        planes.append(plane)
        lines.append('p%d: "{{ printf "%%q" (.Files.Get %s) | b64enc }}"' % (plane, go_quote(name)))
    lines.append("{{- range $k, $v := .Values.f32 }}")
    lines.append('k{{ $v | b64enc | replace "=" "_" | replace "+" "-" | replace "/" "." }}: "{{ $k | b64enc }}"')
    lines.append("{{- end }}")

    with tempfile.TemporaryDirectory() as tmp:
        chart_dir = os.path.join(tmp, "fmtcases")
        os.makedirs(os.path.join(chart_dir, "templates"))
        os.makedirs(os.path.join(chart_dir, "files"))
        with open(os.path.join(chart_dir, "Chart.yaml"), "w") as fh:
            fh.write("apiVersion: v2\nname: fmtcases\nversion: 0.1.0\n")
        with open(os.path.join(chart_dir, "values.yaml"), "w") as fh:
            fh.write("f32:\n")
            for t in f32:
                fh.write("  %s: %s\n" % (t, json.dumps(t)))
        for name, data in chart.files.items():
            with open(os.path.join(chart_dir, name), "wb") as fh:
                fh.write(data)
        with open(os.path.join(chart_dir, "templates", "cases.yaml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        result = subprocess.run([opts.helm, "template", "r", chart_dir], capture_output=True)
        if result.returncode != 0:
            sys.stderr.write(result.stderr.decode())
            sys.exit(1)
        output = result.stdout.decode()

    found = {}
    f32_out = {}
    plane_out = {}
    for line in output.splitlines():
        m = re.match(r'^c(\d+): "?([A-Za-z0-9+/=]*)"?$', line)
        if m:
            found[int(m.group(1))] = base64.b64decode(m.group(2))
            continue
        m = re.match(r'^p(\d+): "?([A-Za-z0-9+/=]*)"?$', line)
        if m:
            plane_out[int(m.group(1))] = base64.b64decode(m.group(2)).decode("utf-8")
            continue
        m = re.match(r'^k([A-Za-z0-9_.-]*): "?([A-Za-z0-9+/=]*)"?$', line)
        if m:
            key = m.group(1).replace("_", "=").replace("-", "+").replace(".", "/")
            f32_out[base64.b64decode(key).decode()] = base64.b64decode(m.group(2)).decode()
    if len(found) != len(cases):
        sys.exit("expected %d results, found %d" % (len(cases), len(found)))

    table = []
    for n, case in enumerate(cases):
        raw = found[n]
        try:
            case["out"] = raw.decode("utf-8")
        except UnicodeDecodeError:
            case["outb64"] = base64.b64encode(raw).decode()
        table.append(case)
    for text in f32:
        try:
            struct.pack("<f", float(text))
        except OverflowError:
            continue  # Beyond float32: sigs.k8s.io/yaml writes ".inf", not FormatFloat's "+Inf".
        if text in f32_out:
            table.append({"g": "float32", "k": "float32", "f": "", "a": [["float64", text]], "out": f32_out[text]})

    write_isprint(plane_out)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("[\n")
        fh.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in table))
        fh.write("\n]\n")
    print("wrote %d cases to %s" % (len(table), os.path.relpath(OUT, ROOT)))


if __name__ == "__main__":
    main()
