#!/usr/bin/env python3
"""Generates testdata/values/cases.json by running the reference Helm (v4 by default).

Each case is a small chart tree of our own (root chart, subcharts, values written as
JSON, which is valid YAML, so the Swift tests need no YAML decoder), a list of values
flags, and extra files for -f / --set-file. Helm renders every chart's one template,
which prints the chart name and `toJson .Values | b64enc`; the script stores the
decoded values of every rendered chart, the warnings on stderr and the error text.

Usage: scripts/gen-values-cases.py [--helm PATH]
"""
import argparse
import random
import base64
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "testdata", "values", "cases.json")
TEMPLATE = '# {{ .Chart.Name }} {{ toJson .Values | b64enc }}\n'

CASES = []


def case(name, flags=(), chart=None, files=None, yaml_files=False):
    """yaml_files: the -f files are real YAML, so the Swift test decodes them with HelmYAML."""
    CASES.append({"name": name, "chart": chart or {"name": "root"}, "flags": [list(f) for f in flags],
                  "files": files or {}, "yamlFiles": yaml_files})


def sets(prefix, lines, flag="--set"):
    for i, line in enumerate(lines):
        case(f"{prefix}-{i:02d}", [(flag, line)])


# ---------------------------------------------------------------- strvals
sets("set", [
    "a=1", "a={1,2,3}", "a={}", "a={ 1 , x }", "a={a,b},c=d", "a[0]={1,2}", "a[0].b=c", "a[1]=x",
    "a[0]=x,a[2]=z", "a[0][1]=x", "a.b.c=1", "a\\.b=1", "a.b[0]=1,a.b[1]=2", "a[0]=1,a[0].b=2",
    "a=x\\,y", "a=x=y", "a=\\{x\\}", "a=x\\\\y", "a=", "a= 1", "a=\"q\"", "a='q'", "a=null",
    "a=TRUE,b=True,c=true", "a=NULL,b=False,c=fAlSe,d=Null", "t=yes,u=no,v=on,w=y", "a=-0",
    "a=00,b=0x10,c=1e3,d=0755,e=1_000", "a=42,b=1000000,c=12345678901,d=3.14,e=1.0,n=-5,o=+5",
    "q=9223372036854775807,r=9223372036854775808,s=-9223372036854775808,t=-9223372036854775809",
    "name=a b", "a=1,a=2", "a.b=1,a=2", "outer.inner=1,outer=null", "a=1,", ".a=1", "=1",
    "a", "a,b=1", "a=1,,b=2", "a=[1,2]", "a={1,2", "a={1,{2}}", "a.=1", "a[x]=1", "a[-1]=1",
    "a[100000]=1", "a[65537]=1", "a[0]x=1", "a[0", "a[0]", "a[0].", "a[0][1]",
    "a=1,a.b=2", "a=x,a[0]=1", "a[0]=1,a.b=2", "a[0]=x,a[0][0]=y", "a[0]=x,a[0].b=y",
    ".".join(["k"] * 31) + "=1", ".".join(["k"] * 30) + "=1", ".".join(["k"] * 32) + "=1",
    "a[1][2]=x", "a[0][0][0]=deep", "a[0].b[1].c=x", "a.b.c=1,a.b.d=2,a.e=3", "a={x,y},a[3]=z",
    "a\\=b=1", "a\\[0\\]=1", "a=b\\", "a=\\", "a=é,ü=ß", "a=x y z,b= ", "a[01]=x", "a[+1]=x",
    "a[ 1]=x", "a[1 ]=x", "a.b=1,a.c.d=x,a.c.e=y", "x=\t", "a=0,b=01,c=-1,d=-01", "a=1,b",
    "a=1,b.c", "a={b=c}", "a={1,2},b={3}", "a={,}", "a={,x}", "a=}", "a=1}", "a.b.c=1,a.b=null",
    "a.b=null,a.b.c=1", "a[2]=null", "a=null,a[0]=1", "a=true,a.b=1", "list[0].name=x,list[0].v=1,list[1].name=y",
    "a[0][0]=1,a[0][1]=2,a[1][0]=3", "a[0]=1,a[0][0]=2", "ß.ü=1", "a=1\n,b=2",
])
sets("setstr", [
    "a=1,b=true,c=null,d={1,2}", "a[0]=1", "a=", "a=007,b=-5", "a", "a.b=x,a.c[1]=y", "a={x,y",
], flag="--set-string")
sets("json", [
    'a={"b":[1,"x",null]}', "a=[1,2]", 'b="s"', "c=null", "a.b=1,c=2", "a={bad", "a=", "a= ,b=1",
    "a=1 b=2", 'a=1.5e3', "a=12345678901234567890", 'a="\\u00e9\\ud83d\\ude00"', 'a=[1,2', 'a=tru',
    "a[0]=1,a[2]={\"k\":true}", 'a={"x":{"y":{}}}', "a=1x", 'a={"d":1,"d":2}', "a=-0", "a=1e400",
    "a", 'a=""', "a=\"s\",", "a[1]=null", ' {"top":1}', '{"top":1,"m":{"c":3}}', '{"top":', '[1,2]',
], flag="--set-json")
sets("json2", [
    "a=01", "a=[1,]", 'a={"x":1}junk', 'a="unterminated', "a=[1] ,b=2", 'a= "s"', "a=\t1", 'a={"k":1e400}',
    "a=[[1,[2,[3]]]]", 'a={"":1}', "a=1,a.b=2", "a.b=1,a[0]=2", "a=true,b=false,c=null", 'a="\\u00"',
    'a=-', "a=1.", "a=.5", "a=1e", 'a=["x" "y"]', "a={}", "a=[]", "a[0].b=1,a[0].c=[2]",
], flag="--set-json")
sets("set2", ["\x01", "a\x01=1", "é", "a.b\x7f", "k=v\u2028w", "x[0]", "x[0]=1,x[1]", "x=1,y=2,", ",a=1"])
sets("literal", [
    "a=x,y=z\\,{1}", "a.b=1", "a\\.b=1", "a[0]=x", "a[1].b=x,y", "a", "a=", "a.=1", "a[x]=1",
    "a==b", "a[0][1]=q", "a[0", ".".join(["k"] * 31) + "=1",
], flag="--set-literal")

case("order-set-then-string", [("--set", "a=1"), ("--set-string", "a=s")])
case("order-string-then-set", [("--set-string", "a=s"), ("--set", "a=1")])
case("order-json-before-set", [("--set", "a=1"), ("--set-json", "a=2")])
case("order-literal-last", [("--set-literal", "a=lit"), ("--set-file", "a=f.txt"), ("--set", "a=1")],
     files={"f.txt": "file\n"})
case("order-file-after-string", [("--set-file", "a=f.txt"), ("--set-string", "a=s")], files={"f.txt": "x\ny\n"})
case("setfile-basic", [("--set-file", "a=f.txt")], files={"f.txt": "x\ny\n"})
case("setfile-list", [("--set-file", "a={f.txt,g.txt}")], files={"f.txt": "one", "g.txt": "two"})
case("setfile-index", [("--set-file", "a[1]=f.txt")], files={"f.txt": "one"})
case("setfile-missing", [("--set-file", "a=nope.txt")])
case("setfile-missing-in-list", [("--set-file", "a={f.txt,nope.txt}")], files={"f.txt": "one"})
case("multi-set-flags", [("--set", "a.b=1"), ("--set", "a.c=2"), ("--set", "a.b=3")])
case("set-list-then-index", [("--set", "l={a,b,c}"), ("--set", "l[4]=e")])
case("set-index-then-map", [("--set", "l[1].x=1"), ("--set", "l[1].y=2")])
case("set-index-then-map-2", [("--set", "l[1].x=1"), ("--set", "l[0].y=2")])
case("set-nested-list-keeps", [("--set", "a[0][0]=1"), ("--set", "a[0][2]=3")])

