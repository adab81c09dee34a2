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
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from rashomon.model import Account, Span
from rashomon.pipeline import lexicon as lx
from rashomon.pipeline.nlp import ParsedText, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Token

PRONOUNS = {"he", "she", "they", "it", "we", "i"}
POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it", "our": "we", "my": "i"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
CONTENT_TRIM = " \t,;:.!?—–-"
QUOTE_GAP = " ,.!?;:—–-“”\"'’"
QUOTE_OPENERS = '“"«„'


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


@dataclass
class Attribution:
    """The output of the attribution stage for one document."""

    accounts: list[Account] = field(default_factory=list)
    mentions: dict[str, Mention] = field(default_factory=dict)  # account id -> resolved source
    headings: list[tuple[Span, str]] = field(default_factory=list)  # heading span, announced name


@dataclass
class _Cue:
    verb: Token
    kind: str
    source: list[Token]  # tokens of the source phrase (may be empty for pronoun-less participles)
    content: tuple[int, int] | None  # char offsets in the document
    cue_span: tuple[int, int]
    forward: bool = True
    borrowed: bool = False  # the source is the subject of the clause the cue hangs from
    antecedent: list[Token] | None = None  # "X, who said ...": the phrase a relative pronoun stands for
    extent: list[Token] | None = None  # the source phrase as the text gives it, when longer than ``source``


def _verb_group(sent: Sentence, verb: Token) -> tuple[int, int]:
    """A cue's verb group: auxiliaries, negation and adverbs just before the verb ("has not
    said", "also noted"), the verb its infinitive completes ("appeared to suggest"), its particle
    and a governed preposition just after ("called for")."""
    first, last = _group_tokens(sent, verb)
    doc = sent.span.doc
    return sent.offset(doc[first]), sent.offset_end(doc[last])


def _group_tokens(sent: Sentence, verb: Token) -> tuple[int, int]:
    doc = sent.span.doc
    first, last = verb.i, verb.i
    lo = sent.span[0].i
    i = verb.i - 1
    while i >= lo:
        t = doc[i]
        if t.head.i == verb.i and (
            t.dep_ in {"aux", "auxpass", "neg"} or (t.dep_ == "advmod" and t.lower_ not in lx.CLAUSE_ADVERBS)
        ):
            first = i
            i -= 1
        else:
            break
    head = verb.head
    if (
        verb.dep_ == "xcomp"
        and head.pos_ in {"VERB", "AUX"}
        and lo <= head.i < first
        and all(doc[k].dep_ in {"aux", "advmod", "neg", "prt"} for k in range(head.i + 1, first))
    ):
        first = _group_tokens(sent, head)[0]
    hi = sent.span[-1].i
    if last + 1 <= hi:
        nxt = doc[last + 1]
        if nxt.head.i == verb.i and nxt.dep_ == "prt":
            last += 1
    if last + 1 <= hi and verb.lemma_.lower() not in lx.PLAIN_SPEECH_VERBS:
        nxt = doc[last + 1]
        pobj = next((c for c in nxt.children if c.dep_ in {"pobj", "pcomp"}), None)
        if (
            nxt.head.i == verb.i
            and nxt.dep_ == "prep"
            and nxt.lower_ in lx.GOVERNED_PREPOSITIONS
            and pobj is not None
            and pobj.ent_type_ not in {"DATE", "TIME"}
            # "acknowledged to Fox News that ...": with a clause to report, the preposition is an adjunct
            and not any(c.dep_ == "ccomp" and c.i > nxt.i for c in verb.children)
        ):
            last += 1
    return first, last


