# respan-openapi: one Makefile for the whole pipeline. `make help` lists the targets.
# Everything runs from the project's own virtual environment (.venv) and node_modules, both made by `make setup`.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
PY_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
REDOCLY := node_modules/.bin/redocly
SPEC_SOURCES := $(shell find openapi -name '*.yaml') docs/spec-decisions.md
SPEC_COPIES := mock/respan_mock/openapi.json contract/respan_contract/openapi.json mock/respan_mock/static/spec-decisions.md
export NODE_NO_WARNINGS := 1

.PHONY: help demo setup browser lint-spec bundle docs vendor-redoc lint fmt typecheck test lock clean

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  \033[1m%-16s\033[0m %s\n", $$1, $$2}'

demo: setup ## Start the mock gateway, run the client examples against it (completion, stream, Responses, Respan header), stop it
	$(PY) scripts/demo.py

setup: $(PY_STAMP) $(NODE_STAMP) $(SPEC_COPIES) ## Create .venv (all three packages editable) and node_modules with the exact pinned versions

$(PY_STAMP): pyproject.toml constraints.txt generated/pyproject.toml mock/pyproject.toml contract/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e . -e generated
	@# In a second step: replacing an older respan-openapi, which had the respan-mock and respan-contract commands,
	@# removes them, also when the new owners were installed by the same pip command.
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e mock -e contract
	touch $@

# The bundled spec inside the mock's and the kit's packages, which they read at run time (gitignored; also written
# by the test session and by `make build`): every target that needs setup brings it up to date with openapi/.
$(SPEC_COPIES) &: $(SPEC_SOURCES) $(PY_STAMP)
	$(PY) -m respan_spec copies
	touch $(SPEC_COPIES)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

lint-spec: setup ## Validate the spec (openapi-spec-validator) and lint it (Redocly CLI, strict rules)
	$(PY) -c 'from openapi_spec_validator import validate; from respan_spec import load_spec; validate(load_spec()); print("openapi-spec-validator: valid")'
	$(REDOCLY) lint --format=stylish 2>&1 | grep -v -e '[║╔╚]' -e '^ *$$'

bundle: setup ## Write the spec as one JSON document to build/openapi.json
	$(PY) -m respan_spec bundle -o build/openapi.json
	@echo "wrote build/openapi.json"

docs: setup ## Render the API reference (Redoc) and the spec decisions into build/docs/ (open index.html, offline)
	$(PY) -m respan_docs build -o build/docs

vendor-redoc: setup ## Copy Redoc's bundle from the pinned Redocly CLI into the mock's package (static/)
	$(PY) -m respan_docs vendor

# The page tests (tests/pages) drive Debian's Chromium; Playwright never downloads a browser of its own.
browser: ## Install Debian's Chromium for the page tests, when it is missing
	test -x /usr/bin/chromium || apt-get install -y chromium || (apt-get update && apt-get install -y chromium)

lint: setup ## ruff (lint + format check) and mypy --strict on hand-written code
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

fmt: setup ## Format and auto-fix hand-written code
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# The test files run in parallel (pytest-xdist), each file on one worker, so that a module's server starts once.
PYTEST_WORKERS ?= auto

test: setup browser lint-spec lint check-generated ## Run everything CI runs (PYTEST_WORKERS=auto: one per core)
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadfile

lock: ## Re-resolve constraints.txt from pyproject.toml in a clean environment
	rm -rf build/lock-venv
	$(PYTHON) -m venv build/lock-venv
	build/lock-venv/bin/pip install --quiet --disable-pip-version-check .
	build/lock-venv/bin/pip freeze --exclude-editable | grep -v -e '^respan-openapi' > constraints.txt
	rm -rf build/lock-venv

# --- The generated client (issue 4): spec -> overlays/spec -> openapi-python-client + overlays/templates
# -> overlays/package -> ruff -> generated/. Never edit generated/ by hand.
.PHONY: generate check-generated bench-client

generate: setup ## Regenerate the Python client in generated/ from the spec, overlays/ and generator-config.yaml
	$(PY) -m respan_codegen generate

check-generated: setup ## Fail, naming the files, when generated/ is not what `make generate` produces
	$(PY) -m respan_codegen check

bench-client: setup ## Client benchmarks (per-call overhead, stream parsing) vs raw httpx and the openai SDK
	$(PY) bench/client_overhead.py
	$(PY) bench/client_stream.py

clean: ## Remove the environment and build outputs
	rm -rf $(VENV) node_modules build dist reports .mypy_cache .pytest_cache .ruff_cache .hypothesis

# --- Mock gateway (mock/respan_mock) -----------------------------------------------------------------------
PORT ?= 8000
CONFIG ?=

BENCH_NODE_STAMP := bench/node_modules/.installed

.PHONY: mock bench-mock

mock: setup ## Serve the mock gateway on 127.0.0.1:$(PORT) (CONFIG=file.yaml: keys, prompts, failures, ...)
	$(BIN)/respan-mock serve --host 127.0.0.1 --port $(PORT) $(if $(CONFIG),--config $(CONFIG))

# --- Spec changes and publishing (issue 6) -------------------------------------------------------------------
.PHONY: spec-diff build publish mirror-deps

spec-diff: setup ## Classify spec changes since BASE=<git ref> (breaking needs a major bump); update CHANGELOG.md
	@test -n "$(BASE)" || { echo "usage: make spec-diff BASE=<git ref>   (e.g. BASE=main or a release tag)" >&2; exit 2; }
	$(PY) -m respan_spec diff '$(BASE)'

build: setup ## Build sdists and wheels of the client, the mock and the kit into dist/ (version: the spec's info.version), twine check --strict
	$(PY) -m respan_publish build

publish: setup ## Build and upload to INDEX_URL (TWINE_USERNAME/TWINE_PASSWORD or keyring); refuses an existing version
	@test -n "$(INDEX_URL)" || { echo "usage: make publish INDEX_URL=<upload URL> [SIMPLE_URL=<simple API URL>]" >&2; exit 2; }
	$(PY) -m respan_publish publish --index-url '$(INDEX_URL)' $(if $(SIMPLE_URL),--simple-url '$(SIMPLE_URL)')

mirror-deps: setup ## Upload the dependency wheels of the three packages (pinned by constraints.txt) to a closed INDEX_URL
	@test -n "$(INDEX_URL)" || { echo "usage: make mirror-deps INDEX_URL=<upload URL> [SIMPLE_URL=<simple API URL>]" >&2; exit 2; }
	$(PY) -m respan_publish mirror-deps --index-url '$(INDEX_URL)' $(if $(SIMPLE_URL),--simple-url '$(SIMPLE_URL)')

$(BENCH_NODE_STAMP): bench/package.json bench/package-lock.json
	cd bench && npm ci --no-audit --no-fund --loglevel=error
	touch $@

bench-mock: setup $(BENCH_NODE_STAMP) ## Benchmark the mock: req/s vs a bare endpoint and Prism, stream first-byte p99
	command -v wrk >/dev/null || apt-get install -y wrk || (apt-get update && apt-get install -y wrk)
	$(PY) bench/mock_throughput.py
	$(PY) bench/mock_stream_first_byte.py
	$(PY) bench/mock_pipeline.py
	$(PY) bench/mock_fixtures.py

# --- LiteLLM proxy, a contract-kit peer: its own virtual environment (~700 MB), made only for contract-peers ----
LITELLM_VENV := build/litellm-venv
LITELLM_STAMP := $(LITELLM_VENV)/.installed
LITELLM_REQUIREMENTS := contract/peers/litellm-requirements.txt
LITELLM_CONSTRAINTS := contract/peers/litellm-constraints.txt

.PHONY: lock-litellm

$(LITELLM_STAMP): $(LITELLM_REQUIREMENTS) $(LITELLM_CONSTRAINTS)
	rm -rf $(LITELLM_VENV)
	$(PYTHON) -m venv $(LITELLM_VENV)
	$(LITELLM_VENV)/bin/pip install --quiet --disable-pip-version-check -c $(LITELLM_CONSTRAINTS) -r $(LITELLM_REQUIREMENTS)
	touch $@

lock-litellm: ## Re-resolve contract/peers/litellm-constraints.txt from litellm-requirements.txt in a clean environment
	rm -rf build/litellm-lock-venv
	$(PYTHON) -m venv build/litellm-lock-venv
	build/litellm-lock-venv/bin/pip install --quiet --disable-pip-version-check -r $(LITELLM_REQUIREMENTS)
	{ echo "# Exact versions for $(LITELLM_REQUIREMENTS), written by make lock-litellm: do not edit."; \
	  build/litellm-lock-venv/bin/pip freeze; } > $(LITELLM_CONSTRAINTS)
	rm -rf build/litellm-lock-venv

# A package added under tooling/, mock/ or contract/ (respan_peers) is importable only after a new editable install.
$(PY_STAMP): $(wildcard tooling/*/__init__.py mock/*/__init__.py contract/*/__init__.py)

# --- Contract-test kit (contract/respan_contract) -------------------------------------------------------------
BASE_URL ?=
API_KEY ?=
PREFIX ?= /api
SEED ?=
PROFILE ?=
SPEC ?=
REPORT_DIR ?= reports/contract

.PHONY: contract contract-peers

contract: setup ## Contract-test a live gateway: BASE_URL= API_KEY= [PREFIX=/api SEED= PROFILE=file.yaml SPEC=file.json REPORT_DIR=]
	@test -n "$(BASE_URL)" || { echo "usage: make contract BASE_URL=http://host:port API_KEY=key [PREFIX= SEED= PROFILE= SPEC= REPORT_DIR=]" >&2; exit 2; }
	RESPAN_API_KEY="$(API_KEY)" $(BIN)/respan-contract --base-url "$(BASE_URL)" --prefix "$(PREFIX)" \
		--report-dir "$(REPORT_DIR)" $(if $(SEED),--seed $(SEED)) $(if $(PROFILE),--profile $(PROFILE)) \
		$(if $(SPEC),--spec $(SPEC))

contract-peers: setup $(LITELLM_STAMP) ## Run the kit against implementations nobody here wrote (respan-gateway, LiteLLM proxy); prints the README table
	$(PY) scripts/contract_peers.py --report-dir reports/peers --litellm-venv $(LITELLM_VENV)

# --- Hardening (issue 7): load, memory, bad input. Quick versions of the fuzzers and the secret, limit and
# client-fault tests are in `make test` (tests/hardening).
.PHONY: bench-harden

bench-harden: setup ## Hardening figures: 200 streaming clients for 60 s, 100k distinct requests, 10k negative Schemathesis cases, 3 x 100k fuzz inputs
	$(PY) bench/harden_load.py
	$(PY) bench/harden_memory.py
	$(PY) bench/harden_schemathesis.py
	$(PY) -m bench.harden_fuzz

# --- Contract kit figures (issue 12): the reference passes for every seed; the semantic checks' cost ---------
.PHONY: bench-contract

bench-contract: setup ## Kit figures: 50 seeds of fuzzing + stateful against the mock; run time with/without the semantic checks
	$(PY) bench/contract_seeds.py
	$(PY) bench/contract_runtime.py
