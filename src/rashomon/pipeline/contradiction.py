"""A learned contradiction signal between two claims, from their sentence vectors.

No packaged natural-language-inference model exists (``../shared/MODELS.md``), so the relations
stage rests on explicit evidence: polarity, scales, rebuttals, agents. This module adds a small
two-layer network over the MiniLM vectors the aspects stage already computes (the features
``[u, v, |u - v|, u * v]``), trained by ``benchmarks/train_contradiction.py`` on SNLI to tell a
contradiction from an entailment or a neutral pair. Its weights ship with the package
(``data/contradiction.npz``, under 100 KB); scoring is two matrix products.

What it can and cannot do, measured: on SNLI test it reaches ROC AUC 0.885
(``benchmarks/results/contradiction.json``), but SNLI's contradictions are mostly two different
scenes, and sentence vectors barely register a "not": it gives "the dam will flood the villages"
against "the dam will not flood the villages" 0.19. So it never makes a conflict and never vetoes
one built on polarity. Relations use it one way only: two claims that share words, or read alike,
do not agree when the check reads them as two different situations (``Options.agreement_ceiling``).
``features`` is shared by training and scoring, so the two cannot drift apart.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import numpy as np

MODEL_FILE = "contradiction.npz"
MODEL_INFO = "2-layer network over MiniLM pair features; trained on SNLI dev (benchmarks/train_contradiction.py)"


def features(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """The pair features of premise vectors ``u`` and hypothesis vectors ``v`` (rows)."""
    return np.hstack([u, v, np.abs(u - v), u * v]).astype(np.float32)


@lru_cache(maxsize=1)
def _weights() -> dict[str, np.ndarray] | None:
    path = resources.files("rashomon.pipeline") / "data" / MODEL_FILE
    if not path.is_file():
        return None
    with path.open("rb") as fh, np.load(fh) as z:
        return {k: z[k].astype(np.float32) for k in ("W1", "b1", "W2", "b2")}


def available() -> bool:
    return _weights() is not None


def scores(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """P(contradiction) of each row pair, one order (premise ``u``, hypothesis ``v``)."""
    w = _weights()
    if w is None:
        raise RuntimeError(f"the contradiction model ({MODEL_FILE}) is not installed")
    h = np.maximum(features(u, v) @ w["W1"] + w["b1"], 0.0)
    z = (h @ w["W2"] + w["b2"])[..., 0]
    return 1.0 / (1.0 + np.exp(-z))


def probability(u: np.ndarray, v: np.ndarray) -> float:
    """P(contradiction) of two statements, in whichever order finds it (the relation is symmetric)."""
    uu, vv = u[None, :], v[None, :]
    return float(max(scores(uu, vv)[0], scores(vv, uu)[0]))
