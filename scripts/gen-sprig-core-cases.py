#!/usr/bin/env python3
"""Generate testdata/sprig/core-cases.json from the reference Helm (the oracle).

Each case is one template expression EXPR.  It is rendered by the reference Helm v4
inside a one-chart render as

    {{ define "c" }}{{ $r := EXPR }}{{ printf "%T" $r }}|{{ $r }}{{ end }}
    # {{ include "c" . | b64enc }}

so that any bytes (newlines, quotes, invalid YAML) survive; the base64 text is decoded
and split at the first "|" into the Go type and the printed value.  When the render
fails, the case is rendered again with the template text placed directly in
templates/t.yaml, so that the stored error is exactly what Go's text/template reports
for a template named "c/templates/t.yaml" holding
`{{ $r := EXPR }}{{ printf "%T" $r }}|{{ $r }}`.

All cases share one values.yaml (VALUES below, stored in the JSON as "values").
Re-run:  python3 scripts/gen-sprig-core-cases.py   (needs shared/tools/reference-helm)
Compare another Helm with the stored table instead of writing it:
         python3 scripts/gen-sprig-core-cases.py --check v3
"""
import base64
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "testdata", "sprig", "core-cases.json")

VALUES = {
    "i": 42, "f": 3.14, "big": 1000000, "neg": -7, "num": 5, "zero": 0,
    "s": "hello world", "es": "", "fl": False, "t": True, "str42": "42",
    "el": [], "em": {}, "n": None,
    "l": [1, "two", 3.5, None, True],
    "sl": ["b", "a", "c"],
    "nums": [3, 1, 2],
    "m": {"a": 1, "b": "x", "n": {"c": 2}},
}

