"""Reporting cues: the verbs, nouns and phrases that introduce an account, with their source and content.

``find_cues`` finds the cues of one sentence (reporting verbs and their verb groups, passive
agents, light verb + reporting noun, "according to"), ``drop_nested`` and ``drop_sourcing``
remove cues that belong to another account, and ``assign_content`` decides what each cue reports.
The attribution stage (attribution.py) turns them into accounts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rashomon.pipeline import cue_model
from rashomon.pipeline import lexicon as lx
from rashomon.pipeline.nlp import FINITE_TAGS, ParsedText, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PRONOUNS = {"he", "she", "they", "it", "we", "i"}
POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it", "our": "we", "my": "i"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
CONTENT_TRIM = " \t,;:.!?—–-"
QUOTE_GAP = " ,.!?;:—–-“”\"'’"
QUOTE_OPENERS = '“"«„'
QUOTE_CLOSERS = '”"»'
# The learned cue scorer (cue_model.py) adds a verb no word class holds when it is this sure, and
# vetoes a verb the word classes admit when it is this unsure. Set on PolNeAR dev and the eval
# cases together: lower additions gain PolNeAR recall but bring descriptions ("showed up") in as accounts.
LEARNED_ADD = 0.8
LEARNED_VETO = 0.2


@dataclass
class Cue:
    verb: Token
    kind: str
    source: list[Token]  # tokens of the source phrase (may be empty for pronoun-less participles)
    content: tuple[int, int] | None  # char offsets in the document
    cue_span: tuple[int, int]
    forward: bool = True
    borrowed: bool = False  # the source is the subject of the clause the cue hangs from
    antecedent: list[Token] | None = None  # "X, who said ...": the phrase a relative pronoun stands for
    extent: list[Token] | None = None  # the source phrase as the text gives it, when longer than ``source``
    lead: tuple[int, int] | None = None  # "The plan, he said, will fail": the reported words before the cue
    relayed_at: int | None = None  # "X said A, the AP reported": the token where the relaying outlet's words begin
    addressee: Token | None = None  # "lawmakers were told that ...": who was told, the teller unnamed here


# verbs whose passive subject is the one told, not what is said ("lawmakers were told that ..."), and
# who is told a thing is so, not moved to believe or do it ("were convinced that", "were urged to")
_TOLD_VERBS = lx.ADDRESSEE_VERBS - {"convince", "persuade", "urge", "ask", "teach"}


_WH = frozenset("what which who whom whose when where why how".split())


def _asked(clause: Token) -> bool:
    """A clause that asks, not tells: "(told) why the school had closed", "whether it was safe"
    (not "if they went on strike they would lose their jobs", where the "if" is a case set inside)."""
    first = clause.left_edge
    marked = any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in clause.children)
    return marked or (first.lower_ in _WH and first.head == clause)


def _clause_told(verb: Token) -> Token | None:
    """The clause a passive verb of telling carries: "lawmakers were told (by X) that Y" -> Y, also
    before it ("Kim is recovering, lawmakers were told")."""
    if verb.lemma_.lower() not in _TOLD_VERBS or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp"), None)


def _agent_past_complement(verb: Token) -> Token | None:
    """The agent of a passive the parser hung on its "as" complement: "reports ... were refuted as
    'incorrect' and 'unfounded' by the ministry", "dismissed as a hoax by the company"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            for t in c.subtree:
                # hung on the "as" or the complement's adjective ("'unfounded' by the ministry"), not
                # on a noun whose doer it names ("criticized as a power grab by the president")
                if t.lower_ != "by" or t.dep_ not in {"prep", "agent"}:
                    continue
                pobj = next((g for g in t.children if g.dep_ == "pobj"), None)
                if pobj is None or pobj.pos_ not in {"NOUN", "PROPN"}:
                    continue
                # after a verb of denial a noun complement is what the report was called ("dismissed
                # as a hoax by the White House"), unless the by-phrase names the doer of an act that
                # goes on to its object ("an attack by the government on free speech")
                denied = verb.lemma_.lower() in lx.DENIAL_VERBS and not any(
                    g.dep_ == "prep" and g.lower_ in {"of", "on", "against"}
                    for g in [*pobj.children, *t.head.children]
                    if g.i > pobj.i
                )
                if t.head is c or t.head.pos_ == "ADJ" or denied:
                    return pobj
    return None


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


def subtree_offsets(sent: Sentence, tokens: list[Token]) -> tuple[int, int]:
    return sent.offset(min(tokens, key=lambda t: t.i)), sent.offset_end(max(tokens, key=lambda t: t.i))


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past surrounding spaces and punctuation (quote marks kept balanced)."""
    while start < end and text[start] in CONTENT_TRIM:
        start += 1
    while end > start and text[end - 1] in CONTENT_TRIM:
        end -= 1
    # a lone closing quote mark without its opening one is cut off, and vice versa
    seg = text[start:end]
    if len(seg) > 2 and seg[0] in '“"' and seg[-1] in '”"' and sum(seg.count(q) for q in '“”"') == 2:
        return trim(text, start + 1, end - 1)  # one whole quotation: its words, not its marks
    if seg.count("“") < seg.count("”") and seg.endswith("”"):
        end -= 1
    if seg.count("“") > seg.count("”") and seg.startswith("“"):
        start += 1
    while start < end and text[start] in CONTENT_TRIM:
        start += 1
    while end > start and text[end - 1] in CONTENT_TRIM:
        end -= 1
    return start, end


def word_head(tok: Token) -> Token:
    """The last piece of a word the tokenizer split at hyphens ("E-mails" as "E", "-", "mails"),
    which the parser may have hung the rest of the phrase on."""
    doc = tok.doc
    k = tok.i
    while k + 2 < len(doc) and not doc[k].whitespace_ and doc[k + 1].text == "-" and not doc[k + 1].whitespace_:
        k += 2
    return doc[k]


_AUTHOR_LABELS = {"ORG", "PERSON", "NORP", "GPE"}


def source_phrase(subj: Token) -> list[Token]:
    """The noun phrase of a subject, without relative clauses; a report noun gives way to its
    author ("a statement from X", "e-mails released by X")."""
    doc = subj.doc
    head = word_head(subj)
    last = head.i
    lemma = head.lemma_.lower()
    if head.pos_ == "PROPN" and lemma.endswith("s") and lemma[:-1] in lx.DOCUMENT_NOUNS:
        lemma = lemma[:-1]  # "Records released by ...": a plural the tagger took for a name at the start
    if (lemma in lx.DOCUMENT_NOUNS or lemma in lx.EVIDENCE_NOUNS) and head.pos_ == "NOUN":
        # "BuzzFeed's report", "an FBI analysis of Rich's laptop", "a CNN poll": the name before
        # a document is its author (not in "The Washington Post", a name ending in such a noun)
        author = [c for c in head.children if c.dep_ in {"poss", "compound"} and c.ent_type_ in _AUTHOR_LABELS]
        if author:
            return [t for t in _np(author[0]) if t.dep_ != "case"]
    remark = lemma in lx.STATEMENT_NOUNS | lx.RESPONSE_NOUNS and not any(c.dep_ == "poss" for c in head.children)
    if lemma in lx.DOCUMENT_NOUNS or remark:
        # "a statement from X", "a memo by X", "a terse response from X"; "of" only for a report
        # ("a report of X" is X's); a remark's author is a name, a body or a person ("a reply by
        # email" names none; "the Pentagon's response from spokesman X" is the Pentagon's too)
        preps = {"from", "by", "of"} if lemma in lx.REPORT_NOUNS else {"from", "by"}
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and (lemma in lx.DOCUMENT_NOUNS or _names_someone(pobj)):
                        return _np(pobj)
    if lemma in lx.DOCUMENT_NOUNS:
        for acl in head.children:
            if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in lx.ISSUING_VERBS:
                for agent in (c for c in acl.children if c.dep_ == "agent"):
                    pobj = next((g for g in agent.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        return _np(pobj)
    phrase = _np(head)
    if head.dep_ == "poss":
        phrase = [t for t in phrase if t.dep_ != "case"]  # "the union’s memo saying ...": the union
    return sorted({*phrase, *doc[subj.i : last]}, key=lambda t: t.i) if last > subj.i else phrase


DASHES = {"-", "--", "—", "―", "–"}


def _names_someone(tok: Token) -> bool:
    """A name, a body or a person: who can be the author of words ("from the GOP", "from the
    company", "by the mayor"), not how they came ("by email", "by phone")."""
    return (
        tok.ent_type_ in _AUTHOR_LABELS
        or tok.pos_ == "PROPN"
        or tok.lemma_.lower() in lx.BODY_NOUNS | lx.PERSON_ROLES | lx.MEMBER_ROLES
    )


def _source_extent(subj: Token, verb: Token) -> list[Token]:
    """The source as the text gives it: the subject's whole phrase, relative clauses, appositions
    and modifiers included ("Victor Cha, who served as Asia director"), but no dateline before it
    ("WASHINGTON -- President Obama") and no focusing adverb ("Even China")."""
    # "said Mr. Kamin, who emphasized that ...": a relative clause that reports is an account of
    # its own, not part of the source
    asides = {
        t.i
        for c in subj.children
        if c.dep_ == "relcl" and c.i > subj.i and c.lemma_.lower() in lx.REPORTING_VERBS
        for t in c.subtree
    }
    toks = sorted((t for t in subj.subtree if t.i not in asides), key=lambda t: t.i)
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
    return _trim_ends(block) or [subj]


FOCUS_ADVERBS = {"even", "also", "then", "now", "still", "only"}


def _trim_ends(block: list[Token]) -> list[Token]:
    """A phrase without punctuation and conjunctions at its ends, a focusing adverb before it
    ("even he") or a stray word the parser hung on it before a comma ("As such, officials")."""
    block = list(block)
    while block and (
        block[0].is_punct
        or block[0].dep_ in {"cc", "preconj"}
        or (block[0].dep_ == "advmod" and block[0].lower_ in FOCUS_ADVERBS)
        or (
            len(block) > 2
            and block[1].text == ","
            and block[0].pos_ not in {"PROPN", "NOUN", "PRON"}
            and not any(c.dep_ == "appos" for c in block[0].children)  # "Bruning, a Republican" read as a verb
        )
    ):
        block.pop(0)
    while block and (block[-1].is_punct or block[-1].dep_ == "cc"):
        block.pop()
    return block


_PLACED_ROLES = frozenset("official authority leader diplomat government source".split())


def _officials_in_place(head: Token, prep: Token) -> bool:
    """ "officials in France", "authorities in Gaza": the place of a government's people is the
    side they speak for (not "a lawyer in Denver", where a private person works)."""
    return (
        prep.lower_ == "in"
        and head.lemma_.lower() in _PLACED_ROLES
        and any(g.dep_ == "pobj" and g.ent_type_ == "GPE" for g in prep.children)
    )


def _np(head: Token) -> list[Token]:
    keep = [head]
    for child in head.children:
        if child.dep_ in {"relcl", "acl", "advcl", "punct", "cc"} and child.i > head.i:
            continue
        if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"} and child.i > head.i:
            continue  # "Bruning, a Republican, blamed ...": the verb the parser hung on a name
        if (
            child.dep_ == "prep"
            and child.i > head.i
            and child.lower_ not in {"for", "of", "from", "at", "with"}
            and not (child.lower_ == "to" and head.lemma_.lower() in lx.PERSON_ROLES)  # "an aide to X"
            and not _officials_in_place(head, child)
        ):
            continue
        # an apposition keeps a clause that tells which one it is ("a lawyer who represents the
        # family") or whom they work for, not one set off by a comma that tells what the one named
        # did ("Sen. Jane Doe of New York, who announced her White House bid on ...": no part of
        # who speaks)
        aside = {
            t.i
            for c in child.children
            if child.dep_ == "appos"
            and c.dep_ == "relcl"
            and c.left_edge.i > 0
            and c.doc[c.left_edge.i - 1].text == ","
            and c.lemma_.lower() not in lx.AFFILIATION_VERBS  # "..., who works for the governor"
            for t in c.subtree
        }
        keep.extend(t for t in child.subtree if t.i not in aside)
    toks = sorted(set(keep), key=lambda t: t.i)
    # "On Monday Reed said ...": a day the parser hung on the name is no part of it
    toks = [t for t in toks if not (t.lower_ in lx.WEEKDAYS and t.dep_ == "compound" and t.i < head.i)]
    # "KANSAS CITY, Mo. — Leaders of ...": a dateline before a dash is not the phrase
    dashes = [k for k, t in enumerate(toks) if t.text in DASHES and t.whitespace_ and t.i < head.i]
    if dashes:
        toks = toks[dashes[-1] + 1 :]
    # '"So pathetic," Frank Sharry ...': words the parser hung on a name from the quotation before it
    # (a quotation's end, after its comma or full stop; not a name in quotation marks: 'The “Moms
    # for Liberty” chapter')
    closers = [
        k
        for k, t in enumerate(toks)
        if t.text in {"”", '"', "’’", "''"} and t.i < head.i and t.i > 0 and t.nbor(-1).text in {",", ".", "?", "!"}
    ]
    if closers:
        toks = toks[closers[-1] + 1 :]
    # keep one block around the head: a clause left out between its words ends the phrase ("the
    # Russians who proposed it, a source close to X": the apposition after the clause is no part
    # of it); a prepositional phrase left out does not ("The commander in Kabul, Gen. X")
    return _trim_ends(_block_around(toks, head)) or [head]


def _block_around(toks: list[Token], head: Token) -> list[Token]:
    at = next((k for k, t in enumerate(toks) if t.i == head.i), None)
    if at is None:
        return toks
    doc = head.doc

    def joined(x: Token, y: Token) -> bool:
        return not any(doc[k].pos_ in {"VERB", "AUX"} for k in range(x.i + 1, y.i))

    lo, hi = at, at
    while lo > 0 and joined(toks[lo - 1], toks[lo]):
        lo -= 1
    while hi + 1 < len(toks) and joined(toks[hi], toks[hi + 1]):
        hi += 1
    return toks[lo : hi + 1]


# nouns of saying or intending whose to-infinitive tells what was said or meant ("a vow to ...")
_SAID_NOUNS = lx.ACCOUNT_NOUNS | lx.INTENT_NOUNS | frozenset(["promise", "call"])


def _completes_said_noun(verb: Token) -> bool:
    """'tweeted a vow to support her colleague': a to-infinitive the parser hung on the verb,
    right after its object, a noun of saying or intending, completes that noun; it is part of
    the account, none of its own."""
    if verb.dep_ not in {"advcl", "xcomp"} or not infinitive(verb) or verb.head.pos_ != "VERB":
        return False
    if verb.head.lemma_.lower() not in lx.REPORTING_VERBS:
        return False  # "used his remarks to warn that ...": the infinitive is what he said
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    return obj is not None and obj.right_edge.i + 1 == verb.left_edge.i and obj.lemma_.lower() in _SAID_NOUNS


def infinitive(tok: Token) -> bool:
    """Whether a verb is a to-infinitive ("to expand", "to say")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _carries_on_quotation(parsed: ParsedText, sent: Sentence, verb: Token) -> bool:
    """'"...," he continued': a verb of going on, with nothing to go on with but the quotation
    that ends just before its subject, is a verb of saying; so is a verb of asking there
    ('"... the back pay?" Justice Ginsburg asked')."""
    lemma = verb.lemma_.lower()
    if lemma not in lx.ASKING_VERBS | {"continue"} or any(
        c.dep_ in {"xcomp", "dobj", "ccomp"} and c.i > verb.i for c in verb.children
    ):
        # "continued to grow", "continued the talks", "asked him to leave", "asked whether ...":
        # going on with, or asking for, something else
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i - 3), None)
    if subj is None:
        return False
    start = sent.offset(min(subj.left_edge, verb, key=lambda t: t.i))  # "Justice Ginsburg asked"
    return any(
        0 <= start - q[1] <= 3 and all(ch in QUOTE_GAP for ch in sent.source[q[1] : start]) for q in parsed.quotes
    )


def _makes_a_plea(verb: Token) -> bool:
    """'appealed to the militants to show mercy', 'appealing for help', 'pleaded for his release':
    a plea for something or for someone to act is an account, though a court appeal ("appealed
    the ruling") or an appeal to voters' tastes is none."""
    if verb.lemma_.lower() not in _PLEADING or any(c.dep_ == "dobj" for c in verb.children):
        return False
    # someone pleads: "the plan appeals to voters for its simplicity" is no plea
    subjects = _subjects(verb)
    if not subjects and verb.dep_ in {"advcl", "acl", "xcomp", "conj"}:
        # a participle: the subject of the clause it hangs on ("appeared in a video appealing ...")
        subjects = next((_subjects(a) for a in verb.ancestors if a.pos_ in {"VERB", "AUX"} and _subjects(a)), [])
    if not any(_speaker_like(s) and s.lemma_.lower() not in _THINGS for s in subjects):
        return False
    kids = list(verb.children)
    to_act = any(c.dep_ in {"xcomp", "advcl"} and any(a.lower_ == "to" for a in c.children) for c in kids)
    asked_for = any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        # "appealed for the second time", "appealed for years": when, not what for
        and not any(
            g.lemma_.lower() in {"time", "year", "month", "week", "day"} or g.ent_type_ in _WHEN for g in c.children
        )
        for c in kids
    )
    return to_act or asked_for


_THINGS = frozenset(["it", "this", "that", "which"])  # pronouns that stand for no one
_WHEN = frozenset(["DATE", "TIME", "ORDINAL"])


_PLEADING = frozenset(["appeal", "plead", "beg"])


def _goes_on_into_quotation(parsed: ParsedText, sent: Sentence, verb: Token) -> bool:
    """'The letter goes on: "..."', 'He went on: "..."': going on, with a colon and a quotation
    right after it, is going on speaking."""
    on = next((c for c in verb.children if c.dep_ in {"prt", "advmod"} and c.lower_ == "on"), None)
    if verb.lemma_.lower() != "go" or on is None or any(c.dep_ in _GOING_ON_WITH for c in verb.children):
        return False
    end = sent.offset_end(max(verb, on, key=lambda t: t.i))
    gap = sent.source[end : end + 4]
    if not gap.lstrip().startswith(":"):
        return False
    colon = end + gap.index(":") + 1
    return any(
        0 <= q[0] - colon <= 3 and not sent.source[colon : q[0]].strip(" " + QUOTE_OPENERS) for q in parsed.quotes
    )


_GOING_ON_WITH = frozenset(["xcomp", "dobj", "prep"])  # "went on to win", "went on with the show"


def _shared_with_clause_before(verb: Token) -> Token | None:
    """'Kasich offered the man a job, then says he will welcome advice': the parser took the first
    clause for what "says" reports; the verb reports the clause after it, and its subject is the
    first clause's."""
    before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    after = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if not before or not after or verb.nbor(-1).lower_ not in {"then", "and", "also"}:
        return None
    return next((c for c in _subjects(before[-1]) if c.pos_ in {"PROPN", "NOUN", "PRON"}), None)


def _subject_taken_by_participle(verb: Token) -> Token | None:
    """'Reid, the majority leader and a Democrat facing a hard race, said ...': the parser made the
    name the subject of the participle that describes it, and the participle an adverbial of the
    verb; the name is who speaks. Only a participle set before the verb and off by a comma, whose
    subject is a name or a noun with an apposition set off before the participle."""
    for part in verb.children:
        if part.dep_ != "advcl" or part.tag_ != "VBG" or part.i > verb.i or verb.nbor(-1).text != ",":
            continue
        subj = next((c for c in part.children if c.dep_ == "nsubj" and c.i < part.i), None)
        if (
            subj is not None
            and subj.pos_ in {"PROPN", "NOUN"}
            and any(c.dep_ == "appos" for c in subj.children)
            and any(t.text == "," for t in verb.doc[subj.i : part.i])
            and not any(c.dep_ == "mark" for c in part.children)
        ):
            return subj
    return None


# capitalised words that open a sentence as adverbs, not names ("Instead, ...", "Earlier, ...")
_OPENING_ADVERBS = frozenset(
    "instead later earlier separately likewise nonetheless overall today yesterday tonight furthermore "
    "regardless afterward afterwards elsewhere privately publicly".split()
)


def _name_taken_for_adverb(verb: Token) -> Token | None:
    """'Akin, though, told a radio host that he is staying in': the parser read the name that opens
    the sentence, before an adverb set off by commas, as an adverb of a verb left with no subject;
    it is who speaks. Not a day, a number or an interjection ("Tuesday, said the minister, ...")."""
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE_TAGS:
        return None
    first = verb.sent[0]
    doc = verb.doc
    if (
        first.head.i != verb.i
        or first.dep_ not in {"advmod", "npadvmod", "intj", "dep"}
        or first.pos_ == "INTJ"
        or first.ent_type_ in {"DATE", "TIME", "ORDINAL", "CARDINAL"}
        or not (first.is_alpha and first.text[:1].isupper() and first.text[1:].islower())
        or first.is_stop
        or first.lower_.endswith("ly")
        or first.lower_ in _OPENING_ADVERBS
        or first.i + 3 >= verb.i
        or [doc[first.i + 1].text, doc[first.i + 2].pos_, doc[first.i + 3].text] != [",", "ADV", ","]
    ):
        return None
    return first


def _name_joined_to_opening_phrase(verb: Token) -> Token | None:
    """'In a post to Twitter, Wayne Pacelle, the CEO of X, said ...', 'In a statement issued
    Thursday, Mark Sheridan, a partner ..., said ...': the parser joined the name after the comma
    to the last word of the opening phrase, as a conjunct with no "and" or as an apposition, and
    left the verb with no subject; that name, running up to the verb, is who speaks. A real list
    ("with CNN and Fox") has its conjunction; a place named with its state ("In Portland, Oregon,
    Mayor X said") is where, and the one addressed ("In a call with Putin, the Russian president,
    Macron, the French president, said") comes first: the speaker is the last one named."""
    if verb.tag_ not in FINITE_TAGS:
        return None
    doc = verb.doc
    found: Token | None = None
    for opening in (c for c in verb.children if c.dep_ in {"prep", "advcl"} and c.i < verb.i):
        for t in opening.subtree:
            if t.dep_ not in {"conj", "appos"} or t.head.i >= t.i or doc[t.left_edge.i - 1].text != ",":
                continue
            if any(c.dep_ == "cc" and t.head.i < c.i < t.i for c in t.head.children):
                continue
            if any(
                not (g.is_punct or (g.dep_ == "advmod" and g.head.i == verb.i))
                for g in doc[t.right_edge.i + 1 : verb.i]
            ):
                continue  # the name must run up to the verb ("..., Tom Jones, said")
            if t.ent_type_ in {"DATE", "TIME", "CARDINAL", "GPE", "LOC", "FAC"} or t.pos_ == "PRON":
                continue
            if _speaker_like(t) and (found is None or t.i > found.i):
                found = t
    # "..., a spokesman for Apple, Tom Jones, said": a name the parser set beside the body the role
    # is of names the one in the role
    if (
        found is not None
        and found.dep_ == "appos"
        and found.head.dep_ == "pobj"
        and found.head.head.dep_ == "prep"
        and found.head.head.head.pos_ == "NOUN"
        and found.head.head.head.dep_ in {"conj", "appos"}
        and found.head.head.head.lemma_.lower() in _SPEAKER_NOUNS
    ):
        found = found.head.head.head
    # "..., Emmanuel Macron, the French president, said": the name the description is set beside
    while (
        found is not None
        and found.dep_ == "appos"
        and found.head.pos_ == "PROPN"
        and found.head.ent_type_ not in {"GPE", "LOC", "FAC", "DATE"}
        and doc[found.head.left_edge.i - 1].text == ","
    ):
        found = found.head
    return found


def _name_after_quotation(verb: Token) -> Token | None:
    """'"I believe he will follow through," independent Sen. Angus King of Maine, who caucuses with
    the Democrats, told reporters': the parser hung the name that follows the quotation on a verb
    inside it and left the verb after it with no subject; that name is who speaks."""
    if verb.tag_ not in FINITE_TAGS:
        return None
    doc, sent = verb.doc, verb.sent
    close = next((k for k in range(verb.i - 1, sent.start, -1) if doc[k].text in QUOTE_CLOSERS), None)
    if close is None or doc[close - 1].text not in {",", "?", "!"}:
        return None
    words = [t for t in doc[close + 1 : verb.i] if not (t.is_punct and t.i == verb.i - 1)]
    heads = [t for t in words if not close < t.head.i < verb.i]
    if len(heads) != 1:
        return None
    name = heads[0]
    if not name.head.i < close or not (name.pos_ == "PROPN" or name.ent_type_ in {"PERSON", "ORG"}):
        return None  # (hung on a word of the quotation, before it closes)
    return name


def _object_taken_for_subject(verb: Token) -> Token | None:
    """'But for all those who described the exercise as waste -- ... -- supporters noted that ...':
    the parser made the noun right before a finite verb of the main clause the object of a verb
    before it, and left the verb with no subject; a noun for people there is who speaks."""
    if verb.tag_ not in FINITE_TAGS or verb.dep_ != "ROOT" or verb.i == 0:
        return None
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ not in {"dobj", "pobj", "appos", "conj"} or noun.head.i >= noun.i or noun.head.i == verb.i:
        return None
    return noun if noun.pos_ in {"NOUN", "PROPN"} and _speaker_like(noun) else None


_TIME_MARKS = frozenset(["after", "before", "since", "until", "when"])
_TIME_OPENERS = _TIME_MARKS | {"while", "as", "once"}  # clauses of when (or as what went on)
_CLAUSE_OPENERS = _TIME_OPENERS | {"because"}  # ... and of why


def _subject_taken_for_object(verb: Token) -> Token | None:
    """'Fox News apologized after a guest on one of its shows called her "mentally ill"': the parser
    read the clause's subject as the object of its opening word ("after" as a preposition) and
    left the finite verb right after it with no subject; the noun there is who speaks."""
    if verb.dep_ != "advcl" or verb.tag_ not in FINITE_TAGS or _subjects(verb):
        return None
    for prep in verb.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _CLAUSE_OPENERS or prep.i > verb.i:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        # (whoever or whatever it is: "after the report said ..." is the report's)
        if noun is not None and noun.right_edge.i + 1 == verb.i and noun.pos_ in {"NOUN", "PROPN", "PRON"}:
            return noun
    return None


# verbs of telling a remembered scene: a clause of time on them is part of the scene ("recalled
# the silence before the gunfire started")
_RECALLING = frozenset("recall recount remember describe detail chronicle".split())


def _first_to(verb: Token) -> Token | None:
    """'Senator Hale was the first Republican to call on him to resign': an infinitive on what the
    subject of "be" plainly is ("the first", "the latest", "the only") tells what that subject did;
    not "would be the last person to say ...", "will not be the first to promise ...", nor a day."""
    noun = verb.head
    be = noun.head
    if (
        verb.dep_ not in {"relcl", "acl"}
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        or noun.dep_ != "attr"
        or be.lemma_.lower() != "be"
        or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in be.children)
        or not any(c.lower_ in {"first", "latest", "only", "second", "third"} for c in noun.children)
    ):
        return None
    return next(
        (
            c
            for c in be.children
            if c.dep_ == "nsubj"
            and c.pos_ in {"PROPN", "NOUN", "PRON"}
            and c.ent_type_ not in {"DATE", "TIME"}
            and c.lemma_.lower() not in _TIME_NOUNS
        ),
        None,
    )


