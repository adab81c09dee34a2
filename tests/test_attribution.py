"""The attribution stage on real sentences: who says what, with exact spans."""

from __future__ import annotations

import pytest

from rashomon.pipeline.attribution import attribute
from rashomon.pipeline.nlp import parse


def _accounts(nlp, text):
    parsed = parse(text, nlp)
    att = attribute(parsed, "d1")
    out = []
    for acc in att.accounts:
        for span in (
            [acc.sentence, *acc.content] + ([acc.source] if acc.source else []) + ([acc.cue] if acc.cue else [])
        ):
            assert text[span.start : span.end] == span.text(text)
            assert span.end <= len(text)
        m = att.mentions.get(acc.id)
        out.append((acc, m.name if m else None, [text[c.start : c.end] for c in acc.content]))
    return out, att


def test_indirect_speech_with_that_clause(nlp):
    text = "Foreign Minister Ri Yong Ho said Trump's claim was inaccurate."
    accs, _ = _accounts(nlp, text)
    assert len(accs) == 1
    acc, name, content = accs[0]
    assert name == "Foreign Minister Ri Yong Ho"
    assert content == ["Trump's claim was inaccurate"]
    assert text[acc.cue.start : acc.cue.end] == "said"


def test_according_to(nlp):
    text = "According to the mayor, the bridge will reopen in May."
    accs, _ = _accounts(nlp, text)
    assert [(n, c) for _, n, c in accs] == [("the mayor", ["the bridge will reopen in May"])]
    assert accs[0][0].kind == "according_to"


def test_inverted_direct_quote_and_its_continuation(nlp):
    text = (
        "“We will not back down,” the union leader said on Monday. “The strike goes on.”\n\n"
        "The company did not comment."
    )
    accs, _ = _accounts(nlp, text)
    names = [n for _, n, _ in accs]
    assert names == ["the union leader", "the union leader"]
    assert accs[0][2] == ["We will not back down"]
    assert "The strike goes on" in accs[1][2][0]
    # the narrator's last sentence is nobody's account
    assert all("did not comment" not in c for _, _, cs in accs for c in cs)


def test_pronoun_continues_the_last_speaker(nlp):
    text = "Senator Jane Moss criticised the plan on Tuesday. She says the costs were hidden from voters."
    accs, _ = _accounts(nlp, text)
    assert any(n and "Jane Moss" in n and c == ["the costs were hidden from voters"] for _, n, c in accs)


def test_denial_is_marked(nlp):
    text = "A spokesman for the ministry denied that any troops had crossed the border."
    accs, _ = _accounts(nlp, text)
    assert len(accs) == 1 and accs[0][0].kind == "denial" and accs[0][0].negated
    assert accs[0][1] == "A spokesman for the ministry"


def test_heading_section_carries_the_version(nlp, hanoi_text):
    accs, att = _accounts(nlp, hanoi_text)
    assert [name for _, name in att.headings] == ["US", "North Korea", "South Korea"]
    walked = [(n, a.kind) for a, n, c in accs if any("walked away" in x for x in c)]
    # "It was at this point Trump walked away." continues Ri's account; the US one stays Trump's
    assert ("Foreign Minister Ri Yong Ho", "continuation") in walked
    assert any(n == "President Trump" for n, _ in walked)


def test_narrator_sentences_stay_unattributed(nlp, hanoi_text):
    accs, _ = _accounts(nlp, hanoi_text)
    contents = " ".join(c for _, _, cs in accs for c in cs)
    assert "Jason Ditz is Senior Editor" not in contents
    assert "But what actually happened?" not in contents


@pytest.mark.parametrize(
    "text",
    ["The storm destroyed three houses and the road was closed for a week.", "Prices rose by 4% in March."],
)
def test_no_reported_speech(nlp, text):
    accs, _ = _accounts(nlp, text)
    assert accs == []
