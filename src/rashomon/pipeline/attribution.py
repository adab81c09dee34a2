"""Attribution: find every account a news text reports, with its source, cue and content spans.

Mechanisms, in the order they apply to a sentence:

* reporting verbs (``X said (that) ...``, ``..., X said``, ``X denied ...``, participles such as
  ``..., saying that ...`` whose speaker is the subject of the clause they hang from), passive
  agents (``disputed by X``), light verb + reporting noun (``gave the impression that``);
* ``according to X``;
* quotations, also across sentences and paragraphs, given to the cue beside them, to the
  speaker a colon introduced, or to the speaker of the quotation just before;
* headings that announce a side's version (``US Version:``) and the sentences under them;
* pronoun subjects (``He says ...``) resolved to the speaker they continue.

Sentences with none of these stay the narrator's.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from rashomon.model import Account, Span
from rashomon.pipeline import cue_span as cue_extent
from rashomon.pipeline import lexicon as lx
from rashomon.pipeline.cues import (
    CONTENT_TRIM,
    DASHES,
    POSSESSIVES,
    PRONOUNS,
    QUOTE_OPENERS,
    Cue,
    assign_content,
    drop_nested,
    drop_sourcing,
    find_cues,
    name_taken_for_root,
    reduced_passive,
    source_phrase,
    speaks_to_someone,
    subtree_offsets,
    trim,
    turns_down,
)
from rashomon.pipeline.nlp import FINITE_TAGS, Paragraph, ParsedText, Sentence, headline_end, title_end

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


@dataclass
class Mention:
    """A name for a speaker as the text gives it (pronouns already resolved)."""

    name: str
    span: Span
    kind: str = "unknown"  # person, organisation, group, heading
    entity: str | None = None  # the named entity the speaker is, if any
    entities: list[tuple[str, str]] = field(default_factory=list)  # (label, text) inside the phrase
    section: str | None = None  # the heading the account stands under
    head: str = ""  # lemma of the phrase's head noun
    gender: str | None = None  # "f" or "m" when the phrase says ("Ms. Rice", "a spokesman")
    # the phrase is the subject of a verb two sides do to each other ("Israel and Hamas agreed to
    # a truce"): speakers it names together may be counterparts, not one side
    reciprocal: bool = False
    # the verb itself is one two do with each other ("X and Y agreed", "met"), not a plain report
    mutual: bool = False
    # the political party the phrase gives the speaker ("Republican Sen. X", "X, D-Calif.",
    # "X, Democrat of Illinois"): "republican", "democratic" ... or None
    political: str | None = None
    # the group the speaker speaks among: "Republicans tore into him, with Chairman Trey Gowdy
    # saying ..." gives "Republicans" for Gowdy
    member_of: str | None = None
    # the phrase calls the speaker a scholar or scientist ("a University of Denver law professor",
    # "Arachnologist Dr X", "meteor expert X"): one who comments on the matter, not a party to it
    expert: bool = False


@dataclass
class Attribution:
    """The output of the attribution stage for one document."""

    accounts: list[Account] = field(default_factory=list)
    mentions: dict[str, Mention] = field(default_factory=dict)  # account id -> resolved source
    headings: list[tuple[Span, str]] = field(default_factory=list)  # heading span, announced name
    # every person the text describes, wherever it names them ("Israeli Prime Minister Benjamin
    # Netanyahu's address", "Boko Haram leader Abubakar Shekau"): whom they speak for when the
    # phrase they speak under says nothing of it ("Netanyahu said")
    descriptions: list[Mention] = field(default_factory=list)
    # (person, whom they act for): "Joseph Sellers, the women's lawyer", "the plaintiffs' lawyer,
    # Joseph M. Sellers", "Jo Roe, a spokeswoman for the campaign"
    agents: list[tuple[str, str]] = field(default_factory=list)
    leader: str | None = None  # "the Obama administration": whose administration the text is about


def _is_heading(text: str) -> bool:
    """A short line ending in a colon: 'US Version:', 'South Korea Says:' (the caller checks it names someone)."""
    words = text.rstrip(":").split()
    return text.endswith(":") and 1 <= len(words) <= 6 and any(w[:1].isupper() for w in words)


def _names_someone(parsed: ParsedText, para_index: int) -> bool:
    para = parsed.paragraphs[para_index]
    return para.doc is not None and any(e.label_ in {"GPE", "NORP", "ORG", "PERSON"} for e in para.doc.ents)


def _is_meta_line(text: str, turns: frozenset[str] = frozenset()) -> bool:
    """'Author: Jane Doe', '— This story was updated', 'Vote Now:' and other page furniture; not a
    short turn of a transcript ("TRUMP: Mexico will pay.", where ``turns`` holds the labels of the
    document's turns)."""
    head, sep, rest = text.partition(":")
    if sep and len(head.split()) <= 2 and len(text.split()) <= 8 and not text.endswith(":"):
        return not _transcript_turn(head, rest, turns)
    return text.startswith(("—", "–", "©", "Copyright")) and len(text.split()) <= 12


def _transcript_turn(head: str, rest: str, turns: frozenset[str]) -> bool:
    """'TRUMP: Mexico will pay.': a turn of a transcript, a label of ``turns`` before a sentence."""
    return head.strip() in turns and rest.strip()[-1:] in {".", "?", "!", '"', "”"}


_TURN = re.compile(r"^[“\"]?([A-Z][A-Z0-9.’'-]*(?: [A-Z][A-Z0-9.’'-]*){0,3}):\s+\S", re.M)
MIN_TURNS = 3  # a transcript: this many lines that open with a speaker's label in capitals


@lru_cache(maxsize=8)
def _transcript_labels(text: str) -> frozenset[str]:
    """The labels of a transcript's turns ("TRUMP:", "COOPER:", "Q:"): lines that open with a
    label in capitals, at least MIN_TURNS of them, by at least two speakers of whom one speaks
    again (a transcript goes back and forth; "MAYOR LEE" and "LEE" are one). Lone "WARNING:",
    "BREAKING:" or dateline lines are no transcript. Cached on the text, one object per document."""
    labels = [m.group(1) for m in _TURN.finditer(text)]
    # page furniture in capitals ("SOURCE: Reuters", "PHOTO: ...") is no turn
    labels = [x for x in labels if not set(re.findall(r"[a-z']+", x.lower())) & lx.PAGE_LABELS]
    speakers = Counter(x.split()[-1] for x in labels)
    if len(labels) >= MIN_TURNS and len(speakers) >= 2 and max(speakers.values()) >= 2:
        return frozenset(labels)
    return frozenset()


def _heading_name(parsed: ParsedText, para_index: int) -> str:
    """The side a heading announces: its named entity, or its words before the reporting word."""
    para = parsed.paragraphs[para_index]
    assert para.doc is not None
    ents = [e for e in para.doc.ents if e.label_ in {"GPE", "NORP", "ORG", "PERSON", "LOC"}]
    if ents:
        name = ents[0].text
    else:
        words = [t for t in para.doc if not t.is_punct]
        # drop the trailing 'Version', 'Says', 'Account' word(s): keep the proper-noun prefix
        keep = [t for t in words if t.pos_ == "PROPN" or t.tag_ == "NNP"]
        name = " ".join(t.text for t in (keep or words[:-1] or words))
    for suffix in ("’s", "'s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.strip()


_SIGNED = re.compile(r"[”\"]\s*([―—–]|--)\s*([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,4})\s*\.?$")
# a paragraph that opens with the verb and then its speaker, a colon or comma, and the quotation
_INVERTED_OPENING = re.compile(
    r"^(Said|Says|Added|Adds|Asked|Asks|Wrote|Writes|Explained|Noted|Recalled|Replied|Countered|Continued)"
    r" ((?:[Tt]he |[Aa] |[Aa]n )?[\w.’'-]+(?: [\w.’'-]+){0,5})[:,] *(?=[“\"])"
)
_LABELLED = re.compile(r"^[“\"]?([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}) ?(:) +\S")
QUOTE_MARKS = '“”"'


def _recognised_name(para: Paragraph, a: int, b: int, people: Counter[str]) -> bool:
    """Whether the words at ``[a, b)`` of a paragraph are a person or a body: the recogniser took
    them for one there, or (titles aside) they are words of a person's name the document gives
    (``people``, the state's names: "Pelosi" after "Nancy Pelosi"); "Supreme Court" as a topic
    label is neither."""
    if para.doc is None:
        return False
    toks = [t for t in para.doc if a <= t.idx < b and not t.is_punct]
    if toks and all(t.ent_type_ in {"PERSON", "ORG"} for t in toks):
        return True
    words = [t.text for t in toks if t.lower_.strip(".") not in lx.STAFF_ROLES | lx.RANK_WORDS | {"rep", "sen", "gov"}]
    named = {w for name in people for w in name.split()}
    return bool(words) and all(w in named for w in words)


def _punctuation_account(
    parsed: ParsedText, para_index: int, people: Counter[str] | None = None
) -> tuple[Sentence, list[Token], tuple[int, int], tuple[int, int]] | None:
    """A paragraph whose speaker a mark names: a quotation signed after a dash ('“...” ― Jane Doe')
    or a line that a name and a colon introduce ('Sanders: Clinton needs to ...', 'WALLACE: Do you
    ...'). Gives the sentence holding the name, the name's tokens, and the cue's and content's offsets."""
    para = parsed.paragraphs[para_index]
    sents = [s for s in parsed.sentences if s.paragraph.index == para_index]
    if para.doc is None or not sents:
        return None
    text = parsed.text
    signed = _SIGNED.search(para.text)
    opening = _INVERTED_OPENING.match(para.text)
    if signed is not None and para.text.lstrip()[:1] in QUOTE_MARKS + "”":
        name_a, name_b = para.start + signed.start(2), para.start + signed.end(2)
        cue_a = para.start + signed.start(1)
        cue_b = para.start + signed.end(1)
        content = (para.start, para.start + signed.start())
    elif opening is not None:
        # 'Said Ellis: "I don't get the sense ..."', 'Added the senator: "..."'
        name_a, name_b = para.start + opening.start(2), para.start + opening.end(2)
        cue_a, cue_b = para.start + opening.start(1), para.start + opening.end(1)
        content = (para.start + opening.end(), para.end)
    else:
        labelled = _LABELLED.match(para.text)
        shift = 0
        if labelled is not None and labelled.group(1).lower() in lx.PAGE_LABELS:
            # "RELATED: Limbaugh: CNN 'Irresponsible' for ...": the page's label, then the speaker's,
            # when the recogniser knows it for a name ("RELATED: Supreme Court: ..." is a topic)
            after = para.text[labelled.end(2) :]
            shift = labelled.end(2) + len(after) - len(after.lstrip())
            labelled = _LABELLED.match(para.text[shift:])
            if labelled is not None and not _recognised_name(
                para, shift + labelled.start(1), shift + labelled.end(1), people or Counter()
            ):
                return None
        turns = _transcript_labels(parsed.text)
        if labelled is None or (
            len(para.text.split()) < 5 and not _transcript_turn(*para.text[shift:].split(":", 1), turns)
        ):
            return None  # "Photo: AP"; a transcript's short turn ("TRUMP: Mexico will pay.") speaks
        name_a, name_b = para.start + shift + labelled.start(1), para.start + shift + labelled.end(1)
        cue_a, cue_b = para.start + shift + labelled.start(2), para.start + shift + labelled.end(2)
        content = (cue_b, para.end)
    sent = next((x for x in sents if x.start <= name_a < x.end), None)
    if sent is None:
        return None
    toks = [t for t in sent.span if name_a <= sent.offset(t) < name_b and not t.is_punct]
    cue = text[cue_a:cue_b]
    rest = [t for x in sents for t in x.span if content[0] <= x.offset(t) < content[1]]
    if not toks or not all(
        (t.pos_ in {"PROPN", "NOUN"} and not t.is_stop)
        or (opening is not None and t.pos_ in {"DET", "ADJ"} and t is not toks[-1])
        for t in toks
    ):
        return None
    if " ".join(t.lower_ for t in toks) in lx.PAGE_LABELS:
        return None
    if not any(t.pos_ in {"VERB", "AUX"} for t in rest) or any(t.pos_ == "VERB" and t.text != cue for t in toks):
        return None
    a, b = content
    while a < b and (text[a] in CONTENT_TRIM or text[a] in QUOTE_MARKS):
        a += 1
    while b > a and (text[b - 1] in CONTENT_TRIM or text[b - 1] in QUOTE_MARKS):
        b -= 1
    if b - a < 10:
        return None
    return sent, toks, (cue_a, cue_b), (a, b)


def _apostrophe_quotes(parsed: ParsedText) -> list[tuple[int, int]]:
    """Quotations marked with doubled apostrophes (''...''), as some archives print them: the inner
    spans, paired within each paragraph."""
    out = []
    for para in parsed.paragraphs:
        marks = [m.start() for m in re.finditer("''", para.text)]
        for a, b in zip(marks[0::2], marks[1::2], strict=False):
            if b > a + 2:
                out.append((para.start + a + 2, para.start + b))
    return out


_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC"}
_TITLE_MODIFIERS = {
    *"vice deputy acting chief senior assistant associate interim lieutenant".split(),
    # a military rank before "General" or a name ("Brigadier General Saad Maan")
    *"brigadier major colonel sergeant captain corporal admiral commodore marshal".split(),
    # the portfolio or rank of a title ("Foreign Minister", "Press Secretary"), not an employer
    *"foreign prime national press first defense finance interior home majority minority".split(),
}


_ACRONYM_IN_BRACKETS = re.compile(r"\(([A-Z][A-Z&.]{1,7})\)")  # not a party tag ("(R-Calif.)")
_LONG_FORM_WORD = re.compile(r"[\w’'&.-]+")


def _long_form(short: str, before: str) -> str | None:
    """The name an acronym in brackets stands for, from the words just before it (Schwartz and
    Hearst's rule: each letter of the acronym, from the last, found in order going back, the first
    at the start of a capitalised word): "Coordinator of Government Activities in the Territories (COGAT)".
    A possessive just before the name is kept with it ("Israel’s Coordinator ...")."""
    letters = [c.lower() for c in short if c.isalnum()]
    words = _LONG_FORM_WORD.findall(before)[-min(len(letters) + 5, len(letters) * 2) :]
    long = " ".join(words)
    i = len(long) - 1
    for k in range(len(letters) - 1, -1, -1):
        # the first letter opens a capitalised word ("Federal Office for Rail Safety", not "for")
        while i >= 0 and (
            long[i].lower() != letters[k] or (k == 0 and ((i > 0 and long[i - 1].isalnum()) or not long[i].isupper()))
        ):
            i -= 1
        if i < 0:
            return None
        i -= 1
    found = long[i + 1 :].split()
    rest = long[: i + 1].split()
    if rest and rest[-1].endswith(("’s", "'s")) and rest[-1][:1].isupper():
        found.insert(0, rest[-1])
    return " ".join(found)


@lru_cache(maxsize=16)
def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms the text defines in brackets after a name ("... in the Territories (COGAT)"), each
    with the name it stands for: a later "COGAT said" is that body."""
    out: dict[str, str] = {}
    for m in _ACRONYM_IN_BRACKETS.finditer(text):
        short = m.group(1).rstrip(".")
        line_start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
        long = _long_form(short, text[line_start : m.start()])
        if long and short not in out:
            out[short] = long
    return out


def _compound_name(tok: Token) -> str:
    """A word with the words compounded before it ("Tea party" for "party" in "Tea party activist")."""
    lead = [c for c in tok.lefts if c.dep_ == "compound"]
    return " ".join(t.text for t in [*lead, tok]) if lead else tok.text


def _expert(head: Token) -> bool:
    """Whether the words that name what the speaker is (the head, its compounds, modifiers and
    apposition) call them a scholar or scientist."""
    seen, todo = [], [head]
    while todo:
        tok = todo.pop()
        seen.append(tok)
        # "a retired officer and criminologist": each role the apposition joins
        todo.extend(c for c in tok.children if c.dep_ in {"compound", "appos", "amod", "nmod", "conj"})
    return any(lx.expert_role(t.lemma_.lower()) for t in seen)


def _body_named_before(toks: list[Token], text: str, start: int) -> list[tuple[str, str]]:
    """ "ministry spokesman Saad Maan", "department official": a role whose employer is only a
    kind of body works for the body of that kind the text named last before ("Iraq's Interior
    Ministry said ..."); none where the text named no such body."""
    out = []
    for t in toks:
        if (
            t.pos_ in {"NOUN", "PROPN"}  # the tagger may take "ministry" for a name
            and t.text.islower()
            and t.dep_ == "compound"
            and t.lemma_.lower() in lx.BODY_NOUNS
            and t.head.lemma_.lower() in lx.PERSON_ROLES | lx.COMMENTATOR_NOUNS
            and not any(c.dep_ in {"compound", "amod", "poss"} for c in t.children)
            # "A Romney campaign aide": the parser may hang the name on the role beside the body noun
            and not any(
                c.dep_ in {"compound", "poss", "nmod"} and (c.pos_ == "PROPN" or c.ent_type_) and c.i < t.i
                for c in t.head.children
            )
        ):
            pattern = rf"((?:[A-Z][\w.&'’-]*\s+){{1,4}})((?i:{re.escape(t.lemma_.lower())}))\b"
            named = [
                ([w for w in m.group(1).split() if w not in {"The", "A", "An"}], m.group(2))
                for m in re.finditer(pattern, text[:start])
            ]
            named = [(words, noun) for words, noun in named if words]  # "The ministry" names none
            if named:
                words, noun = named[-1]
                out.append(("ORG", " ".join([*words, noun])))
    return out


def _staff_of_named(head: Token, person: list[Span]) -> bool:
    """A plural noun of staff ("officials", "aides") whose name modifier is the person they work for,
    with a noun of the body between ("Lee administration officials", "Trump campaign aides"), or
    that body itself ("the Biden administration")."""
    if any(e.start <= head.i < e.end for e in person):
        return False
    if head.tag_ == "NN" and head.lemma_.lower() in lx.BODY_NOUNS:
        # "the Biden administration", "the Trump campaign": the body the person leads
        return any(e.end == head.i for e in person)
    if head.tag_ != "NNS" or head.lemma_.lower() not in lx.SIDE_PEOPLE:
        return False
    return any(
        t.dep_ == "compound" and t.lemma_.lower() in lx.BODY_NOUNS and any(e.end == t.i for e in person)
        for t in head.children
    )


def _mention(sent: Sentence, toks: list[Token]) -> Mention:
    a, b = subtree_offsets(sent, toks)
    text = sent.source
    ents = [e for e in sent.span.ents if e.start <= max(t.i for t in toks) and e.end > min(t.i for t in toks)]
    # "Radio host Tom Reed said": a common noun the recogniser took for a body only because it
    # opens the sentence names no one
    ents = [
        e
        for e in ents
        if not (len(e) == 1 and e.start == sent.span.start and e.root.pos_ == "NOUN" and e.root.dep_ == "compound")
    ]
    for e in ents:
        a = min(a, sent.paragraph.start + e.start_char)
        b = max(b, sent.paragraph.start + e.end_char)
    name = text[a:b]
    inside = {t.i for t in toks}
    # "X, one of several groups bashing Smith": the one the phrase sets the speaker against is not
    # the speaker
    person = [e for e in ents if e.label_ == "PERSON" and not _rival_of(e.root, inside)]
    org = [e for e in ents if e.label_ in {"ORG", "GPE", "NORP"}]
    head = next((t for t in toks if t.head not in toks or t.head.i == t.i), toks[-1])
    # "the driver's lawyer, Nina Park": a role named in apposition is that person, whatever the
    # entity recogniser took the name for
    named = next(
        (
            c
            for c in head.children
            if c.dep_ == "appos"
            and c.pos_ == "PROPN"
            and c in toks
            # "The governor, a Republican": a party or nationality in apposition is no name
            and c.ent_type_ not in {"NORP", "GPE"}
            and not lx.political_party(c.text)
        ),
        None,
    )
    if head.pos_ == "VERB" and head.text[:1].isupper() and any(c.dep_ == "appos" for c in head.children):
        # "Bruning, a Republican, blamed ...": a name the tagger read as a verb, as its apposition shows
        kind, entity = "person", head.text
    elif (
        ents
        and head.lemma_.lower() in lx.COUNTERPART_NOUNS
        and all(any(t.dep_ == "poss" and t.head.i == head.i for t in e) for e in ents)
    ):
        # "Conal's employer", "Smith's critics": whom the phrase names stands apart from them;
        # "Sestak's opponent ..., Republican Pat Toomey," is the person named in apposition
        called = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        kind = "group" if called is None else "person"
        entity = None if called is None else " ".join(t.text for t in called.subtree if t.ent_type_ == "PERSON")
        ents = []
    elif person and head.lemma_.lower() in lx.KIN_NOUNS and all(_kin_of(e.root, toks) for e in person):
        # "The mother of James Foley", "Lars Berg's brother": the relative speaks, not the person
        # named (whose side the name still gives them)
        kind, entity = "group", None
    elif person and _staff_of_named(head, person):
        # "Lee administration officials", "Trump campaign aides": people who work for the one named,
        # who speak for that person's side but are not that person
        kind, entity = "group", None
    elif person:
        # the name that holds the phrase's head ("Kevin Sabet, president of ... to Marijuana" is
        # Sabet, whatever else the recogniser took for a name), else the last one
        own = next((e for e in person if e.start <= head.i < e.end), person[-1])
        kind, entity = "person", own.text
    elif named is not None and head.lemma_.lower() in lx.PERSON_ROLES:
        kind, entity = "person", " ".join(t.text for t in named.subtree if t.pos_ == "PROPN")
    elif org and head.pos_ == "PROPN" and (head.ent_type_ or not head.text[:1].isupper()):
        # the name that holds the phrase's head ("The Seniors League, ... opponents of Medicare
        # cuts" is the League), else the last one
        kind, entity = "organisation", next((e for e in org if e.start <= head.i < e.end), org[-1]).text
    elif head.pos_ == "PROPN" and head.text[:1].isupper():
        # "Byrd, a construction worker from Imperial, Missouri": the name at the head, not the
        # places and bodies its apposition names
        own = [t for t in toks if t.pos_ == "PROPN" and not _party_tag(t) and _in_name(t, head)]
        # "Tampa resident Tridevil": a place set before a common noun is where they live, no name
        own = [
            t
            for t in own
            if not (t.ent_type_ in {"GPE", "LOC"} and any(x.pos_ == "NOUN" for x in t.doc[t.i + 1 : head.i]))
        ]
        kind, entity = "person", " ".join(t.text for t in own)
    else:
        kind = "person" if head.lower_ in {"he", "she", "i"} else "group"
        entity = None
    # "Pelosi's supporters", "Trump's allies": the one whose followers they are is their side, a
    # name the recogniser missed or took for a body
    # (not "Pelosi's former supporters", nor "his backers and critics")
    followers = (
        kind == "group"
        and not person
        and head.lemma_.lower() in lx.FOLLOWER_NOUNS
        and not any(x.lower_ in {"former", "ex", "onetime", "erstwhile"} or x.dep_ == "conj" for x in head.children)
    )
    owner = (
        next(
            (c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.text[:1].isupper() and c in toks),
            None,
        )
        if followers
        else None
    )
    if owner is not None:
        ents = [e for e in ents if not e.start <= owner.i < e.end]
    # "(R-Calif.)": a party and state tag in brackets is not the side the speaker speaks for
    # ", of Peoria, Ill.": where a person lives is not the side they speak for either
    # "Trump lawyer Rudy Giuliani": a name before a role word, which the recogniser may miss, is
    # whom the person works for; before a document ("One Strzok text"), who wrote it
    employer = [
        ("ORG", _compound_name(t))
        for t in toks
        # the tagger may call it a noun; "Tea party activist": a name whose last word is written small
        if (t.pos_ == "PROPN" or (t.pos_ == "NOUN" and _compound_name(t)[:1].isupper()))
        and t.dep_ in {"compound", "nmod"}  # "AARP legislative policy director David Certner"
        and t.head.lemma_.lower() in lx.PERSON_ROLES | lx.MEMBER_ROLES | lx.DOCUMENT_NOUNS
        and not lx.title_roles(t.text)  # "Attorney General": a title, not an employer
        and not any(e.start <= t.i < e.end and e.label_ in _NAME_LABELS for e in ents)
        and not _former(t)
        and not (t.text.islower() and t.lemma_.lower() in lx.BODY_NOUNS)  # a kind of body: see below
    ]
    # "National Security Adviser Susan Rice": several capitalised words before the role that the
    # recogniser names nothing are the words of a title, not whom the person works for
    employer = [] if len(employer) > 1 else [(label, w) for label, w in employer if w.lower() not in _TITLE_MODIFIERS]
    employer += _body_named_before(toks, text, a)
    # "HARTFORD, Conn. — Connecticut Attorney General ...": a dateline before a spaced dash is
    # where the story was filed, not whom the speaker speaks for
    doc = head.doc
    first, last = min(t.i for t in toks), max(t.i for t in toks)
    spaced = [k for k in range(first, last + 1) if doc[k].text in DASHES and doc[k].whitespace_]
    dash = max((k for k in spaced if k < head.i), default=-1)
    if doc[first].is_upper and len(doc[first].text) > 1 and spaced:
        dash = max(dash, spaced[0])  # the parser may take the dateline for the head
    pairs = employer + [(e.label_, e.text) for e in ents if e.start > dash and not _names_no_side(sent, e, toks)]
    pairs += _issuer_of_frame(head)
    if owner is not None:
        # a place keeps its own label ("Iran's allies"); a person the recogniser took for a body
        # ("Trump's allies", Trump an organisation) is a person
        label = owner.ent_type_ if owner.ent_type_ in {"GPE", "NORP", "LOC"} else "PERSON"
        pairs.append((label, " ".join(t.text for t in owner.subtree if t.pos_ == "PROPN")))
    if head.lemma_.lower() in lx.PUBLIC_NOUNS:
        # "YouTube users", "Comcast customers": those who use a service are not its voice
        pairs = [(label, x) for label, x in pairs if label not in {"ORG", "PRODUCT"}]
    # "COGAT said": a body's acronym the text spelled out before names that body
    defined = defined_acronyms(text)
    pairs += [("ORG", defined[t.text]) for t in toks if t.text in defined and (t.pos_ == "PROPN" or t.is_upper)]
    words = {t.lower_ for t in toks}
    gender = "f" if words & lx.FEMALE_WORDS else ("m" if words & lx.MALE_WORDS else None)
    # "both X and Y said", "X and Y said in a joint statement": two sides that say one thing
    verb = head.head if head.dep_ in {"nsubj", "nsubjpass"} else None
    # "X and Y said the truce would hold": a plain report by two named together, aimed at no one,
    # is as likely two counterparts as two allies ("X and Y asked the court" are allies)
    plain_report = (
        verb is not None
        and verb.lemma_.lower() in lx.REPORTING_VERBS
        and not any(c.dep_ in {"dobj", "dative"} for c in verb.children)
    )
    mutual = verb is not None and verb.lemma_.lower() in lx.RECIPROCAL_VERBS
    reciprocal = (
        mutual
        or plain_report
        or any(t.lower_ in {"joint", "jointly"} for t in sent.span)
        or any(
            t.lower_ == "both" and (t.i in {x.i for x in toks} or (verb is not None and t.head.i == verb.i))
            for t in sent.span
        )
    )
    return Mention(
        name=name,
        span=Span(doc="", start=a, end=b),
        kind=kind,
        entity=entity,
        entities=pairs,
        head=head.lemma_.lower(),
        gender=gender if kind == "person" or head.lemma_.lower() in lx.PERSON_ROLES else None,
        reciprocal=reciprocal,
        mutual=mutual,
        political=_political(toks),
        member_of=_member_of(sent, head),
        expert=_expert(head),
    )


def _issuer_of_frame(head: Token) -> list[tuple[str, str]]:
    """The body whose document the speaker speaks in: "In a memo from the Justice Department,
    Assistant Attorney General Dawn Johnsen said ..." puts her with the department."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ not in {"VERB", "AUX"}:
        return []
    out = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for doc_noun in prep.children:
            if doc_noun.dep_ != "pobj" or doc_noun.lemma_.lower() not in lx.DOCUMENT_NOUNS:
                continue
            for by in doc_noun.children:
                if by.dep_ == "prep" and by.lower_ in {"from", "by"}:
                    span = {t.i for t in by.subtree}
                    out += [
                        (e.label_, e.text)
                        for e in head.doc.ents
                        if e.start in span and e.label_ in {"ORG", "GPE", "NORP"}
                    ]
    return out


def _named_before(sent: Sentence, word: str) -> bool:
    """The text names ``word`` (a surname) before this sentence."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", sent.source[: sent.start]) is not None


def _member_of(sent: Sentence, head: Token) -> str | None:
    """The group a speaker is one voice of, when an absolute "with" clause says so: "Republicans
    tore into the official, with House Chairman Trey Gowdy saying ..." (the group is the plural
    subject of the verb the clause hangs on; a pronoun or one named person is no group)."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.dep_ != "pcomp" or verb.tag_ != "VBG":
        return None
    prep = verb.head
    if prep.lower_ != "with" or prep.dep_ != "prep" or prep.head.pos_ not in {"VERB", "AUX"}:
        return None
    subj = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ not in {"NNS", "NNPS"} or subj.ent_type_ == "PERSON":
        return None
    a, b = subtree_offsets(sent, source_phrase(subj))
    return sent.source[a:b]


_PARTY_LETTERS = {"D": "democratic", "R": "republican"}


def _political(toks: list[Token]) -> str | None:
    """The one political party a person's phrase names: a party word ("Republican Sen. Lindsey
    Graham", "Durbin, Democrat of Illinois") or a party-and-state tag ("Feinstein, D-Calif.")."""
    found = set()
    inside = {t.i for t in toks}
    for t in toks:
        if _of_rival(t, inside):
            continue  # "X, a Republican trying to unseat Y, a Democrat": Y's party is not X's
        party = lx.political_party(t.text)
        hyphened = t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-"  # "Republican-controlled"
        if party and t.text[:1].isupper() and not hyphened and t.ent_type_ != "PERSON":  # not "Sen. Mark Green"
            found.add(party)
        elif t.text in _PARTY_LETTERS and _party_tag(t):
            found.add(_PARTY_LETTERS[t.text])
    return found.pop() if len(found) == 1 else None


def _of_rival(tok: Token, inside: set[int]) -> bool:
    """Whether a word describes the speaker's opponent: "a Democrat" (or "a Democratic lawmaker")
    in apposition to the one the speaker runs against ("trying to unseat Y, a Democrat"). The party
    of one the speaker works for is the speaker's ("a spokeswoman for Y, Republican of Wisconsin")."""
    if any(c.lower_ == "fellow" for c in (*tok.children, *tok.head.children)):
        return False  # "a critic of Y, a fellow Republican": the speaker's party too
    anchor = tok.head if tok.dep_ == "appos" else None
    if tok.dep_ in {"amod", "compound"} and tok.head.dep_ == "appos":
        anchor = tok.head.head
    return anchor is not None and anchor.ent_type_ == "PERSON" and _rival_of(anchor, inside)


def _set_against_someone(verb: Token) -> bool:
    """A verb of turning down whose object is a person, not a thing said ("contradicted Mayor
    Lee", "rebuffed him")."""
    return any(
        c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.pos_ == "PRON" or c.lemma_.lower() in lx.PERSON_ROLES)
        for c in verb.children
    )


def _dismisses(verb: Token) -> bool:
    """A verb by which a speaker turns down what another said: "denied", "rejected", "laughed
    off", "brushed aside", "scoffed at"."""
    return verb.lemma_.lower() in lx.DENIAL_VERBS or turns_down(verb)


_OPPOSING_VERBS = lx.RIVAL_VERBS | lx.ATTACK_VERBS  # "trying to unseat X", "bashing X"


def _rival_of(tok: Token, inside: set[int] | None = None) -> bool:
    """A name that owns a role set against it ("Cornyn's Democratic counterpart", "Smith's rival"):
    the person is the name's opposite number, not its side; so is a name set against it by "of"
    ("a critic of Comcast", "opponents of Social Security benefit cuts"), one the speaker runs
    against or tries to oust ("trying to unseat Representative X", "running against X"). With
    ``inside`` (the token indices of the speaker's phrase), only a word of that phrase sets the name
    against the speaker: "Republicans are trying to unseat Rep. X, a Democrat" leaves X's own
    description whole."""
    if tok.dep_ == "poss" and tok.head.lemma_.lower() in lx.RIVAL_NOUNS and (inside is None or tok.head.i in inside):
        return True
    while tok.dep_ in {"compound", "flat", "amod", "nmod"} and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    if inside is not None and prep.i not in inside:
        return False
    if tok.dep_ == "dobj" and prep.lemma_.lower() in _OPPOSING_VERBS:
        return True  # also "one of several groups bashing Schumer": whom the speaker attacks
    if tok.dep_ == "pobj" and prep.lower_ == "against" and prep.head.pos_ in {"VERB", "NOUN"}:
        return prep.head.lemma_.lower() in {"run", "race", "campaign", "bid"} | lx.RIVAL_VERBS
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in lx.RIVAL_NOUNS
        and prep.head.i != tok.i
    )


