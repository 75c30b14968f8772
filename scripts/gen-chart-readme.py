#!/usr/bin/env python3
"""Writes charts/<name>/README.md from Chart.yaml and values.yaml.

The values table lists every leaf key with its default and the `# -- text`
comment written above it in values.yaml, so the README cannot drift from the
values. Re-run after changing a chart: scripts/gen-chart-readme.py [chart...]
"""
import json
import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent / "charts"

EXTRA = {
    "mysql": "One MySQL server per WeCloud service, as a StatefulSet with a volume claim template, a headless "
             "Service for stable DNS and a ClusterIP Service. Passwords come from values, from an existing "
             "Secret, or are generated once and kept across upgrades (the Secret is looked up and reused).",
    "redis": "Redis as the chat service's pub/sub broker. Snapshots and AOF are off: pub/sub keeps no data.",
    "wecloud-service": "A library chart: the Deployment, Service, ServiceAccount, HPA, PodDisruptionBudget, "
                       "Ingress and test hook shared by the profile, login and chat charts. It renders nothing "
                       "itself; a service chart includes its `wecloud-service.*` templates.",
    "wecloud": "The whole WeCloud chat system: the profile, login and chat services, a MySQL database for each "
               "(the `mysql` chart aliased `profile-db`, `login-db`, `chat-db`), Redis pub/sub for chat, and "
               "one Ingress routing `/` to chat, `/login` to login and `/profile` to profile. Subchart values "
               "sit under the subchart's name or alias; `tags.databases: false` switches to external databases.",
}


def comments_by_path(text):
    """Maps dotted key paths to the `# --` comment written above them."""
    found, stack, pending = {}, [], []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("# --"):
            pending = [stripped[4:].strip()]
            continue
        if stripped.startswith("#") and pending:
            pending.append(stripped[1:].strip())
            continue
        m = re.match(r"^( *)([A-Za-z0-9_.\-]+):", line)
        if not m:
            if stripped and not stripped.startswith("-"):
                pending = []
            continue
        indent = len(m.group(1))
        while stack and stack[-1][0] >= indent:
            stack.pop()
        stack.append((indent, m.group(2)))
        if pending:
            found[".".join(k for _, k in stack)] = " ".join(pending)
            pending = []
    return found


def leaves(value, prefix=""):
    if isinstance(value, dict) and value:
        for key, child in value.items():
            yield from leaves(child, f"{prefix}.{key}" if prefix else str(key))
    else:
        yield prefix, value


def main(names):
    for chart_dir in sorted(p for p in ROOT.iterdir() if p.is_dir()):
        if names and chart_dir.name not in names:
            continue
        meta = yaml.safe_load((chart_dir / "Chart.yaml").read_text())
        values_text = (chart_dir / "values.yaml").read_text()
        values = yaml.safe_load(values_text) or {}
        notes = comments_by_path(values_text)
        out = [f"# {meta['name']}", "", meta.get("description", ""), ""]
        if meta["name"] in EXTRA:
            out += [EXTRA[meta["name"]], ""]
        out += [f"Chart version {meta['version']}" + (f", app version {meta['appVersion']}" if meta.get("appVersion") else "")
                + f", type {meta.get('type', 'application')}.", ""]
        if meta.get("dependencies"):
            out += ["## Dependencies", "", "| chart | alias | condition | tags |", "|---|---|---|---|"]
            for d in meta["dependencies"]:
                out.append(f"| {d['name']} | {d.get('alias', '')} | {d.get('condition', '')} | {', '.join(d.get('tags', []))} |")
            out.append("")
        if meta.get("type") != "library":
            out += ["## Installing", "", "```sh",
                    f"chart template {meta['name']} charts/{meta['name']} -f charts/{meta['name']}/ci/production-values.yaml",
                    f"chart install {meta['name']} charts/{meta['name']} -n wecloud --create-namespace", "```", "",
                    "Scenarios for CI and review are in `ci/`: " + ", ".join(f"`{p.name}`" for p in sorted((chart_dir / "ci").glob("*.yaml"))) + ".", ""]
        rows = list(leaves(values))
        if rows:
            out += ["## Values", "", "| key | default | description |", "|---|---|---|"]
            for key, default in rows:
                shown = json.dumps(default, separators=(", ", ": ")) if not isinstance(default, str) else json.dumps(default)
                shown = shown.replace("|", "\\|").replace("\n", "\\n")
                out.append(f"| `{key}` | `{shown}` | {notes.get(key, '')} |")
            out.append("")
        (chart_dir / "README.md").write_text("\n".join(out))
        print(f"wrote {chart_dir / 'README.md'}")


if __name__ == "__main__":
    main(set(sys.argv[1:]))
