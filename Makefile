# jobscreen — build, test and measure. `make test` is what CI runs.
GO      ?= go
PKGS    := ./...
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)

.PHONY: build test bench bench-batch lint golden vet fmt-check run-sample loadtest

build:
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o bin/jobscreen ./cmd/jobscreen

# The race detector is on for every test; fuzz targets run their seed corpus
# as ordinary tests.
test: lint
	$(GO) test -race -count=1 $(PKGS)

lint: fmt-check vet

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet $(PKGS)

bench:
	$(GO) test -run '^$$' -bench . -benchmem $(PKGS)

# Screen ~25k EMSCAD-size adverts (the shared dev file repeated) and report
# ads/s and peak heap; skipped with a message when ../shared/data is absent.
bench-batch:
	$(GO) test -run '^$$' -bench BenchmarkBatchEMSCAD -benchtime 1x -benchmem ./screener/batch

# POST typical adverts to an in-process server on loopback from 16 clients
# for 10 s and report requests/s, p50/p99 latency and errors.
loadtest:
	$(GO) run ./screener/httpapi/loadtest -c 16 -d 10s

# Regenerate the samples' golden reports after a deliberate change.
golden:
	$(GO) test ./screener/report -run TestGolden -update

run-sample:
	$(GO) run ./cmd/jobscreen check samples/scam-pk-call-centre-1-lakh.txt