def name_taken_for_root(verb: Token) -> bool:
    """Whether a verb is the conjunct of a name the parser made the root of the sentence ("Bruning,
    a Republican, blamed ...", even where the tagger read "Bruning" as a verb), or a participle it
    hung on that name ("..., Frank Sharry, the director of X, tweeted on Tuesday."): a capitalised
    word before it with no subject of its own that is a noun or carries an apposition."""
    head = verb.head
    return (
        (
            verb.dep_ == "conj"
            # (not a passive one: "James Comey, fired by Trump in May.")
            or (
                verb.dep_ == "acl"
                and verb.tag_ in {"VBN", "VBD"}
                and not any(c.dep_ in {"agent", "auxpass"} for c in verb.children)
            )
        )
        and head.dep_ == "ROOT"
        and head.i < verb.i
        and head.text[:1].isupper()
        and not _subjects(head)
        and (head.pos_ in {"PROPN", "NOUN"} or any(c.dep_ == "appos" for c in head.children))
    )


_TIME_NOUNS = frozenset("time day week month year moment period era age".split())


def _person_antecedent(noun: Token) -> Token:
    """The noun a "who" stands for: never a time the parser hung the clause on ("women who were
    teenagers at the time who claimed ..." is the women), but the nearest noun above it; nor a
    deed of people the parser hung it on, but those people ("backlash from Republicans, several of
    whom ...")."""
    tok = noun
    for _ in range(6):
        if not (tok.ent_type_ in {"DATE", "TIME"} or tok.lemma_.lower() in _TIME_NOUNS):
            return _people_behind(tok)
        up = tok.head
        while up.i != up.head.i and up.pos_ not in {"NOUN", "PROPN"}:
            up = up.head
        if up.pos_ not in {"NOUN", "PROPN"}:
            return noun
        tok = up
    return noun


def _people_behind(noun: Token) -> Token:
    """A noun that names no one ("backlash", "criticism") with the people whose it is after "from",
    "of" or "by": those people; any other noun itself."""
    if noun.ent_type_ or noun.pos_ == "PROPN" or noun.lemma_.lower() in lx.PERSON_ROLES:
        return noun
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"from", "of", "by"}):
        for g in prep.children:
            if g.dep_ == "pobj" and (g.ent_type_ in {"PERSON", "NORP", "ORG"} or g.lemma_.lower() in lx.PERSON_ROLES):
                return g
    return noun


def _with_aux(verb: Token) -> list[Token]:
    """A verb's children and those of its auxiliaries: "Shekau has in a series of messages ruled
    out talks", where the parser hung the subject on "has"."""
    kids = list(verb.children)
    return kids + [g for c in kids if c.dep_ in {"aux", "auxpass"} for g in c.children]


def _subjects(verb: Token) -> list[Token]:
    """A verb's active subjects, those hung on its auxiliaries included, in order. Where the verb
    closes the sentence after what is said ("..., that build-up increased, the study found") and
    the parser gave it a second subject out of those words (the "that" of "that build-up"), only
    the subjects after the said clause's verb are its own."""
    subjects = sorted((c for c in _with_aux(verb) if c.dep_ == "nsubj"), key=lambda t: t.i)
    said = [c.i for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if len(subjects) > 1 and said:
        return [s for s in subjects if s.i > max(said)] or subjects
    return subjects


def _with_absolute(verb: Token) -> bool:
    """A participle on a noun brought in by "with" ("..., with an Iraqi official denying ...",
    "with critics saying ..."): the noun is who does it."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "with"
        and _someone(noun)
    )


_SOMEONE_NOUNS = lx.PERSON_ROLES | lx.PRIVATE_ROLES | lx.MEMBER_ROLES | lx.COMMENTATOR_NOUNS
_SOME = frozenset(["some", "many", "others", "several", "most", "both", "few"])


def _someone(noun: Token, crowd: bool = False) -> bool:
    """Someone, not a thing ("followed this up with a conference declaring ...": the conference is
    the speaker's occasion); with ``crowd``, "some", "many", "others" too."""
    return (
        noun.ent_type_ in {"PERSON", "NORP", "ORG"}
        or noun.lemma_.lower() in _SOMEONE_NOUNS
        or (crowd and noun.lower_ in _SOME)
    )


def _with_absolute_split(verb: Token) -> Token | None:
    """'..., with some – including Sen. X – arguing that ...': an aside set off by dashes makes
    the parser hang the participle on the main verb; the one the "with" brings in does it."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or _subjects(verb):
        return None
    prep = next((c for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i < verb.i), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if noun is None or any(not t.is_punct for t in verb.doc[prep.right_edge.i + 1 : verb.i]):
        return None
    return noun if _someone(noun, crowd=True) else None


def _quote_follows(parsed: ParsedText, sent: Sentence, verb: Token) -> bool:
    """A quotation opens right after the verb."""
    after = sent.offset_end(verb)
    return any(0 <= q[0] - after <= 3 for q in parsed.quotes)


# verbs of telling someone: the name after them is always the one told, never an inverted speaker
_NO_INVERSION = frozenset("tell inform notify assure reassure remind brief teach convince persuade".split())


def _inverted_object(verb: Token) -> Token | None:
    """'Further harm could be caused ..., warned spokesman Muhammad al-Midana': after what was said,
    the name the parser took for the verb's object is who said it."""
    said_before = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if not said_before or obj is None or obj.left_edge.i != verb.i + 1:
        return None
    if verb.lemma_.lower() in _NO_INVERSION:
        return None  # "..., a source told Fox News": one is told; no one "told" goes after the words
    return obj if obj.pos_ == "PROPN" or obj.ent_type_ in {"PERSON", "ORG"} else None


def _speaker_hung_on_words(
    sent: Sentence, verb: Token, subj: Token | None = None
) -> tuple[Token, tuple[int, int]] | None:
    """'The meeting focused on Syria, a source familiar with the matter said': with no subject of
    its own, a verb of saying after a phrase set off by a comma, which the parser hung on the last
    noun of the words before as its apposition, has that phrase for its speaker. So has one whose
    "subject" is a thing with a clause the parser took for its description ("The dispute centred
    on Gaza, a diplomat ... told Reuters"). Returns the phrase's head and the reported words
    (character offsets), or None."""
    doc = verb.doc
    k = verb.i - 1
    while k > sent.span[0].i and doc[k].dep_ == "advmod" and doc[k].head.i == verb.i:
        k -= 1  # "..., an aide also said"
    head = doc[k]
    for _ in range(8):  # up from the last word to the apposition's head, a few steps at most
        if head.dep_ == "appos" or head.head.i == head.i or head.head.i >= verb.i:
            break
        head = head.head
    if head.dep_ != "appos" or head.right_edge.i != k or head.head.i >= head.left_edge.i:
        return None
    first = head.left_edge.i
    if first - 1 <= sent.span[0].i or doc[first - 1].text != "," or verb not in head.ancestors:
        return None
    if subj is not None:
        # the subject must be a thing, and the apposition hang under a clause on it
        between = [t for t in head.ancestors if subj in t.ancestors or t == subj]
        if (
            subj not in head.ancestors
            or not any(t.dep_ in {"acl", "relcl"} and t.pos_ == "VERB" for t in between)
            or _speaker_like(subj)
        ):
            return None
    if not _speaker_like(head):
        return None
    words = trim(sent.source, sent.start, sent.offset(doc[first - 1]))
    return (head, words) if words[1] > words[0] else None


def _subject_hung_on_verb(sent: Sentence, verb: Token) -> list[Token]:
    """'The Michigan-based pro added he believes ...': with no subject, a verb of saying that a
    determiner hangs on, with the words between it and the verb, has lost its subject to a misparse:
    those words, a noun phrase, are the subject. Returns them, or nothing."""
    det = next((c for c in verb.children if c.dep_ == "det" and c.i < verb.i), None)
    if det is None or det.i < sent.span[0].i:
        return []
    words = list(verb.doc[det.i : verb.i])
    if len(words) < 2 or any(t.pos_ in {"VERB", "AUX", "PRON"} and t.dep_ != "amod" for t in words):
        return []
    if any(t.is_punct and t.text != "-" for t in words) or any(t.head.i not in range(det.i, verb.i + 1) for t in words):
        return []
    return words


def _hung_cue(sent: Sentence, verb: Token, lemma: str, name: Token, words: tuple[int, int]) -> Cue:
    return Cue(verb, _plain_kind(lemma), _np(name), words, _verb_group(sent, verb))


def _plain_kind(lemma: str) -> str:
    """The kind of account a cue verb gives by itself."""
    return "denial" if lemma in lx.DENIAL_VERBS else ("hedged" if lemma in lx.HEDGE_VERBS else "indirect")


def _speaker_like(tok: Token) -> bool:
    """A name, or a noun for someone who speaks (an official, a spokesman, a union)."""
    return (
        tok.pos_ in {"PROPN", "PRON"}
        or tok.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
        or tok.lemma_.lower() in _SPEAKER_NOUNS
    )


# nouns for someone who can speak: offices, staff, private roles, members, commentators, bodies,
# kin, experts and plain people ("a person familiar with the matter", "an insider")
_SPEAKER_NOUNS = (
    lx.STAFF_ROLES
    | lx.PRIVATE_ROLES
    | lx.COMMENTATOR_NOUNS
    | lx.MEMBER_ROLES
    | lx.BODY_NOUNS
    | lx.KIN_NOUNS
    | lx.EXPERTISE_NOUNS
    | lx.FOLLOWER_NOUNS
    | frozenset("person people insider witness".split())
)


def _reporter_between(subj: Token | None, participle: Token) -> Token | None:
    """ "the controversy escalated when Vice News reported the issue, saying ...": the participle
    of saying goes with the report just before it, not with the thing the main clause is about.
    The subject of the nearest verb of saying between the two, where the borrowed subject is no
    one (a thing, not a name or a person)."""
    if subj is None or participle.lemma_.lower() not in lx.SPEECH_VERBS:
        return None
    if subj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or subj.pos_ in {"PRON", "PROPN"}:
        return None
    if subj.lemma_.lower() in lx.PERSON_ROLES | lx.BODY_NOUNS | lx.COMMENTATOR_NOUNS | lx.MEMBER_ROLES:
        return None
    verbs = [
        v
        for v in participle.doc[subj.i + 1 : participle.i]
        if v.pos_ == "VERB" and v.lemma_.lower() in lx.REPORTING_VERBS and v.sent == participle.sent
    ]
    for v in reversed(verbs):
        named = [c for c in v.children if c.dep_ == "nsubj" and (c.ent_type_ or c.pos_ == "PROPN")]
        if named:
            return named[0]
    return None


def _document_author(noun: Token) -> Token | None:
    """Who a document a participle of saying hangs on is by: its possessor ("the Council's letters
    to Congress saying ...") or the subject of the verb that issued it ("the Council, which sent
    letters saying ..."); None for any other noun, or a document no one is said to issue."""
    if noun.lemma_.lower() not in lx.DOCUMENT_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    for c in noun.children:  # "a letter from the bishops", "a post by a supporter"
        if c.dep_ == "prep" and c.lower_ in {"from", "by"}:
            by = next((g for g in c.children if g.dep_ == "pobj"), None)
            if by is not None and by.pos_ in {"NOUN", "PROPN"} and by.ent_type_ not in {"DATE", "TIME"}:
                return by
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lx.ISSUING_VERBS:
        return next(iter(_subjects(noun.head)), None)
    return None


def _object_author(participle: Token) -> Token | None:
    """The author of the document a participle of saying follows as its verb's object: the parser
    hangs "saying" on the verb in "Reporters obtained the union's memo saying ...", but the memo says it."""
    if participle.i > 0 and participle.nbor(-1).text == ",":
        return None  # "released the inspector general's report on Monday, saying ...": the subject's words
    head = participle.head
    if head.dep_ == "acl" and head.tag_ in {"VBN", "VBD"}:
        # "an AP article published Thursday accusing ...": the article accuses
        return _document_author(head.head) or _reported_document(head.head)
    if head.lemma_.lower() not in _GETTING_VERBS | _JUDGING_VERBS:
        return None  # "Twitter removed the president's tweet, saying ...": Twitter says why
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < participle.i), None)
    if obj is None:
        return None
    # "Officials rejected a report published Thursday saying ...": the report says it
    return _document_author(obj) or (_reported_document(obj) if head.lemma_.lower() in _JUDGING_VERBS else None)