F1 = {"m": {"a": 1, "c": 3}, "l": [1], "x": 1}
F2 = {"m": {"b": 2, "c": None}, "l": [2], "x": None}
case("files-f1-f2", [("-f", "f1.yaml"), ("-f", "f2.yaml")], files={"f1.yaml": json.dumps(F1), "f2.yaml": json.dumps(F2)})
case("files-f2-f1", [("-f", "f2.yaml"), ("-f", "f1.yaml")], files={"f1.yaml": json.dumps(F1), "f2.yaml": json.dumps(F2)})
case("files-then-set-index", [("-f", "f.yaml"), ("--set", "l[1]=x")], files={"f.yaml": json.dumps({"l": ["z"]})})
case("files-then-set-map", [("-f", "f.yaml"), ("--set", "m.b=x")], files={"f.yaml": json.dumps({"m": {"a": 1.5}})})
case("files-then-set-into-float", [("-f", "f.yaml"), ("--set", "m.a.b=x")], files={"f.yaml": json.dumps({"m": {"a": 1.5}})})
case("files-then-json-object", [("-f", "f.yaml"), ("--set-json", '{"m":{"c":3},"top":1}')],
     files={"f.yaml": json.dumps({"m": {"a": 1, "b": 2}})})
case("files-missing", [("-f", "nope.yaml")])
case("files-empty", [("-f", "e.yaml")], files={"e.yaml": ""})
case("files-set-list-into-map", [("-f", "f.yaml"), ("--set", "m[0]=x")], files={"f.yaml": json.dumps({"m": {"a": 1}})})

# ---------------------------------------------------------------- coalescing
CO = {"name": "co", "values": {"m": {"a": 1, "b": {"x": 1, "z": 2}, "l": [1, 2, 3], "del": "keep", "nulldefault": None},
                               "str": "s", "num": 3, "objs": [{"name": "one", "v": 1}], "l": ["a", "b", "c"]}}
CO_F = {"m": {"b": {"x": 10, "w": 3}, "l": [9], "del": None, "a": None, "newnull": None}, "str": {"now": "map"}}
case("co-defaults", chart=CO)
case("co-file", [("-f", "u.yaml")], chart=CO, files={"u.yaml": json.dumps(CO_F)})
case("co-set-null-del", [("--set", "m.del=null,m.a=null")], chart=CO)
case("co-set-null-map", [("--set", "m=null")], chart=CO)
case("co-set-scalar-over-map", [("--set", "m=5")], chart=CO)
case("co-set-map-over-scalar", [("--set", "str.x=1")], chart=CO)
case("co-set-list-index", [("--set", "l[1]=x")], chart=CO)
case("co-set-objs", [("--set", "objs[0].v=2")], chart=CO)
case("co-set-newnull", [("--set", "fresh=null,m.fresh=null")], chart=CO)
case("co-set-nested-over-list", [("--set", "m.l.x=1")], chart=CO)
case("co-set-list-over-map", [("--set", "m.b={1,2}")], chart=CO)
case("co-json-null-deep", [("--set-json", 'm={"b":{"x":null}}')], chart=CO)
case("co-type-mismatch-num", [("--set", "num.a=1")], chart=CO)

SUB = {"name": "sub", "values": {"over": "sub-default", "own": "sub-own", "l": ["s1", "s2"], "m": {"k": 1},
                                 "global": {"g1": "sub-global", "g2": "sub-only", "gmap": {"b": 2}}}}
PARENT = {"name": "co", "values": {"global": {"g1": "parent", "gmap": {"a": 1}},
                                   "sub": {"fromParent": "p", "over": "parent-wins", "l": ["p"]}},
          "dependencies": [{"name": "sub", "version": "0.1.0"}], "charts": [SUB]}
case("sub-defaults", chart=PARENT)
case("sub-set-global", [("--set", "global.x=G")], chart=PARENT)
case("sub-set-fromparent-null", [("--set", "sub.fromParent=null")], chart=PARENT)
case("sub-set-own-null", [("--set", "sub.own=null")], chart=PARENT)
case("sub-set-null", [("--set", "sub=null")], chart=PARENT)
case("sub-set-global-null", [("--set", "global=null")], chart=PARENT)
case("sub-set-global-g1-null", [("--set", "global.g1=null")], chart=PARENT)
case("sub-set-scalar", [("--set", "sub=5")], chart=PARENT)
case("sub-set-global-scalar", [("--set", "global=5")], chart=PARENT)
case("sub-set-sub-global", [("--set", "sub.global.g1=x,sub.global.new=y")], chart=PARENT)
case("sub-set-m-null", [("--set", "sub.m=null")], chart=PARENT)
case("sub-file-m-null", [("-f", "u.yaml")], chart=PARENT, files={"u.yaml": json.dumps({"sub": {"m": None}})})
case("sub-set-gmap", [("--set", "global.gmap.c=3,global.gmap.a=null")], chart=PARENT)
case("sub-parent-null-default", chart={**PARENT, "values": {"sub": {"own": None}}})
case("sub-unlisted", chart={"name": "co", "values": {"sub": {"x": 1}}, "charts": [SUB]})

LEAF = {"name": "leaf", "values": {"v": "leaf-default", "global": {"lg": "leaf", "deep": {"a": {"x": 1}}}}}
MID = {"name": "mid", "values": {"leaf": {"v": "from-mid"}, "global": {"mg": "mid", "deep": {"a": {"y": 2}}}},
       "dependencies": [{"name": "leaf", "version": "0.1.0"}], "charts": [LEAF]}
SIB = {"name": "sib", "values": {"global": {"sg": "sib", "deep": {"a": {"z": 3}}}}}
TOP = {"name": "top", "values": {"global": {"tg": "top", "deep": {"a": {"t": 0}}}},
       "dependencies": [{"name": "mid", "version": "0.1.0"}, {"name": "sib", "version": "0.1.0"}], "charts": [MID, SIB]}
case("deep-defaults", chart=TOP)
case("deep-set-leaf", [("--set", "mid.leaf.v=fromtop,global.x=G")], chart=TOP)
case("deep-set-global-deep", [("--set", "global.deep.a.u=9")], chart=TOP)
case("deep-no-parent-globals", chart={**TOP, "values": {}})
case("deep-mid-global-string", [("--set", "mid.global=str")], chart=TOP)

ALPHA = {"name": "alpha", "values": {"v": 1}}
BETA = {"name": "beta", "values": {"exported": {"data": {"x": 1, "z": 2}}, "exports": {"shared": {"s": 1}}}}
GAMMA = {"name": "gamma", "values": {"enabled": True}}
LIB = {"name": "lib", "values": {"libv": 1}}
DEPS = {"name": "dep", "values": {"tags": {"backend": False}, "imported": {"x": 0, "keep": 1}, "second": {"v": 2}},
        "dependencies": [
            {"name": "alpha", "version": "0.1.0", "alias": "first"},
            {"name": "alpha", "version": "0.1.0", "alias": "second", "condition": "second.on,global.secondOn"},
            {"name": "beta", "version": "0.1.0", "tags": ["backend"],
             "import-values": [{"child": "exported.data", "parent": "imported"}, "shared"]},
            {"name": "gamma", "version": "0.1.0", "tags": ["frontend", "backend"], "condition": "gamma.enabled"}],
        "charts": [ALPHA, BETA, GAMMA, LIB]}
