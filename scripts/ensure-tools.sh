#!/usr/bin/env bash
# Installs Debian packages when their command is missing, or stops with a clear message.
# Usage: ensure-tools.sh COMMAND=PACKAGE ...   e.g. ensure-tools.sh promtool=prometheus chromium=chromium
# A COMMAND with a slash is a path pattern instead, for programs kept off PATH
# (e.g. '/usr/lib/postgresql/*/bin/initdb=postgresql').
set -euo pipefail

declare -A tools=()
for pair in "$@"; do
  tools[${pair%%=*}]=${pair#*=}
done

missing=()
for tool in "${!tools[@]}"; do
  if [[ $tool == */* ]]; then
    compgen -G "$tool" >/dev/null || missing+=("${tools[$tool]}")
  else
    command -v "$tool" >/dev/null 2>&1 || missing+=("${tools[$tool]}")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "Needed: ${missing[*]} (Debian packages). Install them as root: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Needed: ${missing[*]}, and this is not a Debian system; install them by hand." >&2
  exit 1
fi
echo "Installing ${missing[*]}..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
