"""The LLM engine: an OpenAI-compatible chat model finds who says what, and compares the sides;
every quote it returns is grounded in the source text before it enters the analysis.

``llm`` does all five stages; ``hybrid`` does only the stages named in ``options.llm.stages``
(default: attribution and claims) and leaves the rest to the offline engine. Per chunk of text
the model returns accounts (speaker, the speaker's side, the reporting cue, the kind of account,
and the statement quoted verbatim); the engine aligns each quote to the text (exact, normalised,
fuzzy), drops and counts the ones it cannot find, and writes accounts, speakers, parties and
clause-level claims into the analysis exactly as the offline engine does. Aspects and relations
(``llm_compare``) work on those claims by id.
"""

from __future__ import annotations

import copy
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from rashomon import __version__
from rashomon.engines import llm_compare
from rashomon.engines.base import State, register
from rashomon.engines.chunking import chunk_spans, nearest, sentence_around
from rashomon.engines.client import ChatClient, OutputError, api_key_from_env, default_cache_dir
from rashomon.engines.grounding import Aligner
from rashomon.errors import ConfigError
from rashomon.model import Account, AccountKind, AlignmentStatus, Claim, Document, Problem, Span
from rashomon.pipeline import lexicon as lx
from rashomon.pipeline import parties as parties_stage
from rashomon.pipeline.attribution import Attribution, Mention

IMPLEMENTED = ("attribution", "parties", "claims", "aspects", "relations")


# --- what the model returns: a JSON Schema derived from these models and the data model's kinds


class LLMAccount(BaseModel):
    """One statement the text attributes to someone."""

    model_config = ConfigDict(extra="forbid")

    speaker: str = Field(description="who makes the statement, as the text names them")
    speaker_type: Literal["person", "organisation", "group"]
    side: str = Field(
        description="the country, organisation or camp the speaker speaks for; empty if the text does not say"
    )
    cue: str = Field(description="the reporting word or words (said, told, denied, according to); empty if none")
    kind: AccountKind
    quote: str = Field(description="the statement, copied word for word from the text")


class LLMAccounts(BaseModel):
    model_config = ConfigDict(extra="forbid")

    accounts: list[LLMAccount]


def schema_of(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON Schema with references inlined and titles dropped (some servers take neither)."""
    raw = model.model_json_schema()
    defs = raw.pop("$defs", {})

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return inline(defs[node["$ref"].split("/")[-1]])
            return {k: inline(v) for k, v in node.items() if k != "title"}
        if isinstance(node, list):
            return [inline(v) for v in node]
        return node

    return inline(raw)


ACCOUNTS_SCHEMA = schema_of(LLMAccounts)


def bounded(schema: dict[str, Any], max_items: int | None = None, max_chars: int | None = None) -> dict[str, Any]:
    """A copy of ``schema`` with at most ``max_items`` in every array and ``max_chars`` in every string."""
    out = copy.deepcopy(schema)

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "array" and max_items is not None:
                node["maxItems"] = max_items
            if node.get("type") == "string" and max_chars is not None and "enum" not in node:
                node["maxLength"] = max_chars
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(out)
    return out


def accounts_schema(max_items: int | None = None, max_chars: int | None = None) -> dict[str, Any]:
    """The schema of one chunk's reply, with at most ``max_items`` accounts and ``max_chars`` per string."""
    return bounded(ACCOUNTS_SCHEMA, max_items, max_chars)


SYSTEM_PROMPT = """You find reported statements in news text: who says what.
For every statement the text attributes to someone (a quotation, "X said that ...", "according to X ...", a denial), return one item:
- speaker: who makes the statement, as the text names them;
- speaker_type: person, organisation or group;
- side: the country, organisation or camp the speaker speaks for, as the text gives it, or "" if it does not say;
- cue: the reporting word or words (said, told, denied, according to), or "";
- kind: direct (a quotation in quote marks), indirect (X said that ...), according_to, denial, hedged (reportedly, suggests), heading or continuation;
- quote: the statement itself, copied word for word from the text, without the speaker and the cue. One claim per item.
Copy every quote exactly as it stands in the text; never paraphrase, shorten inside or translate. Leave out what the narrator says in their own voice."""


def messages_for(chunk: str) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": f"Text:\n<<<\n{chunk}\n>>>\nReturn the reported statements as JSON."},
    ]


