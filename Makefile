# jobscreen — build, test and measure. `make test` is what CI runs.
GO      ?= go
PKGS    := ./...
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)

.PHONY: build test bench bench-batch eval calibrate lint golden vet fmt-check run-sample loadtest

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

# Regenerate docs/EVALUATION.md: 5-fold cross-validated accuracy on the
# labelled EMSCAD dev file and false alarms on the honest samples.
# --config /dev/null keeps a developer's own jobscreen.yaml out of the page.
EMSCAD ?= ../shared/data/emscad-dev.csv
eval:
	@if [ ! -f $(EMSCAD) ]; then echo "eval: $(EMSCAD) not found; skipping (it lives in ../shared/data)"; exit 0; fi; \
	$(GO) run ./cmd/jobscreen --config /dev/null eval $(EMSCAD) --cv 5 --honest 'samples/honest-*' \
		--template docs/evaluation.md.tmpl > docs/EVALUATION.md.new && mv docs/EVALUATION.md.new docs/EVALUATION.md

# The fit behind the shipped points of the structured and targeting packs:
# EMSCAD dev plus the bundled samples, every other pack held. It writes
# points.fitted.yaml; read the figures before copying any point into a pack.
calibrate:
	@if [ ! -f $(EMSCAD) ]; then echo "calibrate: $(EMSCAD) not found; skipping (it lives in ../shared/data)"; exit 0; fi; \
	$(GO) run ./cmd/jobscreen --config /dev/null calibrate $(EMSCAD) --samples samples/expect.tsv \
		--fit-packs structured,targeting -o points.fitted.yaml

# Regenerate the samples' golden reports after a deliberate change.
golden:
	$(GO) test ./screener/report -run TestGolden -update

run-sample:
	$(GO) run ./cmd/jobscreen check samples/scam-pk-call-centre-1-lakh.txt
