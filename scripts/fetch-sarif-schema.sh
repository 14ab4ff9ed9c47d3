#!/usr/bin/env bash
# Installs Microsoft's SARIF multitool, which ships the official SARIF 2.1.0 JSON schema, once
# into the Plumb cache, and prints the schema's path. The report tests read that path from
# PLUMB_SARIF_SCHEMA, or look for the schema at the same default place:
#
#   PLUMB_SARIF_SCHEMA=$(scripts/fetch-sarif-schema.sh) go test ./internal/report
#
# The validator itself ends up at $dir/node_modules/@microsoft/sarif-multitool-<os>/Sarif.Multitool
# (run "Sarif.Multitool validate FILE"; it exits 0 even when it reports ": error " lines).
set -euo pipefail

version=5.7.0
dir="${PLUMB_CACHE:-$HOME/.cache/plumb}/sarif-multitool"
# A copy at a path that does not depend on the platform package's name, so the Go test can
# find it without running node.
schema="$dir/sarif-2.1.0.json"

if [ -f "$schema" ]; then
	echo "$schema"
	exit 0
fi

command -v npm >/dev/null || { echo "fetch-sarif-schema: npm is needed" >&2; exit 1; }
mkdir -p "$dir"
# --prefix keeps the install out of the repository. npm does not run the package's
# postinstall step, so the executable bit is set by hand below.
npm install --silent --no-audit --no-fund --no-save --prefix "$dir" \
	"@microsoft/sarif-multitool@$version" >&2

found=""
for pkg in "$dir"/node_modules/@microsoft/sarif-multitool-*/; do
	[ -f "$pkg/Sarif.Multitool" ] && chmod u+x "$pkg/Sarif.Multitool"
	[ -f "$pkg/sarif-2.1.0.json" ] && found="$pkg/sarif-2.1.0.json"
done
if [ -z "$found" ]; then
	echo "fetch-sarif-schema: no sarif-2.1.0.json in @microsoft/sarif-multitool@$version under $dir" >&2
	exit 1
fi
cp "$found" "$schema.tmp"
mv "$schema.tmp" "$schema"
echo "$schema"
