# Two commands on a fresh machine: `make run` (build the warehouse from seeds/ and open the dashboard)
# and `make test`. Both create .venv and install the project on first use.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
DB     ?= warehouse/facts.duckdb

.PHONY: run test warehouse browser-deps

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

$(DB): $(VENV)/.installed
	$(PY) -m etl ingest seeds --db $(DB)

warehouse: $(DB)

run: $(DB)
	FACTS_DB=$(DB) $(VENV)/bin/streamlit run dashboard/app.py

# Debian's chromium and CJK fonts for the real-browser test (root on these machines).
browser-deps:
	@command -v chromium >/dev/null && fc-list :lang=zh | grep -q . || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk)

test: $(VENV)/.installed browser-deps
	$(PY) -m pytest