def _document_voice(cue: Cue) -> bool:
    """Whether a cue's speaker is a document or the name set before one ("a report", "an
    Associated Press article")."""
    if not cue.source:
        return False
    inside = {t.i for t in cue.source}
    root = next((t for t in cue.source if t.head.i not in inside or t.head.i == t.i), cue.source[-1])
    if root.lemma_.lower() in lx.DOCUMENT_NOUNS:
        return True
    return root.dep_ == "compound" and root.head.lemma_.lower() in lx.DOCUMENT_NOUNS


def _reported_document(noun: Token) -> Token | None:
    """Who speaks in a document a participle of saying hangs on, where the document is another's
    report: the name set before it ("a CNN report saying ..."), or, where the subject turns it
    down ("denied a report saying ...", "pushed back on an article accusing ...") or no one acts
    on it, the document itself. None for a document the subject puts out or reads ("put out a
    statement saying ...")."""
    if noun.lemma_.lower() not in lx.DOCUMENT_NOUNS:
        return None
    author = _compound_author(noun)
    if author is not None and author.ent_type_ in {"ORG", "PERSON"}:
        return author
    if noun.dep_ not in {"dobj", "pobj", "dative", "attr", "oprd"}:
        return author or noun  # "The report, commissioned in May, recommended ...": no one else's act on it
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ in {"dobj", "pobj"} and (governor.lemma_.lower() in _JUDGING_VERBS or turns_down(governor)):
        return author or noun
    return None


def _compound_author(noun: Token) -> Token | None:
    """The name set before a document ("an Associated Press article"), which wrote it."""
    return next(
        (c for c in noun.children if c.dep_ == "compound" and c.ent_type_ in {"ORG", "PERSON", "NORP", "GPE"}),
        None,
    )


# verbs that judge a report, after which a participle of saying with no comma before it tells
# what the report says ("rejected a report saying ..."), not why the subject judged it
_JUDGING_VERBS = frozenset("reject deny dispute dismiss refute debunk contest challenge".split())


# verbs of getting, reading or passing on a document, after which a participle of saying tells what
# the document says ("obtained the union's memo saying ..."), not why the subject acted on it
_GETTING_VERBS = frozenset(
    "obtain receive get see read review acquire publish release post share circulate leak retweet forward".split()
)


