"""An OpenAI-compatible chat client for structured output: one backend for OpenAI, vLLM, Ollama
and llama.cpp servers.

* Structured output from a JSON Schema, in the form the server takes: OpenAI's
  ``{"type": "json_schema", ...}``, llama.cpp's ``{"type": "json_object", "schema": ...}``, or
  none (the schema goes in the prompt). ``auto`` tries them in that order and keeps the first the
  server accepts.
* The reply is parsed and validated; a malformed, truncated or schema-invalid reply gets one
  repair request that shows the model its error.
* Retries with exponential backoff on 429, 5xx, timeouts and dropped connections.
* An on-disk cache keyed on the model, the prompt (which holds the text) and the schema, so a
  rerun costs nothing.
* Token use counted across threads.

The API key comes from the environment only and is sent in a header; it is never logged,
cached or put in an error message.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import httpx

from rashomon.errors import EngineError

T = TypeVar("T")

API_KEY_ENV = ("RASHOMON_LLM_API_KEY", "OPENAI_API_KEY")
SCHEMA_MODES = ("json_schema", "json_object", "none")
RETRY_STATUS = {408, 409, 425, 429}  # plus every 5xx
# Statuses with which a server refuses a response_format it does not know (llama-cpp-python: 500).
FORMAT_REFUSED = {400, 404, 415, 422, 500, 501}
CACHE_VERSION = "1"


class OutputError(EngineError):
    """The model's reply could not be parsed or validated, even after one repair request."""


def api_key_from_env() -> str | None:
    """The API key from $RASHOMON_LLM_API_KEY or $OPENAI_API_KEY (the first set), else None."""
    for name in API_KEY_ENV:
        value = os.environ.get(name)
        if value:
            return value
    return None


def redact_url(url: str) -> str:
    """``url`` without any user:password part, fit for logs, errors and the analysis."""
    parts = urlsplit(url)
    if parts.username or parts.password:
        host = parts.hostname or ""
        if parts.port:
            host += f":{parts.port}"
        parts = parts._replace(netloc=host)
    return urlunsplit(parts)


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "rashomon" / "llm"


@dataclass
class Usage:
    """Requests and tokens spent, thread-safe; cache hits cost nothing and are counted apart."""

    requests: int = 0
    cache_hits: int = 0
    retries: int = 0
    repairs: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, **counts: int) -> None:
        with self._lock:
            for k, v in counts.items():
                setattr(self, k, getattr(self, k) + v)

    def cost(self, price_in_per_1k: float | None, price_out_per_1k: float | None) -> float | None:
        if price_in_per_1k is None and price_out_per_1k is None:
            return None
        return round(
            self.prompt_tokens / 1000 * (price_in_per_1k or 0.0)
            + self.completion_tokens / 1000 * (price_out_per_1k or 0.0),
            6,
        )

    def as_dict(self) -> dict[str, int]:
        return {
            "requests": self.requests,
            "cache_hits": self.cache_hits,
            "retries": self.retries,
            "repairs": self.repairs,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.prompt_tokens + self.completion_tokens,
        }


@dataclass
class Reply:
    content: str
    finish_reason: str | None
    prompt_tokens: int
    completion_tokens: int


