#!/usr/bin/env bash
# End-to-end Terraform scan benchmark: plumb against tfsec, on the same generated corpus, in
# the same run, on the same machine.
#
# Budget (DESIGN.md, /work/shared/notes/peers.md):
#   1. 10k resources scanned in <= 2 s wall on 2 cores  (`plumb scan DIR -o json`)
#   2. >= 5x faster than the fastest peer. tfsec 1.28.14 is the fastest measured, so it is the
#      baseline: the ratio tfsec wall / plumb wall must be >= 5.
#
# Usage: bench/run.sh [N...]            default: 1000 10000 100000
#
# Environment:
#   PLUMB_CACHE    cache for tfsec and corpora        (default ~/.cache/plumb)
#   BENCH_SEED     corpus seed                          (default 1)
#   BENCH_RUNS     timed runs per tool and size; the median is reported  (default 3)
#   BENCH_TMP      scratch directory (plumb binary, JSON, logs)  (default: a new directory
#                  under $PLUMB_CACHE/runs, removed at exit)
#   BENCH_TIMEOUT  seconds before one run is killed    (default 1800)
#
# Exit status: 0 when every run completed and the budget holds, 1 when a budget fails, 2 when
# a run or the build failed.
set -euo pipefail

TFSEC_VERSION=v1.28.14
BUDGET_N=10000
BUDGET_SECONDS=2.0
BUDGET_RATIO=5

