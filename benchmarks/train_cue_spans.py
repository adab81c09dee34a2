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

import argparse
import json
import sys
import time
from pathlib import Path

import polnear

from rashomon.pipeline import cue_span
from rashomon.pipeline.attribution import attribute
from rashomon.pipeline.nlp import load_model, parse_many

OUT = Path(__file__).resolve().parents[1] / "src" / "rashomon" / "pipeline" / "data" / cue_span.MODEL_FILE


def examples(split: str, limit: int | None = None) -> tuple[list[list[str]], list[int]]:
    """Features and labels of the neighbours of every cue verb rashomon finds inside a gold cue."""
    articles = polnear.read_split(split)[:limit]
    nlp = load_model()
    xs: list[list[str]] = []
    ys: list[int] = []
    for i in range(0, len(articles), 8):
        chunk = articles[i : i + 8]
        for art, parsed in zip(chunk, parse_many([a.text for a in chunk], nlp), strict=True):
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


def prf(gold: list[int], pred: list[int]) -> dict[str, float]:
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if g and p)
    p = tp / max(1, sum(pred))
    r = tp / max(1, sum(gold))
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / max(1e-9, p + r), 4)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--C", type=float, default=0.3, help="inverse regularisation strength")
    ap.add_argument("--min-count", type=int, default=3, help="features seen fewer times in train are dropped")
    ap.add_argument("--limit", type=int, default=None, help="train on the first N articles only (a quick check)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
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
    if args.out.exists():
        args.out.unlink()  # the examples come from the rule's spans, never from an older model's
    cue_span._model.cache_clear()
    cue_span._weights.cache_clear()
    x_train, y_train = examples("train", args.limit)
    x_dev, y_dev = examples("dev")
    counts: dict[str, int] = {}
    for feats in x_train:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    keep = {f for f, n in counts.items() if n >= args.min_count}
    vec = DictVectorizer()
    xm = vec.fit_transform([{f: 1 for f in feats if f in keep} for feats in x_train])
    clf = LogisticRegression(C=args.C, solver="liblinear", fit_intercept=False, max_iter=1000)
    clf.fit(xm, y_train)
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, clf.coef_[0], strict=True) if abs(w) >= 1e-3}
    dev_p = clf.predict_proba(vec.transform([{f: 1 for f in feats if f in keep} for feats in x_dev]))[:, 1]
    meta = {
        "model": "logistic regression over a cue verb's neighbours (rashomon.pipeline.cue_span.features)",
        "trained_on": "PolNeAR train (lowest annotator id per article)",
        "articles": len(polnear.read_split("train")[: args.limit]),
        "examples": len(y_train),
        "positives": sum(y_train),
        "C": args.C,
        "min_count": args.min_count,
        "dev_tokens": {
            "examples": len(y_dev),
            "positives": sum(y_dev),
            "at_0.5": prf(y_dev, [int(p >= 0.5) for p in dev_p]),
        },
        "seconds": round(time.perf_counter() - t0, 1),
        "weights": dict(sorted(weights.items())),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(meta, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in meta.items() if k != "weights"}, indent=2))
    print(f"{len(weights)} weights -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
