#!/usr/bin/env bash
# Builds the etcd and kube-apiserver that the live Kubernetes tests start, from their Go
# modules at the pinned versions, into ${PLUMB_CACHE:-$HOME/.cache/plumb}/k8s-<version>/,
# and prints that directory. It does nothing when they are already there, and waits for a
# build another process started (a file lock), so `make test` can run it first: the cold
# build takes minutes (about 6 on 2 idle cores, 1.8 GB of memory at its peak) and would
# otherwise be charged to the first test that needs the server.
#
# Usage: scripts/build-kube-test-binaries.sh
# Environment: PLUMB_CACHE (where the binaries go), GO (the go command, default go).
set -euo pipefail
cd "$(dirname "$0")/.."
exec "${GO:-go}" run ./internal/live/kubernetes/kubetest/cmd/kubetest-build
