#!/usr/bin/env bash
# Runs one benchmark by name: bench/run.sh <name> [args...]  (names: template)
set -euo pipefail
cd "$(dirname "$0")"
name="${1:-}"; shift || true
case "$name" in
  template) exec ./template/run.sh "$@" ;;
  *) echo "usage: bench/run.sh <template> [args...]" >&2; exit 2 ;;
esac
