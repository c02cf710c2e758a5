# CityTies — see README.md. Two commands matter: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared

# Debian packages: WeasyPrint's Pango and a CJK font for the PDF report; Chromium for the browser
# tests; a C compiler and Python's headers for the compiled engine (make native).
APT_RUN := libpango-1.0-0 libpangoft2-1.0-0 fonts-wqy-microhei
APT_TEST := $(APT_RUN) chromium gcc python3-dev

define apt_ensure
	@missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:" $$missing; \
	  if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing >/dev/null; \
	fi
endef

.PHONY: install native run migrate demo test lint typecheck bench-extract bench-match match-model sysdeps-run sysdeps-test gazetteer clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install -q -c constraints.txt -e '.[web,dev]'
	@touch $@

install: $(STAMP)

# The gazetteer index is built once from the GeoNames data the PyPI packages ship, then cached.
gazetteer: $(STAMP)
	@$(BIN)/cityties gazetteer --build >/dev/null

# The extraction engine compiled with mypyc (about a fifth faster; same code, same output). The
# extensions sit beside their sources and run only while they match them (src/cityties/_native.py).
NATIVE_SOURCES := $(shell find src/cityties/extraction -name '*.py') src/cityties/text.py
src/cityties/_native.json: $(NATIVE_SOURCES) tools/build_native.py | $(STAMP)
	@$(BIN)/python tools/build_native.py

native: src/cityties/_native.json

sysdeps-run:
	$(call apt_ensure,$(APT_RUN))

sysdeps-test:
	$(call apt_ensure,$(APT_TEST))

# The desk on http://127.0.0.1:8000: SQLite (WAL) in var/, the demo desk loaded on first start.
# A secret key is generated once into var/secret_key; variables set in the environment win.
RUN_ENV = DJANGO_SECRET_KEY="$${DJANGO_SECRET_KEY:-$$(cat var/secret_key)}" \
	DJANGO_ALLOWED_HOSTS="$${DJANGO_ALLOWED_HOSTS:-127.0.0.1,localhost}" \
	DJANGO_SECURE_COOKIES="$${DJANGO_SECURE_COOKIES:-False}" \
	CITYTIES_COLLECTED_STATIC="$${CITYTIES_COLLECTED_STATIC:-False}"
MANAGE = $(RUN_ENV) $(BIN)/python manage.py

var/secret_key: | $(BIN)/python
	@mkdir -p var
	@$(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))" > $@
	@chmod 600 $@

migrate: install var/secret_key
	@$(MANAGE) migrate --noinput -v0

demo: migrate gazetteer
	@$(MANAGE) cityties_demo

run: install sysdeps-run gazetteer migrate
	@$(MANAGE) cityties_demo
	@$(MANAGE) runserver 127.0.0.1:8000 --noreload

lint: install
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks tools

typecheck: install
	$(BIN)/mypy src/cityties/extraction src/cityties/matching src/cityties/text.py src/cityties/_native.py

test: install sysdeps-test native gazetteer lint typecheck
	$(BIN)/pytest -q -n 2

bench-extract: install native gazetteer
	$(BIN)/python benchmarks/extraction_vs_gold.py --shared $(SHARED)

bench-match: install
	$(BIN)/python benchmarks/matching_holdout.py --shared $(SHARED)

# Retrain the shipped partner-ranking model from the demo twinning network (about 2 minutes).
match-model: install
	$(BIN)/cityties train-matching demo/twins --out src/cityties/matching/data/model.json

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build src/*.egg-info
	rm -f src/cityties/_native.json src/cityties_native__mypyc*.so
	find src/cityties -name '*.so' -delete
