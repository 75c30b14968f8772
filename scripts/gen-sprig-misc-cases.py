#!/usr/bin/env python3
"""Renders the deterministic cases of Sprig's encoding, hash, path, URL and
crypto functions with the reference Helm and writes testdata/sprig/misc-cases.json.

Each case calls one function with literal arguments. The expected value is what
`{{ FUNC ARGS | toString | toJson }}` renders (decoded from JSON), or, when Helm
fails, the message after `error calling FUNC: `. Random functions are rendered
once here to obtain Helm-made values (bcrypt hashes, AES ciphertexts,
certificates) that the Swift tests check by property.

Usage: scripts/gen-sprig-misc-cases.py [path/to/helm]"""
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "testdata", "sprig", "misc-cases.json")


def helm_path():
    if len(sys.argv) > 1:
        return sys.argv[1]
    tool = os.path.join(ROOT, "..", "shared", "tools", "reference-helm")
    if os.path.exists(tool):
        return subprocess.check_output([tool], text=True).strip()
    return "/root/.cache/reference-helm/v4/helm"


HELM = helm_path()


def go_literal(arg):
    """A template expression that evaluates to arg."""
    if isinstance(arg, bool):
        return "true" if arg else "false"
    if isinstance(arg, int):
        return str(arg)
    if isinstance(arg, str):
        return json.dumps(arg)  # a JSON string is a valid Go interpreted string literal
    if isinstance(arg, list):
        return "(list" + "".join(" " + go_literal(a) for a in arg) + ")"
    if isinstance(arg, dict) and set(arg) == {"dict"}:
        parts = "".join(" %s %s" % (json.dumps(k), go_literal(v)) for k, v in arg["dict"].items())
        return "(dict" + parts + ")"
    if arg is None:
        return "nil"
    raise ValueError(arg)


def render(template):
    """Renders one template; returns (ok, text)."""
    with tempfile.TemporaryDirectory() as tmp:
        chart = os.path.join(tmp, "c")
        os.makedirs(os.path.join(chart, "templates"))
        with open(os.path.join(chart, "Chart.yaml"), "w") as f:
            f.write("apiVersion: v2\nname: c\nversion: 0.1.0\n")
        with open(os.path.join(chart, "templates", "t.yaml"), "w") as f:
            f.write(template)
        p = subprocess.run([HELM, "template", chart], capture_output=True, text=True)
        return p.returncode == 0, (p.stdout if p.returncode == 0 else p.stderr)


def run_case(case):
    expr = case["func"] + "".join(" " + go_literal(a) for a in case["args"])
    ok, text = render("v: {{ %s | toString | toJson }}\n" % expr)
    if ok:
        line = [l for l in text.splitlines() if l.startswith("v: ")][0]
        case["output"] = json.loads(line[3:])
    else:
        m = re.search(r"error calling %s: (.*?)\n\nUse --debug" % re.escape(case["func"]), text, re.S)
        if not m:
            raise RuntimeError("unexpected failure for %s: %s" % (expr, text))
        case["error"] = m.group(1)
    return case


def render_values(exprs):
    """Renders several expressions in one template; returns their outputs."""
    body = "".join("v%d: {{ %s | toJson }}\n" % (i, e) for i, e in enumerate(exprs))
    ok, text = render(body)
    if not ok:
        raise RuntimeError(text)
    values = {}
    for line in text.splitlines():
        m = re.match(r"v(\d+): (.*)$", line)
        if m:
            values[int(m.group(1))] = json.loads(m.group(2))
    return [values[i] for i in range(len(exprs))]


