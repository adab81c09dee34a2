"""A learned reporting-cue scorer: how likely a verb is to introduce an account, from its parse.

The hand-written word classes in lexicon.py cover the common reporting verbs; news also reports
with a long tail of verbs no list holds ("blasted", "chanted", "unleashed"). This scorer is a
logistic regression over features of a verb's lemma and its syntactic frame (a clausal complement,
a speaking subject, a quotation beside it), trained on the PolNeAR ``train`` split by
``benchmarks/train_cues.py``. Its weights ship with the package (``data/cue_model.json``, a few
hundred kilobytes of JSON); scoring is a sum of weights, with no library beyond the parse.

``features`` is shared by training and scoring, so the two cannot drift apart.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from rashomon.pipeline import lexicon as lx

if TYPE_CHECKING:
    from spacy.tokens import Token

    from rashomon.pipeline.nlp import ParsedText, Sentence

MODEL_FILE = "cue_model.json"
# Word classes of the lexicon, given to the model as features (it learns how much each is worth).
_CLASSES = (
    ("speech", lx.SPEECH_VERBS),
    ("clause", lx.CLAUSE_VERBS),
    ("intent", lx.INTENT_VERBS),
    ("stance", lx.STANCE_VERBS),
    ("evidence", lx.EVIDENCE_VERBS),
    ("denial", lx.DENIAL_VERBS),
    ("hedge", lx.HEDGE_VERBS),
    ("act", lx.ACT_VERBS),
)
_SPEAKER_PRONOUNS = {"he", "she", "they", "i", "we", "you"}
_FRAMES = {"no_subject", "subj_speaker_pronoun", "quote_after", "quote_before", "infinitive", "that_clause", "clauseR"}


def is_candidate(tok: Token) -> bool:
    """Verbs are scored; auxiliaries, nouns and adjectives are not."""
    return tok.pos_ == "VERB"


def _subject(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in {"nsubj", "nsubjpass"}:
            return c
    return None


def features(parsed: ParsedText, sent: Sentence, tok: Token) -> list[str]:
    """The features of one candidate verb: its lemma, form and dependency, the dependencies of
    its children (a clausal complement, an object, a governed preposition), what kind of thing
    its subject is, a quotation next to it, and the lexicon's word classes it belongs to."""
    lemma = tok.lemma_.lower()
    out = [
        "bias",
        f"lemma={lemma}",
        f"tag={tok.tag_}",
        f"dep={tok.dep_}",
        f"lemma|dep={lemma}|{tok.dep_}",
        f"head_pos={tok.head.pos_}" if tok.head is not tok else "root",
    ]
    for name, words in _CLASSES:
        if lemma in words:
            out.append(f"class={name}")
            out.append(f"class|dep={name}|{tok.dep_}")
    kids = set()
    for c in tok.children:
        side = "R" if c.i > tok.i else "L"
        kids.add(f"child={c.dep_}{side}")
        if c.dep_ == "ccomp" and any(g.pos_ in {"VERB", "AUX"} for g in c.subtree):
            kids.add(f"clause{side}")
            kids.add(f"lemma|clause={lemma}")
            if any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                kids.add("that_clause")
        if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}:
            kids.add("infinitive")
        if c.dep_ == "prep":
            kids.add(f"prep={c.lower_}")
            kids.add(f"lemma|prep={lemma}|{c.lower_}")
        if c.dep_ == "dobj":
            kids.add(f"dobj_pos={c.pos_}")
            if c.ent_type_:
                kids.add(f"dobj_ent={c.ent_type_}")
    out.extend(sorted(kids))
    subj = _subject(tok)
    if subj is None:
        out.append("no_subject")
    else:
        out.append(f"subj_pos={subj.pos_}")
        if subj.ent_type_:
            out.append(f"subj_ent={subj.ent_type_}")
        if subj.lower_ in _SPEAKER_PRONOUNS:
            out.append("subj_speaker_pronoun")
        if subj.lemma_.lower() in lx.PERSON_ROLES:
            out.append("subj_role")
        if subj.lemma_.lower() in lx.EVIDENCE_NOUNS:
            out.append("subj_evidence")
    start, end = sent.offset(tok), sent.offset_end(tok)
    if any(0 <= q[0] - end <= 3 for q in parsed.quotes):
        out.append("quote_after")
    if any(0 <= start - q[1] <= 3 for q in parsed.quotes):
        out.append("quote_before")
    if tok.i == sent.span[-1].i - 1 or tok.i == sent.span[-1].i:
        out.append("sentence_end")
    # the lemma with its frame: which verbs report only with a clause, a speaker or a quotation
    frame = [f for f in out if f in _FRAMES or f.startswith("subj_ent=")] + [k for k in kids if k in _FRAMES]
    out.extend(f"lemma|{f}={lemma}" for f in frame)
    return out


@lru_cache(maxsize=1)
def _model() -> dict[str, Any]:
    """The shipped model file, read once per process."""
    raw: dict[str, Any] = json.loads(
        resources.files("rashomon.pipeline.data").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    )
    return raw


@lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    return {str(k): float(v) for k, v in _model()["weights"].items()}


def model_info() -> dict[str, object]:
    """The shipped model's metadata (training split, size, threshold, dev figures), weights left out."""
    return {k: v for k, v in _model().items() if k != "weights"}


def probability(parsed: ParsedText, sent: Sentence, tok: Token) -> float:
    """How likely the verb is to be a reporting cue, between 0 and 1 (0 for non-candidates)."""
    if not is_candidate(tok):
        return 0.0
    w = _weights()
    z = sum(w.get(f, 0.0) for f in features(parsed, sent, tok))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