class ChatClient:
    """Chat completions with structured output against one OpenAI-compatible server and model."""

    def __init__(
        self,
        url: str,
        model: str,
        *,
        api_key: str | None = None,
        schema_mode: str = "auto",
        timeout_s: float = 120.0,
        max_retries: int = 3,
        backoff_s: float = 1.0,
        temperature: float = 0.0,
        max_tokens: int = 2048,
        cache_dir: str | Path | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if schema_mode not in ("auto", *SCHEMA_MODES):
            raise ValueError(f"schema_mode {schema_mode!r}; valid: auto, {', '.join(SCHEMA_MODES)}")
        self.url = url.rstrip("/")
        self.provider = redact_url(self.url)
        self.model = model
        self.modes = list(SCHEMA_MODES) if schema_mode == "auto" else [schema_mode]
        self.max_retries = max_retries
        self.backoff_s = backoff_s
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.usage = Usage()
        self._mode_lock = threading.Lock()
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._http = httpx.Client(
            timeout=httpx.Timeout(timeout_s, connect=min(10.0, timeout_s)),
            headers=headers,
            transport=transport,
        )

    def close(self) -> None:
        self._http.close()

    @property
    def schema_mode(self) -> str:
        """The structured-output form in use (the first one left after any refusals)."""
        return self.modes[0]

    # --- the one public call

    def complete_json(
        self,
        messages: list[dict[str, str]],
        schema: dict[str, Any],
        validate: Callable[[Any], T],
        name: str = "output",
    ) -> T:
        """Send ``messages``; return ``validate(parsed JSON reply)``.

        ``validate`` raises ``ValueError`` (pydantic's ValidationError is one) on a reply that
        does not fit. One repair request follows a bad reply; a second bad reply raises
        OutputError. Transport and server failures raise EngineError.
        """
        key = self._key(messages, schema)
        cached = self._cache_get(key)
        if cached is not None:
            try:
                result = validate(_parse_json(cached))
            except ValueError:
                pass  # a stale entry from another schema version: ask again
            else:
                self.usage.add(cache_hits=1)
                return result

        reply = self._chat(messages, schema, name)
        try:
            result = validate(_parse_reply(reply))
        except ValueError as exc:
            self.usage.add(repairs=1)
            repair = [*messages, {"role": "assistant", "content": reply.content}, _repair_message(reply, exc)]
            reply = self._chat(repair, schema, name)
            try:
                result = validate(_parse_reply(reply))
            except ValueError as exc2:
                raise OutputError(
                    f"the model's reply is not valid {name} JSON after one repair: {_short(exc2)}",
                    provider=self.provider,
                    original=exc2,
                ) from exc2
        self._cache_put(key, reply.content)
        return result

    # --- HTTP

    def _body(self, messages: list[dict[str, str]], schema: dict[str, Any], name: str, mode: str) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
        }
        if mode == "json_schema":
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": name, "schema": schema, "strict": True},
            }
        elif mode == "json_object":
            body["response_format"] = {"type": "json_object", "schema": schema}
        else:
            # no structured output: the schema rides in the prompt and the reply is validated
            hint = "Reply with only a JSON object that follows this JSON Schema:\n" + json.dumps(schema)
            body["messages"] = [*messages[:-1], {**messages[-1], "content": messages[-1]["content"] + "\n\n" + hint}]
        return body

    def _chat(self, messages: list[dict[str, str]], schema: dict[str, Any], name: str) -> Reply:
        while True:
            mode = self.schema_mode
            try:
                return self._post(self._body(messages, schema, name, mode), refusable=len(self.modes) > 1)
            except _FormatRefused:
                with self._mode_lock:
                    if self.modes[0] == mode and len(self.modes) > 1:
                        self.modes.pop(0)

    def _post(self, body: dict[str, Any], refusable: bool) -> Reply:
        url = self.url + "/chat/completions"
        attempt = 0
        while True:
            try:
                resp = self._http.post(url, json=body)
            except httpx.TimeoutException as exc:
                error: str = f"timed out after {self._http.timeout.read}s"
                original: BaseException = exc
                wait = None
            except httpx.TransportError as exc:
                error, original, wait = f"cannot reach the server ({exc.__class__.__name__})", exc, None
            else:
                if resp.status_code == 200:
                    self.usage.add(requests=1)
                    return self._reply(resp)
                if refusable and resp.status_code in FORMAT_REFUSED and "response_format" in body:
                    self.usage.add(requests=1)
                    raise _FormatRefused
                detail = _error_detail(resp)
                if resp.status_code not in RETRY_STATUS and resp.status_code < 500:
                    self.usage.add(requests=1)
                    raise EngineError(f"HTTP {resp.status_code}: {detail}", provider=self.provider)
                error = f"HTTP {resp.status_code}: {detail}"
                original = httpx.HTTPStatusError(error, request=resp.request, response=resp)
                wait = _retry_after(resp)
            if attempt >= self.max_retries:
                raise EngineError(
                    f"{error} (gave up after {attempt + 1} tries)", provider=self.provider, original=original
                )
            attempt += 1
            self.usage.add(retries=1)
            backoff = self.backoff_s * 2 ** (attempt - 1) * (1 + random.random() / 4)
            time.sleep(min(wait if wait is not None else backoff, 60.0))

    def _reply(self, resp: httpx.Response) -> Reply:
        try:
            data = resp.json()
            choice = data["choices"][0]
            content = choice["message"]["content"] or ""
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise EngineError(
                "the server's reply is not a chat completion", provider=self.provider, original=exc
            ) from exc
        usage = data.get("usage") or {}
        reply = Reply(
            content=content,
            finish_reason=choice.get("finish_reason"),
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            completion_tokens=int(usage.get("completion_tokens") or 0),
        )
        self.usage.add(prompt_tokens=reply.prompt_tokens, completion_tokens=reply.completion_tokens)
        return reply

    # --- cache

    def _key(self, messages: list[dict[str, str]], schema: dict[str, Any]) -> str:
        blob = json.dumps(
            {
                "v": CACHE_VERSION,
                "model": self.model,
                "messages": messages,
                "schema": schema,
                "temperature": self.temperature,
                "max_tokens": self.max_tokens,
            },
            sort_keys=True,
            ensure_ascii=False,
        )
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def _cache_path(self, key: str) -> Path | None:
        return self.cache_dir / key[:2] / f"{key}.json" if self.cache_dir else None

    def _cache_get(self, key: str) -> str | None:
        path = self._cache_path(key)
        if path is None or not path.is_file():
            return None
        try:
            return json.loads(path.read_text(encoding="utf-8"))["content"]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _cache_put(self, key: str, content: str) -> None:
        path = self._cache_path(key)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_text(json.dumps({"model": self.model, "content": content}), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            pass  # a cache that cannot be written only costs a rerun its tokens


class _FormatRefused(Exception):
    """The server refused the response_format sent (internal: the client tries the next form)."""


def _parse_reply(reply: Reply) -> Any:
    if reply.finish_reason == "length":
        try:
            return _parse_json(reply.content)
        except ValueError as exc:
            raise ValueError("the reply was cut off at max_tokens before the JSON ended") from exc
    return _parse_json(reply.content)


def _parse_json(content: str) -> Any:
    """The JSON value in ``content``, allowing a Markdown code fence or prose around one object."""
    s = content.strip()
    fence = re.search(r"```(?:json)?\s*(.*?)```", s, re.S)
    if fence:
        s = fence.group(1).strip()
    try:
        return json.loads(s)
    except ValueError:
        pass
    i, j = s.find("{"), s.rfind("}")
    if 0 <= i < j:
        try:
            return json.loads(s[i : j + 1])
        except ValueError:
            pass
    raise ValueError(f"not JSON: {content[:80]!r}")


def _repair_message(reply: Reply, exc: Exception) -> dict[str, str]:
    if reply.finish_reason == "length":
        why = "Your reply was cut off before the JSON ended. Reply again, shorter: fewer items, shorter quotes."
    else:
        why = f"Your reply was not valid: {_short(exc)}."
    return {"role": "user", "content": why + " Reply with only the corrected JSON object."}


def _short(exc: BaseException, limit: int = 300) -> str:
    s = " ".join(str(exc).split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _error_detail(resp: httpx.Response) -> str:
    try:
        data = resp.json()
        err = data.get("error", data) if isinstance(data, dict) else data
        msg = err.get("message") if isinstance(err, dict) else err
        return _short(Exception(str(msg)), 200)
    except ValueError:
        return _short(Exception(resp.text or resp.reason_phrase), 200)


def _retry_after(resp: httpx.Response) -> float | None:
    value = resp.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None