def _in_name(tok: Token, head: Token) -> bool:
    """Whether ``tok`` is a word of the name ``head`` ends: joined to it by compounds only
    ("Rocky Mountain High Intensity Drug Trafficking Area"), not by an apposition or a preposition."""
    step = tok
    while step.i != head.i:
        if step.dep_ not in {"compound", "flat", "amod", "nmod"} or step.head.i == step.i:
            return False
        step = step.head
    return True


def _kin_of(tok: Token, toks: list[Token]) -> bool:
    """Whether a name lies inside a kinship phrase ("the sister of Liz Cheney, a Senate candidate",
    "Bill Clinton's wife"): it names the relative or the relative's office."""
    ids = {t.i for t in toks}
    step = tok
    while step.i in ids:
        head = step.head
        if step.dep_ == "poss" and head.lemma_.lower() in lx.KIN_NOUNS:
            return True
        if step.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in lx.KIN_NOUNS:
            return True
        if step.dep_ == "appos" and head.lemma_.lower() in lx.KIN_NOUNS and _after_kin_name(step, head):
            return True
        if head.i == step.i:
            break
        step = head
    return False


def _after_kin_name(appos: Token, kin: Token) -> bool:
    """An apposition the parser hung on a kinship noun right after the name it governs ("The
    mother of James Foley -- an American journalist ...") describes the name, the nearer noun."""
    named = next(
        (g for p in kin.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"),
        None,
    )
    if named is None or named.ent_type_ != "PERSON" or appos.ent_type_ == "PERSON" or appos.i < named.i:
        return False  # "The wife of John Smith -- Mary Smith --": a name in apposition is the relative's
    gap = appos.doc[named.right_edge.i + 1 : appos.left_edge.i]
    return all(t.is_punct for t in gap)


def _former(tok: Token) -> bool:
    """A body named before a role its bearer held once ("former CIA agent Bob Baer", "a former FBI
    director", "a former official in the Clinton White House"): the person no longer speaks for it.
    Where the person comes from stays theirs."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in {"of", "in", "at", "for"} and head.head.pos_ == "NOUN":
        head = head.head  # the role the body is named after
    return any(
        c.dep_ == "amod" and c.lower_ in {"former", "ex", "retired"} for c in head.children
    ) or head.lower_.startswith("ex-")


def _party_tag(tok: Token) -> bool:
    """A piece of a party-and-state tag after a lawmaker's name ("Cleaver, D-Mo.", "R-N.C.")."""
    doc = tok.doc
    if tok.text in {"D", "R", "I"} and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-":
        return True
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].text in {"D", "R", "I"}