def _quoted_source(verb: Token) -> Token | None:
    """Whom a verb of quoting quotes ("quotes the Council", "cites the Council's letters", "quotes
    from the Council's letters"): the one a participle of saying hung on that verb gives the words
    of; a document stands for its author. None for any other verb."""
    if verb.lemma_.lower() not in {"quote", "cite"}:
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"
    ]
    obj = min(objs, key=lambda t: t.i, default=None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
        return None
    return _document_author(obj) or (None if obj.lemma_.lower() in lx.DOCUMENT_NOUNS else obj)


def _climb_subject(verb: Token) -> Token | None:
    """The subject a participle or infinitive borrows from the clause it hangs from."""
    tok = verb
    for _ in range(6):
        for child in _with_aux(tok):
            if child.dep_ in SUBJECT_DEPS:
                return child
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _passive_agent(verb: Token) -> Token | None:
    """The doer a passive verb of acting against someone names ("was sued by the city", "was fired
    by the network"), for whom a participle of grounds after it speaks ("..., alleging ...",
    "..., citing ..."). Any other participle is the subject's own act ("was fired by the network,
    vowing to fight it"), as after other verbs ("was hired by the firm, claiming he wanted a
    change")."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children) or _verb_lemma(verb) not in _ACTING_AGAINST:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return doer if doer is not None and doer.pos_ in {"NOUN", "PROPN", "PRON"} else None


_ACTING_AGAINST = lx.ATTACK_VERBS | lx.SANCTION_VERBS


def _addressee_then_clause(verb: Token, obj: Token) -> bool:
    """'told the station that ...', 'assured them he would ...': the object is the addressee and
    the clause after it the content (not 'acknowledged the reality of X, which ...': a clause
    set off by a comma, or hanging from an abstract object, describes the object)."""
    if obj.lemma_.lower() in lx.CLAIM_NOUNS:
        return False
    inner = [g for g in obj.subtree if g.dep_ in {"ccomp", "acl", "relcl"} and g.i > obj.i]
    # the parser may also hang the clause from the verb beside its object ("told reporters that ...")
    inner += [c for c in verb.children if c.dep_ == "ccomp" and c.i > obj.i]
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
    # "said in a statement: “...”", "blasted the report: ...": what a colon brings after words with no
    # verb of their own (where, when, to whom, what about) is what was said; not past a comma
    # ("refuted the story, writing: ...": the parser may take the participle for a noun)
    colon = next((t for t in doc[start_tok : last_i + 1] if t.text == ":"), None)
    if (
        colon is not None
        and colon.i < last_i
        and (stop is None or sent.offset(colon) < stop)
        and not any(t.pos_ in {"VERB", "AUX"} or t.text == "," for t in doc[start_tok : colon.i])
    ):
        start_tok = colon.i + 1
    # the complementiser, not the determiner of what is disputed ("disputed that characterization")
    # nor the thing itself ("called that a mischaracterization")
    while (
        start_tok <= last_i
        and doc[start_tok].lower_ in {"that", ",", ":"}
        and doc[start_tok].dep_ not in {"det", "dobj"}
    ):
        start_tok += 1
    first = doc[start_tok] if start_tok <= last_i else None
    if first is not None and first.dep_ == "prep" and first.head.i == verb.i and dismisses_report(verb):
        start_tok += 1  # "pushed back against a report that ...": the report is what is turned down
    if start_tok > last_i:
        return None
    a = sent.offset(doc[start_tok])
    b = sent.end if stop is None else stop
    if (
        verb.dep_ == "advcl"
        and verb.head.i > verb.i
        and any(c.dep_ == "mark" and c.lower_ != "as" for c in verb.children)
        and verb.right_edge.i > verb.i
    ):
        # "While critics have complained about X, the controversy grew": a clause set before the
        # main one reports only its own words
        b = min(b, sent.offset_end(verb.right_edge))
    said_when = _time_clause(sent, verb, a)
    if said_when is not None:
        b = min(b, said_when)
    other = _other_speaker_concession(sent, a, b)
    if other is not None:
        b = other
    a, b = trim(sent.source, a, b)
    # a content cut where the next account begins loses the conjunction that joined them
    # ... and the relative pronoun of an aside that is an account of its own ("..., which he said ...")
    for conj in (" and", " but", " or", " while", " as", " after", ", which", ", who", ", with"):
        if sent.source[a:b].endswith(conj):
            a, b = trim(sent.source, a, b - len(conj))
    return (a, b) if b - a >= 2 else None


def _time_clause(sent: Sentence, verb: Token, after: int) -> int | None:
    """Where, past offset ``after``, a clause on the cue's verb that tells when it was said begins
    ("blasted the plan after the council approved it"; the parser may read its opening word as a
    preposition): what was said ends there. Told in the past, as news tells what happened ("rejected a truce until Hamas frees
    the hostages", "promised tax cuts once the economy recovers" keep their conditions); not of why
    ("criticized the plan because it raised taxes" gives the criticism's reason); never on a verb of
    recalling a scene ("recalled the silence before the gunfire started")."""
    if _verb_lemma(verb) in _RECALLING:
        return None
    for c in verb.children:
        timed = (
            c.dep_ == "advcl"
            and c.tag_ == "VBD"
            and any(m.dep_ == "mark" and m.lower_ in _TIME_OPENERS for m in c.children)
        )
        # a phrase only where a verb in the past follows its object: a clause the parser read as a
        # phrase ("appealed for calm after the riot" keeps its phrase)
        nxt = c.doc[c.right_edge.i + 1] if c.right_edge.i + 1 < len(c.doc) else None
        misread = c.dep_ == "prep" and c.lower_ in _TIME_OPENERS - {"as"} and nxt is not None and nxt.tag_ == "VBD"
        if (timed or misread) and sent.offset(c.left_edge) > after:
            return sent.offset(c.left_edge)
    return None


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


def turns_down(verb: Token) -> bool:
    """A phrasal verb of turning down what another said: "laughed off", "brushed aside",
    "scoffed at", "pushed back"."""
    parts = lx.DISMISSAL_PARTICLES.get(verb.lemma_.lower(), frozenset())
    return any(c.dep_ in {"prt", "prep", "advmod"} and c.lower_ in parts for c in verb.children)


def _speaks_up(verb: Token) -> bool:
    """A phrasal verb of speaking up or holding to one's words: "doubled down", "weighed in"."""
    parts = lx.SPEAKING_PARTICLES.get(verb.lemma_.lower(), frozenset())
    return any(c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in parts for c in verb.children)


def dismisses_report(verb: Token) -> bool:
    """'laughed off claims that ...', 'pushed back against a report that ...', 'scoffed at the
    suggestion': a phrasal verb of turning down with a claim or report as what it turns down."""
    if verb.pos_ == "VERB" and verb.lemma_.lower() == "defend":
        # "defended the deal against criticism that ...": what it is defended against is turned down
        return any(
            g.dep_ == "pobj" and g.lemma_.lower() in lx.CLAIM_NOUNS | lx.NOUN_CUES | set(lx.UNNAMED_SPEAKERS)
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "against"
            for g in c.children
        )
    if verb.pos_ != "VERB" or not turns_down(verb):
        return False
    targets = [c for c in verb.children if c.dep_ == "dobj"]
    targets += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # (an idea, a notion, a proposal or a theory someone put forward is turned down as words are:
    # "shot down Trump's idea", "brushed aside the proposal")
    return any(
        t.lemma_.lower() in lx.CLAIM_NOUNS | lx.REPORT_NOUNS | lx.NOUN_CUES | lx.LIGHT_NOUNS | _PUT_FORWARD
        for t in targets
    )


_PUT_FORWARD = frozenset(["idea", "notion", "proposal", "theory"])


def _bears_evidence(subj: Token) -> bool:
    """Whether what a verb of evidence ("show", "prove") has for its subject can show anything: not
    a quality of events ("the intensity of their attacks", "the severity of the storm"), which
    shows only what the writer infers from it; findings, records and people do show."""
    lemma = subj.lemma_.lower()
    quality = (lemma.endswith(("ity", "ness")) or lemma in _QUALITY_NOUNS) and lemma not in _SHARE_NOUNS
    of = [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    # "the majority of studies", "the credibility of the records": what the records show
    records = any(g.lemma_.lower() in lx.EVIDENCE_NOUNS | lx.DOCUMENT_NOUNS for g in of)
    return not (quality and lemma not in lx.EVIDENCE_NOUNS and of and not records)


_QUALITY_NOUNS = frozenset("extent nature scale degree pace tone timing magnitude depth ferocity vehemence".split())
_SHARE_NOUNS = frozenset("majority minority plurality entirety".split())


_ADDRESSING = frozenset(["speak", "talk"])


def speaks_to_someone(verb: Token) -> bool:
    """'spoke to a gathering of farmers', 'talked with aides': an act of addressing someone, which
    says nothing of what was said ('spoke to the need for ...' addresses a matter)."""
    return verb.lemma_.lower() in _ADDRESSING and any(
        c.dep_ == "prep" and c.lower_ in {"to", "with"} and _audience(c) for c in verb.children
    )


def _audience(prep: Token) -> bool:
    """Whether what "to" or "with" brings is whom one speaks to, not a matter ("the need for ...")."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() not in lx.MATTER_NOUNS for g in prep.children)


def _posts_on_medium(verb: Token) -> bool:
    """The act someone "took to" a medium to do speaks to an audience, whatever its verb: "took to
    Instagram to shoot down the story", "took to the airwaves to blast the plan". The medium is a
    name or a word for one ("took to the streets" is no such post)."""
    head = verb.head
    if verb.dep_ not in {"xcomp", "advcl"} or not infinitive(verb) or head.lemma_.lower() != "take":
        return False
    if any(c.dep_ == "dobj" for c in head.children):
        return False  # "took him to Paris to meet ...": someone taken somewhere
    return any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.lower_ in lx.MEDIA_NOUNS) for g in c.children)
        for c in head.children
    )


def _licensed(parsed: ParsedText, sent: Sentence, verb: Token) -> bool:
    """Whether a verb outside the reporting core reports here: a clause of its own for verbs of
    evidence and knowing (or a subject that bears evidence: "polls show ..."), an infinitive for
    verbs of wanting, an object or governed preposition for verbs of taking a side; a quotation
    right after the verb licenses any of them."""
    lemma = _verb_lemma(verb)
    groups = lemma in lx.CLAUSE_VERBS or lemma in lx.INTENT_VERBS or lemma in lx.STANCE_VERBS
    if not groups or verb.pos_ != "VERB":
        return False
    if _quote_follows(parsed, sent, verb):
        return True
    subj = next(iter(_subjects(verb)), None)
    if subj is None and verb.dep_ in {"advcl", "conj", "acl"}:
        subj = _climb_subject(verb.head)
    if lemma in lx.EVIDENCE_VERBS and subj is not None and subj.lemma_.lower() in lx.EVIDENCE_NOUNS:
        return True  # "Polls show a close contest", "..., an analysis of the filings shows."
    if lemma in lx.EVIDENCE_VERBS - lx.SPEECH_VERBS and subj is not None and not _bears_evidence(subj):
        return False  # "The intensity of their attacks showed that ...": the writer's inference
    for c in verb.children:
        # a finite clause ("sees that prices rise"), not a perception's bare infinitive ("sees prices rise")
        finite = c.tag_ != "VB" or any(g.dep_ in {"aux", "auxpass", "mark"} for g in c.children)
        if c.dep_ == "ccomp" and c.i > verb.i and finite and any(g.pos_ in {"VERB", "AUX"} for g in c.subtree):
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
                # "spoke to reporters", "talked with aides": whom one speaks to is not what one says
                and not (lemma in _ADDRESSING and c.lower_ in {"to", "with"} and _audience(c))
            ):
                return True
        if lemma == "point" and c.dep_ in {"prep", "prt"} and c.lower_ in {"to", "out"}:
            return True
        if c.dep_ == "prep" and c.lower_ == lx.ACCUSING_PREPOSITIONS.get(lemma):
            return True
    return False


def _noun_cue(sent: Sentence, noun: Token) -> Cue | None:
    """'Trump's claim that ...', 'her decision to ...', 'claims from X that ...': a noun of saying
    or intending with a possessive source (or one after "from" or "by") and a clause of its own (a
    mere object, 'her support for X', is too often a description)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lx.ACCOUNT_NOUNS | lx.NOUN_CUES | _UNNAMED_CLAIMS:
        return None
    # "the plaintiffs’ theory": a plural possessive the parser may hang on as a modifier
    poss = next(
        (
            c
            for c in noun.children
            if c.dep_ == "poss"
            or (c.dep_ == "nmod" and c.tag_ == "NNS" and c.i + 1 < noun.i and c.nbor(1).text in {"’", "'"})
        ),
        None,
    )
    # "drew criticism from Democrats that ...": the parser may hang the source and the clause on
    # the verb whose object the noun is; they are the noun's when they follow it straight on
    hung = [c for c in noun.head.children if c.i > noun.i] if noun.dep_ == "dobj" else []
    if poss is None:
        # "claims from Tea Partiers that ...", "reports by residents that ...": the source after the noun
        prep = next(
            (
                c
                for c in [*noun.children, *(h for h in hung if h.i == noun.i + 1)]
                if c.dep_ == "prep" and c.lower_ in {"from", "by"} and c.i > noun.i
            ),
            None,
        )
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
        # "Democratic criticism that ...", "Israeli claims that ...": a nationality or party word
        # before the noun names who says it
        side = next((c for c in noun.children if _side_word(c)), None)
        if pobj is None and side is None and _unnamed_claimants(noun):
            # "defended the deal against criticism that ...", "denied reports that ...": others'
            # words, though the text names no one for them; the noun stands for its speakers
            src = [noun]
        elif pobj is None and side is None:
            return None
        else:
            src = _np(pobj) if pobj is not None else [side]
    else:
        src = [t for t in poss.subtree if t.dep_ != "case"]
        if poss.ent_type_ in {"DATE", "TIME"}:
            return None  # "Tuesday's prediction that ...", "last week's finding that ...": when, not who
    content: list[Token] = []
    # a clause hung on the verb is the noun's only where it opens with "that" straight after the
    # noun or its source ("drew criticism from Democrats that it would ...")
    last = max(t.i for t in prep.subtree) if poss is None and prep is not None else noun.i
    hung_clause = [
        h
        for h in hung
        if h.dep_ == "ccomp" and h.left_edge.i == last + 1 and h.left_edge.lower_ == "that" and h.left_edge.head == h
    ]
    for c in [*noun.children, *hung_clause]:
        if c.i < noun.i:
            continue
        # (a clause the parser took for a relative one, though its "that" opens it as a
        # conjunction: "the comments from Ms. Rice that the attack might have resulted from ...")
        opened = c.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        if (c.dep_ in {"acl", "ccomp"} or opened) and c.pos_ in {"VERB", "AUX"}:
            if src == [noun] and (
                not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                or (c.lemma_.lower() in _MAKING_REPORTS and not any(g.dep_ == "dobj" for g in c.children))
            ):
                # "the complaint filed by ...", "the report that the paper published": what it is,
                # not what it says ("a report saying ..." speaks as a document)
                return None
            if (
                c.dep_ == "acl"
                and c.tag_ == "VBN"
                and c.lemma_.lower() in _MAKING_REPORTS
                and not any(g.dep_ in {"dobj", "ccomp"} for g in c.children)
            ):
                return None  # "an inspector general's report released Wednesday": when it came out
            content = [t for t in c.subtree if not (t.dep_ == "mark" and t.lower_ == "that" and t.i == c.left_edge.i)]
            break
    head = noun.head
    if not content and noun.dep_ == "nsubj" and head.lemma_.lower() == "be":
        # "The plaintiffs' theory is that ...", "Her position was that ...": the clause after the copula
        clause = next(
            (c for c in head.children if c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children)), None
        )
        if clause is not None:
            content = [t for t in clause.subtree if not (t.dep_ == "mark" and t.i == clause.left_edge.i)]
    if not content or not src:
        return None
    a, b = trim(sent.source, *subtree_offsets(sent, content))
    if b - a < 3:
        return None
    antecedent = None
    if poss is not None and poss.lower_ == "whose":
        # "Mr. Nadler, whose view is that ...": the one the relative pronoun stands for holds it
        rel = next((t for t in noun.ancestors if t.dep_ == "relcl"), None)
        if rel is None or rel.head.pos_ not in {"NOUN", "PROPN"}:
            return None
        antecedent = _np(rel.head)
    return Cue(
        noun, "indirect", src, (a, b), (sent.offset(noun), sent.offset_end(noun)), forward=True, antecedent=antecedent
    )


def _demand_noun(sent: Sentence, noun: Token) -> Cue | None:
    """'the union's calls for a strike', 'Democratic calls for social media companies to expel him',
    'amid calls to cancel it', 'calls from unions to raise wages': a noun of demanding and what is
    demanded after it, a "for" phrase or an infinitive. Who makes the call is a possessive, a side
    word or a "from" phrase. With none, the plural noun stands for its unnamed speakers where it
    stands for others' words (``_others_words``: "amid calls", "faced calls", "Calls ... grew"); a
    verb's own object ("Republicans renewed calls", "issued a call for") is no such thing, nor is a
    singular "call" ("a close call", "the right call"), "no calls", "phone calls", or a reporter's or
    dispatcher's "calls for comment", "did not return calls for reaction"."""
    # (the tagger may read the plural as a verb where the parser still makes it an object: "faced calls")
    nominal = noun.pos_ == "NOUN" or (noun.tag_ == "VBZ" and noun.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"})
    if not nominal or noun.lower_ not in lx.DEMAND_NOUNS:
        return None
    if noun.dep_ == "attr" and not any(c.dep_ == "expl" for c in noun.head.children):
        return None  # "It was a close call", "the right call" (but "There were calls to ...")
    doc = noun.doc
    kids = list(noun.children)
    if any((c.dep_ == "det" and c.lower_ in {"no", "any"}) or c.dep_ in {"compound", "nmod"} for c in kids):
        return None
    if noun.head.lemma_.lower() in lx.LIGHT_VERBS | lx.CALL_HANDLING_VERBS or (
        noun.head.dep_ == "prep" and noun.head.head.lemma_.lower() in lx.CALL_HANDLING_VERBS
    ):
        return None
    last = sent.span[-1].i
    src: list[Token] = []

    def source_from(prep: Token) -> list[Token]:
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        return _np(pobj) if pobj is not None else []

    at = noun.i + 1
    if at <= last and doc[at].lower_ == "from":
        # "calls from unions to ...": who calls, between the noun and what is called for
        src = source_from(doc[at])
        if not src:
            return None
        at = max(t.i for t in doc[at].subtree) + 1
    if at >= last:
        return None
    word = doc[at]
    if word.lower_ == "for":
        # "for an inquiry" (a phrase), "for X to resign" (a clause the parser may hang anywhere);
        # not a relative clause, an "as" or a "from" the phrase's noun carries ("calls for an
        # election as 'a distraction'", "calls for a vote from shareholders": who calls)
        phrase = [g for g in word.children if g.dep_ in {"pobj", "pcomp"}]
        if word.dep_ == "mark" and _infinitive_after(word.head, at):
            phrase.append(word.head)
        elif word.dep_ == "mark":
            # "The union's calls for a strike grew louder": the parser made the called-for thing
            # the subject of the sentence's verb
            phrase += [c for c in word.head.children if c.dep_ == "nsubj" and c.i > at]
        if not phrase:
            return None
        head = phrase[0]
        end = max(_extent_end(p) for p in phrase)
        from_prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        if from_prep is not None and not src:
            src = source_from(from_prep)
        infinitive = _verb_after_to(doc, end + 1, last)
        if infinitive is not None:
            end = _extent_end(infinitive)  # "for X to resign": the parser hung the infinitive apart
        if any(
            t.lemma_.lower() in lx.ROUTINE_REQUESTS for t in (head, *(g for g in head.children if g.dep_ == "conj"))
        ):
            return None
        start = at + 1
    else:
        infinitive = _verb_after_to(doc, at, last)
        if infinitive is None:
            return None
        start, end = infinitive.i, _extent_end(infinitive)
        # "calls to resign from fellow Democrats": the parser hung who calls on the infinitive
        callers = next(
            (c for c in infinitive.children if c.dep_ == "prep" and c.lower_ == "from" and _callers(c)), None
        )
        if callers is not None and not src:
            src = source_from(callers)
            if end == start:
                # a bare verb says too little to be a claim: "to resign from fellow Democrats" whole
                end = max(t.i for t in callers.subtree)
    if end < start or end > last:
        return None
    # a quotation opened inside closes right after, past a comma or stop set inside it
    for k in (1, 2):
        if end + k <= last and doc[end + k].is_quote and sum(t.is_quote for t in doc[start : end + 1]) % 2:
            end += k
            break
    if not src and noun.dep_ in {"nsubjpass", "nsubj"}:
        # "Calls for Brexit were led by Nigel Farage", "Calls for her to stay came from her party"
        by = next((c for c in noun.head.children if c.dep_ == "agent"), None)
        if noun.head.lemma_.lower() not in _VOICING or any(c.dep_ == "prt" for c in noun.head.children):
            by = None  # "Calls for sanctions were vetoed by Russia", "were pushed aside by": who turns them down
        if by is None and noun.head.lemma_.lower() == "come":
            by = next((c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        if by is not None:
            src = source_from(by)
    if not src:
        poss = next((c for c in kids if c.dep_ == "poss"), None)
        side = next((c for c in kids if _side_word(c)), None)
        if poss is not None and poss.pos_ == "PRON" and _others_words(noun):
            # "Netanyahu rejected their calls for a ceasefire": theirs, not the one who turns them
            # down, and the text's "their" is no one the rule can name
            return None
        if poss is not None:
            src = [t for t in poss.subtree if t.dep_ != "case"]
        elif side is not None:
            src = [side]
        elif noun.lower_.endswith("s") and _others_words(noun):
            src = [noun]  # no one named: the noun alone is the cue and stands for those who call
        else:
            return None
    a, b = trim(sent.source, *subtree_offsets(sent, list(doc[start : end + 1])))
    if b - a < 3:
        return None
    return Cue(noun, "indirect", src, (a, b), (sent.offset(noun), sent.offset_end(noun)), forward=True)


def _verb_after_to(doc: Doc, at: int, last: int) -> Token | None:
    """The bare verb of an infinitive whose "to" stands at ``at`` (a quotation may open between)."""
    if at > last or doc[at].lower_ != "to":
        return None
    verb = next((t for t in doc[at + 1 : min(at + 3, last + 1)] if not t.is_quote), None)
    return verb if verb is not None and verb.tag_ == "VB" else None


def _infinitive_after(verb: Token, at: int) -> bool:
    """Whether ``verb`` is an infinitive after position ``at`` ("for X to resign")."""
    return verb.i > at and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _callers(prep: Token) -> bool:
    """Whether a "from" phrase names who calls ("calls to resign from fellow Democrats"), not a
    place or thing ("to withdraw troops from Gaza", "to be removed from office")."""
    if prep.head.pos_ != "VERB":
        return True  # "calls for a vote from shareholders"
    # (people, not a body one is removed from: "to expel Russia from the United Nations")
    return any(
        g.dep_ == "pobj" and (g.ent_type_ in {"PERSON", "NORP"} or g.lemma_.lower() in lx.SIDE_PEOPLE)
        for g in prep.children
    )


def _extent_end(tok: Token) -> int:
    """The last token of a word's phrase, short of what the phrase only carries along: a relative
    clause set off by a comma ("a wall, which Mexico would pay for"), an "as" or "from" phrase,
    a coordinated finite clause ("to admit it is wrong and instead attacked ..."). A passive
    infinitive's "be" stands for its verb ("fighter jets to be sent")."""
    if tok.dep_ in {"aux", "auxpass"} and tok.head.i > tok.i:
        tok = tok.head
    doc = tok.doc
    cut = [
        c.left_edge.i
        for c in tok.subtree
        if c.i > tok.i
        and (
            (c.dep_ == "relcl" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",")
            or (c.dep_ == "prep" and c.head.i == tok.i and (c.lower_ == "as" or (c.lower_ == "from" and _callers(c))))
            or (c.dep_ == "conj" and c.tag_ in FINITE_TAGS)
        )
    ]
    end = max(t.i for t in tok.subtree if not cut or t.i < min(cut))
    while end > tok.i and ((doc[end].is_punct and not doc[end].is_quote) or doc[end].dep_ == "cc"):
        end -= 1
    return end


_UNNAMED_CLAIMS = frozenset(lx.UNNAMED_SPEAKERS)


# verbs by which one answers words of others ("is facing claims that ...", "deflected accusations
# that ..."), and prepositions that set an act against them ("amid criticism that ...")
_ANSWERING = frozenset("face confront answer address deflect fend rebuff".split())
_AGAINST_WORDS = frozenset("against despite amid over".split())
# verbs by which a deed brings others' words about ("the remark drew criticism that ...", "prompted
# calls to boycott ...", "sparked accusations that ...")
_OCCASIONING = frozenset("prompt spark trigger fuel draw provoke stir ignite".split())
# verbs whose passive agent makes the words ("calls for Brexit were led by X", "echoed by Y")
_VOICING = frozenset(
    "lead echo voice issue make spearhead back support raise renew repeat join amplify champion sound initiate".split()
)
# nouns whose "of" names whose words they are ("the author of claims that ...")
_ORIGINATORS = frozenset("author source originator architect promoter proponent voice sponsor champion".split())
# taking back one's own claim is no answer to others' words
_OWN_RETRACTION = frozenset(["retract", "recant", "disagree"])
# verbs whose object is the report itself ("the report that the paper published"), which make the
# clause after the noun a relative one, not what the report says
_MAKING_REPORTS = frozenset(
    "publish release write file issue make produce submit air run print post cite read see hear receive "
    "compile prepare commission obtain".split()
)


def _unnamed_claimants(noun: Token) -> bool:
    """'defended the deal against criticism that ...', 'is facing claims that ...', 'denied reports
    that ...', 'Accusations that ... continued': a noun of claiming that stands for others' words
    with no one named for them: turned down, answered or set against, or the subject of what
    happens to them. Not "no claims that", "any suggestion that" (which deny there are any), nor
    words the subject makes or takes up ("repeated claims that", "pushed claims that", "filed a
    complaint that"), nor words with a name or a body of their own ("a Reuters report", "media
    reports", "reports in the Times")."""
    if noun.lower_ not in _UNNAMED_CLAIMS:
        return False
    kids = list(noun.children)
    if any(c.dep_ in {"det", "poss"} and c.lower_ not in {"the", "a", "an", "these", "those"} for c in kids):
        return False
    if any(c.dep_ in {"compound", "nmod"} or (c.dep_ == "amod" and c.ent_type_) for c in kids):
        return False
    if any(c.dep_ == "prep" and any(g.pos_ == "PROPN" or g.ent_type_ for g in c.children) for c in kids):
        return False
    return _others_words(noun)


def _others_words(noun: Token) -> bool:
    """Whether a noun of words stands for others' words where it stands in the sentence: turned
    down, answered or set against ("denied reports that", "faced calls to", "amid criticism that"),
    or the subject of what happens to them ("Reports that ... surfaced", "there were calls to");
    "a wave of calls to" stands where "a wave" does."""
    while noun.dep_ == "conj":
        noun = noun.head  # "accusations and claims that ...": as the first of them
    head = noun.head

    def turns_down_words(verb: Token) -> bool:
        lemma = verb.lemma_.lower()
        return dismisses_report(verb) or (lemma in lx.DENIAL_VERBS and lemma not in _OWN_RETRACTION)

    if noun.dep_ == "dobj":
        # ("drew up a complaint that ..." drafts it)
        drafted = head.lemma_.lower() == "draw" and any(c.dep_ == "prt" and c.lower_ == "up" for c in head.children)
        occasioned = head.lemma_.lower() in _OCCASIONING and not drafted
        return turns_down_words(head) or head.lemma_.lower() in _ANSWERING or occasioned
    if noun.dep_ == "pobj":
        if head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.i < noun.i:
            # "a new wave of calls to ...", "a chorus of criticism that ..." (not "the author of
            # claims that ...": whose they are)
            return head.head.lemma_.lower() not in _ORIGINATORS and _others_words(head.head)
        if head.lower_ == "to" and head.head.lemma_.lower() == "lead":
            return True  # "the film has led to calls for a boycott": words it brought about
        return head.lower_ in _AGAINST_WORDS or turns_down_words(head.head)
    if noun.dep_ == "nsubjpass":
        # "suggestions that ... are not supported by any intelligence", not "claims that ... were
        # made by Trump" (the agent of words made, aired or repeated is who said them)
        return not (
            head.lemma_.lower() in _MAKING_REPORTS | lx.LIGHT_VERBS and any(c.dep_ == "agent" for c in head.children)
        )
    return noun.dep_ in {"nsubj", "attr"}  # "Reports that ... surfaced", "there were reports that ..."


def _side_word(tok: Token) -> bool:
    """A nationality or party adjective before a noun ("Democratic", "Israeli"; the recogniser
    sometimes takes "Ukrainian" for a place)."""
    return tok.dep_ == "amod" and (tok.ent_type_ == "NORP" or (tok.ent_type_ == "GPE" and tok.tag_ == "JJ"))


def _sourced_noun(tok: Token) -> bool:
    """A noun of saying with a source of its own and a clause of what it says: "objections from
    unions that ...", "Israeli claims that ...", "the senators' objection that ..." (not "warnings
    from engineers", which says nothing it reports)."""
    kids = list(tok.children)
    return (
        tok.lemma_.lower() in lx.ACCOUNT_NOUNS | lx.NOUN_CUES
        and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"from", "by"}) or _side_word(c) for c in kids)
        and any(c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"} for c in kids)
    )


_RAISING = frozenset(
    ["believe", "think", "say", "report", "allege", "suppose", "understand", "know", "rumor", "expect"]
)


def reduced_passive(verb: Token) -> bool:
    """'A drone strike believed to have been carried out by the US ...', 'the man, said to be the
    leader, ...', '... is reported to have killed ...': a verb of saying or thinking in the passive
    ("is believed to") or cut down from it, whatever the parser made of it. It names what is said,
    with no one who says it."""
    if verb.lemma_.lower() not in _RAISING or verb.tag_ not in {"VBD", "VBN"}:
        return False
    kids = list(verb.children)
    if any(c.dep_ in {"dobj", "agent"} for c in kids):
        return False
    infinitive = any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in kids)
    if not infinitive:
        return False
    if any(c.dep_ == "auxpass" for c in kids):
        return True  # "... is reported to have killed nine militants": by no one named
    if any(c.dep_ == "aux" for c in kids):
        return False
    if verb.dep_ in {"acl", "parataxis", "relcl"}:
        return True
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    return subj is not None and subj.ent_type_ != "PERSON" and subj.lower_ not in PRONOUNS


_MADE_PLAIN = frozenset(["clear", "plain", "known"])


def _adverbial_mark(tok: Token) -> bool:
    """A word that makes a clause one of time, cause or condition ("when", "after", "if")."""
    return (tok.dep_ == "mark" and tok.lower_ != "that") or (tok.dep_ == "advmod" and tok.tag_ == "WRB")


def _subordinate(verb: Token) -> bool:
    """A verb heading a clause of concession, time, cause or condition ("even though they offered
    no evidence", "because she said so"); "as" ("as he told reporters") points back and is not one."""
    return verb.dep_ == "advcl" and any(_adverbial_mark(m) and m.lower_ != "as" for m in verb.children)


def _light_object(verb: Token) -> Token | None:
    """'made the case for X', 'has questions about X', 'gave the impression that ...': the last
    token of a light verb's object that is a noun of saying with a clause or governed object;
    "made (it) clear that ...", "made plain he wants ...": the adjective, before a clause."""
    if verb.lemma_.lower() == "make":
        for c in verb.children:
            # the adjective, not the verb "clear" ("made the players clear the field")
            # ("made it loud and clear": the last of two adjectives joined)
            plain = (
                c.lower_ in _MADE_PLAIN or any(g.dep_ == "conj" and g.lower_ in _MADE_PLAIN for g in c.children)
            ) and (c.pos_ == "ADJ" or c.tag_ in {"JJ", "VBN"})
            if c.i > verb.i and c.dep_ in {"ccomp", "acomp", "oprd"} and plain:
                # what is made clear: a clause, not one of time or condition ("... clear when he ...")
                said = [
                    g
                    for g in [*c.children, *verb.children]
                    if g.i > c.i
                    # ("make clear they are not objecting": the parser may take the clause for a subject)
                    and (
                        g.dep_ in {"ccomp", "csubj"}
                        or (g.dep_ == "advcl" and not any(_adverbial_mark(m) for m in g.children))
                    )
                ]
                if any(g.pos_ in {"VERB", "AUX"} for g in said):
                    return max((g for g in c.children if g.dep_ == "conj" and g.lower_ in _MADE_PLAIN), default=c)
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
            # what it is about, not when it was issued ("issued a statement on Friday")
            and any(g.dep_ in {"pobj", "pcomp"} and g.ent_type_ not in {"DATE", "TIME"} for g in prep.children)
        ):
            return prep
    return None


def _document_reads(verb: Token) -> bool:
    """'"...," the statement read.', 'The letter reads: "..."': what a document's text says,
    told with "read"; not a person reading ("she read the report")."""
    if verb.lemma_.lower() != "read" or verb.pos_ != "VERB":
        return False
    # "the statement read well", "the speech reads like a pitch", "reads as if ...": how it reads
    if any(c.dep_ not in {"nsubj", "aux", "punct", "ccomp"} for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in lx.DOCUMENT_NOUNS:
        return False
    # what it says: a clause, a colon after it, or a quotation before its subject
    doc = verb.doc
    colon = verb.i + 1 < len(doc) and doc[verb.i + 1].text == ":"
    quoted = subj.left_edge.i > 0 and any(t.is_quote for t in doc[max(0, subj.left_edge.i - 2) : subj.left_edge.i])
    return colon or quoted or any(c.dep_ == "ccomp" for c in verb.children)


def find_cues(parsed: ParsedText, sent: Sentence) -> list[Cue]:
    cues: list[Cue] = []
    for tok in sent.span:
        lemma = _verb_lemma(tok) if tok.pos_ in {"VERB", "AUX"} else tok.lemma_.lower()
        pos = sent.offset(tok)
        if _in_quote(parsed, pos):
            continue
        # according to X, ...
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            to = tok.doc[tok.i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            pcomp = next((c for c in to.children if c.dep_ == "pcomp"), None)
            if pobj is None and pcomp is None:
                continue
            # "according to show insiders": the parser may read the phrase as a clause
            src = source_phrase(pobj) if pobj is not None else _trim_ends(sorted(pcomp.subtree, key=lambda t: t.i))
            if tok.i <= sent.span[0].i + 1:
                # "According to the new rules, men and women will be ...": the parser may join the
                # clause's subject to the source as a conjunct after the comma; it stops there
                for c in src:
                    end = max(t.i for t in c.subtree)
                    if (
                        c.dep_ == "conj"
                        and c.nbor(-1).text == ","
                        and end + 1 < len(c.doc)
                        and c.doc[end + 1].pos_ in {"AUX", "VERB"}
                    ):
                        src = [t for t in src if t.i < c.i - 1]
                        break
            src_end = max(t.i for t in src)
            # content: the rest of the sentence outside "according to X"
            first, last = sent.span[0].i, sent.span[-1].i
            lead = None
            if tok.i <= first + 1:
                a = sent.offset(tok.doc[min(src_end + 1, last)])
                b = sent.end
            else:
                a, b = sent.start, pos
                rest = tok.doc[src_end + 1 : last + 1]
                if (
                    tok.doc[tok.i - 1].text == ","
                    and len(rest) > 1
                    and rest[0].text == ","
                    and rest[1].dep_ != "cc"  # "Prices rose, according to X, and wages fell": X said the first
                    and any(t.pos_ in {"VERB", "AUX"} for t in rest)
                ):
                    # "The deal, according to officials, was signed": the words on both sides
                    lead = trim(sent.source, a, b)
                    a, b = sent.offset(rest[0]), sent.end
            a, b = trim(sent.source, a, b)
            cues.append(
                Cue(
                    tok,
                    "according_to",
                    src,
                    (a, b) if b > a else None,
                    (pos, sent.offset_end(to)),
                    forward=True,
                    lead=lead,
                )
            )
            continue
        noun_cue = _noun_cue(sent, tok) or _demand_noun(sent, tok)
        if noun_cue is not None:
            cues.append(noun_cue)
            continue
        # "But Trump claims that he ...": a verb of saying the tagger took for a plural noun, though
        # the parser gave it a subject and a clause
        mistagged = (
            tok.pos_ == "NOUN"
            and tok.tag_ == "NNS"
            and lemma in lx.SPEECH_VERBS
            and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
            and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)
        )
        if tok.pos_ not in {"VERB", "AUX"} and not (tok.pos_ == "NOUN" and lemma in lx.NOUN_CUES) and not mistagged:
            continue
        light = _light_object(tok) if lemma in lx.LIGHT_VERBS and tok.pos_ == "VERB" else None
        is_light = light is not None
        # "..., as a Homeland Security memo put it": the words before are the memo's
        put_it = (
            lemma == "put"
            and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
            and any(c.lower_ == "as" and c.dep_ in {"mark", "advmod"} for c in tok.children)
        )
        if tok.pos_ == "NOUN" and not mistagged:
            continue
        learned = 1.0 if mistagged else cue_model.probability(parsed, sent, tok)
        dismissal = dismisses_report(tok)
        ruled = (
            lemma in lx.SPEECH_VERBS
            or dismissal
            or _speaks_up(tok)
            or is_light
            or put_it
            or _licensed(parsed, sent, tok)
            or _carries_on_quotation(parsed, sent, tok)
            or _document_reads(tok)
        )
        posted = _posts_on_medium(tok) or _goes_on_into_quotation(parsed, sent, tok) or _makes_a_plea(tok)
        # "X, according to the Times, said ...": the outlet relays X's words (``drop_sourcing``); the
        # learned scorer, which saw PolNeAR mark such a verb rarely, does not veto X's own cue
        # (so is one an outlet's closing "..., The Hill reported" relays: "A judge ruled that ...")
        relayed = (lemma in lx.SPEECH_VERBS and any(c.lower_ == "according" for c in tok.children)) or (
            _relayed_by_outlet(tok)
        )
        # a phrasal verb of turning down a claim or report ("batted down allegations that ...") is
        # rare enough that the scorer has seen few of them: the rule stands on its own
        # (only where what it turns down has a clause that says what the claim was: "reports that
        # she would resign", not "the suggestion and the reporters left")
        claimed = dismissal and any(
            g.dep_ in {"acl", "ccomp", "relcl"} for c in tok.children if c.dep_ == "dobj" for g in c.children
        )
        if not (posted or learned >= LEARNED_ADD or (ruled and (learned >= LEARNED_VETO or relayed or claimed))):
            continue
        if tok.dep_ in {"amod", "acomp", "oprd", "attr"}:
            continue  # "all but assured": a participle used as an adjective
        if _perceives(tok):
            continue  # "users view his videos", "the film sees Lin give $100": seeing, not saying
        if _adds_a_thing(tok):
            continue  # "the plan would not add jobs": adding a thing, not words
        if _asks_discretion(tok):
            continue  # "who asked for anonymity", "the family asked for privacy": no account
        if _thing_counters_thing(tok):
            continue  # "redistricting would counter those gains": no one turns down anything said
        if _extraposed_it(tok) or _lets_us(tok):
            continue  # "It is important to note that ...", "let's think about ...": the writer's own voice
        if _considers_a_thing(tok):
            continue  # "officials are thinking about the price": turning a thing over, nothing said
        if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and infinitive(tok):
            continue  # "the decision to oppose ...", "the reluctance to talk about ...": a description
        if lemma in lx.SEEMING_VERBS and any(
            c.dep_ == "xcomp" and c.lemma_.lower() not in lx.REPORTING_VERBS for c in tok.children
        ):
            continue  # "This strategy appears to be working": the narrator's hedge, no one's account
        if (
            tok.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in lx.CONDITION_MARKS for c in tok.children)
            and not any(c.dep_ in {"ccomp", "xcomp", "dobj", "prep"} for c in tok.children)
        ):
            continue  # "..., unless they agree": a condition with nothing said of its own, no account
        if tok.lower_ in lx.PARTICIPIAL_PREPOSITIONS and not any(c.dep_ in SUBJECT_DEPS for c in _with_aux(tok)):
            continue  # "..., considering Massachusetts is among ...": a conjunction, not a cue
        if reduced_passive(tok):
            continue  # "a drone strike believed to have been ...", "the man, said to be ...": no one says it
        if (
            speaks_to_someone(tok)
            and not any(
                c.dep_ in {"ccomp", "xcomp"}
                # "spoke to them about the deal" ("on Wednesday" is when)
                or (c.lower_ in {"about", "on", "of"} and any(g.ent_type_ not in {"DATE", "TIME"} for g in c.children))
                for c in tok.children
            )
            and not _quote_follows(parsed, sent, tok)
        ):
            continue  # "X spoke to reporters on Wednesday": whom X addressed, nothing X said
        if lemma == "threaten" and not any(
            c.dep_ in {"xcomp", "ccomp"}
            or (c.dep_ == "prep" and c.lower_ == "with")
            or (c.dep_ == "dobj" and c.lemma_.lower() in lx.THREAT_NOUNS)
            for c in tok.children
        ):
            # "threatening his dream of becoming mayor", "the fire threatened homes": a danger to
            # something; a threat made says what will be done ("threatened a strike", "to sue")
            continue
        # an adverbial "when asked by ...": a question put to the speaker, not an account
        if (
            tok.dep_ == "advcl"
            and any(c.dep_ == "advmod" and c.lower_ in {"when", "as", "after", "before"} for c in tok.children)
            and not (
                any(c.dep_ == "nsubj" for c in tok.children) and any(c.lower_ == "when" for c in tok.children)
            )  # "when Clinton cited ...": a clause with its own speaker is an account
        ):
            continue
        if _completes_said_noun(tok):
            continue
        subjects = _subjects(tok)
        subj = subjects[0] if subjects else None
        # two subjects ("DENVER, Colo. — Leaders of ... said"): the one next to the verb speaks;
        # not the pieces of one name the parser split at a hyphen ("Chong se-hyun")
        before = [c for c in subjects if c.i < tok.i]
        if len(before) > 1 and any(t.whitespace_ for t in tok.doc[before[0].i : before[-1].i]):
            subj = before[-1]
            if _set_off_by_commas(subj):
                # "The families of X and Y, the two journalists beheaded by ISIS, claim ...": the
                # second "subject" is an apposition the parser misread; the first one speaks
                subj = before[0]
        if subj is not None and _in_quote(parsed, sent.offset(subj)):
            # '"... every American," Chairman Mark Meadows said': the parser took a word of the
            # quotation for the subject and the name after it for a conjunct; the quoted words
            # are never who speaks them
            # conjunct, or ('"... Full panic mode," said Leslie Wimes') a second subject after the verb
            outside = [
                c
                for c in [*subj.subtree, *subjects]
                if (c.dep_ in {"conj", "appos"} or c in subjects) and not _in_quote(parsed, sent.offset(c))
            ]
            subj = outside[0] if outside else subj
        if subj is not None:
            # "KANSAS CITY, Mo. — Leaders of the group voted": the parser made the dateline the
            # subject and the phrase after the dash its apposition
            after_dash = [
                c
                for c in subj.children
                if c.dep_ == "appos"
                and c.i > subj.i + 1
                and c.nbor(-1).text in DASHES
                and c.nbor(-1).whitespace_
                and c.nbor(-2).whitespace_  # a spaced dash, not "R-Texas"
            ]
            subj = after_dash[0] if after_dash else subj
        if subj is not None and subj.i < tok.i and (hung := _speaker_hung_on_words(sent, tok, subj)) is not None:
            if not _in_label(sent, hung[0]):
                cues.append(_hung_cue(sent, tok, lemma, *hung))
            continue
        if subj is not None and subj.lower_ == "you" and sent.span.text.rstrip(" \"'”’").endswith("?"):
            continue  # "Don't you know ...?", "Do you think ...?": the one asked is not reporting
        agent = None
        if subj is None:
            for c in tok.children:
                if c.dep_ == "agent":
                    agent = next((g for g in c.children if g.dep_ == "pobj"), None)
            if agent is None and any(c.dep_ == "auxpass" for c in tok.children):
                agent = _agent_past_complement(tok)
        if agent is not None and agent.ent_type_ in {"DATE", "TIME"}:
            continue  # "a ruling is expected by June": a time, not who expects it
        if agent is not None:
            # "a claim that was disputed by X": the content is the phrase that was disputed
            src = source_phrase(agent)
            patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            if tok.dep_ == "relcl":
                # the noun the relative clause hangs on, without the clause
                clause = {t.i for t in tok.subtree}
                content_toks = [t for t in tok.head.subtree if t.i not in clause]
            elif (told := _clause_told(tok)) is not None:
                # "Lawmakers were told by the Pentagon that ...": the subject is who was told
                content_toks = list(told.subtree)
            elif patient is not None:
                # "The story was first reported by the Times": what was reported is the subject
                content_toks = list(patient.subtree)
            else:
                content_toks = [t for t in tok.subtree if t not in src]
            a, b = subtree_offsets(sent, content_toks) if content_toks else (sent.start, sent.end)
            a, b = trim(sent.source, a, b)
            cue_span = _verb_group(sent, tok)
            by = next((c for c in tok.children if c.dep_ == "agent"), None)
            if by is not None and sent.offset(by) - cue_span[1] <= 1:
                cue_span = (cue_span[0], sent.offset_end(by))  # "was first reported by"
            cues.append(
                Cue(
                    tok,
                    "denial" if lemma in lx.DENIAL_VERBS else "indirect",
                    src,
                    (a, b),
                    cue_span,
                    forward=False,
                )
            )
            continue
        borrowed = False
        if subj is None and (patient := next((c for c in tok.children if c.dep_ == "nsubjpass"), None)):
            # "the convention is intended to ...": a passive names no speaker but its agent; "lawmakers
            # were told that ..." names whom someone told, and the reading of the text finds who
            told = _clause_told(tok)
            # (not "were never told that ...", nor "were told why ...": no words told)
            said = told is not None and not _negated_verb(tok) and not _asked(told)
            if said and patient.pos_ in {"NOUN", "PROPN"}:
                a, b = trim(sent.source, *subtree_offsets(sent, list(told.subtree)))
                cue_span = _verb_group(sent, tok)
                cues.append(Cue(tok, "indirect", [], (a, b), cue_span, forward=told.i > tok.i, addressee=patient))
            continue
        if subj is None:
            subj = _inverted_object(tok)
        if subj is None:
            subj = _subject_in_time_phrase(tok)
        if subj is None:
            subj = _name_after_quotation(tok)
        if subj is None and (hung := _speaker_hung_on_words(sent, tok)) is not None:
            if not _in_label(sent, hung[0]):
                cues.append(_hung_cue(sent, tok, lemma, *hung))
            continue
        if subj is None and (words := _subject_hung_on_verb(sent, tok)):
            # "The Michigan-based pro added he ...": the parser hung the subject's words on the verb
            if not _in_label(sent, words[0]):
                cues.append(Cue(tok, _plain_kind(lemma), words, None, _verb_group(sent, tok)))
            continue
        if subj is None:
            subj = _shared_with_clause_before(tok)
        if subj is None:
            subj = _subject_taken_by_participle(tok)
        if subj is None:
            subj = _name_taken_for_adverb(tok)
        if subj is None:
            subj = _name_joined_to_opening_phrase(tok)
        if subj is None:
            subj = _object_taken_for_subject(tok)
        if subj is None:
            subj = _subject_taken_for_object(tok)
        if subj is None:
            subj = _first_to(tok)
        if subj is None and name_taken_for_root(tok):
            # "Bruning, a Republican, blamed Holder": the parser made the name the root and the
            # verb its conjunct
            subj = tok.head
        if subj is None and (owner := _relative_taken_for_subject(tok)) is not None:
            subj = owner
        if subj is None:
            first_report = _second_report(tok)
            if first_report is not None:
                subj = next(iter(_subjects(first_report)), None)
                borrowed = True
            elif _with_absolute(tok):
                subj = tok.head  # "..., with an Iraqi official denying she was his wife": the official
            elif (brought := _with_absolute_split(tok)) is not None:
                subj = brought
            elif tok.dep_ == "acl" and (owner := _document_author(tok.head)) is not None:
                subj = owner  # "the Council's letters saying ...", "which sent letters saying ...": its author
            elif tok.dep_ == "acl" and (voice := _reported_document(tok.head)) is not None:
                subj = voice  # "denied a report saying ...", "a CNN report saying ...": the report's words
            elif tok.dep_ == "advcl" and (quoted := _quoted_source(tok.head) or _object_author(tok)) is not None:
                # "The memo quotes the Council, ... saying ...": the one quoted says it; "obtained the
                # union's memo saying ...": the document's author
                subj = quoted
            elif (
                tok.dep_ == "advcl"
                and tok.tag_ == "VBG"
                and lemma in lx.GROUNDS_VERBS
                and (doer := _passive_agent(tok.head)) is not None
            ):
                # "Farenthold was sued by his former aide, alleging ...": the one who did it gives its
                # grounds (the subject's own reply stays the subject's: "..., denying any wrongdoing")
                subj = doer
                borrowed = True
            elif tok.dep_ == "pcomp" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in lx.PENALTY_NOUNS:
                # "suspensions for referring to a classmate as ...": a gerund that gives a penalty's
                # reason names the punished one's act, not the clause subject's ("issued an apology
                # for suggesting ..." is the subject's)
                continue
            elif (
                tok.dep_ == "acl"
                and tok.tag_ in {"VBN", "VBD"}
                and tok.head.pos_ in {"NOUN", "PROPN"}
                and not any(c.dep_ == "agent" for c in tok.children)
            ):
                nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
                # ("a group called Political Chips", "mentioned as contenders", "accused of spying":
                # a naming or a passive; "rabbis called for a boycott", "members accused protesters
                # of ...": the noun acts)
                naming = lemma in _NAMING_VERBS and nxt is not None and (nxt.pos_ in {"PROPN", "DET"} or nxt.is_title)
                if (
                    tok.tag_ == "VBD"
                    and (_speaker_like(tok.head) or tok.head.tag_ in {"NNS", "NNPS"})
                    and nxt is not None
                    and nxt.pos_ != "PUNCT"
                    and nxt.lower_ not in {"as", "by", "of", "in", "with", "at"}
                    and not naming
                ):
                    # "a news channel 10 News revealed Tridevil had filed ...": a finite verb the
                    # parser hung on its own subject
                    subj = tok.head
                elif tok.tag_ == "VBD" and not naming and any(c.dep_ in {"dobj", "ccomp"} for c in tok.children):
                    # "members of Congress preparing to vote on the legislation accused protesters
                    # of ...": a finite verb with its object, hung on a word before it
                    subj = _climb_subject(tok.head)
                    borrowed = True
                else:
                    # "politicians mentioned as contenders": a past participle on a noun says what
                    # was done to that noun, by no one named; the clause's subject did not say it
                    continue
            elif (
                tok.dep_ in {"advcl", "acl", "xcomp", "conj", "pcomp"}
                or tok.tag_ in {"VBG", "VBN"}
                # "He paused, then added: ...": a second verb the parser left unattached
                or (tok.dep_ == "dep" and tok.head.i < tok.i and tok.head.pos_ == "VERB")
            ):
                subj = _climb_subject(tok.head)
                borrowed = True
                to_do = tok.dep_ in {"xcomp", "advcl"} and infinitive(tok) and tok.head.pos_ == "VERB"
                if subj is None and to_do and (words := _subject_hung_on_verb(sent, tok.head)):
                    # "The 28-year-old took to Instagram to blast ...": the host's subject, misparsed
                    if not _in_label(sent, words[0]):
                        kind = "denial" if dismissal else _plain_kind(lemma)
                        cues.append(Cue(tok, kind, words, None, _verb_group(sent, tok), borrowed=True))
                    continue
                reporter = _reporter_between(subj, tok)
                if reporter is not None:
                    subj = reporter
            if subj is not None and borrowed and _in_quote(parsed, sent.offset(subj)):
                # "Asserting that ..., he said, “The issue here is ...”": the parser hung the
                # participle on the quoted clause; the subject of the cue set into it speaks, never
                # a word of the quotation
                inserted = [c for c in subj.head.children if c.dep_ == "parataxis" and _subjects(c)]
                subj = _subjects(inserted[0])[0] if inserted else None
            if subj is None:
                continue
        if _in_label(sent, subj):
            continue  # "Skepticism: Now, viewers have questioned ..., citing ...": a caption's label
        inverted = _inverted_speaker(sent, tok, subj)
        if inverted is not None:
            # "Her comments, said Josh Earnest, are consistent ...": the parser took the words
            # before the cue for its subject and the speaker's name for the reported clause's
            name, lead, rest = inverted
            cues.append(Cue(tok, "indirect", _np(name), rest, _verb_group(sent, tok), lead=lead))
            continue
        if (
            borrowed
            and tok.tag_ == "VBN"
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
            and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children)
        ):
            continue  # "listed as threatened", "as expected": a passive participle, no one speaks
        if borrowed and subj.lower_ == "which":
            continue  # "an event, which can be found online, ... advocating for": things do not advocate
        antecedent = None
        # "Republicans in Alabama, several of whom dismissed ...": some of those the pronoun stands for
        share_of = next(
            (
                g
                for c in subj.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj" and g.lower_ in {"whom", "which"}
            ),
            None,
        )
        if share_of is not None:
            # (only where the parser hung the clause on a noun; otherwise the phrase speaks as before)
            rel = next((t for t in [subj.head, *subj.head.ancestors] if t.dep_ == "relcl"), None)
            if rel is None or rel.head.pos_ not in {"NOUN", "PROPN", "PRON"}:
                share_of = None
        if (subj.tag_ in {"WP", "WDT"} and subj.lower_ in {"who", "which", "that"}) or share_of is not None:
            # "lawmakers, who have questioned ...": the pronoun is the source, its noun the speaker
            rel = next((t for t in [subj.head, *subj.head.ancestors] if t.dep_ == "relcl"), None)
            if rel is None or rel.head.pos_ not in {"NOUN", "PROPN", "PRON"}:
                continue
            if lemma in lx.INTENT_VERBS and lemma not in lx.SPEECH_VERBS:
                continue  # "demonstrators who refused to disperse": a description, not an account
            person = subj.lower_ == "who" or (share_of is not None and share_of.lower_ == "whom")
            antecedent = _np(_person_antecedent(rel.head) if person else rel.head)
            src = sorted(subj.subtree, key=lambda t: t.i) if share_of is not None else [subj]
        elif subj.lower_ in {"that", "which", "what", "who", "this", "there"}:
            continue
        elif subj.lower_ in {"nothing", "nobody", "none"} or (
            subj.lower_ == "one" and subj.i > 0 and subj.nbor(-1).lower_ == "no"
        ):
            continue  # "Nothing in the emails supports ...": the narrator's finding, no one's account
        elif subj.lower_ == "it" and lemma in lx.SEEMING_VERBS:
            continue  # "it seems unlikely that ...": no one's account
        elif lemma in lx.INTENT_VERBS and subj.lemma_.lower() in lx.INSTRUMENT_NOUNS:
            continue  # "The law aims to protect ...": what a law is for, no one's account
        elif (
            lemma not in lx.SPEECH_VERBS
            and subj.lemma_.lower() in lx.EVENT_NOUNS
            and not _quote_follows(parsed, sent, tok)
        ):
            continue  # "The visit has further challenged the relationship": an event says nothing
        else:
            src = source_phrase(subj)
            if tok.head.i == subj.i:
                # the verb hangs from its subject (the parser's conjunct): the phrase stops before it
                src = _trim_ends([t for t in src if t.i < tok.i]) or [subj]
        if not any(t.is_alpha for t in src) and any(t.text[:1] in "+-−" for t in src):
            # "EBAY -0.77% announced ...": a stock quote the parser took for the subject names no
            # one ("62% said", a share of those asked, does)
            continue
        kind = "denial" if dismissal else _plain_kind(lemma)
        # "Said Ellis: ..." : a sentence that opens with the cue reports what follows its source
        forward = (borrowed or subj.i < tok.i or tok.i == sent.span[0].i) and not put_it
        extent = None
        if antecedent is None and tok.head.i == subj.i:
            extent = src  # the name the parser made the root: its phrase, as cut above
        elif antecedent is None:
            # "E-mails released by ...": the phrase hangs on the last piece of a split word
            pieces = {*_source_extent(subj, tok), *_source_extent(word_head(subj), tok)}
            extent = sorted(pieces, key=lambda t: t.i)
        cue_span = _verb_group(sent, tok)
        if put_it:
            cue_span = (cue_span[0], sent.offset_end(tok.nbor(1)) if tok.nbor(1).lower_ == "it" else cue_span[1])
        if light is not None:
            cue_span = (cue_span[0], max(cue_span[1], sent.offset_end(light)))  # "made the case for"
        content = None
        if put_it and tok.dep_ == "advcl" and tok.head.i > tok.i:
            # "As Sen. Paul put it, "Libya was ..."": the clause the cue is set before is what was said
            after = tok.right_edge.i + 1
            if after <= sent.span[-1].i:
                a, b = trim(sent.source, sent.offset(tok.doc[after]), sent.end)
                content = (a, b) if b > a else None
        cues.append(
            Cue(
                tok,
                kind,
                src,
                content,
                cue_span,
                forward=forward,
                borrowed=borrowed,
                antecedent=antecedent,
                extent=extent,
            )
        )
    # "Voters were told that ..., according to Mayor Lee": the sentence names the source of the
    # telling itself (a cue whose content holds it)
    # ... or reports someone's words inside what was told ("were told that X while Y said Z")
    cues = [
        c
        for c in cues
        if c.addressee is None
        or not any(
            o.source
            and (
                (o.content is not None and o.content[0] <= sent.offset(c.verb) < o.content[1])
                or (c.content is not None and c.content[0] <= sent.offset(o.verb) < c.content[1])
            )
            for o in cues
        )
    ]
    return cues


def _inverted_speaker(
    sent: Sentence, verb: Token, subj: Token
) -> tuple[Token, tuple[int, int], tuple[int, int]] | None:
    """'The plan, said Mr. Lee, will fail': the name after a verb of saying set off by commas is
    its speaker, and the words before and after are what it reports. Returns the name's head and
    the reported words before and after the aside (character offsets), or None."""
    doc = verb.doc
    if verb.lemma_.lower() not in lx.PLAIN_SPEECH_VERBS or subj.i > verb.i:
        return None
    words = [t.i for t in subj.subtree if not t.is_punct]
    if not words:
        return None  # a "subject" of punctuation alone, where the parser was lost
    subj_end = max(words)
    if doc[verb.i - 1].text != "," or subj_end != verb.i - 2:
        return None

    # the name, after at most a title ("said Mayor Ann Lee")
    def named(t: Token) -> bool:
        # a name the recogniser missed counts when the parser makes it the verb's subject ("said Haas")
        return t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.dep_ == "nsubj" and t.head.i == verb.i)

    k = verb.i + 1
    while k < min(len(doc), verb.i + 4) and not named(doc[k]) and doc[k].pos_ == "PROPN":
        k += 1
    if k >= len(doc) or not named(doc[k]):
        return None
    head = doc[k]
    while head.head.ent_type_ == "PERSON" and head.head.i > head.i:
        head = head.head  # "Josh Earnest": the head of the name
    if head.dep_ not in {"nsubj", "nsubjpass"} or not (head.head.i == verb.i or head.head.i > head.i):
        return None
    # the aside ends at the comma after the name and its apposition
    comma = max(t.i for t in head.subtree if not t.is_punct) + 1
    if comma + 1 >= sent.span.end or doc[comma].text != ",":
        return None
    lead = trim(sent.source, sent.offset(doc[subj.left_edge.i]), sent.offset_end(doc[subj_end]))
    rest = trim(sent.source, sent.offset(doc[comma + 1]), sent.end)
    return head, lead, rest


