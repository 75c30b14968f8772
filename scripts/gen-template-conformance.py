#!/usr/bin/env python3
"""Generate testdata/template/conformance.json: Go text/template cases whose
expected outputs and errors come from the reference Helm v4 (go1.25.9).

Each case is rendered as a one-template chart: the case text becomes
c/templates/t.yaml, the case's values (JSON, which is also YAML) become
values.yaml, and `helm template r ./c` runs on it. Helm executes templates with
missingkey=zero and deletes every "<no value>" from the rendered file.

Capturing exact bytes: Helm trims each manifest and checks that it is YAML, so
a plain run does not show the raw output. For cases that render, the script
runs Helm a second time with a control character (U+0001) appended to the
template and `--debug`: YAML must then fail ("control characters are not
allowed", or an earlier YAML error), and Helm --debug prints every rendered file untrimmed as
"---\\n# Source: c/templates/t.yaml\\n" + content + "\\n". Stripping the header
and the marker gives the template's output byte for byte. The first run (no
marker) decides success or failure, so line numbers in errors are untouched.

Errors: parse errors are stored as Helm prints them
("parse error at (FILE:LINE): LAST-PART"); execution errors are turned back
from Helm v4's multi-line layout into Go's one-line text
("template: FILE:L:C: executing \\"NAME\\" at <NODE>: MESSAGE").

Run: python3 scripts/gen-template-conformance.py  (about a minute)
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helm_oracle  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "testdata", "template", "conformance.json")
FILE = "c/templates/t.yaml"
MARK = "\x01"

V = {
    "s": "hello", "n": 3, "f": 2.5, "t": True, "fa": False, "z": 0, "es": "",
    "l": ["a", "b", "c", "d"], "nl": [1, 2, 3], "el": [], "m": {"b": 2, "a": 1, "c": 3},
    "em": {}, "nul": None, "nested": {"a": {"b": {"c": "deep"}}},
    "mixed": [1, "two", True, None, {"k": "v"}], "big": 1000000, "neg": -4,
    "uni": "h\u00e9llo", "html": "<a href='x'>&</a>", "words": ["x y", "z"],
    "lm": [{"name": "a", "v": 1}, {"name": "b", "v": 2}], "ml": "a\nb",
}

CASES = []


def C(name, template, values=None):
    CASES.append({"name": name, "template": template, "values": V if values is None else values})


# --- text, trim markers, comments -------------------------------------------
C("text/plain", "hello world\n")
C("text/empty", "")
C("text/unicode", "h\u00e9llo \u4e16\u754c\n")
C("text/braces-alone", "a { b } c\n")
C("text/single-brace", "a {{\"{\"}} b\n")
C("trim/left", "a   {{- \"x\" }}   b")
C("trim/right", "a   {{ \"x\" -}}   b")
C("trim/both", "a  {{- \" b \" -}}  c")
C("trim/newlines", "a\n\n  {{- \"x\" -}}\n\n  b")
C("trim/tabs", "a\t\t{{- 1 -}}\t\tb")
C("trim/crlf", "a\r\n{{- 1 -}}\r\nb")
C("trim/not-marker-number", "a {{-3}} b")
C("trim/neg-number-space", "a {{ -3 }} b")
C("trim/only-left-in-range", "{{ range .Values.l -}}\n  {{ . }}\n{{- end }}")
C("trim/list-lines", "items:\n{{- range .Values.l }}\n- {{ . }}\n{{- end }}\n")
C("trim/empty-action", "x {{- /* c */ -}} y")
C("trim/all-space-text", "   {{- \"a\" -}}   ")
C("comment/simple", "x{{/* a comment */}}y")
C("comment/trimmed", "x {{- /* trimmed */ -}} y")
C("comment/multiline", "a{{/* multi\nline */}}b")
C("comment/with-braces", "a{{/* {{ not an action }} */}}b")
C("comment/left-trim-only", "a {{- /* c */}} b")
C("comment/right-trim-only", "a {{/* c */ -}} b")
C("comment/in-define", "{{ define \"x\" }}{{/* c */}}X{{ end }}{{ template \"x\" }}")
C("comment/after-text-lines", "line1\n{{/* c */}}\nline3")

# --- literals ----------------------------------------------------------------
for nm, lit in [("int", "42"), ("zero", "0"), ("negative", "-7"), ("plus", "+7"), ("hex", "0x1F"),
                ("hex-upper", "0XfF"), ("octal-old", "0755"), ("octal-new", "0o17"), ("binary", "0b101"),
                ("underscore", "1_000_000"), ("hex-underscore", "0x_ff"), ("float", "1.5"), ("float-exp", "1e3"),
                ("float-exp-neg", "2.5e-3"), ("float-dot-leading", ".5"), ("float-trailing-dot", "1."),
                ("float-hex", "0x1p-2"), ("float-big", "1e21"), ("float-underscore", "1_0.5"),
                ("char", "'a'"), ("char-escape", "'\\n'"), ("char-unicode", "'\u00e9'"), ("char-hex", "'\\x41'"),
                ("char-u", "'\\u00e9'"), ("int64-max", "9223372036854775807"), ("int64-min", "-9223372036854775808"),
                ("true", "true"), ("false", "false"), ("string", "\"hi\""), ("string-escapes", "\"a\\tb\\\\c\\\"d\""),
                ("string-unicode-escape", "\"\\u00e9\\U0001F600\""), ("string-hex-escape", "\"\\x41\\102\""),
                ("raw-string", "`a\\nb`"), ("raw-multiline", "`a\nb`"), ("raw-with-quote", "`say \"hi\"`"),
                ("empty-string", "\"\"")]:
    C("literal/" + nm, "[{{ " + lit + " }}]")
for nm, lit in [("int", "42"), ("float", "1.5"), ("float-exp", "1e3"), ("hex", "0x10"), ("char", "'x'"),
                ("hex-float", "0x1p4"), ("bool", "true"), ("string", "\"s\""), ("octal", "010"), ("neg-zero-float", "-0.0")]:
    C("literal-type/" + nm, "{{ printf \"%T %v\" " + lit + " " + lit + " }}")
C("literal/nil-command", "{{ nil }}")
C("literal/uint-overflow", "{{ 18446744073709551615 }}")
C("literal/int-overflow", "{{ 99999999999999999999 }}")
C("literal/bad-number", "{{ 3k }}")
C("literal/bad-hex", "{{ 0x }}")
C("literal/bad-octal", "{{ 08 }}")
C("literal/bad-underscore", "{{ 1__0 }}")
C("literal/trailing-underscore", "{{ 10_ }}")
# Complex constants (1+2i) are left out: GoValue has no complex type.
C("literal/bad-char", "{{ 'ab' }}")
C("literal/unterminated-char", "{{ 'a }}")
C("literal/bad-escape", "{{ \"\\q\" }}")
C("literal/unterminated-string", "{{ \"abc }}")
C("literal/unterminated-raw", "{{ `abc }}")
C("literal/newline-in-string", "{{ \"a\nb\" }}")
C("literal/dot-number", "{{ . 1 }}")

# --- printing values ------------------------------------------------------------
C("print/string", "{{ .Values.s }}")
C("print/int-from-values", "{{ .Values.n }}")
C("print/float", "{{ .Values.f }}")
C("print/big-float", "{{ .Values.big }}")
C("print/negative", "{{ .Values.neg }}")
C("print/bools", "{{ .Values.t }} {{ .Values.fa }}")
C("print/list", "{{ .Values.l }}")
C("print/num-list", "{{ .Values.nl }}")
C("print/empty-list", "{{ .Values.el }}")
C("print/map", "{{ .Values.m }}")
C("print/empty-map", "{{ .Values.em }}")
C("print/null", "[{{ .Values.nul }}]")
C("print/missing", "[{{ .Values.nope }}]")
C("print/mixed", "{{ .Values.mixed }}")
C("print/nested", "{{ .Values.nested }}")
C("print/list-of-maps", "{{ .Values.lm }}")
C("print/no-value-text-removed", "a<no value>b")
C("print/unicode", "{{ .Values.uni }}")
C("print/multiline", "{{ .Values.ml }}")

# --- variables --------------------------------------------------------------------
C("var/declare", "{{ $x := 1 }}{{ $x }}")
C("var/declare-prints-nothing", "[{{ $x := \"v\" }}]")
C("var/assign", "{{ $x := 1 }}{{ $x = 2 }}{{ $x }}")
C("var/assign-in-if", "{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ end }}{{ $x }}")
C("var/shadow-in-if", "{{ $x := 1 }}{{ if true }}{{ $x := 5 }}{{ $x }}{{ end }}/{{ $x }}")
C("var/scope-ends", "{{ if true }}{{ $y := 1 }}{{ end }}{{ $y }}")
C("var/dollar", "{{ $.Values.s }}")
C("var/dollar-in-range", "{{ range .Values.l }}{{ . }}{{ $.Values.n }} {{ end }}")
C("var/field-chain", "{{ $v := .Values }}{{ $v.nested.a.b.c }}")
C("var/undefined", "{{ $nope }}")
C("var/undefined-assign", "{{ $nope = 1 }}")
C("var/counter", "{{ $c := 0 }}{{ range .Values.l }}{{ $c = . }}{{ end }}{{ $c }}")
C("var/pipe-result", "{{ $x := .Values.s | printf \"%s!\" }}{{ $x }}")
C("var/two-decl-not-range", "{{ $a, $b := 1 }}")
C("var/dollar-redeclare", "{{ $ := 5 }}{{ $ }}")
C("var/in-paren", "{{ ($x := 3) }}{{ $x }}")
C("var/declared-in-with", "{{ with $x := .Values.s }}{{ $x }}-{{ . }}{{ end }}")
C("var/declared-in-if", "{{ if $x := .Values.n }}{{ $x }}{{ end }}")
C("var/used-before-declared", "{{ $x }}{{ $x := 1 }}")
C("var/spaces-around", "{{ $x   :=   \"a\" }}{{ $x }}")
C("var/no-space", "{{$x:=\"a\"}}{{$x}}")
C("var/colon-without-equals", "{{ $x : 1 }}")
C("var/missing-field-of-var", "[{{ $v := .Values }}{{ $v.nope }}]")
C("var/is-not-function", "{{ $x := 1 }}{{ $x 2 }}")
C("var/piped-into", "{{ $x := 1 }}{{ 2 | $x }}")

# --- if / else ---------------------------------------------------------------------------
for nm, cond in [("true", "true"), ("false", "false"), ("zero", ".Values.z"), ("one", ".Values.n"), ("empty-string", ".Values.es"),
                 ("string", ".Values.s"), ("empty-list", ".Values.el"), ("list", ".Values.l"), ("empty-map", ".Values.em"),
                 ("map", ".Values.m"), ("null", ".Values.nul"), ("missing", ".Values.nope"), ("int-zero", "0"),
                 ("float-zero", "0.0"), ("nil-missing-field", ".nope"), ("dot", ".")]:
    C("if/" + nm, "{{ if " + cond + " }}T{{ else }}F{{ end }}")
C("if/no-else", "[{{ if false }}x{{ end }}]")
C("if/else-if", "{{ if false }}1{{ else if true }}2{{ else }}3{{ end }}")
C("if/else-if-chain", "{{ if .Values.z }}1{{ else if .Values.es }}2{{ else if .Values.nope }}3{{ else }}4{{ end }}")
C("if/nested", "{{ if true }}{{ if false }}a{{ else }}b{{ end }}{{ end }}")
C("if/pipeline", "{{ if .Values.s | len }}yes{{ end }}")
C("if/dot-unchanged", "{{ if .Values.s }}{{ .Values.n }}{{ end }}")
C("if/missing-value", "{{ if }}x{{ end }}")
C("if/unclosed", "{{ if true }}x")
C("if/unclosed-multiline", "a\n{{ if true }}\nx\n")
C("if/double-else", "{{ if true }}a{{ else }}b{{ else }}c{{ end }}")
C("if/else-with-arg", "{{ if true }}a{{ else false }}b{{ end }}")
C("if/end-with-arg", "{{ if true }}a{{ end x }}")
C("if/stray-end", "x{{ end }}")
C("if/stray-else", "x{{ else }}")
C("if/else-if-in-with", "{{ with .Values.nope }}a{{ else if true }}b{{ end }}")

# --- with -------------------------------------------------------------------------------
C("with/value", "{{ with .Values.s }}[{{ . }}]{{ end }}")
C("with/empty", "[{{ with .Values.es }}x{{ end }}]")
C("with/else", "{{ with .Values.nope }}x{{ else }}none{{ end }}")
C("with/else-with", "{{ with .Values.nope }}a{{ else with .Values.s }}b={{ . }}{{ else }}c{{ end }}")
C("with/else-with-chain", "{{ with .Values.z }}a{{ else with .Values.es }}b{{ else with .Values.n }}c={{ . }}{{ end }}")
C("with/map-field", "{{ with .Values.nested.a }}{{ .b.c }}{{ end }}")
C("with/dollar", "{{ with .Values.m }}{{ $.Values.s }}{{ end }}")
C("with/variable", "{{ with $v := .Values.m }}{{ $v.a }}{{ end }}")
C("with/nested", "{{ with .Values.nested }}{{ with .a }}{{ with .b }}{{ .c }}{{ end }}{{ end }}{{ end }}")
C("with/field-on-string", "{{ with .Values.s }}{{ .x }}{{ end }}")
C("with/field-on-float", "{{ with .Values.f }}{{ .x }}{{ end }}")
C("with/missing-value", "{{ with }}x{{ end }}")
C("with/zero-int", "[{{ with 0 }}x{{ else }}z{{ end }}]")
C("with/list", "{{ with .Values.l }}{{ index . 1 }}{{ end }}")

# --- range --------------------------------------------------------------------------------
C("range/list", "{{ range .Values.l }}{{ . }};{{ end }}")
C("range/list-index", "{{ range $i, $e := .Values.l }}{{ $i }}:{{ $e }} {{ end }}")
C("range/list-one-var", "{{ range $e := .Values.l }}{{ $e }}{{ end }}")
C("range/map-sorted", "{{ range $k, $v := .Values.m }}{{ $k }}={{ $v }};{{ end }}")
C("range/map-values", "{{ range .Values.m }}{{ . }};{{ end }}")
C("range/map-one-var", "{{ range $v := .Values.m }}{{ $v }};{{ end }}")
C("range/empty-else", "{{ range .Values.el }}x{{ else }}empty{{ end }}")
C("range/empty-map-else", "{{ range .Values.em }}x{{ else }}empty{{ end }}")
C("range/missing-else", "{{ range .Values.nope }}x{{ else }}empty{{ end }}")
C("range/null-else", "{{ range .Values.nul }}x{{ else }}empty{{ end }}")
C("range/no-else-empty", "[{{ range .Values.el }}x{{ end }}]")
C("range/int", "{{ range 3 }}{{ . }}{{ end }}")
C("range/int-var", "{{ range $i := 4 }}{{ $i }}{{ end }}")
C("range/int-zero-else", "{{ range 0 }}x{{ else }}zero{{ end }}")
C("range/int-negative", "[{{ range -2 }}x{{ else }}neg{{ end }}]")
C("range/int-two-vars", "{{ range $i, $e := 3 }}{{ $i }}{{ end }}")
C("range/float-error", "{{ range .Values.f }}x{{ end }}")
C("range/string-error", "{{ range .Values.s }}x{{ end }}")
C("range/bool-error", "{{ range true }}x{{ end }}")
C("range/nested", "{{ range .Values.lm }}{{ .name }}:{{ range $.Values.nl }}{{ . }}{{ end }} {{ end }}")
C("range/list-of-maps-fields", "{{ range .Values.lm }}{{ .name }}={{ .v }} {{ end }}")
C("range/mixed-elements", "{{ range .Values.mixed }}({{ . }}){{ end }}")
C("range/nil-elem-print", "{{ range $i, $e := .Values.mixed }}{{ $i }}{{ print $e }} {{ end }}")
C("range/break", "{{ range .Values.l }}{{ if eq . \"c\" }}{{ break }}{{ end }}{{ . }}{{ end }}")
C("range/continue", "{{ range .Values.l }}{{ if eq . \"b\" }}{{ continue }}{{ end }}{{ . }}{{ end }}")
C("range/break-continue", "{{ range $i, $e := .Values.l }}{{ if eq $e \"b\" }}{{ continue }}{{ end }}{{ if eq $e \"d\" }}{{ break }}{{ end }}{{ $e }}{{ end }}")
C("range/break-nested-inner", "{{ range .Values.nl }}{{ . }}{{ range $.Values.l }}{{ if eq . \"b\" }}{{ break }}{{ end }}{{ . }}{{ end }};{{ end }}")
C("range/break-in-with", "{{ range .Values.l }}{{ with . }}{{ if eq . \"c\" }}{{ break }}{{ end }}{{ . }}{{ end }}{{ end }}")
C("range/break-map", "{{ range $k, $v := .Values.m }}{{ if eq $k \"b\" }}{{ break }}{{ end }}{{ $k }}{{ end }}")
C("range/break-outside", "{{ break }}")
C("range/continue-outside", "{{ if true }}{{ continue }}{{ end }}")
C("range/break-in-else", "{{ range .Values.el }}{{ else }}{{ break }}{{ end }}")
C("range/break-with-arg", "{{ range .Values.l }}{{ break 1 }}{{ end }}")
C("range/var-scope", "{{ range $x := .Values.l }}{{ end }}{{ $x }}")
C("range/assign-outer", "{{ $last := \"\" }}{{ range .Values.l }}{{ $last = . }}{{ end }}{{ $last }}")
C("range/assign-form", "{{ $i := 0 }}{{ $e := \"\" }}{{ range $i, $e = .Values.l }}{{ end }}{{ $i }}{{ $e }}")
C("range/three-vars", "{{ range $a, $b, $c := .Values.l }}{{ end }}")
C("range/non-var-decl", "{{ range $a, 1 := .Values.l }}{{ end }}")
C("range/missing-value", "{{ range }}x{{ end }}")
C("range/dot-is-elem", "{{ range .Values.nested }}{{ .b.c }}{{ end }}")
C("range/elem-field-error", "{{ range .Values.l }}{{ .x }}{{ end }}")
C("range/map-nested-sorted", "{{ range $k, $v := .Values }}{{ if eq $k \"m\" \"em\" \"nl\" }}{{ $k }}={{ $v }};{{ end }}{{ end }}")
C("range/else-sees-outer-dot", "{{ with .Values.s }}{{ range $.Values.el }}x{{ else }}{{ . }}{{ end }}{{ end }}")

# --- define / template / block -----------------------------------------------------------------
C("define/basic", "{{ define \"x\" }}X{{ . }}{{ end }}{{ template \"x\" 5 }}")
C("define/no-arg", "{{ define \"x\" }}[{{ . }}]{{ end }}{{ template \"x\" }}")
C("define/dot", "{{ define \"x\" }}{{ .Values.s }}{{ end }}{{ template \"x\" . }}")
C("define/only-defines", "{{ define \"a\" }}A{{ end }}")
C("define/after-use", "{{ template \"later\" . }}{{ define \"later\" }}L{{ end }}")
C("define/nested-call", "{{ define \"a\" }}a{{ template \"b\" . }}{{ end }}{{ define \"b\" }}b{{ . }}{{ end }}{{ template \"a\" 1 }}")
C("define/vars-not-inherited", "{{ $x := 1 }}{{ define \"v\" }}{{ $x }}{{ end }}")
C("define/dollar-is-arg", "{{ define \"d\" }}{{ $ }}{{ end }}{{ template \"d\" \"arg\" }}")
C("define/raw-name", "{{ define `r` }}R{{ end }}{{ template `r` }}")
C("define/twice", "{{ define \"x\" }}a{{ end }}{{ define \"x\" }}b{{ end }}{{ template \"x\" }}")
C("define/twice-empty-second", "{{ define \"x\" }}a{{ end }}{{ define \"x\" }} {{ end }}{{ template \"x\" }}")
C("define/twice-empty-first", "{{ define \"x\" }} {{ end }}{{ define \"x\" }}b{{ end }}{{ template \"x\" }}")
C("define/unclosed", "{{ define \"x\" }}abc")
C("define/no-name", "{{ define }}x{{ end }}")
C("define/bad-name", "{{ define x }}x{{ end }}")
C("define/name-then-junk", "{{ define \"x\" 1 }}x{{ end }}")
C("define/nested-define", "{{ define \"a\" }}{{ define \"b\" }}{{ end }}{{ end }}")
C("define/else-inside", "{{ define \"a\" }}x{{ else }}y{{ end }}")
C("define/in-if", "{{ if true }}{{ define \"a\" }}x{{ end }}{{ end }}")
C("define/trimmed", "{{- define \"t\" -}}\n  T  \n{{- end -}}\n[{{ template \"t\" }}]")
C("template/undefined", "{{ template \"nope\" }}")
C("template/undefined-with-arg", "a\n{{ template \"nope\" .Values }}")
C("template/no-name", "{{ template }}")
C("template/name-not-string", "{{ template x }}")
C("template/pipeline-arg", "{{ define \"p\" }}<{{ . }}>{{ end }}{{ template \"p\" .Values.s | printf \"%s!\" }}")
C("template/recursive", "{{ define \"r\" }}{{ if . }}{{ index . 0 }}{{ template \"r\" (slice . 1) }}{{ end }}{{ end }}{{ template \"r\" .Values.l }}")
C("template/self", "{{ template \"c/templates/t.yaml\" }}" if False else "{{ define \"a\" }}A{{ end }}{{ template \"a\" }}{{ template \"a\" }}")
C("template/error-inside", "{{ define \"e\" }}x\n  {{ .nope.x }}{{ end }}{{ template \"e\" .Values }}")
C("template/var-decl-in-arg", "{{ define \"v\" }}{{ . }}{{ end }}{{ template \"v\" $x := 3 }}{{ $x }}")
C("block/default", "{{ block \"blk\" . }}default {{ .Values.s }}{{ end }}")
C("block/overridden", "{{ define \"blk\" }}override{{ end }}{{ block \"blk\" . }}default{{ end }}")
C("block/no-pipeline", "{{ block \"b\" }}x{{ end }}")
C("block/unclosed", "{{ block \"b\" . }}x")
C("block/bad-name", "{{ block b . }}x{{ end }}")
C("block/else", "{{ block \"b\" . }}x{{ else }}y{{ end }}")
C("block/nested", "{{ block \"outer\" . }}O{{ block \"inner\" . }}I{{ end }}{{ end }}")

# --- pipelines and parentheses ------------------------------------------------------------------
C("pipe/chain", "{{ .Values.s | printf \"%s-%s\" \"x\" }}")
C("pipe/three", "{{ 3 | printf \"%d\" | printf \"[%s]\" }}")
C("pipe/paren", "{{ printf \"%s\" (printf \"%d\" 5) }}")
C("pipe/paren-nested", "{{ (print (print (print \"deep\"))) }}")
C("pipe/paren-field", "{{ (.Values.nested).a.b.c }}")
C("pipe/paren-pipe", "{{ (.Values.s | len) }}")
C("pipe/paren-chain-missing", "[{{ (.Values.m).zzz }}]")
C("pipe/paren-chain-nil", "{{ (.Values.nope).x }}")
C("pipe/paren-chain-nil-deep", "# {{ (.Values).nope.x }}")
C("pipe/paren-literal-arg", "{{ (1) 2 }}")
C("pipe/non-executable-stage", "{{ 1 | 2 }}")
C("pipe/non-executable-string", "{{ 1 | \"x\" }}")
C("pipe/non-executable-dot", "{{ 1 | . }}")
C("pipe/empty-stage", "{{ .Values.s | }}")
C("pipe/empty-first", "{{ | print }}")
C("pipe/empty-paren", "{{ () }}")
C("pipe/unclosed-paren", "{{ (print 1 }}")
C("pipe/extra-right-paren", "{{ print 1) }}")
C("pipe/dot-final", "{{ \"a\" | print .Values.s }}")
C("pipe/literal-first-arg", "{{ 1 2 }}")
C("pipe/string-with-arg", "{{ \"s\" 2 }}")
C("pipe/bool-with-arg", "{{ true 2 }}")
C("pipe/dot-with-arg", "{{ . 2 }}")
C("pipe/decl-paren-dot", "{{ $x := (.Values.n) }}{{ $x }}")
C("pipe/nil-in-pipe", "{{ nil | print }}")
C("pipe/paren-then-field", "{{ (index .Values.lm 1).name }}")
C("pipe/paren-then-field-missing", "[{{ (index .Values.lm 1).nope }}]")
C("pipe/function-field-chain", "{{ (print \"x\").y }}")
C("pipe/nil-chain", "{{ (nil).x }}")
C("pipe/bool-dot", "{{ true.x }}")
C("pipe/string-dot", "{{ \"s\".x }}")
C("pipe/dot-dot", "{{ ..x }}")

# --- fields and map keys ----------------------------------------------------------------------------
C("field/deep", "{{ .Values.nested.a.b.c }}")
C("field/missing-leaf", "[{{ .Values.nested.a.nope }}]")
C("field/missing-mid", "{{ .Values.nope.x }}")
C("field/missing-deep", "#\t{{ .Values.nope.x.y.z }}")
C("field/on-number", "{{ .Values.nested.a.b.c.d }}")
C("field/on-float", "{{ .Values.f.x }}")
C("field/on-string", "{{ .Values.s.x }}")
C("field/on-list", "{{ .Values.l.x }}")
C("field/on-null", "{{ .Values.nul.x }}")
C("field/position-unicode", "a: 1\n# \u00e9 {{ .Values.nope.x }}")
C("field/var-position", "# {{ $v := .Values }}{{ $v.nope.x }}")
C("field/dash-key", "{{ .Values.my-key }}")
C("field/digit-key", "{{ .Values.1a }}")
C("field/numeric-field", "{{ .Values.a.0 }}")
C("field/index-dash-key", "{{ index .Values \"html\" }}")
C("field/with-args", "{{ .Values.s 1 }}")
C("field/piped-into", "{{ 1 | .Values.s }}")
C("field/underscore", "{{ .Values._x }}[{{ ._ }}]")
C("field/unicode-name", "[{{ .Values.\u00e9 }}]")
C("field/bad-char", "{{ .Values.a#b }}")
C("field/dollar-missing-nested", "{{ $.Values.nope.deeper }}")
C("field/top-missing", "[{{ .nope }}]")
C("field/top-missing-deep", "{{ .nope.x }}")
C("field/map-in-list", "{{ (index .Values.mixed 4).k }}")

# --- and / or / not ---------------------------------------------------------------------------------
C("logic/and-false", "{{ and 1 0 2 }}")
C("logic/and-all", "{{ and 1 2 3 }}")
C("logic/or-first", "{{ or 0 \"\" \"x\" }}")
C("logic/or-none", "[{{ or 0 \"\" }}]")
C("logic/and-one", "{{ and \"a\" }}")
C("logic/and-none", "{{ and }}")
C("logic/or-none-args", "{{ or }}")
C("logic/and-short-circuit", "{{ and false (index .Values.l 99) }}")
C("logic/or-short-circuit", "{{ or true (index .Values.l 99) }}")
C("logic/and-evaluates", "{{ and true (index .Values.l 99) }}")
C("logic/and-values", "{{ and .Values.s .Values.n }}")
C("logic/or-values", "{{ or .Values.z .Values.es .Values.l }}")
C("logic/or-missing", "[{{ or .Values.nope .Values.nope2 }}]")
C("logic/and-pipe-final", "{{ 0 | and 1 }}")
C("logic/or-pipe-final", "{{ \"fin\" | or 0 }}")
C("logic/or-pipe-short", "{{ \"fin\" | or \"first\" }}")
C("logic/not", "{{ not 0 }} {{ not \"\" }} {{ not \"a\" }} {{ not .Values.nope }} {{ not .Values.el }} {{ not .Values.em }} {{ not .Values.t }}")
C("logic/not-two-args", "{{ not 1 2 }}")
C("logic/not-no-args", "{{ not }}")
C("logic/and-returns-list", "{{ and 1 .Values.l }}")
C("logic/if-and-or", "{{ if and .Values.t (or .Values.fa .Values.s) }}yes{{ end }}")

# --- comparisons --------------------------------------------------------------------------------------
for nm, expr in [
    ("eq-int", "eq 1 1"), ("eq-int-false", "eq 1 2"), ("eq-multi", "eq \"a\" \"b\" \"a\""), ("eq-multi-none", "eq 1 2 3 4"),
    ("eq-string", "eq \"a\" \"a\""), ("eq-float-values", "eq .Values.f 2.5"), ("eq-values-float-int-lit", "eq .Values.n 3.0"),
    ("eq-bool", "eq true true"), ("eq-bool-false", "eq true false"), ("eq-nil-nil", "eq nil nil"), ("eq-missing-nil", "eq .Values.nope nil"),
    ("eq-missing-string", "eq .Values.nope \"x\""), ("eq-string-nil", "eq \"a\" nil"), ("eq-null-nil", "eq .Values.nul nil"),
    ("ne-missing-empty", "ne .Values.nope \"\""), ("ne-int", "ne 1 2"), ("ne-string", "ne \"a\" \"a\""),
    ("lt-int", "lt 1 2"), ("lt-string", "lt \"a\" \"b\""), ("lt-string-bytes", "lt \"Z\" \"a\""), ("lt-float", "lt 1.5 2.5"),
    ("le-equal", "le 2 2"), ("le-less", "le 1 2"), ("le-more", "le 3 2"), ("gt-int", "gt 3 2"), ("gt-equal", "gt 2 2"),
    ("ge-equal", "ge 2 2"), ("ge-less", "ge 1 2"), ("lt-neg", "lt -1 0"), ("gt-values-float", "gt .Values.f 1.0"),
    ("eq-char-int", "eq 'a' 97"), ("lt-unicode-strings", "lt \"\u00e9\" \"z\""), ("eq-list-elem", "eq (index .Values.l 0) \"a\""),
    ("eq-len", "eq (len .Values.l) 4"),
]:
    C("compare/" + nm, "{{ " + expr + " }}")
for nm, expr in [
    ("eq-int-float", "eq 1 1.0"), ("eq-values-int", "eq .Values.n 3"), ("eq-string-int", "eq .Values.s 3"),
    ("eq-bool-string", "eq true \"true\""), ("eq-int-string", "eq 1 \"1\""), ("lt-int-float", "lt 1 1.5"),
    ("lt-values-int", "lt .Values.n 5"), ("lt-nil", "lt nil 1"), ("lt-missing", "lt .Values.nope 1"),
    ("eq-lists", "eq .Values.l .Values.l"), ("eq-maps", "eq .Values.m .Values.m"), ("eq-list-map", "eq .Values.l .Values.m"),
    ("eq-list-nil", "eq .Values.l nil"), ("eq-one-arg", "eq 1"), ("eq-no-args", "eq"), ("lt-bool", "lt true false"),
    ("lt-one-arg", "lt 1"), ("lt-three-args", "lt 1 2 3"), ("ne-three-args", "ne 1 2 3"), ("gt-strings-int", "gt \"a\" 1"),
    ("le-list", "le .Values.l 1"), ("ge-map", "ge .Values.m .Values.m"), ("eq-multi-incompatible", "eq 1 2 \"x\""),
    ("eq-multi-match-before-bad", "eq 1 1 \"x\""),
]:
    C("compare-error/" + nm, "{{ " + expr + " }}")

# --- len / index / slice ---------------------------------------------------------------------------------
for nm, expr in [
    ("len-list", "len .Values.l"), ("len-map", "len .Values.m"), ("len-string-bytes", "len .Values.uni"), ("len-empty", "len .Values.el"),
    ("len-literal", "len \"abc\""), ("len-pipe", ".Values.l | len"), ("index-list", "index .Values.l 1"), ("index-map", "index .Values.m \"a\""),
    ("index-map-missing", "index .Values.m \"zzz\""), ("index-nested", "index .Values.nested \"a\" \"b\" \"c\""),
    ("index-string", "index \"abc\" 1"), ("index-no-indexes", "index .Values.l"), ("index-list-map", "index .Values.lm 1 \"name\""),
    ("index-char-index", "index .Values.l 'a' | printf \"%v\""), ("index-mixed-nil", "index .Values.mixed 3"),
    ("slice-list", "slice .Values.l 1 3"), ("slice-from", "slice .Values.l 2"), ("slice-all", "slice .Values.l"),
    ("slice-empty", "slice .Values.l 2 2"),
]:
    C("collection/" + nm, "[{{ " + expr + " }}]")
for nm, expr in [
    ("len-missing", "len .Values.nope"), ("len-missing-pipe", ".Values.nope | len"), ("len-number", "len .Values.f"),
    ("len-int", "len 3"), ("len-nil", "len nil"), ("len-two", "len \"a\" \"b\""), ("index-out-of-range", "index .Values.l 5"),
    ("index-at-len", "index .Values.l 4"), ("index-negative", "index .Values.l -1"), ("index-float", "index .Values.l 1.0"),
    ("index-string-index", "index .Values.l \"1\""), ("index-map-int", "index .Values.m 1"), ("index-missing", "index .Values.nope \"x\""),
    ("index-nil", "index nil 1"), ("index-number", "index .Values.f 0"), ("index-map-nil-key", "index .Values.m nil"),
    ("index-string-at-len", "index \"abc\" 3"), ("index-values-float-index", "index .Values.l .Values.n"),
    ("index-no-args", "index"),
]:
    C("collection-error/" + nm, "{{ " + expr + " }}")

# --- print / printf / println -----------------------------------------------------------------------------
for nm, expr in [
    ("print-strings", "print \"a\" \"b\""), ("print-ints", "print 1 2"), ("print-mixed", "print \"a\" 1 \"b\""),
    ("print-mixed2", "print 1 \"a\" 2"), ("print-nil", "print nil"), ("print-missing", "print .Values.nope"),
    ("print-none", "print"), ("print-list", "print .Values.l"), ("println", "println \"x\" 1"),
    ("println-none", "println"), ("printf-d", "printf \"%d\" 42"), ("printf-s", "printf \"%s-%s\" \"a\" \"b\""),
    ("printf-q", "printf \"%q\" \"a\\\"b\""), ("printf-v-map", "printf \"%v\" .Values.m"), ("printf-T", "printf \"%T %T %T\" 1 \"s\" .Values.l"),
    ("printf-T-missing", "printf \"%T\" .Values.nope"), ("printf-missing-arg", "printf \"%d %d\" 1"), ("printf-extra-arg", "printf \"%d\" 1 2"),
    ("printf-percent", "printf \"100%%\""), ("printf-width", "printf \"[%5s][%-5s]\" \"a\" \"b\""), ("printf-float", "printf \"%.2f\" 3.14159"),
    ("printf-x", "printf \"%x %X\" 255 \"hi\""), ("printf-no-args", "printf \"plain\""), ("printf-bad-verb", "printf \"%z\" 1"),
    ("printf-wrong-type", "printf \"%d\" \"s\""), ("printf-values-int", "printf \"%d\" .Values.n"),
]:
    C("fmt/" + nm, "[{{ " + expr + " }}]")
C("fmt-error/printf-no-format", "{{ printf }}")
C("fmt-error/printf-int-format", "{{ printf 1 }}")
C("fmt-error/printf-values-format", "{{ printf .Values.n }}")

# --- html / js / urlquery / call --------------------------------------------------------------------------------
for nm, expr in [
    ("html", "html .Values.html"), ("html-quote", "html \"a\\\"b\""), ("html-multi", "html \"<\" 1 \">\""), ("html-missing", "html .Values.nope"),
    ("html-nil", "html nil"), ("js", "js \"a'b\\\"c<d>\""), ("js-eq-amp", "js \"a=b&c\""), ("js-control", "js \"a\\tb\\nc\""),
    ("js-unicode", "js \"\u00e9\u2028\""), ("js-backslash", "js \"a\\\\b\""), ("urlquery", "urlquery \"a b&c\""),
    ("urlquery-unicode", "urlquery \"\u00e9/?\""), ("urlquery-multi", "urlquery \"a\" \"b\""), ("urlquery-safe", "urlquery \"AZaz09-_.~\""),
    ("html-pipe", ".Values.html | html"),
]:
    C("escape/" + nm, "[{{ " + expr + " }}]")
C("call/non-function", "{{ call .Values.s }}")
C("call/nil", "{{ call .Values.nope }}")
C("call/no-args", "{{ call }}")

# --- missing values and function argument typing ----------------------------------------------------------------
C("missing/no-value-in-list", "{{ list .Values.nope }}" if False else "[{{ .Values.nope }}][{{ .Values.m.nope }}]")
C("missing/in-printf-v", "[{{ printf \"%v\" .Values.nope }}]")
C("missing/in-printf-s", "[{{ printf \"%s\" .Values.nope }}]")
C("missing/index-result", "[{{ index .Values.m \"nope\" }}]")
C("missing/eq-nil", "{{ eq .Values.nope nil }}")
C("missing/range-null-var", "{{ range $k, $v := .Values.nested }}{{ $k }}={{ $v.b.c }}{{ end }}")
C("missing/variable-of-missing", "[{{ $x := .Values.nope }}{{ $x }}]")
C("missing/variable-field", "{{ $x := .Values.nope }}{{ $x.y }}")
C("missing/with-missing-deep", "[{{ with .Values.nope }}{{ .x }}{{ end }}]")
C("missing/printf-d", "[{{ printf \"%d\" .Values.nope }}]")
C("missing/html-arg", "[{{ html .Values.nope \"x\" }}]")
C("missing/print-pipe", "[{{ .Values.nope | print }}]")
C("missing/printf-pipe", "[{{ .Values.nope | printf \"%v\" }}]")
C("missing/len-of-missing-field", "{{ len .Values.m.nope }}")
C("missing/not-missing-pipe", "{{ .Values.nope | not }}")
C("missing/and-missing", "[{{ and .Values.nope 1 }}]")

# --- parse errors (malformed templates) -------------------------------------------------------------------------
C("parse/unclosed-action", "{{ .Values.s ")
C("parse/unclosed-action-newline", "{{ .Values.s \n\n")
C("parse/unclosed-action-line2", "line1\n{{ if true\nx")
C("parse/unclosed-comment", "a{{/* never closed")
C("parse/comment-not-closed-by-delim", "a{{/* c */ x }}b")
C("parse/comment-with-space", "a{{ /* c */ }}b")
C("parse/trim-no-space", "a {{-/* c */}} b")
C("parse/unexpected-eof-if", "{{ if true }}\nabc\n")
C("parse/unexpected-eof-range", "{{ range .Values.l }}x")
C("parse/unexpected-eof-with", "{{ with .Values.s }}x")
C("parse/unknown-function", "{{ nofunc 1 }}")
C("parse/unknown-function-line3", "a\nb\n{{ nofunc }}")
C("parse/unknown-function-in-arg", "{{ print (nofunc) }}")
C("parse/unknown-function-in-pipe", "{{ 1 | nofunc }}")
C("parse/undefined-variable", "{{ $x }}")
C("parse/undefined-variable-line2", "\n{{ print $undefined }}")
C("parse/bad-character", "{{ .Values.s # }}")
C("parse/unrecognized-char", "{{ \u00a7 }}")
C("parse/bad-char-after-ident", "{{ print@ }}")
C("parse/unexpected-right-paren", "{{ ) }}")
C("parse/unclosed-left-paren", "{{ (1 }}")
C("parse/equals-alone", "{{ = 1 }}")
C("parse/declare-alone", "{{ := 1 }}")
C("parse/pipe-alone", "{{ | }}")
C("parse/empty-action", "{{}}")
C("parse/space-action", "{{ }}")
C("parse/missing-value-command", "{{ $x := }}")
C("parse/keyword-as-arg", "{{ print if }}")
C("parse/end-in-pipeline", "{{ print end }}")
C("parse/else-as-arg", "{{ print else }}")
C("parse/range-no-end", "{{ range .Values.l }}{{ . }}\n{{ end\n}}")
C("parse/comma-outside-range", "{{ $a, $b := 1 }}")
C("parse/char-punct", "{{ print ; }}")
C("parse/left-delim-in-action", "{{ print {{ }}")
C("parse/unclosed-string-multiline", "a\n{{ \"abc\n}}")
C("parse/number-then-ident", "{{ 1a }}")
C("parse/too-many-decls-with", "{{ with $a, $b := 1 }}{{ end }}")
C("parse/template-unclosed-action", "{{ template \"x\" ")
C("parse/define-unclosed-action", "{{ define \"x\" ")
C("parse/eof-inside-define-line", "{{ define \"x\" }}\n\n{{ if true }}")
C("parse/break-in-define-in-range", "{{ range .Values.l }}{{ define \"x\" }}{{ break }}{{ end }}{{ end }}")
C("parse/else-else", "{{ if true }}{{ else }}{{ else }}{{ end }}")
C("parse/with-else-if-junk", "{{ with .Values.s }}{{ else with }}{{ end }}")
C("parse/field-on-literal-number", "{{ 1.x }}")
C("parse/dollar-number", "{{ $1 }}")
C("parse/long-token-quote", "{{ print \"abcdefghijklmnop\" ( }}")
C("parse/multiple-errors-first-wins", "{{ nofunc }}{{ $undef }}")
C("parse/action-spanning-lines", "{{ print\n\"a\"\n\"b\" }}")
C("parse/action-spanning-lines-error", "{{ print\n\"a\"\n$nope }}")

# --- execution errors with positions ------------------------------------------------------------------------------
C("exec/wrong-args-not", "line\n  {{ not }}")
C("exec/position-second-line", "ok\n    {{ .Values.s.x }}")
C("exec/position-tab", "\t\t{{ .Values.f.x }}")
C("exec/error-in-range-body", "{{ range .Values.l }}\n{{ .y }}{{ end }}")
C("exec/error-in-if-pipe", "{{ if .Values.nope.x }}{{ end }}")
C("exec/error-in-with-else", "{{ with .Values.nope }}{{ else }}{{ .Values.f.x }}{{ end }}")
C("exec/error-in-variable-decl", "{{ $x := .Values.nope.y }}")
C("exec/error-in-paren", "{{ print (.Values.nope.y) }}")
C("exec/error-in-template-arg", "{{ define \"a\" }}{{ . }}{{ end }}{{ template \"a\" .Values.nope.q }}")
C("exec/error-deep-define", "{{ define \"a\" }}\n\n   {{ template \"b\" . }}{{ end }}{{ define \"b\" }}{{ .zz.yy }}{{ end }}{{ template \"a\" . }}")
C("exec/error-after-output", "abc {{ .Values.s }} {{ index .Values.l 10 }}")
C("exec/call-wrong-arg-count", "{{ eq }}")
C("exec/len-wrong-type-arg", "{{ len 1.5 }}")
C("exec/nested-error-location", "{{ print 1 (len .Values.f) }}")
C("exec/index-error-location", "{{ print (index .Values.m 5) }}")
C("exec/field-on-bool", "{{ .Values.t.x }}")
C("exec/field-on-int-literal-var", "{{ $x := 1 }}{{ $x.y }}")
C("exec/field-on-list-var", "{{ $x := .Values.l }}{{ $x.y }}")
C("exec/map-no-method-args", "{{ .Values.m.a 1 }}")
C("exec/can-not-print-error-unicode", "\u00e9\u00e9{{ .Values.s.x }}")


# --- more combinations ---------------------------------------------------------------------------------------------
C("more/unicode-variable", "{{ $\u00e9 := \"v\" }}{{ $\u00e9 }}")
C("more/eq-uint-int", "{{ eq (index \"a\" 0) 97 }}")
C("more/lt-uint-int", "{{ lt (index \"a\" 0) 100 }} {{ lt 100 (index \"a\" 0) }}")
C("more/eq-uint-negative", "{{ eq -1 (index \"a\" 0) }}")
C("more/len-of-index", "{{ len (index .Values.l 0) }}")
C("more/index-final", "{{ 1 | index .Values.l }}")
C("more/not-final", "{{ .Values.t | not }}")
C("more/eq-final", "{{ .Values.s | eq \"hello\" }}")
C("more/eq-final-multi", "{{ \"c\" | eq \"x\" \"y\" }}")
C("more/printf-char", "{{ 'a' | printf \"%c\" }}")
C("more/define-name-space", "{{ define \"a b\" }}AB{{ end }}{{ template \"a b\" }}")
C("more/define-name-escape", "{{ define \"a\\tb\" }}T{{ end }}{{ template \"a\\tb\" }}")
C("more/deep-parens", "{{ " + "(" * 40 + "1" + ")" * 40 + " }}")
C("more/error-line-100", "x\n" * 99 + "{{ .Values.s.x }}")
C("more/error-in-else-if", "{{ if false }}a{{ else if .Values.nope.x }}b{{ end }}")
C("more/error-in-block-default", "{{ block \"b\" .Values }}\n {{ .nope.x }}{{ end }}")
C("more/crlf-position", "a\r\nb\r\n  {{ .Values.f.x }}")
C("more/comment-start-trim", "{{- /* header */ -}}\n\nbody")
C("more/with-break-in-range", "{{ range .Values.l }}{{ with . }}{{ if eq . \"b\" }}{{ continue }}{{ end }}{{ . }}{{ end }}{{ end }}")
C("more/range-else-break-outer", "{{ range .Values.nl }}{{ range $.Values.el }}{{ else }}{{ if eq . 2.0 }}{{ break }}{{ end }}{{ . }}{{ end }}{{ end }}")
C("more/and-missing-final", "[{{ .Values.nope | and 1 }}]")
C("more/or-missing-final", "[{{ .Values.nope | or 0 }}]")
C("more/variable-in-template-arg", "{{ define \"t\" }}{{ .a }}{{ end }}{{ $m := .Values.m }}{{ template \"t\" $m }}")
C("more/dollar-inside-define", "{{ define \"d\" }}{{ $.a }}{{ end }}{{ template \"d\" .Values.m }}")
C("more/range-over-var", "{{ $l := .Values.l }}{{ range $l }}{{ . }}{{ end }}")
C("more/range-index-type", "{{ range $i, $e := .Values.l }}{{ if eq $i 2 }}{{ $e }}{{ end }}{{ end }}")
C("more/map-key-type", "{{ range $k, $v := .Values.m }}{{ if eq $k \"b\" }}{{ $v }}{{ end }}{{ end }}")
C("more/int-range-type", "{{ range $i := 3 }}{{ if eq $i 2 }}two{{ end }}{{ end }}")
C("more/nested-template-vars", "{{ define \"n\" }}{{ $x := . }}{{ $x }}{{ end }}{{ $x := 1 }}{{ template \"n\" 2 }}{{ $x }}")
C("more/if-with-decl-scope", "{{ if $a := 1 }}{{ $a }}{{ else }}{{ $a }}{{ end }}")
C("more/with-else-decl", "{{ with $a := 0 }}x{{ else }}{{ $a }}{{ end }}")
C("more/assign-in-range-persists", "{{ $s := \"\" }}{{ range .Values.l }}{{ $s = print $s . }}{{ end }}{{ $s }}")
C("more/print-chain-paren", "{{ (index .Values.lm 0).name | printf \"<%s>\" }}")
C("more/whitespace-only-template", "  \n\t\n")
C("more/only-comment", "{{/* nothing */}}")
C("more/trim-before-eof", "abc   {{- \"\" }}")
C("more/long-identifier-error", "{{ abcdefghijklmnopqrstuvwxyz }}")
C("more/long-string-unexpected", "{{ \"abcdefghijklmnopqrstuvwxyz\" = }}")
C("more/unicode-long-unexpected", "{{ \"\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\" = }}")
C("more/long-token-in-else", "{{ if true }}{{ else \"abcdefghijklmnop\" }}{{ end }}")
C("more/long-unicode-token-in-end", "{{ if true }}{{ end \"\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\" }}")
C("more/else-in-range-with-vars", "{{ range $i, $e := .Values.el }}{{ else }}{{ $i }}{{ end }}")

# --- argument passing through typed functions (Sprig functions Helm defines) ---------------------------------
# These use a few Sprig functions; the Swift test registers stand-ins with the same Go
# signatures (upper(string), trunc(int, string), round(interface{}, int, ...float64), ...)
# so the executor's argument checks and untyped-constant typing are what is compared.
def F(name, template, values=None):
    C(name, template, values)
    CASES[-1]["functions"] = True


F("func/upper", "{{ upper \"abc\" }}")
F("func/upper-pipe", "{{ \"abc\" | upper }}")
F("func/upper-missing-pipe", "{{ .Values.nope | upper }}")
F("func/upper-missing-arg", "{{ upper .Values.nope }}")
F("func/upper-null-arg", "{{ upper .Values.nul }}")
F("func/upper-nil", "{{ upper nil }}")
F("func/upper-float-pipe", "{{ .Values.f | upper }}")
F("func/upper-float-arg", "{{ upper .Values.f }}")
F("func/upper-int-literal", "{{ upper 1 }}")
F("func/upper-bool", "{{ upper true }}")
F("func/upper-two", "{{ upper \"a\" \"b\" }}")
F("func/upper-none", "{{ upper }}")
F("func/upper-paren-int", "{{ upper (len .Values.l) }}")
F("func/upper-var-string", "{{ $s := \"x\" }}{{ upper $s }}")
F("func/upper-in-with", "{{ with .Values.s }}{{ upper . }}{{ end }}")
F("func/upper-dot-missing", "{{ with .Values.m }}{{ upper .nope }}{{ end }}")
F("func/upper-list-elem", "{{ range .Values.l }}{{ upper . }}{{ end }}")
F("func/trunc", "{{ trunc 3 \"abcdef\" }}")
F("func/trunc-pipe", "{{ \"abcdef\" | trunc 2 }}")
F("func/trunc-missing-pipe", "{{ .Values.nope | trunc 3 }}")
F("func/trunc-float-literal", "{{ trunc 1.5 \"abc\" }}")
F("func/trunc-float-int-literal", "{{ trunc 2.0 \"abc\" }}")
F("func/trunc-exp-literal", "{{ trunc 1e1 \"abcdefghijkl\" }}")
F("func/trunc-values-float", "{{ trunc .Values.n \"abc\" }}")
F("func/trunc-string-count", "{{ trunc \"2\" \"abc\" }}")
F("func/trunc-char", "{{ trunc 'a' \"abc\" }}")
F("func/trunc-hex", "{{ trunc 0x2 \"abc\" }}")
F("func/trunc-negative", "{{ trunc -2 \"abcdef\" }}")
F("func/trunc-nil-count", "{{ trunc nil \"abc\" }}")
F("func/trunc-var-int", "{{ $n := 2 }}{{ trunc $n \"abc\" }}")
F("func/trunc-len", "{{ trunc (len .Values.l) \"abcdefgh\" }}")
F("func/trunc-bool", "{{ trunc true \"abc\" }}")
F("func/repeat", "{{ repeat 3 \"ab\" }}")
F("func/until", "{{ until 3 }}")
F("func/until-range", "{{ range until 3 }}{{ . }},{{ end }}")
F("func/until-index-typeof", "{{ typeOf (index (until 3) 1) }}")
for nm, arg in [("int", "1"), ("float", "1.5"), ("char", "'a'"), ("exp", "1e3"), ("hex", "0x10"), ("string", "\"s\""),
                ("bool", "true"), ("nil", "nil"), ("missing", ".Values.nope"), ("values-number", ".Values.n"),
                ("values-list", ".Values.l"), ("values-map", ".Values.m"), ("len", "(len .Values.l)"), ("until", "(until 2)"),
                ("list", "(list 1)"), ("index-string", "(index \"ab\" 0)"), ("null", ".Values.nul"), ("dot-in-with", "(with .Values.l)")]:
    F("func/typeOf-" + nm, "{{ typeOf " + arg + " }}")
for nm, arg in [("int", "1"), ("nil", "nil"), ("list", ".Values.l"), ("map", ".Values.m"), ("string", ".Values.s"),
                ("float", ".Values.f"), ("missing", ".Values.nope")]:
    F("func/kindOf-" + nm, "{{ kindOf " + arg + " }}")
F("func/default-pipe", "{{ .Values.nope | default \"d\" }}")
F("func/default-present", "{{ .Values.s | default \"d\" }}")
F("func/default-zero", "{{ .Values.z | default \"d\" }}")
F("func/default-no-given", "{{ default \"d\" }}")
F("func/default-nil-arg", "{{ default \"d\" nil }}")
F("func/default-none", "{{ default }}")
F("func/default-chain-missing", "{{ .Values.nope.x | default \"d\" }}")
F("func/list-len", "{{ len (list 1 2 3) }}")
F("func/list-print", "{{ list 1 \"a\" nil 2.5 }}")
F("func/list-missing", "{{ list .Values.nope }}")
F("func/list-empty", "[{{ list }}]")
F("func/list-index", "{{ index (list \"a\" \"b\") 1 }}")
F("func/add1-type", "{{ typeOf (add1 1) }}")
F("func/add1-eq-int", "{{ eq (add1 2) 3 }}")
F("func/add1-lt-float", "{{ lt (add1 2) 3.5 }}")
F("func/round-int-literal-float-param", "{{ round 2.5 0 1 }}")
F("func/round-variadic-string", "{{ round 2.5 0 \"x\" }}")
F("func/round-missing-p", "{{ round 2.5 }}")
F("func/round-pipe-final-variadic", "{{ 0.5 | round 2.5 0 }}")
F("func/round-pipe-final-fixed", "{{ 0 | round 2.5 }}")
F("func/round-pipe-final-wrong", "{{ 0.5 | round 2.5 }}")
F("func/round-values-float-variadic", "{{ round 2.5 0 .Values.f }}")
F("func/typeOf-two", "{{ typeOf 1 2 }}")
F("func/and-function-result", "[{{ and (list) 1 }}]")
F("func/chain-on-result", "{{ (list 1 2).x }}")
F("func/identifier-arg", "{{ typeOf list }}")
F("func/identifier-arg-upper", "{{ print upper }}")
F("func/function-with-field-syntax", "{{ upper.x }}")

# --- runner ------------------------------------------------------------------------------------------------------
EXEC_V4 = re.compile(r"^(?P<loc>[^\n]*?:\d+:\d+)\n  executing (?P<name>\"(?:[^\"\\]|\\.)*\") at <(?P<ctx>.*?)>:\n    (?P<msg>.*)$", re.S)
HEADER = "---\n# Source: " + FILE + "\n"


def go_error(helm_error):
    """Helm v4's message -> (kind, text). kind: parse | exec | other."""
    if helm_error.startswith("parse error at ("):
        return "parse", helm_error
    m = EXEC_V4.match(helm_error)
    if m:
        msg = m.group("msg").replace("\n    ", "\n")
        return "exec", "template: %s: executing %s at <%s>: %s" % (m.group("loc"), m.group("name"), m.group("ctx"), msg)
    if helm_error.startswith("template: "):
        return "exec", helm_error
    return "other", helm_error