def _subtree_offsets(sent: Sentence, tokens: list[Token]) -> tuple[int, int]:
    return sent.offset(min(tokens, key=lambda t: t.i)), sent.offset_end(max(tokens, key=lambda t: t.i))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past surrounding spaces and punctuation (quote marks kept balanced)."""
    while start < end and text[start] in CONTENT_TRIM:
        start += 1
    while end > start and text[end - 1] in CONTENT_TRIM:
        end -= 1
    # a lone closing quote mark without its opening one is cut off, and vice versa
    seg = text[start:end]
    if len(seg) > 2 and seg[0] in '“"' and seg[-1] in '”"' and sum(seg.count(q) for q in '“”"') == 2:
        return _trim(text, start + 1, end - 1)  # one whole quotation: its words, not its marks
    if seg.count("“") < seg.count("”") and seg.endswith("”"):
        end -= 1
    if seg.count("“") > seg.count("”") and seg.startswith("“"):
        start += 1
    while start < end and text[start] in CONTENT_TRIM:
        start += 1
    while end > start and text[end - 1] in CONTENT_TRIM:
        end -= 1
    return start, end


def _source_phrase(subj: Token) -> list[Token]:
    """The noun phrase of a subject, without relative clauses; a report noun gives way to its author."""
    if subj.lemma_.lower() in lx.REPORT_NOUNS:
        for prep in subj.children:
            if prep.dep_ == "prep" and prep.lower_ in {"from", "by", "of"}:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return _np(pobj)
    return _np(subj)


DASHES = {"-", "--", "—", "―", "–"}


def _source_extent(subj: Token, verb: Token) -> list[Token]:
    """The source as the text gives it: the subject's whole phrase, relative clauses, appositions
    and modifiers included ("Victor Cha, who served as Asia director"), but no dateline before it
    ("WASHINGTON -- President Obama") and no focusing adverb ("Even China")."""
    toks = sorted(subj.subtree, key=lambda t: t.i)
    if subj.i < verb.i:
        toks = [t for t in toks if t.i < verb.i]
    # one contiguous block around the head
    block = [t for t in toks if t.i >= subj.i]
    for t in reversed([t for t in toks if t.i < subj.i]):
        if block and t.i != block[0].i - 1:
            break
        block.insert(0, t)
    dashes = [k for k, t in enumerate(block) if t.text in DASHES and t.whitespace_ and t.i < subj.i]
    if dashes:
        block = block[dashes[-1] + 1 :]  # a dateline or a lead-in before a dash is not the source
    elif len(block) > 2 and block[0].is_upper and block[1].text in DASHES:
        block = block[2:]  # "WASHINGTON -- President Obama, ...": the parser made the dateline the head
    while block and (
        block[0].is_punct
        or block[0].dep_ in {"cc", "preconj"}
        or (block[0].dep_ == "advmod" and block[0].lower_ in {"even", "also", "then", "now", "still"})
    ):
        block.pop(0)
    while block and (block[-1].is_punct or block[-1].dep_ == "cc"):
        block.pop()
    return block or [subj]


def _np(head: Token) -> list[Token]:
    keep = [head]
    for child in head.children:
        if child.dep_ in {"relcl", "acl", "advcl", "punct", "cc"} and child.i > head.i:
            continue
        if child.dep_ == "prep" and child.i > head.i and child.lower_ not in {"for", "of", "from", "at", "with"}:
            continue
        keep.extend(child.subtree)
    toks = sorted(set(keep), key=lambda t: t.i)
    # keep one contiguous block around the head
    out = [t for t in toks if abs(t.i - head.i) <= len(toks)]
    while out and (out[0].is_punct or out[0].dep_ == "cc"):
        out.pop(0)
    while out and (out[-1].is_punct or out[-1].dep_ == "cc"):
        out.pop()
    return out


def _climb_subject(verb: Token) -> Token | None:
    """The subject a participle or infinitive borrows from the clause it hangs from."""
    tok = verb
    for _ in range(6):
        for child in tok.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _addressee_then_clause(verb: Token, obj: Token) -> bool:
    """'told the station that ...', 'assured them he would ...': the object is the addressee and
    the clause after it the content (not 'acknowledged the reality of X, which ...': a clause
    set off by a comma, or hanging from an abstract object, describes the object)."""
    if obj.lemma_.lower() in lx.CLAIM_NOUNS:
        return False
    inner = [g for g in obj.subtree if g.dep_ in {"ccomp", "acl", "relcl"} and g.i > obj.i]
    if not inner:
        return False
    first = min(inner[0].subtree, key=lambda t: t.i)
    if first.i > 0 and first.nbor(-1).text == ",":
        return False
    person = obj.pos_ in {"PRON", "PROPN"} or obj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
    return person or verb.lemma_.lower() in lx.ADDRESSEE_VERBS


def _content_after(sent: Sentence, verb: Token, stop: int | None, cue_end: int = 0) -> tuple[int, int] | None:
    """Content that follows a forward cue: skip its object when a that-clause follows, and 'that'."""
    start_tok = verb.i + 1
    last_i = sent.span[-1].i
    # skip particles, the addressee of tell-verbs and prepositional adjuncts before the clause
    for child in sorted(verb.children, key=lambda t: t.i):
        if child.i < verb.i:
            continue
        if child.dep_ in {"prt", "dative", "npadvmod", "advmod", "nsubj"} or (
            child.dep_ == "dobj" and _addressee_then_clause(verb, child)
        ):
            if child.dep_ == "dobj":
                # "tell the station that ..." : content starts at the clause inside the object
                inner = [g for g in child.subtree if g.dep_ in {"ccomp", "acl", "relcl"} and g.i > child.i]
                if inner:
                    start_tok = min(t.i for t in inner[0].subtree)
                    break
            start_tok = max(start_tok, max(t.i for t in child.subtree) + 1)
        elif (
            child.dep_ == "prep"
            and child.i == start_tok
            and child.lower_ in {"on", "in", "at", "to", "during"}
            and sent.offset(child) >= cue_end  # "pointed to X": a preposition of the cue governs the content
        ):
            nxt = max(t.i for t in child.subtree) + 1
            if nxt <= last_i and (
                sent.span.doc[nxt].lower_ in {"that", ",", "“", '"'}
                or sent.span.doc[nxt].dep_ in {"mark", "nsubj", "ccomp"}
            ):
                start_tok = nxt
        else:
            break
    doc = sent.span.doc
    # the cue's own particle or governed preposition ("called for") is not content
    while start_tok <= last_i and sent.offset(doc[start_tok]) < cue_end:
        start_tok += 1
    while start_tok <= last_i and doc[start_tok].lower_ in {"that", ",", ":"}:
        start_tok += 1
    if start_tok > last_i:
        return None
    a = sent.offset(doc[start_tok])
    b = sent.end if stop is None else stop
    a, b = _trim(sent.source, a, b)
    # a content cut where the next account begins loses the conjunction that joined them
    for conj in (" and", " but", " or", " while", " as", " after"):
        if sent.source[a:b].endswith(conj):
            a, b = _trim(sent.source, a, b - len(conj))
    return (a, b) if b - a >= 2 else None


def _is_heading(text: str) -> bool:
    """A short line ending in a colon: 'US Version:', 'South Korea Says:' (the caller checks it names someone)."""
    words = text.rstrip(":").split()
    return text.endswith(":") and 1 <= len(words) <= 6 and any(w[:1].isupper() for w in words)


def _names_someone(parsed: ParsedText, para_index: int) -> bool:
    para = parsed.paragraphs[para_index]
    return para.doc is not None and any(e.label_ in {"GPE", "NORP", "ORG", "PERSON"} for e in para.doc.ents)


def _is_meta_line(text: str) -> bool:
    """'Author: Jane Doe', '— This story was updated', 'Vote Now:' and other page furniture."""
    head, sep, _ = text.partition(":")
    if sep and len(head.split()) <= 2 and len(text.split()) <= 8 and not text.endswith(":"):
        return True
    return text.startswith(("—", "–", "©", "Copyright")) and len(text.split()) <= 12


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
_LABELLED = re.compile(r"^[“\"]?([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}) ?(:) +\S")
QUOTE_MARKS = '“”"'


def _punctuation_account(
    parsed: ParsedText, para_index: int
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
    if signed is not None and para.text.lstrip()[:1] in QUOTE_MARKS + "”":
        name_a, name_b = para.start + signed.start(2), para.start + signed.end(2)
        cue_a = para.start + signed.start(1)
        cue_b = para.start + signed.end(1)
        content = (para.start, para.start + signed.start())
    else:
        labelled = _LABELLED.match(para.text)
        if labelled is None or len(para.text.split()) < 5:
            return None
        name_a, name_b = para.start + labelled.start(1), para.start + labelled.end(1)
        cue_a, cue_b = para.start + labelled.start(2), para.start + labelled.end(2)
        content = (cue_b, para.end)
    sent = next((x for x in sents if x.start <= name_a < x.end), None)
    if sent is None:
        return None
    toks = [t for t in sent.span if name_a <= sent.offset(t) < name_b and not t.is_punct]
    rest = [t for x in sents for t in x.span if content[0] <= x.offset(t) < content[1]]
    if not toks or not all(t.pos_ in {"PROPN", "NOUN"} and not t.is_stop for t in toks):
        return None
    if " ".join(t.lower_ for t in toks) in lx.PAGE_LABELS:
        return None
    if not any(t.pos_ in {"VERB", "AUX"} for t in rest) or any(t.pos_ == "VERB" for t in toks):
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


def _in_quote(parsed: ParsedText, pos: int) -> bool:
    return parsed.quote_at(pos) is not None


def _verb_lemma(verb: Token) -> str:
    """The verb's lemma, mended where the model's lemmatiser strips an inflection of a reporting
    verb wrongly ("hoped" -> "hop", "rated" -> "rat"): the form less its ending, when that is a
    reporting verb and the model's lemma is not."""
    lemma = verb.lemma_.lower()
    if lemma in lx.REPORTING_VERBS:
        return lemma
    w = verb.lower_
    for cut, add in (("d", ""), ("s", ""), ("ing", "e"), ("ed", "")):
        if w.endswith(cut) and w[: -len(cut)] + add in lx.REPORTING_VERBS:
            return w[: -len(cut)] + add
    return lemma


