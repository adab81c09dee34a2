"""PolNeAR reader and attribution scorer, shared by ``benchmarks/attribution.py`` and the regression test.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates attributions in brat stand-off: ``T`` lines
give a role (``Source``, ``Cue``, ``Content``) with character offsets (``;`` between discontinuous
fragments), ``E`` lines tie the roles of one attribution together. This module reads a split,
turns rashomon's accounts into the same shape and scores one against the other.

Span sets: every role is a *span set*, the fragments of one role in one attribution. Each fragment
is trimmed of surrounding whitespace and punctuation (a span set of punctuation alone, such as a
colon cue, keeps it), fragments are sorted, and fragments that touch
or are separated only by whitespace and punctuation are merged. Two span sets match *exactly* when
the results are equal, and *overlap* when they share at least one character.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rashomon.pipeline.attribution import Attribution
    from rashomon.pipeline.nlp import ParsedText

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
ROLES = ("source", "cue", "content")
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP"}

SpanSet = tuple[tuple[int, int], ...]

_ANN_NAME = re.compile(r"^(?P<stem>.+)_(?P<annotator>[0-9a-f]+)\.ann$")


def _is_trimmed(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def span_set(text: str, fragments: Iterable[tuple[int, int]]) -> SpanSet:
    """Trim each fragment of surrounding whitespace and punctuation, sort, merge neighbours; drop empties."""
    fragments = list(fragments)
    trimmed = []
    for a, b in fragments:
        while a < b and _is_trimmed(text[a]):
            a += 1
        while b > a and _is_trimmed(text[b - 1]):
            b -= 1
        if b > a:
            trimmed.append((a, b))
    if not trimmed:
        # a cue of punctuation alone ("Trump: ...", a dash before a quote) keeps its marks
        for a, b in fragments:
            seg = text[a:b]
            if seg.strip():
                trimmed.append((a + len(seg) - len(seg.lstrip()), a + len(seg.rstrip())))
    merged: list[tuple[int, int]] = []
    for a, b in sorted(trimmed):
        if merged and all(_is_trimmed(ch) for ch in text[merged[-1][1] : a]):
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return tuple(merged)


def overlaps(x: SpanSet, y: SpanSet) -> bool:
    return any(a < d and c < b for a, b in x for c, d in y)


@dataclass
class Attr:
    """One attribution, gold or predicted: a span set (or ``None``) per role."""

    source: SpanSet | None
    cue: SpanSet | None
    content: SpanSet | None
    ref: str = ""  # the brat event id, or the rashomon account id
    speaker: str | None = None  # predictions: the resolved speaker's name, None when unresolved
    entity: str | None = None  # predictions: the named entity the speaker was resolved to

    def role(self, name: str) -> SpanSet | None:
        return getattr(self, name)  # type: ignore[no-any-return]


@dataclass
class Article:
    name: str
    text: str
    annotator: str
    annotators: list[str]
    gold: list[Attr] = field(default_factory=list)


def read_ann(text: str, ann: str) -> list[Attr]:
    """The attributions of one brat file, each role as a span set of ``text``."""
    spans: dict[str, list[tuple[int, int]]] = {}
    events: list[tuple[str, dict[str, list[str]]]] = []
    for line in ann.splitlines():
        # a span across a line break spills its quoted text onto the next lines: those are skipped
        if re.match(r"T\d+\t", line):
            tid, info, quote = line.split("\t", 2)
            label, _, offs = info.partition(" ")
            frags = [(int(a), int(b)) for a, b in (f.split() for f in offs.split(";"))]
            got = " ".join(" ".join(text[a:b] for a, b in frags).split())
            if label in {"Source", "Cue", "Content"} and not got.startswith(" ".join(quote.split())):
                raise ValueError(f"{tid}: offsets give {got[:40]!r}, the file says {quote[:40]!r}")
            spans[tid] = frags
        elif re.match(r"E\d+\t", line):
            eid, args = line.split("\t", 1)
            roles: dict[str, list[str]] = {}
            for arg in args.split():
                role, _, tid = arg.partition(":")
                # "Content2" is the second content of one attribution: the same span set
                role = re.sub(r"\d+$", "", role).lower()
                roles.setdefault(role, []).append(tid)
            events.append((eid, roles))
    out = []
    for eid, roles in events:
        parts: dict[str, SpanSet | None] = {}
        for role in ROLES:
            frags = [f for tid in roles.get(role, []) for f in spans[tid]]
            parts[role] = span_set(text, frags) or None
        out.append(Attr(parts["source"], parts["cue"], parts["content"], ref=eid))
    return out


def read_split(split: str, root: Path = POLNEAR, names: Iterable[str] | None = None) -> list[Article]:
    """The articles of ``split`` with the attributions of their lowest annotator id (hex ids compared as text)."""
    base = root / split
    wanted = set(names) if names is not None else None
    by_stem: dict[str, list[str]] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        m = _ANN_NAME.match(ann.name)
        if m is None:
            raise ValueError(f"unexpected annotation file name {ann.name}")
        by_stem.setdefault(m["stem"], []).append(m["annotator"])
    out = []
    for txt in sorted((base / "text").glob("*.txt")):
        stem = txt.stem
        if wanted is not None and stem not in wanted:
            continue
        annotators = sorted(by_stem.get(stem, []))
        if not annotators:
            raise ValueError(f"{txt.name} has no annotation file")
        text = txt.read_text(encoding="utf-8")
        ann = (base / "attributions" / f"{stem}_{annotators[0]}.ann").read_text(encoding="utf-8")
        out.append(Article(stem, text, annotators[0], annotators, read_ann(text, ann)))
    return out


# --- matching and scoring -------------------------------------------------------------------------


def match(n_gold: int, n_pred: int, ok: Callable[[int, int], bool]) -> dict[int, int]:
    """A maximum one-to-one matching (pred index -> gold index) of pairs ``ok(gold, pred)`` allows."""
    edges = [[g for g in range(n_gold) if ok(g, p)] for p in range(n_pred)]
    gold_of: dict[int, int] = {}  # gold -> pred

    def augment(p: int, seen: set[int]) -> bool:
        for g in edges[p]:
            if g in seen:
                continue
            seen.add(g)
            if g not in gold_of or augment(gold_of[g], seen):
                gold_of[g] = p
                return True
        return False

    for p in range(n_pred):
        augment(p, set())
    return {p: g for g, p in gold_of.items()}


@dataclass
class PRF:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.n_pred += n_pred
        self.n_gold += n_gold

    def as_dict(self) -> dict[str, float | int]:
        p = self.tp / self.n_pred if self.n_pred else 0.0
        r = self.tp / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "tp": self.tp,
            "predicted": self.n_pred,
            "gold": self.n_gold,
        }


def _same(x: SpanSet | None, y: SpanSet | None) -> bool:
    return x == y


def _touch(x: SpanSet | None, y: SpanSet | None) -> bool:
    if x is None or y is None:
        return x is None and y is None
    return overlaps(x, y)


def whole_ok(g: Attr, p: Attr, exact: bool) -> bool:
    """All parts right: every role matches, or is absent from both."""
    same = _same if exact else _touch
    return all(same(g.role(r), p.role(r)) for r in ROLES)


def role_sets(attrs: list[Attr], role: str) -> list[SpanSet]:
    """The distinct span sets of one role (a span the engine gives twice is one prediction)."""
    seen: dict[SpanSet, None] = {}
    for a in attrs:
        s = a.role(role)
        if s is not None:
            seen.setdefault(s, None)
    return list(seen)


def score_article(gold: list[Attr], pred: list[Attr], totals: dict[str, PRF]) -> dict[str, dict[int, int]]:
    """Add one article's counts to ``totals``; return the matchings (pred -> gold index) by metric."""
    matchings: dict[str, dict[int, int]] = {}
    for role in ROLES:
        gs, ps = role_sets(gold, role), role_sets(pred, role)
        for mode, ok in (("exact", _same), ("overlap", overlaps)):
            m = match(len(gs), len(ps), lambda g, p, ok=ok, gs=gs, ps=ps: ok(gs[g], ps[p]))  # type: ignore[misc]
            totals.setdefault(f"{role}_{mode}", PRF()).add(len(m), len(ps), len(gs))
    for mode in ("exact", "overlap"):
        m = match(len(gold), len(pred), lambda g, p, mode=mode: whole_ok(gold[g], pred[p], mode == "exact"))  # type: ignore[misc]
        totals.setdefault(f"whole_{mode}", PRF()).add(len(m), len(pred), len(gold))
        matchings[f"whole_{mode}"] = m
    # attributions found: one-to-one by overlapping content (the part every attribution has)
    m = match(len(gold), len(pred), lambda g, p: _touch(gold[g].content, pred[p].content))
    totals.setdefault("attribution_found", PRF()).add(len(m), len(pred), len(gold))
    matchings["found"] = m
    return matchings