def _locates_occupation(ent: SpacySpan) -> bool:
    """A place before an occupation in lower case ("a Colorado attorney"), after one ("a judge in
    Alabama"), or before the office of a body ("the group's Paris office"): where the person works
    or lives, not a side they speak for."""
    head = ent.root.head
    if ent.root.dep_ == "pobj" and head.lower_ in {"in", "from", "at"}:
        # "a controversial judge in Alabama", "a lawyer from Denver": where they work or live
        role = head.head
        return role.lemma_.lower() in lx.PRIVATE_ROLES | {"judge"} and role.text[:1].islower()
    if ent.root.dep_ not in {"compound", "amod", "nmod"}:
        return False
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if nxt is not None and nxt.lemma_.lower() in lx.PRIVATE_ROLES and nxt.text[:1].islower():
        return True  # "Tampa resident Tridevil": the parser may hang the place on the name itself
    if head.lemma_.lower() in lx.BRANCH_NOUNS and any(c.dep_ == "poss" for c in head.children):
        return True  # "the NAACP's Washington bureau": where a body's office sits
    return head.lemma_.lower() in lx.PRIVATE_ROLES and head.text[:1].islower()


def _names_no_side(sent: Sentence, e: SpacySpan, toks: list[Token]) -> bool:
    """Whether a name inside a speaker's phrase says nothing of the side they speak for: a rival's
    or a relative's name or office, what an expert knows about, a party-and-state tag, where the
    speaker lives, works or is elected, a body they left, a chamber that holds every side."""
    place = e.label_ in {"GPE", "LOC"}
    if _rival_of(e.root, {t.i for t in toks}) or _office_of_title(e) or _party_tag_before(sent, e):
        return True
    if e.label_ == "PERSON" and e.root.dep_ == "compound" and e.root.head.ent_type_ == "ORG" and _former(e.root.head):
        return True  # "a former official in the Clinton White House": a tie that was
    if e.label_ != "PERSON" and _kin_of(e.root, toks):
        return True  # a relative is on the speaker's side, the relative's office is not
    if _acted_on_by(e.root, toks):
        return True  # "James Foley, beheaded by ISIS militants": who acted on them is no side of theirs
    if _served_once(e.root, toks):
        return True  # "an expert at X who worked on Mr. Trump's transition": a tie that was
    if e.root.dep_ in {"compound", "amod", "nmod"} and e.root.head.lemma_.lower() in lx.EXPERTISE_NOUNS:
        return True  # "a Boko Haram expert", "a China specialist"
    start = sent.paragraph.start + e.start_char
    if _in_brackets(sent.source, start):
        return True  # "(R-Calif.)"
    if (place or _place_before_state(e)) and _RESIDENCE.search(sent.source[:start]):
        return True
    if (place or e.root.lemma_.lower() == "district") and _electoral_district(e, toks):
        return True  # "a candidate in Iowa's Fourth District": where one runs, not a side
    if place and (_locates_occupation(e) or _constituency(e) or _seat_of(e)):
        return True
    if place and e.root.dep_ == "compound" and _lawmaker_title(e.root.head):
        return True  # "U.S. Sen. Marco Rubio": the country a lawmaker sits for is every side's
    if place and _elected_there(e):
        return True

    # "former CIA agent"; "Senate Majority Leader Mitch McConnell": a chamber holds every side
    return e.label_ == "ORG" and (
        _former(e.root) or e.text.lower().removeprefix("the ").removeprefix("u.s. ") in lx.LEGISLATURES or _committee(e)
    )


_SERVING_VERBS = frozenset("work serve advise help lead head run chair staff".split())


def _served_once(tok: Token, toks: list[Token]) -> bool:
    """Whether a word of a speaker's phrase lies in a relative clause that tells, in the simple
    past, whom they once worked for ("a fellow at X who worked on Mr. Trump's transition", "who
    served under Obama"): like "former", a tie that was, not the side they speak for now."""
    inside = {t.i for t in toks}
    for step in [tok, *tok.ancestors]:
        if step.i not in inside:
            return False
        if step.dep_ == "relcl":
            return (
                step.tag_ == "VBD"
                and step.lemma_.lower() in _SERVING_VERBS
                and not any(c.dep_ == "aux" for c in step.children)
            )
    return False


def _acted_on_by(tok: Token, toks: list[Token]) -> bool:
    """Whether a word of a speaker's phrase lies in the agent of a passive participle there
    ("an American journalist beheaded by ISIS militants", "a girl held by Boko Haram")."""
    inside = {t.i for t in toks}
    step = tok
    for _ in range(8):
        if step.dep_ == "agent" and step.head.tag_ == "VBN":
            return True
        if step.head.i == step.i or step.head.i not in inside:
            return False
        step = step.head
    return False


def _elected_there(ent: SpacySpan) -> bool:
    """'Ohio Sen. Rob Portman', "a senator, Arizona's John McCain", 'Alabama Senate nominee Roy
    Moore': the place before a lawmaker or a candidate is where they are elected or run, not the
    side they speak for ("Texas Gov. Rick Perry" speaks for Texas)."""
    possessive = any(c.dep_ == "case" for c in ent.root.children)  # "Arizona's" the parser hung apart
    if ent.root.dep_ not in {"compound", "poss", "nmod"} and not (ent.root.dep_ == "appos" and possessive):
        return False
    held = ent.root.head
    while held.dep_ == "compound" and held.head.i != held.i:
        held = held.head  # "Alabama GOP Senate nominee Roy Moore": up to the name
    near = [held, *(c for c in held.subtree if c.dep_ == "compound" and c.i < held.i)]
    if held.dep_ == "appos":
        near.append(held.head)  # "one senator, Arizona's John McCain"
    # "a New York Democrat": the place before a party's member is where they are elected
    # (one member: "Texas Democrats", "Germany's Greens" are that place's party, a side of its own)
    return any(_lawmaker_title(t) or t.lemma_.lower() in lx.CANDIDATE_NOUNS for t in near) or (
        held.tag_ in {"NNP", "NN"}
        and ent.root.dep_ == "compound"
        and lx.political_party(held.text) is not None
        and not held.text.lower().endswith("s")
    )


def _lawmaker_title(tok: Token) -> bool:
    """'Sen.', 'Reps.', 'Senator', 'congresswoman': a title of a member of a legislature; so are
    the offices a legislature gives its own members ("Speaker John Boehner", "the House speaker",
    "Senate Majority Leader", "the minority whip")."""
    low = tok.lower_.rstrip(".")
    low = low[:-1] if low.endswith("s") and low[:-1] in {"sen", "rep", "senator", "representative"} else low
    if lx.title_roles(low + "." if low in {"sen", "rep"} else low) & lx.LAWMAKER_ROLES:
        return True
    if low not in _CHAMBER_OFFICES:
        return False
    before = {t.lower_ for t in tok.doc[max(0, tok.i - 2) : tok.i]}
    if before & _NATIONAL_CHAMBERS:
        return False  # "Parliament Speaker Nabih Berri of Lebanon": a country's speaker speaks for it
    if before & (lx.LEGISLATURES | {"majority", "minority"}):
        return True
    # "Speaker Nancy Pelosi": the title alone, capitalised before a name
    return low == "speaker" and tok.text[0].isupper() and tok.dep_ == "compound" and tok.head.ent_type_ == "PERSON"


_CHAMBER_OFFICES = frozenset(["speaker", "leader", "whip"])
_NATIONAL_CHAMBERS = frozenset(["parliament", "parliamentary", "assembly", "national", "knesset", "duma"])


def _committee(e: SpacySpan) -> bool:
    """'House Oversight Committee Chairman Trey Gowdy': a committee of a chamber seats every side."""
    words = e.text.lower().removeprefix("the ").removeprefix("u.s. ").split()
    if not words or words[0] not in lx.LEGISLATURES:
        return False
    # "the House Judiciary subcommittee": the recogniser may leave the committee's own word out
    after = e.doc[e.end].lower_ if e.end < len(e.doc) else ""
    return len(words) >= 2 and words[-1] in _COMMITTEES or after in _COMMITTEES


_COMMITTEES = frozenset(["committee", "subcommittee"])


def _place_before_state(ent: SpacySpan) -> bool:
    """'from Imperial, Missouri': a town the recogniser took for a body, as the state after it shows."""
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].ent_type_ == "GPE"


def _seat_of(ent: SpacySpan) -> bool:
    """'Indiana-based companies', 'the Mount Kisco Medical Group in Mount Kisco': where a body sits
    is not a side; the body is."""
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lower_ == "based":
        return True
    prep = ent.root.head
    if ent.root.dep_ == "pobj" and prep.lower_ in {"in", "at"} and prep.head.ent_type_ == "ORG":
        return True
    # "in Mount Kisco, New York": the state of a town that is such a seat
    if ent.start >= 2 and doc[ent.start - 1].text == "," and doc[ent.start - 2].ent_type_ == "GPE":
        town = next((e for e in doc.ents if e.start <= ent.start - 2 < e.end), None)
        return town is not None and town.end == ent.start - 1 and _seat_of(town)
    return False


def _office_of_title(ent: SpacySpan) -> bool:
    """'Secretary of State John Kerry', 'Minister of Defense': the one-word office a title names
    is part of the title, not a side."""
    prep = ent.root.head
    return (
        len(ent) == 1
        and ent.label_ == "ORG"
        and ent.root.dep_ == "pobj"
        and prep.lower_ == "of"
        and bool(lx.title_roles(prep.head.text))
    )


def _constituency(ent: SpacySpan) -> bool:
    """'Sen. Dick Durbin, Democrat of Illinois', 'a congressman from Ohio': the place a lawmaker
    is elected in is not the side they speak for."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.lower_ not in {"of", "from"}:
        return False
    holder = prep.head
    if holder.ent_type_ == "PERSON" or holder.pos_ == "PROPN" and holder.dep_ == "conj":
        # "Senator Lindsey Graham of South Carolina": the title before the name says lawmaker; one
        # plural title may stand before two names ("Representatives X of Ohio and Y of Texas")
        if any(_lawmaker_title(t) for t in holder.lefts) or holder.dep_ == "appos" and _lawmaker_title(holder.head):
            return True  # "... of Ohio" after "Speaker John Boehner" or "the House speaker, John Boehner"
        if any(lx.title_roles(t.text) for t in holder.lefts):
            return False  # "Sen. X of Ohio and Gov. Y of Texas": Y's own title
        # one plural title before both names
        first = _first_named(holder)
        return first.i != holder.i and any(
            _lawmaker_title(t) and t.lower_.rstrip(".").endswith("s") for t in first.lefts
        )
    return holder.ent_type_ == "NORP" or bool(lx.title_roles(holder.text) & lx.LAWMAKER_ROLES)


def _first_named(tok: Token) -> Token:
    """The first of names joined by "and" ("X of Ohio and Y of Texas": X), where the parser may
    have joined the second name to the first one's place."""
    for _ in range(6):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in {"of", "from"}:
        tok = tok.head.head
    return tok


