# Plumb's build and test entry points. `make test` is the whole truth and what CI runs;
# `make test-short` is the inner loop.

GO            ?= go
PLUMB_CACHE   ?= $(HOME)/.cache/plumb
export PLUMB_CACHE

.PHONY: all build test test-short test-deps vet fmt-check fuzz bench clean docs

all: build

build:
	$(GO) build -o bin/plumb ./cmd/plumb

# test-deps installs what the tests need outside Go, once, into $(PLUMB_CACHE): the official
# SARIF 2.1.0 schema (from the npm registry) that the SARIF output is validated against, and
# etcd + kube-apiserver built from their Go modules for the live Kubernetes tests (~6 min cold
# on 2 cores, seconds once cached), so no single test pays for the build inside its timeout.
test-deps:
	@scripts/fetch-sarif-schema.sh >/dev/null
	scripts/build-kube-test-binaries.sh

test: test-deps vet fmt-check
	PLUMB_SARIF_SCHEMA=$(PLUMB_CACHE)/sarif-multitool/sarif-2.1.0.json \
		$(GO) test -count=1 -timeout 30m ./...
	$(MAKE) fuzz FUZZTIME=10s

test-short:
	$(GO) test -short ./...

vet:
	$(GO) vet ./...

fmt-check:
	@out=$$(gofmt -l cmd internal policies bench 2>/dev/null); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

# fuzz runs every fuzz target for FUZZTIME (a smoke run; longer runs by hand).
FUZZTIME ?= 10s
fuzz:
	FUZZTIME=$(FUZZTIME) GO=$(GO) scripts/fuzz-all.sh

bench:
	bench/run.sh

# docs regenerates the rule reference (docs/rules/) from the built-in library; a test in
# internal/ruledocs fails when the checked-in pages are out of date.
docs:
	$(GO) run ./internal/ruledocs/gendocs -dir docs/rules

clean:
	rm -rf bin