case("deps-default", chart=DEPS)
case("deps-backend-on", [("--set", "tags.backend=true,second.on=false,global.secondOn=true")], chart=DEPS)
case("deps-second-global", [("--set", "global.secondOn=false")], chart=DEPS)
case("deps-second-on-string", [("--set-string", "second.on=false")], chart=DEPS)
case("deps-gamma-off", [("--set", "gamma.enabled=false")], chart=DEPS)
case("deps-gamma-tag-front", [("--set", "tags.frontend=true,gamma.enabled=null")], chart=DEPS)
case("deps-tags-not-bool", [("--set-string", "tags.backend=yes")], chart=DEPS)
case("deps-import-override", [("--set", "tags.backend=true,imported.x=5")], chart=DEPS)
case("deps-first-values", [("--set", "first.v=10,second.v=20")], chart=DEPS)
case("deps-tags-null", [("--set", "tags=null")], chart=DEPS)
case("deps-beta-no-export", [("--set", "tags.backend=true")], chart={**DEPS, "charts": [ALPHA, {"name": "beta", "values": {}}, GAMMA, LIB]})

COND = {"name": "cond", "values": {"sub2": {"enabled": True}},
        "dependencies": [{"name": "sub2", "version": "0.1.0", "condition": "sub2.enabled"}],
        "charts": [{"name": "sub2", "values": {"enabled": False, "x": 1}}]}
case("cond-parent-true", chart=COND)
case("cond-set-false", [("--set", "sub2.enabled=false")], chart=COND)
case("cond-set-string", [("--set-string", "sub2.enabled=false")], chart=COND)
case("cond-sub-default-only", chart={**COND, "values": {}})
case("cond-null", [("--set", "sub2.enabled=null")], chart=COND)
case("cond-nested", [("--set", "mid.leaf.on=false")],
     chart={"name": "nc", "dependencies": [{"name": "mid", "version": "0.1.0"}],
            "charts": [{**MID, "dependencies": [{"name": "leaf", "version": "0.1.0", "condition": "leaf.on"}]}]})
case("version-mismatch", chart={"name": "vm", "dependencies": [{"name": "sub", "version": "^2.0.0", "alias": "other"}],
                                "charts": [SUB]})
case("version-range", chart={"name": "vr", "dependencies": [{"name": "sub", "version": ">=0.1.0 <1.0.0", "alias": "other"}],
                             "charts": [SUB]})
case("version-tilde", chart={"name": "vt", "dependencies": [{"name": "sub", "version": "~0.1", "alias": "other"}],
                             "charts": [SUB]})
case("version-x", chart={"name": "vx", "dependencies": [{"name": "sub", "version": "0.x", "alias": "other"}],
                         "charts": [SUB]})
case("version-empty", chart={"name": "ve", "dependencies": [{"name": "sub", "alias": "other"}], "charts": [SUB]})
case("alias-twice-values", [("--set", "a1.own=one,a2.own=two")],
     chart={"name": "at", "dependencies": [{"name": "sub", "version": "0.1.0", "alias": "a1"},
                                           {"name": "sub", "version": "0.1.0", "alias": "a2", "condition": "a2.on"}],
            "charts": [SUB]})
case("alias-twice-off", [("--set", "a2.on=false")],
     chart={"name": "at", "dependencies": [{"name": "sub", "version": "0.1.0", "alias": "a1"},
                                           {"name": "sub", "version": "0.1.0", "alias": "a2", "condition": "a2.on"}],
            "charts": [SUB]})
IMP_CHILD = {"name": "ic", "values": {"data": {"a": 1, "n": {"x": 1}}, "exports": {"e1": {"k": "v"}, "e2": {"k": "w", "o": 1}},
                                      "nul": {"z": None}}}
IMP = {"name": "imp", "values": {"target": {"a": "parent"}},
       "dependencies": [{"name": "ic", "version": "0.1.0", "import-values": [
           {"child": "data", "parent": "target"}, {"child": "data.n", "parent": "deep.er"}, "e1", "e2",
           {"child": "missing", "parent": "m"}, "nope", {"child": "nul", "parent": "nul"}]}],
       "charts": [IMP_CHILD]}
case("import-values", chart=IMP)
case("import-values-set", [("--set", "target.a=user,ic.data.a=5")], chart=IMP)
case("import-values-dot", chart={**IMP, "dependencies": [{"name": "ic", "version": "0.1.0",
                                                           "import-values": [{"child": "data", "parent": "."}]}]})
case("import-values-alias", chart={"name": "ia", "dependencies": [{"name": "ic", "version": "0.1.0", "alias": "icx",
                                                                    "import-values": ["e1"]}], "charts": [IMP_CHILD]})

# ---------------------------------------------------------------- schema
SC = {"type": "object", "required": ["port"], "additionalProperties": False,
      "properties": {"port": {"type": "integer"}, "replicas": {"type": "integer", "minimum": 1},
                     "name": {"type": "string", "pattern": "^[a-z]+$"}, "tags": {"type": "array", "items": {"type": "string"}},
                     "global": {}}}


def schema_case(name, schema, flags=(), values=None, files=None):
    case("schema-" + name, flags, chart={"name": "sc", "values": values or {}, "schema": schema}, files=files)


schema_case("required", SC)
schema_case("ok", SC, [("--set", "port=80")])
schema_case("several", SC, [("--set", "port=80,replicas=0,name=ABC,extra=1"), ("--set-json", "tags=[1]")])
schema_case("string-int", SC, [("--set", "port=80"), ("--set-string", "replicas=2")])
schema_case("float-int", SC, [("--set", "port=80,replicas=1.5")])
schema_case("yaml-float-int", SC, values={"port": 80, "replicas": 1})
schema_case("yaml-frac-int", SC, values={"port": 80, "replicas": 1.5})
schema_case("enum", {"properties": {"e": {"enum": ["a", 1, None]}}}, [("--set", "e=b")])
schema_case("enum-ok", {"properties": {"e": {"enum": ["a", 1, None]}}}, [("--set", "e=1")])
schema_case("const", {"properties": {"c": {"const": "x"}}}, [("--set", "c=y")])
schema_case("minmax", {"properties": {"n": {"maximum": 5, "exclusiveMinimum": 1}, "m": {"multipleOf": 3}}},
            [("--set", "n=7,m=4")])
schema_case("exclusive-min", {"properties": {"n": {"exclusiveMinimum": 1}, "x": {"exclusiveMaximum": 3}}}, [("--set", "n=1,x=3")])
schema_case("strings", {"properties": {"s": {"minLength": 3, "maxLength": 4}, "t": {"maxLength": 1}}}, [("--set", "s=ab,t=éé")])
schema_case("arrays", {"properties": {"a": {"minItems": 3, "uniqueItems": True}, "b": {"maxItems": 1}}},
            [("--set", "a={x,x},b={1,2}")])
schema_case("objects", {"properties": {"o": {"minProperties": 2, "maxProperties": 3}, "p": {"maxProperties": 1}}},
            [("--set", "o.a=1,p.a=1,p.b=2")])
schema_case("pattern-props", {"patternProperties": {"^x-": {"type": "integer"}}, "additionalProperties": {"type": "string"}},
            [("--set", "x-a=s,other=1")])
