#!/usr/bin/env bash
# Runs a command and fails when it changed the working tree (git status before and after differ): the tests
# must leave the repository as they found it. Outside a git checkout it only runs the command.
set -euo pipefail
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  exec "$@"
fi
before="$(git status --porcelain --untracked-files=all)"
"$@"
after="$(git status --porcelain --untracked-files=all)"
if [ "$before" != "$after" ]; then
  echo "The tests changed the working tree:" >&2
  diff <(echo "$before") <(echo "$after") >&2 || true
  exit 1
fi
