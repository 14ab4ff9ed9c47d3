#!/usr/bin/env bash
# Runs every fuzz target in the repository for FUZZTIME each (default 10s): a smoke run that
# keeps parsers from regressing into panics or hangs. Longer runs: FUZZTIME=10m scripts/fuzz-all.sh
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${FUZZTIME:-10s}
go=${GO:-go}
git ls-files '*_test.go' | xargs grep -l '^func Fuzz' | sort | while read -r file; do
	pkg=./$(dirname "$file")
	for name in $(grep -oE '^func (Fuzz[A-Za-z0-9_]+)' "$file" | awk '{print $2}'); do
		echo "fuzz $pkg $name ($fuzztime)"
		"$go" test "$pkg" -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime"
	done
done
