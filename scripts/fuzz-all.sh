#!/usr/bin/env bash
# Runs every fuzz target in the repository for FUZZTIME each (default 10s): a smoke run that
# keeps parsers from regressing into panics or hangs. Longer runs: FUZZTIME=10m scripts/fuzz-all.sh
#
# A target fails when go test writes a reproducer under testdata/fuzz/<target>/ (a crash, a
# panic, or a hang caught by the target's own deadline). Go 1.26's fuzz coordinator can also
# fail a target with a bare "context deadline exceeded" at the -fuzztime boundary while a worker
# is still minimizing, having found nothing (golang/go#75804, fixed in Go 1.27): that case is
# reported as such and run once more, so a real finding is never hidden and the race alone does
# not redden CI.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${FUZZTIME:-10s}
go=${GO:-go}
log=$(mktemp)
trap 'rm -f "$log"' EXIT

corpus_count() { # files in the committed/new reproducer directory of a target
	local dir=$1/testdata/fuzz/$2
	if [ -d "$dir" ]; then find "$dir" -type f | wc -l; else echo 0; fi
}

run_target() { # pkg name -> 0 pass, 1 real failure, 3 coordinator race only
	local pkg=$1 name=$2 before after rc=0
	before=$(corpus_count "$pkg" "$name")
	"$go" test "$pkg" -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime" -fuzzminimizetime 5s 2>&1 | tee "$log" || rc=$?
	[ "$rc" -eq 0 ] && return 0
	after=$(corpus_count "$pkg" "$name")
	if [ "$after" -eq "$before" ] && grep -q '^    context deadline exceeded$' "$log" && ! grep -q 'Failing input written' "$log"; then
		return 3
	fi
	return 1
}

git ls-files '*_test.go' | xargs grep -l '^func Fuzz' | sort | while read -r file; do
	pkg=./$(dirname "$file")
	for name in $(grep -oE '^func (Fuzz[A-Za-z0-9_]+)' "$file" | awk '{print $2}'); do
		echo "fuzz $pkg $name ($fuzztime)"
		rc=0
		run_target "$pkg" "$name" || rc=$?
		if [ "$rc" -eq 3 ]; then
			echo "fuzz $pkg $name: no failing input, only the Go fuzz coordinator's deadline race (golang/go#75804); running again"
			rc=0
			run_target "$pkg" "$name" || rc=$?
		fi
		if [ "$rc" -ne 0 ]; then
			echo "fuzz $pkg $name: FAILED" >&2
			exit 1
		fi
	done
done
