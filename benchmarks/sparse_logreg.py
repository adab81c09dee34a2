"""What the two PolNeAR-trained scorers share: ``train_cues.py`` (is a verb a cue?) and
``train_cue_spans.py`` (does a neighbour belong to the cue?).

Both fit scikit-learn's L2-regularised logistic regression (liblinear, no intercept: a ``bias``
feature carries it) over sets of string features, drop features seen fewer than ``min_count``
times in train, and ship the rounded non-zero weights as JSON beside their metadata. Scoring in
the package is then a sum of weights, with no library beyond the parse.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polnear

Examples = tuple[list[list[str]], list[int]]


def arguments(description: str, out: Path) -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--C", type=float, default=0.3, help="inverse regularisation strength")
    ap.add_argument("--min-count", type=int, default=3, help="features seen fewer times in train are dropped")
    ap.add_argument("--limit", type=int, default=None, help="train on the first N articles only (a quick check)")
    ap.add_argument("--out", type=Path, default=out)
    return ap


def prf(gold: list[int], pred: list[int]) -> dict[str, float]:
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if g and p)
    p = tp / max(1, sum(pred))
    r = tp / max(1, sum(gold))
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / max(1e-9, p + r), 4)}


def train(
    args: argparse.Namespace,
    examples: Callable[[str, int | None], Examples],
    describe: Callable[[list[int], list[float]], dict[str, Any]],
    meta: dict[str, Any],
) -> int:
    """Fit on PolNeAR train, score dev, write the weights with ``meta`` and what ``describe`` says
    of the dev probabilities to ``args.out``. Exit status: 0, or 2 without scikit-learn."""
    if not (polnear.POLNEAR / "train").is_dir():
        print(f"PolNeAR not found at {polnear.POLNEAR}: nothing to train on", file=sys.stderr)
        return 0
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        print("scikit-learn is missing: pip install -r requirements-train.txt", file=sys.stderr)
        return 2

    t0 = time.perf_counter()
    x_train, y_train = examples("train", args.limit)
    x_dev, y_dev = examples("dev", None)
    counts = Counter(f for feats in x_train for f in feats)
    keep = {f for f, n in counts.items() if n >= args.min_count}
    vec = DictVectorizer()
    xm = vec.fit_transform([{f: 1 for f in feats if f in keep} for feats in x_train])
    clf = LogisticRegression(C=args.C, solver="liblinear", fit_intercept=False, max_iter=1000)
    clf.fit(xm, y_train)
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, clf.coef_[0], strict=True) if abs(w) >= 1e-3}
    dev_p = clf.predict_proba(vec.transform([{f: 1 for f in feats if f in keep} for feats in x_dev]))[:, 1]
    out = {
        **meta,
        "trained_on": "PolNeAR train (lowest annotator id per article)",
        "articles": len(polnear.read_split("train")[: args.limit]),
        "examples": len(y_train),
        "positives": sum(y_train),
        "C": args.C,
        "min_count": args.min_count,
        **describe(y_dev, [float(p) for p in dev_p]),
        "seconds": round(time.perf_counter() - t0, 1),
        "weights": dict(sorted(weights.items())),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in out.items() if k != "weights"}, indent=2))
    print(f"{len(weights)} weights -> {args.out}")
    return 0
