# Two commands do everything: `make run` (install + start on demo data) and `make test`.
VENV := .venv
PY := $(VENV)/bin/python
CHROMIUM := /usr/bin/chromium

.PHONY: run test lint bench load serve demo install browser

$(VENV)/.installed: requirements.txt requirements-dev.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

run: install
	$(PY) -m streamlit run app.py

# Debian's Chromium for the browser tests (Playwright drives it; never `playwright install`),
# and Debian's nginx for the several-process set-up (`make serve`) and its load test.
browser:
	@test -x $(CHROMIUM) || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)
	@command -v nginx >/dev/null 2>&1 || test -x /usr/sbin/nginx || \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx)

lint: install
	$(VENV)/bin/ruff check .

test: install browser lint
	$(PY) -m pytest

bench: install
	$(PY) -m bench

# Several Streamlit processes behind nginx on http://127.0.0.1:8080 (PROCESSES=3 make serve).
PROCESSES ?= 2
serve: install browser
	$(PY) -m folkhalsa.serve --processes $(PROCESSES)

load: install browser
	$(PY) -m bench load --out load.json

demo: install
	$(PY) -m folkhalsa demo
