# edx-openapi pipeline: spec -> bundle -> overlays -> lint -> publish -> generate -> build.
# `make` sets up .venv and rebuilds what is out of date; `make test` runs every check and test.
#
# Every output is a file whose prerequisites are its inputs, so `make` with nothing changed
# does nothing, and a change to one API's spec or overlays rebuilds that API's bundle and
# client subpackage only. The list of APIs is codegen/apis.yaml, read through scripts/apis.py.

PYTHON    := .venv/bin/python
# Overridable so that the freshness test can run the same pipeline into a scratch folder.
GENERATED ?= generated
BUILD     ?= build
DIST      ?= dist
PORT      ?= 8765
SEEDS     ?= ../shared/seeds
CLIENT    := $(GENERATED)/edx-openapi-client
PACKAGE   := $(CLIENT)/edx_api_client

# A failing API does not hide the state of the others: each is still checked (exit status
# stays non-zero).
MAKEFLAGS += --keep-going

.PHONY: all pipeline venv inventory spec client dist docs chromium test lint mock contract report bench clean
all: pipeline dist
pipeline: inventory spec client

# --- environment -------------------------------------------------------------------------
venv: .venv/.installed
.venv/.installed: pyproject.toml constraints.txt
	test -x $(PYTHON) || python3 -m venv .venv
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e .
	touch $@

# APIS, SUBPACKAGE_<api>, INVENTORY_<api>: the one list, as make variables.
include $(BUILD)/apis.mk
$(BUILD)/apis.mk: codegen/apis.yaml scripts/apis.py scripts/specio.py | .venv/.installed
	$(PYTHON) scripts/apis.py $@

# --- inventory: what an API reference documents, extracted for the coverage test ------------
INVENTORIES := $(foreach api,$(APIS),$(if $(INVENTORY_$(api)),$(GENERATED)/inventory/$(basename $(INVENTORY_$(api))).yaml))
inventory: $(INVENTORIES)
$(GENERATED)/inventory/%.yaml: $(SEEDS)/%.txt scripts/extract_inventory.py scripts/specio.py | .venv/.installed
	$(PYTHON) scripts/extract_inventory.py $< $@
	@touch $@

