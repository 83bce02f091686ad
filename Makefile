# StrikeCheck: `make demo` runs the main job on the sample data, `make test` runs every test.
# Both set up a fresh Debian 12/13 machine first (QGIS from apt, a pinned venv) and are idempotent.
SHELL := /bin/bash
ENV := source scripts/qgis-env.sh &&
PY := .venv/bin/python

.PHONY: setup demo test bench lint qgis clean

setup:
	@scripts/setup.sh

demo: setup
	@$(ENV) $(PY) scripts/demo.py

test: setup
	@$(ENV) $(PY) -m pytest tests

bench: setup
	@$(ENV) $(PY) benchmarks/bench.py

lint: setup
	@.venv/bin/ruff check . && .venv/bin/ruff format --check .

qgis: setup
	@$(ENV) QT_QPA_PLATFORM=xcb scripts/run-qgis.sh

clean:
	rm -rf .build output
