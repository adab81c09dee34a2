"""Train the reporting-cue scorer on PolNeAR ``train``: ``make train-cues``.

Data provenance: PolNeAR (Newell, Margolin and Ruths, LREC 2018; 1,008 political news articles
from seven US publishers, hand-annotated attributions), read in place from
``../shared/data/polnear/<split>``; nothing of it is copied into the repository. Articles with
several annotators are read with the lowest annotator id, as in ``benchmarks/attribution.py``.

Examples: every verb (``cue_model.is_candidate``) outside a quotation; the label is whether the
verb lies inside a gold Cue span. Features: ``rashomon.pipeline.cue_model.features``. Model:
scikit-learn's L2-regularised logistic regression (liblinear), whose weights are written, rounded
and with the near-zero ones left out, to ``src/rashomon/pipeline/data/cue_model.json`` together
with the training split, the example counts and the verb-level precision/recall on ``dev``
(``test`` is never looked at here). Training needs ``requirements-train.txt``; using the model
needs nothing beyond the package.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polnear
import sparse_logreg
from sparse_logreg import prf

from rashomon.pipeline import cue_model

OUT = Path(__file__).resolve().parents[1] / "src" / "rashomon" / "pipeline" / "data" / cue_model.MODEL_FILE


def examples(split: str, limit: int | None = None) -> tuple[list[list[str]], list[int]]:
    """Features and labels of every candidate verb of a split."""
    xs: list[list[str]] = []
    ys: list[int] = []
    for art, parsed in polnear.parsed_split(split, limit):
        cues = [frag for g in art.gold if g.cue for frag in g.cue]
        for sent in parsed.sentences:
            for tok in sent.span:
                if not cue_model.is_candidate(tok) or parsed.quote_at(sent.offset(tok)) is not None:
                    continue
                a, b = sent.offset(tok), sent.offset_end(tok)
                xs.append(cue_model.features(parsed, sent, tok))
                ys.append(int(any(s < b and a < e for s, e in cues)))
    return xs, ys


def describe(gold: list[int], probs: list[float]) -> dict[str, Any]:
    return {
        "dev_verbs": {
            "examples": len(gold),
            "positives": sum(gold),
            "by_threshold": {t: prf(gold, [int(p >= t) for p in probs]) for t in (0.3, 0.4, 0.5, 0.6, 0.7)},
        }
    }


def main(argv: list[str] | None = None) -> int:
    args = sparse_logreg.arguments(__doc__.split("\n", 1)[0], OUT).parse_args(argv)
    return sparse_logreg.train(
        args,
        examples,
        describe,
        {"model": "logistic regression over verb features (rashomon.pipeline.cue_model.features)"},
    )


if __name__ == "__main__":
    raise SystemExit(main())