def _licensed(parsed: ParsedText, sent: Sentence, verb: Token) -> bool:
    """Whether a verb outside the reporting core reports here: a clause of its own for verbs of
    evidence and knowing (or a subject that bears evidence: "polls show ..."), an infinitive for
    verbs of wanting, an object or governed preposition for verbs of taking a side; a quotation
    right after the verb licenses any of them."""
    lemma = _verb_lemma(verb)
    groups = lemma in lx.CLAUSE_VERBS or lemma in lx.INTENT_VERBS or lemma in lx.STANCE_VERBS
    if not groups or verb.pos_ != "VERB":
        return False
    after = sent.offset_end(verb)
    if any(0 <= q[0] - after <= 3 for q in parsed.quotes):
        return True
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ in {"advcl", "conj", "acl"}:
        subj = _climb_subject(verb.head)
    if lemma in lx.EVIDENCE_VERBS and subj is not None and subj.lemma_.lower() in lx.EVIDENCE_NOUNS:
        return True  # "Polls show a close contest", "..., an analysis of the filings shows."
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i > verb.i and any(g.pos_ in {"VERB", "AUX"} for g in c.subtree):
            return True
        if lemma in lx.INTENT_VERBS and c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > verb.i:
            return True
        if lemma in lx.STANCE_VERBS and c.i > verb.i:
            if c.dep_ in {"dobj", "ccomp"}:
                return True
            if (
                c.dep_ == "prep"
                and c.lower_ in lx.GOVERNED_PREPOSITIONS
                and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)
            ):
                return True
        if lemma == "point" and c.dep_ in {"prep", "prt"} and c.lower_ in {"to", "out"}:
            return True
    return False


