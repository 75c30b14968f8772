#!/usr/bin/env bash
# Runs one benchmark by name: bench/run.sh <name> [args...]  (names: template, yaml, render, functions, package)
set -euo pipefail
cd "$(dirname "$0")"
name="${1:-}"; shift || true
case "$name" in
  template) exec ./template/run.sh "$@" ;;
  yaml) exec ./yaml/run.sh "$@" ;;
  render) exec ./render/run.sh "$@" ;;
  functions) exec ./functions/run.sh "$@" ;;
  package) exec ./package/run.sh "$@" ;;
  *) echo "usage: bench/run.sh <template|yaml|render|functions|package> [args...]" >&2; exit 2 ;;
esac
