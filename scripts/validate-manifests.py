#!/usr/bin/env python3
"""Validates a multi-document Kubernetes manifest against the OpenAPI schemas of a Kubernetes release.

Usage: scripts/validate-manifests.py [--kubernetes-version 1.37] [--no-strict] [FILE]
Reads FILE (or stdin), validates every non-empty document with PyPI's kubernetes-validate
(strict by default, so unknown fields are failures too), prints one line per failure and
exits 1 when there is any, 2 when the validator is not installed (run scripts/setup.sh).
"""
import argparse
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", help="manifest file; stdin when absent")
    parser.add_argument("--kubernetes-version", default=None,
                        help="Kubernetes version whose schemas to use; the newest bundled one when absent")
    parser.add_argument("--no-strict", action="store_true", help="allow fields the schema does not define")
    args = parser.parse_args()
    try:
        import yaml
        import kubernetes_validate
        from kubernetes_validate import utils
    except ImportError as error:
        print(f"validate-manifests: {error}; install it with scripts/setup.sh "
              "(pip install kubernetes-validate)", file=sys.stderr)
        return 2
    version = args.kubernetes_version or utils.latest_version()
    text = open(args.file, encoding="utf-8").read() if args.file else sys.stdin.read()
    # The source file comments Helm writes ("# Source: chart/templates/x.yaml") name each document.
    failures = 0
    validated = 0
    for index, raw in enumerate(split_documents(text)):
        source = next((line[len("# Source: "):] for line in raw.splitlines() if line.startswith("# Source: ")),
                      f"document {index + 1}")
        try:
            document = yaml.safe_load(raw)
        except yaml.YAMLError as error:
            print(f"{source}: not YAML: {' '.join(str(error).split())}")
            failures += 1
            continue
        if document is None:
            continue
        if not isinstance(document, dict) or "kind" not in document or "apiVersion" not in document:
            print(f"{source}: not a Kubernetes object (no kind/apiVersion)")
            failures += 1
            continue
        name = f"{document['kind']}/{(document.get('metadata') or {}).get('name', '?')}"
        try:
            kubernetes_validate.validate(document, version, strict=not args.no_strict)
            validated += 1
        except utils.ValidationError as error:
            path = ".".join(str(part) for part in error.path) or "(root)"
            print(f"{source}: {name}: {path}: {' '.join(error.message.split())}")
            failures += 1
        except (utils.SchemaNotFoundError, utils.VersionNotSupportedError, utils.InvalidSchemaError) as error:
            print(f"{source}: {name}: {error.message}")
            failures += 1
    print(f"validate-manifests: {validated} valid, {failures} failed (Kubernetes {version})", file=sys.stderr)
    return 1 if failures else 0


def split_documents(text):
    """Splits at '---' lines, as Helm and kubectl do, keeping each document's comments."""
    documents, current = [], []
    for line in text.splitlines():
        if line.rstrip() == "---" or line.startswith("--- "):
            documents.append("\n".join(current))
            current = [line[4:]] if line.startswith("--- ") else []
        else:
            current.append(line)
    documents.append("\n".join(current))
    return [document for document in documents if document.strip()]


if __name__ == "__main__":
    sys.exit(main())