schema_case("nested-required", {"properties": {"db": {"type": "object", "required": ["host", "port"],
                                                     "properties": {"host": {"type": "string"}}}}}, [("--set", "db.user=x")])
schema_case("allof", {"allOf": [{"required": ["a"]}, {"required": ["b"]}]}, [("--set", "c=1")])
schema_case("anyof", {"properties": {"v": {"anyOf": [{"type": "string"}, {"type": "boolean"}]}}}, [("--set", "v=1")])
schema_case("oneof", {"properties": {"v": {"oneOf": [{"type": "integer"}, {"minimum": 0}]}}}, [("--set", "v=3")])
schema_case("oneof-none", {"properties": {"v": {"oneOf": [{"type": "string"}, {"type": "boolean"}]}}}, [("--set", "v=3")])
schema_case("not", {"properties": {"v": {"not": {"type": "string"}}}}, [("--set", "v=x")])
schema_case("ref-defs", {"$defs": {"port": {"type": "integer", "maximum": 100}},
                          "properties": {"p": {"$ref": "#/$defs/port"}}}, [("--set", "p=200")])
schema_case("ref-definitions", {"$schema": "http://json-schema.org/draft-07/schema#",
                                 "definitions": {"s": {"type": "string"}}, "properties": {"q": {"$ref": "#/definitions/s"}}},
            [("--set", "q=1")])
schema_case("draft4-exclusive", {"$schema": "http://json-schema.org/draft-04/schema#",
                                  "properties": {"n": {"minimum": 1, "exclusiveMinimum": True}}}, [("--set", "n=1")])
schema_case("items-tuple-2020", {"$schema": "https://json-schema.org/draft/2020-12/schema",
                                  "properties": {"t": {"prefixItems": [{"type": "string"}, {"type": "integer"}], "items": False}}},
            [("--set", "t={a,b,c}")])
schema_case("items-tuple-07", {"$schema": "http://json-schema.org/draft-07/schema#",
                                "properties": {"t": {"items": [{"type": "string"}, {"type": "integer"}], "additionalItems": False}}},
            [("--set", "t={a,b,c}")])
schema_case("contains", {"properties": {"c": {"contains": {"type": "integer"}}}}, [("--set", "c={a,b}")])
schema_case("format-ignored", {"properties": {"e": {"format": "email"}, "d": {"format": "date-time"}}}, [("--set", "e=nope,d=x")])
schema_case("type-list", {"properties": {"v": {"type": ["string", "null"]}}}, [("--set", "v=1")])
schema_case("type-null", {"properties": {"v": {"type": "null"}}}, [("--set", "v=1")])
schema_case("bool-false", {"properties": {"v": False}}, [("--set", "v=1")])
schema_case("dependent-required", {"dependentRequired": {"a": ["b", "c"]}}, [("--set", "a=1")])
schema_case("if-then", {"if": {"properties": {"kind": {"const": "x"}}}, "then": {"required": ["xval"]}}, [("--set", "kind=x")])
schema_case("property-names", {"propertyNames": {"pattern": "^[a-z]+$"}}, [("--set", "Bad=1")])
schema_case("unevaluated", {"properties": {"a": {}}, "unevaluatedProperties": False}, [("--set", "a=1,b=2")])
schema_case("required-many", {"required": ["z", "a", "m"]})
schema_case("number-kinds", {"properties": {"i": {"type": "integer"}, "n": {"type": "number"}, "s": {"type": "string"}}},
            [("--set-json", "i=1.5,n=\"x\",s=2")])
schema_case("bool-type", {"properties": {"b": {"type": "boolean"}}}, [("--set-string", "b=true")])
schema_case("object-type", {"properties": {"o": {"type": "object"}, "a": {"type": "array"}}}, [("--set", "o=1,a.b=2")])
schema_case("invalid-json", None, values={"x": 1}, files=None)
schema_case("const-object", {"properties": {"c": {"const": {"a": 1}}}}, [("--set", "c.a=2")])
schema_case("enum-objects", {"properties": {"c": {"enum": [[1, 2], {"a": "b"}]}}}, [("--set", "c={1,3}")])
case("schema-subchart", [("--set", "sc.extra=1")],
     chart={"name": "co", "values": {"str": "x"}, "schema": {"properties": {"str": {"type": "integer"}}},
            "dependencies": [{"name": "sc", "version": "0.1.0"}],
            "charts": [{"name": "sc", "schema": {"required": ["name", "port"], "additionalProperties": False,
                                                 "properties": {"name": {}, "port": {}, "global": {}}}}]})
case("schema-subchart-global", [("--set", "sc.name=a,sc.port=1")],
     chart={"name": "co", "dependencies": [{"name": "sc", "version": "0.1.0"}],
            "charts": [{"name": "sc", "schema": {"additionalProperties": False, "properties": {"name": {}, "port": {}}}}]})
case("schema-disabled-subchart", [("--set", "sc.enabled=false")],
     chart={"name": "co", "dependencies": [{"name": "sc", "version": "0.1.0", "condition": "sc.enabled"}],
            "charts": [{"name": "sc", "schema": {"required": ["nope"]}}]})


D7 = "http://json-schema.org/draft-07/schema#"
schema_case("d7-formats", {"$schema": D7, "properties": {"e": {"format": "email"}, "i": {"format": "ipv4"},
                                                        "u": {"format": "uuid"}, "d": {"format": "date"}}},
            [("--set", "e=nope,i=1.2.3,u=xyz,d=2020-13-01")])
schema_case("d7-formats-ok", {"$schema": D7, "properties": {"e": {"format": "email"}, "i": {"format": "ipv4"},
                                                           "u": {"format": "uuid"}, "d": {"format": "date"}}},
            [("--set", "e=a@b.c,i=1.2.3.4,u=123e4567-e89b-12d3-a456-426614174000,d=2020-12-01")])
schema_case("d7-ref-siblings", {"$schema": D7, "definitions": {"s": {"type": "string"}},
                                "properties": {"a": {"$ref": "#/definitions/s", "minLength": 5}}}, [("--set", "a=abc")])
schema_case("2020-ref-siblings", {"$defs": {"s": {"type": "string"}},
                                  "properties": {"a": {"$ref": "#/$defs/s", "minLength": 5}}}, [("--set", "a=abc")])
schema_case("ref-multi", {"$defs": {"p": {"minimum": 10, "multipleOf": 3}}, "properties": {"a": {"$ref": "#/$defs/p"}}},
            [("--set", "a=4")])
schema_case("ref-recursive", {"type": "object", "properties": {"name": {"type": "string"}, "child": {"$ref": "#"}}},
            [("--set", "name=a,child.name=b,child.child.name=1")])
schema_case("ref-anchor", {"$defs": {"x": {"$anchor": "num", "type": "integer"}}, "properties": {"a": {"$ref": "#num"}}},
            [("--set", "a=x")])
schema_case("ref-id-anchor-d7", {"$schema": D7, "definitions": {"x": {"$id": "#num", "type": "integer"}},
                                 "properties": {"a": {"$ref": "#num"}}}, [("--set", "a=x")])
schema_case("ref-missing", {"properties": {"a": {"$ref": "#/$defs/nope"}}}, [("--set", "a=x")])
schema_case("uneval-allof", {"allOf": [{"properties": {"a": {}}}], "unevaluatedProperties": False}, [("--set", "a=1,b=2")])
schema_case("uneval-items", {"prefixItems": [{"type": "string"}], "unevaluatedItems": False, "type": "object",
                             "properties": {"l": {"prefixItems": [{"type": "string"}], "unevaluatedItems": False}}},
            [("--set", "l={a,b,c}")])
