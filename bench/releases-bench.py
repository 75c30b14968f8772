#!/usr/bin/env python3
"""Times `chart list -A` over 2,000 releases x 10 revisions, and `chart upgrade` of a
100-template chart. Everything is generated in a temporary folder and removed after.

The store is seeded by installing one release with the binary, then copying its
revision file with the name, namespace and revision rewritten (what the file driver
would have written after 20,000 operations, without waiting for them).

Usage: bench/releases-bench.py [path/to/chart]   (default: .build/debug/chart)
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "chart")


def run(args, env, cwd):
    start = time.perf_counter()
    p = subprocess.run([BINARY, *args], env=env, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if p.returncode != 0:
        sys.exit(f"{args}: {p.stderr}")
    return elapsed, p.stdout


def best(n, args, env, cwd):
    return min(run(args, env, cwd)[0] for _ in range(n))


def main():
    work = tempfile.mkdtemp(prefix="chart-bench-")
    try:
        env = dict(os.environ, CHART_HOME=work, TZ="UTC")
        charts = os.path.join(ROOT, "testdata", "charts")
        run(["install", "seed", "./simple"], env, charts)
        seed_path = os.path.join(work, "releases", "default", "seed", "1.json")
        seed = json.load(open(seed_path))
        shutil.rmtree(os.path.join(work, "releases"))
        for r in range(2000):
            ns, name = f"ns{r % 20}", f"rel{r}"
            folder = os.path.join(work, "releases", ns, name)
            os.makedirs(folder)
            for v in range(1, 11):
                seed.update(name=name, namespace=ns, version=v)
                seed["info"]["status"] = "deployed" if v == 10 else "superseded"
                with open(os.path.join(folder, f"{v}.json"), "w") as f:
                    json.dump(seed, f, separators=(",", ":"))
        elapsed, out = run(["list", "-A", "-m", "0"], env, charts)
        assert out.count("\n") == 2001, out.count("\n")
        print(f"list -A over 2000 releases x 10 revisions: {best(3, ['list', '-A', '-m', '0'], env, charts) * 1000:.0f} ms (best of 3)")

        big = os.path.join(work, "big")
        os.makedirs(os.path.join(big, "templates"))
        with open(os.path.join(big, "Chart.yaml"), "w") as f:
            f.write("apiVersion: v2\nname: big\nversion: 1.0.0\n")
        with open(os.path.join(big, "values.yaml"), "w") as f:
            f.write("replicas: 1\nimage: nginx\n")
        for i in range(100):
            with open(os.path.join(big, "templates", f"t{i}.yaml"), "w") as f:
                f.write(f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{{{ .Release.Name }}}}-{i}\n"
                        f"data:\n  replicas: {{{{ .Values.replicas | quote }}}}\n  image: {{{{ .Values.image | upper }}}}\n")
        run(["install", "big", big], env, charts)
        times = [run(["upgrade", "big", big, "--set", f"replicas={i}"], env, charts)[0] for i in range(5)]
        print(f"upgrade of a 100-template chart: {min(times) * 1000:.0f} ms (best of 5)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
