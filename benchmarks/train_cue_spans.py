"""Train where a cue begins and ends on PolNeAR ``train``: ``make train-cue-spans``.

Data provenance: PolNeAR (Newell, Margolin and Ruths, LREC 2018; 1,008 political news articles
from seven US publishers, hand-annotated attributions), read in place from
``../shared/data/polnear/<split>``; nothing of it is copied into the repository. Articles with
several annotators are read with the lowest annotator id, as in ``benchmarks/attribution.py``.

Examples: rashomon's attribution stage runs on every article; for each account whose cue verb
lies inside a gold Cue, every neighbour of the verb that ``cue_span.walk`` visits is an example,
labelled by whether it lies inside that gold cue. Features: ``rashomon.pipeline.cue_span.features``.
Model: scikit-learn's L2-regularised logistic regression (liblinear); the weights, rounded, go to
``src/rashomon/pipeline/data/cue_span.json`` with the example counts and the token-level
precision/recall on ``dev`` (``test`` is never looked at here). Training needs
``requirements-train.txt``; using the model needs nothing beyond the package.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polnear
import sparse_logreg
from sparse_logreg import prf

from rashomon.pipeline import cue_span
from rashomon.pipeline.attribution import attribute

OUT = Path(__file__).resolve().parents[1] / "src" / "rashomon" / "pipeline" / "data" / cue_span.MODEL_FILE


def examples(split: str, limit: int | None = None) -> tuple[list[list[str]], list[int]]:
    """Features and labels of the neighbours of every cue verb rashomon finds inside a gold cue."""
    xs: list[list[str]] = []
    ys: list[int] = []
    for art, parsed in polnear.parsed_split(split, limit):
        cues = [g.cue for g in art.gold if g.cue]
        for acc in attribute(parsed, art.name).accounts:
            ctx = cue_span.context(parsed, acc)
            if ctx is None:
                continue
            sent, verb, group, blocked = ctx
            lo, hi = sent.span[0].i, sent.span[-1].i
            at = sent.offset(verb)
            gold = next((c for c in cues if any(a <= at < b for a, b in c)), None)
            if gold is None:
                continue
            for tok, inside in cue_span.walk(verb, group, blocked, lo, hi):
                a, b = sent.offset(tok), sent.offset_end(tok)
                xs.append(cue_span.features(tok, verb, inside))
                ys.append(int(any(s < b and a < e for s, e in gold)))
    return xs, ys


def describe(gold: list[int], probs: list[float]) -> dict[str, Any]:
    return {
        "dev_tokens": {
            "examples": len(gold),
            "positives": sum(gold),
            "at_0.5": prf(gold, [int(p >= 0.5) for p in probs]),
        }
    }


def main(argv: list[str] | None = None) -> int:
    args = sparse_logreg.arguments(__doc__.split("\n", 1)[0], OUT).parse_args(argv)
    with cue_span.rule_spans():  # the examples come from the rule's spans, never from a shipped model's
        return sparse_logreg.train(
            args,
            examples,
            describe,
            {"model": "logistic regression over a cue verb's neighbours (rashomon.pipeline.cue_span.features)"},
        )


if __name__ == "__main__":
    raise SystemExit(main())