schema_case("additional-schema", {"properties": {"a": {}}, "additionalProperties": {"type": "integer"}}, [("--set", "a=x,b=y,c=1")])
schema_case("group-in-property", {"properties": {"a": {"minLength": 5, "pattern": "^[0-9]+$"}}}, [("--set", "a=abc")])
schema_case("contains-minmax", {"properties": {"c": {"contains": {"type": "integer"}, "minContains": 3, "maxContains": 4},
                                               "d": {"contains": {"type": "integer"}, "maxContains": 1}}},
            [("--set", "c={1,x,2},d={1,2,3}")])
schema_case("contains-none-min", {"properties": {"c": {"contains": {"type": "integer"}, "minContains": 2}}}, [("--set", "c={x,y}")])
schema_case("null-type", {"properties": {"a": {"type": "string"}}}, [("--set", "a=null")], values={"a": "x"})
schema_case("null-user-key", {"properties": {"a": {"type": "string"}}}, [("--set", "a=null")])
schema_case("big-numbers", {"properties": {"n": {"maximum": 100}, "m": {"minimum": 1e30}}},
            [("--set", "n=9223372036854775807,m=5")])
schema_case("multipleof-decimal", {"properties": {"a": {"multipleOf": 0.1}, "b": {"multipleOf": 0.1}}},
            values={"a": 0.3, "b": 0.35})
schema_case("enum-literals", {"properties": {"e": {"enum": [1.0, 2, "x'y", True]}}}, [("--set", "e=z")])
schema_case("const-null", {"properties": {"c": {"const": None}}}, [("--set", "c=1")])
schema_case("int-from-json-exp", {"properties": {"n": {"type": "integer"}}}, [("--set-json", "n=1e3")])
schema_case("d4-exclusive-max", {"$schema": "http://json-schema.org/draft-04/schema#",
                                 "properties": {"n": {"maximum": 5, "exclusiveMaximum": True}}}, [("--set", "n=5")])
schema_case("if-else", {"if": {"properties": {"kind": {"const": "x"}}, "required": ["kind"]}, "then": {"required": ["xval"]},
                        "else": {"required": ["other"]}}, [("--set", "kind=y")])
schema_case("dependent-schemas", {"dependentSchemas": {"a": {"required": ["b"], "properties": {"b": {"type": "string"}}}}},
            [("--set", "a=1")])
schema_case("dependencies-d7", {"$schema": D7, "dependencies": {"a": ["b"], "c": {"required": ["d"]}}}, [("--set", "a=1,c=1")])
schema_case("property-names-nested", {"properties": {"m": {"propertyNames": {"maxLength": 2}}}}, [("--set", "m.abc=1,m.ab=2")])
schema_case("additional-items-schema", {"$schema": D7, "properties": {"t": {"items": [{"type": "string"}],
                                                                         "additionalItems": {"type": "integer"}}}},
            [("--set", "t={a,b,c}")])
schema_case("empty-file", "EMPTY")
schema_case("trailing-garbage", "TRAILING")
schema_case("truncated", "TRUNCATED")
schema_case("invalid-type-keyword", {"type": 5})
schema_case("invalid-minimum", {"properties": {"a": {"minimum": "x"}}}, [("--set", "a=1")])
schema_case("anyof-nested-ref", {"$defs": {"a": {"required": ["x", "y"]}, "b": {"required": ["z"]}},
                                 "anyOf": [{"$ref": "#/$defs/a"}, {"$ref": "#/$defs/b"}]}, [("--set", "q=1")])
schema_case("pattern-unicode", {"properties": {"p": {"pattern": "^\\w+$"}, "d": {"pattern": "^\\d+$"}}}, [("--set", "p=é,d=٣")])
schema_case("required-nested-array", {"properties": {"l": {"items": {"required": ["n"]}}}}, [("--set", "l[0].x=1,l[1].n=2,l[2].y=3")])
schema_case("nan-like-string", {"properties": {"v": {"type": "number"}}}, [("--set", "v=NaN")])
case("schema-grandchild", [("--set", "mid.leaf.v=x")],
     chart={"name": "top", "dependencies": [{"name": "mid", "version": "0.1.0"}],
            "charts": [{"name": "mid", "dependencies": [{"name": "leaf", "version": "0.1.0"}],
                        "charts": [{"name": "leaf", "values": {"v": 1}, "schema": {"properties": {"v": {"type": "integer"}}}}]}]})
case("schema-alias-twice", [("--set", "a2.port=x")],
     chart={"name": "at", "dependencies": [{"name": "sc", "version": "0.1.0", "alias": "a1"},
                                           {"name": "sc", "version": "0.1.0", "alias": "a2"}],
            "charts": [{"name": "sc", "values": {"port": 1}, "schema": {"properties": {"port": {"type": "integer"}}}}]})
case("schema-parent-and-sub-ok", [("--set", "sc.port=2")],
     chart={"name": "co", "schema": {"properties": {"sc": {"type": "object"}}},
            "dependencies": [{"name": "sc", "version": "0.1.0"}],
            "charts": [{"name": "sc", "values": {"port": 1}, "schema": {"properties": {"port": {"type": "integer"}}}}]})

# more coalescing
case("lib-chart", [("--set", "lib.x=1")],
     chart={"name": "lc", "dependencies": [{"name": "lib", "version": "0.1.0"}],
            "charts": [{"name": "lib", "type": "library", "values": {"libdefault": 1}}]})
case("parent-sub-null", chart={"name": "co", "values": {"sub": None}, "dependencies": [{"name": "sub", "version": "0.1.0"}],
                               "charts": [SUB]})
case("parent-sub-scalar", chart={"name": "co", "values": {"sub": "x"}, "dependencies": [{"name": "sub", "version": "0.1.0"}],
                                 "charts": [SUB]})
case("file-sub-global", [("-f", "u.yaml")], chart=PARENT,
     files={"u.yaml": json.dumps({"sub": {"global": {"g1": "user-sub", "z": 1}}, "global": {"gmap": {"c": 3}}})})
case("set-global-null-key", [("--set", "global.g2=null,global.gmap=null")], chart=PARENT)
case("nested-tags", [("--set", "tags.t1=false")],
     chart={"name": "nt", "values": {"tags": {"t2": False}}, "dependencies": [{"name": "mid", "version": "0.1.0"}],
            "charts": [{**MID, "values": {"tags": {"t1": True}}, "dependencies": [{"name": "leaf", "version": "0.1.0", "tags": ["t1"]}]}]})
case("nested-tags-sub-default", chart={"name": "nt", "dependencies": [{"name": "mid", "version": "0.1.0"}],
            "charts": [{**MID, "values": {"tags": {"t1": False}}, "dependencies": [{"name": "leaf", "version": "0.1.0", "tags": ["t1"]}]}]})
case("cond-first-missing", [("--set", "b.on=false")],
     chart={"name": "cf", "dependencies": [{"name": "sub2", "version": "0.1.0", "condition": "a.on,b.on,c.on"}],
            "charts": [{"name": "sub2", "values": {}}], "values": {"c": {"on": True}}})
case("cond-table", [("--set", "sub2.enabled.x=1")],
     chart={"name": "ct", "dependencies": [{"name": "sub2", "version": "0.1.0", "condition": "sub2.enabled"}],
            "charts": [{"name": "sub2", "values": {"enabled": False}}]})