# Each case: an expression.  Grouped by function family for readability.
CASES = r'''
# ---- strings
trim "  x  "
trim "\t\n x y \n"
trim .Values.s
trimAll "-" "--a--"
trimAll "ab" "abcba"
trimall "$" "$$x$"
trimPrefix "he" .Values.s
trimPrefix "x" "abc"
trimSuffix "-" "a-"
trimSuffix "ld" .Values.s
upper "hello"
upper "héllo wörld"
lower "HeLLo"
lower "ÀÉÎ"
title "hello world"
title "hello_world foo-bar x.y"
title "HELLO wORLD"
untitle "Hello World"
untitle "HELLO"
repeat 3 "ab"
repeat 0 "ab"
repeat -1 "ab"
substr 0 3 "hello"
substr 2 99 "hello"
substr 1 -1 "hello"
substr -1 2 "hello"
substr 3 1 "hello"
substr 0 10 ""
substr -1 9 "hello"
nospace "a b c"
nospace " a\tb\nc "
nospace ""
trunc 3 "abcdef"
trunc -3 "abcdef"
trunc 10 "ab"
trunc 0 "ab"
trunc -10 "ab"
abbrev 5 "hello world"
abbrev 3 "hello world"
abbrev 20 "hello world"
abbrev 4 "hello world"
abbrev 10 ""
abbrevboth 5 10 "1234567890abcdefghij"
abbrevboth 0 10 "1234567890abcdefghij"
abbrevboth 10 5 "1234567890abcdefghij"
abbrevboth 3 7 "abcdefghijklmno"
abbrevboth 20 10 "1234567890abcdefghij"
abbrevboth 1 6 "abcdefghij"
initials "Hello World"
initials "hello  big   world"
initials ""
initials "a\tb\nc"
randAlphaNum 10 | len
randAlpha 7 | len
randAscii 12 | len
randNumeric 5 | len
randAlphaNum 0
randNumeric -3
shuffle "" 
shuffle "aaa"
shuffle "abc" | len
swapcase "aB"
swapcase "Hello World"
swapcase "hello wORLD 1x"
swapcase ""
snakecase "HelloWorld"
snakecase "helloWorld"
snakecase "HTTPServer"
snakecase "hello_world"
snakecase "Hello World"
snakecase "Bld4Floor"
snakecase "HTTP2xx"
snakecase "a-b-c"
snakecase "already_snake_42"
snakecase "ID"
snakecase "someJSONKey99"
camelcase "hello_world"
camelcase "hello-world"
camelcase "hello world"
camelcase "HelloWorld"
camelcase "http_server"
camelcase "_leading"
camelcase "a__b"
camelcase "x"
camelcase ""
kebabcase "HelloWorld"
kebabcase "hello_world"
kebabcase "HTTPServer"
kebabcase "fooBar123Baz"
wrap 5 "hello world foo"
wrap 10 "the quick brown fox jumps"
wrap 3 "abcdefgh ij"
wrap 0 "a b"
wrap 80 ""
wrapWith 5 "<br>" "hello world foo"
wrapWith 3 "|" "abcdefgh ij"
wrapWith 10 "" "the quick brown fox"
contains "wor" .Values.s
contains "xyz" .Values.s
contains "" "abc"
hasPrefix "hel" .Values.s
hasPrefix "world" .Values.s
hasSuffix "rld" .Values.s
hasSuffix "hello" .Values.s
quote "a"
quote "a\"b"
quote 1 2
quote .Values.nope
quote
quote .Values.f
quote .Values.l
quote nil "x" true
quote "tab\there"
squote "a"
squote 1 .Values.nope 2
squote "it's"
squote
squote .Values.m
cat "a" "b" "c"
cat "a" nil "b" 1
cat
cat .Values.l .Values.big
cat nil
indent 2 "a\n\nb\n"
indent 2 ""
indent 0 "x\ny"
indent -2 "x"
nindent 2 "a\nb"
nindent 4 ""
replace "a" "b" "banana"
replace "" "-" "abc"
replace "an" "" "banana"
plural "one" "many" 1
plural "one" "many" 2
plural "one" "many" 0
plural "one" "many" -1
toString 1
toString .Values.f
toString .Values.big
toString nil
toString .Values.nope
toString .Values.l
toString .Values.m
toString true
toString "s"
toString (list "a" "b")
toStrings (list 1 nil "a")
toStrings .Values.l
toStrings "abc"
toStrings nil
toStrings .Values.sl
toStrings 5
toStrings .Values.m
join "," (list 1 "a" 2.5 nil true)
join "-" .Values.s
join ", " .Values.l
join "" .Values.sl
join "," nil
join "," .Values.i
join "/" (splitList "," "a,b,c")
split "," "a,b"
split "," ""
split "" "abc"
split "," "a,,b"
(split "," "a,b")._1
splitList "," "a,,b"
splitList "," ""
splitList "" "abc"
splitList ", " "a, b, c"
splitn "," 2 "a,b,c"
splitn "," 0 "a,b,c"
splitn "," -1 "a,b,c"
splitn "," 1 "a,b,c"
splitn "" 2 "abc"
sortAlpha (list 3 1 2)
sortAlpha .Values.sl
sortAlpha (list "b" "B" "a" "_" 10 9)
sortAlpha "zyx"
sortAlpha .Values.l
sortAlpha nil
sortAlpha 5
hello
upper .Values.i
trunc 3 .Values.nope
upper nil
repeat "3" "x"
# ---- conversion
int "42"
int "4.7"
int "1e3"
int " 5"
int "010"
int "0x1f"
int "0b101"
int "0o17"
int "1_000"
int "-12"
int "+12"
int "5.0"
int "5.00"
int "x"
int ""
int nil
int true
int false
int 3.9
int -3.9
int .Values.f
int .Values.big
int .Values.neg
int .Values.nope
int (list 1)
int "9223372036854775807"
int "9223372036854775808"
int 1e20
int64 "0x10"
int64 "-0x1F"
int64 "9223372036854775808"
int64 3.99
int64 .Values.i
int64 "12"
int64 true
int64 nil
int64 "abc"
int64 .Values.m
float64 "1.5"
float64 "1e3"
float64 "abc"
float64 nil
float64 1
float64 .Values.i
float64 "0x1p-2"
float64 "inf"
float64 "-Infinity"
float64 "NaN"
float64 "1_000"
float64 true
float64 "  1"
float64 (int64 7)
float64 "1e400"
float64 (list)
atoi "12"
atoi "1.5"
atoi "x"
atoi "-7"
atoi "+7"
atoi "0x10"
atoi "010"
atoi ""
atoi "99999999999999999999"
atoi 5
toDecimal "0777"
toDecimal "777"
toDecimal 777
toDecimal "8"
toDecimal .Values.big
toDecimal nil
toDecimal "-17"
toDecimal true
toDecimal "0o17"
# ---- math
add 1 2
add .Values.i 1
add .Values.f 1
add 1 2.7
add
add 1
add "3" "4"
add nil 1
add .Values.nope 1
add true 1
add 9223372036854775807 1
add "x" 1
add1 .Values.num
add1 "9"
add1 nil
add1 -1.5
sub 10 3
sub 1 2.5
sub .Values.f 1
sub "5" nil
mul 2 2.5
mul 3
mul 2 3 4
mul .Values.big .Values.big
mul 4611686018427387904 2
div 7 2
div 10 4
div -7 2
div 7 0
div 1 .Values.f
div 1 0.5
div -9223372036854775808 -1
mod 10 4
mod -7 3
mod 7 -3
mod 1 0
mod 5.5 2
max 1 5 3
max 1 2.9
max 3
max "7" 2
max -1 -5
biggest 1 5 3
biggest .Values.neg .Values.zero
min "3" 2
min 1 5 3
min 3
min .Values.neg 2
maxf 1 5.5 3
maxf 2
maxf "3.5" 1
maxf nil -1
minf 1 5.5 3
minf 0.5 "0.25"
minf -1
addf 1 2.7
addf 0.1 0.2
addf
addf 1 "2.5" nil
add1f 1.5
add1f "0.1"
add1f nil
subf 1 0.9
subf 10 1 2 3
subf 5
mulf 2 2.5
mulf 0.1 3
mulf 1.1 1.1 1.1
divf 7 2
divf 1 3
divf 10 0
divf 0 0
divf 10 4 5
floor 2.7
floor -2.3
floor "3.9"
floor nil
ceil 2.1
ceil -2.7
ceil "4"
round 2.5 0
round 2.4 0
round -2.5 0
round 3.14159 2
round 1.005 2
round 2.345 2 0.3
round 1234.5 -2
round "7.77" 1
round nil 0
round .Values.f 1
until 3
until 0
until -3
untilStep 0 10 3
untilStep 10 0 -3
untilStep 0 10 0
untilStep 0 10 -1
untilStep 5 5 1
untilStep 10 0 2
seq 3 1
seq 0
seq 1 3
seq 5
seq -2
seq 1 2 10
seq 10 -3 1
seq 10 3 1
seq
seq 1 2 3 4
seq 2 2
randInt 5 6
randInt 0 10 | typeOf
# ---- defaults
default "d" .Values.zero
default "d" .Values.fl
default "d" .Values.es
default "d" .Values.el
default "d" .Values.em
default "d" .Values.nope
default "d" .Values.num
default 1 .Values.s
default "d" nil
default "d"
default "d" 0.0
default "d" (list nil)
default "d" "0"
default "d" .Values.t
default "d" .Values.n
empty .Values.zero
empty .Values.fl
empty .Values.em
empty .Values.nope
empty "0"
empty .Values.num
empty ""
empty (list)
empty (dict)
empty (dict "a" 1)
empty 0.0
empty nil
empty true
empty .Values.l
coalesce .Values.zero .Values.es "x"
coalesce .Values.nope
coalesce
coalesce nil 0 "" false (list) "last"
coalesce .Values.num 1
coalesce .Values.em .Values.m.a
all 1 "a" true
all 1 "" true
all
all .Values.l .Values.m
all .Values.el
any 0 "" "x"
any 0 "" nil
any
any .Values.fl .Values.t
ternary "y" "n" true
ternary "y" "n" false
ternary 1 2 (eq 1 1)
ternary "y" "n" .Values.t
ternary "y" "n" 1
ternary "y" "n"
# ---- reflection
typeOf 1
typeOf 1.5
typeOf "s"
typeOf nil
typeOf .Values.nope
typeOf .Values.l
typeOf .Values.m
typeOf .Values.i
typeOf (list)
typeOf (dict)
typeOf (splitList "," "a")
typeOf (split "," "a")
typeOf (until 3)
typeOf (int64 1)
typeOf true
typeOf (chunk 2 (list 1 2 3))
kindOf 1
kindOf .Values.el
kindOf .Values.em
kindOf nil
kindOf "s"
kindOf 1.5
kindOf true
kindOf (until 2)
kindOf (int64 2)
typeIs "float64" .Values.num
typeIs "int" .Values.num
typeIs "string" "x"
typeIs "<nil>" nil
typeIs "[]interface {}" .Values.l
typeIsLike "float64" .Values.num
typeIsLike "string" 1
typeIsLike "map[string]interface {}" .Values.m
kindIs "slice" .Values.l
kindIs "map" .Values.m
kindIs "int" 3
kindIs "invalid" nil
kindIs "string" 3
deepEqual (list 1 2) (list 1 2)
deepEqual (list 1 2) (list 1 "2")
deepEqual (dict "a" 1) (dict "a" 1)
deepEqual (dict "a" 1) (dict "a" 2)
deepEqual 1 1
deepEqual 1 (int64 1)
deepEqual .Values.i 42.0
deepEqual nil nil
deepEqual nil .Values.nope
deepEqual (list) (list)
deepEqual .Values.el (list)
deepEqual (splitList "," "a") (list "a")
deepEqual "a" "a"
deepEqual .Values.m .Values.m
# ---- lists
list
list 1 "a" nil
list 1 2.5 true
tuple 1 2
tuple
first (list 1 2 3)
first (list)
first .Values.sl
first .Values.nope
first "abc"
first 5
first (until 3)
mustFirst (list 1 2)
mustFirst "abc"
mustFirst (list)
rest (list 1 2 3)
rest (list)
rest (list 1)
rest .Values.sl
rest 5
mustRest (list 1 2)
mustRest 5
last (list 1 2 3)
last (list)
last .Values.sl
last 5
mustLast (list 1 2)
mustLast "x"
initial (list 1 2 3)
initial (list)
initial .Values.sl
initial "abc"
mustInitial (list 1 2)
mustInitial true
append (list 1 2) 3
append (list) nil
append .Values.sl "d"
append .Values.nope 1
append "abc" 1
append (until 2) "x"
push (list 1) (list 2)
push 1 2
mustAppend (list 1) 2
mustAppend 1 2
mustPush (list) "a"
mustPush (dict) 1
prepend (list 1 2) 0
prepend .Values.sl "z"
prepend "x" 1
mustPrepend (list 1) 0
mustPrepend 1 0
concat (list 1 2) (list 3)
concat
concat (list) (list)
concat .Values.sl (list 1) (until 2)
concat (list 1) 2
concat (list 1) nil
reverse (list 1 2 3)
reverse (list)
reverse .Values.sl
reverse "abc"
mustReverse (list 1 2)
mustReverse 5
uniq (list 1 1 2)
uniq (list "a" "b" "a" 1 1.0 nil nil)
uniq (list)
uniq .Values.sl
uniq (list (list 1) (list 1) (list 2))
uniq 5
mustUniq (list 2 2)
mustUniq "x"
without (list 1 2 3) 2
without (list 1 2 3 2) 2 3
without (list 1 2 3)
without .Values.sl "a"
without (list 1 "1") "1"
without 5 1
mustWithout (list 1 2) 1
mustWithout "s" 1
has 2 (list 1 2 3)
has 4 (list 1 2 3)
has "a" .Values.sl
has 1 .Values.nope
has 1 nil
has 1 "abc"
has 1.0 (list 1)
has nil (list nil)
mustHas 2 (list 2)
mustHas 1 5
compact (list 1 "" nil 0 false "a")
compact (list)
compact .Values.l
compact "abc"
compact (list (list) (dict) (list 1))
mustCompact (list 1 "")
mustCompact 5
slice (list 1 2 3 4) 1 3
slice (list 1 2 3 4) 2
slice (list 1 2 3 4)
slice (list)
slice (list 1 2) 1 5
slice (list 1 2) 2 1
slice "hello" 1 3
slice .Values.sl 1
slice (list 1 2 3) "1" "2"
slice (list 1 2 3) 1.9
slice (until 5) 1 3
mustSlice (list 1 2 3) 1
mustSlice 5 1
mustSlice (list 1 2) 0 9
chunk 2 (list 1 2 3 4 5)
chunk 2 (list 1 2 3 4)
chunk 5 (list 1 2)
chunk 2 (list)
chunk 1 .Values.sl
chunk 2 "abc"
chunk 0 (list 1 2)
mustChunk 2 (list 1 2 3)
mustChunk 2 5
# ---- dicts
dict
dict "a" 1 "b" 2
dict "a"
dict 1 2 "c"
dict "a" 1 "a" 2
dict nil 1
dict .Values.f "x" true "y"
get (dict "a" 1) "a"
get (dict "a" 1) "b"
get .Values.m "n"
get (dict "a" nil) "a"
get .Values.nope "a"
set (dict "a" 1) "b" 2
set (dict "a" 1) "a" nil
set .Values.m "z" 1
unset (dict "a" 1 "b" 2) "a"
unset (dict "a" 1) "zz"
unset .Values.m "a"
hasKey (dict "a" 1) "a"
hasKey (dict "a" 1) "b"
hasKey (dict "a" nil) "a"
hasKey .Values.m "n"
hasKey .Values.nope "a"
pluck "a" (dict "a" 1) (dict "a" 9) (dict "b" 2)
pluck "x" (dict "a" 1)
pluck "a"
pluck "a" (dict "a" nil)
keys (dict "a" 1) | sortAlpha
keys (dict "b" 1 "a" 2) (dict "c" 3 "a" 4) | sortAlpha
keys
keys (dict)
keys .Values.m | sortAlpha
values (dict "a" 1)
values (dict)
values (dict "a" 1 "b" 2) | sortAlpha
pick (dict "a" 1 "b" 2) "a"
pick (dict "a" 1 "b" 2) "a" "c"
pick (dict "a" 1)
pick .Values.m "b" "n"
omit (dict "a" 1 "b" 2) "a"
omit (dict "a" 1 "b" 2)
omit (dict "a" 1 "b" 2) "a" "b" "c"
omit .Values.m "n"
dig "x" "y" "def" (dict "x" (dict "y" "found"))
dig "x" "q" "def" (dict "x" (dict "y" "found"))
dig "a" "def" (dict "a" 1)
dig "a" "b" "def" (dict "a" 1)
dig "a" "def" (dict)
dig "a" "def"
dig 1 "def" (dict)
dig "a" "def" "notadict"
dig "m" "n" "c" 0 (dict "m" (dict "n" (dict "c" 7)))
merge (dict "a" 1 "n" (dict "x" 1)) (dict "a" 2 "b" 3 "n" (dict "y" 2))
merge (dict "a" "") (dict "a" "x")
merge (dict "a" false) (dict "a" true)
merge (dict "a" 0) (dict "a" 5)
merge (dict "a" 1) (dict "a" nil)
merge (dict "a" nil) (dict "a" 1)
merge (dict) (dict "a" 1) (dict "a" 2 "b" 3)
merge (dict "l" (list 1)) (dict "l" (list 2 3))
merge (dict "l" (list)) (dict "l" (list 2 3))
merge (dict "a" "s") (dict "a" (dict "x" 1))
merge (dict "a" (dict "x" 1)) (dict "a" "s")
merge (dict "a" (dict)) (dict "a" (dict "x" 1))
merge (dict "a" 1)
merge (dict "a" 1) .Values.m
mustMerge (dict "a" 1) (dict "b" 2)
mustMerge (dict "a" "") (dict "a" "z")
mergeOverwrite (dict "a" 1) (dict "a" 2)
mergeOverwrite (dict "a" 1) (dict "a" "")
mergeOverwrite (dict "a" 1) (dict "a" nil)
mergeOverwrite (dict "n" (dict "x" 1 "y" 1)) (dict "n" (dict "y" 2))
mergeOverwrite (dict "l" (list 1 2)) (dict "l" (list 3))
mergeOverwrite (dict "l" (list 1 2)) (dict "l" (list))
mergeOverwrite (dict "a" 1) (dict "a" 2) (dict "a" 3)
mergeOverwrite (dict "a" "s") (dict "a" (dict "x" 1))
mergeOverwrite (dict "a" (dict "x" 1)) (dict "a" "s")
mergeOverwrite (dict "a" (dict)) (dict "a" (dict "x" 1))
mustMergeOverwrite (dict "a" 1) (dict "a" 2 "b" 1)
mustMergeOverwrite (dict "a" 1 "b" false) (dict "b" true)
deepCopy (dict "a" (list 1 2))
deepCopy .Values.l
deepCopy 5
deepCopy nil
deepCopy "s"
deepCopy (splitList "," "a,b")
mustDeepCopy (dict "a" 1)
mustDeepCopy nil
# ---- more edges and type mixing
camelcase "_"
camelcase "__"
camelcase "HTTPServer"
camelcase "hello_WORLD"
camelcase "foo bar  baz"
camelcase "x-y_z 1a"
camelcase "élan_vital"
snakecase ""
snakecase "ÀbcDéf"
snakecase "a.b.c"
snakecase "HelloWorld!"
snakecase "v1.2.3"
snakecase "Hello  World"
snakecase "-leading"
snakecase "ABC123def"
kebabcase "JSONData"
kebabcase "some value_here"
swapcase "ǅungla"
upper "ß"
lower "İ"
title "ǆx y"
initials "élan vital"
nospace "é è"
toString (int64 5)
toString 2.5
toString 1e21
add (int64 5) 2.5
mul (int64 3) "2"
div (int64 -7) 2
max (int64 3) 2.5
addf (int64 1) 0.5
float64 (int64 9007199254740993)
int (int64 -5)
atoi " 1"
atoi "1_000"
int "  "
int "0x"
int "-0"
int "0_7"
int "08"
int "1__0"
int "_1"
int64 "0b"
int64 "-9223372036854775808"
int64 "-9223372036854775809"
float64 "1e"
float64 ".5"
float64 "5."
float64 "0x1"
float64 "+.5e-3"
float64 "1_0.5"
float64 "Inf"
float64 "+nan"
float64 "1e-400"
round 2.5 1
round 0.125 2
round -0.5 0
round 5 -1
round 1.5 0 0.6
ceil nil
floor "x"
divf 2 3
divf 1 7
divf -1 3
mulf 1e200 1e200
addf 1e-300 1
addf 1e20 1
subf 0.3 0.1
mulf 3 "x"
add1f (float64 "inf")
maxf (float64 "nan") 1
minf 0 -0.0
seq 0 0
seq -1 1
seq 1 0 5
seq 5 0 1
sortAlpha (list "é" "e" "z" "E")
join "," (until 3)
toStrings (until 3)
toStrings (list (list 1) nil)
has (int64 1) (list 1)
without (list 1 (int64 1)) 1
deepEqual (dict) (dict)
deepEqual (list nil) (list nil)
deepEqual (split "," "a") (dict "_0" "a")
deepEqual (rest (list 1)) (list)
empty (int64 0)
empty (list nil)
coalesce (int64 0) 0.0 "" 7
default (list) nil
dig "a" "b" "def" (dict "a" (dict "b" nil))
pluck "a" (dict "a" 1) (dict) (dict "a" (list 1))
get (dict "a" 1) ""
set (dict) "" 1
mergeOverwrite (dict) (dict "a" (dict "b" 1))
merge (dict "a" (dict "b" 1)) (dict "a" (dict "b" 2 "c" 3))
merge (dict "a" (list)) (dict "a" (dict "x" 1))
mergeOverwrite (dict "a" (list 1)) (dict "a" (dict "x" 1))
merge (dict "a" 1 "b" 0) (dict "b" nil)
mergeOverwrite (dict "a" 1) (dict "b" nil)
merge (dict "a" (dict "b" (dict "c" 1))) (dict "a" (dict "b" (dict "d" 2)))
slice (list 1 2 3) -1
slice (list 1 2 3) 0 0
chunk -1 (list 1 2)
chunk 3 (list 1 2 3 4 5 6 7)
quote (list "a" "b")
quote 1.5
squote nil
cat 1 2.5 "x" nil true
indent 3 "a\r\nb"
replace "\n" "\\n" "a\nb"
wrap 5 "     a"
wrapWith 4 "-" "abcdefghij k"
wrap 3 "a  b  c"
substr 0 0 "abc"
substr 5 5 "hello"
substr 6 9 "hello"
trimAll "" "abc"
trim ""
trimPrefix "" "a"
plural "a" "b" (int64 1)
until (int64 3)
repeat (int 2) "ab"
typeOf (int 3)
kindOf (dict)
typeIsLike "*int" 1
list (list)
tuple nil nil
first (splitList "," "")
last (until 0)
reverse (until 3)
compact (until 3)
uniq (splitList "," "a,a,b")
concat (until 2) (splitList "," "x")
randAscii 0
randInt 3 3
randInt -5 -4
randAlpha 0
hello | len
trimall "ab" "abxba"
get (split "," "a") "_0"
keys (split "," "a")
merge (dict) (split "," "a")
first (split "," "a,b")
toString (split "," "a")
dict "a" 1 | keys
len (dict "a" 1 "b" 2 | values)
set (dict "a" (dict)) "a" 2 | toString
pick (dict "a" 1) "a" "a"
until 3 | reverse | join "-"
list 3 1 2 | sortAlpha | reverse
# ---- chart-style pipelines
.Values.s | upper | quote
.Values.num | int | add 1
default "x" .Values.nope | quote
list .Values.i .Values.s | toStrings | join ","
.Values.m | keys | sortAlpha | join ","
.Values.l | compact | len
dict "k" .Values.m.n | toString
int64 .Values.neg | toString
.Values.big | int | toString
float64 .Values.str42 | add1f
.Values.sl | has "a"
.Values.f | ceil | int
.Values.s | title | replace " " "-" | lower
nindent 4 (toString .Values.m)
trunc 63 "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-bbb" | trimSuffix "-"
contains "chart" "mychart" | ternary "y" "n"
.Values.i | int | toString | quote
quote "héllo"
.Values.nope | default (dict "a" 1) | toString
.Values.em | default "fallback"
# ---- unicode
upper "ǆ ǳ ﬀ ŉ"
lower "ǅ Σ ẞ K"
title "ǳx ﬀoo über-straße"
title "ÿes 3d a1b"
untitle "Über Élan"
swapcase "ǅ ǆ Ǆ"
swapcase "ÜBER élan"
snakecase "ÜberStraße"
snakecase "日本語Text"
snakecase "Text日本語"
snakecase "αβΓΔ"
kebabcase "Ünïcödé Wörds"
camelcase "über_straße"
camelcase "日本_語"
trim "\u00a0 x \u3000"
trimAll "é" "éaé"
wrap 4 "ééé ééé"
abbrev 8 "héllo wörld"
trunc 4 "héllo"
substr 0 3 "héllo"
repeat 2 "é"
splitList "" "héllo"
splitn "" 2 "héllo"
replace "" "-" "hé"
indent 2 "é\né"
initials "Über élan"
contains "é" "café"
hasSuffix "é" "café"
sortAlpha (list "é" "f" "E" "ä")
# ---- argument type checks done by the template executor
merge "x" (dict)
get (list) "a"
set nil "a" 1
pluck "a" "x"
upper 1
substr "a" 1 "x"
splitList "," 5
join 5 (list 1)
contains 1 "a"
repeat 2.5 "x"
'''