def _electoral_district(ent: SpacySpan, toks: list[Token]) -> bool:
    """'Iowa's Fourth District' of a candidate, "the 16th Congressional District": a numbered
    district of a race or a legislature (or the place it lies in) is where a lawmaker or a
    candidate is elected, not a side. A district of another kind ("the 11th police district",
    "the mayor of the city's 11th district") is not one."""
    root = ent.root
    district = root if root.lemma_.lower() == "district" else root.head
    if district.lemma_.lower() != "district" or (district is not root and root.dep_ not in {"poss", "compound"}):
        return False
    lefts = list(district.lefts)
    if any(t.pos_ == "NOUN" and t.lower_ not in _ELECTORAL for t in lefts):
        return False  # "the 11th police district", "a school district"
    if any(t.lower_ in _ELECTORAL for t in lefts):
        return True
    if district.dep_ == "dobj" and district.head.lemma_.lower() == "represent":
        return True  # "who represents the Maryland district"
    return any(t.like_num for t in lefts) and any(_lawmaker_title(t) or t.lemma_.lower() in _RUNNING for t in toks)


_ELECTORAL = frozenset("congressional legislative house senate assembly".split())
_RUNNING = lx.CANDIDATE_NOUNS | lx.RIVAL_VERBS | {"run"}  # words of a race for a seat


def _party_tag_before(sent: Sentence, ent: SpacySpan) -> bool:
    """'Brad Wenstrup, R-Ohio,': a party letter and hyphen before a state is a lawmaker's tag."""
    start = sent.paragraph.start + ent.start_char
    if re.match(r"[RDI]-[A-Z]", ent.text):
        return True  # "Elizabeth Warren, D-Mass.": the recogniser took the tag whole
    return bool(re.search(r"(?<![\w-])[RDI]-$", sent.source[max(0, start - 3) : start]))


def _complementiser_before(sent: Sentence, pos: int) -> bool:
    """Whether "that " opens the clause at ``pos`` as its complementiser ("said that X")."""
    if pos < sent.start + 5 or pos > sent.end or sent.source[pos - 5 : pos].lower() != "that ":
        return False
    tok = next((t for t in sent.span if sent.offset(t) == pos - 5), None)
    return tok is not None and tok.dep_ == "mark"


_RESIDENCE = re.compile(r"(?:,\s+of|\bfrom)\s+(?:[A-Z][\w.'-]*\s*,?\s*)*$")  # "Jane Doe, of " + places so far


def _statement_noun(tok: Token) -> bool:
    """A noun for words someone issued: "a statement", "talking points", "a set of response points"."""
    if tok.lemma_.lower() in lx.REPORT_NOUNS or tok.lemma_.lower() in lx.STATEMENT_NOUNS:
        return True
    return tok.lemma_.lower() in lx.COLLECTION_NOUNS and any(
        g.lemma_.lower() in lx.REPORT_NOUNS | lx.STATEMENT_NOUNS
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    )


_LIST_ITEM = re.compile(r"^\s*(?:[-•*–—]|\d{1,2}[.)])\s*\S")  # "-Here are the facts", "• ...", "2) ..."


def _block_quote_follows(root: Token, nxt: str) -> bool:
    """'The governor added:' or 'The senator released a statement:' before a paragraph without
    quotation marks: the paragraph is the words quoted (a block quotation, as web pages set
    them). Only a verb of speech, or one whose object is a statement, says so."""
    speaks = root.lemma_.lower() in lx.SPEECH_VERBS or any(
        c.dep_ in {"dobj", "nsubjpass"} and _statement_noun(c) for c in root.children
    )
    # a title-case verb ("South Korea Says:") heads a side's version instead
    return speaks and root.text[:1].islower() and not _is_heading(nxt) and not _is_meta_line(nxt)


def _heads(verb: Token, sent: Sentence) -> bool:
    """The verb is its sentence's main verb, or one joined to it ("denied it and said ...")."""
    root = sent.span.root
    return verb.i == root.i or (verb.dep_ == "conj" and verb.head.i == root.i)


_FIRST_PERSON = frozenset("i me my we us our".split())


def _own_voice(parsed: ParsedText, sents: list[Sentence]) -> bool:
    """Whether a paragraph set without quotation marks reads as someone's own words: it speaks in
    the first person ("I believe", "we urge anyone who feels ...") and reports no one else's
    saying ("critics warned", "his deputy said"), as the narrator's next paragraph would."""
    first = any(t.lower_ in _FIRST_PERSON for x in sents for t in x.span)
    others = any(
        c.verb.lemma_.lower() in lx.SPEECH_VERBS and not all(t.lower_ in _FIRST_PERSON for t in c.source or [])
        for x in sents
        for c in find_cues(parsed, x)
    )
    return first and not others


def _issued_from(root: Token) -> Token | None:
    """The issuer a colon line names for the words that follow: "an excerpt from the Times report",
    "the full statement from the ministry" (a statement noun as the line's subject or object, with
    "from" and a name, a body or a named document)."""
    for c in root.children:
        if c.dep_ not in {"nsubj", "dobj"} or not _statement_noun(c):
            continue
        for prep in c.children:
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            src = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if src is not None and (
                src.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
                or src.pos_ == "PROPN"
                or src.lemma_.lower() in lx.BODY_NOUNS | lx.PERSON_ROLES
                or any(k.dep_ in {"compound", "poss"} and k.pos_ == "PROPN" for k in src.children)
            ):
                return src
    return None


# the verbs by which what was said brings on an answer ("drew a sharp response from X")
_BRINGING_ON = frozenset("draw prompt elicit provoke spark trigger bring earn".split())


def _responder(sent: Sentence) -> list[Token] | None:
    """'Those comments drew a sharp response from Rev. William Owens.': the one a sentence names
    as the source of an answer that something drew from them, whose words a quotation right after
    it gives. None if none, and none for an answer that did not come ("drew no response from X",
    "received no reply from X", "is waiting for a response from X", "a request for a response")."""
    for tok in sent.span:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lx.RESPONSE_NOUNS or tok.dep_ != "dobj":
            continue
        verb = tok.head
        if verb.lemma_.lower() not in _BRINGING_ON or any(c.dep_ == "neg" for c in verb.children):
            continue
        if any(c.dep_ == "det" and c.lower_ in {"no", "any"} for c in tok.children):
            continue
        for prep in (c for c in [*tok.children, *verb.children] if c.dep_ == "prep" and c.lower_ == "from"):
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is not None and (pobj.ent_type_ in {"PERSON", "ORG", "NORP"} or pobj.pos_ == "PROPN"):
                # the name alone, not others joined to it ("from X and a rebuke from Y")
                cut = min((c.i for c in pobj.children if c.dep_ in {"cc", "conj"}), default=None)
                return [t for t in source_phrase(pobj) if cut is None or t.i < cut]
    return None


def _introduces(parsed: ParsedText, sent: Sentence, last: bool) -> tuple[list[Token], tuple[int, int]] | None:
    """'The senator released a statement:' closing its paragraph before a quotation: the subject
    that introduces it, and the words from the verb to the colon as the cue."""
    if not last or not sent.span.text.rstrip().endswith(":"):
        return None
    nxt = parsed.paragraphs[sent.paragraph.index + 1] if sent.paragraph.index + 1 < len(parsed.paragraphs) else None
    if nxt is None:
        return None
    root = sent.span.root
    # "X reached out to Y and they sent us this statement:": the last verb with a subject of its own
    # brings the words
    later = [
        c
        for c in root.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and any(k.dep_ == "nsubj" for k in c.children)
        and any(k.dep_ == "dobj" and _statement_noun(k) for k in c.children)  # "sent us this statement"
    ]
    first, root = root, (later[-1] if later else root)
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if later and subj is not None and subj.lower_ in {"they", "it"}:
        # "... reached out to IBM and they sent us ...": the one the first clause turned to answers
        asked = [
            g
            for g in first.subtree
            if g.dep_ in {"dobj", "pobj"}
            and g.head.i in {first.i, *(c.i for c in first.children)}
            and (g.ent_type_ in {"ORG", "PERSON"} or g.pos_ == "PROPN")
            and g.i < root.i
        ]
        if asked:
            subj = asked[0]
    by_agent = False
    if subj is None and any(c.dep_ == "nsubjpass" and _statement_noun(c) for c in root.children):
        # "a set of response points were circulated by Democrats close to the campaign:"
        agent = next((c for c in root.children if c.dep_ == "agent"), None)
        subj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        by_agent = subj is not None and subj.tag_ == "NNS"  # people who issue words ("aides", "officials")
    issued = _issued_from(root)
    if issued is not None:
        # "Here's an excerpt from the Times report:", "The statement from the ministry reads:"
        subj, by_agent = issued, True
    elif root.pos_ != "VERB" or subj is None or subj.lower_ in {"it", "there", "this", "that"}:
        return None
    if nxt.text[:1] not in QUOTE_OPENERS + '"' and not (issued is not None or _block_quote_follows(root, nxt.text)):
        return None
    toks = [t for t in subj.subtree if not t.is_punct]
    # "The union released the following statement:", "a post on the site offers this commentary:":
    # a body, or a document, that issues the words the colon brings
    issues = subj.lemma_.lower() in lx.BODY_NOUNS | lx.DOCUMENT_NOUNS and any(
        c.dep_ == "dobj" and _statement_noun(c) for c in root.children
    )
    if not toks or not (
        subj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
        or subj.pos_ in {"PROPN", "PRON"}
        or subj.lemma_.lower() in lx.PERSON_ROLES
        or by_agent
        or issues
    ):
        return None
    end = max(t.i for t in sent.span if not t.is_punct)
    return toks, (sent.offset(root), sent.offset_end(sent.span.doc[end]))


def _quote_before(
    parsed: ParsedText, sent: Sentence, para_start: int, verb: Token
) -> tuple[int, tuple[int, int]] | None:
    """The quotation that closes just before ``sent`` in its paragraph, when the cue ``verb`` takes
    nothing else ("“Why now?” she asked."): its start, and the part in the sentence before."""
    if any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in verb.children):
        return None
    for q in parsed.quotes:
        if q[0] >= para_start and 0 < sent.start - q[1] <= 3 and not parsed.text[q[1] : sent.start].strip('”"»″ '):
            last = next((x for x in parsed.sentences if x.start < q[1] <= x.end), None)
            a = max(q[0], last.start) if last is not None else q[0]
            return q[0], trim(parsed.text, a, q[1])
    return None


Titled = tuple[int, frozenset[str], Mention, frozenset[str]]


def _titled_people(parsed: ParsedText) -> list[Titled]:
    """Every person the text names with a title before the name ("President Trump", "Sen. Ted
    Cruz", "House Oversight Committee Chairman Trey Gowdy"): offset, role words, mention, and the
    words of the whole description ("Republican presidential nominee"). Not in the headline
    block, whose title case the recogniser reads poorly."""
    out: list[Titled] = []
    for sent, ent in _people_named(parsed):
        roles: frozenset[str] = frozenset()
        k = ent.start - 1
        while k >= sent.span.start and sent.span.doc[k].pos_ in {"PROPN", "NOUN"}:
            roles |= lx.title_roles(sent.span.doc[k].text)
            k -= 1
        if roles:
            toks = list(sent.span.doc[k + 1 : ent.end])
            d = k
            while d >= sent.span.start and sent.span.doc[d].pos_ in {"ADJ", "PROPN", "NOUN"}:
                d -= 1
            words = _description_words(t.text for t in sent.span.doc[d + 1 : ent.start])
            out.append((sent.offset(toks[0]), roles, _mention(sent, toks), words))
    return out


def _people_named(parsed: ParsedText) -> Iterator[tuple[Sentence, SpacySpan]]:
    """Each person the body of the text names, with its sentence: not in the headline block,
    whose title case the recogniser reads poorly."""
    body = headline_end(parsed.text)
    for sent in parsed.sentences:
        if sent.start >= body:
            for ent in sent.span.ents:
                if ent.label_ == "PERSON":
                    yield sent, ent


def _administration_leader(parsed: ParsedText) -> str | None:
    """The person whose administration the text names ("the Obama administration", "Trump's
    administration"), when it names one only."""
    found = set()
    for sent in parsed.sentences:
        for t in sent.span:
            if t.lemma_.lower() != "administration" or t.i == 0:
                continue
            k = t.i - 1
            if t.doc[k].tag_ == "POS" and k > 0:
                k -= 1
            ent = next((e for e in sent.span.ents if e.start <= k < e.end and e.label_ == "PERSON"), None)
            if ent is not None:
                found.add(ent.text)
    return found.pop() if len(found) == 1 else None