def _noun_cue(sent: Sentence, noun: Token) -> _Cue | None:
    """'Trump's claim that ...', 'her decision to ...': a noun of saying or intending with a
    possessive source and a clause of its own (a mere object, 'her support for X', is too often a
    description)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lx.ACCOUNT_NOUNS | lx.NOUN_CUES:
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    src = [t for t in poss.subtree if t.dep_ != "case"]
    content: list[Token] = []
    for c in noun.children:
        if c.i < noun.i:
            continue
        if c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"}:
            content = [t for t in c.subtree if not (t.dep_ == "mark" and t.lower_ == "that" and t.i == c.left_edge.i)]
            break
    if not content or not src:
        return None
    a, b = _trim(sent.source, *_subtree_offsets(sent, content))
    if b - a < 3:
        return None
    return _Cue(noun, "indirect", src, (a, b), (sent.offset(noun), sent.offset_end(noun)), forward=True)


def _light_object(verb: Token) -> Token | None:
    """'made the case for X', 'has questions about X', 'gave the impression that ...': the last
    token of a light verb's object that is a noun of saying with a clause or governed object."""
    for c in verb.children:
        if c.dep_ != "dobj" or c.i < verb.i:
            continue
        noun = c.lemma_.lower()
        if noun not in lx.NOUN_CUES and noun not in lx.LIGHT_NOUNS:
            continue
        if any(g.dep_ in {"acl", "ccomp", "relcl"} or g.lower_ == "that" for g in c.children):
            return c
        # the preposition right after the noun, whether the parser hangs it on the noun or the verb
        prep = next((g for g in [*c.children, *verb.children] if g.dep_ == "prep" and g.i == c.i + 1), None)
        if (
            prep is not None
            and prep.lower_ in lx.GOVERNED_PREPOSITIONS | {"into"}
            and any(g.dep_ in {"pobj", "pcomp"} for g in prep.children)
        ):
            return prep
    return None


