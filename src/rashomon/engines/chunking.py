"""Chunks of long documents, and the sentence and the names around a quote, as offsets on the
original text (the LLM sees a chunk; every offset it leads to is mapped back)."""

from __future__ import annotations

import re


def chunk_spans(text: str, size: int, overlap: int) -> list[tuple[int, int]]:
    """Cover ``text`` with ``[start, end)`` windows of at most ``size`` characters, neighbours sharing
    about ``overlap``; a window ends at a paragraph, sentence or word break where one is near."""
    n = len(text)
    if n <= size:
        return [(0, n)]
    overlap = min(overlap, size // 2)
    out: list[tuple[int, int]] = []
    start = 0
    while True:
        end = min(start + size, n)
        if end < n:
            end = _break_before(text, start + size // 2, end)
        out.append((start, end))
        if end >= n:
            return out
        start = _break_after(text, max(end - overlap, start + 1), end) if overlap else end


_BREAKS = ("\n\n", ". ", "? ", "! ", ".\n", "\n", " ")


def _break_before(text: str, lo: int, hi: int) -> int:
    """The last break in ``text[lo:hi]`` (the strongest kind found), or ``hi``."""
    for sep in _BREAKS:
        i = text.rfind(sep, lo, hi)
        if i >= 0:
            return i + len(sep)
    return hi


def _break_after(text: str, lo: int, hi: int) -> int:
    """The first sentence start (else word start) in ``text[lo:hi)``, or ``lo``."""
    for seps in (("\n", ". ", "? ", "! "), (" ",)):
        hits = [i + len(sep) for sep in seps if (i := text.find(sep, lo, hi)) >= 0 and i + len(sep) < hi]
        if hits:
            return min(hits)
    return lo


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?=\s)|\n")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (by punctuation and line breaks) holding ``[start, end)``, never narrower than it."""
    a = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 2000), start):
        a = m.end()
    m = _SENTENCE_END.search(text, end)
    b = m.end() if m else len(text)
    while a < start and text[a].isspace():
        a += 1
    while b > end and text[b - 1].isspace():
        b -= 1
    return min(a, start), max(b, end)


def nearest(text: str, needle: str, lo: int, hi: int, pos: int) -> tuple[int, int] | None:
    """The occurrence of ``needle`` (as whole words, any case) in ``text[lo:hi]`` nearest ``pos``."""
    needle = needle.strip(" ,.;:\"'“”")
    if not needle:
        return None
    best = None
    for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text[lo:hi], re.I):
        s = lo + m.start()
        if best is None or abs(s - pos) < abs(best[0] - pos):
            best = (s, lo + m.end())
    return best