def _second_report(verb: Token) -> Token | None:
    """'X said he would order a review and warned against ...': a reporting verb in the simple past
    coordinated with the backshifted clause ("would order", "had battled", "was opposed") of a
    reporting verb is a second report of that verb's speaker, not part of the first one. Returns
    the first reporting verb."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ != "ccomp" or head.head.pos_ != "VERB":
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        return None
    if any(c.dep_ == "auxpass" for c in head.children):
        return None  # "were stopped and questioned": one passive auxiliary, two participles
    # "would order", "had battled", and a past copula ("was opposed"), which reported speech
    # shifts back from the present
    backshifted = head.tag_ != "VBD" or any(c.dep_ == "aux" for c in head.children) or head.lemma_ == "be"
    if not backshifted or head.head.tag_ != "VBD" or head.head.lemma_.lower() not in lx.REPORTING_VERBS:
        return None
    return head.head


def _trailing_participle(verb: Token) -> bool:
    """'X said he didn't believe it, arguing that ...': a reporting participle set off by a comma
    at the end of the sentence goes on with the speaker's account, even where the parser hung it
    on a verb of the reported clause."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.lemma_.lower() not in lx.SPEECH_VERBS:
        return False
    if not any(c.dep_ in {"ccomp", "oprd"} for c in verb.children):
        return False  # "..., adding more acrimony to the visit": no words reported
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark", "advmod"} and c.i < verb.i for c in verb.children):
        return False
    first = min(t.i for t in verb.subtree)
    doc = verb.doc
    if first == 0 or doc[first - 1].text != ",":
        return False
    last = max(t.i for t in verb.subtree)
    sent_end = verb.sent.end
    return all(t.is_punct or t.is_space for t in doc[last + 1 : sent_end])