def _find_cues(parsed: ParsedText, sent: Sentence) -> list[_Cue]:
    cues: list[_Cue] = []
    for tok in sent.span:
        lemma = _verb_lemma(tok) if tok.pos_ in {"VERB", "AUX"} else tok.lemma_.lower()
        pos = sent.offset(tok)
        if _in_quote(parsed, pos):
            continue
        # according to X, ...
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            to = tok.doc[tok.i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            src = _source_phrase(pobj)
            src_end = max(t.i for t in src)
            # content: the rest of the sentence outside "according to X"
            first, last = sent.span[0].i, sent.span[-1].i
            if tok.i <= first + 1:
                a = sent.offset(tok.doc[min(src_end + 1, last)])
                b = sent.end
            else:
                a, b = sent.start, pos
            a, b = _trim(sent.source, a, b)
            cues.append(
                _Cue(tok, "according_to", src, (a, b) if b > a else None, (pos, sent.offset_end(to)), forward=True)
            )
            continue
        noun_cue = _noun_cue(sent, tok)
        if noun_cue is not None:
            cues.append(noun_cue)
            continue
        if tok.pos_ not in {"VERB", "AUX"} and not (tok.pos_ == "NOUN" and lemma in lx.NOUN_CUES):
            continue
        light = _light_object(tok) if lemma in lx.LIGHT_VERBS and tok.pos_ == "VERB" else None
        is_light = light is not None
        # "..., as a Homeland Security memo put it": the words before are the memo's
        put_it = (
            lemma == "put"
            and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
            and any(c.lower_ == "as" and c.dep_ in {"mark", "advmod"} for c in tok.children)
        )
        if tok.pos_ == "NOUN" or (
            lemma not in lx.SPEECH_VERBS and not is_light and not put_it and not _licensed(parsed, sent, tok)
        ):
            continue
        if tok.dep_ in {"amod", "acomp", "oprd", "attr"}:
            continue  # "all but assured": a participle used as an adjective
        # an adverbial "when asked by ...": a question put to the speaker, not an account
        if (
            tok.dep_ == "advcl"
            and any(c.dep_ == "advmod" and c.lower_ in {"when", "as", "after", "before"} for c in tok.children)
            and not (
                any(c.dep_ == "nsubj" for c in tok.children) and any(c.lower_ == "when" for c in tok.children)
            )  # "when Clinton cited ...": a clause with its own speaker is an account
        ):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        agent = None
        if subj is None:
            for c in tok.children:
                if c.dep_ == "agent":
                    agent = next((g for g in c.children if g.dep_ == "pobj"), None)
        if agent is not None:
            # "a claim that was disputed by X": the content is the phrase that was disputed
            src = _source_phrase(agent)
            head = tok.head if tok.dep_ == "relcl" else tok
            content_toks = list(head.subtree) if tok.dep_ == "relcl" else list(tok.subtree)
            content_toks = [t for t in content_toks if t not in src]
            a, b = _subtree_offsets(sent, content_toks) if content_toks else (sent.start, sent.end)
            a, b = _trim(sent.source, a, b)
            cues.append(
                _Cue(
                    tok,
                    "denial" if lemma in lx.DENIAL_VERBS else "indirect",
                    src,
                    (a, b),
                    _verb_group(sent, tok),
                    forward=False,
                )
            )
            continue
        borrowed = False
        if subj is None:
            if tok.dep_ in {"advcl", "acl", "xcomp", "conj", "pcomp"} or tok.tag_ in {"VBG", "VBN"}:
                subj = _climb_subject(tok.head)
                borrowed = True
            if subj is None:
                continue
        antecedent = None
        if subj.tag_ in {"WP", "WDT"} and subj.lower_ in {"who", "which", "that"}:
            # "lawmakers, who have questioned ...": the pronoun is the source, its noun the speaker
            rel = next((t for t in [subj.head, *subj.head.ancestors] if t.dep_ == "relcl"), None)
            if rel is None or rel.head.pos_ not in {"NOUN", "PROPN", "PRON"}:
                continue
            if lemma in lx.INTENT_VERBS and lemma not in lx.SPEECH_VERBS:
                continue  # "demonstrators who refused to disperse": a description, not an account
            antecedent = _np(rel.head)
            src = [subj]
        elif subj.lower_ in {"that", "which", "what", "who", "this", "there"}:
            continue
        else:
            src = _source_phrase(subj)
        kind = "denial" if lemma in lx.DENIAL_VERBS else ("hedged" if lemma in lx.HEDGE_VERBS else "indirect")
        # "Said Ellis: ..." : a sentence that opens with the cue reports what follows its source
        forward = (borrowed or subj.i < tok.i or tok.i == sent.span[0].i) and not put_it
        extent = None if antecedent is not None else _source_extent(subj, tok)
        cue_span = _verb_group(sent, tok)
        if put_it:
            cue_span = (cue_span[0], sent.offset_end(tok.nbor(1)) if tok.nbor(1).lower_ == "it" else cue_span[1])
        if light is not None:
            cue_span = (cue_span[0], max(cue_span[1], sent.offset_end(light)))  # "made the case for"
        cues.append(
            _Cue(
                tok,
                kind,
                src,
                None,
                cue_span,
                forward=forward,
                borrowed=borrowed,
                antecedent=antecedent,
                extent=extent,
            )
        )
    return cues


def _drop_nested(cues: list[_Cue]) -> list[_Cue]:
    """A cue inside the reported clause of another ("X said Y believes ...") is part of X's account."""
    verbs = {c.verb.i for c in cues}

    def nested(cue: _Cue, frame: set[int]) -> bool:
        v = cue.verb
        if cue.kind == "according_to" or not ({t.i for t in v.ancestors} & (frame - {v.i})):
            return False
        # "X says A but police say B": a coordinated cue with its own named subject and no
        # "that" is a second account, not part of the first one's content
        own_subject = any(c.dep_ == "nsubj" and c.lower_ not in PRONOUNS for c in v.children)
        if v.dep_ == "conj" and own_subject and not any(c.dep_ == "mark" for c in v.children):
            return False
        # "X said ..., adding that ...", "X mocked it, saying ...", "X said ... but noted that ...":
        # a second cue hanging from a cue of the frame as an adjunct or a coordinate is its own account
        return not (v.head.i in frame and v.head.i < v.i and v.dep_ in {"advcl", "conj"})

    # the frame: cues no other cue governs; then the cues hanging from the frame as adjuncts
    frame = {c.verb.i for c in cues if not ({t.i for t in c.verb.ancestors} & (verbs - {c.verb.i}))}
    return [c for c in cues if not nested(c, frame) or c.verb.i in frame]


def _has_clause(sent: Sentence, span: tuple[int, int] | None, parsed: ParsedText) -> bool:
    """Whether a span holds a clause of its own (a verb) or a quotation."""
    if span is None:
        return False
    if any(q[0] < span[1] and q[1] > span[0] for q in parsed.quotes):
        return True
    return any(
        t.pos_ in {"VERB", "AUX"} or t.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"}
        for t in sent.span
        if span[0] <= sent.offset(t) < span[1]
    )


def _drop_sourcing(cues: list[_Cue]) -> list[_Cue]:
    """'"...," X said, according to The Hill': the outlet that relayed a quote is not its speaker."""
    if any(c.kind != "according_to" and c.antecedent is None for c in cues):
        return [c for c in cues if c.kind != "according_to"]
    return cues


def _assign_content(parsed: ParsedText, sent: Sentence, cues: list[_Cue]) -> None:
    """Content of each cue: after a forward cue up to the next cue, before an inverted one."""
    for cue in cues:
        # '"...," Cohen said, referring to ...': a quotation ending just before the source is its content
        # ('On the show “Meet the Press,” X said she ...': a clause after the cue is its content instead)
        clause_after = any(c.dep_ in {"ccomp", "xcomp"} and c.i > cue.verb.i for c in cue.verb.children)
        if cue.content is None and cue.source and not cue.borrowed and not clause_after:
            first = min([cue.verb.i] + [t.i for t in cue.source])
            start = sent.offset(sent.span.doc[first])
            for q in parsed.quotes:
                gap = sent.source[q[1] : start]
                if sent.start < q[1] <= start and len(gap) <= 4 and all(ch in QUOTE_GAP for ch in gap):
                    cue.content = _trim(sent.source, max(q[0], sent.start), q[1])
                    cue.forward = False
                    break
    forward = [c for c in cues if c.content is None and c.forward]
    for i, cue in enumerate(forward):
        nxt = forward[i + 1] if i + 1 < len(forward) else None
        stop = None
        if nxt is not None:
            # the next cue's clause starts at its source phrase or its verb
            first = min([nxt.verb.i] + [t.i for t in nxt.source if t.i > cue.verb.i])
            stop = sent.offset(sent.span.doc[first])
        if cue.antecedent is not None:
            # a relative clause reports only its own words: "... who refused to disperse were arrested"
            end = sent.offset_end(max(cue.verb.subtree, key=lambda t: t.i))
            stop = end if stop is None else min(stop, end)
        cue.content = _content_after(sent, cue.verb, stop, cue.cue_span[1])
        # "called for a moratorium": the object of the cue's preposition is what it reports
        governs = cue.cue_span[1] > sent.offset_end(cue.verb) and any(
            t.pos_ in {"NOUN", "PROPN", "VERB"}
            for t in sent.span
            if cue.content is not None and cue.content[0] <= sent.offset(t) < cue.content[1]
        )
        # "A would take weeks, he said, and B ...": a cue set off by commas reports what precedes it
        parenthetical = (
            i == 0
            and not cue.borrowed
            and cue.source
            and cue.content is not None
            and sent.source[cue.cue_span[1] : cue.content[0]].strip() == ","
            and sent.source[cue.content[0] :].split(" ", 1)[0].lower() in {"and", "but"}
            and sent.source[sent.start : sent.offset(min(cue.source, key=lambda t: t.i))].rstrip().endswith(",")
        )
        if parenthetical or (
            not _has_clause(sent, cue.content, parsed) and i == 0 and not cue.borrowed and not governs
        ):
            # '"...," the leader said on Monday.': nothing reported after the cue, so it points back
            cue.content = None
            cue.forward = False
    for cue in cues:
        if cue.content is None and not cue.forward:
            # "..., X said." : the content is what precedes the source phrase
            first = min([cue.verb.i] + [t.i for t in cue.source])
            a, b = _trim(sent.source, sent.start, sent.offset(sent.span.doc[first]))
            if sent.source[a:b].endswith(" as"):  # "..., as X put it"
                a, b = _trim(sent.source, a, b - 3)
            cue.content = (a, b) if b - a > 2 else None


def _mention(sent: Sentence, toks: list[Token]) -> Mention:
    a, b = _subtree_offsets(sent, toks)
    text = sent.source
    ents = [e for e in sent.span.ents if e.start <= max(t.i for t in toks) and e.end > min(t.i for t in toks)]
    for e in ents:
        a = min(a, sent.paragraph.start + e.start_char)
        b = max(b, sent.paragraph.start + e.end_char)
    name = text[a:b]
    person = [e for e in ents if e.label_ == "PERSON"]
    org = [e for e in ents if e.label_ in {"ORG", "GPE", "NORP"}]
    head = next((t for t in toks if t.head not in toks or t.head is t), toks[-1])
    if person:
        kind, entity = "person", person[-1].text
    elif org and head.pos_ == "PROPN":
        kind, entity = "organisation", org[-1].text
    elif head.pos_ == "PROPN" and head.text[:1].isupper():
        kind, entity = "person", " ".join(t.text for t in toks if t.pos_ == "PROPN")
    else:
        kind = "person" if head.lower_ in {"he", "she", "i"} else "group"
        entity = None
    # "(R-Calif.)": a party and state tag in brackets is not the side the speaker speaks for
    pairs = [(e.label_, e.text) for e in ents if not _in_brackets(sent.source, sent.paragraph.start + e.start_char)]
    return Mention(
        name=name, span=Span(doc="", start=a, end=b), kind=kind, entity=entity, entities=pairs, head=head.lemma_.lower()
    )


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

    def remember(self, m: Mention) -> None:
        self.history.append(m)
        self.last_speaker = m
        if m.kind == "person":
            self.last_people.append(m)
        else:
            self.last_groups.append(m)
        if self.section is not None:
            self.section_speaker = m

    def resolve(self, pronoun: str) -> Mention | None:
        p = pronoun.lower()
        if p in {"he", "she", "i"}:
            if self.last_speaker is not None and self.last_speaker.kind == "person":
                return self.last_speaker
            return self.last_people[-1] if self.last_people else self.last_speaker
        if p in {"they", "it", "we"}:
            if self.last_speaker is not None and self.last_speaker.kind != "person":
                return self.last_speaker
            return self.last_groups[-1] if self.last_groups else self.last_speaker
        return None


def _resolve(sent: Sentence, source: list[Token], state: _State) -> Mention | None:
    """The speaker a source phrase names: pronouns and bare role phrases ("the senator", "the
    spokesman") refer back to a speaker already named; anything else names a speaker itself."""
    if len(source) == 1 and POSSESSIVES.get(source[0].lower_, source[0].lower_) in PRONOUNS:
        return state.resolve(POSSESSIVES.get(source[0].lower_, source[0].lower_))
    m = _mention(sent, source)
    last = state.last_speaker
    if (
        m.kind == "person"
        and [label for label, _ in m.entities] == ["PERSON"]
        and last is not None
        and last.kind == "group"
        and last.head in lx.PERSON_ROLES
        and not any(h.entity == m.entity for h in state.history)
    ):
        # "A ministry spokeswoman disputed it. '...,' said Jane Doe.": the name is the spokeswoman's
        m.entities = [*m.entities, *last.entities]
    if m.kind == "person" or any(label in {"PERSON", "ORG"} for label, _ in m.entities):
        return m
    determiners = {t.lower_ for t in source if t.dep_ == "det"}
    plural = any(t.tag_ in {"NNS", "NNPS"} and t.lemma_.lower() == m.head for t in source)
    if plural or not m.head:
        return m
    for prev in reversed(state.history[-6:]):
        if prev.head == m.head or (prev.name and m.head in prev.name.lower().split()):
            return prev  # "a spokesman for X ..." then "the spokesman said"
    if m.head in lx.PERSON_ROLES and determiners & {"the", "this", "that"}:
        return state.resolve("he") or m  # "the senator": the person the story is about
    return m


def _speaker_later_in_quote(
    parsed: ParsedText, later: list[Sentence], quotes: list[tuple[int, int]], state: _State
) -> Mention | None:
    """'“A. B. C,” X said.': the cue after the last sentence of a quotation names its speaker."""
    for sent in later:
        if not any(q[0] < sent.end and q[1] > sent.start for q in quotes):
            return None
        for cue in _drop_nested(_find_cues(parsed, sent)):
            if not cue.source:
                continue
            return _resolve(sent, cue.antecedent or cue.source, state)
    return None


def attribute(parsed: ParsedText, doc_id: str, id_prefix: str = "") -> Attribution:
    """Find the accounts of one parsed document."""
    out = Attribution()
    text = parsed.text
    extra = _apostrophe_quotes(parsed)
    if extra:
        parsed = replace(parsed, quotes=sorted(parsed.quotes + extra))
    state = _State()
    # people named in the text, in order, for pronoun resolution of narrated continuations
    quote_speaker: dict[tuple[int, int], Mention] = {}
    pending_colon: Mention | None = None
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
    ) -> None:
        content = [c for c in content if c[1] > c[0]]
        if not content:
            return
        pieces = [*content] + ([cue] if cue else []) + ([source] if source else [])
        a = min(x[0] for x in pieces)
        b = max(x[1] for x in pieces)
        a, b = _trim(text, a, b)
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

    for para in parsed.paragraphs:
        if _is_heading(para.text) and _names_someone(parsed, para.index):
            name = _heading_name(parsed, para.index)
            span = Span(doc=doc_id, start=para.start, end=para.end)
            state.section = Mention(name=name, span=span, kind="heading", entity=name)
            state.section_speaker = None
            out.headings.append((span, name))
            continue
        marked = _punctuation_account(parsed, para.index)
        if marked is not None and not _find_cues(parsed, marked[0]):
            sent, toks, cue_span, body = marked
            m = _resolve(sent, toks, state)
            if m is not None:
                add("direct", sent, m, [body], cue_span, _subtree_offsets(sent, toks))
                state.remember(m)
                continue
        if _is_meta_line(para.text) or _is_heading(para.text):
            state.section = None
            state.section_speaker = None
            continue
        sents = by_para.get(para.index, [])
        para_speaker: Mention | None = None
        for si, sent in enumerate(sents):
            cues = _drop_sourcing(_drop_nested(_find_cues(parsed, sent)))
            if state.section is not None and state.section_speaker is not None:
                # inside a side's version, acts such as "X started demanding ..." are that side's story
                cues = [c for c in cues if c.verb.lemma_.lower() not in lx.ACT_VERBS]
            _assign_content(parsed, sent, cues)
            sent_quotes = [q for q in parsed.quotes if q[0] < sent.end and q[1] > sent.start]
            hedged = any(t.lower_ in lx.HEDGE_WORDS for t in sent.span)
            done = False
            for cue in cues:
                if not cue.source:
                    continue
                src_off = _subtree_offsets(sent, cue.extent or cue.source)
                resolved = _resolve(sent, cue.antecedent or cue.source, state)
                if resolved is None:
                    continue
                m = resolved
                content: list[tuple[int, int]] = []
                if cue.content is not None:
                    content.append(cue.content)
                # a participle cue carries its host clause too: "X was less hopeful, saying ..."
                if cue.verb.dep_ == "advcl" and cue.borrowed and cue.forward and cue.verb.head.i < cue.verb.i:
                    host_start = sent.start
                    a, b = _trim(text, host_start, cue.cue_span[0])
                    if b - a > 15 and not any(c.cue_span[0] < cue.cue_span[0] and c is not cue for c in cues):
                        content.insert(0, (a, b))
                # quotes inside the sentence beside the cue are the direct words of this speaker
                for q in sent_quotes:
                    quote_speaker.setdefault(q, m)
                neg = any(t.dep_ == "neg" for t in cue.verb.children) or cue.kind == "denial"
                kind = (
                    "direct"
                    if any(
                        cue.content and q[0] <= cue.content[0] + 1 and q[1] >= cue.content[1] - 1 for q in sent_quotes
                    )
                    else cue.kind
                )
                add(kind, sent, m, content, cue.cue_span, src_off, negated=neg, hedged=hedged or cue.kind == "hedged")
                opened = min((q[0] for q in sent_quotes if q[0] < sent.start), default=None)
                if opened is not None and opened >= para.start and cue.content and cue.content[1] <= sent.end:
                    # '“A. B,” X said.': X said the whole quotation; the account with the cue goes first
                    # and the earlier sentences of the quotation follow it as X's continuation
                    last = out.accounts.pop()
                    k = len(out.accounts)
                    while k > 0 and out.accounts[k - 1].cue is None and out.accounts[k - 1].content[0].start >= opened:
                        out.mentions[out.accounts[k - 1].id] = out.mentions[last.id]
                        k -= 1
                    out.accounts.insert(k, last)
                state.remember(m)
                para_speaker = m
                done = True
            if done:
                pending_colon = state.last_speaker if sent.span.text.rstrip().endswith(":") else None
                continue
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
                        speaker = state.last_speaker
                if speaker is not None and big:
                    for q in big:
                        quote_speaker.setdefault(q, speaker)
                    a = max(sent.start, min(q[0] for q in big))
                    b = min(sent.end, max(q[1] for q in big))
                    add("direct", sent, speaker, [_trim(text, a, b)], None, None, hedged=hedged)
                    state.remember(speaker)
                    para_speaker = speaker
                    continue
            # a sentence under a heading carries on that side's version
            if state.section is not None:
                speaker = state.section_speaker or state.section
                a, b = _trim(text, sent.start, sent.end)
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
    mentions, out.mentions = out.mentions, {}
    for k, acc in enumerate(out.accounts):
        new_id = f"{id_prefix}a{k + 1}"
        if acc.id in mentions:
            out.mentions[new_id] = mentions[acc.id]
        acc.id = new_id
    return out