case("import-scalar-conflict", chart={"name": "ic2", "values": {"target": "scalar"},
                                      "dependencies": [{"name": "ic", "version": "0.1.0",
                                                        "import-values": [{"child": "data", "parent": "target"}]}],
                                      "charts": [IMP_CHILD]})
case("import-chain", chart={"name": "ch", "dependencies": [{"name": "mid2", "version": "0.1.0", "import-values": ["fromleaf"]}],
                            "charts": [{"name": "mid2", "values": {"exports": {"fromleaf": {"mine": 1}}},
                                        "dependencies": [{"name": "leaf2", "version": "0.1.0",
                                                          "import-values": [{"child": "out", "parent": "exports.fromleaf.leafdata"}]}],
                                        "charts": [{"name": "leaf2", "values": {"out": {"k": "v"}}}]}]})
case("import-null-values", [("--set", "imported.x=null")],
     chart={"name": "in", "values": {"imported": {"x": 1, "y": None}},
            "dependencies": [{"name": "ic", "version": "0.1.0", "import-values": [{"child": "nul", "parent": "imported"}]}],
            "charts": [IMP_CHILD]})
case("globals-siblings-shallow", [("--set", "global.deep.a.top=1")],
     chart={"name": "gs", "values": {"global": {"deep": {"a": {"p": 0}}}},
            "dependencies": [{"name": "s1", "version": "0.1.0"}, {"name": "s2", "version": "0.1.0"}],
            "charts": [{"name": "s1", "values": {"global": {"deep": {"a": {"one": 1}, "b": {"x": 1}}}}},
                       {"name": "s2", "values": {"global": {"deep": {"a": {"two": 2}, "b": {"y": 2}}}}}]})
case("globals-conflict", chart={"name": "gc", "values": {"global": {"m": "scalar", "s": {"k": 1}}},
                                "dependencies": [{"name": "s1", "version": "0.1.0"}],
                                "charts": [{"name": "s1", "values": {"global": {"m": {"k": 1}, "s": "str"}}}]})
case("dash-name", [("--set", "my-sub.v=1")], chart={"name": "dn", "dependencies": [{"name": "my-sub", "version": "0.1.0"}],
                                                  "charts": [{"name": "my-sub", "values": {"v": 0}}]})
case("user-null-sub-section-key", [("-f", "u.yaml")], chart=PARENT,
     files={"u.yaml": json.dumps({"sub": {"over": None, "l": None, "m": {"k": None}}})})
case("sub-list-of-maps", [("--set", "sub.l[0].a=1")], chart=PARENT)
case("unlisted-and-alias", chart={"name": "ua", "dependencies": [{"name": "sub", "version": "0.1.0", "alias": "aliased"}],
                                  "charts": [SUB, {"name": "extra", "values": {"e": 1}}]})
schema_case("number-format", {"properties": {"a": {"maximum": 1}, "b": {"maximum": 1}, "c": {"minimum": 1},
                                            "d": {"maximum": 1}, "e": {"maximum": -3000}, "f": {"maximum": 1},
                                            "g": {"minimum": 1e21}, "h": {"maximum": 1}, "i": {"exclusiveMaximum": 0.000123}}},
            values={"a": 123456, "b": 1234567, "c": 0.00001, "d": 1.5, "e": -2000, "f": 1000000, "g": 1e20, "h": 999999.5,
                    "i": 0.001})
schema_case("int-format", {"properties": {"l": {"minItems": 1500}, "s": {"maxLength": 2}, "o": {"minProperties": 1234}}},
            [("--set", "l={a,b},o.a=1,s=" + "x" * 1234)])
schema_case("format-more", {"$schema": D7, "properties": {"h": {"format": "hostname"}, "u": {"format": "uuid"},
                                                         "e": {"format": "email"}, "e2": {"format": "email"},
                                                         "i": {"format": "ipv4"}, "d": {"format": "date"},
                                                         "d2": {"format": "date"}, "i2": {"format": "ipv4"}}},
            [("--set", "h=-bad.com,u=1234567-e89b-12d3-a456-426614174000,e=.a@b.c,e2=a@-b,i=1.2.3.256,d=20x0-01-01,d2=2021-02-30,i2=01.2.3.4")])
schema_case("bad-pattern", {"properties": {"a": {"pattern": "a(b"}}}, [("--set", "a=x")])
schema_case("bad-pattern-props", {"patternProperties": {"[": {}}}, [("--set", "a=x")])
schema_case("bad-pattern-d7", {"$schema": D7, "properties": {"a": {"pattern": "a(b"}}}, [("--set", "a=x")])
schema_case("regex-format-d7", {"$schema": D7, "properties": {"r": {"format": "regex"}}}, [("--set", "r=a(b")])
schema_case("go-regex-syntax", {"properties": {"a": {"pattern": "^\\pL+\\z"}, "b": {"pattern": "^[[:alpha:]]+$"}}},
            [("--set", "a=héllo1,b=ab1")])
schema_case("required-true-old-style", {"properties": {"a": {"type": "string", "required": True}}}, [("--set", "a=x")])
schema_case("d4-required-true", {"$schema": "http://json-schema.org/draft-04/schema#",
                                 "properties": {"a": {"type": "string", "required": True}}}, [("--set", "a=x")])
schema_case("d2019-recursive", {"$schema": "https://json-schema.org/draft/2019-09/schema",
                                "properties": {"a": {"type": "integer", "minimum": "x"}}}, [("--set", "a=1")])
schema_case("d7-meta-bad", {"$schema": D7, "properties": {"a": {"minLength": -1, "enum": []}}}, [("--set", "a=1")])
for i, (constraint, version) in enumerate([
        ("^1.2.0", "1.9.9"), ("^1.2.0", "2.0.0"), ("~1.2", "1.2.9"), ("~1.2", "1.3.0"), (">=1.0.0 <2.0.0", "1.5.0"),
        ("1.x", "1.4.2"), ("*", "3.0.0"), ("1.0.0 - 1.2.0", "1.1.0"), (">1.0 || <0.5", "0.4.0"), ("^0.1.0", "0.2.0"),
        ("1.0.0", "1.0.0-rc1"), (">=1.0.0-0", "1.0.0-rc1"), ("~0.1.2", "0.1.5"), (">= 1.2, < 1.3", "1.2.7"),
        ("!=1.0.0", "1.0.0"), ("<=1.2", "1.2.5"), (">1.2", "1.2.5"), ("=1.2.3", "1.2.3"), ("v1.2.3", "1.2.3"),
        ("~>1.2", "1.2.9"), ("^0.0.3", "0.0.4"), ("1.2.x", "1.2.0"), ("2.x.x", "1.9.0"), ("^1.2.3-beta.2", "1.2.3-beta.10")]):
    case(f"version-constraint-{i:02d}", chart={"name": "vc", "dependencies": [{"name": "sub", "version": constraint, "alias": "al"}],
                                              "charts": [{"name": "sub", "version": version, "values": {"v": version}}]})