def _set_off_by_commas(tok: Token) -> bool:
    """The phrase stands between two commas (", the two journalists beheaded by ISIS,")."""
    sub = list(tok.subtree)
    first, last = sub[0].i, sub[-1].i
    doc = tok.doc
    if first == 0 or doc[first - 1].text != ",":
        return False
    return doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",")


def _object_of(noun: Token, frame: set[int]) -> bool:
    """Whether a noun is in the object of a frame cue ("quotes the U.S. Conference of Catholic
    Bishops"), not in the clause it reports."""
    tok = noun
    for _ in range(6):
        if tok.dep_ in {"dobj", "prep"} and tok.head.i in frame:
            return True  # "quotes the Conference ...", "pointed to the Budget Office, which ..."
        if tok.dep_ not in {"pobj", "prep", "compound", "appos", "conj"} or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _goes_on_to(verb: Token) -> bool:
    """'going on to suggest', 'went on to say': the verb after "go on to"."""
    go = verb.head
    return (
        verb.dep_ == "xcomp"
        and go.lemma_.lower() == "go"
        and any(c.dep_ == "prt" and c.lower_ == "on" for c in go.children)
    )


def _time_clause_after_comma(verb: Token) -> bool:
    """'..., shortly after the military said ...', '..., hours before the union said ...': a clause
    of time set off by a comma after what it hangs on."""
    return (
        verb.dep_ == "advcl"
        and verb.head.i < verb.i
        and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS and c.i < verb.i for c in verb.children)
        and verb.left_edge.i > 0
        and verb.doc[verb.left_edge.i - 1].text == ","
    )


def drop_nested(cues: list[Cue]) -> list[Cue]:
    """A cue inside the reported clause of another ("X said Y believes ...") is part of X's account."""
    verbs = {c.verb.i for c in cues}

    def nested(cue: Cue, frame: set[int]) -> bool:
        v = cue.verb
        doc_tokens = v.doc
        if cue.kind == "according_to" or not ({t.i for t in v.ancestors} & (frame - {v.i})):
            return False
        # "said Mr. Kamin, who emphasized that ...": a cue in the source of a frame cue is no part
        # of what that cue reports
        step = v
        between: list[Token] = []
        while step.head.i != step.i and step.head.i not in frame:
            step = step.head
            between.append(step)
        if step.dep_ in {"nsubj", "nsubjpass"}:
            return False
        if v.dep_ == "relcl" and step.dep_ == "prep" and step.i < step.head.i:
            return False  # "For those who called it waste, supporters noted ...": those people's own words
        if step.dep_ == "agent" and not any(t.i in verbs for t in between):
            return False  # "was criticised by the union, which said ...": the passive's speaker speaks
        if any(_concession_after_point(t) for t in between):
            # "X condemned it, despite claims from Y that ...", "X praised his decision, over
            # criticism from Y that ...": Y's account of its own
            return False
        if any(_while_clause(t) for t in [v, *between]):
            return False  # "X called on him to quit, as the congressman vowed to stay": his own
        if _second_report(v):
            return False
        host = next((c for c in cues if c.verb.i in frame and c.verb in v.ancestors), None)
        if v.pos_ == "NOUN" and cue.source == [v]:
            return False  # "defended the deal against criticism that ...": others' words, no one named
        if host is not None and host.kind == "denial" and (_document_voice(cue) or v.pos_ == "NOUN"):
            # "pushed back on an AP article accusing ...": the article's words, which are denied;
            # "rejected allegations by officials in Gaza that ...": those officials' words
            return False
        if host is not None and _trailing_participle(v):
            # the speaker is the frame cue's, not the subject of the clause the parser hung it on
            cue.source, cue.antecedent, cue.extent = host.source, host.antecedent, host.extent
            return False
        # "his donations, which he said were ...": a relative clause that names its own speaker is
        # that speaker's aside on the noun, an account of its own
        if v.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"} for c in v.children):
            return False
        # "X endorsed Trump, who says he is honored": a relative clause set off by a comma is the
        # noun's own account, not part of what X's cue reports
        # "quotes the Conference of Bishops, which wrote ...": so is one a named body says, when the
        # body is what the frame cue acts on ("said the Paris Agreement, which calls for cuts, is a
        # disaster" keeps the clause inside what was said)
        named_object = (v.head.ent_type_ == "ORG" or v.head.pos_ == "PROPN") and _object_of(v.head, frame)
        if v.dep_ == "relcl" and any(
            c.dep_ == "nsubj"
            and (c.lower_ == "who" or (c.lower_ == "which" and named_object))
            and c.i > 0
            and c.nbor(-1).text == ","
            for c in v.children
        ):
            return False
        # "X says A but police say B": a coordinated cue with its own named subject and no
        # "that" is a second account, not part of the first one's content
        own_subject = any(c.dep_ == "nsubj" and c.lower_ not in PRONOUNS for c in v.children)
        if v.dep_ == "conj" and own_subject and not any(c.dep_ == "mark" for c in v.children):
            return False
        # "X adds that A; Y also points out that B", "X says A; Y says B": two cues a semicolon
        # parts, each with its own subject on its side of it, are two accounts, whichever of them
        # the parser hung on the other; so are two a dash parts ("X said A -- B, Y say", "Police
        # said A -- witnesses said B"), but not an aside of "as" or "while" between dashes ("X said
        # -- as her aides had told reporters -- that ...")
        governor = next((a for a in v.ancestors if a.i in frame), None)
        if governor is not None:
            lo, hi = sorted((v.i, governor.i))
            aside = v.dep_ == "advcl" or any(c.dep_ == "mark" for c in v.children)
            breaks = {";"} | (_DASHES if v.i < governor.i or not aside else set())
            semis = [k for k in range(lo + 1, hi) if doc_tokens[k].text in breaks]
            if semis and all(
                any(
                    c.dep_ in {"nsubj", "nsubjpass"}
                    and (c.i < semis[0]) == (x.i < semis[0])
                    # "...; profits, she said, would fall": an aside inside one account (a
                    # speaker named there, "..., analysts say, ...", is another one)
                    and not (
                        c.lower_ in PRONOUNS
                        and c.i > 0
                        and doc_tokens[c.i - 1].text == ","
                        and x.i + 1 < len(doc_tokens)
                        and doc_tokens[x.i + 1].text == ","
                    )
                    for c in x.children
                )
                for x in (v, governor)
            ):
                return False
        # "X said ..., adding that ...", "X mocked it, saying ...", "X said ... but noted that ...":
        # a second cue hanging from a cue of the frame as an adjunct or a coordinate is its own account
        if v.dep_ == "pcomp" and v.head.lower_ == "by" and v.head.head.i in frame:
            return False  # "X replied by saying ...": what X said in replying is an account of its own
        # "Although Trump has admitted X, he ...", "After aides insisted that X, the president ...":
        # a subordinate clause set before the cue it hangs from, with a speaker of its own, is that
        # speaker's account, not part of what the later cue reports
        if (
            v.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.i < v.i for c in v.children)
            and any(c.dep_ == "nsubj" and c.i < v.i for c in v.children)
            and all(v.i < f for f in frame if doc_tokens[f] in v.ancestors)
        ):
            return False
        if v.dep_ == "pcomp" and v.head.lower_ == "with" and own_subject:
            return False  # "X rejected it, with Y saying ...": Y's words, an account of Y's own
        if _time_clause_after_comma(v) and own_subject:
            return False  # "X said A, shortly after Y said B": the narrator's time, Y's own account
        # "X insisted that A - despite the fact one witness is claiming B": a concession set off by
        # a comma or a dash that brings in another speaker is that speaker's account
        host = next((a.i for a in v.ancestors if a.i in frame), None)
        if host is not None and _trailing_concession(doc_tokens, host + 1, v.i + 1) is not None:
            return False
        # "..., she said, going on to suggest ...": the verb "go on to" brings in is that adjunct
        at = v.head if _goes_on_to(v) else v
        return not (at.head.i in frame and at.head.i < at.i and at.dep_ in {"advcl", "conj"})

    # "Some officials have speculated that ..., the AP reported": an outlet that reports another
    # speaker's account only relays it; the account is that speaker's
    relaying = {c.verb.i for c in cues if _outlet_relays(c, cues)}
    for r in cues:
        if r.verb.i not in relaying:
            continue
        # the outlet's words closing the sentence ("..., The Hill reported") are no part of what
        # any account before them reports
        words = [r.verb.i, *(t.i for t in r.source)]
        tail = r.verb.doc[max(words) + 1 : r.verb.sent.end]
        if all(t.is_punct for t in tail):
            for o in cues:
                if o.verb.i < min(words):
                    o.relayed_at = min(words)
    cues = [c for c in cues if c.verb.i not in relaying]
    # "Back home, Mr. Lee said, he decided to run": a cue set off by commas inside the sentence
    # reports the whole of it, the verb it hangs from included
    inserted = {c.verb.head.i for c in cues if is_medial(c)}
    cues = [c for c in cues if c.verb.i not in inserted]
    verbs = {c.verb.i for c in cues}
    # the frame: cues no other cue governs; then the cues hanging from the frame as adjuncts
    frame = {c.verb.i for c in cues if not ({t.i for t in c.verb.ancestors} & (verbs - {c.verb.i}))}
    return [c for c in cues if not nested(c, frame) or c.verb.i in frame]


_OUTLET_NOUNS = frozenset("newspaper paper agency outlet network magazine tabloid site channel broadcaster".split())


def _asks_discretion(verb: Token) -> bool:
    """'asked for anonymity', 'requested privacy': what the source asks for is to be left unnamed
    or alone, not a point of the story; nor is what they were not allowed to discuss ("who spoke
    on condition of anonymity to discuss personnel matters")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"
    ]
    if any(o.lemma_.lower() in lx.DISCRETION_NOUNS for o in objects):
        return True
    if verb.lemma_.lower() in {"speak", "talk"} and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(t.lemma_.lower() in lx.DISCRETION_NOUNS for t in c.subtree)
        for c in verb.children
    ):
        return True  # "spoke on condition of anonymity": how, not what, they spoke
    granted = verb.head if verb.dep_ in {"xcomp", "advcl", "acl"} and infinitive(verb) else None
    if granted is not None and granted.lemma_.lower() in {"authorize", "allow", "permit", "clear"}:
        return True  # "officials (not) authorized to discuss the killing": leave to speak, nothing said
    return granted is not None and any(
        t.lemma_.lower() in lx.DISCRETION_NOUNS and t.dep_ == "pobj" and t.head.lower_ in {"of", "on"}
        for t in granted.subtree
        if t.i < verb.i
    )


# adjectives that say what the subject of their infinitive is disposed or bound to do ("it is
# likely to say", "it was quick to deny"): there "it" stands for someone, a company or a paper
_DISPOSED = frozenset(
    "likely unlikely certain sure bound set due poised able unable ready willing unwilling prepared quick slow"
    " keen eager reluctant hesitant free careful apt liable inclined determined happy glad proud afraid anxious"
    " loath desperate first last expected about going".split()
)


def _extraposed_it(verb: Token) -> bool:
    """'It is important to note that ...', 'it's worth remembering that ...', 'It would be wrong to
    suggest that ...': the infinitive is what the adjective judges, and "it" stands for no one; the
    writer speaks. Not where "it" is disposed to an act it does ("it is likely to say that ...")."""
    if verb.dep_ != "xcomp" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    head = verb.head
    judged = [c for c in head.children if c.dep_ == "acomp" and c.pos_ == "ADJ"]
    if head.pos_ == "ADJ" and head.dep_ == "acomp":
        judged, head = [head], head.head
    subjects = [c for c in _with_aux(head) if c.dep_ in SUBJECT_DEPS | {"expl"}]
    return (
        head.lemma_.lower() == "be"
        and bool(judged)
        and not any(a.lower_ in _DISPOSED for a in judged)
        and any(s.lower_ == "it" for s in subjects)
    )


def _lets_us(verb: Token) -> bool:
    """'Let's take a step back and think about ...', 'let us consider ...': the writer urging the
    reader on; "us" is no one whose account is told."""
    tok = verb
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return (
        tok.dep_ == "ccomp"
        and tok.head.lemma_.lower() == "let"
        and any(c.dep_ in SUBJECT_DEPS and c.lower_ in {"'s", "’s", "us"} for c in tok.children)
    )


def _considers_a_thing(verb: Token) -> bool:
    """'Officials are thinking about the price': "think about" a thing, with no clause of what is
    thought, is turning it over, not a view told."""
    return (
        verb.lemma_.lower() == "think"
        and any(c.dep_ == "prep" and c.lower_ == "about" for c in verb.children)
        and not any(c.dep_ in {"ccomp", "xcomp", "dobj", "parataxis"} for c in verb.children)
    )


def _relative_taken_for_subject(verb: Token) -> Token | None:
    """'Alex Poulter, who co-founded a group called X, also disputed the allegations': the parser
    made the relative clause the verb's clausal subject; the one the clause is about speaks (the
    name or noun right before the comma and "who")."""
    clause = next((c for c in verb.children if c.dep_ == "csubj"), None)
    if clause is None:
        return None
    own = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    if own is not None and any(t.lower_ == "who" for t in verb.doc[own.i : clause.i]):
        return own  # ("Poulter, who co-founded ...": the parser split "co-founded" and took Poulter for its subject)
    if clause.left_edge.lower_ not in {"who", "which"}:
        return None
    i = clause.left_edge.i - 1
    if i > 0 and verb.doc[i].text == ",":
        i -= 1
    owner = verb.doc[i] if i >= 0 else None
    return owner if owner is not None and owner.pos_ in {"PROPN", "NOUN"} else None


# nouns of something said: what "add" adds as words ("added a warning"), and what a verb of
# denying turns down when it denies something said ("countered the claim", "dismissed the idea")
_WORDS_NOUNS = lx.NOUN_CUES | lx.REPORT_NOUNS | lx.CLAIM_NOUNS | lx.STATEMENT_NOUNS
_ADDED_WORDS = _WORDS_NOUNS | lx.LIGHT_NOUNS | {"voice"}
_DENIABLE_NOUNS = _WORDS_NOUNS | lx.PROPOSITION_NOUNS | lx.SUPPOSING_NOUNS

_NAMING_VERBS = frozenset("call name dub title label nickname brand term".split())


def _thing_counters_thing(verb: Token) -> bool:
    """'redistricting would appear to counter those gains', 'the drug contradicts the effect of
    aspirin': a verb of denying whose subject is no one who speaks (nor a document) and whose
    object is no thing said, with no clause of what is denied, is no rebuttal; "the report
    contradicts his account" and "the senator countered the criticism" still are."""
    if verb.lemma_.lower() not in lx.DENIAL_VERBS:
        return False
    subjects = _subjects(verb)
    if not subjects and verb.dep_ == "xcomp":
        subjects = _subjects(verb.head)  # "would appear to counter": the subject of "appear"
    said = _DENIABLE_NOUNS
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return (
        bool(subjects)
        and bool(objects)
        # (a plural may be people the lexicon does not know: "Opponents disputed the figures")
        and not any(
            _speaker_like(s) or s.tag_ != "NN" or s.lemma_.lower() in lx.DOCUMENT_NOUNS | said for s in subjects
        )
        and not any(o.lemma_.lower() in said or o.pos_ in {"PROPN", "PRON"} for o in objects)
        and not any(g.dep_ in {"acl", "ccomp", "relcl"} for o in objects for g in o.children)
        # ("dismissed the possibility of it being real": what is turned down is a supposition)
        and not any(x.dep_ == "pcomp" for o in objects for g in o.children if g.dep_ == "prep" for x in g.children)
        and not any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children)
    )


