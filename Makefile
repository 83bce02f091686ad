# StrikeCheck: `make demo` runs the main job on the sample data, `make test` runs every test.
# Both set up a fresh Debian 12/13 machine first (QGIS from apt, a pinned venv) and are idempotent.
SHELL := /bin/bash
ENV := source scripts/qgis-env.sh &&
PY := .venv/bin/python

.PHONY: setup demo test test-matrix package docs translations bench lint qgis clean

setup:
	@scripts/setup.sh

demo: setup
	@$(ENV) $(PY) scripts/demo.py

test: setup
	@$(ENV) $(PY) -m pytest tests

# The whole suite on QGIS 3.22/3.40/3.44 in Debian chroots (RELEASES="trixie" to pick; root).
test-matrix:
	@scripts/test-matrix.sh

# dist/strikecheck-<version>.zip: what a user installs (checked against the plugin repository's rules).
package:
	@/usr/bin/python3 scripts/package.py

# docs/algorithms.md from the algorithms' definitions (tests/test_docs.py checks it is current).
docs: setup
	@$(ENV) $(PY) scripts/make_docs.py

# i18n/strikecheck_{ar,ru,uk,fr}.ts from the code's strings (translations kept), compiled to .qm.
translations: setup
	@/usr/bin/python3 scripts/translations.py

# The peers (GeoPandas) in a venv of their own: their wheels bring their own PROJ and GDAL.
bench: setup
	@[ -f .venv-peers/.done ] && [ .venv-peers/.done -nt benchmarks/requirements-peers.txt ] || { \
	  /usr/bin/python3 -m venv .venv-peers && .venv-peers/bin/pip install -q \
	  --disable-pip-version-check -r benchmarks/requirements-peers.txt && touch .venv-peers/.done; }
	@$(ENV) $(PY) benchmarks/bench.py

lint: setup
	@.venv/bin/ruff check . && .venv/bin/ruff format --check . && .venv/bin/flake8 plugin \
	  && .venv/bin/python scripts/plugin_repo_checks.py

qgis: setup
	@$(ENV) QT_QPA_PLATFORM=xcb scripts/run-qgis.sh

clean:
	@scripts/test-matrix.sh --unmount-only 2>/dev/null || true
	rm -rf --one-file-system .build output dist
