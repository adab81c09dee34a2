"""The learned contradiction check and the one use relations make of it."""

from __future__ import annotations

import pytest

from rashomon.api import compare
from rashomon.options import Options
from rashomon.pipeline import contradiction
from rashomon.pipeline.embed import get_embedder

pytestmark = pytest.mark.skipif(
    not (contradiction.available() and get_embedder().available), reason="embedder or contradiction weights missing"
)


def _p(a: str, b: str) -> float:
    u, v = get_embedder().encode([a, b])
    return contradiction.probability(u, v)


def test_the_check_is_symmetric_and_tells_two_scenes_from_one():
    scenes = ("A man is sleeping on a couch.", "A man is running a marathon in the rain.")
    one = ("The harbour tax is unfair to small fishing crews.", "The harbour tax is unfair to small crews.")
    assert _p(*scenes) == pytest.approx(_p(*reversed(scenes)))
    assert _p(*scenes) > 0.8 > 0.2 > _p(*one)


def test_claims_the_check_reads_as_at_odds_do_not_agree_for_words_they_share(monkeypatch):
    text = (
        "The ministry said the harbour tax is unfair to small fishing crews.\n\n"
        "The fishermen's union said the harbour tax is unfair to small fishing crews and their families.\n"
    )
    [rel] = compare(texts=[text]).relations
    assert rel.label == "agree", "near paraphrases agree"
    monkeypatch.setattr(contradiction, "probability", lambda u, v: 0.9)
    [rel] = compare(texts=[text]).relations
    assert rel.label != "agree", rel.reason
    [rel] = compare(texts=[text], options=Options(agreement_ceiling=1.0)).relations
    assert rel.label == "agree", "a ceiling of 1 turns the check off"
