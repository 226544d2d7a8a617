# Two commands on a fresh machine: `make run` (build the warehouse from seeds/ and open the dashboard)
# and `make test`. Both create .venv and install the project on first use; only `make test` adds the
# [spark] extra (PySpark, ~450 MB) and Java 17, which the Spark tests need and the dashboard does not.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
DB     ?= warehouse/facts.duckdb

.PHONY: run test warehouse accel browser-deps java-deps

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

$(VENV)/.installed-spark: $(VENV)/.installed
	$(PY) -m pip install -q -e '.[spark]'
	touch $@

$(DB): $(VENV)/.installed
	$(PY) -m etl ingest seeds --db $(DB)

warehouse: $(DB)

# Optional: the analysis compiled by Cython into build/accel/ (etl/accel/__init__.py), about 1.2x the ingest's speed.
accel: $(VENV)/.installed
	$(PY) -m etl.accel build

run: $(DB)
	FACTS_DB=$(DB) $(VENV)/bin/streamlit run dashboard/app.py

# Debian's chromium and CJK fonts for the real-browser test (root on these machines).
browser-deps:
	@command -v chromium >/dev/null && fc-list :lang=zh | grep -q . || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk)

# Java 17 or later for PySpark 4 (Debian's headless runtime when there is none).
java-deps:
	@java -version 2>&1 | grep -qE 'version "(1[7-9]|[2-9][0-9])' || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless)

test: $(VENV)/.installed-spark browser-deps java-deps
	$(PY) -m pytest

