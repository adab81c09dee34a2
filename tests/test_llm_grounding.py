"""Grounding LLM quotes in the source: exact, normalised, fuzzy or ungrounded, offsets on the
original text; and chunks of long documents whose offsets map back to it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from rashomon.engines.chunking import chunk_spans, nearest, sentence_around
from rashomon.engines.grounding import Aligner, align, normalise
from rashomon.model import AlignmentStatus

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "hanoi-summit.txt"


@pytest.fixture(scope="module")
def text() -> str:
    return EXAMPLE.read_bytes().decode("utf-8")


def test_exact(text):
    q = "the US had chosen to “walk away.”"
    a = align(q, text)
    assert a.status is AlignmentStatus.exact
    assert text[a.start : a.end] == q


def test_exact_prefers_the_hit_nearest_the_hint():
    text = "Ri said no. Later, Ri said no again."
    first, second = align("said no", text, near=0), align("said no", text, near=20)
    assert (first.start, second.start) == (3, 22)


def test_normalised_quote_marks_whitespace_and_case(text):
    q = 'According to president trump, the split came entirely on the basis of North Korea\'s demand for "full"  sanctions relief.'
    a = align(q, text)
    assert a.status is AlignmentStatus.normalised
    got = text[a.start : a.end]
    assert (
        got
        == "According to President Trump, the split came entirely on the basis of North Korea’s demand for “full” sanctions relief."
    )


def test_normalised_across_a_line_break():
    text = "He said:\n“We are ready\n   to talk,” on Monday."
    a = align("We are ready to talk", text)
    assert a.status is AlignmentStatus.normalised
    assert text[a.start : a.end] == "We are ready\n   to talk"


def test_quote_marks_around_the_quote_are_not_part_of_it():
    text = "Kim said “we offered partial relief” and left."
    a = align('"We offered partial relief"', text)
    assert text[a.start : a.end] == "we offered partial relief"


def test_fuzzy_widens_to_whole_words(text):
    q = "there was basic agrement to have more talks in the future"  # one letter dropped
    a = align(q, text)
    assert a.status is AlignmentStatus.fuzzy and a.score >= 0.9
    got = text[a.start : a.end]
    assert got == "there was basic agreement to have more talks in the future"


def test_below_the_threshold_is_ungrounded(text):
    a = align("North Korea demanded the return of all US troops from Asia", text)
    assert a.status is AlignmentStatus.ungrounded
    assert (a.start, a.end) == (None, None) and not a.grounded


def test_short_quotes_are_never_fuzzy():
    assert align("Trunp", "Trump said so.").status is AlignmentStatus.ungrounded


def test_empty_quote_is_ungrounded():
    assert align("   ", "anything").status is AlignmentStatus.ungrounded


def test_threshold_is_a_setting(text):
    q = "there was basic agreement to hold many more talks in the future"
    assert align(q, text, threshold=0.95).status is AlignmentStatus.ungrounded
    assert align(q, text, threshold=0.8).status is AlignmentStatus.fuzzy


def test_normalise_keeps_an_index_into_the_original():
    src = "A  “Quoted”\n— Text İ"
    norm, index = normalise(src)
    assert norm == 'a "quoted" - text i̇' or norm.startswith('a "quoted" - text')
    assert len(norm) == len(index)
    for i, ch in enumerate(norm):
        if ch not in ' "-':
            assert src[index[i]].lower().startswith(ch) or src[index[i]] == ch


def test_fast_on_a_long_document(text):
    long = (text + "\n\n") * 300  # ~900,000 characters
    aligner = Aligner(long)
    t0 = time.perf_counter()
    exact = aligner.align("he presented future talks as all but assured")
    norm = aligner.align("He Presented future talks as all but ASSURED")
    fuzzy = aligner.align("he presented future talk as all but assured", near=500_000)
    missing = aligner.align("an entirely invented sentence that the article never says")
    elapsed = time.perf_counter() - t0
    assert exact.status is AlignmentStatus.exact and norm.status is AlignmentStatus.normalised
    assert fuzzy.status is AlignmentStatus.fuzzy and missing.status is AlignmentStatus.ungrounded
    assert elapsed < 5.0, f"{elapsed:.2f}s"


# --- chunks


@pytest.mark.parametrize("size,overlap", [(400, 80), (800, 150), (1200, 0), (5000, 500)])
def test_chunks_cover_the_text_with_overlap(text, size, overlap):
    spans = chunk_spans(text, size, overlap)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:], strict=False):
        assert s2 <= e1, "a gap between chunks"
        assert s2 > s1 and e2 > e1
        if overlap:
            assert e1 - s2 > 0
    assert all(e - s <= size for s, e in spans)


def test_chunks_end_at_breaks(text):
    for _s, e in chunk_spans(text, 600, 100)[:-1]:
        assert text[e - 1].isspace() or text[e - 2 : e] in {". ", ".\n"}, repr(text[e - 10 : e])


def test_a_quote_found_in_a_chunk_maps_back_to_the_document(text):
    q = "expressed hope that deals would eventually be made in the future"
    for s, e in chunk_spans(text, 500, 120):
        a = align(q, text[s:e])
        if a.grounded:
            assert text[a.start + s : a.end + s] == q
            break
    else:
        pytest.fail("no chunk holds the quote")


def test_short_text_is_one_chunk():
    assert chunk_spans("Ri said no.", 6000, 500) == [(0, 11)]


def test_sentence_around(text):
    q = "the split came entirely on the basis of North Korea’s demand"
    s = text.index(q)
    a, b = sentence_around(text, s, s + len(q))
    assert text[a:b].startswith("According to President Trump") and text[a:b].endswith("sanctions relief.")


def test_nearest_name_as_whole_words_any_case():
    text = "Trump said so. Later, TRUMP said it again; Trumpism is another word."
    assert nearest(text, "Trump", 0, len(text), 30) == (22, 27)
    assert nearest(text, "Trump,", 0, 10, 0) == (0, 5)  # punctuation the model added is no part of the name
    assert nearest(text, "Biden", 0, len(text), 0) is None
