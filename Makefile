# Two commands do everything: `make run` (install + start on demo data) and `make test`.
VENV := .venv
PY := $(VENV)/bin/python
CHROMIUM := /usr/bin/chromium

.PHONY: run test lint bench demo install browser

$(VENV)/.installed: requirements.txt requirements-dev.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

run: install
	$(PY) -m streamlit run app.py

# Debian's Chromium for the browser tests (Playwright drives it; never `playwright install`).
browser:
	@test -x $(CHROMIUM) || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

lint: install
	$(VENV)/bin/ruff check .

test: install browser lint
	$(PY) -m pytest

bench: install
	$(PY) -m bench

demo: install
	$(PY) -m folkhalsa demo
