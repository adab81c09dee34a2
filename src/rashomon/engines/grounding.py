"""Grounding: find a quote an LLM returned in the source text, and say how it was found.

An LLM returns quotes, never offsets. Each quote is looked for, in order:

1. exactly;
2. after normalising both sides: runs of whitespace become one space, curly quote marks,
   apostrophes and dashes become their ASCII forms, letters are lower-cased (offsets are mapped
   back through an index, so the span is always on the original text);
3. fuzzily (RapidFuzz ``partial_ratio_alignment`` on the normalised forms), above a threshold,
   the match widened to whole words.

A quote found none of these ways is ``ungrounded``: no span, never a guessed offset.
"""

from __future__ import annotations

from dataclasses import dataclass

from rashomon.model import AlignmentStatus

FUZZY_THRESHOLD = 0.9
MIN_FUZZY_CHARS = 12  # below this a fuzzy match is as likely chance as a paraphrase

_FOLD = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "`": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2026": "...",
}
_TRIM = " \t\r\n\"'"


@dataclass(frozen=True)
class Alignment:
    """Where a quote lies in a text: ``[start, end)`` and how it was found (``None`` when ungrounded)."""

    start: int | None
    end: int | None
    status: AlignmentStatus
    score: float = 0.0

    @property
    def grounded(self) -> bool:
        return self.status is not AlignmentStatus.ungrounded


UNGROUNDED = Alignment(None, None, AlignmentStatus.ungrounded, 0.0)


def normalise(text: str) -> tuple[str, list[int]]:
    """The normalised form of ``text`` and, for each of its characters, the offset it came from."""
    out: list[str] = []
    index: list[int] = []
    space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not space and out:
                out.append(" ")
                index.append(i)
            space = True
            continue
        space = False
        folded = _FOLD.get(ch)
        if folded is None:
            low = ch.lower()
            folded = low if len(low) == 1 else ch
        for f in folded:
            out.append(f)
            index.append(i)
    if out and out[-1] == " ":
        out.pop()
        index.pop()
    return "".join(out), index


class Aligner:
    """Aligns many quotes to one text; the normalised text is computed once, on first need."""

    def __init__(self, text: str, threshold: float = FUZZY_THRESHOLD) -> None:
        self.text = text
        self.threshold = threshold
        self._norm: tuple[str, list[int]] | None = None

    @property
    def norm(self) -> tuple[str, list[int]]:
        if self._norm is None:
            self._norm = normalise(self.text)
        return self._norm

    def align(self, quote: str, near: int = 0) -> Alignment:
        """Find ``quote``; among several exact or normalised hits, the one nearest offset ``near``."""
        text = self.text
        q = quote.strip()
        if not q:
            return UNGROUNDED
        hits = _find_all(text, q)
        if hits:
            start = min(hits, key=lambda h: abs(h - near))
            return Alignment(start, start + len(q), AlignmentStatus.exact, 1.0)

        norm, index = self.norm
        nq, _ = normalise(q)
        nq = nq.strip(_TRIM)  # quote marks the model put around the quotation
        if not nq:
            return UNGROUNDED
        hits = _find_all(norm, nq)
        if hits:
            starts = [(index[h], index[h + len(nq) - 1] + 1) for h in hits]
            start, end = min(starts, key=lambda se: abs(se[0] - near))
            return Alignment(start, end, AlignmentStatus.normalised, 1.0)

        if len(nq) < MIN_FUZZY_CHARS or not norm:
            return UNGROUNDED
        from rapidfuzz import fuzz

        res = fuzz.partial_ratio_alignment(nq, norm, score_cutoff=self.threshold * 100)
        if res is None or res.dest_end <= res.dest_start:
            return UNGROUNDED
        start = index[res.dest_start]
        end = index[res.dest_end - 1] + 1
        start, end = _whole_words(text, start, end)
        if end <= start:
            return UNGROUNDED
        return Alignment(start, end, AlignmentStatus.fuzzy, round(res.score / 100, 4))


def align(quote: str, text: str, threshold: float = FUZZY_THRESHOLD, near: int = 0) -> Alignment:
    """Find ``quote`` in ``text``: exact, then normalised, then fuzzy at or above ``threshold`` (0-1)."""
    return Aligner(text, threshold).align(quote, near)


def _find_all(text: str, sub: str, limit: int = 50) -> list[int]:
    out = []
    i = text.find(sub)
    while i >= 0 and len(out) < limit:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` to whole words, then trim the spaces and quote marks at its edges."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    while start < end and (text[start].isspace() or text[start] in "\"'“”‘’"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\"'“”‘’"):
        end -= 1
    return start, end
