# Every target works from a fresh clone with only python3 on the machine: the virtual
# environment is created and the project installed into it on first use, and again
# whenever pyproject.toml changes.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
EXTRAS := tests,docs,dev,bench,scale,pandas,data

.PHONY: help install demo test lint typecheck unit docs eval bench train data clean

help:
	@echo "make demo    show the library on built-in sample messages"
	@echo "make test    lint, types, tests, doctests, notebooks and a strict docs build"
	@echo "make eval    quality figures of the detector and rewriter on labelled data"
	@echo "make bench   throughput and import-time ratios against baselines"
	@echo "make docs    build the documentation into docs/_build/html"
	@echo "make train   retrain the learned lexicon (DATA=mine.jsonl adds your labelled messages,"
	@echo "             OUTPUT=my_weights.py writes elsewhere)"
	@echo "make data    regenerate the word tables and the vocabulary index from their sources"

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[$(EXTRAS)]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/python examples/quickstart.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/python -m pytest -n 2

docs: $(STAMP)
	$(BIN)/sphinx-build -W --keep-going -q -b html docs docs/_build/html

test: lint typecheck unit docs

eval: $(STAMP)
	$(BIN)/python -m evaluation

bench: $(STAMP)
	$(BIN)/python -m benchmarks

# The train extra (scikit-learn) is installed here only, so that `make test` and the
# library never need it. Without DATA the shipped weights are reproduced byte for byte.
train: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[train]"
	$(BIN)/python scripts/train_lexicon.py $(foreach file,$(DATA),--add $(file)) \
		$(if $(OUTPUT),--output $(OUTPUT))

# The generated modules (English word tables from LemmInflect, Unicode confusables, the
# vocabulary index of every word class): run after editing a lexicon module.
data: $(STAMP)
	$(BIN)/python scripts/build_english.py
	$(BIN)/python scripts/build_confusables.py
	$(BIN)/python scripts/build_vocabulary.py

clean:
	rm -rf $(VENV) docs/_build docs/generated .pytest_cache .mypy_cache .ruff_cache .hypothesis