def _descriptions(parsed: ParsedText) -> list[Mention]:
    """Each named person's noun phrase wherever the body of the text names them, when it says
    more than the name ("Israeli Prime Minister Benjamin Netanyahu", "Scott Pruitt, Oklahoma's
    attorney general"), without the people named with them."""
    out: list[Mention] = []
    for sent, ent in _people_named(parsed):
        if ent.root.dep_ == "compound":
            continue  # "Trump lawyer Rudy Giuliani" describes Giuliani, not Trump
        # not the people named with them ("Mr. Boehner and the Israeli ambassador")
        joined = {t.i for c in ent.root.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
        toks = [t for t in source_phrase(ent.root) if t.i not in joined]
        if len(toks) > len(ent):
            m = _mention(sent, toks)
            people = [x for label, x in m.entities if label == "PERSON"]
            # one person's own description, not a clause the parser hung on the name ("Obama
            # leading Romney in Florida"), nor an office held before ("former Gov. Jeb Bush of
            # Florida")
            former = any(t.lower_ == "former" for t in toks)
            if m.kind == "person" and len(people) <= 1 and not former and (m.entities or m.political):
                out.append(m)
    return out


def _agents(parsed: ParsedText) -> list[tuple[str, str]]:
    """Each named person the text sets beside a role of acting for someone ("X, the women's
    lawyer", "the plaintiffs' lawyer, X", "X, a spokesman for the city"), with whom they act for."""
    out: list[tuple[str, str]] = []
    for _sent, ent in _people_named(parsed):
        root = ent.root
        roles = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            roles.append(root.head)
        for role in roles:
            if role.lemma_.lower() not in lx.AGENT_ROLES or role.i in range(ent.start, ent.end):
                continue
            principal = next((c for c in role.children if c.dep_ == "poss"), None)
            if principal is None and role.i >= 2 and role.nbor(-1).text in {"’", "'"}:
                # "the plaintiffs’ lawyer": the parser may not read a plural's apostrophe as possessive
                principal = role.nbor(-2) if role.nbor(-2).pos_ in {"NOUN", "PROPN"} else None
            if principal is None:
                prep = next((c for c in role.children if c.dep_ == "prep" and c.lower_ == "for"), None)
                principal = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
            if principal is None or principal.pos_ == "PRON":
                continue
            words = [t for t in principal.subtree if t.dep_ not in {"case", "punct"}]
            out.append((ent.text, role.doc[words[0].i : words[-1].i + 1].text))
    return out


def _description_words(words: Iterable[str]) -> frozenset[str]:
    """The words of a description that tell two bearers of one role apart: a party ("GOP" is
    "Republican") and a rank ("vice", "former")."""
    out = set()
    for word in words:
        w = lx.PARTY_ALIASES.get(word.lower(), word.lower())
        if w in lx.PARTY_WORDS or w in lx.RANK_WORDS:
            out.add(w)
    return frozenset(out)


def _fits(description: frozenset[str], title: frozenset[str]) -> bool:
    """Whether a description ("the Republican nominee") can name a person titled so
    ("Democratic vice presidential nominee Tim Kaine" cannot)."""
    if (description & lx.RANK_WORDS) != (title & lx.RANK_WORDS):
        return False
    said, known = description & lx.PARTY_WORDS, title & lx.PARTY_WORDS
    return not (said and known and not said & known)


def _in_brackets(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    return before.count("(") > before.count(")")


class _State:
    def __init__(self) -> None:
        self.section: Mention | None = None  # the heading of the current section
        self.section_speaker: Mention | None = None
        self.last_speaker: Mention | None = None
        self.last_people: list[Mention] = []
        self.last_groups: list[Mention] = []
        self.history: list[Mention] = []
        self.documents: dict[str, Mention] = {}  # "letter" -> the speaker whose account mentioned issuing it
        self.last_document: Mention | None = None  # who issued the document the text named last
        # people the text names with a title ("President Trump"), in order: where, their role words,
        # and the mention, for "the president" later on
        self.titled: list[Titled] = []
        self.genders: dict[str, str] = {}  # surname -> "f" / "m", as the text has told it
        # people in the order the text last spoke of them, speakers and subjects of narration
        # alike ("Ms. Rice demurred when asked ... 'I'm not going to ...,' she told Mr. Rose.")
        self.recent: list[Mention] = []
        self.surnames: set[str] = set()  # last words of the full names of people the text has named
        self.leader: str | None = None  # "the Obama administration": whose administration the text is about
        self.orgs: list[tuple[int, str]] = []  # every organisation the text names, with where
        self.people_named: Counter[str] = Counter()  # how often the recogniser took each name for a person
        self.honorific: list[Mention] = []  # people named with "Ms.", "Mr." ..., in the order named
        self.told: dict[str, tuple[Mention, Token]] = {}  # "told lawmakers that": lawmaker -> (who, "lawmakers")

    def note_told(self, verb: Token, m: Mention) -> None:
        """Whom a speaker told ("X told lawmakers", "X briefed reporters", "X said to donors"), for a
        later passive that names no teller ("lawmakers were told that ...")."""
        if verb.lemma_.lower() not in lx.ADDRESSEE_VERBS and not speaks_to_someone(verb):
            return
        for c in verb.children:
            if c.dep_ in {"dobj", "dative"}:
                heard = [c]
            elif c.dep_ == "prep" and c.lower_ == "to":
                heard = [g for g in c.children if g.dep_ == "pobj"]
            else:
                continue
            for t in heard:
                if t.pos_ in {"NOUN", "PROPN"}:
                    self.told[t.lemma_.lower()] = (m, t)

    def teller(self, sent: Sentence, cue: Cue) -> Mention | None:
        """Who told the people a passive names, the teller unnamed ("lawmakers were told that
        ..."): the speaker who told people of that name last, where nothing sets the two apart (two
        different words before them, "American officials" / "Chinese officials"; a phrase after
        the noun only one of them has, "workers at the rival plant"). Not those same people telling
        themselves, nor a teller the words told speak of ("police were told that the suspect ...")."""
        if cue.addressee is None or cue.content is None or cue.addressee.lemma_.lower() not in self.told:
            return None
        m, earlier = self.told[cue.addressee.lemma_.lower()]
        now = cue.addressee

        def words(t: Token, deps: set[str]) -> set[str]:
            return {c.lower_ for c in t.children if c.dep_ in deps and c.pos_ != "PRON"}

        before = {"amod", "compound", "poss", "nmod"}
        if words(now, before) and words(earlier, before) and not words(now, before) & words(earlier, before):
            return None
        if words(now, {"prep", "relcl", "acl"}) - words(earlier, {"prep", "relcl", "acl"}):
            return None
        phrase = sent.source[sent.offset(now.left_edge) : sent.offset_end(now)].lower()
        told = sent.source[cue.content[0] : cue.content[1]].lower()
        surname = m.entity.split()[-1] if m.entity else None
        names = {w for w in (m.head, surname) if w}
        if m.name.lower().endswith(phrase) or any(re.search(rf"\b{re.escape(w.lower())}\b", told) for w in names):
            return None
        return m

    def note_documents(self, sent: Sentence, m: Mention, content: list[tuple[int, int]], verb: Token) -> None:
        """The documents a speaker issues, as the frame of their account names them ("X said in a
        statement", "X wrote in a letter"): not those the account talks about ("X said Y's ad lies"),
        nor those of another verb of the sentence ("X adopted a resolution, despite claims from Y")."""
        for t in sent.span:
            pos = sent.offset(t)
            if (
                t.pos_ == "NOUN"
                and t.lemma_.lower() in lx.DOCUMENT_NOUNS
                # "BuzzFeed's report claimed ...": a document that speaks is its author's
                and (not any(c.dep_ == "poss" for c in t.children) or (t.dep_ == "nsubj" and t.head.i == verb.i))
                and not any(a <= pos < b for a, b in content)
                # (or one the act a participle cue hangs from puts out: "hit back with a commercial,
                # asserting that ...", "aired an ad, saying ...", not "blasted the commercial,
                # saying ..."; or the one such a cue describes: "a commercial asserting ...")
                and (
                    _governing_verb(t) in {verb, None}
                    or (verb.dep_ == "advcl" and _governing_verb(t) == verb.head and _put_out(t))
                    or (verb.dep_ == "acl" and verb.head == t)
                )
            ):
                self._note_document(t.lemma_.lower(), m)

    def _note_document(self, noun: str, m: Mention) -> None:
        """``m`` put out a document of this name, which its other names ("ad", "commercial")
        stand for too unless another's document already goes by them."""
        self.documents[noun] = m
        self.last_document = m
        for alias in lx.DOCUMENT_ALIASES.get(noun, frozenset()):
            self.documents.setdefault(alias, m)

    def note_issuers(self, sent: Sentence) -> None:
        """Documents the sentence says someone issued, whether or not it is an account: "The NAACP
        passed a resolution", "a lawsuit filed by Nebraska and Oklahoma", "the states sued"."""
        for t in sent.span:
            if t.pos_ != "VERB":
                continue
            lemma = t.lemma_.lower()
            docs = [c for c in t.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in lx.DOCUMENT_NOUNS]
            if t.dep_ in {"acl", "relcl"} and t.head.lemma_.lower() in lx.DOCUMENT_NOUNS:
                docs.append(t.head)  # "a lawsuit filed by ..."
            nouns = {d.lemma_.lower() for d in docs} if lemma in lx.ISSUING_VERBS else set()
            nouns |= lx.ACT_DOCUMENTS.get(lemma, frozenset())
            if not nouns:
                continue
            issuer = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if issuer is None:
                agent = next((c for c in t.children if c.dep_ == "agent"), None)
                issuer = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            if issuer is None or issuer.lower_ in PRONOUNS or issuer.tag_ in {"WDT", "WP"}:
                continue
            m = _resolve(sent, source_phrase(issuer), self) or _mention(sent, source_phrase(issuer))
            if m.kind == "person" or m.entities or m.head in lx.BODY_NOUNS | lx.DECIDING_BODIES:
                for noun in nouns:
                    self._note_document(noun, m)

    def note_honorifics(self, sent: Sentence | None) -> None:
        """People the sentence names with a title that tells their gender ("Ms. Cordova"), inside
        someone's account or not: whom a "she" that fits no speaker may stand for."""
        if sent is None:
            return
        for e in sent.span.ents:
            before = e.doc[e.start - 1] if e.start > 0 else None
            if e.label_ == "PERSON" and before is not None and before.lower_ in lx.HONORIFICS:
                self.honorific.append(_mention(sent, [before, *e]))

    def named_org(self, name: str) -> bool:
        """The recogniser took this name for an organisation more often than for a person: a
        "Comcast" it tagged otherwise once or twice is still no one "he" can stand for."""
        return sum(n == name for _pos, n in self.orgs) > self.people_named[name]

    def gender(self, m: Mention) -> str | None:
        """What the text has told of the person's gender, under any of their names (or, for one the
        text only describes, under that description: "the rep")."""
        return m.gender or self.genders.get(_gender_key(m))

    def note_person(self, m: Mention) -> None:
        """A person the text speaks of, speaking or not: "he" or "she" next may be them."""
        if m.gender:
            self.genders.setdefault(_gender_key(m), m.gender)
        if _one_person(m):
            self.recent.append(m)

    def remember(self, m: Mention) -> None:
        if _one_person(m):
            self.note_person(m)
        self.history.append(m)
        self.last_speaker = m
        if _one_person(m):
            self.last_people.append(m)
        else:
            self.last_groups.append(m)
        if self.section is not None:
            self.section_speaker = m

    def resolve(self, pronoun: str) -> Mention | None:
        found = self._referent(pronoun.lower())
        if (
            found is not None
            and pronoun.lower() in {"he", "she"}
            and found.gender is None
            and not found.entity
            and _one_person(found)
        ):
            # "The rep ... she kept insisting": the text has now told the rep's gender (only of one
            # it describes: a named person's gender a wrong guess would spoil for the whole text)
            found.gender = "f" if pronoun.lower() == "she" else "m"
            self.genders.setdefault(_gender_key(found), found.gender)
        return found

    def _referent(self, p: str) -> Mention | None:
        if p in {"he", "she"}:
            # the last person the pronoun can stand for: not one the text made the other gender
            other = "m" if p == "she" else "f"
            for m in reversed(self.recent[-8:]):
                if self.gender(m) != other:
                    return m
        if p in {"he", "she", "i"}:
            other = {"he": "f", "she": "m"}.get(p)
            last = self.last_speaker
            if last is not None and _one_person(last) and (other is None or self.gender(last) != other):
                return last
            # the last speaker the pronoun can stand for ("he says" after "she kept insisting" is
            # not her)
            fits = [m for m in self.last_people if other is None or self.gender(m) != other]
            if fits:
                return fits[-1]
            if other is not None and self.last_people:
                # "she" after men only: the last woman the text named as one, wherever it named
                # her ("... he regretted that Ms. Cordova was caught ... She issued a statement")
                return next((m for m in reversed(self.honorific) if m.gender != other), None)
            if self.last_people:
                return self.last_people[-1]
            # "he" after a crowd only ("numerous lawmakers called ... He claimed"): none of them
            return (
                None if self.last_speaker is not None and p != "i" and _plural(self.last_speaker) else self.last_speaker
            )
        if p in {"they", "it", "we"}:
            if self.last_speaker is not None and not _one_person(self.last_speaker):
                return self.last_speaker
            return self.last_groups[-1] if self.last_groups else self.last_speaker
        return None


def _put_out(doc_noun: Token) -> bool:
    """A document its verb puts out: the object of a verb of issuing ("aired an ad") or what an
    act is done with ("hit back with a commercial")."""
    if doc_noun.dep_ == "dobj":
        return doc_noun.head.lemma_.lower() in lx.ISSUING_VERBS
    return doc_noun.dep_ == "pobj" and doc_noun.head.lower_ == "with"


def _governing_verb(tok: Token) -> Token | None:
    """The nearest verb above a word ("in a statement" -> "said"), or None."""
    for a in tok.ancestors:
        if a.pos_ in {"VERB", "AUX"}:
            return a
    return None


def _surname(name: str) -> str:
    words = name.split()
    return words[-1].lower() if words else ""


def _gender_key(m: Mention) -> str:
    """Under what the text's word on a person's gender is kept: their surname, or the head of the
    description that is all the text calls them by."""
    return _surname(m.entity) if m.entity else "the " + (m.head or "").lower()


_COLLECTIVE_ROLES = frozenset(["family", "couple"])


def _plural(m: Mention) -> bool:
    """A phrase whose head is in the plural ("numerous Republican lawmakers", "the coaches")."""
    return m.kind != "person" and bool(m.head) and _last_word(m) in {m.head + "s", m.head + "es"}


def _one_person(m: Mention) -> bool:
    """A named person, or one described by a role ("Strzok's attorney", "a spokeswoman"): "he" or
    "she" can refer to them; not two people named together ("Mr. Romney and Mr. Obama")."""
    people = [(m.name.find(x), x) for label, x in m.entities if label == "PERSON"]
    starts = [k for k, _x in people]
    if len(starts) > 1 and (
        # an "and" with a name on each side of it ("a former official in the Clinton White House
        # and a proponent of the deal" names one person), or names in a list ("Joe Biden, Barack
        # Obama"; not "Huma Abedin, Clinton's top aide")
        any(
            any(0 <= k < j.start() for k in starts) and any(k >= j.end() for k in starts)
            for j in re.finditer(r"\band\b|&", m.name)
        )
        or any(
            k > 0 and m.name[:k].rstrip().endswith(",") and not m.name[k + len(x) :].startswith(("'s", "’s"))
            for k, x in people[1:]
        )
    ):
        return False
    if _plural(m):
        return False  # "numerous Republican lawmakers": a role in the plural is no one "he" can be
    if m.kind == "person" or m.head in lx.PERSON_ROLES:
        return True
    # "one former Comcast customer", "a local woman": one person the text names by what they are
    # ("The user, with the handle X": the words before an aside)
    return m.head in lx.PRIVATE_ROLES and m.head not in _COLLECTIVE_ROLES and _last_word(m) == m.head


def _last_word(m: Mention) -> str:
    """The last word of a speaker phrase before any aside ("The user, with the handle X" -> user)."""
    words = m.name.split(",")[0].split()
    return words[-1].lower() if words else ""


_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
_NAMED = {"PERSON", "ORG", "GPE", "NORP"}


def _several(source: list[Token], m: Mention, determiners: set[str], state: _State) -> Mention:
    """A plural phrase that refers back to speakers named together: "Nebraska and Oklahoma sued
    ... The two states say", "Both countries said", "The states of X and Y ... The states argue".
    A count must match the names; without one the same noun must have named them."""
    count = next((_COUNTS[t.lower_] for t in source if t.lower_ in _COUNTS), None)
    if count is None and not determiners & {"the", "these", "those"}:
        return m
    if len(source) > 3 or any(label in _NAMED for label, _ in m.entities):
        return m
    for prev in reversed(state.history[-6:]):
        named = [(label, x) for label, x in prev.entities if label in _NAMED]
        # names of one kind set side by side ("Nebraska and Oklahoma"), not a person and a place
        together = len({label for label, _ in named}) == 1 and re.search(r",|\band\b|&", prev.name)
        if together and ((count is None and prev.head == m.head and len(named) >= 2) or len(named) == count):
            return prev
    return m


def _titled_otherwise(source: list[Token], role: str) -> bool:
    """Whether a name comes with a title of another role than ``role`` ("Mayor Joan Tate" after
    "the group's president" is someone else)."""
    roles = frozenset().union(*(lx.title_roles(t.text) for t in source if t.pos_ in {"PROPN", "NOUN"}))
    return bool(roles) and role not in roles


_GENERIC_OWNERS = frozenset(["country", "nation", "world", "state", "city", "region"])
_GENERIC_BODIES = frozenset(["group", "organization", "organisation", "body", "association", "coalition"])


_JOINED = re.compile(r"\band\b|&")


def _joint(m: Mention) -> bool:
    """Speakers named together as one source ("Mayor Ann Lee and three council members")."""
    return _JOINED.search(m.name) is not None and _JOINED.search(m.entity or "") is None


def _words_of(m: Mention) -> set[str]:
    """The lower-cased words of a mention's name and of the names in it."""
    return {
        w.lower() for text in [m.name, m.entity or "", *(x for _l, x in m.entities)] for w in re.findall(r"\w+", text)
    }


def name_head(words: list[str]) -> str:
    """The head word of a body's lower-cased name: its last word where that is a word for a body
    ("Bank of England Staff Union": union), else the last word before "of" ("Bank of Lisbon":
    bank; "Meridian Bank Employees Association": association)."""
    if len(words) > 2 and words[-1] in _NAME_SUFFIXES:
        words = words[:-1]  # "The Royal Bank of Scotland Group": the bank
    if words[-1] in lx.BODY_NOUNS or "of" not in words[1:]:
        return words[-1]
    return words[: words.index("of", 1)][-1]


_NAME_SUFFIXES = frozenset("group holdings inc corp corporation plc llc ltd co".split())


def _head_words(m: Mention) -> set[str]:
    """The lower-cased head word of a mention's name and of the names in it (``name_head``)."""
    return {
        name_head(words)
        for text in [m.name, m.entity or "", *(x for _l, x in m.entities)]
        if (words := [w.lower() for w in re.findall(r"\w+", text)])
    }


def _described_body(sent: Sentence, source: list[Token], state: _State) -> str | None:
    """The name of a body a phrase only describes ("the country's largest civil rights
    organization", "the nation's leading civil rights group"): the body that spoke last, else the
    first organisation the text names after the description, within a few hundred characters."""
    body = next(
        (
            t
            for t in source
            if t.pos_ == "NOUN"
            and t.lemma_.lower() in lx.BODY_NOUNS
            and any(c.dep_ == "poss" and c.lemma_.lower() in _GENERIC_OWNERS for c in t.children)
        ),
        None,
    )
    if body is None or any(t.ent_type_ in {"ORG", "PERSON", "NORP", "GPE"} for t in body.subtree):
        return None
    last = _last_body(state)
    if last is not None:
        return last.entity or next((x for label, x in last.entities if label == "ORG"), None)
    after = sent.offset_end(body)
    return next((name for pos, name in state.orgs if after <= pos < sent.end + _DESCRIBED_REACH), None)


_DESCRIBED_REACH = 400  # characters after the sentence where the body's name may come


def _people(m: Mention) -> bool:
    """A plural of people the recogniser took for a body ("Farmers said ...", tagged ORG): no
    ministry, company or department the text goes on to name ("the ministry said") is theirs."""
    word = m.name.lower()
    return (
        m.kind == "group"
        and m.entities == [("ORG", m.name)]
        and word.isalpha()
        and word.endswith("s")
        and word != m.head
        and word.startswith(m.head[:-1])
    )


def _last_body(state: _State) -> Mention | None:
    """The body (a named organisation) among the last speakers, latest first."""
    return next(
        (
            prev
            for prev in reversed(state.history[-6:])
            if prev.kind == "organisation"
            or (prev.kind == "group" and [label for label, _ in prev.entities] == ["ORG"])
        ),
        None,
    )


def _host_subject(sent: Sentence, pronoun: Token, state: _State) -> Mention | None:
    """The named person a "he" or "she" in a clause set on the main one stands for: the main
    clause's subject ("Conal began subscribing after he says he was sold an offer"), whoever
    spoke last."""
    if pronoun.lower_ not in {"he", "she"} or pronoun.dep_ != "nsubj":
        return None
    clause = pronoun.head
    if clause.dep_ == "advcl":
        host = clause.head
        target = _one_acted_on(host, clause, pronoun)
        if target is not None:
            # "Lee condemned Jo Park after she wrote ...": the one condemned did what brought it on
            found = _person_for(sent, source_phrase(target), pronoun, state)
            if found is not None or (target.pos_ == "NOUN" and target.lemma_.lower() in _ROLE_NOUNS):
                return found or _mention(sent, source_phrase(target))
    else:
        # 'X told the paper: "...," he said': the parser hung the first cue on the second one; the
        # one who told it is the one who said it
        host = next(
            (
                c
                for c in clause.children
                if c.dep_ == "ccomp" and c.i < pronoun.i and c.lemma_.lower() in lx.REPORTING_VERBS
            ),
            None,
        )
        if host is None or clause.lemma_.lower() not in lx.REPORTING_VERBS:
            return None
        # ... only a cue before the quotation opens, never a name inside it ('"Biden told us he
        # would fix it," he said': the one quoted is not the one who quotes)
        opener = next((t for t in sent.span if t.text in QUOTE_OPENERS), None)
        if opener is None or not host.i < opener.i < pronoun.i:
            return None
    subj = next((c for c in host.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.i > pronoun.i or subj.pos_ != "PROPN" or subj.lower_ in PRONOUNS:
        return None
    return _person_for(sent, source_phrase(subj), pronoun, state)


_REPORTING_HEDGES = frozenset(["reportedly", "purportedly", "supposedly"])  # not a legal "allegedly"
CARRY_SENTENCES = 2  # a hedged report carries on a report at most this many sentences after it


def _report_carried_on(
    parsed: ParsedText, sent: Sentence, last: Account | None, mention: Mention | None, text: str
) -> tuple[int, int] | None:
    """A sentence that gives a report with no one to give it ("X is said to ...", "X is believed
    to ...", "X reportedly ...") just after an account of a report or an outlet (``last``, the last
    account this rule did not add, and ``mention``, its speaker): the hedge's span. None
    otherwise: after a person's or a body's words a hedge is the narrator's ("The Pentagon said
    ... The base is believed to house 2,000 troops"), as is one inside a clause or a noun phrase
    ("the allegedly stolen car"), a question, or a sentence with no verb."""
    root = sent.span.root
    if last is None or mention is None or root.pos_ not in {"VERB", "AUX"} or sent.span.text.rstrip().endswith("?"):
        return None
    hedge = root if reduced_passive(root) else None
    hedge = hedge or next((c for c in root.children if c.dep_ == "advmod" and c.lower_ in _REPORTING_HEDGES), None)
    if hedge is None or any(t.dep_ == "agent" for t in hedge.children):
        return None  # (nor "is believed by police to ...": a source of its own)
    before = [x for x in parsed.sentences if x.start <= last.sentence.start < x.end]
    if not before or sent.index - before[0].index > CARRY_SENTENCES:
        return None
    # a report or a document ("according to a report", "the memo"), or an outlet that reported it
    cue = text[last.cue.start : last.cue.end].lower() if last.cue is not None else ""
    outlet = mention.kind == "organisation" and cue.startswith("report")
    if mention.kind == "person" or not (mention.head in lx.REPORT_NOUNS | lx.DOCUMENT_NOUNS or outlet):
        return None
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None and subj.lemma_.lower() == mention.head:
        return None  # "The report is believed to be ...": said of the report, not by it
    return sent.offset(hedge), sent.offset_end(hedge)


def _owner_is_subject(sent: Sentence, pronoun: Token, state: _State) -> Mention | None:
    """The one a possessive on the object of a verb of keeping up one's own words stands for: that
    verb's subject, when of the same number ("Republicans renewed their claim that ...", "Trump
    repeated his call for ..."). Not after a verb of answering others' words ("criticized his
    claim", "rejected their calls")."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in {"his", "her", "their"} or pronoun.head.dep_ != "dobj":
        return None
    verb = pronoun.head.head
    if verb.lemma_.lower() not in lx.OWN_WORDS_VERBS:
        return None  # "Biden criticized his claim", "Trump mocked her claim": another's words
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > pronoun.i or subj.lower_ in PRONOUNS:
        return None
    plural = subj.tag_ in {"NNS", "NNPS"} or subj.ent_type_ in {"ORG", "NORP", "GPE"}
    if (pronoun.lower_ == "their") != plural:
        return None
    return _resolve(sent, source_phrase(subj), state)


def _relative_host(sent: Sentence, pronoun: Token) -> Mention | None:
    """The body an "it" or "they" of a relative clause stands for: the subject of the clause the
    relative clause sits in, when it is a thing of the same number ("the campaign can't scrap
    ballots that it had alleged were improper": the campaign)."""
    if pronoun.lower_ not in {"it", "they"} or pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "relcl":
        return None
    plural = pronoun.lower_ == "they"
    rel = pronoun.head
    # "the ministry said the company sold rifles, which it said were ...": the same verb of saying
    # as one above it, whose speaker the "it" may as well be
    if any(a.lemma_ == rel.lemma_ for a in rel.ancestors):
        return None
    for a in rel.ancestors:
        subj = next((c for c in a.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < pronoun.i), None)
        if subj is None or subj.i == rel.head.i:
            continue  # (not the noun the relative clause is on: "the drone, which it said was ...")
        if (
            subj.pos_ not in {"NOUN", "PROPN"}
            or subj.ent_type_ == "PERSON"
            or subj.lemma_.lower() in lx.PERSON_ROLES
            or (subj.tag_ in {"NNS", "NNPS"}) != plural
        ):
            return None
        return _mention(sent, source_phrase(subj))
    return None


_OWN_NEWS_VERBS = frozenset(["announce", "confirm", "declare"])
SCARE_QUOTE_WORDS = 3  # at most this many words quoted inside the news are a scare quote


def _content_subject(sent: Sentence, pronoun: Token, state: _State) -> Mention | None:
    """A "he" or "she" that stands for no one named before, after news it announces of someone
    ("Rep. X is resigning, he announced"): the named person the news is about, its subject. Only
    announcing: what one says of a person ("Pelosi is lying, he said") is seldom said by them."""
    if pronoun.lower_ not in {"he", "she"} or pronoun.dep_ != "nsubj":
        return None
    verb = pronoun.head
    # (not any verb of saying: "X is lying, he wrote", "X lied on the form, he told the jury" are
    # said of X by someone the next sentence names)
    if verb.lemma_.lower() not in _OWN_NEWS_VERBS:
        return None
    reported = next((c for c in verb.children if c.dep_ in {"ccomp", "parataxis"} and c.i < pronoun.i), None)
    if reported is not None and reported.is_punct:
        # "WASHINGTON ― X is ...": the parser hung the news on the dateline's dash
        reported = next((c for c in reported.children if c.dep_ in {"ccomp", "parataxis"}), None)
    if reported is None:
        return None
    subj = next((c for c in reported.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ != "PROPN":
        return None
    # never after a quotation ('"X is leaving," he said', 'X "lied to every voter," she declared':
    # the speaker's words); a few words quoted inside the news are a scare quote ('X is "very close"')
    marks = [t.i for t in sent.span.doc[sent.span.start : pronoun.i] if t.is_quote]
    if marks and (marks[0] < subj.i or len(marks) != 2 or marks[1] - marks[0] > SCARE_QUOTE_WORDS + 1):
        return None
    # the name itself, not what the text sets beside it ("Rep. X (R-Idaho)")
    name = [t for t in subj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [subj]
    return _person_for(sent, name, pronoun, state)


# verbs whose object is the one whose deed brought the act on ("criticized X after he ...",
# "fired X because she ..."): a "he" or "she" in a clause of why or after them is that object
_ACTED_ON_FOR = lx.ATTACK_VERBS | lx.PUNISHING_VERBS | frozenset("praise thank congratulate commend reward".split())
_WHY_OR_AFTER = frozenset(["after", "because", "since", "when", "for"])
_ROLE_NOUNS = lx.PERSON_ROLES | lx.STAFF_ROLES | lx.PRIVATE_ROLES


def _one_acted_on(host: Token, clause: Token, pronoun: Token) -> Token | None:
    """The object of a verb of praise, blame or sanction whose clause of why or after has
    ``pronoun`` for subject: that one did what brought the act on."""
    if host.lemma_.lower() not in _ACTED_ON_FOR:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in _WHY_OR_AFTER for c in clause.children):
        return None
    obj = next((c for c in host.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i > pronoun.i or obj.pos_ == "PRON":
        return None
    if any(t.lower_ == obj.lower_ for t in clause.subtree if t.i > pronoun.i):
        return None  # "fired Comey because he believed Comey had ...": the clause names him apart
    return obj


def _person_for(sent: Sentence, toks: list[Token], pronoun: Token, state: _State) -> Mention | None:
    """The person the tokens name, when a "he" or "she" can stand for them: a person (not a body the
    recogniser mostly saw), and not one the text made the other gender."""
    m = _mention(sent, toks)
    other = "f" if pronoun.lower_ == "he" else "m"
    if m.kind != "person" or not m.entity or state.named_org(m.entity) or state.gender(m) == other:
        return None
    return m


def _resolve(sent: Sentence, source: list[Token], state: _State) -> Mention | None:
    """The speaker a source phrase names: pronouns and bare role phrases ("the senator", "the
    spokesman") refer back to a speaker already named; anything else names a speaker itself."""
    if len(source) == 1 and POSSESSIVES.get(source[0].lower_, source[0].lower_) in PRONOUNS:
        owner = _owner_is_subject(sent, source[0], state)
        if owner is not None:
            return owner
        host = _host_subject(sent, source[0], state) or _relative_host(sent, source[0])
        found = host or state.resolve(POSSESSIVES.get(source[0].lower_, source[0].lower_))
        return found or _content_subject(sent, source[0], state)
    m = _mention(sent, source)
    bare = m.entity or m.name
    if m.kind in {"organisation", "group"} and bare[:1].isupper() and bare.lower() in state.surnames:
        # "Sellers said" after "Joseph Sellers, the women's lawyer": whatever the recogniser made
        # of the bare name, it is that person
        m.kind, m.entity = "person", bare
    last = state.last_speaker
    if (
        m.kind == "person"
        and [label for label, _ in m.entities] == ["PERSON"]
        and last is not None
        and last.kind == "group"
        and last.head in lx.PERSON_ROLES
        and not any(h.entity == m.entity for h in state.history)
        and not _titled_otherwise(source, last.head)
        # a person the text named in full before ("Sen. Lindsey Graham ... Graham questioned"), or
        # one who speaks in the same sentence as the role, is someone else
        and not (m.entity and _named_before(sent, m.entity.split()[-1]))
        and last.span.end <= sent.start
    ):
        # "A ministry spokeswoman disputed it. '...,' said Jane Doe.": the name is the spokeswoman's
        m.entities = [*m.entities, *last.entities]
    for poss in (t for t in source if t.dep_ == "poss" and t.lemma_.lower() in lx.PERSON_ROLES):
        # "the special counsel's office": the office of the person the text gave that title
        titled = next(
            (x for pos, roles, x, _w in reversed(state.titled) if pos < sent.start and poss.lemma_.lower() in roles),
            None,
        )
        if titled is not None and titled.entity:
            m.entities = [*m.entities, ("PERSON", titled.entity)]
    head_tok = next((t for t in source if t.head not in source or t.head.i == t.i), None)
    if head_tok is not None and head_tok.lemma_.lower() in lx.AGENT_ROLES and not m.entities:
        # "His lawyer said ...": the lawyer of the person "his" stands for acts for them
        pron = next((c for c in head_tok.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
        principal = state.resolve("he" if pron is not None and pron.lower_ == "his" else "she") if pron else None
        if principal is not None and principal.entity and principal.kind == "person":
            m.entities = [("PERSON", principal.entity)]
    for poss in (t for t in source if t.dep_ == "poss" and t.lemma_.lower() in lx.BODY_NOUNS):
        # "the group's leader", "the company's spokeswoman": one who speaks for the body named last
        if any(c.lower_ in {"the", "this", "that"} for c in poss.children if c.dep_ == "det"):
            body = _last_body(state)
            if body is not None and body is state.last_speaker:
                m.entities = [*m.entities, *((label, x) for label, x in body.entities if label in _NAMED)]
                if not body.entities and body.entity:
                    m.entities = [*m.entities, ("ORG", body.entity)]
    if m.kind == "person" or any(label in {"PERSON", "ORG"} for label, _ in m.entities):
        return m
    described = _described_body(sent, source, state)
    if described is not None:
        # "Leaders of the country's largest civil rights organization": the body the text names
        m.entities = [*m.entities, ("ORG", described)]
        return m
    determiners = {t.lower_ for t in source if t.dep_ == "det"}
    plural = any(t.tag_ in {"NNS", "NNPS"} and t.lemma_.lower() == m.head for t in source)
    if plural:
        found = _several(source, m, determiners, state)
        return _of_leader(m, source, state) if found is m else found
    if not m.head:
        return m
    said = _description_words(t.text for t in source)
    for prev in reversed(state.history[-6:]) if not m.entities else []:
        # "a spokesman for X ..." then "the spokesman said"; a phrase with a name of its own
        # ("Ukraine's foreign ministry" after "Russia's defense ministry") is someone else, and so
        # is one of another rank ("the president" after "Vice President Pence")
        # (a body by its name's head word: "the bank" is not the bank's employees' association)
        heads = _head_words(prev) if prev.kind in {"organisation", "group"} else set()
        if heads & lx.BODY_NOUNS:
            same = m.head in heads
        else:
            # (not by a word the phrase only relates its head to: "Tom Reed, a critic of the city
            # council" is no "council"; "the Census, a project financed by X" is a "project")
            same = prev.head == m.head or (
                bool(prev.name)
                and m.head in prev.name.lower().split()
                and not re.search(
                    rf"\b(?:of|for|against|to|with|at)\s+(?:\S+\s+){{0,3}}{re.escape(m.head)}\b", prev.name.lower()
                )
            )
        if same and _fits(said, _description_words(prev.name.split())):
            return prev
    if determiners & {"the", "this", "that"}:
        # "President Trump and his allies ..." then "the president tweeted": the person the text
        # named with that title last, speaker or not (earlier in the same sentence too: "calling
        # on Rep. Todd Akin to quit, as the congressman vowed to stay")
        # (where one person alone was titled so in it: "Sen. Burns criticized Sen. Ward's plan, and
        # the senator said ..." may be either)
        opening = sent.offset(min(source, key=lambda t: t.i))
        here = {x.entity for pos, roles, x, _w in state.titled if sent.start <= pos < opening and m.head in roles}
        bound = opening if len(here) <= 1 else sent.start
        for pos, roles, titled, words in reversed(state.titled):
            if pos < bound and m.head in roles and _fits(said, words):
                return titled
    if m.head in lx.BODY_NOUNS and determiners & {"the", "this", "that"} and len(source) <= 3:
        # "the group said", "the company said": the body that spoke last, unless its name calls it
        # another kind of body ("the ministry" is not the farmers' association)
        body = _last_body(state)
        # (what it is, by its name's head word: "the bank" is not the bank's employees' association)
        kinds = (_head_words(body) & lx.BODY_NOUNS or _words_of(body) & lx.BODY_NOUNS) if body is not None else set()
        # "the budget office" after the senator's office spoke: a remit the other's name lacks
        # makes another body
        remit = {
            t.lower_ for t in source if t.dep_ == "compound" and t.pos_ == "NOUN" and t.head.lemma_.lower() == m.head
        }
        other = m.head not in _GENERIC_BODIES and body is not None and (bool(remit - _words_of(body)) or _people(body))
        # "the union" is no airline, whatever the airline's name calls it
        other = other or (m.head in lx.LABOUR_BODIES and m.head not in kinds)
        if body is not None and not other and (m.head in _GENERIC_BODIES or m.head in kinds or not kinds):
            return body
        last = state.last_speaker
        if body is None and m.head in {"group", "coalition"} and last is not None and _joint(last):
            return last  # "Lee and three council members condemned ... '...,' the group wrote"
    if m.head in lx.DOCUMENT_NOUNS and determiners & {"the", "this", "that"} and m.head in state.documents:
        return state.documents[m.head]  # "X sent a letter ... The letter says": X speaks through it
    if (
        m.head in lx.DOCUMENT_NOUNS - lx.NEWS_NOUNS
        and determiners & {"the", "this", "that"}
        and state.last_document is not None
        and not any(t.dep_ in {"poss", "prep"} for t in source)
    ):
        # "X fired off a statement ... The missive accused ...": the document named last, by
        # another word
        return state.last_document
    # no "X's", no "for X", not even past the words the source phrase keeps ("the top Republican
    # on the House Foreign Affairs Committee" is someone the story names next, not the last person)
    bare = not any(t.dep_ in {"poss", "case", "prep"} for s in source for t in (s, *s.children))
    # "the Florida Republican", "the presidential hopeful": one member of a party, one who runs
    member = m.head in _ONE_MEMBER and not plural
    if (m.head in lx.PERSON_ROLES or member) and determiners & {"the", "this", "that"} and bare:
        # "the senator": the person the story is about ("the engineer's attorney" is someone else)
        prior = state.resolve("he")
        own_title = prior is not None and (
            any(m.head in roles and x.entity == prior.entity for _pos, roles, x, _w in state.titled)
            or m.head in re.findall(r"\w+", prior.name.lower())  # "The museum's director, Ann Lee"
        )
        if not own_title and _role_given_to_another(source, m):
            return m  # "Lee fired the parks director. The director said ...": the one fired
        # not someone the text named only by another role ("the mayor" is no "governor", "the rep"
        # no "customer")
        other_role = prior is not None and not prior.entity and prior.head != m.head
        # nor someone the text titled as holding another office ("the president" is no
        # "Representative James Lankford")
        other_title = prior is not None and prior.entity is not None and _holds_other_office(prior, m.head, state)
        return prior if prior is not None and _one_person(prior) and not other_role and not other_title else m
    return _of_leader(m, source, state)


_LOWER_RANKS = frozenset("deputy assistant associate vice acting interim".split())


def _role_given_to_another(source: list[Token], m: Mention) -> bool:
    """'Mayor Ann Lee fired the parks director on Friday. The director said ...': the role word
    was used earlier in the paragraph for someone the sentence did things to (an object, not the
    subject, nor a title in a name), so "the director" is that one, not the person the story is
    about. Where that phrase named the person ("Brazil's trade minister, Carlos Lima"), the role
    is that person."""
    first = min(t.i for t in source)
    said = {t.lower_ for t in source}
    for t in reversed(source[0].doc[:first]):
        if t.lemma_.lower() != m.head or t.pos_ != "NOUN" or t.dep_ not in {"dobj", "pobj", "dative", "nsubjpass"}:
            continue
        if any(c.dep_ in {"compound", "amod"} and c.lower_ in _LOWER_RANKS - said for c in t.children):
            return False  # "fired the deputy director ... The director said": another office
        named = next((c for c in t.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        if named is not None:
            m.kind = "person"
            m.entity = " ".join(x.text for x in named.subtree if x.ent_type_ == "PERSON")
        return True
    return False


def _holds_other_office(person: Mention, role: str, state: _State) -> bool:
    """Whether the text titled this person only with offices that are not ``role``."""
    held = [
        roles for _pos, roles, x, _w in state.titled if x.entity and _surname(x.entity) == _surname(person.entity or "")
    ]
    return bool(held) and not any(role in roles for roles in held) and role in _TITLE_ROLE_WORDS


_ONE_MEMBER = frozenset(["republican", "democrat", "hopeful", "conservative", "liberal", "independent"])
# every role a title before a name can give ("senator", "president", "governor", ...)
_TITLE_ROLE_WORDS: frozenset[str] = frozenset().union(*lx.TITLE_ROLES.values())


def _of_leader(m: Mention, source: list[Token], state: _State) -> Mention:
    """'administration officials said', 'an administration official' in a story of 'the Obama
    administration', when no one named before is meant: they speak for that administration; so do
    'Trump administration officials', whose phrase names whose administration it is."""
    admin = next((t for t in source if t.lemma_.lower() == "administration"), None)
    if admin is None or m.entities:
        return m
    # "Trump administration officials": the phrase names whose administration it is
    named = [
        t.text
        for t in source
        if t.i < admin.i
        and t.dep_ == "compound"
        and t.text[:1].isupper()
        and (t.pos_ == "PROPN" or t.lower_ in state.surnames)
    ]
    if named:
        m.entities = [("PERSON", " ".join(named))]
    elif state.leader:
        m.entities = [("PERSON", state.leader)]
    return m


def _carry_on(
    out: Attribution, speaker: Mention, quotes: list[tuple[int, int]], sent: Sentence, span: tuple[int, int]
) -> bool:
    """'"It has always been bipartisan. We need to keep it that way."': the next sentence of a
    quotation with no cue of its own joins the account of the sentence before it in that quotation,
    so the account holds the whole quotation. Returns whether it joined."""
    prev = out.accounts[-1] if out.accounts else None
    if prev is None or prev.cue is not None or prev.kind != "direct" or span[1] <= span[0]:
        return False
    said = out.mentions.get(prev.id)
    if said is None or (said.name, said.entity) != (speaker.name, speaker.entity):
        return False
    if not any(q[0] <= prev.content[0].start and q[0] < sent.start < q[1] for q in quotes):
        return False
    prev.content.append(Span(doc=prev.doc, start=span[0], end=span[1]))
    prev.sentence = Span(doc=prev.doc, start=prev.sentence.start, end=max(prev.sentence.end, span[1]))
    return True


def _speaker_later_in_quote(
    parsed: ParsedText, later: list[Sentence], quotes: list[tuple[int, int]], state: _State
) -> Mention | None:
    """'“A. B. C,” X said.': the cue after the last sentence of a quotation names its speaker."""
    for sent in later:
        if not any(q[0] < sent.end and q[1] > sent.start for q in quotes):
            return None
        for cue in drop_nested(find_cues(parsed, sent)):
            if not cue.source:
                continue
            return _resolve(sent, cue.antecedent or cue.source, state)
    return None


def _new_state(parsed: ParsedText) -> _State:
    """What the reading of a document starts from: who is titled what, the administration's
    leader, the bodies and people the text names."""
    state = _State()
    state.titled = _titled_people(parsed)
    state.leader = _administration_leader(parsed)
    state.orgs = [
        (p.start + e.start_char, e.text)
        for p in parsed.paragraphs
        if p.doc is not None
        for e in p.doc.ents
        if e.label_ == "ORG"
    ]
    state.people_named = Counter(
        e.text for p in parsed.paragraphs if p.doc is not None for e in p.doc.ents if e.label_ == "PERSON"
    )
    return state


def _person(tokens: list[Token]) -> bool:
    """Whether a line's label names a speaker ("Pence", "BIDEN", "Politifact"): a name, or a
    transcript's label in capitals; not a topic ("Markets", "Police") or a place ("Germany")."""
    named = any(t.pos_ == "PROPN" or (t.is_upper and len(t.text) > 1) for t in tokens)
    return named and not any(t.ent_type_ in {"GPE", "LOC", "NORP", "FAC"} for t in tokens)


def _after_a_clause(sent: Sentence, cue: Cue, start: int, reports: list[Cue]) -> bool:
    """Whether a report inside a labelled line comes after a clause of the line's own, one with a
    verb in a tense that is no part of a report ("Pence: Flowers won't be at debate, Trump was
    'mocking' Clinton"): the labelled speaker says both. What a report reports, before its cue
    or after, is part of it ("The wall is racist, Clinton has said"), as is another report of the
    line (``reports``) and what it reports ("Clinton once claimed taxes would fall, but now she
    says ...")."""
    reported = {t.i for t in cue.source}
    for r in reports:
        reported.add(r.verb.i)
        for c in r.verb.children:
            if c.dep_ in {"aux", "auxpass", "neg"}:
                reported.add(c.i)
            elif c.dep_ in {"ccomp", "xcomp", "parataxis", "dobj"}:
                reported |= {t.i for t in c.subtree}
    first = min((sent.offset(t) for t in cue.source), default=sent.offset(cue.verb))
    return any(
        t.i not in reported and t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass"} and _finite(t)
        for t in sent.span
        if start <= sent.offset(t) < first
    )


def _finite(verb: Token) -> bool:
    """Whether a verb is in a tense, itself or through its auxiliary ("said", "has said", "will
    say", "keeps saying")."""
    if verb.tag_ in FINITE_TAGS or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS | {"MD"} for c in verb.children
    ):
        return True
    return verb.dep_ == "xcomp" and verb.head is not verb and _finite(verb.head)


def _bare_title(m: Mention) -> bool:
    """A title alone, without a name or an article: headline shorthand ("Mayor vows ...",
    "Judge blocks ..."), not a speaker; a plural ("Police say ...") is a speaker."""
    words = {w.lower().strip(".,") for w in m.name.split()}
    return not _DETERMINED.match(m.name) and bool(words) and words <= lx.STAFF_ROLES | lx.RANK_WORDS


_DETERMINED = re.compile(r"(?i)(?:the|a|an|this|that|its|his|her|their|our|one|two|three|several|some)\b")


def _unnamed(mention: Mention) -> Mention:
    """The speakers a noun of claiming or demanding stands for when the text names no one:
    "accusations" -> "accusers", "calls" -> "those calling for it"."""
    name = mention.name.lower()
    return replace(mention, name=lx.UNNAMED_SPEAKERS.get(name) or lx.DEMAND_NOUNS.get(name, mention.name))


def attribute(parsed: ParsedText, doc_id: str, id_prefix: str = "") -> Attribution:
    """Find the accounts of one parsed document."""
    out = Attribution()
    text = parsed.text
    extra = _apostrophe_quotes(parsed)
    if extra:
        parsed = replace(parsed, quotes=sorted(parsed.quotes + extra))
    state = _new_state(parsed)
    out.leader = state.leader
    out.descriptions = _descriptions(parsed)
    out.agents = _agents(parsed)
    # people named in the text, in order, for pronoun resolution of narrated continuations
    quote_speaker: dict[tuple[int, int], Mention] = {}
    carried: set[str] = set()  # hedged reports carried on to the report before them (``_report_carried_on``)
    pending_colon: Mention | None = None
    pending_said = False  # the colon line that introduced a block quotation reported words already
    # "He said:" / "The senator released a statement:" then a quotation: the cue and source that
    # introduce it, and where the quotation they introduce ends once it has been taken
    pending_cue: tuple[tuple[int, int], tuple[int, int]] | None = None
    listed: Mention | None = None  # who speaks the items of a list a colon line introduced
    taken_until = -1
    last_sent: Sentence | None = None  # the sentence before, whose women named with "Ms." "she" may be
    narrated: tuple[int, Mention] | None = None  # the paragraph and person narration was last about
    serial = itertools.count(1)  # provisional ids: accounts are numbered in their final order at the end
    by_para: dict[int, list[Sentence]] = {}
    for s in parsed.sentences:
        by_para.setdefault(s.paragraph.index, []).append(s)

    def add(
        kind: str,
        sent: Sentence,
        mention: Mention | None,
        content: list[tuple[int, int]],
        cue: tuple[int, int] | None,
        source: tuple[int, int] | None,
        negated: bool = False,
        hedged: bool = False,
    ) -> bool:
        content = [c for c in content if c[1] > c[0]]
        if not content:
            return False
        if source is not None and source == cue:
            # "against criticism that ...": no one named; the noun of saying stands for its speakers
            source = None
            if mention is not None:
                mention = _unnamed(mention)
        # "said that X": the complementiser opens what is reported (the claims leave it out)
        content = [(a - 5, b) if _complementiser_before(sent, a) else (a, b) for a, b in content]
        pieces = [*content] + ([cue] if cue else []) + ([source] if source else [])
        a = min(x[0] for x in pieces)
        b = max(x[1] for x in pieces)
        a, b = trim(text, a, b)
        acc = Account(
            id=f"{id_prefix}tmp{next(serial)}",
            doc=doc_id,
            kind=kind,  # type: ignore[arg-type]
            source=Span(doc=doc_id, start=source[0], end=source[1]) if source else None,
            cue=Span(doc=doc_id, start=cue[0], end=cue[1]) if cue else None,
            content=[Span(doc=doc_id, start=x[0], end=x[1]) for x in content],
            sentence=Span(doc=doc_id, start=a, end=b),
            hedged=hedged,
            negated=negated,
        )
        out.accounts.append(acc)
        if mention is not None:
            out.mentions[acc.id] = replace(
                mention,
                span=Span(doc=doc_id, start=mention.span.start, end=mention.span.end),
                section=state.section.name if state.section is not None else None,
            )
        return True

    # a headline block in title case is the outlet's summary of the accounts below ("Paul Ryan
    # Challenged On Budget"): no account, no speaker comes from it (one written as a sentence is
    # read like the body, as is a title-case line that ends like a sentence, which the parser
    # reads in sentence case: ``nlp.recase_title``)
    headline = title_end(parsed.text)
    block_end = headline_end(parsed.text)  # a headline written as a sentence ends here
    for para in parsed.paragraphs:
        if para.end <= headline:
            continue
        if headline < block_end <= para.start:
            # the body starts afresh after a headline written as a sentence: a speaker named there
            # ("Mayor vows to fight ...") is no one "the governor" or "he" below stands for, and a
            # bare title without a name or an article is headline shorthand, not a speaker
            out.accounts = [
                a
                for a in out.accounts
                if a.sentence.start >= block_end or (m := out.mentions.get(a.id)) is None or not _bare_title(m)
            ]
            state = _new_state(parsed)
            pending_colon = pending_cue = listed = narrated = last_sent = None
            quote_speaker = {}
            block_end = -1
        para_sents = by_para.get(para.index, [])
        # "X Says:" heads a side's version; "X released a statement:" introduces the words below it
        introduces = bool(para_sents) and _introduces(parsed, para_sents[-1], True) is not None
        if _is_heading(para.text) and _names_someone(parsed, para.index) and not introduces:
            name = _heading_name(parsed, para.index)
            span = Span(doc=doc_id, start=para.start, end=para.end)
            state.section = Mention(name=name, span=span, kind="heading", entity=name)
            state.section_speaker = None
            out.headings.append((span, name))
            continue
        marked = _punctuation_account(parsed, para.index, state.people_named)
        # a report the line itself makes stands ("Trump: Clinton said ...", "... has said", "...,
        # according to Clinton"); a hedge inside it does not take the line over ("Schumer: Reports
        # suggest ...", "... for Hyping Alleged Audio"), nor does a participle with no tense
        # ("Limbaugh: Hillary asking moderator to fact check Trump 'reeks of fear'") nor, after a
        # speaker's label, one set after a clause of the line's own ("Pence: Flowers won't be at
        # debate, Trump was 'mocking' Clinton camp", "BIDEN: The economy is in shambles, and
        # economists say ..."; after a topic's or a place's, "Markets: Stocks fell after the Fed
        # said ...", it is the Fed's)
        line_cues = find_cues(parsed, marked[0]) if marked is not None else []
        if marked is not None and not [
            c
            for c in line_cues
            if c.kind != "hedged"
            and (
                c.kind == "according_to"
                or (
                    _finite(c.verb)
                    and not (_person(marked[1]) and _after_a_clause(marked[0], c, marked[3][0], line_cues))
                )
            )
        ]:
            sent, toks, cue_span, body = marked
            m = _resolve(sent, toks, state)
            if m is not None:
                add("direct", sent, m, [body], cue_span, subtree_offsets(sent, toks))
                state.remember(m)
                continue
        sents = by_para.get(para.index, [])
        colon_line = by_para.get(para.index - 1, [])
        if (
            pending_cue is not None
            and pending_colon is not None
            and sents
            and colon_line
            and para.text[:1] not in QUOTE_OPENERS + '"'
            and _block_quote_follows(colon_line[-1].span.root, para.text)
            and (not pending_said or _own_voice(parsed, sents))
        ):
            # the block quotation a colon line introduced: the whole paragraph is the quoted words
            add("direct", sents[0], pending_colon, [trim(text, para.start, para.end)], *pending_cue)
            state.remember(pending_colon)
            listed = pending_colon if _LIST_ITEM.match(para.text) else None
            pending_colon = pending_cue = None
            continue
        if listed is not None and sents and _LIST_ITEM.match(para.text):
            # the next item of a list the colon line introduced ("-Dick has been a champion of ...")
            add("continuation", sents[0], listed, [trim(text, para.start, para.end)], None, None)
            continue
        listed = None
        # a short line ending in a colon is a heading, unless it says who speaks next ("He said:");
        # the cue search runs here only for such lines
        heading = _is_heading(para.text) and not (
            sents and (any(find_cues(parsed, x) for x in sents) or _introduces(parsed, sents[-1], True) is not None)
        )
        if _is_meta_line(para.text, _transcript_labels(parsed.text)) or heading:
            state.section = None
            state.section_speaker = None
            continue
        para_speaker: Mention | None = None
        for si, sent in enumerate(sents):
            state.note_issuers(sent)
            # the surnames of the people named in full so far (and the last word as written:
            # "Ocasio-Cortez", which the tokenizer splits at its hyphen)
            state.surnames.update(
                w
                for e in sent.span.ents
                if e.label_ == "PERSON" and len(e) > 1
                for w in (e[-1].lower_, e.text.split()[-1].lower())
            )
            state.note_honorifics(last_sent)  # a "she" may be a woman named before, not in her own clause
            last_sent = sent
            cues = drop_sourcing(drop_nested(find_cues(parsed, sent)))
            if state.section is not None and state.section_speaker is not None:
                # inside a side's version, acts such as "X started demanding ..." are that side's story
                cues = [c for c in cues if c.verb.lemma_.lower() not in lx.ACT_VERBS]
            assign_content(parsed, sent, cues)
            sent_quotes = [q for q in parsed.quotes if q[0] < sent.end and q[1] > sent.start]
            hedged = any(t.lower_ in lx.HEDGE_WORDS for t in sent.span)
            done = False
            colon_cue: tuple[tuple[int, int], tuple[int, int]] | None = None
            colon_said = False  # the colon line's cue already has words of its own
            if sent.start < taken_until:
                continue  # inside a quotation a colon's cue has taken whole
            for cue in cues:
                if not cue.source:
                    # "lawmakers were told that ...": the one who told them earlier in the text
                    teller = state.teller(sent, cue)
                    if teller is not None and cue.content is not None:
                        done = add("indirect", sent, teller, [cue.content], cue.cue_span, None, hedged=hedged) or done
                    continue
                src_off = subtree_offsets(sent, cue.extent or cue.source)
                resolved = _resolve(sent, cue.antecedent or cue.source, state)
                if resolved is None:
                    continue
                m = resolved
                if cue.source == [cue.verb]:
                    m = _unnamed(m)  # "accusations that ...": the accusers, also for a "they said" after
                content: list[tuple[int, int]] = [cue.lead] if cue.lead is not None else []
                if cue.content is not None:
                    content.append(cue.content)
                # '“Why now?” she asked.': the parser ends the sentence with the quotation, and the
                # cue's own sentence reports nothing else: the quotation just before is its content
                before = _quote_before(parsed, sent, para.start, cue.verb) if not content else None
                if before is not None:
                    content.append(before[1])
                # a participle cue carries its host clause too when that clause gives the speaker's
                # stance ("X was less hopeful, saying ...", "X objected, saying ..."), not an act
                # the speaker did ("X published a story, claiming ...")
                host = cue.verb.head
                stance = (host.lemma_.lower() in lx.REPORTING_VERBS and not speaks_to_someone(host)) or any(
                    c.dep_ in {"acomp", "attr"} for c in host.children
                )
                if cue.verb.dep_ == "advcl" and cue.borrowed and cue.forward and host.i < cue.verb.i and stance:
                    host_start = sent.start
                    a, b = trim(text, host_start, cue.cue_span[0])
                    if b - a > 15 and not any(c.cue_span[0] < cue.cue_span[0] and c is not cue for c in cues):
                        content.insert(0, (a, b))
                # quotes inside the sentence beside the cue are the direct words of this speaker
                # (not of a noun's: "Amid calls for him to drop out, Moore added, '...'")
                for q in sent_quotes:
                    if cue.verb.pos_ != "NOUN" or (cue.content and cue.content[0] <= q[1] and q[0] <= cue.content[1]):
                        quote_speaker.setdefault(q, m)
                # "did not say that ...", "did not dispute that ...": the source did not say it
                neg = any(t.dep_ == "neg" for t in cue.verb.children)
                kind = (
                    "direct"
                    if before is not None
                    or any(
                        cue.content and q[0] <= cue.content[0] + 1 and q[1] >= cue.content[1] - 1 for q in sent_quotes
                    )
                    else cue.kind
                )
                if (
                    kind == "indirect"
                    and cue.borrowed
                    and cue.verb.dep_ == "advcl"
                    and _dismisses(cue.verb.head)
                    and not _set_against_someone(cue.verb.head)
                ):
                    # "X laughed off Y's announcement, saying there is no such deal": a denial (not
                    # "contradicted Mayor Lee, saying they had advised ...": what they say of their own)
                    kind = "denial"
                added = add(
                    kind, sent, m, content, cue.cue_span, src_off, negated=neg, hedged=hedged or cue.kind == "hedged"
                )
                if sent.span.text.rstrip().endswith(":") and (not added or _heads(cue.verb, sent)):
                    # "X denied it and said the inquiry goes on:" before a paragraph without
                    # quotation marks: that paragraph is X's words too (a block quotation)
                    colon_cue = (cue.cue_span, src_off)
                    colon_said = bool(added)
                opened = min((q[0] for q in sent_quotes if q[0] < sent.start), default=None)
                if added and before is not None:
                    # the quotation's last sentence, taken as a cue-less account already, is this one
                    tail = before[1]
                    out.accounts[:-1] = [
                        x
                        for x in out.accounts[:-1]
                        if not (x.cue is None and x.content[0].start >= tail[0] and x.content[-1].end <= tail[1])
                    ]
                    opened = before[0]
                if (
                    added
                    and opened is not None
                    and opened >= para.start
                    and (before is not None or (cue.content and cue.content[1] <= sent.end))
                ):
                    # '“A. B,” X said.': X said the whole quotation; the account with the cue goes first
                    # and the earlier sentences of the quotation follow it as X's continuation
                    last = out.accounts.pop()
                    k = len(out.accounts)
                    while k > 0 and out.accounts[k - 1].cue is None and out.accounts[k - 1].content[0].start >= opened:
                        out.mentions[out.accounts[k - 1].id] = out.mentions[last.id]
                        k -= 1
                    out.accounts.insert(k, last)
                if cue.source == [cue.verb]:
                    # words the text names no one for ("accusations that ...", "amid calls for ..."):
                    # a "they said" after them is theirs, a quotation with no cue of its own is not
                    state.last_groups.append(m)
                else:
                    state.remember(m)
                    state.note_documents(sent, m, content, cue.verb)
                    state.note_told(cue.verb, m)
                    para_speaker = m
                done = True
            if done:
                pending_colon = state.last_speaker if sent.span.text.rstrip().endswith(":") else None
                pending_cue = colon_cue if pending_colon is not None else None
                pending_said = colon_said
                continue
            introduced = _introduces(parsed, sent, si == len(sents) - 1)
            if introduced is not None:
                m = _resolve(sent, introduced[0], state)
                if m is not None:
                    state.remember(m)
                    pending_colon, pending_cue = m, (introduced[1], subtree_offsets(sent, introduced[0]))
                    pending_said = False
                    continue
            if not sent_quotes and (responder := _responder(sent)) is not None:
                # "... drew a sharp response from X. '...'": the quotation after it is X's answer
                m = _resolve(sent, responder, state)
                if m is not None:
                    # (an answer drawn from them: the "he said" after the quotation is theirs too)
                    state.remember(m)
                    para_speaker = m
            # quotations without a cue of their own: the speaker of the quote, a colon, or the paragraph
            if sent_quotes:
                big = [q for q in sent_quotes if len(text[q[0] : q[1]].split()) >= 4]
                speaker = None
                for q in big:
                    speaker = quote_speaker.get(q)
                    if speaker:
                        break
                if speaker is None and big:
                    speaker = _speaker_later_in_quote(parsed, sents[si + 1 :], big, state)
                if speaker is None and big:
                    speaker = pending_colon or para_speaker
                    if speaker is None and si == 0 and text[sent.start] in QUOTE_OPENERS:
                        # the person the paragraph before is about, else the last speaker
                        named = narrated[1] if narrated is not None and narrated[0] == para.index - 1 else None
                        speaker = named or state.last_speaker
                if speaker is not None and big:
                    for q in big:
                        quote_speaker.setdefault(q, speaker)
                    a = max(sent.start, min(q[0] for q in big))
                    b = min(sent.end, max(q[1] for q in big))
                    if pending_cue is not None and speaker is pending_colon and si == 0:
                        # the colon's cue reports the whole quotation, however many sentences it has
                        b = max(q[1] for q in big)
                        taken_until = b
                        add("direct", sent, speaker, [trim(text, a, b)], pending_cue[0], pending_cue[1], hedged=hedged)
                        pending_cue = None
                    elif not _carry_on(out, speaker, big, sent, trim(text, a, b)):
                        add("direct", sent, speaker, [trim(text, a, b)], None, None, hedged=hedged)
                    state.remember(speaker)
                    para_speaker = speaker
                    continue
            # "Kim, ..., is believed to have ballooned to 280 pounds.", "He reportedly ...": a
            # hedged report no one in the sentence gives carries on the report told just before it
            told = next((acc for acc in reversed(out.accounts) if acc.id not in carried), None)
            hedge = None
            if told is not None and not sent_quotes:
                hedge = _report_carried_on(parsed, sent, told, out.mentions.get(told.id), text)
            if told is not None and hedge is not None:
                add("hedged", sent, out.mentions[told.id], [trim(text, sent.start, sent.end)], hedge, None, hedged=True)
                carried.add(out.accounts[-1].id)
                continue
            # narration about a named person ("Spokesman Matt Reyes doubled down on the defense."):
            # a quotation that opens the next paragraph with no cue of its own is likely theirs
            # ("Justice Scalia was unconvinced.": a passive's subject is who it is about too)
            subj = next((c for c in sent.span.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is None and any(name_taken_for_root(c) for c in sent.span.root.children):
                subj = sent.span.root  # "Donald J. Trump, the nominee, seized on ...": the parser's root
            if (subj is None or subj.lower_ not in PRONOUNS) and not sent_quotes:
                named = _mention(sent, source_phrase(subj)) if subj is not None else None
                if named is not None and named.kind == "person" and named.entity and not state.named_org(named.entity):
                    narrated = (para.index, named)
                    state.note_person(named)
                else:
                    # "That did not satisfy Justice Scalia.": with no person for a subject, the
                    # person the sentence is about is its object ("he" next is likely him)
                    obj = next((c for c in sent.span.root.children if c.dep_ == "dobj"), None)
                    if obj is None or obj.pos_ != "PROPN":
                        # "The story centered on allegations made by Leigh Corfman": the one who
                        # did what the sentence tells of is the person it is about
                        # (not one inside the subject: "An inspection ordered by Gov. Jones found ...")
                        inside_subject = {t.i for t in subj.subtree} if subj is not None else set()
                        obj = next(
                            (
                                g
                                for t in sent.span
                                if t.dep_ == "agent" and t.i not in inside_subject
                                for g in t.children
                                if g.dep_ == "pobj" and g.ent_type_ == "PERSON"
                            ),
                            None,
                        )
                    about = _mention(sent, source_phrase(obj)) if obj is not None and obj.pos_ == "PROPN" else None
                    if about is not None and about.kind == "person" and about.entity:
                        narrated = (para.index, about)
                        state.note_person(about)
            # a sentence under a heading carries on that side's version
            if state.section is not None:
                speaker = state.section_speaker or state.section
                a, b = trim(text, sent.start, sent.end)
                add(
                    "heading" if state.section_speaker is None else "continuation",
                    sent,
                    speaker,
                    [(a, b)],
                    None,
                    None,
                    hedged=hedged,
                )
                continue
        pending_colon = pending_colon if para.text.rstrip().endswith(":") else None
        pending_cue = pending_cue if pending_colon is not None else None
    for acc in out.accounts:
        # the cue's extent as news annotators draw it ("said Friday", "complained bitterly")
        ctx = cue_extent.context(parsed, acc)
        if ctx is not None and acc.cue is not None:
            sent, verb, group, blocked = ctx
            first, last = cue_extent.span(verb, group, blocked, sent.span[0].i, sent.span[-1].i)
            doc = sent.span.doc
            acc.cue = Span(doc=acc.cue.doc, start=sent.offset(doc[first]), end=sent.offset_end(doc[last]))
            acc.sentence = Span(
                doc=acc.sentence.doc,
                start=min(acc.sentence.start, acc.cue.start),
                end=max(acc.sentence.end, acc.cue.end),
            )
    mentions, out.mentions = out.mentions, {}
    for k, acc in enumerate(out.accounts):
        new_id = f"{id_prefix}a{k + 1}"
        if acc.id in mentions:
            out.mentions[new_id] = mentions[acc.id]
        acc.id = new_id
    return out
