# Vejviser — pelican-quickstart style targets.
#   make serve    build the site and serve it at http://localhost:8000, rebuilding on change
#   make html     build the site into output/
#   make publish  production build (publishconf.py), fails on any warning
#   make test     the whole test suite
#   make validate check every entry under content/
#   make bench    benchmarks (see benchmarks/)
#   make lock     re-resolve requirements.lock after editing pyproject.toml (UPGRADE=1: newest of all)
#   make codeowners  write .github/CODEOWNERS from the entries' maintainers
#   make changes BASE=origin/main  entries this branch adds, edits or removes (markdown)
#   make freshness   entries to confirm again, by maintainer (markdown)
#   make comment BASE=origin/main  the pull request comment: changes, problems, preview (markdown)
#   make preview-page BASE=origin/main  the changed entries' pages as one file (after make publish)
#   make schema   write the entry schema editors read (after a vocabulary changes)
#   make dist TAG=vX.Y.Z  the engine's wheel in dist/, once the tag, pyproject.toml and CHANGELOG.md agree

PY ?= python3
# Use the active virtualenv if there is one, else our own .venv (created on demand).
ifdef VIRTUAL_ENV
VENV := $(VIRTUAL_ENV)
else
VENV := .venv
endif
BIN := $(VENV)/bin
STAMP := $(VENV)/.vejviser-installed
# Every Python package, direct and transitive, pinned with its hashes: a new release of a dependency
# cannot change what a fresh clone installs.
LOCK := requirements.lock
# The Node.js packages the tests run (Lighthouse), pinned the same way in package-lock.json; `npm ci`
# writes node_modules/.package-lock.json, so it runs again only when the lock changes.
NODE_STAMP := node_modules/.package-lock.json

INPUTDIR := content
OUTPUTDIR := output
CONFFILE := pelicanconf.py
PUBLISHCONF := publishconf.py
PORT ?= 8000
BIND ?= 127.0.0.1

.PHONY: help install install-test-tools lock html serve publish test validate bench clean codeowners changes comment preview-page freshness schema dist

help:
	@sed -n '2,16p' Makefile

$(BIN)/python:
	$(PY) -m venv $(VENV)

# The lock is installed as it is (--no-deps: it lists everything), then the project itself, built with
# the locked setuptools.
$(STAMP): $(LOCK) pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $@

install: $(STAMP)

# npm ci installs exactly the lock (with its integrity hashes); no package's install scripts run.
$(NODE_STAMP): package-lock.json package.json
	npm ci --ignore-scripts --no-audit --no-fund

# What the tests drive besides Python: Debian's Chromium, Java, Node.js and npm (when missing), then
# the locked npm packages.
install-test-tools:
	scripts/test-machine
	@$(MAKE) --no-print-directory $(NODE_STAMP)

LOCK_FLAGS := --extra test --extra tools --universal --python-version 3.11 --generate-hashes --quiet
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml $(LOCK_FLAGS) $(if $(UPGRADE),--upgrade) -o $(LOCK)

html: $(STAMP)
	$(BIN)/pelican $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE)

serve: $(STAMP)
	$(BIN)/python -m vejviser.serve $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) --port $(PORT) --bind $(BIND)

publish: $(STAMP)
	$(BIN)/pelican $(INPUTDIR) -o $(OUTPUTDIR) -s $(PUBLISHCONF) --fatal warnings

# The engine's wheel for a release (.github/workflows/release.yml): sites install it from PyPI by the
# version in their lock. Built offline from the locked setuptools.
dist: $(STAMP)
	$(BIN)/python scripts/release-check $(TAG)
	rm -rf dist build
	$(BIN)/python -m pip wheel . --no-deps --no-build-isolation --no-index -q -w dist

# FORMAT=markdown: the report for a pull request's job summary, in Danish and English.
validate: $(STAMP)
	$(BIN)/vejviser validate $(if $(FORMAT),--format $(FORMAT))

# The GitHub workflows use these too: the pull request's summary and comment, and the monthly freshness issue.
codeowners: $(STAMP)
	$(BIN)/vejviser codeowners

BASE ?= origin/main
changes: $(STAMP)
	@$(BIN)/vejviser changes --base $(BASE) --format markdown

# The JSON Schema editors read (plugins/vejviser/schema/entry.schema.json), with the vocabularies' terms.
schema: $(STAMP)
	$(BIN)/vejviser schema

# PREVIEW_URL: where the built site can be downloaded, PAGE_URL: where the changed pages open in the
# browser (the pull request workflow's artifacts).
PREVIEW_URL ?=
PAGE_URL ?=
comment: $(STAMP)
	@$(BIN)/vejviser comment --base $(BASE) $(if $(PREVIEW_URL),--preview-url '$(PREVIEW_URL)') $(if $(PAGE_URL),--page-url '$(PAGE_URL)')

# The changed entries' pages as one HTML file, preview/forhaandsvisning.html, from the site in output/
# as `make publish` built it for VEJVISER_SITEURL.
VEJVISER_SITEURL ?= http://localhost:8000
preview-page: $(STAMP)
	@$(BIN)/vejviser preview-page --base $(BASE) --site $(OUTPUTDIR) --siteurl '$(VEJVISER_SITEURL)'

freshness: $(STAMP)
	@$(BIN)/vejviser freshness --format markdown

test: $(STAMP) install-test-tools
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(OUTPUTDIR) cache preview pr-comment
