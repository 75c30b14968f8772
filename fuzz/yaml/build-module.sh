#!/usr/bin/env bash
# Compiles the GoValue and YAML sources into static libraries with extra swiftc flags,
# for the fuzzer and the benchmark (which live outside Package.swift on purpose).
#   fuzz/yaml/build-module.sh OUTDIR [swiftc flags...]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$1"; shift
mkdir -p "$out"
swiftc -parse-as-library -module-name GoValue -emit-module -emit-module-path "$out/GoValue.swiftmodule" \
  -emit-library -static -o "$out/libGoValue.a" "$@" "$root"/Sources/GoValue/*.swift
swiftc -parse-as-library -module-name YAML -I "$out" -I "$root/Sources/CYAML" -emit-module \
  -emit-module-path "$out/YAML.swiftmodule" -emit-library -static -o "$out/libYAML.a" "$@" "$root"/Sources/YAML/*.swift
