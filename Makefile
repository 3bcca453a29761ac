# edx-openapi pipeline: spec -> bundle -> overlays -> validate -> generate -> build -> test.
# `make` sets up .venv and runs the whole pipeline; `make test` runs the tests.

PYTHON    := .venv/bin/python
APIS      := $(shell sed -n 's/^  \([a-z_-]*\):.*/\1/p' codegen/apis.yaml)
# Overridable so that the freshness test can run the same pipeline into a scratch folder.
GENERATED ?= generated
BUILD     ?= build
DIST      ?= dist
PORT      ?= 8765
SEEDS     ?= ../shared/seeds

.PHONY: all pipeline venv inventory spec client dist test lint mock contract report bench clean

all: pipeline dist

pipeline: inventory spec client

venv: .venv/.installed

.venv/.installed: pyproject.toml constraints.txt
	test -x $(PYTHON) || python3 -m venv .venv
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e .
	touch $@

# bundle: merge spec/common + spec/<api> into one document;
# overlays: apply overlays/<api>.overlay.yaml; validate: OpenAPI schema + project lint.
# inventory: what the LMS reference documents, extracted for the coverage test.
inventory: venv
	$(PYTHON) scripts/extract_inventory.py $(SEEDS)/lms-api.txt $(GENERATED)/inventory/lms-api.yaml

# Every API is checked even when an earlier one fails. To check a part alone (the API's own
# overlay is then left out: its actions target the parts not bundled):
#   make spec APIS=lms ONLY=bookmarks,ccx EXTRA_OVERLAYS=my.overlay.yaml GENERATED=/tmp/g BUILD=/tmp/b
spec: OVERLAYS = $(if $(ONLY),,overlays/$$api.overlay.yaml) $(EXTRA_OVERLAYS)
spec: venv
	@status=0; for api in $(APIS); do \
	  $(PYTHON) scripts/bundle.py $$api $(BUILD)/bundled/$$api.yaml $(if $(ONLY),--only $(ONLY)) && \
	  $(PYTHON) scripts/apply_overlays.py $(BUILD)/bundled/$$api.yaml \
	    $(GENERATED)/openapi/$$api.openapi.yaml $(OVERLAYS) && \
	  $(PYTHON) scripts/lint_spec.py $(GENERATED)/openapi/$$api.openapi.yaml \
	    --overlay $(OVERLAYS) || status=1; \
	done; exit $$status

# generate: openapi-python-client, one subpackage per API, into one distribution.
client: spec
	$(PYTHON) scripts/generate_client.py $(GENERATED)/openapi $(GENERATED)/edx-api-client

# build: wheel and sdist of the generated client, the fake's wheel; all checked by twine.
dist: client
	$(PYTHON) scripts/build_dist.py $(GENERATED)/edx-api-client $(DIST)
	$(PYTHON) scripts/build_dist.py mock $(DIST) --wheel-only

test: venv
	$(PYTHON) -m pytest

lint: venv
	$(PYTHON) -m ruff check scripts src tests examples
	$(PYTHON) -m mypy scripts src
	$(PYTHON) -m mypy --strict $(GENERATED)/edx-api-client/edx_api_client

mock: venv
	$(PYTHON) -m edx_mock --host 127.0.0.1 --port $(PORT)

# Contract tests over HTTP against any server: make contract BASE_URL=... TOKEN=... [ALLOW_WRITES=1]
contract: venv
	@test -n "$(BASE_URL)" || { echo "usage: make contract BASE_URL=https://... TOKEN=... [ALLOW_WRITES=1]"; exit 2; }
	EDX_CONTRACT_BASE_URL="$(BASE_URL)" EDX_CONTRACT_TOKEN="$(TOKEN)" EDX_CONTRACT_ALLOW_WRITES="$(ALLOW_WRITES)" \
	  $(PYTHON) -m pytest tests/contract/remote_contract.py -p no:cacheprovider

# Per API and group: documented, prose-derived, undocumented and bodiless success responses.
report: venv
	@$(PYTHON) scripts/report.py $(GENERATED)/openapi/*.openapi.yaml

# Speed and memory of the client runtime, and the fake's throughput against Stoplight Prism
# and its contract-suite speed: figures measured in one run, never asserted. The load
# generator (wrk, from Debian) and Prism (from npm, into .bench/) are installed here.
PRISM_VERSION := 5.14.2
bench: venv .bench/node_modules/.bin/prism
	@command -v wrk >/dev/null || apt-get install -y -q wrk >/dev/null 2>&1 || \
	  echo "wrk could not be installed: the fake is loaded by a Python loop instead"
	$(PYTHON) scripts/bench.py
	$(PYTHON) scripts/bench_mock.py

.bench/node_modules/.bin/prism:
	npm install --prefix .bench --no-audit --no-fund --silent @stoplight/prism-cli@$(PRISM_VERSION)

clean:
	rm -rf $(BUILD) $(DIST) .bench
