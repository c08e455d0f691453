#!/usr/bin/env bash
# Rebuild eventlens/web/static/vendor from the pinned npm packages in frontend/package-lock.json.
# The built files are committed, so `make test` and `make demo` need no npm; run this only to upgrade.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp "$here/frontend/package.json" "$here/frontend/package-lock.json" "$here/frontend/build.mjs" "$scratch/"
(cd "$scratch" && npm ci --ignore-scripts --no-audit --no-fund >/dev/null)
node "$scratch/build.mjs" "$scratch/node_modules" "$here/static/vendor"