# --- running rashomon -------------------------------------------------------------------------------


def predicted(attribution: Attribution, text: str) -> list[Attr]:
    """rashomon's accounts as PolNeAR attributions.

    An account without a cue (a quotation that carries on a speaker's words, a sentence under a
    heading) continues the last account with a cue in the same paragraph when that account has the
    same speaker: its content joins that account's span set, as PolNeAR annotates
    ``"A," X said. "B."`` as one attribution. Otherwise it stands alone, with no source and no cue.
    """
    out: list[Attr] = []
    last: tuple[Attr, str, tuple[int, int]] | None = None  # last cued attribution, its speaker, its paragraph
    for acc in attribution.accounts:
        frags = [(c.start, c.end) for c in acc.content]
        mention = attribution.mentions.get(acc.id)
        speaker = mention.name if mention is not None else ""
        para = _paragraph(text, acc.sentence.start)
        if acc.cue is None and last is not None and last[1] == speaker and last[2] == para:
            prev = last[0]
            prev.content = span_set(text, [*(prev.content or ()), *frags]) or None
            continue
        attr = Attr(
            source=span_set(text, [(acc.source.start, acc.source.end)]) or None if acc.source else None,
            cue=span_set(text, [(acc.cue.start, acc.cue.end)]) or None if acc.cue else None,
            content=span_set(text, frags) or None,
            ref=acc.id,
            speaker=mention.name if mention is not None else None,
            entity=mention.entity if mention is not None else None,
        )
        out.append(attr)
        if acc.cue is not None:
            last = (attr, speaker, para)
    return out


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, len(text) if b < 0 else b


