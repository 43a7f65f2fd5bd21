# Everything runs inside .venv, created on first use from pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed

.PHONY: help setup demo test lint typecheck check-generated generate generate-service update-model check-model model-diff bench fuzz pytest clean docs docs-check docs-browser bench-valgrind test-pythons

help:
	@echo "make demo             set up, then confirm a sign-up against a local Cognito emulator"
	@echo "make test             set up, then lint, type-check, check generated code, run tests"
	@echo "make test-pythons     the tests on each Python version that pyproject.toml's classifiers name"
	@echo "make generate         regenerate generated/ from the pinned model"
	@echo "make generate-service SERVICE=<name> [OUT=<dir>]  any awsJson service of the pinned botocore (into build/services)"
	@echo "make check-generated  fail if generated/ differs from what the generator produces"
	@echo "make update-model     pin the model of the installed botocore, regenerate, report API changes (also in CHANGELOG.md)"
	@echo "make check-model      fail if the pinned model is older than the botocore in .venv"
	@echo "make model-diff OLD=<file> NEW=<file>  report API changes between two service models"
	@echo "make fuzz             the botocore agreement tests with many more examples (~30 min)"
	@echo "make bench            measure against boto3, aiobotocore and raw HTTP clients (< 5 min)"
	@echo "make bench BASELINE=<commit>  also measure the SDK at that commit, interleaved"
	@echo "make bench BASELINE=\"<c1> <c2>\"  ... and at c2 too, with client and server in one process"
	@echo "make docs             build the documentation site into build/docs/site"
	@echo "make docs-check       build it, check its links, and check it in headless Chromium"

setup: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

demo: $(STAMP)
	$(PY) -m demo

test: lint typecheck check-generated pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy
	$(BIN)/pyright

check-generated: $(STAMP)
	$(PY) -m codegen check

generate: $(STAMP)
	$(PY) -m codegen generate

generate-service: $(STAMP)
	$(PY) -m codegen generate --service $(SERVICE) $(if $(OUT),--out $(OUT))

update-model: $(STAMP)
	$(PY) -m codegen update-model
	$(PY) -m codegen generate

check-model: $(STAMP)
	$(PY) -m codegen check-model

model-diff: $(STAMP)
	$(PY) -m codegen model-diff $(OLD) $(NEW)

bench: $(STAMP) $(if $(BASELINE),bench-valgrind)
	$(PY) -m pip install --quiet -r bench/requirements.txt
	$(PY) -m bench $(if $(BASELINE),--baseline $(BASELINE))

# With BASELINE, the in-process comparison also counts instructions under Debian's valgrind,
# installed where the package manager allows it (root with apt-get); elsewhere it is skipped.
bench-valgrind:
	@command -v valgrind >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind; \
	  else echo "valgrind not installed: instructions are not counted"; fi; }

fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest -W error::ResourceWarning tests/conformance -q

pytest: $(STAMP)
	$(BIN)/pytest -W error::ResourceWarning

# The tests (pytest only: lint and type checks run once, in `make test`) on each CPython version
# that pyproject.toml's classifiers name, or PYTHONS="3.12 3.13": interpreters from `pyenv root`,
# then python3.N on PATH, each with a venv of its own in build/pythons/3.N. A version that is not
# found is listed so, and fails the run when PYTHONS_REQUIRED names it ("all": every version
# tested; the default on CI). PYTEST_ARGS picks tests, e.g. PYTEST_ARGS="tests/runtime -x".
PYTHONS ?=
PYTHONS_REQUIRED ?= $(if $(CI),all)
PYTEST_ARGS ?=

test-pythons:
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	$(PYTHON) tools/pythons.py --versions "$(PYTHONS)" --require "$(PYTHONS_REQUIRED)" -- $(PYTEST_ARGS)

# The site's tools live in the docs extra, so that `make test` does not install them.
DOCS_STAMP := $(VENV)/.installed-docs
DOCS_OUT := build/docs

$(DOCS_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e '.[dev,docs]'
	@touch $(DOCS_STAMP)

docs: $(DOCS_STAMP)
	$(PY) -m codegen.docs_pages --out $(DOCS_OUT)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --config-file $(DOCS_OUT)/mkdocs.yml

# Debian's Chromium, installed where the package manager allows it (root with apt-get).
docs-browser:
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "make docs-check needs Chromium: install Debian's chromium package"; exit 1; fi; }

docs-check: docs docs-browser
	$(PY) -m codegen.docs_check --site $(DOCS_OUT)/site --shots build/docs-check

clean:
	rm -rf $(VENV) build/pythons .pytest_cache .mypy_cache .ruff_cache
