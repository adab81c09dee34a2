"""The view model every renderer starts from: plain dicts, nothing escaped yet."""

from __future__ import annotations

from collections import Counter
from typing import Any

from rashomon.model import Analysis, Relation, Span

REBUTTAL = "explicit rebuttal: "
SYMBOLS = {"conflict": "✗", "agree": "✓", "compatible": "~"}


def count(n: int, word: str) -> str:
    """'1 claim', '3 claims'."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _pair(span: Span | None) -> list[int] | None:
    return [span.start, span.end] if span is not None else None


def _rebuttals(relations: list[Relation], quotes: dict[str, str], claim_view: Any) -> list[dict[str, Any]]:
    """Explicit rebuttals, one entry per rebutting claim with the claims it answers.

    A relation does not say which of its two claims does the rebutting. The rebutting claim is
    the one whose words the reason quotes ("calls the claim inaccurate"), else the one shared
    by more rebuttal relations (one denial answers many claims).
    """
    count = Counter(c for r in relations for c in (r.a, r.b))

    def weight(r: Relation, cid: str) -> tuple[bool, int]:
        words = r.reason.removeprefix(REBUTTAL).split()
        return (bool(words) and words[-1].lower() in quotes[cid].lower(), count[cid])

    targets: dict[str, list[str]] = {}
    reasons: dict[str, str] = {}
    aspects: dict[str, list[str]] = {}
    for r in relations:
        if r.rebuttal_by in (r.a, r.b):
            by, other = (r.a, r.b) if r.rebuttal_by == r.a else (r.b, r.a)
        else:
            by, other = (r.a, r.b) if weight(r, r.a) >= weight(r, r.b) else (r.b, r.a)
        targets.setdefault(by, []).append(other)
        reasons.setdefault(by, r.reason.removeprefix(REBUTTAL))
        if r.aspect not in aspects.setdefault(by, []):
            aspects[by].append(r.aspect)
    return [
        {
            "claim": claim_view(by),
            "reason": reasons[by],
            "targets": [claim_view(t) for t in ts],
            "aspects": aspects[by],
        }
        for by, ts in targets.items()
    ]


def build(analysis: Analysis) -> dict[str, Any]:
    """Parties, questions, the parties x questions matrix, conflicts, agreements, one-sided points."""
    claims = {c.id: c for c in analysis.claims}
    speakers = {s.id: s for s in analysis.speakers}
    docs = {d.id: d for d in analysis.documents}
    accounts = {a.id: a for a in analysis.accounts}
    parties = []
    for p in analysis.parties:
        n = sum(1 for c in analysis.claims if c.party == p.id and c.level == "clause")
        parties.append(
            {
                "id": p.id,
                "name": p.name,
                "claims": n,
                "speakers": [speakers[s].name for s in p.speakers if s in speakers],
            }
        )
    rel_by_claim: dict[str, list[str]] = {}
    for r in analysis.relations:
        rel_by_claim.setdefault(r.a, []).append(r.label)
        rel_by_claim.setdefault(r.b, []).append(r.label)

    def claim_view(cid: str, loose: bool = False) -> dict[str, Any]:
        c = claims[cid]
        labels = rel_by_claim.get(cid, [])
        mark = "conflict" if "conflict" in labels else ("agree" if "agree" in labels else "")
        # a short report's claim placed with a question by nearness alone, judged against no one
        mark = "loose" if loose and not mark else mark
        sp = speakers.get(c.speaker or "")
        acc = accounts.get(c.account or "")
        return {
            "id": c.id,
            "doc": c.doc,
            "start": c.start,
            "end": c.end,
            "quote": c.quote,
            "short": _short(c.quote),
            "speaker": sp.name if sp else None,
            "party": c.party,
            "mark": mark,
            "hedged": c.hedged,
            "polarity": c.polarity,
            "document": docs[c.doc].title or docs[c.doc].path,
            "party_name": analysis.party_name(c.party),
            "kind": acc.kind if acc else None,
            "sentence": _pair(acc.sentence if acc else None),
            "source": _pair(acc.source if acc else None),
            "cue": _pair(acc.cue if acc else None),
        }

    questions = []
    for a in analysis.aspects:
        cells = {
            p["id"]: [claim_view(cid, cid in a.loose) for cid in a.claims if claims[cid].party == p["id"]]
            for p in parties
        }
        labels = [r.label for r in analysis.relations if r.aspect == a.id]
        questions.append(
            {
                "id": a.id,
                "label": a.label,
                "question": a.question,
                "cells": cells,
                "conflicts": labels.count("conflict"),
                "agreements": labels.count("agree"),
                "parties": a.parties,
            }
        )

    for p in parties:
        p["answers"] = sum(bool(q["cells"][p["id"]]) for q in questions)

    def rel_view(r: Any) -> dict[str, Any]:
        return {
            "label": r.label,
            "symbol": SYMBOLS[r.label],
            "reason": r.reason,
            "aspect": r.aspect,
            "internal": r.internal,
            "score": r.score,
            "evidence": list(r.evidence),
            "a": claim_view(r.a),
            "b": claim_view(r.b),
            "party_a": analysis.party_name(claims[r.a].party),
            "party_b": analysis.party_name(claims[r.b].party),
        }

    rels = [rel_view(r) for r in analysis.relations]
    rebuttals = _rebuttals(
        [r for r in analysis.relations if r.reason.startswith(REBUTTAL)],
        {c: claims[c].quote for c in claims},
        claim_view,
    )
    return {
        "documents": [
            {
                "id": d.id,
                "path": d.path,
                "title": d.title,
                "outlet": d.outlet,
                "date": d.date,
                "url": d.url,
                "text": d.text,
            }
            for d in analysis.documents
        ],
        "parties": parties,
        # the matrix's columns: the parties that answer a question (one with no claim in any
        # question would be a column of "not addressed")
        "columns": [p for p in parties if p["answers"]],
        "questions": questions,
        "conflicts": [r for r in rels if r["label"] == "conflict" and not r["internal"]],
        "internal": [r for r in rels if r["label"] == "conflict" and r["internal"]],
        "agreements": [r for r in rels if r["label"] == "agree"],
        "rebuttals": rebuttals,
        "one_sided": [q for q in questions if len(q["parties"]) == 1],
        "problems": [p.model_dump() for p in analysis.problems],
    }