@dataclass
class Run:
    """Predictions for a list of articles, and the seconds spent parsing and attributing them."""

    articles: list[Article]
    pred: list[list[Attr]]
    seconds: float
    names: list[list[tuple[int, int]]] = field(default_factory=list)  # named-entity spans the parser found


def parsed_split(split: str, limit: int | None = None, batch: int = 8) -> Iterator[tuple[Article, ParsedText]]:
    """Every article of a split (the first ``limit``) with its parse, ``batch`` articles per
    ``parse_many`` call: what the trainers read their examples from."""
    from rashomon.pipeline.nlp import load_model, parse_many

    articles = read_split(split)[:limit]
    nlp = load_model()
    for i in range(0, len(articles), batch):
        chunk = articles[i : i + batch]
        yield from zip(chunk, parse_many([a.text for a in chunk], nlp), strict=True)


def run(articles: list[Article], batch: int = 8) -> Run:
    """Parse (``parse_many``, ``batch`` articles at a time) and attribute every article."""
    import time

    from rashomon.pipeline.attribution import attribute
    from rashomon.pipeline.nlp import load_model, parse_many

    nlp = load_model()
    pred: list[list[Attr]] = []
    names: list[list[tuple[int, int]]] = []
    seconds = 0.0
    for i in range(0, len(articles), batch):
        chunk = articles[i : i + batch]
        t0 = time.perf_counter()
        parsed_chunk = parse_many([a.text for a in chunk], nlp)
        attributions = [attribute(parsed, art.name) for art, parsed in zip(chunk, parsed_chunk, strict=True)]
        seconds += time.perf_counter() - t0
        for art, parsed, attribution in zip(chunk, parsed_chunk, attributions, strict=True):
            pred.append(predicted(attribution, art.text))
            names.append(
                [
                    (p.start + e.start_char, p.start + e.end_char)
                    for p in parsed.paragraphs
                    if p.doc is not None
                    for e in p.doc.ents
                    if e.label_ in NAME_LABELS
                ]
            )
    return Run(articles, pred, seconds, names)


def scores(result: Run) -> dict[str, Any]:
    """Precision, recall and F1 per metric, plus the speaker figures, over all articles of a run."""
    totals: dict[str, PRF] = {}
    found = named = unknown = gold_named = unnamed = 0
    for i, (art, pred) in enumerate(zip(result.articles, result.pred, strict=True)):
        m = score_article(art.gold, pred, totals)
        names = [(n,) for n in result.names[i]] if result.names else []
        for p, g in m["found"].items():
            found += 1
            named += pred[p].entity is not None
            src = art.gold[g].source
            # the text gives a source, and the engine found the account but not who gave it
            unknown += src is not None and pred[p].speaker is None
            if src is not None and any(overlaps(src, n) for n in names):
                gold_named += 1
                unnamed += pred[p].entity is None
    out: dict[str, Any] = {k: totals[k].as_dict() for k in sorted(totals)}
    out["speakers"] = {
        "found": found,
        "named": named,
        "named_share": round(named / found, 4) if found else 0.0,
        "unknown_with_gold_source": unknown,
        "gold_source_has_name": gold_named,
        "unnamed_though_gold_source_has_name": unnamed,
    }
    return out


def agreement(splits: Iterable[str] = ("train", "dev", "test"), root: Path = POLNEAR) -> dict[str, Any]:
    """PolNeAR's annotators scored against each other on the articles several of them annotated,
    with the scorer rashomon is scored by: every ordered pair of annotators of one article, one
    as gold and the other as prediction (so precision equals recall). The ceiling a system can
    be expected to reach under these metrics."""
    from itertools import permutations

    totals: dict[str, PRF] = {}
    articles = pairs = 0
    for split in splits:
        base = root / split
        if not (base / "text").is_dir():
            continue
        for art in read_split(split, root):
            if len(art.annotators) < 2:
                continue
            articles += 1
            anns = [
                read_ann(art.text, (base / "attributions" / f"{art.name}_{a}.ann").read_text(encoding="utf-8"))
                for a in art.annotators
            ]
            for x, y in permutations(range(len(anns)), 2):
                score_article(anns[x], anns[y], totals)
                pairs += 1
    return {"articles": articles, "annotator_pairs": pairs, **{k: v.as_dict() for k, v in sorted(totals.items())}}
