#!/usr/bin/env bash
# Installs the Debian packages the benchmark drives when they are missing, or stops with a clear message.
set -euo pipefail

# command -> Debian package
declare -A tools=(
  [wrk]=wrk
)

missing=()
for tool in "${!tools[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("${tools[$tool]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "The benchmark needs: ${missing[*]} (Debian packages). Install them as root: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "The benchmark needs: ${missing[*]}, and this is not a Debian system; install them by hand." >&2
  exit 1
fi
echo "Installing ${missing[*]} for the benchmark..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