def cases():
    out = []
    for line in CASES.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        out.append(line)
    return out


def helm_path(which="v4"):
    tool = os.path.join(ROOT, "..", "shared", "tools", "reference-helm")
    if not os.path.exists(tool):
        tool = "/work/shared/tools/reference-helm"
    return subprocess.run([tool, which], check=True, capture_output=True, text=True).stdout.strip()


def write_chart(d, files):
    os.makedirs(os.path.join(d, "templates"), exist_ok=True)
    with open(os.path.join(d, "Chart.yaml"), "w") as f:
        f.write("apiVersion: v2\nname: c\nversion: 0.1.0\n")
    with open(os.path.join(d, "values.yaml"), "w") as f:
        json.dump(VALUES, f)  # JSON is YAML; Helm decodes every number as float64
    for name, text in files.items():
        with open(os.path.join(d, "templates", name), "w") as f:
            f.write(text)


def body(expr):
    return '{{ $r := ' + expr + ' }}{{ printf "%T" $r }}|{{ $r }}'


def render(helm, expr):
    with tempfile.TemporaryDirectory() as tmp:
        chart = os.path.join(tmp, "c")
        write_chart(chart, {
            "_c.tpl": '{{ define "c" }}' + body(expr) + '{{ end }}',
            "t.yaml": '# {{ include "c" . | b64enc }}\n',
        })
        p = subprocess.run([helm, "template", "r", chart], capture_output=True, text=True)
        if p.returncode == 0:
            m = re.search(r"^# (\S*)$", p.stdout, re.M)
            text = base64.b64decode(m.group(1)).decode("utf-8", errors="surrogateescape")
            typ, _, value = text.partition("|")
            return {"expr": expr, "type": typ, "output": value}
        # Render the same text as the file itself to get Go's plain error.
        chart2 = os.path.join(tmp, "d", "c")
        write_chart(chart2, {"t.yaml": body(expr)})
        p2 = subprocess.run([helm, "template", "r", chart2], capture_output=True, text=True)
        err = (p2.stderr if p2.returncode != 0 else p.stderr).strip()
        err = err.split("\n\nUse --debug")[0]
        if err.startswith("Error: "):
            err = err[len("Error: "):]
        return {"expr": expr, "error": err}


def check(which):
    """Renders every stored case with another Helm and lists the cases that differ."""
    helm = helm_path(which)
    with open(OUT) as f:
        stored = {c["expr"]: c for c in json.load(f)["cases"]}
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda e: render(helm, e), list(stored)))
    differ = [r for r in results if r != stored[r["expr"]]]
    for r in differ:
        print(json.dumps({"stored": stored[r["expr"]], which: r}, ensure_ascii=False))
    print(f"{len(results) - len(differ)}/{len(results)} cases identical with {which}", file=sys.stderr)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        return check(sys.argv[2])
    helm = helm_path()
    todo = cases()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda e: render(helm, e), todo))
    doc = {"helm": subprocess.run([helm, "version", "--short"], capture_output=True, text=True).stdout.strip(),
           "template": body("EXPR"), "values": VALUES, "cases": results}
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(doc, f, indent=0, ensure_ascii=False, sort_keys=False)
        f.write("\n")
    errors = sum(1 for r in results if "error" in r)
    print(f"{len(results)} cases ({errors} errors) -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