case("files-bad-separator", [("-f", "s.yaml")], files={"s.yaml": '{"a": 1}\n--- {"b": 2}\n'})
case("files-separator-comment", [("-f", "s.yaml")], files={"s.yaml": '---\n{"a": 1}\n--- # next\n\n---\n{"b": 2}\n'})
FMT = ["time", "date-time", "json-pointer", "uri", "uri-reference", "iri", "hostname", "email", "ipv4", "uuid", "date", "regex"]
FMT_VALUES = {
    "time": ["12:00:00Z", "25:00:00Z", "12:00", "12:00:00+0100", "12:00:00.Z", "12:00:00+01:00", "23:59:60Z", "12:00:60Z",
             "1a:00:00Z", "12:00:00x01:00"],
    "date-time": ["2020-01-01T12:00:00Z", "2020-01-01 12:00:00Z", "2020-13-01T12:00:00Z", "2020-01-01T12:00:00", "2020-01-01T24:00:00Z"],
    "json-pointer": ["/a/b", "a/b", "/a~2", "/a~", ""],
    "uri": ["http://x.com/a", "x.com", "http://x.com/%zz", "mailto:a@b", ":x", "/rel/path", "h%20ttp://x"],
    "uri-reference": ["/rel/path", "a\\b", "%z", "http://x/y#frag"],
    "iri": ["http://é.com", "é"],
    "hostname": ["a.b.c", "a..b", "-a", "a-", "a_b", "x" * 64, "ok-host."],
    "email": ["a@b.c", "a.@b.c", "a..b@c", "@b.c", '"q"@b.c', "a@[1.2.3.4]", "a@[1.2.3]", "a b@c"],
    "ipv4": ["1.2.3.4", "1.2.3", "256.1.1.1", "01.1.1.1", "a.b.c.d", "1.2.3.-4"],
    "uuid": ["123e4567-e89b-12d3-a456-426614174000", "123e4567e89b12d3a456426614174000", "123e4567-e89b-12d3-a456-42661417400g"],
    "date": ["2020-02-29", "2021-02-29", "2020-1-01", "2020-01-01x", "abcd-01-01", "2020/01/01"],
    "regex": ["a+", "a(", "[a-", "(?P<n>x)", "\\pL"],
}
for fmt in FMT:
    props = {f"v{i}": {"format": fmt} for i in range(len(FMT_VALUES[fmt]))}
    flags = [("--set-string", f"v{i}={v.replace(',', chr(92) + ',')}") for i, v in enumerate(FMT_VALUES[fmt])]
    schema_case("fmt-" + fmt, {"$schema": D7, "properties": props}, flags)
case("yaml-multidoc", [("-f", "m.yaml")], yaml_files=True,
     files={"m.yaml": "a: 1\nm:\n  x: 1\n---\n# only a comment\n---\nb: 1e3\nm:\n  y: [1, two, ~]\n"})
case("yaml-over-defaults", [("-f", "u.yaml"), ("--set", "m.b.x=7")], chart=CO, yaml_files=True,
     files={"u.yaml": "m:\n  del: ~\n  b:\n    w: 1000000\nstr: plain\n"})
case("yaml-anchors", [("-f", "a.yaml")], yaml_files=True,
     files={"a.yaml": "base: &b {k: 1, j: 2}\nderived:\n  <<: *b\n  j: 3\n"})
case("yaml-empty-docs", [("-f", "e.yaml")], yaml_files=True, files={"e.yaml": "---\n---\n"})
case("schema-fails-after-warning", [("--set", "s.m=7"), ("--set", "s.port=x")],
     chart={"name": "p", "values": {"s": {"port": 1}},
            "dependencies": [{"name": "s", "version": "0.1.0"}],
            "charts": [{"name": "s", "values": {"port": 80, "m": {"a": 1}},
                        "schema": {"properties": {"port": {"type": "integer"}}}}]})
case("dependency-error-after-warning", [("--set", "sub=7"), ("-f", "u.yaml")], chart=PARENT,
     files={"u.yaml": json.dumps({"str": {"x": 1}})})
case("files-multidoc", [("-f", "m.yaml")], files={"m.yaml": '{"a": 1, "m": {"x": 1}}\n---\n{"b": 2, "m": {"y": 2}}\n'})
case("files-nonmap", [("-f", "l.yaml")], files={"l.yaml": "[1, 2]"})

# ---------------------------------------------------------------- random trees (fixed seed)
# Small random charts, values and flags: the oracle decides, so this finds what the hand
# cases above miss. The seed is fixed so the table is reproducible.
RNG = random.Random(20261204)
KEYS = ["a", "b", "c", "global", "sub", "l", "m"]


def rand_scalar():
    return RNG.choice([None, True, False, 0, 1, 2.5, "x", "y", 1000000])


def rand_value(depth):
    r = RNG.random()
    if depth > 2 or r < 0.45:
        return rand_scalar()
    if r < 0.6:
        return [rand_scalar() for _ in range(RNG.randint(0, 2))]
    return {RNG.choice(KEYS): rand_value(depth + 1) for _ in range(RNG.randint(0, 3))}


def rand_map(depth=0):
    return {RNG.choice(KEYS): rand_value(depth + 1) for _ in range(RNG.randint(0, 4))}


def rand_path():
    return ".".join(RNG.choice(KEYS) for _ in range(RNG.randint(1, 3)))


def rand_set():
    parts = []
    for _ in range(RNG.randint(1, 3)):
        parts.append(rand_path() + "=" + RNG.choice(["1", "null", "s", "true", "{p,q}"]))
    return ",".join(parts)


for i in range(60):
    sub = {"name": "sub", "values": rand_map()}
    chart = {"name": "rt", "values": rand_map(), "dependencies": [{"name": "sub", "version": "0.1.0"}], "charts": [sub]}
    flags = []
    files = {}
    if RNG.random() < 0.6:
        files["u.yaml"] = json.dumps(rand_map())
        flags.append(("-f", "u.yaml"))
    for _ in range(RNG.randint(0, 2)):
        flags.append(("--set", rand_set()))
    case(f"random-{i:02d}", flags, chart=chart, files=files)

GKEYS = ["g", "h", "deep"]


def rand_globals():
    return {RNG.choice(GKEYS): RNG.choice([rand_scalar(), {RNG.choice(GKEYS): rand_scalar()}]) for _ in range(RNG.randint(0, 2))}


for i in range(60):
    leaf = {"name": "leaf", "values": {**rand_map(), "global": rand_globals(), "exports": {"ex": {"e": RNG.choice([1, "z"])}}}}
    mid = {"name": "mid", "values": {**rand_map(), "global": rand_globals(), "leaf": rand_map()},
           "dependencies": [{"name": "leaf", "version": "0.1.0", "condition": RNG.choice(["", "leaf.on", "global.on"]),
                             "import-values": RNG.choice([[], ["ex"], [{"child": "a", "parent": "fromleaf"}]])}],
           "charts": [leaf]}
    sib = {"name": "sib", "values": {**rand_map(), "global": rand_globals()}}
    chart = {"name": "top", "values": {**rand_map(), "global": rand_globals(), "tags": {"t": RNG.choice([True, False])}},
             "dependencies": [{"name": "mid", "version": "0.1.0", "tags": RNG.choice([[], ["t"]])},
                              {"name": "sib", "version": "0.1.0", "alias": RNG.choice(["sib", "sib2"])}],
             "charts": [mid, sib]}
    flags = []
    for _ in range(RNG.randint(0, 3)):
        kind = RNG.choice(["--set", "--set", "--set-string", "--set-json"])
        path = RNG.choice(["global.", "mid.", "mid.leaf.", "sib.", "sib2.", "mid.global.", "tags.", ""]) + \
            RNG.choice(["on", "g", "deep.x", "a", "b.c", "t"])
        value = RNG.choice(["1", "null", "true", "false", "s"]) if kind != "--set-json" else \
            RNG.choice(["1", "null", '{"x":1}', "[1]", '"s"'])
        flags.append((kind, f"{path}={value}"))
    case(f"random-deep-{i:02d}", flags, chart=chart)