cd "$(dirname "$0")/.."
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 10000 100000)
for n in "${sizes[@]}"; do
	[[ $n =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: size must be a positive integer: $n" >&2; exit 2; }
done

cache=${PLUMB_CACHE:-$HOME/.cache/plumb}
seed=${BENCH_SEED:-1}
runs=${BENCH_RUNS:-3}
timeout_s=${BENCH_TIMEOUT:-1800}
for tool in go python3 /usr/bin/time timeout awk sha256sum; do
	command -v "$tool" >/dev/null || { echo "run.sh: $tool is required" >&2; exit 2; }
done
mkdir -p "$cache"
if [[ -z ${BENCH_TMP:-} ]]; then
	# Under the cache, not /tmp: on a shared machine a cleanup of /tmp/plumb-* once removed the
	# scratch directory of a running benchmark.
	mkdir -p "$cache/runs"
	BENCH_TMP=$(mktemp -d "$cache/runs/run.XXXXXX")
	trap 'rm -rf "$BENCH_TMP"' EXIT
fi
mkdir -p "$BENCH_TMP"

# Any network call fails at once: nothing listens on port 9.
offline=(env HTTP_PROXY=http://127.0.0.1:9 HTTPS_PROXY=http://127.0.0.1:9
	http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9 NO_PROXY= no_proxy=)

say() { printf '%s\n' "$*" >&2; }

# --- build plumb and the generator once --------------------------------------------------
say "building plumb and the corpus generator..."
go build -o "$BENCH_TMP/plumb" ./cmd/plumb || { say "run.sh: plumb did not build"; exit 2; }
go build -o "$BENCH_TMP/gen" ./bench/gen || { say "run.sh: bench/gen did not build"; exit 2; }
plumb=$BENCH_TMP/plumb

# --- tfsec, installed once from its Go module into the cache -----------------------------
tfsec_dir=$cache/tools/tfsec-$TFSEC_VERSION
tfsec=$tfsec_dir/tfsec
if [[ ! -x $tfsec ]]; then
	say "installing tfsec $TFSEC_VERSION into $tfsec_dir (once; a few minutes)..."
	mkdir -p "$tfsec_dir"
	if ! (cd "$BENCH_TMP" && GOBIN=$tfsec_dir GOFLAGS=-mod=mod \
		go install "github.com/aquasecurity/tfsec/cmd/tfsec@$TFSEC_VERSION") >"$BENCH_TMP/tfsec-install.log" 2>&1; then
		say "WARNING: tfsec $TFSEC_VERSION did not install; continuing with Plumb figures only."
		say "         last lines of $BENCH_TMP/tfsec-install.log:"
		tail -5 "$BENCH_TMP/tfsec-install.log" | sed 's/^/           /' >&2
		tfsec=
	fi
fi
tfsec_flags=(--no-color -f json --soft-fail)
if [[ -n $tfsec ]] && "$tfsec" --help 2>&1 | grep -q -- --no-module-downloads; then
	tfsec_flags+=(--no-module-downloads)
fi

# --- corpora, generated once per size, seed and generator version ------------------------
gen_version=$(cat bench/corpus/*.go bench/gen/*.go | sha256sum | cut -c1-12)
corpus() { # corpus N -> prints the directory; the expected count is in DIR.resources
	local n=$1 dir=$cache/corpus/tf-n$1-s$seed-$gen_version
	if [[ ! -f $dir.resources || ! -d $dir ]]; then
		say "generating a $n-resource corpus (seed $seed) into $dir..."
		rm -rf "$dir" "$dir.tmp"
		mkdir -p "$(dirname "$dir")"
		"$BENCH_TMP/gen" -n "$n" -seed "$seed" -out "$dir.tmp" -q >"$dir.tmp.resources"
		mv "$dir.tmp" "$dir" && mv "$dir.tmp.resources" "$dir.resources"
	fi
	printf '%s\n' "$dir"
}

# --- measuring ---------------------------------------------------------------------------
# time_once NAME OKCODES CMD... runs CMD once under /usr/bin/time and prints "wall_s rss_kb",
# or "fail REASON" when it exits with a code not in OKCODES or runs out of time.
time_once() {
	local name=$1 ok=$2 rc=0 tf=$BENCH_TMP/time.$1; shift 2
	/usr/bin/time -f '%e %M' -o "$tf" timeout "$timeout_s" "$@" >/dev/null 2>"$BENCH_TMP/$name.stderr" || rc=$?
	if [[ " $ok " != *" $rc "* ]]; then
		[[ $rc == 124 ]] && { echo "fail timed-out-after-${timeout_s}s"; return; }
		echo "fail exit-$rc"
		return
	fi
	if [[ ! -s $tf ]]; then
		echo "fail no-timing-file($tf)"
		return
	fi
	tail -1 "$tf"
}

# median_peak prints "median_wall peak_rss" of "wall rss" lines on stdin.
median_peak() {
	sort -g | awk '{ w[NR] = $1; if ($2 > peak) peak = $2 } END { printf "%s %d\n", w[int((NR + 1) / 2)], peak }'
}

# summary FILE prints "resources input_errors input_warnings findings" from plumb's JSON.
summary() {
	python3 - "$1" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
s = d["summary"]
errs = sum(1 for e in d["errors"] if e["level"] == "error")
print(s["resources"], errs, len(d["errors"]) - errs, s["findings"])
EOF
}

host_cores=$(nproc)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
say "machine: $host_cores cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), load average $load_start"

rows=() status=0 budget_wall= notes=()
for n in "${sizes[@]}"; do
	dir=$(corpus "$n")
	expected=$(cat "$dir.resources")
	say "N=$n: plumb once for the JSON summary..."
	rc=0
	"${offline[@]}" "$plumb" scan "$dir" -o json >"$BENCH_TMP/plumb-$n.json" 2>"$BENCH_TMP/plumb-$n.stderr" || rc=$?
	if [[ $rc != 0 && $rc != 1 ]]; then
		say "plumb scan failed on N=$n (exit $rc):"
		tail -5 "$BENCH_TMP/plumb-$n.stderr" >&2
		rows+=("$n - fail - - - - -")
		status=2
		continue
	fi
	read -r scanned input_errors input_warnings findings < <(summary "$BENCH_TMP/plumb-$n.json")
	[[ $scanned == "$expected" ]] || notes+=("N=$n: plumb scanned $scanned resources, the generator wrote $expected")
	((input_errors == 0)) || notes+=("N=$n: plumb reported $input_errors input error(s) on a valid corpus")
	((input_warnings == 0)) || notes+=("N=$n: plumb reported $input_warnings input warning(s) on a valid corpus (see the JSON errors list)")
	# The tools take turns, so a change in the machine's load falls on both.
	say "N=$n: $runs timed runs of plumb${tfsec:+ and tfsec, taking turns}..."
	p_times=() t_times=() p_fail= t_fail=
	for ((i = 1; i <= runs; i++)); do
		[[ -n $p_fail ]] && break
		r=$(time_once plumb "0 1" "${offline[@]}" "$plumb" scan "$dir" -o json)
		if [[ $r == fail* ]]; then p_fail=${r#fail }; else p_times+=("$r"); fi
		if [[ -n $tfsec && -z $t_fail ]]; then
			r=$(time_once tfsec 0 "${offline[@]}" "$tfsec" "$dir" "${tfsec_flags[@]}")
			if [[ $r == fail* ]]; then t_fail=${r#fail }; else t_times+=("$r"); fi
		fi
	done
	if [[ -n $p_fail ]]; then
		say "plumb scan failed on N=$n: $p_fail"
		rows+=("$n $scanned fail:$p_fail - - - - -")
		status=2
		continue
	fi
	read -r p_wall p_rss < <(printf '%s\n' "${p_times[@]}" | median_peak)
	t_wall=- t_rss=-
	if [[ -n $t_fail ]]; then
		notes+=("N=$n: tfsec failed: $t_fail")
	elif [[ -n $tfsec ]]; then
		read -r t_wall t_rss < <(printf '%s\n' "${t_times[@]}" | median_peak)
	fi
	say "N=$n: plumb ${p_wall} s ${p_rss} KB; tfsec ${t_wall} s ${t_rss} KB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
	rows+=("$n $scanned $p_wall $p_rss $t_wall $t_rss $findings")
	[[ $n == "$BUDGET_N" ]] && budget_wall=$p_wall
done

# --- report ------------------------------------------------------------------------------
echo
echo "Plumb end-to-end Terraform scan, $(date -u +%Y-%m-%dT%H:%MZ), plumb $(git describe --always --dirty 2>/dev/null || echo '?'), tfsec $TFSEC_VERSION"
echo "$host_cores cores; median of $runs runs, the tools taking turns; peak RSS is the largest of the runs; offline; seed $seed"
echo "load average at start: $load_start; at end: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews both tools)"
echo
fmt='%8s  %9s  %8s  %12s  %8s  %8s  %8s  %10s\n'
printf "$fmt" N resources "plumb s" "plumb res/s" "plumb MB" "tfsec s" "tfsec MB" "tfsec/plumb"
ratio_fail=0
for row in "${rows[@]}"; do
	read -r n scanned p_wall p_rss t_wall t_rss findings <<<"$row"
	if [[ $p_wall == fail* ]]; then
		printf "$fmt" "$n" "$scanned" "$p_wall" - - - - -
		continue
	fi
	rate=$(awk -v r="$scanned" -v w="$p_wall" 'BEGIN { printf (w > 0 ? "%.0f" : "-"), r / w }')
	p_mb=$(awk -v k="$p_rss" 'BEGIN { printf "%.0f", k / 1024 }')
	t_mb=- ratio=-
	if [[ $t_wall != - ]]; then
		t_mb=$(awk -v k="$t_rss" 'BEGIN { printf "%.0f", k / 1024 }')
		ratio=$(awk -v t="$t_wall" -v p="$p_wall" 'BEGIN { printf (p > 0 ? "%.1fx" : "-"), t / p }')
		awk -v t="$t_wall" -v p="$p_wall" -v b="$BUDGET_RATIO" 'BEGIN { exit !(t < b * p) }' && ratio_fail=1
	fi
	printf "$fmt" "$n" "$scanned" "$p_wall" "$rate" "$p_mb" "$t_wall" "$t_mb" "$ratio"
done
echo
if [[ -z $budget_wall ]]; then
	echo "budget: $BUDGET_N resources in <= ${BUDGET_SECONDS} s wall: NOT MEASURED (N=$BUDGET_N not in this run)"
elif awk -v w="$budget_wall" -v b="$BUDGET_SECONDS" 'BEGIN { exit !(w <= b) }'; then
	echo "budget: $BUDGET_N resources in <= ${BUDGET_SECONDS} s wall: PASS (${budget_wall} s)"
else
	echo "budget: $BUDGET_N resources in <= ${BUDGET_SECONDS} s wall: FAIL (${budget_wall} s)"
	((status == 0)) && status=1
fi
if [[ -z $tfsec ]]; then
	echo "budget: >= ${BUDGET_RATIO}x the fastest peer (tfsec): NOT MEASURED (tfsec did not install)"
elif ((ratio_fail)); then
	echo "budget: >= ${BUDGET_RATIO}x the fastest peer (tfsec): FAIL (see tfsec/plumb)"
	((status == 0)) && status=1
else
	echo "budget: >= ${BUDGET_RATIO}x the fastest peer (tfsec): PASS at every size measured"
fi
for note in "${notes[@]}"; do echo "note: $note"; done
exit "$status"