def run_case(case):
    values = json.dumps(case["values"], ensure_ascii=False)
    first = helm_oracle.render({"templates/t.yaml": case["template"]}, values=values)
    err = first.error
    out = {"name": case["name"], "template": case["template"]}
    if case.get("functions"):
        out["functions"] = True
    if case["values"] is not V:
        out["values"] = case["values"]
    if err is not None and not err.startswith("YAML parse error"):
        kind, text = go_error(err)
        out["errorKind"] = kind
        out["error"] = text
        out["helmError"] = err
        return out
    raw = helm_oracle.render({"templates/t.yaml": case["template"] + MARK}, values=values, args=["--debug"])
    stdout = raw.stdout.decode("utf-8", "surrogateescape")
    if raw.rc == 0 or not (raw.error or "").startswith("YAML parse error"):
        raise SystemExit("case %s: marker run did not fail on the marker: %r" % (case["name"], raw.error))
    if not stdout.startswith(HEADER) or not stdout.endswith(MARK + "\n"):
        raise SystemExit("case %s: unexpected --debug output %r" % (case["name"], stdout[:200]))
    out["output"] = stdout[len(HEADER):-len(MARK + "\n")]
    return out


def main():
    names = set()
    for c in CASES:
        if c["name"] in names:
            raise SystemExit("duplicate case name " + c["name"])
        names.add(c["name"])
    results = []
    for i, c in enumerate(CASES):
        results.append(run_case(c))
        if (i + 1) % 50 == 0:
            print("%d/%d" % (i + 1, len(CASES)), file=sys.stderr)
    doc = {
        "generator": "scripts/gen-template-conformance.py",
        "oracle": "helm v4.1.4 (go1.25.9): helm template r ./c",
        "templateName": FILE,
        "missingKey": "zero",
        "defaultValues": V,
        "cases": results,
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=0, separators=(",", ":"))
        f.write("\n")
    kinds = {}
    for r in results:
        k = r.get("errorKind", "output")
        kinds[k] = kinds.get(k, 0) + 1
    print("wrote %d cases to %s: %s" % (len(results), os.path.normpath(OUT), kinds), file=sys.stderr)


if __name__ == "__main__":
    main()