# --- the engine


@dataclass
class _Item:
    """One grounded account the model returned, before it becomes an Account and a Claim."""

    doc: str
    start: int
    end: int
    status: AlignmentStatus
    raw: LLMAccount


@register("llm")
class LLMEngine:
    """Every stage done by an LLM (parties grouped from the sides it names), every quote grounded."""

    name = "llm"

    def __init__(self, options: Any = None) -> None:
        from rashomon.options import Options

        self.options = options if options is not None else Options()
        llm = self.options.llm
        if not llm.url or not llm.model:
            raise ConfigError(
                f"the {self.name} engine needs a server and a model: --llm-url URL --llm-model NAME "
                "(or llm.url and llm.model in the config file, or $RASHOMON_LLM_URL and $RASHOMON_LLM_MODEL)"
            )
        self.stages = self._stages()
        self.client: ChatClient | None = None
        self.stats: dict[str, Any] = {
            "engine": self.name,
            "model": llm.model,
            "stages": sorted(self.stages, key=IMPLEMENTED.index),
        }

    def _stages(self) -> set[str]:
        return set(IMPLEMENTED)

    def handles(self, stage: str) -> bool:
        return stage in self.stages

    def _client(self) -> ChatClient:
        if self.client is None:
            llm = self.options.llm
            cache = (llm.cache_dir or default_cache_dir()) if llm.cache else None
            self.client = ChatClient(
                llm.url,  # type: ignore[arg-type]  (checked in __init__)
                llm.model,  # type: ignore[arg-type]
                api_key=api_key_from_env(),
                schema_mode=llm.schema_mode,
                timeout_s=llm.timeout_s,
                max_retries=llm.max_retries,
                backoff_s=llm.backoff_s,
                temperature=llm.temperature,
                max_tokens=llm.max_tokens,
                cache_dir=cache,
            )
        return self.client

    # --- stages

    def attribution(self, state: State) -> None:
        llm = self.options.llm
        docs = state.analysis.documents
        jobs = [(d, s, e) for d in docs for s, e in chunk_spans(d.text, llm.chunk_chars, llm.chunk_overlap)]
        client = self._client()
        schema = accounts_schema(llm.max_items, llm.max_chars)

        def ask(job: tuple[Document, int, int]) -> LLMAccounts | OutputError:
            doc, s, e = job
            try:
                return client.complete_json(messages_for(doc.text[s:e]), schema, LLMAccounts.model_validate, "accounts")
            except OutputError as exc:
                return exc

        with ThreadPoolExecutor(max_workers=max(1, min(llm.concurrency, len(jobs) or 1))) as pool:
            replies = list(pool.map(ask, jobs))

        returned = ungrounded = failed = 0
        by_status = {s.value: 0 for s in AlignmentStatus if s is not AlignmentStatus.ungrounded}
        items: dict[str, list[_Item]] = {d.id: [] for d in docs}
        for (doc, s, e), reply in zip(jobs, replies, strict=True):
            if isinstance(reply, OutputError):
                failed += 1
                state.analysis.problems.append(
                    Problem(path=doc.path, code="llm_output", message=f"characters {s}-{e} not analysed: {reply}")
                )
                continue
            # align within the chunk the model saw, then map the offsets back to the document
            aligner = Aligner(doc.text[s:e], llm.align_threshold)
            near = 0
            for acc in reply.accounts:
                returned += 1
                al = aligner.align(acc.quote, near)
                if al.start is None or al.end is None:
                    ungrounded += 1
                    continue
                by_status[al.status.value] += 1
                near = al.end
                items[doc.id].append(_Item(doc.id, al.start + s, al.end + s, al.status, acc))

        atts: dict[str, Attribution] = {}
        by_account: dict[str, _Item] = {}
        for doc in docs:
            atts[doc.id], kept = self._accounts(doc, _dedupe(items[doc.id]))
            state.analysis.accounts.extend(atts[doc.id].accounts)
            by_account.update(kept)
        state.scratch["attributions"] = atts  # what the offline parties stage reads
        state.scratch["llm_items"] = by_account

        self.stats.update(
            {
                "chunks": len(jobs),
                "failed_chunks": failed,
                "items": returned,
                "grounded": returned - ungrounded,
                "ungrounded": ungrounded,
                "ungrounded_rate": round(ungrounded / returned, 4) if returned else 0.0,
                "alignment": by_status,
            }
        )
        self._publish(state)

    def _accounts(self, doc: Document, items: list[_Item]) -> tuple[Attribution, dict[str, _Item]]:
        """Accounts (and the speaker mentions the parties stage groups) of one document's items."""
        text = doc.text
        att = Attribution()
        kept: dict[str, _Item] = {}
        for it in sorted(items, key=lambda i: (i.start, i.end)):
            s, e = it.start, it.end
            ss, se = sentence_around(text, s, e)
            lo, hi = max(0, ss - 300), min(len(text), se + 300)
            src = nearest(text, it.raw.speaker, lo, hi, s)
            if src is None and len(it.raw.speaker.split()) > 1:
                src = nearest(text, it.raw.speaker.split()[-1], lo, hi, s)  # "Trump" for "Donald Trump"
            cue = nearest(text, it.raw.cue, ss, se, s) if it.raw.cue else None
            acc = Account(
                id=f"{doc.id}.a{len(att.accounts) + 1}",
                doc=doc.id,
                kind=it.raw.kind,
                source=Span(doc=doc.id, start=src[0], end=src[1]) if src else None,
                cue=Span(doc=doc.id, start=cue[0], end=cue[1]) if cue else None,
                content=[Span(doc=doc.id, start=s, end=e)],
                sentence=Span(doc=doc.id, start=ss, end=se),
                hedged=it.raw.kind == "hedged",
            )
            att.accounts.append(acc)
            kept[acc.id] = it
            name = " ".join(it.raw.speaker.split()) or "unknown speaker"
            where = acc.source or acc.sentence  # the sentence stands in when the name is implicit ("he said")
            att.mentions[acc.id] = Mention(
                name=name,
                span=where,
                kind=it.raw.speaker_type,
                entity=name if it.raw.speaker_type == "person" else None,
                section=it.raw.side.strip() or None,
            )
        return att, kept

    def parties(self, state: State) -> None:
        """Speakers merged across names and grouped by the sides the model named (or a party map)."""
        atts = state.scratch.get("attributions", {})
        pmap = parties_stage.PartyMap(state.party_map) if state.party_map else None
        speakers, parties, result = parties_stage.group(list(atts.values()), set(), pmap)
        state.analysis.speakers = speakers
        state.analysis.parties = parties
        parties_stage.assign(state.analysis.accounts, result)

    def claims(self, state: State) -> None:
        """One clause-level claim per grounded account: its quote, span and alignment status."""
        items: dict[str, _Item] = state.scratch.get("llm_items", {})
        names = {s.id: s.name for s in state.analysis.speakers}
        texts = {d.id: d.text for d in state.analysis.documents}
        n: dict[str, int] = {}
        for acc in state.analysis.accounts:
            it = items.get(acc.id)
            if it is None:
                continue
            quote = texts[acc.doc][it.start : it.end]
            words = re.findall(r"[\w']+", quote.lower())
            negated = any(w in lx.NEGATORS or w.endswith("n't") for w in words)
            hedged = acc.hedged or any(w in lx.HEDGE_WORDS or w in lx.HEDGE_AUX for w in words)
            speaker = names.get(acc.speaker or "", "")
            n[acc.doc] = n.get(acc.doc, 0) + 1
            state.analysis.claims.append(
                Claim(
                    id=f"{acc.doc}.c{n[acc.doc]}",
                    doc=acc.doc,
                    start=it.start,
                    end=it.end,
                    quote=quote,
                    account=acc.id,
                    level="clause",
                    speaker=acc.speaker,
                    party=acc.party,
                    polarity="negative" if negated != (acc.kind == "denial") else "positive",
                    hedged=hedged,
                    statement=f"{speaker}: {quote}" if speaker else quote,
                    alignment=it.status,
                )
            )
        self._publish(state)

    def _ask(self, messages: list[dict[str, str]], model: type[BaseModel]) -> Any:
        llm = self.options.llm
        schema = bounded(schema_of(model), llm.max_items, llm.max_chars)
        return self._client().complete_json(messages, schema, model.model_validate, model.__name__.lower())

    def _comparable(self, state: State) -> list[Claim]:
        return [c for c in state.analysis.claims if c.party is not None and c.level == "clause"]

    def _party_names(self, state: State) -> dict[str | None, str]:
        return {p.id: p.name for p in state.analysis.parties}

    def aspects(self, state: State) -> None:
        """Claims of the sides grouped by the question they answer, in one request."""
        an = state.analysis
        try:
            an.aspects, counts = llm_compare.aspects(self._ask, self._comparable(state), self._party_names(state))
        except OutputError as exc:
            an.problems.append(Problem(path=_paths(an.documents), code="llm_output", message=f"no aspects: {exc}"))
            an.aspects, counts = [], {"failed": 1}
        self.stats["aspects"] = {"found": len(an.aspects), **counts}
        self._publish(state)

    def relations(self, state: State) -> None:
        """Pairs of claims within each aspect labelled conflict, agree or compatible, one request per aspect."""
        an = state.analysis
        claims = {c.id: c for c in an.claims}
        an.relations, counts = llm_compare.relations(
            self._ask, an.aspects, claims, self._party_names(state), self.options.llm.concurrency
        )
        if counts["failed_aspects"]:
            an.problems.append(
                Problem(
                    path=_paths(an.documents),
                    code="llm_output",
                    message=f"{counts['failed_aspects']} aspects without relations: the model's replies stayed invalid",
                )
            )
        self.stats["relations"] = {"found": len(an.relations), **counts}
        self._publish(state)

    # --- reporting

    def _publish(self, state: State) -> None:
        """Usage and grounding figures into the analysis's stats (kept there by api.analyse)."""
        if self.client is not None:
            llm = self.options.llm
            self.stats.update(self.client.usage.as_dict())
            # the structured-output form the server took; None when every reply came from the cache
            self.stats["schema_mode"] = self.client.schema_mode if self.client.usage.requests else None
            self.stats["cost"] = self.client.usage.cost(llm.price_per_1k_input, llm.price_per_1k_output)
        state.analysis.stats["llm"] = self.stats

    def versions(self) -> dict[str, str]:
        out = {"rashomon": __version__, "llm": str(self.options.llm.model)}
        if self.client is not None:
            out["llm_server"] = self.client.provider
            if self.client.usage.requests:
                out["llm_schema_mode"] = self.client.schema_mode
        return out


