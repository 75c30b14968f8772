"""Run the reference Helm (the compatibility oracle) on a throw-away chart.

Shared helper for the scripts that generate expected outputs under testdata/.
Import it from another script in this folder:

    import helm_oracle
    r = helm_oracle.render({"templates/t.yaml": "{{ 1 }}"}, values="a: 1\n")
    r.rc, r.stdout, r.stderr

`helm_path(version)` finds the binary through /work/shared/tools/reference-helm
(or $REFERENCE_HELM), so every expected output is produced by the real Helm.
"""
import os
import sys
import shutil
import subprocess
import tempfile
from dataclasses import dataclass

CHART_YAML = "apiVersion: v2\nname: {name}\nversion: 0.1.0\n"


@dataclass
class Result:
    rc: int
    stdout: bytes
    stderr: bytes

    @property
    def error(self):
        """Helm's message after 'Error: ', without the --debug hint; None on success."""
        if self.rc == 0:
            return None
        text = self.stderr.decode("utf-8", "replace")
        i = text.find("Error: ")
        if i < 0:
            return text.strip()
        msg = text[i + len("Error: "):]
        hint = "\n\nUse --debug flag to render out invalid YAML"
        j = msg.find(hint)
        if j >= 0:
            msg = msg[:j]
        return msg.rstrip("\n")


def helm_path(version="v4"):
    """The reference Helm: $REFERENCE_HELM, else the installed cache, else shared/tools/reference-helm
    beside the repository (which installs it)."""
    env = os.environ.get("REFERENCE_HELM")
    if env:
        return env
    cached = os.path.expanduser(f"~/.cache/reference-helm/{version}/helm")
    if os.access(cached, os.X_OK):
        return cached
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    tool = os.path.join(root, "..", "shared", "tools", "reference-helm")
    out = subprocess.check_output([tool] + ([] if version == "v4" else [version]), text=True)
    return out.strip().splitlines()[-1]


def reference_helm(argv=None):
    """For the gen-*.py scripts: a path given as the first argument wins, else helm_path()."""
    argv = sys.argv if argv is None else argv
    return argv[1] if len(argv) > 1 else helm_path()


def render(files, values=None, chart="c", args=(), version="v4", timeout=60):
    """Write `files` (path inside the chart -> str or bytes) plus Chart.yaml and
    values.yaml into a temp chart and run `helm template r ./<chart> ARGS`."""
    tmp = tempfile.mkdtemp(prefix="helm-oracle-")
    try:
        root = os.path.join(tmp, chart)
        os.makedirs(os.path.join(root, "templates"))
        with open(os.path.join(root, "Chart.yaml"), "w") as f:
            f.write(CHART_YAML.format(name=chart))
        if values is not None:
            with open(os.path.join(root, "values.yaml"), "w") as f:
                f.write(values)
        for path, content in files.items():
            full = os.path.join(root, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            data = content.encode("utf-8") if isinstance(content, str) else content
            with open(full, "wb") as f:
                f.write(data)
        p = subprocess.run([helm_path(version), "template", "r", "./" + chart, *args],
                           cwd=tmp, capture_output=True, timeout=timeout)
        return Result(p.returncode, p.stdout, p.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
