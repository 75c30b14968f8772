#!/usr/bin/env bash
# Installs the system libraries the package links against, when they are missing.
set -euo pipefail
missing=()
pkg-config --exists yaml-0.1 2>/dev/null || missing+=(libyaml-dev)
pkg-config --exists libarchive 2>/dev/null || missing+=(libarchive-dev)
command -v pkg-config >/dev/null || missing+=(pkg-config)
# The crypto tests check our keys and certificates with openssl.
command -v openssl >/dev/null || missing+=(openssl)
if [ "${#missing[@]}" -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" pkg-config >/dev/null
fi
