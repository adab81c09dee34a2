"""The view model every renderer starts from: plain dicts, nothing escaped yet."""

from __future__ import annotations

from typing import Any

from rashomon.model import Analysis

SYMBOLS = {"conflict": "✗", "agree": "✓", "compatible": "~"}


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def build(analysis: Analysis) -> dict[str, Any]:
    """Parties, questions, the parties x questions matrix, conflicts, agreements, one-sided points."""
    claims = {c.id: c for c in analysis.claims}
    speakers = {s.id: s for s in analysis.speakers}
    docs = {d.id: d for d in analysis.documents}
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

    def claim_view(cid: str) -> dict[str, Any]:
        c = claims[cid]
        labels = rel_by_claim.get(cid, [])
        mark = "conflict" if "conflict" in labels else ("agree" if "agree" in labels else "")
        sp = speakers.get(c.speaker or "")
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
        }

    questions = []
    for a in analysis.aspects:
        cells = {p["id"]: [claim_view(cid) for cid in a.claims if claims[cid].party == p["id"]] for p in parties}
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

    def rel_view(r: Any) -> dict[str, Any]:
        return {
            "label": r.label,
            "symbol": SYMBOLS[r.label],
            "reason": r.reason,
            "aspect": r.aspect,
            "internal": r.internal,
            "a": claim_view(r.a),
            "b": claim_view(r.b),
            "party_a": analysis.party_name(claims[r.a].party),
            "party_b": analysis.party_name(claims[r.b].party),
        }

    rels = [rel_view(r) for r in analysis.relations]
    return {
        "documents": [
            {"id": d.id, "path": d.path, "title": d.title, "outlet": d.outlet, "date": d.date}
            for d in analysis.documents
        ],
        "parties": parties,
        "questions": questions,
        "conflicts": [r for r in rels if r["label"] == "conflict" and not r["internal"]],
        "internal": [r for r in rels if r["label"] == "conflict" and r["internal"]],
        "agreements": [r for r in rels if r["label"] == "agree"],
        "one_sided": [q for q in questions if len(q["parties"]) == 1],
        "problems": [p.model_dump() for p in analysis.problems],
    }
