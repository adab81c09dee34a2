"""The LLM client and engine against a scripted fake server: structured output, repair, retries,
timeouts, the cache, usage, and quotes that are not in the text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llm_server import FakeLLM, Reply, completion
from rashomon.engines import State
from rashomon.engines.client import ChatClient, OutputError
from rashomon.engines.llm import ACCOUNTS_SCHEMA, HybridEngine, LLMAccounts, LLMEngine, usage_line
from rashomon.errors import ConfigError, EngineError
from rashomon.model import Analysis, Document
from rashomon.options import load_options

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "hanoi-summit.txt"
MESSAGES = [{"role": "user", "content": "Text: Ri said the claim was wrong."}]
GOOD = json.dumps(
    {
        "accounts": [
            {
                "speaker": "Ri",
                "speaker_type": "person",
                "side": "North Korea",
                "cue": "said",
                "kind": "indirect",
                "quote": "the claim was wrong",
            }
        ]
    }
)


def client(fake: FakeLLM, tmp_path: Path | None = None, **kw) -> ChatClient:
    kw = {"schema_mode": "json_object", "max_retries": 2, "backoff_s": 0.01, "timeout_s": 5.0, **kw}
    return ChatClient(fake.url, "fake-model", cache_dir=tmp_path, **kw)


def ask(c: ChatClient) -> LLMAccounts:
    return c.complete_json(MESSAGES, ACCOUNTS_SCHEMA, LLMAccounts.model_validate, "accounts")


# --- the client


def test_structured_output_in_the_form_asked_for():
    with FakeLLM(lambda body, n: completion(GOOD)) as fake:
        out = ask(client(fake))
        assert out.accounts[0].quote == "the claim was wrong"
        fmt = fake.requests[0]["response_format"]
        assert fmt == {"type": "json_object", "schema": ACCOUNTS_SCHEMA}
        assert fake.requests[0]["model"] == "fake-model"


def test_schema_is_strict_and_self_contained():
    assert "$ref" not in json.dumps(ACCOUNTS_SCHEMA)
    item = ACCOUNTS_SCHEMA["properties"]["accounts"]["items"]
    assert item["additionalProperties"] is False
    assert set(item["required"]) == {"speaker", "speaker_type", "side", "cue", "kind", "quote"}
    assert "denial" in item["properties"]["kind"]["enum"]  # the data model's account kinds


def test_bounded_schema_caps_every_array_and_string():
    from rashomon.engines.llm import bounded, schema_of
    from rashomon.engines.llm_compare import LLMRelations

    schema = bounded(schema_of(LLMRelations), max_items=3, max_chars=50)
    rel = schema["properties"]["relations"]
    assert rel["maxItems"] == 3 and rel["items"]["properties"]["evidence"]["maxItems"] == 3
    assert rel["items"]["properties"]["reason"]["maxLength"] == 50
    assert "maxLength" not in rel["items"]["properties"]["label"]  # an enum stays an enum
    assert "maxItems" not in ACCOUNTS_SCHEMA["properties"]["accounts"]  # the original is untouched


def test_auto_falls_back_from_json_schema_to_json_object():
    def script(body, n):
        if body.get("response_format", {}).get("type") == "json_schema":
            return Reply(status=500, body={"error": {"message": "unsupported response_format"}})
        return completion(GOOD)

    with FakeLLM(script) as fake:
        c = client(fake, schema_mode="auto")
        ask(c)
        ask(c)
        assert [r["response_format"]["type"] for r in fake.requests] == ["json_schema", "json_object", "json_object"]
        assert c.schema_mode == "json_object"
        assert c.usage.retries == 0


def test_without_structured_output_the_schema_goes_in_the_prompt():
    with FakeLLM(lambda body, n: completion("Here you are:\n```json\n" + GOOD + "\n```")) as fake:
        out = ask(client(fake, schema_mode="none"))
        assert out.accounts[0].speaker == "Ri"
        assert "response_format" not in fake.requests[0]
        assert "JSON Schema" in fake.requests[0]["messages"][-1]["content"]


def test_malformed_json_gets_one_repair():
    replies = [completion('{"accounts": [{"speaker": "Ri",'), completion(GOOD)]
    with FakeLLM(lambda body, n: replies[n]) as fake:
        c = client(fake)
        assert ask(c).accounts[0].speaker == "Ri"
        assert c.usage.repairs == 1 and c.usage.requests == 2
        repair = fake.requests[1]["messages"]
        assert repair[-2]["role"] == "assistant" and repair[-2]["content"].startswith('{"accounts"')
        assert "not valid" in repair[-1]["content"]


def test_schema_invalid_reply_is_repaired_then_fails():
    bad = completion(json.dumps({"accounts": [{"speaker": "Ri"}]}))  # fields missing
    with FakeLLM(lambda body, n: bad) as fake:
        c = client(fake)
        with pytest.raises(OutputError, match="after one repair"):
            ask(c)
        assert len(fake.requests) == 2  # one try, one repair, no more


def test_truncated_output_is_named_in_the_repair():
    replies = [completion(GOOD[:40], finish_reason="length"), completion(GOOD)]
    with FakeLLM(lambda body, n: replies[n]) as fake:
        ask(client(fake))
        assert "cut off" in fake.requests[1]["messages"][-1]["content"]


def test_429_is_retried_after_retry_after():
    replies = [
        Reply(status=429, body={"error": {"message": "slow down"}}, headers={"Retry-After": "0"}),
        completion(GOOD),
    ]
    with FakeLLM(lambda body, n: replies[n]) as fake:
        c = client(fake)
        ask(c)
        assert c.usage.retries == 1 and c.usage.requests == 1
        assert c.usage.prompt_tokens == 100  # only the request that succeeded is billed


def test_5xx_gives_up_after_max_retries():
    with FakeLLM(lambda body, n: Reply(status=503, body={"error": {"message": "overloaded"}})) as fake:
        with pytest.raises(EngineError, match="HTTP 503: overloaded.*3 tries") as err:
            ask(client(fake, max_retries=2))
        assert len(fake.requests) == 3
        assert err.value.provider == fake.url


def test_client_errors_are_not_retried():
    with FakeLLM(lambda body, n: Reply(status=401, body={"error": {"message": "bad key"}})) as fake:
        with pytest.raises(EngineError, match="HTTP 401"):
            ask(client(fake))
        assert len(fake.requests) == 1


def test_timeout_is_retried_then_reported():
    with FakeLLM(lambda body, n: Reply(body=completion(GOOD).body, delay=1.0)) as fake:
        with pytest.raises(EngineError, match="timed out") as err:
            ask(client(fake, timeout_s=0.2, max_retries=1))
        assert len(fake.requests) == 2
        assert err.value.original is not None


def test_a_timeout_then_success():
    replies = [Reply(body=completion(GOOD).body, delay=1.0), completion(GOOD)]
    with FakeLLM(lambda body, n: replies[n]) as fake:
        c = client(fake, timeout_s=0.3)
        assert ask(c).accounts
        assert c.usage.retries == 1


def test_unreachable_server():
    c = ChatClient("http://127.0.0.1:9/v1", "m", max_retries=0, timeout_s=1.0)
    with pytest.raises(EngineError, match="cannot reach"):
        ask(c)


def test_cache_makes_a_rerun_free(tmp_path):
    with FakeLLM(lambda body, n: completion(GOOD)) as fake:
        first = client(fake, tmp_path)
        ask(first)
        second = client(fake, tmp_path)
        assert ask(second).accounts[0].quote == "the claim was wrong"
        assert len(fake.requests) == 1
        assert second.usage.cache_hits == 1 and second.usage.requests == 0 and second.usage.prompt_tokens == 0
        other = ChatClient(fake.url, "another-model", cache_dir=tmp_path, schema_mode="json_object")
        ask(other)  # the key holds the model
        assert len(fake.requests) == 2


def test_api_key_from_env_is_sent_but_never_stored(tmp_path, monkeypatch):
    monkeypatch.delenv("RASHOMON_LLM_API_KEY", raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret-123")
    doc = Document(id="d1", path="t.txt", text="Ri said the claim was wrong.")
    opts = load_options(overrides={"engine": "llm", "llm": {"url": "x", "model": "m", "cache_dir": str(tmp_path)}})
    assert "sk-secret" not in json.dumps(opts.model_dump(mode="json"))
    with FakeLLM(
        lambda body, n: Reply(status=401, body={"error": {"message": "no"}}) if n == 0 else completion(GOOD)
    ) as fake:
        opts.llm.url = fake.url
        with pytest.raises(EngineError) as err:
            run_engine(LLMEngine, opts, [doc])
        assert "sk-secret" not in str(err.value)
        assert fake.headers[0]["authorization"] == "Bearer sk-secret-123"
        monkeypatch.setenv("RASHOMON_LLM_API_KEY", "rk-first")
        run_engine(LLMEngine, opts, [doc])
        assert fake.headers[1]["authorization"] == "Bearer rk-first"
    stored = "".join(p.read_text() for p in tmp_path.rglob("*.json"))
    assert stored and "secret" not in stored and "rk-first" not in stored


# --- the engine


def run_engine(cls, options, docs, stages=("attribution", "parties", "claims")) -> Analysis:
    """These stages, if the engine handles them, in order as api.analyse runs them (no offline engine needed)."""
    state = State(analysis=Analysis(documents=docs), options=options)
    engine = cls(options)
    for stage in stages:
        if engine.handles(stage):
            getattr(engine, stage)(state)
    return state.analysis


def accounts_reply(*items: tuple[str, str, str]) -> str:
    return json.dumps(
        {
            "accounts": [
                {"speaker": s, "speaker_type": "person", "side": side, "cue": "said", "kind": "indirect", "quote": q}
                for s, side, q in items
            ]
        }
    )


def llm_options(url: str, tmp_path: Path, **llm):
    return load_options(
        overrides={
            "engine": "llm",
            "llm": {
                "url": url,
                "model": "fake",
                "cache_dir": str(tmp_path),
                "backoff_s": 0.01,
                "schema_mode": "json_object",
                **llm,
            },
        }
    )


def test_quotes_not_in_the_text_are_dropped_and_counted(tmp_path):
    text = EXAMPLE.read_bytes().decode("utf-8")
    reply = accounts_reply(
        (
            "President Trump",
            "US",
            "the split came entirely on the basis of North Korea’s demand for “full” sanctions relief",
        ),
        ("Trump", "US", 'the split came entirely on the basis of north korea\'s demand for "full" sanctions relief'),
        ("Kim Jong Un", "North Korea", "We will build a bridge to the moon by Friday"),
        ("Trump", "US", "there was basic agrement to have more talks in the future"),
    )
    with FakeLLM(lambda body, n: completion(reply)) as fake:
        an = run_engine(LLMEngine, llm_options(fake.url, tmp_path), [Document(id="d1", path="h.txt", text=text)])
    stats = an.stats["llm"]
    assert stats["items"] == 4 and stats["ungrounded"] == 1 and stats["ungrounded_rate"] == 0.25
    assert stats["alignment"] == {"exact": 1, "normalised": 1, "fuzzy": 1}
    assert not an.check_grounding()
    quotes = [c.quote for c in an.claims]
    assert not any("moon" in q for q in quotes)
    assert "there was basic agreement to have more talks in the future" in quotes
    for c in an.claims:
        assert text[c.start : c.end] == c.quote
        assert c.level == "clause" and c.account is not None
    # the exact and the normalised hit are one statement: kept once
    assert sum("sanctions relief" in q for q in quotes) == 1
    assert {p.name for p in an.parties} == {"United States"}  # the side the model named, as a country
    assert all(c.party == "united-states" for c in an.claims)


def test_long_documents_are_chunked_and_offsets_mapped_back(tmp_path):
    text = EXAMPLE.read_bytes().decode("utf-8")

    def script(body, n):
        chunk = body["messages"][-1]["content"].split("<<<\n")[1].split("\n>>>")[0]
        # quote the last two long sentences of whatever chunk was sent
        sentences = [s.strip(" .") for s in chunk.replace("\n", " ").split(". ") if len(s.split()) > 6]
        return completion(accounts_reply(*[("Trump", "US", s) for s in sentences[-2:]]))

    opts = llm_options("", tmp_path, chunk_chars=800, chunk_overlap=150, concurrency=3)
    with FakeLLM(script) as fake:
        opts.llm.url = fake.url
        an = run_engine(LLMEngine, opts, [Document(id="d1", path="h.txt", text=text)])
    assert an.stats["llm"]["chunks"] == len(fake.requests) >= 4
    assert an.claims and not an.check_grounding()
    assert max(c.end for c in an.claims) > len(text) - 200  # offsets are on the whole document, not the chunk
    spans = [(c.start, c.end) for c in an.claims]
    assert len(spans) == len(set(spans))  # statements in the overlap are kept once


def test_several_documents_share_one_bounded_pool(tmp_path):
    docs = [
        Document(id=f"d{i}", path=f"{i}.txt", text=f"Officials said talk number {i} went well.") for i in range(1, 6)
    ]

    def script(body, n):
        chunk = body["messages"][-1]["content"]
        i = chunk.split("number ")[1].split(" ")[0]
        return Reply(body=completion(accounts_reply(("Officials", "", f"talk number {i} went well"))).body, delay=0.2)

    with FakeLLM(script) as fake:
        an = run_engine(LLMEngine, llm_options(fake.url, tmp_path, concurrency=5), docs)
    assert [c.doc for c in an.claims] == ["d1", "d2", "d3", "d4", "d5"]
    assert all(c.quote.startswith("talk number") for c in an.claims)


def test_a_chunk_whose_reply_stays_broken_becomes_a_problem(tmp_path):
    doc = Document(id="d1", path="t.txt", text="Ri said the claim was wrong.")
    with FakeLLM(lambda body, n: completion("{not json", finish_reason="length")) as fake:
        an = run_engine(LLMEngine, llm_options(fake.url, tmp_path), [doc])
    assert an.claims == []
    assert [p.code for p in an.problems] == ["llm_output"]
    assert an.stats["llm"]["failed_chunks"] == 1


def test_rerun_hits_the_cache_and_reports_usage(tmp_path):
    doc = Document(id="d1", path="t.txt", text="Ri said the claim was wrong.")
    with FakeLLM(lambda body, n: completion(GOOD, prompt_tokens=1000, completion_tokens=500)) as fake:
        opts = llm_options(fake.url, tmp_path, price_per_1k_input=0.5, price_per_1k_output=2.0)
        first = run_engine(LLMEngine, opts, [doc]).stats["llm"]
        second = run_engine(LLMEngine, opts, [doc]).stats["llm"]
    assert len(fake.requests) == 1
    assert first["prompt_tokens"] == 1000 and first["completion_tokens"] == 500 and first["cost"] == 1.5
    assert second["requests"] == 0 and second["cache_hits"] == 1 and second["cost"] == 0.0
    assert first["schema_mode"] == "json_object" and second["schema_mode"] is None  # no server was asked
    line = usage_line(first)
    assert (
        "1,000 prompt + 500 completion tokens" in line and "cost 1.5000" in line and "0 of 1 quotes ungrounded" in line
    )


def test_engine_needs_a_server_and_valid_stages():
    with pytest.raises(ConfigError, match="--llm-url"):
        LLMEngine(load_options(overrides={"engine": "llm"}))
    opts = load_options(overrides={"engine": "hybrid", "llm": {"url": "u", "model": "m", "stages": ["summary"]}})
    with pytest.raises(ConfigError, match="valid stages are: attribution, parties, claims, aspects, relations"):
        HybridEngine(opts)
    opts = load_options(overrides={"engine": "hybrid", "llm": {"url": "u", "model": "m", "stages": ["claims"]}})
    with pytest.raises(ConfigError, match="need its attribution"):
        HybridEngine(opts)


def test_which_stages_each_engine_handles():
    opts = load_options(overrides={"llm": {"url": "u", "model": "m"}})
    llm, hybrid = LLMEngine(opts), HybridEngine(opts)
    assert all(llm.handles(s) for s in ("attribution", "parties", "claims", "aspects", "relations"))
    assert [s for s in ("attribution", "parties", "claims", "aspects", "relations") if hybrid.handles(s)] == [
        "attribution",
        "claims",
    ]


def test_llm_options_from_env_sit_between_file_and_flags(tmp_path, monkeypatch):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("llm:\n  url: http://file/v1\n  model: file-model\n")
    monkeypatch.setenv("RASHOMON_LLM_URL", "http://env/v1")
    monkeypatch.setenv("RASHOMON_LLM_STAGES", "attribution, parties")
    opts = load_options(cfg, {"llm": {"model": "flag-model"}})
    assert (opts.llm.url, opts.llm.model, opts.llm.stages) == (
        "http://env/v1",
        "flag-model",
        ["attribution", "parties"],
    )
    with pytest.raises(ConfigError, match="unknown option 'llm.api_key'"):
        load_options(overrides={"llm": {"api_key": "sk-x"}})


ALL_STAGES = ("attribution", "parties", "claims", "aspects", "relations")
SUMMIT = (
    "Trump said North Korea demanded full sanctions relief. "
    "Foreign Minister Ri Yong Ho said North Korea asked for partial relief only. "
    "Kim Jong Un said talks would continue."
)


def summit_script(aspects: dict, relations: dict):
    def script(body, n):
        system = body["messages"][0]["content"]
        if system.startswith("Statements by different sides"):
            return completion(json.dumps(aspects))
        if system.startswith("These statements answer"):
            return completion(json.dumps(relations))
        return completion(
            accounts_reply(
                ("Trump", "US", "North Korea demanded full sanctions relief"),
                ("Ri Yong Ho", "North Korea", "North Korea asked for partial relief only"),
                ("Kim Jong Un", "North Korea", "talks would continue"),
            )
        )

    return script


def test_llm_aspects_and_relations_keep_only_what_refers_to_real_claims(tmp_path):
    aspects = {
        "aspects": [
            {
                "question": "What did North Korea ask for?",
                "label": "sanctions",
                "claims": ["d1.c1", "[d1.c2]", "d1.c99"],
            },
            {"question": "Anything else?", "label": "other", "claims": ["d1.c2", "d1.c3"]},  # c2 placed twice
        ]
    }
    relations = {
        "relations": [
            {
                "a": "d1.c1",
                "b": "d1.c2",
                "label": "conflict",
                "reason": "full vs partial",
                "evidence": ["full", "moon"],
            },
            {"a": "d1.c2", "b": "d1.c1", "label": "agree", "reason": "the same pair again", "evidence": []},
            {"a": "d1.c1", "b": "d1.c7", "label": "agree", "reason": "no such claim", "evidence": []},
        ]
    }
    doc = Document(id="d1", path="s.txt", text=SUMMIT)
    with FakeLLM(summit_script(aspects, relations)) as fake:
        an = run_engine(LLMEngine, llm_options(fake.url, tmp_path), [doc], ALL_STAGES)
    assert [c.quote for c in an.claims] == [
        "North Korea demanded full sanctions relief",
        "North Korea asked for partial relief only",
        "talks would continue",
    ]
    assert len(an.aspects) == 1  # the second group kept one claim only: no aspect
    q = an.aspects[0]
    assert (q.question, q.claims, q.parties) == (
        "What did North Korea ask for?",
        ["d1.c1", "d1.c2"],
        ["north-korea", "united-states"],
    )
    assert len(an.relations) == 1
    r = an.relations[0]
    assert (r.a, r.b, r.label, r.aspect, r.internal) == ("d1.c1", "d1.c2", "conflict", "q1", False)
    assert r.evidence == ["full"]  # "moon" is in neither claim
    stats = an.stats["llm"]
    assert stats["aspects"] == {"found": 1, "unknown_refs": 1, "repeated_refs": 1}
    assert stats["relations"] == {"found": 1, "bad_pairs": 2, "dropped_evidence": 1, "failed_aspects": 0}
    assert stats["stages"] == list(ALL_STAGES)


def test_hybrid_can_leave_attribution_to_another_engine_and_compare_with_the_llm(tmp_path):
    aspects = {"aspects": [{"question": "What was asked?", "label": "ask", "claims": ["d1.c1", "d1.c2"]}]}
    relations = {"relations": [{"a": "d1.c1", "b": "d1.c2", "label": "conflict", "reason": "r", "evidence": []}]}
    doc = Document(id="d1", path="s.txt", text=SUMMIT)
    with FakeLLM(summit_script(aspects, relations)) as fake:
        an = run_engine(LLMEngine, llm_options(fake.url, tmp_path), [doc])  # the first three stages
        opts = llm_options(fake.url, tmp_path, stages=["aspects", "relations"])
        state = State(analysis=an, options=opts)
        hybrid = HybridEngine(opts)
        assert not hybrid.handles("attribution") and hybrid.handles("relations")
        hybrid.aspects(state)
        hybrid.relations(state)
    assert [r.label for r in an.relations] == ["conflict"]
    assert an.stats["llm"]["stages"] == ["aspects", "relations"]


# --- the harness that builds llama.cpp's server for the `llm` tests


def test_server_env_build_skips_without_a_compiler(tmp_path, monkeypatch):
    import shutil

    from llm_server import ensure_llama_env

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("bash", "dirname", "mkdir", "python3"):  # what the script needs, but no cc or c++
        (bin_dir / tool).symlink_to(shutil.which(tool))
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setenv("RASHOMON_LLAMA_ENV", str(tmp_path / "env"))
    with pytest.raises(pytest.skip.Exception, match="no C/C.. compiler"):
        ensure_llama_env()


def test_server_env_build_failure_fails_loudly(tmp_path, monkeypatch):
    from llm_server import ensure_llama_env

    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("RASHOMON_LLAMA_ENV", str(blocker / "env"))  # cannot be created
    with pytest.raises(pytest.fail.Exception, match="building the llama.cpp server env failed"):
        ensure_llama_env()
