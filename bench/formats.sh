#!/usr/bin/env bash
# Per-format scan benchmark: Terraform, CloudFormation (YAML), Kubernetes manifests, Helm,
# Kustomize, Dockerfile and Terraform plan JSON, each on a generated corpus of N resources.
# Prints files/s and resources/s, wall and CPU time, with Helm rendering and Kustomize build
# cost apart from rule evaluation. The budget is in bench/README.md ("Per-format budget").
#
# Usage: bench/formats.sh [N...]        default: 1000 10000
#
# Environment:
#   BENCH_RUNS     timed runs of each pass; the median is reported   (default 3)
#   BENCH_FORMATS  comma-separated subset (terraform,cloudformation,kubernetes,helm,
#                  kustomize,dockerfile,plan)                          (default all)
#   BENCH_KEEP     keep the corpora in this directory (default: a temporary one, removed)
#
# Exit status: 0 all ran and every row at N=10000 is within budget, 1 a budget failed,
# 2 a build or a run failed.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 10000)
for n in "${sizes[@]}"; do
	[[ $n =~ ^[1-9][0-9]*$ ]] || { echo "formats.sh: size must be a positive integer: $n" >&2; exit 2; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/formats" ./bench/formats || { echo "formats.sh: bench/formats did not build" >&2; exit 2; }
args=(-n "$(IFS=,; echo "${sizes[*]}")" -runs "${BENCH_RUNS:-3}")
[[ -n ${BENCH_FORMATS:-} ]] && args+=(-formats "$BENCH_FORMATS")
[[ -n ${BENCH_KEEP:-} ]] && args+=(-keep "$BENCH_KEEP")
"$tmp/formats" "${args[@]}" | tee "$tmp/table" || exit 2
grep -q ' FAIL$' "$tmp/table" && exit 1
exit 0