@register("hybrid")
class HybridEngine(LLMEngine):
    """The LLM for the stages in ``options.llm.stages``, the offline engine for the rest."""

    name = "hybrid"

    def _stages(self) -> set[str]:
        stages = list(self.options.llm.stages)
        bad = [s for s in stages if s not in IMPLEMENTED]
        if bad:
            raise ConfigError(
                f"option 'llm.stages': the LLM cannot do {', '.join(map(repr, bad))}; valid stages are: {', '.join(IMPLEMENTED)}"
            )
        if ("claims" in stages or "parties" in stages) and "attribution" not in stages:
            raise ConfigError(
                "option 'llm.stages': the LLM's parties and claims need its attribution: add 'attribution'"
            )
        return set(stages)


def usage_line(stats: dict[str, Any]) -> str:
    """One line for stderr: requests, tokens, cost and grounding of an LLM run."""
    parts = [
        f"{stats.get('requests', 0)} requests ({stats.get('cache_hits', 0)} from cache, {stats.get('retries', 0)} retries)",
        f"{stats.get('prompt_tokens', 0):,} prompt + {stats.get('completion_tokens', 0):,} completion tokens",
    ]
    if stats.get("cost") is not None:
        parts.append(f"cost {stats['cost']:.4f}")
    if "items" in stats:
        parts.append(
            f"{stats['ungrounded']} of {stats['items']} quotes ungrounded ({100 * stats['ungrounded_rate']:.1f}%), dropped"
        )
    if stats.get("failed_chunks"):
        parts.append(f"{stats['failed_chunks']} of {stats['chunks']} chunks failed")
    return f"llm {stats.get('model', '')}: " + "; ".join(parts)


def _paths(docs: list[Document]) -> str:
    return ", ".join(d.path for d in docs)


def _dedupe(items: list[_Item]) -> list[_Item]:
    """One item per statement: overlapping chunks (or a repeating model) return the same one twice."""
    out: list[_Item] = []
    for it in items:
        for o in out:
            inter = min(o.end, it.end) - max(o.start, it.start)
            if inter > 0 and inter >= 0.8 * min(o.end - o.start, it.end - it.start):
                break
        else:
            out.append(it)
    return out