# --- spec: bundle spec/<api>/, apply overlays/<api>/, lint; publish only what passed --------
SPEC_TOOLS := scripts/bundle.py scripts/apply_overlays.py scripts/lint_spec.py scripts/lint_links.py \
              scripts/lint_evidence.py scripts/lint_access.py scripts/lint_descriptions.py scripts/specio.py src/edx_openapi/reader.py src/edx_openapi/access.py codegen/apis.yaml \
              spec/sources.yaml $(wildcard spec/common/*.yaml)
BUNDLES    := $(foreach api,$(APIS),$(GENERATED)/openapi/$(api).openapi.yaml)
# To check some groups of one API alone, with their own corrections, never publishing:
#   make spec APIS=lms ONLY=bookmarks,ccx     (the result is in $(BUILD)/only/openapi/)
CHECKED    := $(if $(ONLY),$(BUILD)/only,$(BUILD))
CHECKED_BUNDLES := $(foreach api,$(APIS),$(CHECKED)/openapi/$(api).openapi.yaml)

# A step that fails leaves no file behind that a later `make` would take as up to date.
.DELETE_ON_ERROR:

# The folders are prerequisites too: adding or deleting a file changes their time.
define bundle_rule
$(CHECKED)/openapi/$(1).openapi.yaml: $(wildcard spec/$(1)/*.yaml overlays/$(1)/*.yaml) spec/$(1) \
    $(wildcard overlays/$(1)) $(SPEC_TOOLS) | .venv/.installed
	$(PYTHON) scripts/bundle.py $(1) $(CHECKED)/bundled/$(1).yaml $(if $(ONLY),--only $(ONLY))
	$(PYTHON) scripts/apply_overlays.py $(1) $(CHECKED)/bundled/$(1).yaml $$@ $(if $(ONLY),--only $(ONLY))
	$(PYTHON) scripts/lint_spec.py $$@
	@touch $$@

$(GENERATED)/openapi/$(1).openapi.yaml: $(CHECKED)/openapi/$(1).openapi.yaml
	@mkdir -p $$(@D) && cp $$< $$@
endef
$(foreach api,$(APIS),$(eval $(call bundle_rule,$(api))))

ifeq ($(ONLY),)
spec: $(BUNDLES)
else
.PHONY: $(CHECKED_BUNDLES)
spec: $(CHECKED_BUNDLES)
endif

# --- client: the runtime (client/) and one generated subpackage per API ----------------------
# Folders too: deleting a template changes its folder, not any remaining file.
CODEGEN_INPUTS := $(shell find codegen/templates) codegen/openapi-python-client.yaml \
                  codegen/apis.yaml scripts/generate_client.py scripts/specio.py
RUNTIME_INPUTS := $(shell find client -type f -not -path '*/__pycache__/*' -not -path '*/.*') codegen/runtime/apis.py.jinja \
                  codegen/apis.yaml scripts/client_runtime.py scripts/specio.py
SUBPACKAGES    := $(foreach api,$(APIS),$(PACKAGE)/$(SUBPACKAGE_$(api))/__init__.py)

define client_rule
$(PACKAGE)/$(SUBPACKAGE_$(1))/__init__.py: $(GENERATED)/openapi/$(1).openapi.yaml $(CODEGEN_INPUTS) | .venv/.installed
	$(PYTHON) scripts/generate_client.py $(1) $$< $(CLIENT)
	@touch $$@
endef
$(foreach api,$(APIS),$(eval $(call client_rule,$(api))))

$(PACKAGE)/apis.py: $(RUNTIME_INPUTS) | .venv/.installed
	$(PYTHON) scripts/client_runtime.py $(CLIENT)
	@touch $@

# The operation index: every operation, its client call and models, read from the generated client.
$(GENERATED)/OPERATIONS.md: $(BUNDLES) $(SUBPACKAGES) $(PACKAGE)/apis.py scripts/operation_index.py src/edx_openapi/access.py \
    scripts/report.py | .venv/.installed
	$(PYTHON) scripts/operation_index.py $@ $(CLIENT) $(BUNDLES)

client: $(PACKAGE)/apis.py $(SUBPACKAGES) $(GENERATED)/OPERATIONS.md

# --- dist: wheel and sdist of the client, the fake's wheel; all checked by twine ------------
MOCK_INPUTS := $(shell find src -name '*.py' -not -path '*/.*') mock/pyproject.toml mock/README.md
$(DIST)/.built: $(PACKAGE)/apis.py $(SUBPACKAGES) $(BUNDLES) $(MOCK_INPUTS) scripts/build_dist.py | .venv/.installed
	$(PYTHON) scripts/build_dist.py $(CLIENT) $(DIST)
	$(PYTHON) scripts/build_dist.py mock $(DIST) --wheel-only
	@touch $@
dist: $(DIST)/.built

# --- docs: the reference site, build/site/, opened from disk -------------------------------
# One page per API, rendered offline by the pinned Redocly CLI (site/package.json and its lock,
# installed into .site-tools/ by `npm ci`, as `make bench` installs Prism), from a site copy of
# the published bundle that adds the client's calls as code samples, who may call and the
# sources (scripts/site_bundle.py); an index page links the pages (scripts/site_index.py).
# The bundles in generated/ are not changed. Not part of `make`: `make docs`, `make test`.
SITE       ?= $(BUILD)/site
REDOCLY    := .site-tools/node_modules/.bin/redocly
SITE_COPIES := $(foreach api,$(APIS),$(SITE)/$(api).openapi.yaml)
SITE_TOOLS := scripts/site_bundle.py scripts/operation_index.py scripts/report.py scripts/lint_evidence.py \
              scripts/specio.py src/edx_openapi/reader.py src/edx_openapi/access.py codegen/apis.yaml
docs: $(foreach api,$(APIS),$(SITE)/$(api).html) $(SITE)/index.html

$(REDOCLY): site/package.json site/package-lock.json
	mkdir -p .site-tools && cp site/package.json site/package-lock.json .site-tools/
	npm ci --prefix .site-tools --no-audit --no-fund --silent
	@touch $@

define site_rule
$(SITE)/$(1).openapi.yaml: $(GENERATED)/openapi/$(1).openapi.yaml $(PACKAGE)/$(SUBPACKAGE_$(1))/__init__.py \
    $(SITE_TOOLS) | .venv/.installed
	$(PYTHON) scripts/site_bundle.py $(1) $$< $(CLIENT) $$@
	@touch $$@

$(SITE)/$(1).html: $(SITE)/$(1).openapi.yaml scripts/site_page.py $(REDOCLY) | .venv/.installed
	$(PYTHON) scripts/site_page.py $(REDOCLY) $$< $$@
endef
$(foreach api,$(APIS),$(eval $(call site_rule,$(api))))

$(SITE)/index.html: site/index.html $(SITE_COPIES) scripts/site_index.py spec/README.md README.md \
    site/package.json | .venv/.installed
	$(PYTHON) scripts/site_index.py $@ $< $(SITE_COPIES)

# The browser test's Chromium is Debian's (never a download): installed here when it is missing
# and we are root, as in CI; elsewhere tests/site/test_site_browser.py skips and says why.
CHROMIUM := /usr/bin/chromium
chromium:
	@test -x $(CHROMIUM) || test "$$(id -u)" != 0 || \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium >/dev/null 2>&1 || \
	  { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium >/dev/null 2>&1; } || \
	  echo "chromium could not be installed from Debian: the browser test will skip"

# `make test` builds the site for the browser test. Where the pipeline never ran ($(BUILD)/openapi
# missing: a fresh clone, as in CI) the site is built from the committed bundles and client as
# they are (-o: not remade first; test_freshness.py proves them current), which saves a whole
# pipeline run; anywhere else `make docs` follows its prerequisites as usual.
SITE_FROM_COMMITTED := $(if $(wildcard $(BUILD)/openapi),,$(foreach f,$(BUNDLES) $(SUBPACKAGES),-o $(f)))

# --- checks --------------------------------------------------------------------------------
test: venv chromium
	$(MAKE) --no-print-directory docs $(SITE_FROM_COMMITTED)
	$(PYTHON) -m pytest -n auto  # one worker per core: the suite is CPU-bound

# The checks of every hand-written file (ruff, mypy --strict); `make test` runs them too.
lint: venv
	$(PYTHON) -m pytest -q -p no:cacheprovider tests/test_code_quality.py

mock: venv
	$(PYTHON) -m edx_mock --host 127.0.0.1 --port $(PORT)

# Contract tests over HTTP against any server: make contract BASE_URL=... TOKEN=... [ALLOW_WRITES=1]
contract: venv
	@test -n "$(BASE_URL)" || { echo "usage: make contract BASE_URL=https://... TOKEN=... [ALLOW_WRITES=1]"; exit 2; }
	EDX_CONTRACT_BASE_URL="$(BASE_URL)" EDX_CONTRACT_TOKEN="$(TOKEN)" EDX_CONTRACT_ALLOW_WRITES="$(ALLOW_WRITES)" \
	  $(PYTHON) -m pytest tests/contract/remote_contract.py -p no:cacheprovider

# Per API and group: documented, prose-derived, undocumented and bodiless success responses.
report: venv
	@$(PYTHON) scripts/report.py $(BUNDLES)

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
	rm -rf $(BUILD) $(DIST) .bench .site-tools