def _adds_a_thing(verb: Token) -> bool:
    """'the plan would not add jobs', 'added 200 jobs last year': "add" whose object is a thing a
    thing adds, or a count, with no clause, no quotation and no word of saying ("added a warning
    that ...", "added his support") is no cue; a person who adds something ("added a jab at the
    governor") still speaks."""
    if verb.lemma_.lower() != "add":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    said = _ADDED_WORDS
    if (
        not objects
        or any(o.lemma_.lower() in said for o in objects)
        or any(g.dep_ in {"acl", "ccomp", "relcl"} for o in objects for g in o.children)
        or any(c.dep_ in {"ccomp", "parataxis", "xcomp"} for c in verb.children)
        or any(t.text == ":" for t in verb.doc[verb.i : verb.sent.end])  # "added a caveat: ..."
    ):
        return False
    counted = any(o.pos_ == "NUM" or any(g.dep_ == "nummod" for g in o.children) for o in objects)
    subjects = _subjects(verb)
    # a document adds words ("The inspector's statement adds confusion over ..."); a plan adds jobs
    no_one = bool(subjects) and all(
        s.lower_ in _THINGS or not (_speaker_like(s) or s.lemma_.lower() in lx.DOCUMENT_NOUNS) for s in subjects
    )
    return counted or no_one


def _perceives(verb: Token) -> bool:
    """'view' or 'regard' with no "as" ("view his videos"), and 'see' or 'watch' someone do
    something ("the film sees Lin give $100"): seeing, no stance or account."""
    lemma = verb.lemma_.lower()
    if lemma in {"view", "regard"}:
        # "views X as a threat", "views X more favorably", "regards X with suspicion" judge X
        return not any(
            t.lower_ in {"as", "with"} or t.dep_ == "advmod" for c in verb.children for t in (c, *c.children)
        )
    if lemma in {"see", "watch"}:
        # "sees Lin give $100": an object, then a bare verb with no "that" and no subject of its own
        bare = [
            c
            for c in verb.children
            if c.dep_ in {"ccomp", "xcomp"}
            and c.tag_ in {"VB", "VBP", "VBG"}
            and not any(k.dep_ in {"nsubj", "mark", "aux"} for k in c.children)
        ]
        return bool(bare) and any(c.dep_ == "dobj" and c.i < bare[0].i for c in verb.children)
    return False


_LABEL = re.compile(r"\s*([^:\n]{1,40}?):\s+\S")


def _in_label(sent: Sentence, tok: Token) -> bool:
    """Whether a word lies in a short label that opens a paragraph before a colon ("Skepticism:",
    "Another video:") and names no one: a caption's heading, no speaker of what follows."""
    m = _LABEL.match(sent.paragraph.text)
    return (
        m is not None
        and len(m.group(1).split()) <= 3
        and tok.idx < m.end(1)
        # "He says:", "Sanders:": a label that names a speaker or holds a verb introduces words
        and not any(
            t.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or t.pos_ in {"VERB", "AUX", "PRON"}
            for t in tok.doc
            if t.idx < m.end(1)
        )
    )


def _relayed_by_outlet(verb: Token) -> bool:
    """Whether a verb with a named subject of its own is the clause a news outlet reports after it
    ("A judge ruled that ..., The Hill reported")."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head.lemma_.lower() == "report"
        and head.i > verb.i
        and any(c.dep_ == "nsubj" and c.lower_ not in PRONOUNS and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)
        and any(
            c.dep_ == "nsubj" and (c.ent_type_ == "ORG" or c.lemma_.lower() in _OUTLET_NOUNS) for c in head.children
        )
    )


def _outlet_relays(cue: Cue, cues: list[Cue]) -> bool:
    """Whether a cue is a news outlet reporting ("the AP reported", "Reuters reported") a clause
    that is another speaker's account, with that speaker named, not a pronoun."""
    if cue.kind == "according_to" or cue.verb.lemma_.lower() != "report" or not cue.source:
        return False
    if cue.verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _CONCESSIVE | {"while"} for c in cue.verb.children
    ):
        # "Although Ajel reported that ..., the source said ...": a report set against another
        # speaker's words in a clause of its own is the outlet's account, not a relay of theirs
        return False
    ids = {t.i for t in cue.source}
    head = next((t for t in cue.source if t.head.i not in ids or t.head.i == t.i), cue.source[-1])
    outlet = head.ent_type_ == "ORG" or head.lemma_.lower() in _OUTLET_NOUNS
    return outlet and any(
        o is not cue
        and (o.verb.head.i == cue.verb.i or cue.verb.head.i == o.verb.i)
        # an act of saying ("officials have speculated") or a court's ruling ("a judge ruled that
        # ..."), not a stance the outlet ascribes ("the group has decided to accept cuts", which
        # is the outlet's account of the group)
        and o.verb.lemma_.lower() in lx.SPEECH_VERBS | {"rule"}
        and o.source
        and not all(t.lower_ in PRONOUNS or t.pos_ in {"DET", "PRON"} for t in o.source)
        for o in cues
    )


_CONCESSIVE = frozenset(["despite", "although", "though", "amid", "notwithstanding", "whereas"])
_SETTING_OFF = frozenset([",", "-", "--", "—", "–"])  # what sets a concession off


def _sourced_words(prep: Token) -> bool:
    """A preposition whose object is a noun of saying with a source and a clause of its own ("over
    criticism from Democrats that ...", "despite claims from X that ...")."""
    return prep.dep_ == "prep" and any(g.dep_ == "pobj" and _sourced_noun(g) for g in prep.children)


def _concession_after_point(tok: Token) -> bool:
    """Whether a token opens a concession set off by a comma after the verb it hangs from
    ("..., despite claims from Y that ...", "..., over objections from Y that ...")."""
    marker = tok if tok.dep_ == "prep" else next((m for m in tok.children if m.dep_ == "mark"), None)
    return (
        tok.dep_ in {"prep", "advcl"}
        and tok.i > tok.head.i
        and marker is not None
        # "praised his decision, over criticism from Democrats that ...": done against their words
        # (not "said, over the phone, that ...")
        and (marker.lower_ in _CONCESSIVE or (marker.lower_ == "over" and _sourced_words(tok)))
        and tok.left_edge.i > 0
        and tok.left_edge.nbor(-1).text == ","
    )


def _trailing_concession(doc: Doc, first: int, last: int) -> Token | None:
    """The mark of a concession that trails a clause and brings in another speaker's saying ("no
    part of it was a hoax - despite the fact one witness is claiming the whole thing was a set-up",
    "..., although critics say it costs too much"), among tokens ``first`` to ``last`` (exclusive):
    set off by a comma or a dash, after a verb of the clause it trails (not "the plan, although
    critics say it is costly, would ..."), outside a quotation, and with a verb of saying whose
    named subject follows the mark closely, with no punctuation between ("despite the slowdown,
    and analysts said" brings in no one); or a preposition of concession whose object is a noun
    of saying with a source of its own ("..., over objections from unions that ..."). None if
    there is none."""
    for k in range(max(first, 1), min(last, len(doc))):
        mark = doc[k]
        # "..., over objections from unions that ...", "..., despite Democratic claims that ...": a
        # noun of saying with its own source (see below)
        sourced = mark.lower_ in _CONCESSIVE | {"over"} and _sourced_words(mark)
        if (mark.lower_ not in _CONCESSIVE and not sourced) or doc[k - 1].text not in _SETTING_OFF:
            continue
        if not any(doc[j].pos_ in {"VERB", "AUX"} for j in range(first, k)):
            continue  # the clause it would trail has no verb yet: a concession inside it
        if sum(t.is_quote and t.tag_ != "POS" for t in doc[mark.sent.start : k]) % 2:
            continue  # inside a quotation: the speaker's own words (not after "the teachers'")
        if sourced and all(t.is_punct for t in doc[mark.right_edge.i + 1 : mark.sent.end]):
            # the source's account, where it closes the sentence (not "sued them, over claims
            # that ..., in federal court last week": the words after it are the host's)
            return mark
        for j in range(k + 1, min(k + 7, len(doc))):
            t = doc[j]
            if t.is_punct:
                break
            verb = t.head
            if (
                t.dep_ == "nsubj"
                and t.lower_ not in PRONOUNS
                and verb.i > j
                and verb.pos_ == "VERB"
                and _verb_lemma(verb) in lx.SPEECH_VERBS  # someone claiming, not officials finding
            ):
                return mark
    return None


def _other_speaker_concession(sent: Sentence, a: int, b: int) -> int | None:
    """Where a content span ends at a concession that brings in another speaker
    (``_trailing_concession``): the offset of the comma or dash that sets it off."""
    toks = [t for t in sent.span if a <= sent.offset(t) < b]
    if not toks:
        return None
    mark = _trailing_concession(toks[0].doc, toks[0].i, toks[-1].i + 1)
    return None if mark is None else sent.offset(mark.nbor(-1))


def _narrated_while(parsed: ParsedText, sent: Sentence, verb: Token) -> int | None:
    """Where a clause of "as" or "while" (``_while_clause``) opens after a cue, in the words it
    would report ("calling on Akin to quit, as the congressman vowed to stay"): the narrator tells
    what someone else did meanwhile. A thing as subject may be the speaker's reason ("prices will
    rise, as demand outstrips supply") and stops nothing."""
    for tok in sent.span:
        if tok.i > verb.i and _while_clause(tok):
            before = tok.left_edge.nbor(-1)
            if before.text != "," and _in_quote(parsed, sent.offset(tok.left_edge)):
                continue  # inside the speaker's quoted words, what follows is theirs
            return sent.offset(before) if before.text == "," else sent.offset(tok.left_edge)
    return None


def _while_clause(tok: Token) -> bool:
    """A clause of "as" or "while" set off by a comma and set after the clause it hangs on, with a
    named person or a role as subject, or a verb of saying (see ``_narrated_while``); with no
    comma, an "as" clause of another's act of taking a side."""
    # (set after the clause it hangs on: "said that, while Democrats control the Senate, the bill
    # will fail" keeps its aside inside what is said)
    if tok.dep_ != "advcl" or tok.head.i > tok.i or tok.left_edge.i == 0:
        return False
    mark = next((m for m in tok.children if m.dep_ == "mark"), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if mark is None or mark.lower_ not in {"as", "while"} or subj is None or mark.i != tok.left_edge.i:
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)
    if tok.left_edge.nbor(-1).text != ",":
        # with no comma, only an "as" clause of another's act of taking a side, as it happens,
        # that ends the sentence: "asked Netflix to pull the film as the director defended
        # it" (not "rise as demand grows", "leave as the mayor arrived", "would fail as workers had
        # warned", "fall as the chief promised and that taxes will drop", nor a comparison: "as
        # wealthy as Trump claims to be", "as many jobs as Obama promised", "the same amount as")
        before = tok.doc[max(mark.i - 6, tok.sent.start) : mark.i]
        compared = any(t.lower_ in {"as", "same", "such", "more", "less", "than"} for t in before)
        last = all(t.is_punct for t in tok.doc[tok.right_edge.i + 1 : tok.sent.end]) and not any(
            c.dep_ == "conj" for c in tok.children
        )
        # (an act of taking a side with its own object: "as the director defended it", "as the
        # minister insisted on his innocence"; not "as the president said", "as police reported
        # fewer arrests", which point back to what the speaker says)
        acts_on = any(c.dep_ in {"dobj", "ccomp", "xcomp", "prep"} for c in tok.children)
        sides = lx.STANCE_VERBS | lx.ATTACK_VERBS | lx.BACKING_VERBS | lx.DENIAL_VERBS
        return (
            mark.lower_ == "as"
            and last
            and acts_on
            and _verb_lemma(tok) in sides
            and subj.pos_ != "PRON"
            and not perfect
            and not compared
        )
    # (a body or a people as subject may be the speaker's reason: "..., as only the Central
    # Laboratory can confirm cases", "..., as Democrats lack the votes"; a pronoun may be the
    # speaker: "..., as he likened it to a prank"; but a clause of saying points back whoever says
    # it: "calling him a liar, as he has alleged before")
    # (a perfect gives the speaker's background: "..., as the mayor had refused to meet them")
    return (
        (subj.ent_type_ == "PERSON" or (subj.lemma_.lower() in lx.PERSON_ROLES and subj.tag_ == "NN")) and not perfect
    ) or _verb_lemma(tok) in lx.SPEECH_VERBS


def _concession_after(sent: Sentence, verb: Token) -> int | None:
    """Where a concession set off by a comma and hung on the cue itself opens ("..., despite X",
    "..., although Y"): the narrator's setting of the account, not what the speaker says; also
    one the parser hung on the cue's object ("praised his decision to step aside, over criticism
    from Y that ...")."""
    objects = [g for d in verb.children if d.dep_ == "dobj" for g in d.children]
    for c in sorted([*verb.children, *objects], key=lambda t: t.i):
        if _concession_after_point(c):
            return sent.offset(c.left_edge.nbor(-1))
    return None


