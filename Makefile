# The two commands a newcomer runs: `make contract` (regenerate, then fuzz every vendor's spec
# against the embedded mocks, writing reports/; VENDOR=name for one vendor) and `make test` (the
# whole suite). Both bootstrap .venv and node_modules from the pins on first use.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PY_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
CLIENTS := $(wildcard generated/*-client)
PORT ?= 8801

.PHONY: bootstrap generate check-generated lint contract test mock bench diff clean

bootstrap: $(PY_STAMP) $(NODE_STAMP)

$(PY_STAMP): pyproject.toml constraints.txt $(wildcard generated/*-client/pyproject.toml)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]" $(addprefix -e ./,$(CLIENTS))
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

generate: bootstrap
	$(PY) -m scripts.generate

check-generated: bootstrap
	$(PY) -m scripts.generate --check

lint: bootstrap
	$(PY) -m scripts.lint

contract: generate
	$(PY) -m scripts.contract$(if $(VENDOR), --vendor $(VENDOR))

test: check-generated
	$(PY) -m scripts.lint
	$(PY) -m pytest -n 2 --dist worksteal

mock: bootstrap
	$(PY) -m mocks $(or $(VENDOR),movalio) --port $(PORT)

bench: generate
	$(PY) -m scripts.bench

diff: bootstrap
	$(PY) -m scripts.diff $(BASE)

clean:
	rm -rf $(VENV) node_modules .hypothesis .schemathesis .ruff_cache .mypy_cache .pytest_cache
