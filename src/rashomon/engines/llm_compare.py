"""The LLM's comparison stages: aspects (which claims answer the same question) and relations
(do two sides' claims conflict, agree, or merely differ).

The model sees claims by id, with their side and quote, never offsets. Whatever it returns is
checked against the analysis: an id it made up, a claim placed twice, a pair outside one aspect
or evidence words that are in neither claim are dropped and counted, never guessed.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from rashomon.engines.client import OutputError
from rashomon.engines.grounding import Aligner
from rashomon.model import Aspect, Claim, Relation, RelationLabel


class LLMAspect(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(description="the question these statements answer, e.g. 'Who ended the talks?'")
    label: str = Field(description="two to four words naming the question")
    claims: list[str] = Field(description="ids of the statements that answer it")


class LLMAspects(BaseModel):
    model_config = ConfigDict(extra="forbid")

    aspects: list[LLMAspect]


class LLMRelation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    a: str = Field(description="id of one statement")
    b: str = Field(description="id of a statement from another side, or the same side")
    label: RelationLabel
    reason: str = Field(description="one short sentence: why")
    evidence: list[str] = Field(description="the words of the two statements the judgement rests on, verbatim")


class LLMRelations(BaseModel):
    model_config = ConfigDict(extra="forbid")

    relations: list[LLMRelation]


ASPECTS_PROMPT = """Statements by different sides about one event follow, one a line: [id] (side) statement.
Group the statements that answer the same question (for example: what was offered, who walked away, will talks go on).
For each group give the question, a short label, and the ids of its statements. Put each statement in one group at most,
and leave out statements that answer a question no other statement answers. Use only the ids given."""

RELATIONS_PROMPT = """These statements answer one question: {question}
One a line: [id] (side) statement.
For each pair of statements from different sides (and pairs from one side that contradict each other), say whether they
conflict (they cannot both be true), agree (they say the same), or are compatible (different details, no clash).
Give a one-sentence reason and the words of the statements it rests on, copied exactly. Use only the ids given."""


def _lines(claims: list[Claim], party_names: dict[str | None, str]) -> str:
    return "\n".join(
        f"[{c.id}] ({party_names.get(c.party, c.party or 'narrator')}) {' '.join(c.quote.split())}" for c in claims
    )


def aspects(
    ask: Callable[[list[dict[str, str]], type[BaseModel]], Any],
    claims: list[Claim],
    party_names: dict[str | None, str],
) -> tuple[list[Aspect], dict[str, int]]:
    """Group ``claims`` into aspects with one request; returns the aspects and the counts of dropped refs."""
    if len(claims) < 2:
        return [], {"unknown_refs": 0, "repeated_refs": 0}
    by_id = {c.id: c for c in claims}
    reply: LLMAspects = ask(
        [{"role": "system", "content": ASPECTS_PROMPT}, {"role": "user", "content": _lines(claims, party_names)}],
        LLMAspects,
    )
    placed: set[str] = set()
    unknown = repeated = 0
    out: list[Aspect] = []
    for a in reply.aspects:
        ids = []
        for cid in a.claims:
            cid = cid.strip().strip("[]")
            if cid not in by_id:
                unknown += 1
            elif cid in placed:
                repeated += 1
            else:
                placed.add(cid)
                ids.append(cid)
        if len(ids) < 2:
            placed.difference_update(ids)  # a group of one answers nothing another claim answers
            continue
        ids.sort(key=lambda i: (by_id[i].doc, by_id[i].start))
        question = " ".join(a.question.split()) or "What do the accounts say?"
        out.append(
            Aspect(
                id=f"q{len(out) + 1}",
                label=" ".join(a.label.split())[:60] or question[:60],
                question=question,
                claims=ids,
                parties=sorted({p for i in ids if (p := by_id[i].party) is not None}),
            )
        )
    return out, {"unknown_refs": unknown, "repeated_refs": repeated}


def relations(
    ask: Callable[[list[dict[str, str]], type[BaseModel]], Any],
    aspect_list: list[Aspect],
    claims: dict[str, Claim],
    party_names: dict[str | None, str],
    concurrency: int = 4,
) -> tuple[list[Relation], dict[str, int]]:
    """Label pairs of claims within each aspect, one request per aspect, run in a bounded pool."""
    # (a short report's loose members are shown with the question, not judged: ``Aspect.loose``)
    todo = [a for a in aspect_list if sum(c in claims and c not in a.loose for c in a.claims) >= 2]

    def one(asp: Aspect) -> LLMRelations | Exception:
        members = [claims[c] for c in asp.claims if c in claims and c not in asp.loose]
        prompt = RELATIONS_PROMPT.format(question=asp.question)
        try:
            return ask(
                [{"role": "system", "content": prompt}, {"role": "user", "content": _lines(members, party_names)}],
                LLMRelations,
            )
        except OutputError as exc:
            return exc

    with ThreadPoolExecutor(max_workers=max(1, min(concurrency, len(todo) or 1))) as pool:
        replies = list(pool.map(one, todo))

    out: list[Relation] = []
    bad_pairs = dropped_evidence = failed = 0
    for asp, reply in zip(todo, replies, strict=True):
        if isinstance(reply, Exception):
            failed += 1
            continue
        members = set(asp.claims) - set(asp.loose)
        seen: set[frozenset[str]] = set()
        for r in reply.relations:
            a, b = r.a.strip().strip("[]"), r.b.strip().strip("[]")
            pair = frozenset((a, b))
            if a not in members or b not in members or a == b or pair in seen:
                bad_pairs += 1
                continue
            seen.add(pair)
            ca, cb = claims[a], claims[b]
            internal = ca.party == cb.party
            if internal and r.label != "conflict":
                continue  # one side agreeing with itself is not news
            evidence = []
            for words in r.evidence:
                if any(Aligner(c.quote).align(words).grounded for c in (ca, cb)):
                    evidence.append(" ".join(words.split()))
                else:
                    dropped_evidence += 1
            out.append(
                Relation(
                    a=a,
                    b=b,
                    label=r.label,
                    aspect=asp.id,
                    reason=" ".join(r.reason.split()),
                    evidence=evidence,
                    internal=internal,
                    score=1.0,
                )
            )
    return out, {"bad_pairs": bad_pairs, "dropped_evidence": dropped_evidence, "failed_aspects": failed}
