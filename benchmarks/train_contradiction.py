"""Train the contradiction check on SNLI: ``make train-contradiction``.

Data provenance: SNLI 1.0 (Bowman et al., EMNLP 2015; CC BY-SA 4.0) as kept in
``../shared/data/snli`` (the dev and test files of the e-SNLI repository, 9,842 and 9,824 pairs),
read in place; nothing of it is copied into the repository. The train split of SNLI is not in
``../shared/data``: the ``dev`` file trains, the ``test`` file measures.

Examples: each pair's sentences embedded with rashomon's own MiniLM embedder
(``rashomon.pipeline.embed``), features ``rashomon.pipeline.contradiction.features``; the label is
whether the pair is a contradiction (entailment and neutral are the other class). Model: a
two-layer network (1,536 -> 32 ReLU -> 1 sigmoid), L2-regularised, Adam, 30 epochs of batch 128,
seed 0, plain numpy. The weights are written as float16 to
``src/rashomon/pipeline/data/contradiction.npz`` and the measured figures (SNLI test ROC AUC and
accuracy at 0.5) to ``benchmarks/results/contradiction.json``. The weights derive from SNLI and
so carry its CC BY-SA 4.0 attribution (README, "Models and data").
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

from rashomon.pipeline import contradiction
from rashomon.pipeline.embed import MODEL_NAME, get_embedder

ROOT = Path(__file__).resolve().parents[1]
SNLI = ROOT.parent / "shared" / "data" / "snli"
OUT = ROOT / "src" / "rashomon" / "pipeline" / "data" / contradiction.MODEL_FILE
RESULTS = ROOT / "benchmarks" / "results" / "contradiction.json"
HIDDEN, EPOCHS, BATCH, LR, L2, SEED = 32, 30, 128, 1e-3, 1e-4, 0


def load(split: str) -> tuple[np.ndarray, np.ndarray]:
    """Pair features and contradiction labels of one SNLI file."""
    s1 = (SNLI / f"s1.{split}").read_text(encoding="utf-8").splitlines()
    s2 = (SNLI / f"s2.{split}").read_text(encoding="utf-8").splitlines()
    labels = (SNLI / f"labels.{split}").read_text(encoding="utf-8").splitlines()
    unique = sorted(set(s1) | set(s2))
    where = {s: i for i, s in enumerate(unique)}
    vectors = get_embedder().encode(unique, batch_size=64)
    u = vectors[[where[s] for s in s1]]
    v = vectors[[where[s] for s in s2]]
    return contradiction.features(u, v), np.array([lab == "contradiction" for lab in labels], dtype=np.float32)


def roc_auc(p: np.ndarray, y: np.ndarray) -> float:
    order = np.argsort(p)
    ranks = np.empty(len(p))
    ranks[order] = np.arange(1, len(p) + 1)
    pos = y == 1
    return float((ranks[pos].sum() - pos.sum() * (pos.sum() + 1) / 2) / (pos.sum() * (~pos).sum()))


def train(x: np.ndarray, y: np.ndarray) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(SEED)
    params = {
        "W1": rng.normal(0, 0.05, (x.shape[1], HIDDEN)).astype(np.float32),
        "b1": np.zeros(HIDDEN, np.float32),
        "W2": rng.normal(0, 0.05, (HIDDEN, 1)).astype(np.float32),
        "b2": np.zeros(1, np.float32),
    }
    m = {k: np.zeros_like(p) for k, p in params.items()}
    v = {k: np.zeros_like(p) for k, p in params.items()}
    step = 0
    for _epoch in range(EPOCHS):
        perm = rng.permutation(len(x))
        for k in range(0, len(x), BATCH):
            i = perm[k : k + BATCH]
            xb, yb = x[i], y[i]
            h = np.maximum(xb @ params["W1"] + params["b1"], 0)
            p = 1 / (1 + np.exp(-(h @ params["W2"] + params["b2"])[:, 0]))
            g = (p - yb)[:, None] / len(i)
            gh = g @ params["W2"].T * (h > 0)
            grads = {
                "W1": xb.T @ gh + L2 * params["W1"],
                "b1": gh.sum(0),
                "W2": h.T @ g + L2 * params["W2"],
                "b2": g.sum(0),
            }
            step += 1
            for key, grad in grads.items():
                m[key] = 0.9 * m[key] + 0.1 * grad
                v[key] = 0.999 * v[key] + 0.001 * grad * grad
                mhat, vhat = m[key] / (1 - 0.9**step), v[key] / (1 - 0.999**step)
                params[key] -= LR * mhat / (np.sqrt(vhat) + 1e-8)
    return params


def main() -> int:
    if not SNLI.is_dir():
        print(f"SNLI not found at {SNLI}: ../shared/data is needed to train", file=sys.stderr)
        return 2
    if not get_embedder().available:
        print("the MiniLM embedder is not installed", file=sys.stderr)
        return 2
    t0 = time.time()
    x, y = load("dev")
    xt, yt = load("test")
    params = train(x, y)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(OUT, **{k: p.astype(np.float16) for k, p in params.items()})
    contradiction._weights.cache_clear()
    u, w = xt[:, :384], xt[:, 384:768]
    p = contradiction.scores(u, w)
    result = {
        "model": f"2-layer network over {MODEL_NAME} pair features, hidden {HIDDEN}",
        "trained_on": f"SNLI dev ({len(y)} pairs, {int(y.sum())} contradictions)",
        "measured_on": f"SNLI test ({len(yt)} pairs, {int(yt.sum())} contradictions)",
        "roc_auc": round(roc_auc(p, yt), 4),
        "accuracy_at_0.5": round(float(((p >= 0.5) == (yt == 1)).mean()), 4),
        "seconds": round(time.time() - t0, 1),
    }
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