SKEYS = ["a", "b", "c"]


def rand_schema(depth=0):
    if depth > 2 or RNG.random() < 0.15:
        return RNG.choice([True, False, {}])
    sch = {}
    for _ in range(RNG.randint(1, 3)):
        kw = RNG.choice(["type", "enum", "const", "minimum", "maximum", "minLength", "pattern", "required", "properties",
                         "additionalProperties", "items", "minItems", "uniqueItems", "allOf", "anyOf", "oneOf", "not",
                         "if", "multipleOf", "maxProperties"])
        if kw == "type":
            sch["type"] = RNG.choice(["string", "integer", "number", "object", "array", "boolean", "null", ["string", "integer"]])
        elif kw == "enum":
            sch["enum"] = RNG.sample([1, "x", None, True, 2.5, [1], {"a": 1}], RNG.randint(1, 3))
        elif kw == "const":
            sch["const"] = RNG.choice([1, "x", None, {"a": 1}])
        elif kw in ("minimum", "maximum", "multipleOf"):
            sch[kw] = RNG.choice([0, 1, 2, 2.5])
        elif kw in ("minLength", "minItems", "maxProperties"):
            sch[kw] = RNG.randint(0, 3)
        elif kw == "pattern":
            sch["pattern"] = RNG.choice(["^x", "[0-9]", "^$"])
        elif kw == "required":
            sch["required"] = RNG.sample(SKEYS, RNG.randint(1, 2))
        elif kw == "properties":
            sch["properties"] = {k: rand_schema(depth + 1) for k in RNG.sample(SKEYS, RNG.randint(1, 3))}
        elif kw == "additionalProperties":
            sch["additionalProperties"] = rand_schema(depth + 1)
        elif kw == "items":
            sch["items"] = rand_schema(depth + 1)
        elif kw == "uniqueItems":
            sch["uniqueItems"] = True
        elif kw in ("allOf", "anyOf", "oneOf"):
            sch[kw] = [rand_schema(depth + 1) for _ in range(RNG.randint(1, 3))]
        elif kw == "not":
            sch["not"] = rand_schema(depth + 1)
        elif kw == "if":
            sch["if"] = rand_schema(depth + 1)
            sch["then"] = rand_schema(depth + 1)
            if RNG.random() < 0.5:
                sch["else"] = rand_schema(depth + 1)
    return sch


def rand_json_value(depth=0):
    r = RNG.random()
    if depth > 1 or r < 0.5:
        return RNG.choice([None, True, 1, 2.5, 3, "x", "xy", "9", ""])
    if r < 0.75:
        return [rand_json_value(depth + 1) for _ in range(RNG.randint(0, 3))]
    return {k: rand_json_value(depth + 1) for k in RNG.sample(SKEYS, RNG.randint(0, 3))}


for i in range(80):
    values = {k: rand_json_value() for k in RNG.sample(SKEYS, RNG.randint(0, 3))}
    flags = [("--set-json", json.dumps(values, separators=(",", ":")))]
    if RNG.random() < 0.4:
        flags.append(("--set", f"{RNG.choice(SKEYS)}={RNG.choice(['1', '0', '-2', 'x', 'true'])}"))
    schema_case(f"random-{i:02d}", rand_schema(), flags)

ALPHABET = ["a", "b", ".", "[", "]", "0", "1", "=", ",", "{", "}", "\\", " ", "x", "null", "true", "-"]
for i in range(100):
    line = "".join(RNG.choice(ALPHABET) for _ in range(RNG.randint(1, 12)))
    flag = RNG.choice(["--set", "--set", "--set-string", "--set-literal", "--set-json"])
    case(f"random-set-{i:02d}", [(flag, line)])

# ---------------------------------------------------------------- running Helm
def schema_text(schema):
    """The exact bytes of values.schema.json (some cases are deliberately broken)."""
    special = {None: "{not json", "EMPTY": "", "TRAILING": '{"type": "object"} x', "TRUNCATED": '{"type": "obj'}
    if schema is None or isinstance(schema, str):
        return special[schema]
    return json.dumps(schema)


def add_schema_text(spec):
    if "schema" in spec:
        spec["schemaText"] = schema_text(spec["schema"])
    for sub in spec.get("charts", []):
        add_schema_text(sub)


def write_chart(path, spec):
    os.makedirs(os.path.join(path, "templates"))
    meta = {"apiVersion": "v2", "name": spec["name"], "version": spec.get("version", "0.1.0")}
    if "type" in spec:
        meta["type"] = spec["type"]
    if "dependencies" in spec:
        meta["dependencies"] = spec["dependencies"]
    with open(os.path.join(path, "Chart.yaml"), "w") as f:
        json.dump(meta, f)
    if spec.get("values") is not None:
        with open(os.path.join(path, "values.yaml"), "w") as f:
            json.dump(spec["values"], f)
    if "schema" in spec:
        with open(os.path.join(path, "values.schema.json"), "w") as f:
            f.write(spec["schemaText"])
    with open(os.path.join(path, "templates", "v.yaml"), "w") as f:
        f.write(TEMPLATE)
    for sub in spec.get("charts", []):
        write_chart(os.path.join(path, "charts", sub["name"]), sub)


def run_case(helm, c):
    with tempfile.TemporaryDirectory() as tmp:
        write_chart(os.path.join(tmp, "chart"), c["chart"])
        for name, text in c["files"].items():
            with open(os.path.join(tmp, name), "w") as f:
                f.write(text)
        args = [helm, "template", "r", "./chart"]
        for flag, value in c["flags"]:
            args += [flag, value]
        p = subprocess.run(args, cwd=tmp, capture_output=True, text=True,
                           env={**os.environ, "HELM_CACHE_HOME": tmp, "HELM_CONFIG_HOME": tmp, "HELM_DATA_HOME": tmp})
    stderr = p.stderr
    result = {"warnings": [], "error": None, "rendered": []}
    lines = stderr.split("\n")
    rest = []
    for i, line in enumerate(lines):
        if line.startswith("level="):
            result["warnings"].append(line)
        else:
            rest = lines[i:]
            break
    if p.returncode != 0:
        text = "\n".join(rest)
        assert text.startswith("Error: "), text
        result["error"] = text[len("Error: "):-1] if text.endswith("\n") else text[len("Error: "):]
        return result
    source = None
    for line in p.stdout.split("\n"):
        if line.startswith("# Source: "):
            source = line[len("# Source: "):]
        elif line.startswith("# ") and source:
            name, b64 = line[2:].split(" ", 1)
            result["rendered"].append({"source": source, "chart": name,
                                       "values": json.loads(base64.b64decode(b64))})
            source = None
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--helm", default=None)
    args = ap.parse_args()
    helm = args.helm or subprocess.run([os.path.join(ROOT, "..", "shared", "tools", "reference-helm")],
                                       capture_output=True, text=True).stdout.strip() \
        or "/root/.cache/reference-helm/v4/helm"
    out = []
    for c in CASES:
        c["chart"] = json.loads(json.dumps(c["chart"]))
        add_schema_text(c["chart"])
        r = run_case(helm, c)
        out.append({**c, "expected": r})
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump({"helm": subprocess.run([helm, "version", "--short"], capture_output=True, text=True).stdout.strip(),
                   "cases": out}, f, indent=None, separators=(",", ":"), sort_keys=True)
        f.write("\n")
    print(f"{len(out)} cases -> {os.path.relpath(OUT, ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
