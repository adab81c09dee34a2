# rashomon: make run (set up and analyse the bundled example), make test (set up and run every test)
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test check bench bench-attribution train-cues train-cue-spans train-contradiction clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/rashomon compare examples/hanoi-summit.txt

test: $(STAMP)
	$(BIN)/python -W error -c "import rashomon"
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest -q

check: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/speed.py

bench-attribution: $(STAMP)
	$(BIN)/python benchmarks/attribution.py --split dev
	$(BIN)/python benchmarks/attribution.py --split test
	$(BIN)/python benchmarks/attribution.py --agreement

# retrain the learned cue scorer on PolNeAR train (writes src/rashomon/pipeline/data/cue_model.json)
train-cues: $(STAMP)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-train.txt
	cd benchmarks && ../$(BIN)/python train_cues.py

train-cue-spans: $(STAMP)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-train.txt
	cd benchmarks && ../$(BIN)/python train_cue_spans.py

# retrain the contradiction check on SNLI (writes src/rashomon/pipeline/data/contradiction.npz)
train-contradiction: $(STAMP)
	$(BIN)/python benchmarks/train_contradiction.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .ruff_cache