def _quote_before(sent: Sentence, cue: Cue, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation that ends just before a cue's source (or its verb, when the source follows it)."""
    if not cue.source:
        return None
    start = sent.offset(sent.span.doc[min([cue.verb.i] + [t.i for t in cue.source])])
    for q in quotes:
        gap = sent.source[q[1] : start]
        if sent.start < q[1] <= start and len(gap) <= 4 and all(ch in QUOTE_GAP for ch in gap):
            lead = [t for t in sent.span if sent.offset(t) < q[0] and not t.is_punct]
            if len(lead) >= 3 and not any(t.pos_ == "VERB" and _verb_lemma(t) in lx.REPORTING_VERBS for t in lead):
                # 'the Hunters mischaracterized the purchases as "gift cards" and "gift basket
                # items," the statement said': the quotation ends a sentence in the reporter's
                # words, and the source reports the whole of it
                return trim(sent.source, sent.start, q[1])
            return trim(sent.source, max(q[0], sent.start), q[1])
    return None


def _quote_resumed(sent: Sentence, cue: Cue, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation that opens right after a cue inside the sentence ('"A," she said, "B."'), if any."""
    end = max(cue.cue_span[1], *(sent.offset_end(t) for t in cue.source))
    own = {t.i for t in cue.verb.subtree}
    for q in quotes:
        if not end <= q[0] < sent.end:
            continue
        # between the cue and the quotation, at most a few words of the cue's own phrase ("he told
        # a Chatham House event in Abuja, ..."), and then only the marks that open a quotation
        between = [t for t in sent.span if end <= sent.offset(t) < q[0]]
        words = [t for t in between if not t.is_punct]
        if len(words) > 8 or any(t.i not in own for t in words):
            continue
        gap = sent.source[sent.offset_end(words[-1]) if words else end : q[0]]
        quoted = sent.source[q[0] : min(q[1], sent.end)]
        # set off by a comma, and words of a sentence, not a title the cue names ('said on "Meet
        # the Press"') or a word it marks ('"common-sense"')
        if "," in gap and len(gap) <= 4 and all(ch in QUOTE_GAP for ch in gap) and len(quoted.split()) >= 3:
            return trim(sent.source, q[0], min(q[1], sent.end))
    return None


def is_medial(cue: Cue) -> bool:
    """'The plan, the minister said, will fail': a source and reporting verb set off by commas in
    the middle of the sentence they report (the parser hangs the verb on that sentence's verb)."""
    v = cue.verb
    if v.dep_ != "parataxis" or not cue.source or cue.antecedent is not None:
        return False
    first = min(t.i for t in cue.source)
    if first >= v.i or first == 0 or v.doc[first - 1].text != ",":
        return False
    last = max(t.i for t in v.subtree if not t.is_punct)
    if v.head.i < v.i:
        # "most would cut spending, analysts say, but none would add jobs": hung on the verb before
        # it, yet set off by commas with the sentence going on after it
        # (not where the verb before is a cue with a speaker of its own: "Officials said A, and B,
        # union leaders say, but C" keeps what the officials said theirs)
        end = v.sent.end
        return (
            last + 2 < end
            and v.doc[last + 1].text == ","
            and any(not t.is_punct for t in v.doc[last + 2 : end])
            and not any(t.text in {";", ":"} for t in v.doc[first : last + 1])
            and not (v.head.lemma_.lower() in lx.REPORTING_VERBS and any(_speaker_like(s) for s in _subjects(v.head)))
        )
    return last + 1 < v.head.i and v.doc[last + 1].text == ","


def _medial_lead_start(sent: Sentence, cue: Cue) -> int:
    """Where the words a medial cue reports before its source begin: the start of the sentence, or
    for one hung on the verb before it, that verb's clause ("X said A -- B, analysts say, ...": B),
    and never before a semicolon ("X said A; B, analysts say, ...")."""
    first = min(t.i for t in cue.source)
    start = _clause_start(sent, first)
    v = cue.verb
    if v.head.i < v.i:
        if v.head.dep_ != "ROOT":
            start = max(start, sent.offset(v.head.left_edge))
        # "X said A -- B, analysts say": a dash before the clause the cue hangs on parts it off
        dashes = [t for t in sent.span if t.i < v.head.i and t.text in _DASHES]
        if dashes:
            start = max(start, sent.offset_end(dashes[-1]))
    return start


_DASHES = frozenset(["--", "—", "–"])


def _clause_start(sent: Sentence, before: int) -> int:
    """Where the clause that token ``before`` stands in begins: just after the last semicolon
    before it, else at the start of the sentence."""
    semis = [t for t in sent.span if t.i < before and t.text == ";"]
    return sent.offset_end(semis[-1]) if semis else sent.start


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


def drop_sourcing(cues: list[Cue]) -> list[Cue]:
    """'"...," X said, according to The Hill': the outlet that relayed a quote is not its speaker.
    "according to" relays another cue when it hangs from that cue's verb or follows it closely
    with only the cue's source between them; elsewhere in the sentence it is an account of its own
    ("A watched the videos, according to their lawyers, and said ...")."""
    speaking = [c for c in cues if c.kind != "according_to" and c.antecedent is None]

    def relays(acc: Cue) -> bool:
        # a document with no author named in the phrase, inside what another cue reports ("The
        # agency concluded that ..., according to a notice"), is where that speaker said it
        ids = {t.i for t in acc.source}
        head = next((t for t in acc.source if t.head.i not in ids or t.head.i == t.i), None)
        document = (
            head is not None
            and head.lemma_.lower() in lx.DOCUMENT_NOUNS
            and not any(t.ent_type_ or t.dep_ == "poss" for t in acc.source if t.i < head.i)
        )
        # "X said ..., but denied ..., according to ABC": an outlet or body inside what another
        # speaker said passes it on
        outlet = head is not None and (head.ent_type_ == "ORG" or head.lemma_.lower() in _OUTLET_NOUNS)
        return any(
            acc.verb.head.i == c.verb.i
            or 0 < acc.verb.i - max([c.verb.i, *(t.i for t in c.source)]) <= 2
            or (document and c.verb in acc.verb.ancestors)
            or (outlet and c.verb in acc.verb.ancestors and c.verb.lemma_.lower() in lx.SPEECH_VERBS)
            for c in speaking
        )

    def relayed_as(c: Cue) -> bool:
        # '"...," warned X, as cited by the Ma'an news agency': the outlet relays X's words
        verb = c.verb
        return (
            verb.lemma_.lower() in lx.RELAY_VERBS
            and verb.tag_ == "VBN"
            and any(k.dep_ == "mark" and k.lower_ == "as" for k in verb.children)
            and any(k.dep_ == "agent" for k in verb.children)
            and any(o is not c and o.verb.i < verb.i for o in cues)
        )

    return [c for c in cues if not relayed_as(c) and (c.kind != "according_to" or not relays(c))]


def _as_clause(verb: Token) -> bool:
    """'..., as X said', '..., as he told reporters': an adverbial clause of saying opened by "as"
    that reports nothing after it."""
    return (
        verb.dep_ == "advcl"
        and verb.lemma_.lower() in lx.PLAIN_SPEECH_VERBS | {"put"}  # "as the city welcomed ...": a time
        and any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children)
        and not any(c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i for c in verb.children)
        and verb.head.i < verb.i
    )


_GOING_ON = frozenset(["go", "continue", "proceed", "begin", "start"])


def _completes(verb: Token) -> bool:
    """'he went on to say', 'she proceeded to tell them': an infinitive that completes a verb of
    going on or beginning, which reports nothing itself."""
    return verb.dep_ == "xcomp" and infinitive(verb) and verb.head.lemma_.lower() in _GOING_ON


def _relative_point(sent: Sentence, verb: Token) -> tuple[int, int] | None:
    """'..., a point the bishops' office denied', 'the claims the company disputes': a cue in a
    relative clause with a subject of its own and nothing reported after it says what it says of
    the noun the clause hangs on; that noun phrase is its content."""
    head = verb.head
    if verb.dep_ != "relcl" or head.pos_ != "NOUN" or head.i > verb.i:
        return None
    if head.lemma_.lower() not in lx.PROPOSITION_NOUNS:
        return None  # "the guides I wrote", "the rate he has proposed": a thing, not a point said
    if not any(c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"} for c in verb.children):
        return None
    # "the accusations, which X denied": the relative pronoun is what is denied, nothing else
    if any(c.dep_ in {"ccomp", "xcomp", "dobj"} and c.tag_ not in {"WDT", "WP"} for c in verb.children):
        return None
    first = head.left_edge
    last = max((t for t in head.subtree if t.i < verb.left_edge.i), key=lambda t: t.i)
    if not (sent.span.start <= first.i and last.i < sent.span.end):
        return None
    return trim(sent.source, sent.offset(first), sent.offset_end(last))


def _subject_in_time_phrase(verb: Token) -> Token | None:
    """'On Monday Reed, a longtime critic of the mayor, said ...': with no comma after the day, the
    parser took the name for the object of "On" (with the day as its modifier); the name speaks."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for name in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ != "DATE"):
            if any(c.dep_ == "compound" and c.lower_ in lx.WEEKDAYS for c in name.children):
                return name
    return None


# nouns whose own "that" clause says what they hold ("a recommendation that ...", "the fact that ...")
_OWN_CLAUSE_NOUNS = (
    lx.CLAIM_NOUNS
    | lx.PROPOSITION_NOUNS
    | lx.SUPPOSING_NOUNS
    | frozenset(
        "recommendation fact news decision finding conclusion warning promise assurance hope fear belief view "
        "sense argument notion".split()
    )
)


def _clause_read_as_relative(verb: Token) -> Token | None:
    """'The minister said in a letter that Senator Hale had told him ...': a verb of saying with no
    clause of its own, whose prepositional phrase's noun the parser gave a "that" clause that is complete
    without "that" (it has a subject and an object of its own): that clause is what was said (a
    true relative clause, "in a letter that he wrote", needs its "that")."""
    if verb.lemma_.lower() not in lx.SPEECH_VERBS or any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        # (not a noun that takes a clause of its own: "despite an official's recommendation that ...")
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() not in _OWN_CLAUSE_NOUNS):
            for rel in (g for g in noun.children if g.dep_ in {"relcl", "acl"}):
                that = rel.left_edge
                if that.lower_ != "that" or that.i != noun.i + 1 or that.dep_ in SUBJECT_DEPS:
                    continue
                subject = any(c.dep_ in SUBJECT_DEPS and c.i != that.i for c in rel.children)
                # (not a clause of its own: "in a letter that he wrote to the board that ...")
                complete = any(c.dep_ in {"dobj", "acomp", "attr"} and c.i != that.i for c in rel.children)
                if subject and complete:
                    return rel
    return None


def _summed_up_clause(sent: Sentence, verb: Token) -> tuple[int, int] | None:
    """'X alleged that the lab was funded by the agency, a claim Y denied' (or '..., something
    that Y strongly disputed'): a noun of saying set after a clause and a comma sums that clause
    up, and the relative clause's cue says its words of that clause (not of "a claim")."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.i > verb.i or noun.dep_ not in {"appos", "npadvmod", "dobj", "attr"}:
        return None
    if noun.lemma_.lower() not in lx.PROPOSITION_NOUNS and noun.lower_ != "something":
        return None
    if not any(c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"} for c in verb.children):
        return None
    if any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return None  # "a claim X said was false": the relative clause says what of it
    doc = sent.span.doc
    comma = noun.left_edge.i - 1
    if comma <= sent.span.start or doc[comma].text != ",":
        return None
    clause = noun.head
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    if clause.pos_ not in {"VERB", "AUX"} or clause.i >= comma:
        return None
    # "Hale said A, a claim Y denied": the words said, not the saying
    told = [c for c in clause.children if c.dep_ == "ccomp" and c.i < comma]
    clause = told[-1] if told else clause
    toks = [t for t in clause.subtree if t.i < comma and not (t.dep_ == "mark" and t.i == clause.left_edge.i)]
    if not toks or toks[0].i < sent.span.start or not any(t.pos_ in {"VERB", "AUX"} for t in toks):
        return None
    a, b = trim(sent.source, sent.offset(toks[0]), sent.offset_end(doc[comma - 1]))
    return (a, b) if b - a > 2 else None


_VERB_GROUP = frozenset({"aux", "auxpass", "neg", "cc"})


def _negated_verb(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


# what a source that will not tell "would not" do: "would not say why", "would not elaborate"
_WITHHELD = frozenset("say comment elaborate specify disclose discuss confirm identify name".split())


def _withholds(verb: Token) -> bool:
    """'would not say', 'would not elaborate': the reporter's phrase for a source that withholds
    (not 'could not say who attacked her', an inability, nor 'did not alert residents')."""
    return (
        verb.lemma_.lower() in _WITHHELD
        and _negated_verb(verb)
        and any(c.dep_ == "aux" and c.lower_ in {"would", "will", "wo"} for c in verb.children)
        and not any(c.dep_ in {"dobj", "dative"} for c in verb.children)
    )


def _speaker_goes_on(sent: Sentence, verb: Token) -> int | None:
    """'Officials said the attack was over, but would not say why': a source's refusal to tell,
    with no subject of its own, joined to the reported clause, whose subject cannot speak, is the
    speaker's own doing; what the speaker reports stops before it (the offset of its conjunction)."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
        if subj is None or _speaker_like(subj):
            continue
        for conj in clause.children:
            if (
                conj.dep_ == "conj"
                and _withholds(conj)
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children)
            ):
                lead = [c for c in clause.children if c.dep_ in {"cc", "punct"} and clause.i < c.i < conj.i]
                first = min([conj.left_edge.i, *(c.i for c in lead)])
                return sent.offset(sent.span.doc[first])
    return None


def _closing_after_break(sent: Sentence, cue: Cue, cues: list[Cue]) -> tuple[int, int] | None:
    """'X said A; B, analysts say.': a cue that closes its sentence, set off by a comma after a
    semicolon or dash that follows another cue, reports the clause from that break on (B), and the
    cue before it stops there."""
    if cue.content is not None or not cue.source or cue.antecedent is not None or cue.lead is not None:
        return None
    doc = sent.span.doc
    first = min(t.i for t in cue.source)
    if first >= cue.verb.i or first <= sent.span.start or doc[first - 1].text != ",":
        return None
    # nothing but punctuation after the cue's own phrase ("..., analysts say.")
    if any(not t.is_punct for t in doc[max(t.i for t in cue.verb.subtree if t.i >= cue.verb.i) + 1 : sent.span.end]):
        return None
    if any(t.i > cue.verb.i and t.dep_ in {"ccomp", "xcomp", "dobj"} for t in cue.verb.children):
        return None
    before = [c for c in cues if c is not cue and c.verb.i < first]
    if not before:
        return None
    last_verb = max(c.verb.i for c in before)
    breaks = [t for t in doc[last_verb + 1 : first] if t.text == ";" or t.text in _DASHES]
    if not breaks or any(c is not cue and breaks[-1].i < c.verb.i < first for c in cues):
        return None
    # a clause, not the last item of a list ("Smith, who ...; Jones; and Brown, officials said")
    if not any(t.pos_ in {"VERB", "AUX"} for t in doc[breaks[-1].i + 1 : first]):
        return None
    a, b = trim(sent.source, sent.offset_end(breaks[-1]), sent.offset(doc[first - 1]))
    return (a, b) if b - a > 2 else None


def _resumes_after_aside(sent: Sentence, cue: Cue, nxt: Cue | None, after: Cue | None) -> tuple[int, int] | None:
    """Where a cue's words go on after the next cue when that one is a relative clause set off by
    commas on a noun of those words ("said Smith, who says he is innocent, should resign"): from
    after the closing comma to the cue after it, or the sentence's end."""
    if nxt is None or nxt.antecedent is None or nxt.verb.dep_ != "relcl" or nxt.verb.head.i <= cue.verb.i:
        return None
    doc = sent.span.doc
    left, right = nxt.verb.left_edge.i, nxt.verb.right_edge.i
    if left == 0 or doc[left - 1].text != "," or right + 2 > sent.span[-1].i or doc[right + 1].text != ",":
        return None
    if not any(t.pos_ in {"VERB", "AUX"} for t in doc[right + 2 : sent.span[-1].i + 1]):
        return None  # "X praised Smith, who says ..., and his team": no words of X's clause resume
    end = sent.offset(doc[min([after.verb.i] + [t.i for t in after.source])]) if after is not None else sent.end
    a, b = trim(sent.source, sent.offset(doc[right + 2]), end)
    return (a, b) if b > a else None


def assign_content(parsed: ParsedText, sent: Sentence, cues: list[Cue]) -> None:
    """Content of each cue: after a forward cue up to the next cue, before an inverted one."""
    points: list[int] = []  # where such a point opens: what a cue before it reports stops there
    for cue in cues:
        misread = _clause_read_as_relative(cue.verb) if cue.content is None else None
        if misread is not None:
            # "said in a letter that Hale had told him ...": the parser hung the clause on "letter"
            toks = [t for t in misread.subtree if t.i != misread.left_edge.i]
            cue.content, cue.forward = trim(sent.source, *subtree_offsets(sent, toks)), False
            continue
        summed = _summed_up_clause(sent, cue.verb) if cue.content is None else None
        if summed is not None:
            # "X alleged that A, a claim Y denied": Y denies A, and X's words stop at the comma
            cue.content, cue.forward = summed, False
            points.append(sent.offset(cue.verb.head.left_edge))
            continue
        point = _relative_point(sent, cue.verb) if cue.content is None else None
        if point is not None:
            cue.content, cue.forward = point, False
            # "X urged him to resign over the accusations, which Y denied": the noun is what both
            # speak of, and what X says stops where the relative clause begins
            rel = any(c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"} for c in cue.verb.children)
            points.append(sent.offset(cue.verb.left_edge) if rel else point[0])
    for cue in cues:
        closing = _closing_after_break(sent, cue, cues)
        if closing is not None:
            cue.content, cue.forward = closing, False
            points.append(closing[0] - 1)
    for cue in cues:
        # '"...," Cohen said, referring to ...': a quotation ending just before the source is its content
        # ('On the show “Meet the Press,” X said she ...': a clause after the cue is its content instead)
        clause_after = any(c.dep_ in {"ccomp", "xcomp"} and c.i > cue.verb.i for c in cue.verb.children)
        # '"...," he went on to say': a verb whose subject comes from the verb it completes is that
        # subject's own cue, not a participle tacked on to another one's account
        own = not cue.borrowed or _completes(cue.verb)
        before = _quote_before(sent, cue, parsed.quotes) if cue.content is None and own else None
        rest = _quote_resumed(sent, cue, parsed.quotes) if before is not None else None
        if before is not None and rest is not None:
            # '"A," she said, "and B."': the quotation resumes after the cue, and both parts are said
            cue.lead, cue.content, cue.forward = before, rest, False
        elif before is not None and not clause_after:
            cue.content, cue.forward = before, False
    for cue in cues:
        # "Lee will run again, as he told reporters": a cue brought in by "as" points back
        if cue.content is None and not cue.borrowed and _as_clause(cue.verb):
            cue.forward = False
    forward = [c for c in cues if c.content is None and c.forward]
    for i, cue in enumerate(forward):
        nxt = forward[i + 1] if i + 1 < len(forward) else None
        stop = None
        if nxt is not None:
            # the next cue's clause starts at its source phrase or its verb
            # (a source borrowed from the clause before, "... he didn't believe it, arguing ...",
            # stands outside the next cue's clause and starts nothing)
            first = min([nxt.verb.i] + [t.i for t in nxt.source if t.i > cue.verb.i and t.i >= nxt.verb.left_edge.i])
            if _time_clause_after_comma(nxt.verb):
                first = nxt.verb.left_edge.i  # "..., shortly after X said": the time is no one's words
            elif nxt.verb.dep_ == "relcl" and cue.verb.i < nxt.verb.left_edge.i < first:
                first = nxt.verb.left_edge.i  # "... the ballots that it had alleged were improper": from "that"
            elif nxt.borrowed and _negated_verb(nxt.verb):
                # "Aides said A, but would not say why": the refusal, its verb group and the
                # conjunction before it are the speaker's doing, not part of A
                doc = sent.span.doc
                first = min([first, *(c.i for c in nxt.verb.children if c.dep_ in _VERB_GROUP and c.i < nxt.verb.i)])
                while first - 1 > cue.verb.i and (doc[first - 1].text == "," or doc[first - 1].dep_ == "cc"):
                    first -= 1
            stop = sent.offset(sent.span.doc[first])
            if nxt.verb.head.i < nxt.verb.i and is_medial(nxt):
                # "X said A; B, analysts say, but C": B is the analysts' words, from the semicolon
                # (or the clause B) on
                lead = _medial_lead_start(sent, nxt)
                if lead > sent.offset_end(cue.verb):
                    stop = min(stop, lead)
        later = [p for p in points if p > sent.offset(cue.verb)]
        if later:
            # "X claimed A, a point Y denied": the point is Y's, not part of what X claimed
            stop = min(min(later), stop if stop is not None else sent.end)
        back = [c.verb.left_edge for c in cues if not c.forward and _as_clause(c.verb) and c.verb.i > cue.verb.i]
        if back:
            # "X decided to run, as he told reporters": the as-clause is no part of what X did
            stop = min(sent.offset(back[0]), stop if stop is not None else sent.end)
        if cue.antecedent is not None:
            # a relative clause reports only its own words: "... who refused to disperse were arrested"
            end = sent.offset_end(max(cue.verb.subtree, key=lambda t: t.i))
            stop = end if stop is None else min(stop, end)
        goes_on = _speaker_goes_on(sent, cue.verb)
        if goes_on is not None:
            stop = goes_on if stop is None else min(stop, goes_on)
        if cue.relayed_at is not None:
            # "A judge ruled that ..., The Hill reported": the outlet's words end what is reported
            at = sent.offset(sent.span.doc[cue.relayed_at])
            stop = at if stop is None else min(stop, at)
        aside = _concession_after(sent, cue.verb)
        aside = min((x for x in (aside, _narrated_while(parsed, sent, cue.verb)) if x is not None), default=None)
        if aside is not None:
            # "condemning X, despite claims from Y that ...": the concession is the narrator's frame
            stop = aside if stop is None else min(stop, aside)
        cue.content = _content_after(sent, cue.verb, stop, cue.cue_span[1])
        resumed = _resumes_after_aside(sent, cue, nxt, forward[i + 2] if i + 2 < len(forward) else None)
        if resumed is not None and cue.content is not None and cue.lead is None:
            # "Jones said Smith, who says he is innocent, should resign": the aside is Smith's own
            # account, and Jones's words go on after it
            cue.lead, cue.content = cue.content, resumed
        by_next = nxt is not None and nxt.verb.dep_ == "pcomp" and nxt.verb.head.lower_ == "by"
        if by_next and cue.content is not None and sent.source[cue.content[0] : cue.content[1]].endswith(" by"):
            # "responded to X by saying ...": the "by" belongs to the next cue
            cue.content = trim(sent.source, cue.content[0], cue.content[1] - 3)
        # "called for a moratorium": the object of the cue's preposition is what it reports
        governs = cue.cue_span[1] > sent.offset_end(cue.verb) and any(
            t.pos_ in {"NOUN", "PROPN", "VERB"}
            for t in sent.span
            if cue.content is not None and cue.content[0] <= sent.offset(t) < cue.content[1]
        )
        # "A would take weeks, he said, and B ...": a cue set off by commas reports what precedes it
        # and what follows it
        parenthetical = (
            i == 0
            and not cue.borrowed
            and cue.source
            and cue.content is not None
            and sent.source[cue.cue_span[1] : cue.content[0]].strip() == ","
            and sent.source[cue.content[0] :].split(" ", 1)[0].lower() in {"and", "but"}
            and sent.source[sent.start : sent.offset(min(cue.source, key=lambda t: t.i))].rstrip().endswith(",")
        )
        if parenthetical and _has_clause(sent, cue.content, parsed):
            # "... and B": the clause after the cue is said too, as is the one before its source
            first = min(t.i for t in cue.extent or cue.source)
            a, b = trim(sent.source, sent.start, sent.offset(sent.span.doc[first - 1]))
            if b - a > 2:
                cue.lead = (a, b)
                continue
        # "A took the cars, an official said about the unrest, which is seen as ...": the parser
        # hangs the clause before the cue on it, and what follows the cue is only its topic
        points_back = any(c.dep_ == "ccomp" and c.i < cue.verb.i for c in cue.verb.children) and not any(
            c.dep_ in {"ccomp", "xcomp"} and c.i > cue.verb.i for c in cue.verb.children
        )
        if (
            not parenthetical
            and not points_back
            and not governs
            and _subordinate(cue.verb)
            and not _has_clause(sent, cue.content, parsed)
        ):
            # "... link A to B even though they offered no evidence of it": a cue in a clause of
            # concession, time or cause reports nothing of the clause it hangs on
            cue.content = None
            continue
        # ("A fired B after he refused, the union said": a cue inside the clause the last one
        # hangs on is part of what it reports)
        inside = {t.i for c in cue.verb.children if c.dep_ == "ccomp" and c.i < cue.verb.i for t in c.subtree}
        opener = min([cue.verb.i] + [t.i for t in cue.extent or cue.source])
        closing = (
            opener > 0
            and sent.span.doc[opener - 1].text == ","
            and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} and c.i > cue.verb.i for c in cue.verb.children)
        )
        if parenthetical or (
            (points_back or not _has_clause(sent, cue.content, parsed))
            and (i == 0 or (points_back and closing and all(f.verb.i in inside for f in forward[:i])))
            and (not cue.borrowed or _completes(cue.verb))
            and not governs
            # (a relative clause's cue never points back: the words before it are the one it is
            # about, "Sen. Jane Doe, who announced her bid on Monday, said ...")
            and cue.antecedent is None
        ):
            # '"...," the leader said on Monday.': nothing reported after the cue, so it points back
            cue.content = None
            cue.forward = False
    for cue in cues:
        if cue.lead is None and is_medial(cue) and cue.content is not None:
            first = min(t.i for t in cue.source)
            a, b = trim(sent.source, _medial_lead_start(sent, cue), sent.offset(sent.span.doc[first - 1]))
            cue.lead = (a, b) if b - a > 2 else None
        if cue.content is None and not cue.forward:
            # "..., X said." : the content is what precedes the source phrase
            # (the phrase as the text gives it: "as a Homeland Security memo put it" names its author)
            first = min([cue.verb.i] + [t.i for t in cue.extent or cue.source])
            a, b = trim(sent.source, sent.start, sent.offset(sent.span.doc[first]))
            if sent.source[a:b].endswith(" as"):  # "..., as X put it"
                a, b = trim(sent.source, a, b - 3)
            cue.content = (a, b) if b - a > 2 else None
