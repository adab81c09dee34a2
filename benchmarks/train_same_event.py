"""An experiment, not part of the product: does a same-event head learned on ECB+ beat cosine?

Usage: ``python benchmarks/train_same_event.py`` (needs ``requirements-train.txt``). Result
(2026-11-28): no. On held-out topics 43-45 the head's ROC AUC equals raw MiniLM cosine (0.736
both; AP 0.688 vs 0.687): the penalty chosen by cross-validation pulls it back to a calibrated
cosine, and a freer fit does worse (leave-one-topic-out AUC 0.608 at the weakest penalty tried,
against cosine's 0.756), so rashomon's aspects stage keeps plain cosine and no head ships. The figures go to ``benchmarks/results/same-event.json``.

Data provenance: ECB+ 1.0 (Cybulska and Vossen, LREC 2014; CC BY 3.0 for the annotations, the
news texts "not copyrighted" per its README), test topics 36-45 as copied into
``../shared/data/ecbplus/topics`` from ``tommasoc80/EventStoryLine`` @46edefe (see the
``ecbplus/`` section of ``../shared/data/README.md``). It is read in place; nothing of it is
copied into the repository. Each topic has two sub-topics (``*ecb.xml``, ``*ecbplus.xml``), two
different real-world events of one kind, each reported by several outlets.

Sentences: by default only the sentences ``ECBplus_coreference_sentences.csv`` lists as fully
annotated (the standard evaluation set; outside them annotation is partial, so a pair sharing
no event there may still be about one), and of those only the ones with at least one event
mention. Sentence 0 of an ``ecbplus`` file (the source URL) is never used. A sentence's events
are the instance ids of the event mentions (``ACTION_*``, and the negated ``NEG_ACTION_*``)
anchored in it: a mention in a ``CROSS_DOC_COREF`` chain takes the chain's ``instance_id``; one
only in an ``INTRA_DOC_COREF`` chain, or in none, gets an id of its own document (it can match
nothing in another document). Participants, times and locations are not used.

Pairs: two sentences of DIFFERENT documents of one topic (across sub-topics too, which makes
same-kind, different-event hard negatives). Positive when they share an event instance id,
negative when they share none; negatives are sampled (seeded, per topic) to at most three times
the positives. Split by topic: train on 36-42, evaluate on 43-45 (and, for the record, the
reverse). Text: the sentence's tokens joined with spaces, punctuation re-attached, embedded with
``rashomon.pipeline.embed.get_embedder()`` (MiniLM, L2-normalised).

Model: logistic regression on the elementwise product ``u * v`` of the two vectors, written as
``bias + a * cos(u, v) + sum_k d_k u_k v_k`` and fitted with scipy's L-BFGS under an L2 penalty
on ``d`` only, so that the penalty pulls towards a calibrated cosine rather than towards nothing
(sklearn's LogisticRegression cannot leave one coefficient unpenalised, and a scaled cosine
column makes its design matrix singular). Folded, the score is ``sigmoid(bias + sum_k w_k u_k
v_k)``, a learned diagonal bilinear form. The penalty is picked by leave-one-topic-out
cross-validation (mean ROC AUC) on the training topics. The weights, bias, pair counts and
held-out ROC AUC / average precision of raw cosine and of the head go to
``benchmarks/results/same-event.json``.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
ECB = ROOT.parent / "shared" / "data" / "ecbplus"
OUT = ROOT / "benchmarks" / "results" / "same-event.json"
TRAIN_TOPICS = tuple(str(t) for t in range(36, 43))
TEST_TOPICS = tuple(str(t) for t in range(43, 46))
NEG_PER_POS = 3
SEED = 13
DIM = 384
LAM_GRID = (100.0, 10.0, 3.0, 1.0, 0.3, 0.1, 0.03, 0.01, 0.003, 0.001)


@dataclass(frozen=True)
class Sent:
    topic: str
    sub: str  # "ecb" or "ecbplus"
    doc: str
    number: int
    text: str
    events: frozenset[str]


def detok(tokens: list[str]) -> str:
    s = " ".join(tokens)
    s = s.replace("``", '"').replace("''", '"')
    s = re.sub(r" ([.,;:!?%)\]}])", r"\1", s)
    s = re.sub(r"([(\[{$]) ", r"\1", s)
    s = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", s)
    return s.strip()


def is_event(tag: str) -> bool:
    return tag.startswith(("ACTION_", "NEG_ACTION_"))


def read_doc(path: Path, full: set[tuple[str, str, int]] | None) -> list[Sent]:
    """The sentences of one document that carry at least one event mention."""
    root = ET.parse(path).getroot()
    name = path.stem  # e.g. 36_1ecbplus
    topic, doc = name.split("_", 1)
    sub = "ecbplus" if doc.endswith("ecbplus") else "ecb"
    tokens: dict[int, list[str]] = defaultdict(list)
    sent_of: dict[str, int] = {}
    for t in root.iter("token"):
        s = int(t.get("sentence", "0"))
        sent_of[t.get("t_id", "")] = s
        tokens[s].append(t.text or "")
    mention_sent: dict[str, int] = {}
    instance: dict[str, str] = {}
    markables = root.find("Markables")
    for m in markables if markables is not None else []:
        anchors = m.findall("token_anchor")
        if anchors:
            if is_event(m.tag):
                mention_sent[m.get("m_id", "")] = sent_of[anchors[0].get("t_id", "")]
        elif m.get("instance_id"):
            instance[m.get("m_id", "")] = m.get("instance_id", "")
    events: dict[int, set[str]] = defaultdict(set)
    linked: set[str] = set()
    relations = root.find("Relations")
    for r in relations if relations is not None else []:
        target = r.find("target")
        tid = target.get("m_id", "") if target is not None else ""
        iid = instance.get(tid) if r.tag == "CROSS_DOC_COREF" else None
        iid = iid or f"{name}:{tid}"
        for src in r.findall("source"):
            mid = src.get("m_id", "")
            if mid in mention_sent:
                events[mention_sent[mid]].add(iid)
                linked.add(mid)
    for mid, s in mention_sent.items():
        if mid not in linked:
            events[s].add(f"{name}:{mid}")
    out = []
    for s, evs in sorted(events.items()):
        if sub == "ecbplus" and s == 0:
            continue
        if full is not None and (topic, doc, s) not in full:
            continue
        out.append(Sent(topic, sub, name, s, detok(tokens[s]), frozenset(evs)))
    return out


def read_topics(topics: tuple[str, ...], only_full: bool) -> dict[str, list[Sent]]:
    full = None
    if only_full:
        with (ECB / "ECBplus_coreference_sentences.csv").open(encoding="utf-8") as fh:
            full = {(r["Topic"], r["File"], int(r["Sentence Number"])) for r in csv.DictReader(fh)}
    return {t: [s for p in sorted((ECB / "topics" / t).glob("*.xml")) for s in read_doc(p, full)] for t in topics}


def make_pairs(sents: list[Sent], seed: int) -> list[tuple[int, int, int]]:
    """(i, j, label) over sentences of different documents; negatives capped at 3x positives."""
    pos, neg = [], []
    for i in range(len(sents)):
        for j in range(i + 1, len(sents)):
            if sents[i].doc == sents[j].doc:
                continue
            (pos if sents[i].events & sents[j].events else neg).append((i, j))
    cap = NEG_PER_POS * len(pos)
    if len(neg) > cap:
        rng = np.random.default_rng(seed)
        keep = sorted(rng.choice(len(neg), size=cap, replace=False).tolist())
        neg = [neg[k] for k in keep]
    return [(i, j, 1) for i, j in pos] + [(i, j, 0) for i, j in neg]


@dataclass
class PairSet:
    u: np.ndarray
    v: np.ndarray
    y: np.ndarray
    topic: np.ndarray
    same_sub: np.ndarray

    @property
    def cosine(self) -> np.ndarray:
        return np.einsum("ij,ij->i", self.u, self.v)


def build(by_topic: dict[str, list[Sent]], vectors: dict[Sent, np.ndarray]) -> tuple[PairSet, dict[str, dict]]:
    us, vs, ys, ts, ss = [], [], [], [], []
    counts: dict[str, dict] = {}
    for t, sents in by_topic.items():
        pairs = make_pairs(sents, SEED + int(t))
        counts[t] = {
            "sentences": len(sents),
            "positive": sum(y for _, _, y in pairs),
            "negative": sum(1 - y for _, _, y in pairs),
        }
        for i, j, y in pairs:
            us.append(vectors[sents[i]])
            vs.append(vectors[sents[j]])
            ys.append(y)
            ts.append(t)
            ss.append(sents[i].sub == sents[j].sub)
    return PairSet(np.array(us), np.array(vs), np.array(ys), np.array(ts), np.array(ss)), counts


def fit(ps: PairSet, lam: float) -> tuple[float, np.ndarray]:
    """Bias and per-dimension weights w = a + DIM * d minimising the mean log loss of
    ``bias + a * cos + DIM * sum_k d_k u_k v_k`` plus ``lam / 2 * |d|^2``: only the departure
    from a uniform weight (from cosine) is penalised, so a large ``lam`` gives calibrated cosine."""
    from scipy.optimize import minimize

    x = ps.u * ps.v * DIM  # O(1) features
    cos, y, n = ps.cosine, ps.y.astype(float), len(ps.y)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        bias, a, d = theta[0], theta[1], theta[2:]
        z = bias + a * cos + x @ d
        g = (1.0 / (1.0 + np.exp(-z)) - y) / n
        value = float(np.mean(np.logaddexp(0.0, z) - y * z) + 0.5 * lam * d @ d)
        return value, np.concatenate([[g.sum(), g @ cos], x.T @ g + lam * d])

    res = minimize(loss, np.zeros(DIM + 2), jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    return float(res.x[0]), res.x[1] + DIM * res.x[2:]


def head_score(bias: float, w: np.ndarray, ps: PairSet) -> np.ndarray:
    return bias + (ps.u * ps.v) @ w


def subset(ps: PairSet, mask: np.ndarray) -> PairSet:
    return PairSet(ps.u[mask], ps.v[mask], ps.y[mask], ps.topic[mask], ps.same_sub[mask])


def pick_lam(ps: PairSet) -> tuple[float, dict[str, float]]:
    """Leave-one-topic-out on the training topics; the penalty with the best mean AUC."""
    from sklearn.metrics import roc_auc_score

    topics = sorted(set(ps.topic.tolist()))
    means = {
        "cosine": round(
            float(np.mean([roc_auc_score(ps.y[ps.topic == t], ps.cosine[ps.topic == t]) for t in topics])), 4
        )
    }
    for lam in LAM_GRID:
        aucs = []
        for t in topics:
            tr, te = subset(ps, ps.topic != t), subset(ps, ps.topic == t)
            b, w = fit(tr, lam)
            aucs.append(roc_auc_score(te.y, head_score(b, w, te)))
        means[str(lam)] = round(float(np.mean(aucs)), 4)
    best = max(LAM_GRID, key=lambda lam: means[str(lam)])  # the cosine entry is for the record only
    return best, means


def evaluate(bias: float, w: np.ndarray, ps: PairSet, boot: int = 1000) -> dict[str, float]:
    from sklearn.metrics import average_precision_score, roc_auc_score

    cos, head = ps.cosine, head_score(bias, w, ps)
    out: dict[str, float] = {
        "pairs": int(len(ps.y)),
        "positives": int(ps.y.sum()),
        "cosine_auc": round(float(roc_auc_score(ps.y, cos)), 4),
        "head_auc": round(float(roc_auc_score(ps.y, head)), 4),
        "cosine_ap": round(float(average_precision_score(ps.y, cos)), 4),
        "head_ap": round(float(average_precision_score(ps.y, head)), 4),
    }
    if boot:
        # paired bootstrap over pairs (pairs share sentences, so this interval is optimistic)
        rng = np.random.default_rng(SEED)
        deltas = []
        for _ in range(boot):
            k = rng.integers(0, len(ps.y), len(ps.y))
            if ps.y[k].min() == ps.y[k].max():
                continue
            deltas.append(roc_auc_score(ps.y[k], head[k]) - roc_auc_score(ps.y[k], cos[k]))
        lo, hi = np.percentile(deltas, [2.5, 97.5])
        out["auc_delta_ci95"] = [round(float(lo), 4), round(float(hi), 4)]  # type: ignore[assignment]
    return out


def row(name: str, r: dict) -> str:
    ci = r.get("auc_delta_ci95")
    ci_s = f"[{ci[0]:+.3f}, {ci[1]:+.3f}]" if ci else ""
    return (
        f"{name:<34} {r['pairs']:>6} {r['positives']:>5}  {r['cosine_auc']:.3f}  {r['head_auc']:.3f}"
        f"  {r['cosine_ap']:.3f}  {r['head_ap']:.3f}  {ci_s}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--sentences", choices=("full", "all"), default="full", help="fully annotated only, or all")
    ap.add_argument("--lam", type=float, default=None, help="L2 penalty on the departure from cosine (default: CV)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if not (ECB / "topics").is_dir():
        print(f"ECB+ not found at {ECB}: nothing to train on", file=sys.stderr)
        return 0
    try:
        import scipy  # noqa: F401
        import sklearn  # noqa: F401
    except ImportError:
        print("scikit-learn is missing: pip install -r requirements-train.txt", file=sys.stderr)
        return 2
    from rashomon.pipeline.embed import MODEL_NAME, get_embedder

    emb = get_embedder()
    if not emb.available:
        print("the MiniLM embedder is not installed: nothing to embed with", file=sys.stderr)
        return 2

    t0 = time.perf_counter()
    only_full = args.sentences == "full"
    by_topic = read_topics(TRAIN_TOPICS + TEST_TOPICS, only_full)
    by_topic_all = by_topic if not only_full else read_topics(TEST_TOPICS, False)
    every = sorted(
        {s for d in (by_topic, by_topic_all) for ss in d.values() for s in ss}, key=lambda s: (s.doc, s.number)
    )
    mat = emb.encode([s.text for s in every])
    vectors = dict(zip(every, mat, strict=True))
    t_embed = time.perf_counter() - t0

    train, train_counts = build({t: by_topic[t] for t in TRAIN_TOPICS}, vectors)
    test, test_counts = build({t: by_topic[t] for t in TEST_TOPICS}, vectors)
    t1 = time.perf_counter()
    lam, cv = (args.lam, {}) if args.lam is not None else pick_lam(train)
    bias, w = fit(train, lam)
    t_fit = time.perf_counter() - t1

    held = evaluate(bias, w, test)
    held["train_cv_auc_by_lam"] = cv  # type: ignore[assignment]
    held_within = evaluate(bias, w, subset(test, test.same_sub))
    rb, rw = fit(test, lam)
    reverse = evaluate(rb, rw, train)
    extra = {}
    if only_full:
        test_all, _ = build({t: by_topic_all[t] for t in TEST_TOPICS}, vectors)
        extra["heldout_all_sentences"] = evaluate(bias, w, test_all)

    print(f"sentences: {args.sentences}; lam = {lam} (leave-one-topic-out mean AUC on 36-42: {cv})")
    print(f"{'evaluation':<34} {'pairs':>6} {'pos':>5}  cosAUC headAUC cosAP  headAP  dAUC 95% (pair bootstrap)")
    print(row("held-out 43-45 (train 36-42)", held))
    print(row("  same sub-topic pairs only", held_within))
    print(row("reverse: 36-42 (train 43-45)", reverse))
    if extra:
        print(row("held-out 43-45, all sentences", extra["heldout_all_sentences"]))
    print(f"embedding {t_embed:.1f}s ({len(every)} sentences), fitting incl. CV {t_fit:.1f}s")

    def total(counts: dict[str, dict]) -> dict[str, int]:
        return {k: sum(c[k] for c in counts.values()) for k in ("sentences", "positive", "negative")}

    meta = {
        "model": f"logistic regression on u*v of {MODEL_NAME} sentence vectors: sigmoid(bias + sum_k w_k u_k v_k)",
        "trained_on": f"ECB+ 1.0 topics {TRAIN_TOPICS[0]}-{TRAIN_TOPICS[-1]} "
        f"({'fully annotated' if only_full else 'all'} sentences with an event mention), cross-document pairs",
        "data_license": "ECB+ annotations CC BY 3.0",
        "lam": lam,
        "pairs": {
            "train": total(train_counts),
            "heldout": total(test_counts),
            "by_topic": train_counts | test_counts,
            "negatives_per_positive_cap": NEG_PER_POS,
            "seed": SEED,
        },
        "heldout": held,
        "heldout_same_subtopic": held_within,
        "reverse_train_43_45_test_36_42": reverse,
        **extra,
        "seconds": {"embed": round(t_embed, 1), "fit": round(t_fit, 1)},
        "bias": round(bias, 5),
        "weights": [round(float(x), 5) for x in w],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(meta, indent=0) + "\n", encoding="utf-8")
    print(f"{len(w)} weights -> {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
