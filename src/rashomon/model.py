"""The data model: spans, documents, speakers, parties, accounts, claims, aspects, relations.

Spans are the backbone: every item that says something about a text points at a
half-open ``[start, end)`` range of Unicode code points in the unchanged text of one
document. This module imports nothing from the pipeline, the engines or the renderers.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

FORMAT = "rashomon-analysis/1"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Strict):
    """A ``[start, end)`` range of code points in the text of document ``doc``."""

    doc: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        return self

    def text(self, source: str) -> str:
        if self.end > len(source):
            raise ValueError(f"span [{self.start}, {self.end}) outside a text of {len(source)} characters")
        return source[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.doc == other.doc and self.start < other.end and other.start < self.end


class AlignmentStatus(StrEnum):
    """How a quote returned by an engine was found in the source text."""

    exact = "exact"
    normalised = "normalised"
    fuzzy = "fuzzy"
    ungrounded = "ungrounded"


class Document(_Strict):
    id: str
    path: str
    text: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    format: Literal["text", "markdown", "html"] = "text"


class Speaker(_Strict):
    """One source of accounts (a person, an organisation, a group), under all its names."""

    id: str
    name: str
    kind: Literal["person", "organisation", "group", "heading", "unknown"] = "unknown"
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)
    party: str | None = None


class Party(_Strict):
    """A side: speakers grouped by what the text says of their affiliation."""

    id: str
    name: str
    speakers: list[str] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list, description="why these speakers were grouped")
    origin: Literal["text", "user"] = "text"


AccountKind = Literal[
    "direct",  # a quotation in quote marks
    "indirect",  # X said (that) ...
    "according_to",  # according to X, ...
    "heading",  # a sentence under a heading that announces a side's version
    "continuation",  # a sentence that carries on the account of the previous speaker
    "denial",  # X denied / disputed ...
    "hedged",  # X suggests / reportedly / media reports ...
]


class Account(_Strict):
    """One attribution: who (source), the reporting cue, and what (content)."""

    id: str
    doc: str
    kind: AccountKind
    speaker: str | None = None
    party: str | None = None
    source: Span | None = None
    cue: Span | None = None
    content: list[Span] = Field(default_factory=list)
    sentence: Span
    hedged: bool = False
    negated: bool = Field(
        default=False, description="the cue itself is negated ('did not say that ...'): the source did not say it"
    )


class Claim(_Strict):
    """An atomic, clause-sized statement with its exact span in the source."""

    id: str
    doc: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str
    account: str | None = None
    level: Literal["account", "clause"] = "clause"
    parent: str | None = Field(default=None, description="the account-level claim a clause belongs to")
    speaker: str | None = None
    party: str | None = None
    polarity: Literal["positive", "negative"] = "positive"
    hedged: bool = False
    statement: str = ""
    alignment: AlignmentStatus = AlignmentStatus.exact

    @property
    def span(self) -> Span:
        return Span(doc=self.doc, start=self.start, end=self.end)


class Aspect(_Strict):
    """A question the accounts answer, and the claims that answer it."""

    id: str
    label: str
    question: str
    claims: list[str] = Field(default_factory=list)
    parties: list[str] = Field(default_factory=list)
    # claims of ``claims`` placed here by nearness alone (a short report's leftovers): shown with
    # the question, but neither judged against the other claims nor wording the question
    loose: list[str] = Field(default_factory=list)


RelationLabel = Literal["conflict", "agree", "compatible"]


class Relation(_Strict):
    a: str
    b: str
    label: RelationLabel
    aspect: str
    reason: str
    evidence: list[str] = Field(default_factory=list, description="the words the reason rests on")
    internal: bool = False
    score: float = 0.0
    rebuttal_by: str | None = Field(default=None, description="for an explicit rebuttal, the rebutting claim")


class Problem(_Strict):
    """Input that could not be analysed, kept with the analysis instead of aborting it."""

    path: str
    code: str
    message: str


class Analysis(_Strict):
    format: str = FORMAT
    documents: list[Document] = Field(default_factory=list)
    speakers: list[Speaker] = Field(default_factory=list)
    parties: list[Party] = Field(default_factory=list)
    accounts: list[Account] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    aspects: list[Aspect] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)
    options: dict[str, Any] = Field(default_factory=dict)
    models: dict[str, str] = Field(default_factory=dict)
    stats: dict[str, Any] = Field(default_factory=dict)

    def document(self, doc_id: str) -> Document:
        for d in self.documents:
            if d.id == doc_id:
                return d
        raise KeyError(doc_id)

    def claim(self, claim_id: str) -> Claim:
        for c in self.claims:
            if c.id == claim_id:
                return c
        raise KeyError(claim_id)

    def party_name(self, party_id: str | None) -> str:
        if party_id is None:
            return "narrator"
        for p in self.parties:
            if p.id == party_id:
                return p.name
        return party_id

    def check_grounding(self) -> list[str]:
        """Ids of claims whose quote is not ``text[start:end]`` of their document."""
        texts = {d.id: d.text for d in self.documents}
        bad = []
        for c in self.claims:
            text = texts.get(c.doc)
            if text is None or c.end > len(text) or text[c.start : c.end] != c.quote:
                bad.append(c.id)
        return bad