def cases():
    out = []

    def add(func, *args, name=None):
        out.append({"name": name or "%s %s" % (func, json.dumps(list(args))), "func": func, "args": list(args)})

    texts = ["", "a", "ab", "abc", "abcd", "hello world", "héllo wörld", "日本語", "tab\there", "line1\nline2",
             "\u0000nul", "~~~???>>>", "The quick brown fox jumps over the lazy dog", "x" * 100]
    for t in texts:
        add("b64enc", t)
        add("b32enc", t)
    b64 = ["", "aGk=", "aGVsbG8gd29ybGQ=", "YQ==", "YWI=", "YWJj", "!!", "YQ", "YQ=", "Y", "YQ===", "=YQ=",
           "YQ==YQ==", "YWJj\nZGVm", "YW\r\nJj", "YQ=\n=", "YQ==\n", "YQ==x", "aGk=\n\n", "a GVsbG8=", "aGVsbG8",
           "aGVsbG8=\r\n", "_-8=", "+/8=", "////", "YWJjZA=", "YWJjZA", "YQ=a", "YWJ=", "====", "5pel5pys6Kqe",
           "SGVsbG8sIFdvcmxkIQ==", "a\nb", "\n", "YQ==="]
    for t in b64:
        add("b64dec", t)
    b32 = ["", "ME======", "MFRA====", "MFRGG===", "MFRGGZA=", "MFRGGZDF", "NBSWY3DP", "nbswy3dp", "MFRGG", "ME",
           "M", "ME=====", "ME=======", "MFRGGZDF\nMFRGGZDF", "MFRA====x", "M=======", "MFR=====", "MFRGGZ==",
           "12345678", "ME==\n====", "!!!!!!!!", "MFRGGZDFMZTQ====", "========", "MFRGGZDFMZ======", "MZXW6YTBOI======"]
    for t in b32:
        add("b32dec", t)
    hashes = ["", "hi", "hello world", "héllo", "The quick brown fox jumps over the lazy dog", "a" * 1000,
              "ab" * 3000, "\u0000", "line\nbreak"]
    for t in hashes:
        for f in ["sha1sum", "sha256sum", "sha512sum", "adler32sum"]:
            add(f, t, name="%s %s" % (f, json.dumps(t[:40]) + ("...%d" % len(t) if len(t) > 40 else "")))
    paths = ["", ".", "..", "/", "//", "a", "a/", "a/b", "a/b/", "/a/b", "/a/b/", "a//b", "a/./b", "a/../b",
             "../a", "../../a/b", "/../a", "/a/../../b", "a/b/c.txt", "a/b.c/d", ".hidden", "a/.hidden",
             "file.tar.gz", "dir.d/", "a/b/..", "./a", "x/./y/../z/", "///a///b///", "a.", "/a.b/c",
             "héllo/wörld.txt", "C:\\win\\path.exe", "a\\b/c", "..."]
    for p in paths:
        for f in ["base", "dir", "clean", "ext", "isAbs"]:
            add(f, p)
            add("os" + f[0].upper() + f[1:], p)
    urls = ["https://example.com", "https://user:pass@example.com:8443/a/b?x=1&y=2#frag",
            "http://example.com/a%20b?q=a%20b#f%20g", "mailto:user@example.com", "file:///etc/hosts",
            "//example.com/path", "/just/a/path", "relative/path?x", "HTTP://EXAMPLE.COM/UP", "http://[::1]:80/x",
            "http://[fe80::1%25en0]:8080/", "http://example.com:/", "http://a@b@c/", "http://user@host",
            "http://%41:8080/", "scheme:opaque?query#frag", "http://host/p?", "http://host/p?#", "*", "",
            "http://host/%2Fencoded", "http://x/a#b#c", "http://x/\u00e9", "http://h\u00e9llo/",
            "%zz", "http://host:port/", "http://[::1/", "1http://x", ":foo", "a:b:c", "this:that/x",
            "http://us er@host/", "http://host/a b", "http://ho st/", "http://host/%", "http://x/#%zz",
            "http://x:99999999/", "http://[::1]x/", "git+ssh://git@github.com/org/repo.git", "http://x/?a=1?b=2",
            "http://h/\u0001", "http://host/path;params", "http://%zz/", "http://[fe80::1%25%32%35x]/",
            "ftp://u%40x:p%3Aw@h/", "http://u:@h/", "http://:p@h/", "http://[abc]/", "http://[::1%zone]/",
            "http://host:8080:90/", "//user@host", "http:///path", "http:/path", "///x", "?query=only",
            "#frag-only", "http://x/%e9", "http://x/a%2fb", "x:", "http://[::1]:namedport", "http://h/a?b#c?d",
            "http://h/?%zz", "http://h:0/", "http://h:/x", "http://üser@h/", "http://h/é?é#é",
            "tel:+1-816-555-1212", "urn:oasis:names:specification:docbook:dtd:xml:4.1.2", "a/b:c", "./a:b",
            "http://h/a%20b%2Fc", "http://[2001:db8::1]/", "http://[2001:db8::1]:443/", "http://1.2.3.4:5/"]
    for u in urls:
        add("urlParse", u)
    joins = [
        {"scheme": "https", "host": "example.com", "path": "/a b", "query": "x=1", "fragment": "f g"},
        {"scheme": "http", "host": "h", "path": "rel"},
        {"host": "h", "path": "/p"},
        {"path": "a:b/c"},
        {"path": "/a?b"},
        {"scheme": "mailto", "opaque": "user@example.com"},
        {"scheme": "http", "host": "h", "userinfo": "user:pa ss"},
        {"scheme": "http", "host": "h", "userinfo": "us@er"},
        {"scheme": "http", "host": "h", "userinfo": "a%zz"},
        {"scheme": "http", "host": "h\u00e9", "path": "/\u00e9"},
        {"scheme": "file", "path": "/etc/hosts"},
        {"scheme": "http"},
        {},
        {"query": "q=1", "fragment": "x"},
        {"scheme": "http", "host": "h", "fragment": "a!b(c)*d e#"},
        {"scheme": "http", "host": "h", "path": "/%41"},
        {"scheme": "http", "host": "h", "port": "80"},
        {"scheme": 1},
        {"scheme": "http", "host": "[::1]:80", "path": "/x"},
        {"scheme": "http", "host": "h", "path": "/a b?c#d", "query": "x y", "fragment": "%"},
        {"scheme": "http", "host": "h", "userinfo": ":only-password"},
        {"scheme": "http", "host": "h", "userinfo": "name:"},
        {"scheme": "http", "host": "h", "userinfo": "a%40b:c%3Ad"},
        {"host": "h", "userinfo": "u"},
        {"userinfo": "u"},
        {"scheme": "http", "path": "//double"},
        {"path": "*"},
        {"scheme": "s", "path": "p"},
        {"host": "h", "path": "p"},
        {"opaque": "o", "path": "/ignored", "host": "h"},
        {"scheme": "http", "host": "h", "path": "/é", "fragment": "é"},
        {"host": "h", "query": ""},
        {"scheme": "http", "host": "h", "query": None},
    ]
    for d in joins:
        add("urlJoin", {"dict": d})
    for counter, kind, pw, user, site in [
            (1, "long", "password", "user", "example.com"), (1, "maximum", "password", "user", "example.com"),
            (1, "medium", "password", "user", "example.com"), (1, "short", "password", "user", "example.com"),
            (1, "basic", "password", "user", "example.com"), (1, "pin", "password", "user", "example.com"),
            (2, "long", "password", "user", "example.com"), (0, "long", "", "", ""),
            (7, "maximum", "s\u00e9cret", "\u00fcser", "h\u00e9llo.org"), (1, "nope", "p", "u", "s"),
            (4294967295, "long", "pw", "me", "site")]:
        add("derivePassword", counter, kind, pw, user, site)
    add("htpasswd", "a:b", "pw")
    add("genPrivateKey", "nope")
    add("genPrivateKey", "RSA")
    add("decryptAES", "k", "")
    add("decryptAES", "k", "!!")
    add("decryptAES", "k", "aGVsbG8=")
    add("decryptAES", "k", "AAAAAAAAAAAAAAAAAAAAAA==")
    add("decryptAES", "k", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
    add("encryptAES", "k", "")
    add("genCAWithKey", "x", 3, "nope")
    add("genCAWithKey", "x", 3, "-----BEGIN FOO-----\nAAAA\n-----END FOO-----\n")
    add("genCAWithKey", "x", 3, "-----BEGIN WEIRD PRIVATE KEY-----\nAAAA\n-----END WEIRD PRIVATE KEY-----\n")
    # Garbage inside well-formed PEM: Go's asn1 messages for each key format.
    import base64
    tiny_dsa = base64.b64encode(bytes([0x30, 0x12] + [0x02, 0x01, 0x00, 0x02, 0x01, 0x17, 0x02, 0x01, 0x0b,
                                                     0x02, 0x01, 0x02, 0x02, 0x01, 0x03, 0x02, 0x01, 0x04])).decode()
    for kind in ["RSA PRIVATE KEY", "EC PRIVATE KEY", "DSA PRIVATE KEY", "PRIVATE KEY"]:
        for body in ["AAAA", "BBBB", "oQMCAQE=", "BIIBAAAA"]:
            add("genCAWithKey", "x", 1, "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (kind, body, kind))
    dsa_pem = "-----BEGIN DSA PRIVATE KEY-----\n%s\n-----END DSA PRIVATE KEY-----\n" % tiny_dsa
    add("genCAWithKey", "x", 1, dsa_pem)
    add("genSelfSignedCertWithKey", "x", [], [], 1, dsa_pem)
    add("genCAWithKey", "x", 1, "no pem here -----BEGIN RSA PRIVATE KEY-----")
    rsa_block = "-----BEGIN RSA PRIVATE KEY-----\n%s\n-----END RSA PRIVATE KEY-----\n"
    for pem in ["  " + rsa_block % "AAAA", (rsa_block % "AAAA").replace("\n", "\r\n"),
                rsa_block % "!!!!" + "-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n",
                "-----BEGIN RSA PRIVATE KEY-----   \nAAAA\n-----END RSA PRIVATE KEY-----",
                rsa_block % "Proc-Type: 4,ENCRYPTED\n\nBBBB", rsa_block % "AA\n  AA", "junk\n" + rsa_block % "AAAA",
                "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n"]:
        add("genCAWithKey", "x", 1, pem)
    add("genSelfSignedCert", "x", ["not-an-ip"], [], 3)
    add("genSelfSignedCert", "x", [1], [], 3)
    add("genSelfSignedCert", "x", [], [2], 3)
    add("buildCustomCert", "!!", "")
    add("buildCustomCert", "aGk=", "!!")
    add("buildCustomCert", "aGk=", "aGk=")
    return out


def helm_made():
    """Values only Helm can make: bcrypt hashes, ciphertexts, certificates."""
    passwords = ["", "pw", "hello world", "p\u00e4ssw\u00f6rd", "x" * 72]
    plaintexts = [("key", "hello"), ("", "empty key"), ("a much longer key than thirty-two bytes!", "x" * 40),
                  ("k", "exactly sixteen!"), ("\u00fc", "\u65e5\u672c")]
    exprs = ["bcrypt %s" % json.dumps(p) for p in passwords]
    exprs += ["htpasswd \"user\" %s" % json.dumps(p) for p in passwords[:2]]
    exprs += ["encryptAES %s %s" % (json.dumps(k), json.dumps(t)) for k, t in plaintexts]
    values = render_values(exprs)
    bcrypts = [{"password": p, "hash": h} for p, h in zip(passwords, values)]
    bcrypts += [{"password": p, "hash": h.split(":", 1)[1], "htpasswd": h, "user": "user"}
                for p, h in zip(passwords[:2], values[len(passwords):])]
    aes = [{"key": k, "plaintext": t, "ciphertext": c}
           for (k, t), c in zip(plaintexts, values[len(passwords) + 2:])]
    # A CA and a leaf it signed, to check parsing, buildCustomCert and signing by our code.
    ok, text = render("{{- $ca := genCA \"helm-ca\" 365 }}{{- $c := genSignedCert \"leaf\" (list \"10.0.0.1\") "
                      "(list \"leaf.example\") 30 $ca }}\nca: {{ $ca.Cert | toJson }}\ncakey: {{ $ca.Key | toJson }}\n"
                      "cert: {{ $c.Cert | toJson }}\nkey: {{ $c.Key | toJson }}\n"
                      "b64: {{ (buildCustomCert ($ca.Cert | b64enc) ($ca.Key | b64enc)).Cert | toJson }}\n")
    if not ok:
        raise RuntimeError(text)
    certs = {}
    for line in text.splitlines():
        m = re.match(r"(ca|cakey|cert|key|b64): (.*)$", line)
        if m:
            certs[m.group(1)] = json.loads(m.group(2))
    # One key of each type, to check that we read Go's keys and write them back byte for byte.
    kinds = ["rsa", "ecdsa", "ed25519", "dsa"]
    keys = dict(zip(kinds, render_values(['genPrivateKey "%s"' % k for k in kinds])))
    return bcrypts, aes, certs, keys


def main():
    todo = cases()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        done = list(pool.map(run_case, todo))
    bcrypts, aes, certs, keys = helm_made()
    version = subprocess.run([HELM, "version", "--short"], capture_output=True, text=True).stdout.strip()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump({"helm": version, "cases": done, "bcrypt": bcrypts, "aes": aes, "certificates": certs, "keys": keys},
                  f, ensure_ascii=False, indent=0, sort_keys=True)
        f.write("\n")
    print("wrote %d cases, %d bcrypt, %d aes to %s" % (len(done), len(bcrypts), len(aes), OUT))


if __name__ == "__main__":
    main()
