"""Where a reporting cue begins and ends, learned from PolNeAR's annotators.

The cue stage finds the reporting verb and a verb group around it by rule ("has not said",
"called for"). News annotation marks more or less than that, and consistently: a time just
after the verb ("said Friday"), a manner adverb ("complained bitterly"), the preposition of a
following cue ("responded by saying"). This module decides, token by token
walking outwards from the verb, whether each neighbour belongs to the cue, with a logistic
regression over the neighbour's relation to the verb (side, distance, dependency, part of speech,
the word itself for closed-class words, whether the rule put it in the group). It is trained on
the PolNeAR ``train`` split by ``benchmarks/train_cue_spans.py``; its weights ship with the
package (``data/cue_span.json``, a few kilobytes) and scoring is a sum of weights.

A cue never grows into its account's source or content, never past punctuation, and never loses
its verb. ``features`` is shared by training and use, so the two cannot drift apart.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Token

    from rashomon.model import Account
    from rashomon.pipeline.nlp import ParsedText, Sentence

MODEL_FILE = "cue_span.json"
REACH = 4  # tokens looked at on each side of the verb group
_CLOSED = {"ADP", "PART", "ADV", "AUX", "DET", "PRON", "CCONJ", "SCONJ", "NUM"}


def features(tok: Token, verb: Token, inside: bool) -> list[str]:
    """The features of one neighbour ``tok`` of the cue's verb: which side, how far, how it hangs
    from the verb, what kind of word it is, and whether the rule put it in the verb group."""
    side = "L" if tok.i < verb.i else "R"
    dist = min(abs(tok.i - verb.i), 4)
    word = tok.lower_ if tok.pos_ in _CLOSED or tok.ent_type_ in {"DATE", "TIME"} else tok.pos_
    rel = "child" if tok.head.i == verb.i else ("grandchild" if tok.head.head.i == verb.i else "other")
    out = [
        "bias",
        f"side={side}",
        f"side|dist={side}|{dist}",
        f"side|dep={side}|{tok.dep_}",
        f"side|pos={side}|{tok.pos_}",
        f"side|word={side}|{word}",
        f"side|rel={side}|{rel}",
        f"side|rel|dep={side}|{rel}|{tok.dep_}",
        f"inside={inside}",
        f"side|inside|dep={side}|{inside}|{tok.dep_}",
        f"ent={tok.ent_type_ or '-'}",
        f"side|head_dep={side}|{tok.head.dep_}",
    ]
    if tok.pos_ in {"ADP", "PART"}:
        out.append(f"lemma|side|word={verb.lemma_.lower()}|{side}|{word}")
    return out


@lru_cache(maxsize=1)
def _model() -> dict[str, Any]:
    """The shipped model file, read once per process; empty when none ships (while training)."""
    try:
        text = resources.files("rashomon.pipeline.data").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    raw: dict[str, Any] = json.loads(text)
    return raw


@lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    return {str(k): float(v) for k, v in _model().get("weights", {}).items()}


def model_info() -> dict[str, object]:
    """The shipped model's metadata (training split, size, dev figures), weights left out."""
    return {k: v for k, v in _model().items() if k != "weights"}


def probability(tok: Token, verb: Token, inside: bool) -> float:
    """How likely ``tok`` is part of the cue of ``verb``."""
    z = sum(_weights().get(f, 0.0) for f in features(tok, verb, inside))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def walk(verb: Token, group: tuple[int, int], blocked: set[int], lo: int, hi: int) -> list[tuple[Token, bool]]:
    """The neighbours of the verb the model is asked about, nearest first on each side, with
    whether the rule's verb group (token indices ``group``, inclusive) holds them: up to the group's
    edge plus ``REACH``, within the sentence (``lo``..``hi``), stopping at punctuation and at
    tokens of the source or content (``blocked``)."""
    doc = verb.doc
    out: list[tuple[Token, bool]] = []
    for step, stop in ((-1, max(lo, group[0] - REACH)), (1, min(hi, group[1] + REACH))):
        k = verb.i + step
        while (k >= stop if step < 0 else k <= stop) and k not in blocked and not doc[k].is_punct:
            out.append((doc[k], group[0] <= k <= group[1]))
            k += step
    return out


_rule_only = False


@contextmanager
def rule_spans() -> Iterator[None]:
    """Cues as the rules draw them, whatever model ships: what the model is trained on."""
    global _rule_only
    _rule_only = True
    try:
        yield
    finally:
        _rule_only = False


def span(verb: Token, group: tuple[int, int], blocked: set[int], lo: int, hi: int) -> tuple[int, int]:
    """The cue's tokens (indices, inclusive) as the model draws them; the rule's group when no
    model ships or inside ``rule_spans``."""
    if _rule_only or not _weights():
        return group
    first = last = verb.i
    for side in (-1, 1):
        for tok, inside in (x for x in walk(verb, group, blocked, lo, hi) if (x[0].i - verb.i) * side > 0):
            if probability(tok, verb, inside) < 0.5:
                break
            first, last = min(first, tok.i), max(last, tok.i)
    if last > verb.i and verb.doc[last].dep_ == "cc":
        # a cue does not end on "and": it takes the rule's word after it ("made it loud and clear")
        # or stops before it
        last = group[1] if group[1] > last else last - 1
    return first, last


def context(parsed: ParsedText, acc: Account) -> tuple[Sentence, Token, tuple[int, int], set[int]] | None:
    """What ``span`` needs for an account's cue: its sentence, its verb (the word of the cue that
    the others hang from), the rule's group and the tokens of the source and content. None for a
    cue that is no verb ("according to", a colon)."""
    if acc.cue is None:
        return None
    sent = next((s for s in parsed.sentences if s.start <= acc.cue.start < s.end), None)
    if sent is None:
        return None
    toks = [t for t in sent.span if acc.cue.start <= sent.offset(t) < acc.cue.end]
    verbs = [t for t in toks if t.pos_ == "VERB" and (t.head.i == t.i or t.head not in toks)]
    if not verbs:
        return None
    taken = [(s.start, s.end) for s in [*acc.content, *([acc.source] if acc.source else [])]]
    blocked = {t.i for t in sent.span if any(a <= sent.offset(t) < b for a, b in taken)}
    return sent, verbs[0], (toks[0].i, toks[-1].i), blocked
