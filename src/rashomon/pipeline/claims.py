"""Claims: each account cut into atomic, clause-sized statements with exact spans.

An account with one clause gives one claim spanning the whole attributed statement
(source, cue and content). An account with several coordinated clauses ("X said A, and
that B"; "A, but only B") gives one account-level claim and one claim per clause, the
clauses pointing at it as their parent. Each claim carries polarity, hedging and a
normalised statement with first-person pronouns resolved to the speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rashomon.model import Account, Claim, Span
from rashomon.pipeline import lexicon as lx
from rashomon.pipeline.cues import dismisses_report, infinitive, trim
from rashomon.pipeline.nlp import ParsedText
from rashomon.pipeline.parties import country_of

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

MIN_CLAUSE_TOKENS = 3
FIGURE_LABELS = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
_CALENDAR = re.compile(
    r"\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    rf"\b({'|'.join(sorted(lx.WEEKDAYS))})\b",
    re.I,
)


@dataclass
class ClauseInfo:
    """What later stages need about a claim's words, kept out of the JSON model."""

    lemmas: list[str]  # content lemmas
    subjects: list[str]  # lower-cased phrases of the active subjects (agents) of the clause's verbs
    verbs: list[str]  # lemmas of the clause's verbs
    negated: bool
    words: list[str]  # lower-cased tokens
    proper: set[str] = field(default_factory=set)  # lemmas of names (shared by every account of a story)
    # lemmas among them that name no thing: nationalities and parties ("Republican debate"),
    # dates, times and amounts ("next year", "10 percent")
    not_things: set[str] = field(default_factory=set)
    frames: dict[str, set[str]] = field(default_factory=dict)  # verb lemma -> lemmas of its particles, objects
    # verb lemma -> its particles, prepositions and adverbs of direction ("drove towards", "drove
    # around", "drove away"): where the action went, which two accounts of one action cannot
    # both have different
    modifiers: dict[str, set[str]] = field(default_factory=dict)
    # verb lemma -> content lemmas of the cause it is given ("began because the union demanded a
    # rise", "collapsed due to the demand"): two accounts that give one action different causes clash
    causes: dict[str, set[str]] = field(default_factory=dict)
    # verb lemma -> "walked away"; noun lemma -> "sanctions relief"
    phrases: dict[str, str] = field(default_factory=dict)
    # verb lemma -> the auxiliary and the thing or name a past passive or a perfect says it of, as
    # the text writes them ("the video was staged" -> ("was", "the video"); "the files were
    # destroyed" -> ("were", "the files")): what "Was the video staged?" asks
    verb_subjects: dict[str, tuple[str, str]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # a name's lemma -> the name as written ("fbi" -> "FBI")
    figures: dict[str, set[str]] = field(default_factory=dict)  # DATE, CARDINAL, MONEY ... -> their texts
    # subject lemma -> lemmas of what the clause says it is ("the toll is too high" -> toll: {high})
    said_of: dict[str, set[str]] = field(default_factory=dict)
    # the claim's judgement of a report or account: "false" ("the story is a lie"), "true" ("we
    # stand by our reporting"), "unsure" ("no idea whether it is true"), None when it judges none
    verdict: str | None = None
    # content lemmas of what the claim says someone else reported ("the story that alleged X",
    # "the claim that X"): the claim names that report, it does not assert it
    reported: set[str] = field(default_factory=set)
    # lemmas of what a report the claim names is of ("if the misconduct allegations are true" ->
    # misconduct): named, not affirmed
    named_report: set[str] = field(default_factory=set)
    # lemmas of the clause's verbs that are themselves negated ("did not understand")
    negated_verbs: set[str] = field(default_factory=set)
    # lower-cased words of whom the claim goes at ("blasted the bureau" -> "the bureau",
    # "accused tea party activists of tolerating bigotry" -> "tea party activists")
    attacks: str = ""
    attacked: set[str] = field(default_factory=set)  # the head lemma of ``attacks`` ("remark")
    # head lemmas of what the clause backs ("I support this law" -> {law}) and of what it opposes
    # ("opposes the plan", "does not support the plan" -> {plan})
    backed: set[str] = field(default_factory=set)
    opposed: set[str] = field(default_factory=set)
    # noun lemma -> whose it is, by kind ("the Democratic bill" -> bill: {"party:democratic"},
    # "Trump's plan" -> plan: {"person:trump"}): two claims that name two owners of one kind speak
    # of two things of one name
    owners: dict[str, set[str]] = field(default_factory=dict)
    # the words with which the claim turns down every version just given ("neither of these" was
    # the real problem, "none of those accounts" is true): it answers the question they clash over
    rejects_all: str | None = None
    # an open question ("Will you accept the result?", "Is it true?"): it asks, it asserts nothing;
    # a negative one ("Don't you know they have converted?") is rhetorical and asserts
    question: bool = False
    # the clause is only the condition of another ("If somebody tells you how to exercise
    # discretion", "unless they agree"): it supposes, it asserts nothing
    supposed: bool = False
    # the clause holds only on a condition it sets on itself ("if the charges are true, he would not
    # back her"): it says nothing of what holds as things stand
    conditional: bool = False
    # lemmas inside what the clause's own negations bear on ("not supported by any intelligence")
    negated_scope: set[str] = field(default_factory=set)
    # lemmas under a "not" in a clause set beside the claim's main one ("wanted it to happen, as
    # she is not interested in dating anymore"): what the claim says no to besides
    negated_beside: set[str] = field(default_factory=set)
    # noun lemmas of things the clause says do not exist ("there are no dams", "the area has no
    # dams", "does not have any dams", "no such dams exist")
    denied_things: set[str] = field(default_factory=set)
    told_things: set[str] = field(default_factory=set)  # ... and of things it tells of as there (``_told_things``)
    # lemmas a verb of reversal governs ("abandoned a deal to expand": expand, deal): what the
    # claim says does not happen or is not so, though no negation says it
    reversed_scope: set[str] = field(default_factory=set)
    # the words hold a verb: a clause that says something, not a bare object ("the law")
    clause: bool = False
    # a word of amount -> lemmas of the noun phrase it measures ("full sanctions relief" ->
    # full: {relief, sanction}); absent where it measures no noun ("talks will go on longer")
    measured: dict[str, set[str]] = field(default_factory=dict)
    # who does each act, where the clause names them as a name or a person's pronoun ("Mexico will
    # not pay" -> pay: {mexico}; "He should pay" -> pay: {he}); a first-person or thing's pronoun
    # ("we", "it") may stand for anyone named and is left out
    doers: dict[str, set[str]] = field(default_factory=dict)
    # who does each act, as the lower-cased phrase of its doer (``_agent``): its own subject, or for
    # an act set under another verb ("directed Cohen to lie", "wanted to lie") the one that verb
    # sets to do it: lie -> {"cohen"}, not the "trump" who directed it
    verb_agents: dict[str, set[str]] = field(default_factory=dict)
    # ... and who set that doer to act, where a verb over it did ("Israel ordered its troops to
    # attack" -> attack: {"israel"})
    verb_controllers: dict[str, set[str]] = field(default_factory=dict)
    # who the claim says leaves or stays in a post, race or pact (``goes_or_stays``): the head
    # lemma of the one who steps down or stays ("urged the mayor to step down" -> {mayor}); a
    # pronoun, which may stand for anyone, is left out
    leavers: set[str] = field(default_factory=set)
    # whom the claim charges: the one a verb of accusing names ("accused Lyle of lying", "Lyle was
    # accused of fraud", "accused the company of ..."), and the doer of a past act told as done to
    # someone ("Lyle took her home", "Lyle fired him"), as lower-cased head words ("lyle",
    # "company"); what a side that denies "the allegations" against that doer turns down. (Any
    # past act counts under a cue that alleges, see ``done_by``.)
    deeds: set[str] = field(default_factory=set)
    # the lower-cased names of the doers of every past act the clause tells as done ("Lyle took
    # the money", "Lyle had hidden the files"; not negated, supposed, only possible, passive, nor
    # an act of saying or thinking)
    done_by: set[str] = field(default_factory=set)
    # lemmas of the verbs of the account's cue ("A former player claims ..." -> {claim}): what kind
    # of report the claim is, which "these claims are false" turns down
    cue_verbs: set[str] = field(default_factory=set)
    # lower-cased words the clause uses as nouns ("the claims are false"; not "he claims that")
    noun_words: set[str] = field(default_factory=set)
    # lemmas of verbs of leaving or staying whose place is no post, race or pact ("stay in touch",
    # "remain in custody", "stepped down from the podium"): they say nothing of anyone's post
    unposted: set[str] = field(default_factory=set)
    # words of amount that only round a figure ("more than 40 homes", "at least 60"): the figure
    # is the measure, compared as a figure, and the word says nothing more or less of its own
    rounding: set[str] = field(default_factory=set)
    # figure kind -> who gives, pays or counts it ("WikiLeaks offered a $20,000 reward" -> MONEY
    # reward: {wikileaks}): two bodies each making an offer of their own give two figures of two
    # acts, not two versions of one
    figure_doers: dict[str, set[str]] = field(default_factory=dict)
    # lemmas of verbs that only describe a thing the clause names ("a reward for information that
    # leads to an arrest"): what the thing is, not what the claim says happened
    describing: set[str] = field(default_factory=set)
    described: set[str] = field(default_factory=set)  # the content lemmas of those clauses
    # content lemmas of what the claim leaves open: a clause of "whether" ("declined to say whether
    # the account was hacked", "asked whether he sent it") and the case an "if" or "unless" sets
    # ("crimes would have been committed if somebody hacked it"): asked or supposed, not asserted
    open_scope: set[str] = field(default_factory=set)
    # lemmas of acts a noun of supposing only weighs ("the idea of Lieberman replacing Comey", "the
    # possibility of workers striking"): no act two claims tell alike; a "no" said of them still
    # counts (measured on a held-out set: leaving them open to polarity too lost a true conflict)
    weighed: set[str] = field(default_factory=set)
    # what the claim says brought about what, and whether it did: (effect words, cause words,
    # holds) from "blamed the cancellations on the mandate", "attributed the delays to the weather",
    # "the mandate spurred the cancellations", "the cancellations were caused by the storm", "C was
    # behind the story", "C were the causes of E", "E had nothing to do with C" (holds False); a
    # link inside a report the claim names holds only if the claim does not call it false
    links: list[tuple[frozenset[str], frozenset[str], bool]] = field(default_factory=list)

    @property
    def common(self) -> set[str]:
        """Content lemmas that are not names."""
        return set(self.lemmas) - self.proper

    @property
    def asserted(self) -> set[str]:
        """Content lemmas that are not names, less those of a report the claim only names."""
        return self.common - self.reported - self.described - self.open_scope


def condemned_things(info: ClauseInfo) -> set[str]:
    """The words of what a claim condemns: what its verb of attack goes at ("condemned the
    remarks"), and a thing it calls wrong, offensive or a disgrace ("the remarks were offensive")."""
    return info.attacked | {subj for subj, said in info.said_of.items() if said & lx.CONDEMNING_WORDS}


def one_thing(a: ClauseInfo, b: ClauseInfo, things: set[str]) -> set[str]:
    """The things of ``things`` two claims speak of as one: not "the Democratic bill" and "the
    Republican bill", nor "Trump's plan" and "Pelosi's plan". Owners are compared only where each
    claim names one of the same kind (a party, a country, a person): "China's deal" and "the
    Chinese deal" are one, "the Fed's rate cut" and "the Federal Reserve's" are not told apart, and
    where one claim names no owner, the words cannot tell two things apart."""

    def differ(x: set[str], y: set[str]) -> bool:
        kinds = {o.split(":")[0] for o in x} & {o.split(":")[0] for o in y}
        return any(not {o for o in x if o.startswith(k)} & {o for o in y if o.startswith(k)} for k in kinds)

    return {w for w in things if not differ(a.owners.get(w, set()), b.owners.get(w, set()))}


def _owner(tok: Token) -> str | None:
    """``tok`` as whose a thing is, with its kind: a party word ("Democratic", "the GOP's"), a
    country or its people ("Chinese", "China's"), or a person's surname ("Trump's"); None for
    anything else (a pronoun, a common noun, a body or a topic: "the company's", "the Fed's",
    "Ukraine aid")."""
    party = lx.political_party(tok.text)
    if party and tok.text[:1].isupper():
        return "party:" + party
    country = country_of(tok.text, set()) if tok.ent_type_ in {"NORP", "GPE"} else None
    if country:
        return "country:" + country
    if tok.dep_ == "poss" and tok.ent_type_ == "PERSON":
        return "person:" + tok.lower_
    return None


def _owners(tokens: list[Token]) -> dict[str, set[str]]:
    """``ClauseInfo.owners``: whose each noun is, as a possessor or a word before it (``_owner``)."""
    out: dict[str, set[str]] = {}
    for tok in tokens:
        if tok.pos_ != "NOUN":
            continue
        own = {o for c in tok.children if c.dep_ in {"poss", "amod", "compound"} and (o := _owner(c))}
        if own:
            out.setdefault(tok.lemma_.lower(), set()).update(own)
    return out


def stands_on(info: ClauseInfo) -> tuple[set[str], set[str]]:
    """What a claim backs and what it stands against, as head lemmas: the object of a verb of
    backing and a thing it calls fair or necessary (``ClauseInfo.backed``); what it condemns
    (``condemned_things``) or opposes, or will not back ("does not support the plan"). A thing the
    claim both backs and goes at ("legal but wrong") is neither."""
    against = condemned_things(info) | info.opposed
    return info.backed - against, against - info.backed


_HEDGING_MODALS = frozenset("may might could would".split())
# words that deny or all but deny a judgement ("hardly a bad deal", "no bad deal")
_NOT_SO = frozenset("not n't never no hardly scarcely barely".split())
_NO_ONE = frozenset("no nobody none neither few".split())


def _stand(tok: Token, inside: set[tuple[int, int]]) -> tuple[str, bool] | None:
    """The head lemma of what ``tok`` says someone backs (False) or stands against (True): a verb
    of backing or opposing that the claim asserts, done by someone to a thing not their own ("I
    support this law", "Hart opposes the plan", "does not support the plan" stands against it),
    or a word of approval said of a thing ("the ruling is fair"). Not a verb inside another's
    clause ("declined to endorse", "those who defend it"), hedged ("may be legal"), asked
    ("whether the law is constitutional"), nor done by no one ("no one supports it"). ``inside``:
    the claim's tokens, as (id of their doc, index)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in lx.BACKING_VERBS | lx.OPPOSING_VERBS:
        verb = tok
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)
        if obj is None or obj.lemma_.lower() in lx.STOP_LEMMAS:
            return None
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
            return None  # "defend her title", "support his family"
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None and tok.dep_ == "conj":
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if subj is None or not (subj.pos_ in {"PRON", "PROPN"} or subj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}):
            return None  # "the beams support the roof"
        if any(t.lower_ in _NO_ONE for t in subj.subtree):
            return None
        against = (lemma in lx.OPPOSING_VERBS) != _negated(tok)
        thing = obj.lemma_.lower()
    elif (
        tok.dep_ in {"acomp", "attr"}
        and tok.pos_ in {"ADJ", "NOUN"}
        and lemma in lx.APPROVING_WORDS | lx.JUDGING_ILL_WORDS
    ):
        verb = tok.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
        if subj is None or _negated(tok):
            return None
        against, thing = lemma in lx.JUDGING_ILL_WORDS, subj.lemma_.lower()
    elif (
        tok.dep_ == "amod"
        and tok.head.dep_ == "attr"
        and tok.head.lemma_.lower() in lx.JUDGED_KIND_NOUNS
        and lemma in lx.APPROVING_WORDS | lx.JUDGING_ILL_WORDS
        and not any(c.lower_ in _NOT_SO for c in (*tok.children, *tok.head.children, *tok.head.head.children))
        and not any(c.dep_ == "conj" for c in tok.head.children)
    ):
        # "the offer was a bad deal", "the plan is a good idea": a judgement of the subject
        verb = tok.head.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
        if subj is None or _negated(verb) or any(c.dep_ == "neg" for c in tok.head.children):
            return None
        against, thing = lemma in lx.JUDGING_ILL_WORDS, subj.lemma_.lower()
    else:
        return None
    # the claim's own assertion: its main verb, one joined to it, or what it says someone says or
    # thinks; not a verb inside another's clause ("those who defend it", "hard to defend")
    if verb.dep_ not in {"ROOT", "conj", "ccomp", "parataxis"}:
        return None
    said = verb.head.lemma_.lower() in lx.REPORTING_VERBS | {"think", "believe"}
    if verb.dep_ == "ccomp" and (id(verb.head.doc), verb.head.i) in inside and not said:
        return None
    if any(c.dep_ == "aux" and c.lower_ in _HEDGING_MODALS for c in verb.children):
        return None
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in verb.children):
        return None
    return thing, against


def _thing_turned_down(parsed: ParsedText, a: int, b: int) -> str | None:
    """The head lemma of what a verb of turning down turns down, where the words ``[a, b)`` are a
    thing ("the offer", "Trump's proposal"), not anything said ("the allegations", "his remarks")."""
    tokens = [t for _s, t in _tokens_in(parsed, a, b)]
    inside = {(id(t.doc), t.i) for t in tokens}
    # (what hangs on the verb beside it, "on Saturday", is no part of the thing)
    heads = [t for t in tokens if ((id(t.head.doc), t.head.i) not in inside or t.head is t) and t.dep_ == "dobj"]
    if len(heads) != 1 or heads[0].pos_ != "NOUN":
        return None
    lemma = heads[0].lemma_.lower()
    said = lx.CLAIM_NOUNS | lx.REPORT_NOUNS | lx.UTTERANCE_NOUNS | lx.PROPOSITION_NOUNS
    return None if lemma in said or lemma in lx.STOP_LEMMAS else lemma


def apologizes(info: ClauseInfo) -> bool | None:
    """True where the claim apologises, or says someone should ("for that I apologize", "she should
    apologize"); False where it refuses to ("offered no apology", "has nothing to apologize for",
    "refused to apologize"); None where it says nothing of apologising."""
    words = (set(info.lemmas) | set(info.words)) & lx.APOLOGY_WORDS
    # "demanded an apology", "owes them an apology": a demand, not an apology; "whether" leaves it open
    if not words or info.question or set(info.lemmas) & {"demand", "owe"} or "whether" in info.words:
        return None
    return not (words & (info.negated_verbs | info.negated_scope | info.reversed_scope))


_REFLEXIVES = frozenset("himself herself themselves myself ourselves itself".split())
_PERSONAL = frozenset("i we he she they".split())  # subjects that are people


def two_leavers(a: ClauseInfo, b: ClauseInfo) -> bool:
    """Whether two claims say of two different people that they go or stay: two names ("Pryce" /
    "Ortiz"), or two roles where neither names anyone ("the mayor" / "the police chief"). A name
    and a role ("Pryce" / "the governor") may be one person."""
    na, nb = a.leavers & a.proper, b.leavers & b.proper
    if na and nb:
        return not na & nb
    ra, rb = a.leavers - a.proper, b.leavers - b.proper
    return bool(ra and rb and not na and not nb and not ra & rb)


def shared_effect(a: ClauseInfo, b: ClauseInfo) -> set[str]:
    """The words of one thing two claims each give a cause for, or say had none ("blamed the
    cancellations on X" / "the cancellations were caused by Y")."""
    names = name_forms(a, b)
    return {w for ea, _, _ in a.links for eb, _, _ in b.links for w in effect_words(ea, eb, names)}


def name_forms(a: ClauseInfo, b: ClauseInfo) -> set[str]:
    """The names either claim holds, as ``one_form`` writes them."""
    return {one_form(w) for w in a.proper | b.proper}


def effect_words(ea: frozenset[str], eb: frozenset[str], names: set[str]) -> set[str]:
    """The words two effects share, names left out: a name alone is no one thing brought about."""
    return {w for w in same_words(ea, eb) if one_form(w) not in names}


def same_words(a: frozenset[str], b: frozenset[str]) -> set[str]:
    """The words of ``a`` that ``b`` holds too, in either spelling ("cancellation" / "cancelation")."""
    forms = {one_form(w) for w in b}
    return {w for w in a if one_form(w) in forms}


def goes_or_stays(info: ClauseInfo) -> str | None:
    """ "leave" or "stay": what a claim says of someone's post, race or pact ("should step aside",
    "pledged to stay in the race", "refused to step down", "has no plans to resign"), when it says one
    of them only. A verb with an object that is no post, race or pact ("quit smoking", "withdrew
    money") leaves nothing; nor does an open question ("did not say whether he would resign")."""
    if "whether" in info.words:
        return None
    said = set()
    for verb, parts in info.frames.items():
        if verb in lx.LEAVING_VERBS and (not lx.LEAVING_VERBS[verb] or parts & lx.LEAVING_VERBS[verb]):
            kind = "leave"
            # what it leaves: the nouns it takes (``phrases`` holds the claim's nouns), or an act
            things = (parts & set(info.phrases)) - set(info.verbs) - lx.LEAVING_VERBS[verb]
            acts = parts & set(info.verbs) - {verb}
            if parts & _REFLEXIVES or acts or (things and not (things & lx.POST_NOUNS or things <= info.proper)):
                continue  # "resigned himself to defeat", "quit smoking", "withdrew money"
        elif verb in lx.STAYING_VERBS and (
            parts & lx.STAYING_VERBS[verb]
            or (not parts and (info.leavers & info.proper or set(info.subjects) & _PERSONAL))
        ):
            kind = "stay"  # "pledged to stay in the race", "she will stay" (not "concerns remain")
        else:
            continue
        if verb in info.unposted:
            continue  # "stay in touch", "remain in custody", "stepped down from the podium"
        if verb in info.negated_verbs or verb in info.reversed_scope:
            kind = "stay" if kind == "leave" else "leave"  # "will not resign", "refused to step down"
        elif verb in info.negated_scope:
            if info.negated_scope & lx.URGING_VERBS or set(info.words) & {"nobody", "noone"}:
                continue  # "nobody is asking him to resign", "did not call on him to quit" say neither
            kind = "stay" if kind == "leave" else "leave"  # "has no plans to resign", "denied she would quit"
        said.add(kind)
    return said.pop() if len(said) == 1 else None


_ANAPHORS = {"these", "those"}  # "them" is as often people ("none of them were hurt")
_VERSION_NOUNS = lx.CLAIM_NOUNS | {"explanation", "explanations", "versions", "accounts", "theory", "theories"}


def _rejects_all(tokens: list[Token]) -> str | None:
    """A subject that takes up every version just given only to turn it down: "neither of these",
    "none of those accounts", "neither explanation" (not "neither X nor Y", which names its two)."""
    for tok in tokens:
        if tok.lower_ in {"neither", "none"} and tok.dep_ in {"nsubj", "nsubjpass"}:
            for of in tok.children:
                if of.lower_ != "of":
                    continue
                for obj in of.children:
                    dets = {c.lower_ for c in obj.children if c.dep_ in {"det", "nummod"}}
                    if obj.dep_ == "pobj" and (
                        obj.lower_ in _ANAPHORS or (dets & (_ANAPHORS | {"two"}) and obj.lower_ in _VERSION_NOUNS)
                    ):
                        return tok.doc[tok.i : obj.i + 1].text
        head = tok.head
        if (
            tok.lower_ == "neither"
            and tok.dep_ == "det"
            and head.dep_ in {"nsubj", "nsubjpass"}
            and head.lower_ in _VERSION_NOUNS
            and not any(c.dep_ == "cc" for c in head.children)
        ):
            return tok.doc[tok.i : head.i + 1].text
    return None


def _tokens_in(parsed: ParsedText, a: int, b: int):  # type: ignore[no-untyped-def]
    for sent in parsed.sentences:
        if sent.end <= a or sent.start >= b:
            continue
        for tok in sent.span:
            pos = sent.offset(tok)
            if a <= pos and pos + len(tok.text) <= b:
                yield sent, tok


def _whole_clauses(parsed: ParsedText, acc: Account) -> list[Span]:
    """An account's content spans, a piece with no verb joined to the piece just after it in the
    same sentence: "Mueller's office, the report said, learned of ...", reported on both sides of
    the cue, is one claim."""
    out: list[Span] = []
    for c in acc.content:
        prev = out[-1] if out else None
        if (
            prev is not None
            and acc.sentence.start <= prev.start
            and c.end <= acc.sentence.end
            and not any(t.pos_ in {"VERB", "AUX"} for _s, t in _tokens_in(parsed, prev.start, prev.end))
        ):
            out[-1] = Span(doc=c.doc, start=prev.start, end=c.end)
        else:
            out.append(c)
    return out


_REPORTED = lx.CLAIM_NOUNS | lx.REPORT_NOUNS
_STAND_INS = {"it", "this", "that", "these", "those", "thing", "everything", "all"}  # words that can stand for a report


def _when_said(ent: SpacySpan) -> bool:
    """A date that tells when something was said ("accused them on Tuesday of ...", "said
    Friday"), not a figure of what was said."""
    if ent.label_ not in {"DATE", "TIME"}:
        return False
    head = ent.root.head
    if ent.root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return ent.root.dep_ in {"npadvmod", "pobj"} and head.pos_ == "VERB" and head.lemma_.lower() in lx.REPORTING_VERBS


def _names_which(ent: SpacySpan) -> bool:
    """A date that tells which thing is meant ("her 2014 tax rate", "the 2003 invasion"), not
    when something happened: two such dates name two things, they do not clash."""
    root = ent.root
    return (
        ent.label_ == "DATE"
        and root.dep_ in {"compound", "nmod", "amod", "poss", "nummod"}
        and root.head.pos_ == "NOUN"
    )


_FORECAST_VERBS = frozenset("predict expect anticipate forecast project estimate".split())


def _figure_kind(ent: SpacySpan) -> str:
    """What a figure is a figure of: its label, for a count the noun it counts ("219 girls":
    CARDINAL girl) and for a date the verb it dates ("issued Friday": DATE issue), so that two
    counts of different things ("27 hostages") or dates of different events ("will begin in
    January") are never set against each other; a sum, size or count elsewhere adds what it
    measures where the parse says ("MONEY reward", ``_figure_of``)."""
    root = ent.root
    # "economists had predicted 1 million jobs" / "the economy added 266,000": a forecast and the
    # outcome are two figures of two things
    forecast = "expected " if any(a.lemma_.lower() in _FORECAST_VERBS for a in root.ancestors) else ""
    if ent.label_ == "CARDINAL" and root.dep_ == "nummod" and root.head.pos_ == "NOUN":
        return f"{forecast}CARDINAL {root.head.lemma_.lower()}"
    if forecast:
        return forecast + ent.label_
    if ent.label_ in {"DATE", "TIME"}:
        # when what happened: "issued a mandate Friday" and "will begin in January" date two events
        verb = next((a for a in root.ancestors if a.pos_ == "VERB"), None)
        if verb is not None:
            return f"{ent.label_} {verb.lemma_.lower()}"
        return ent.label_
    measured = _figure_of(root)
    return f"{ent.label_} {measured}" if measured else ent.label_


def _figure_of(root: Token) -> str | None:
    """What a sum, size or count measures, where the parse says: the noun it modifies ("a $20,000
    reward", "a reward of $25,000", "dozens of houses") or the thing a size describes ("a
    39-foot-wide crater", "the rock was about 3 feet wide"); figures of two different things (the
    rock's size and the crater's) never clash (``relations._figure_contrast``)."""
    head = root.head
    if root.dep_ in {"nummod", "compound", "nmod", "amod", "quantmod"} and head.pos_ in {"NOUN", "PROPN"}:
        return head.lemma_.lower()
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head.lemma_.lower()
    counted = next(
        (g for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
        None,
    )
    if counted is not None and counted.pos_ == "NOUN":
        return counted.lemma_.lower()
    if root.dep_ == "npadvmod" and head.pos_ == "ADJ":
        if head.dep_ == "amod" and head.head.pos_ in {"NOUN", "PROPN"}:
            return head.head.lemma_.lower()
        subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None) if head.dep_ == "acomp" else None
        return subj.lemma_.lower() if subj is not None else None
    return None


_YES_NO_AUX = {"was": "was", "were": "were", "has": "has", "have": "have"}


def _yes_no_parts(verb: Token) -> tuple[str, str] | None:
    """The auxiliary and the subject of a past passive or a perfect ("the video was staged", "Acme
    has paid the fine"), where the subject reads as a thing on its own: a name, or a noun with at
    most "the", "a" or "an" and one modifier; not one with a possessive, a conjunct, an "of"
    phrase or a quantifier ("his lawyer", "Smith and Jones", "none of the files"), nor a future
    or present ("will be closed")."""
    # (the parser may hang the subject on the auxiliary: "The bridge was closed last week")
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if len(auxes) != 1 or auxes[0].lower_ not in _YES_NO_AUX:
        return None
    if auxes[0].dep_ == "aux" and (verb.tag_ != "VBN" or auxes[0].lemma_ != "have"):
        return None
    subj = next((c for h in [verb, *auxes] for c in h.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"}:
        return None
    kids = list(subj.children)
    if any(c.dep_ in {"poss", "cc", "conj", "prep", "nummod", "quantmod", "relcl", "acl", "appos"} for c in kids):
        return None
    if any(c.dep_ == "det" and c.lower_ not in {"the", "a", "an"} for c in kids):
        return None
    det = [c.lower_ for c in kids if c.dep_ == "det"]
    mods = [c.text for c in kids if c.dep_ in {"compound", "amod"} and c.i < subj.i]
    if len(mods) > 1:
        return None
    # a name, or a word written in capitals ("CEO"), as the text writes it; else in lower case
    head = subj.text if subj.pos_ == "PROPN" or subj.text.isupper() else subj.lower_
    return _YES_NO_AUX[auxes[0].lower_], " ".join([*det, *mods, head])


def _figure_doer(root: Token) -> str | None:
    """Who gives a figure, where it is in the object of an act: the subject of the first verb above
    it ("WikiLeaks offered a $20,000 reward", "D.C. police announced a $25,000 reward") or the agent
    of a passive one ("a reward of $5,000 was offered by the Ruiz Foundation"), when that subject is
    a name. Common nouns ("police", "officers", "the company") may be one doer under two words, so
    they name no one here, nor does a pronoun; nor is a figure in a subject ("18 people were
    rescued") or beside the act ("hit the coast on May 5") given by anyone."""
    below = root
    for verb in root.ancestors:
        if verb.pos_ in {"VERB", "AUX"}:
            agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            if below.dep_ != "dobj" and not (below.dep_ == "nsubjpass" and agent is not None):
                return None
            # "WikiLeaks has decided to issue a reward": the subject of the verb that governs it
            actor = verb.head if verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
            subj = agent or next((c for c in actor.children if c.dep_ == "nsubj"), None)
            if subj is None or any(t.like_num for t in subj.subtree):
                return None
            # (a name the tagger took for a common noun is still one the recogniser found)
            named = [t for t in subj.subtree if t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "PERSON", "GPE"}]
            name = [t for t in named if t.i == subj.i or t.dep_ in {"compound", "poss"}]
            return " ".join(t.lower_ for t in name) or None
        below = verb
    return None


def _negated(tok: Token) -> bool:
    """A negation on the word or on the verb it is predicated by ("is not true", "does not stand by")."""
    heads = [tok, tok.head] if tok.dep_ in {"acomp", "attr", "amod", "conj"} else [tok]
    return any(c.dep_ == "neg" or c.lower_ in lx.NEGATORS for h in heads for c in h.children)


_SELF = {"i", "we"}


_DEED_DEPS = frozenset({"ROOT", "ccomp", "conj"})


def _no_post(verb: Token) -> bool:
    """Whether a verb of leaving or staying says where someone is, not which post they hold ("stay
    in touch", "remain in custody", "stepped down from the podium"; not "stay in the race",
    "resigned in protest", "will step down at the end of the month")."""
    return any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in lx.NON_POSTS for g in c.children)
        for c in verb.children
    )


def _supposing(word: Token) -> bool:
    """A mark that makes its clause a supposition or a question ("if", "unless", "whether"), not
    "that", which reports."""
    return word.dep_ == "mark" and (word.lower_ in lx.CONDITION_MARKS or word.lower_ == "whether")


def _unsaid(verb: Token) -> bool:
    """Whether a verb is negated, supposed, only possible, or its object is none ("took no money",
    "never took", "if he took", "would take")."""
    for c in verb.children:
        if c.dep_ == "neg" or c.tag_ == "MD" or _supposing(c) or c.lower_ in lx.NEGATORS:
            return True
        if c.dep_ == "dobj" and any(d.lower_ in lx.NEGATORS for d in c.children if d.dep_ == "det"):
            return True
    return False


def _accused(verb: Token) -> Token | None:
    """The one a verb of accusing names ("accused Lyle of lying", "Lyle was accused of fraud",
    "charged Lyle with theft"), when it is a name and the accusation is made: not refused, talked
    of or wished for ("refused to accuse", "stopped short of accusing", "wants to charge"), nor
    made wrongly ("was falsely accused")."""
    lemma = verb.lemma_.lower()
    prep = lx.ACCUSING_PREPOSITIONS.get(lemma)
    if lemma != "accuse" and not (prep and any(c.lower_ == prep for c in verb.children)):
        return None
    if verb.dep_ not in _DEED_DEPS | {"relcl"} or _unsaid(verb):
        return None
    if any(c.dep_ == "advmod" and c.lower_ in lx.WRONGLY_WORDS for c in verb.children):
        return None
    who = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    # a name, or a body named by what it is ("accused the company of ...")
    return who if who is not None and who.pos_ in {"PROPN", "NOUN"} else None


def _deed(verb: Token) -> bool:
    """Whether a verb tells a past act as done: "took", "had hidden", "did sign"; not "would take",
    "did not take", "took no money", "was taken", "if he took", nor an act of saying, thinking or
    intending."""
    if verb.dep_ not in _DEED_DEPS or verb.lemma_.lower() in lx.REPORTING_VERBS or _unsaid(verb):
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.dep_ != "aux" for c in auxes):
        return False
    if verb.tag_ == "VBD":
        return not auxes
    if verb.tag_ == "VBN":
        return any(c.lemma_ == "have" for c in auxes)
    return verb.tag_ == "VB" and any(c.lower_ == "did" for c in auxes)  # "she did sign it"


def _done_to_someone(verb: Token) -> bool:
    """Whether a deed was done to a person the clause names only by a pronoun ("took her to his
    home", "fired him", "grabbed me"): the telling of one it was done to, not a record of what
    someone did ("won the election", "joined the council")."""
    for c in verb.children:
        if c.dep_ in {"dobj", "dative"} and c.lower_ in _PERSONAL_OBJECTS:
            return True
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in _PERSONAL_OBJECTS for g in c.children):
            return True
    return False


_PERSONAL_OBJECTS = frozenset({"me", "us", "her", "him", "them"})


def _attack_target(tokens: list[Token]) -> tuple[Token, bool] | None:
    """The word a clause's verb of attack goes at, with whether the phrase is its object (else a
    subject the clause calls a liar)."""
    for tok in tokens:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in lx.ATTACK_VERBS and not _negated(tok):
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj, True
        if tok.pos_ == "VERB" and tok.lemma_.lower() in lx.LYING_VERBS and not _negated(tok):
            # "the lawmakers were lying": whom the claim calls liars
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in _SELF and not any(t.pos_ == "VERB" for t in subj.subtree):
                return subj, False
    return None


def _attacks(tokens: list[Token], whole_object: bool = False) -> str:
    """Whom the clause's verb of attack goes at: its object's phrase ("blasted the bureau"), and
    what that phrase holds ("condemning racist elements in the Tea Party movement"). With
    ``whole_object`` the object may lie outside ``tokens`` (the cue of an account: "accused tea
    party activists of ..." has its object in the content)."""
    found = _attack_target(tokens)
    if found is None:
        return ""
    target, is_object = found
    inside = {t.i for t in tokens}
    return " ".join(t.lower_ for t in target.subtree if (whole_object and is_object) or t.i in inside)


def _attacked(tokens: list[Token]) -> set[str]:
    """The head lemma of what the clause's verb of attack goes at ("condemned Lyle's remarks" ->
    {remark}): what two claims must share to condemn one thing."""
    found = _attack_target(tokens)
    if found is None:
        return set()
    head = found[0]
    if head.pos_ in {"PRON", "DET"}:
        # "condemned all of the remarks": the noun after "of"; "condemned it" names nothing
        head = next((g for c in head.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), head)
    lemma = head.lemma_.lower()
    return set() if head.pos_ in {"PRON", "DET"} or lemma in lx.STOP_LEMMAS else {lemma}


def cue_attacks(parsed: ParsedText, a: int, b: int) -> tuple[str, set[str]]:
    """Whom the reporting cue in ``[a, b)`` goes at ("X blasted the bureau, saying ..."): every claim
    of that account stands against that side. The phrase and its head lemma (``_attacked``)."""
    tokens = [tok for _sent, tok in _tokens_in(parsed, a, b)]
    return _attacks(tokens, whole_object=True), _attacked(tokens)


def cue_accused(tokens: list[Token]) -> tuple[set[str], bool]:
    """The name a reporting cue's words accuse ("Greene accused Lyle of ...", "Lyle was accused by
    Greene of ..."), lower-cased, as in ``ClauseInfo.deeds``; and whether the cue alleges
    ("alleged that ...", not negated)."""
    accused = {who.lower_ for tok in tokens if (who := _accused(tok)) is not None}
    alleging = any(tok.lemma_.lower() in lx.ALLEGING_VERBS and not _unsaid(tok) for tok in tokens)
    return accused, alleging


def _of_a_report(word: Token, also: frozenset[str] = frozenset()) -> bool:
    """Whether a word of falsity is said of a report or of a word that stands for one: "the story
    is false", "a false report", "It is garbage, complete and utter lies", "suggestions that ... are
    categorically false", "a pack of lies"; not "the senator is wrong about taxes" said of a person."""
    tok = word
    while tok.dep_ in {"conj", "appos", "advmod", "npadvmod", "pobj", "prep"} and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in {"amod", "compound"}:
        subject = tok.head
    elif tok.dep_ == "oprd" and any(c.dep_ == "dobj" for c in tok.head.children):
        # "called his statements false", "called the report a pack of lies": said of the object
        subject = next(c for c in tok.head.children if c.dep_ == "dobj")
    else:
        verb = tok.head if tok.dep_ in {"acomp", "attr", "oprd"} else tok
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None and verb.head.i != verb.i:
            # "said claims that X were false": the parser may hang the report noun beside the verb
            subject = next(
                (c for c in verb.head.children if c.i < verb.i and c.lemma_.lower() in _REPORTED),
                None,
            )
        if subject is None:
            return tok.dep_ == "ROOT"  # a fragment: "Totally false!", "All lies."
    # the subject's own phrase, "any part of our story" included
    phrase = [subject, *(t for c in subject.children if c.dep_ == "prep" for t in c.subtree)]
    return any(
        t.lemma_.lower() in _REPORTED
        or t.lower_ in _REPORTED
        or t.lower_ in _STAND_INS
        or t.lemma_.lower() in _STAND_INS
        or t.lemma_.lower() in also
        for t in phrase
    )


def _negated_above(tok: Token, never: bool = False) -> Token | None:
    """The nearest of the four words above ``tok`` that carries a negation ("no indication that",
    "did not deny that"; with ``never``, "never said that" too), or None."""
    marks = {"never"} if never else set()
    for anc in list(tok.ancestors)[:4]:
        if any(c.dep_ == "neg" or c.lower_ in marks or (c.dep_ == "det" and c.lower_ == "no") for c in anc.children):
            return anc
    return None


def _denied_above(tok: Token) -> bool:
    """A negation on a noun or verb the word hangs from: "no indication that the story is false"."""
    return _negated_above(tok) is not None


def _doubted_above(tok: Token) -> str | None:
    """What a negated word the word hangs from does to it: "doubt" for one of evidence or belief
    ("no evidence that", "I don't believe that"), "grant" for one of denying or doubting ("did not
    deny that", "no doubt that"), "open" for any other ("did not confirm that", "never said
    that"); None where no word above it is negated."""
    anc = _negated_above(tok, never=True)
    if anc is None:
        return None
    lemma = anc.lemma_.lower()
    if lemma in lx.DOUBT_RAISERS:
        return "doubt"
    return "grant" if lemma in lx.DENIAL_VERBS | {"doubt", "question"} else "open"


def _as_if(tok: Token) -> bool:
    """The word stands in a clause of pretence: "running with the accusations like they are
    true", "treat the rumours as if they were true" say the opposite of the word. A clause after
    a verb of seeming ("it looks like the report is true") weighs it instead."""
    clause = tok.head if tok.dep_ in {"acomp", "attr"} else tok
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    pretence = "like" in marks or ("as" in marks and marks & {"if", "though"})
    return bool(pretence) and clause.dep_ == "advcl" and clause.head.lemma_.lower() not in lx.SEEMING_VERBS


def _report_speaks(verb: Token) -> bool:
    """Whether a report is who does the reporting verb: its subject, or the subject of the verb it
    hangs on ("the story distorts his record by implying that ...")."""
    for v in [verb, *verb.ancestors][:5]:
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj.lemma_.lower() in _REPORTED
        if v.dep_ not in {"pcomp", "prep", "advcl", "xcomp", "dobj", "pobj"}:
            return False
    return False


_REPORT_OF = frozenset(["of", "against", "about"])  # "allegations of fraud", "claims against him"


def _named_report(tokens: list[Token], own: frozenset[tuple[int, int]] = frozenset()) -> set[str]:
    """Lemmas of what a report the clause names is of ("the misconduct allegations against him"),
    and of what it says where the clause turns it down ("a statement disputing a report claiming
    X", ``_turned_down_report``): the clause names the report, it does not say what the report
    says. Not the report ``own`` names, as (id of its doc, index): the noun that is the account's
    own cue ("allegations by officials that X" are the officials')."""
    inside = {t.i for t in tokens}
    out: set[str] = set()
    for tok in tokens:
        if (id(tok.head.doc), tok.head.i) in own:
            continue
        if tok.head.lemma_.lower() in lx.CLAIM_NOUNS and (
            tok.dep_ in {"compound", "amod"} or (tok.dep_ == "prep" and tok.lower_ in _REPORT_OF)
        ):
            out |= {t.lemma_.lower() for t in tok.subtree if t.i in inside}
        body = _report_body(tok)
        if body is not None and _turned_down_report(tok.head):
            out |= {t.lemma_.lower() for t in body if t.i in inside}
    return out


def _turned_down_report(noun: Token) -> bool:
    """Whether the verb a report noun hangs on (through "parts of", "a statement disputing")
    disputes or turns it down: then the claim only names what the report says. One that confirms,
    echoes, cites or repeats the report asserts it ("confirmed reports that X")."""
    for _ in range(4):
        head = noun.head
        if head is noun:
            return False
        if head.pos_ == "VERB":
            lemma = head.lemma_.lower()
            return (lemma in lx.DENIAL_VERBS | lx.REVERSING_VERBS and not _negated(head)) or dismisses_report(head)
        noun = head
    return False


def _report_body(tok: Token) -> list[Token] | None:
    """What a report named by a noun says, where ``tok`` heads it: a reporting verb that describes
    the noun ("a report claiming ...", "the story that alleged ...") or the clause of a claim noun
    ("the claim that ...")."""
    if tok.dep_ in {"relcl", "acl"} and tok.head.pos_ in {"NOUN", "PROPN"} and tok.lemma_.lower() in lx.REPORTING_VERBS:
        return [t for t in tok.subtree if t.i > tok.i]
    if _in_report_clause(tok):
        return list(tok.subtree)
    return None


def _reported(tokens: list[Token]) -> set[str]:
    """Lemmas inside a report the clause names rather than makes."""
    return {t.lemma_.lower() for t in _reported_tokens(tokens)}


def _reported_tokens(tokens: list[Token]) -> list[Token]:
    """The words of a report the clause names rather than makes: a reporting verb that describes
    a noun ("the story that alleged ...", "a report claiming ..."), the clause of a claim noun
    ("the claim that ..."), or what a report is said to say ("the story ... by implying that ...")."""
    inside = {t.i for t in tokens}
    out: list[Token] = []
    for tok in tokens:
        body = _report_body(tok)  # "a report claiming ...", "the claim that ..."
        relayed = tok.dep_ == "ccomp" and tok.head.i in inside and tok.head.lemma_.lower() in lx.REPORTING_VERBS
        if (
            body is None
            and relayed
            and any(
                # relayed inside what the claim says, not the claim's own frame
                c.dep_ == "nsubj" and c.lemma_.lower() in _REPORTED
                for c in tok.head.children
            )
        ):
            body = list(tok.subtree)  # "[X said] media reports say Y": Y is the reports', not X's
        if body is None and relayed and tok.head.dep_ != "ROOT" and _report_speaks(tok.head):
            body = list(tok.subtree)  # "the story distorts his record by implying that he did not serve"
        if body is not None:
            out.extend(t for t in body if t.i in inside)
    return out


def _verdict(tokens: list[Token]) -> str | None:
    """Whether the clause judges a report or account true or false.

    It judges one when it holds a word of falsity ("lies", "false") or of truth ("accurate", "stand
    by"), predicated of a report noun or of a word that can stand for one ("it", "this", "the whole thing").
    A truth word inside "whether" / "if" leaves the question open ("no idea whether it is true").
    """
    fragment = any(t.dep_ == "ROOT" and t.lower_ in lx.FALSITY_WORDS for t in tokens)  # "Totally false!"
    if not fragment and not any(
        t.lemma_.lower() in _REPORTED
        or t.lower_ in _REPORTED
        or t.lower_ in _STAND_INS
        or t.lemma_.lower() in lx.ARTEFACT_NOUNS
        for t in tokens
    ):
        return None
    # a picture, recording or document named in the claim's paragraph ("the lawyer gave us the
    # audio; she insists it is real")
    docs = {id(t.doc): t.doc for t in tokens}.values()

    def artefact() -> bool:
        return any(t.lemma_.lower() in lx.ARTEFACT_NOUNS for d in docs for t in d)

    for tok in tokens:
        low = tok.lower_
        if tok.lemma_.lower() in lx.DENIAL_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _REPORTED for c in tok.children
        ):
            return "true" if _negated(tok) else "false"  # "denied the allegations"
        if tok.lemma_.lower() in lx.CONFIRMING_VERBS and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in _REPORTED or c.lemma_.lower() in lx.ARTEFACT_NOUNS)
            for c in tok.children
        ):
            return "unsure" if _negated(tok) else "true"  # "confirmed the report", "could not verify the tape"
        if tok.lemma_.lower() in lx.GROUND_NOUNS and (
            any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
            or (tok.dep_ == "pobj" and tok.head.lower_ == "without")
        ):
            return "false"  # "there is no truth to the rumours", "the allegations are without merit"
        epithet = tok.dep_ in {"amod", "compound"} and tok.head.pos_ == "PROPN"  # a nickname ("Lyin' Ted")
        # "it is true that X" asserts X ("it is false that X" denies it): it judges no report
        extraposed = any(c.dep_ in {"ccomp", "csubj"} for c in [*tok.children, *tok.head.children])
        if (
            (low in lx.FALSITY_WORDS or tok.lemma_.lower() in lx.FALSITY_WORDS)
            and not (epithet or extraposed)
            and tok.pos_ != "VERB"  # "told him to lie": a person lying, not a report judged
            and _of_a_report(tok)
        ) or (
            # "the video is fake", "the clip may be a hoax", "(said) the tape was doctored"; a verb
            # ("staged", "altered") only where the claim names a picture, recording or document
            low in lx.FAKE_WORDS
            and not epithet
            and (tok.pos_ == "VERB" or not extraposed)
            and (tok.pos_ != "VERB" or artefact())
            and _of_a_report(tok, lx.ARTEFACT_NOUNS)
        ):
            return "true" if _negated(tok) or _denied_above(tok) or _as_if(tok) else "false"
        stand_by = tok.lemma_.lower() == "stand" and any(c.lower_ == "by" for c in tok.children)
        # "the recording is authentic", "she insists it is real"
        # ("real" of "it" only beside a picture or recording: "the threat is real" judges none)
        genuine = low in lx.GENUINE_WORDS and (low != "real" or artefact()) and _of_a_report(tok, lx.ARTEFACT_NOUNS)
        if stand_by or ((low in lx.TRUTH_WORDS or genuine) and tok.dep_ in {"acomp", "attr"} and not extraposed):
            if _as_if(tok):
                return "true" if _negated(tok) else "false"
            if any(t.lower_ in {"whether", "if"} and t.i < tok.i for t in tokens):
                return "unsure"
            # "no evidence that the report is true" doubts it; "no reason to think it is not true" grants it
            above = _doubted_above(tok.head if tok.dep_ in {"acomp", "attr"} else tok)  # past its own verb
            if above == "open":
                return "unsure"  # "did not confirm that the report was accurate"
            return "false" if _negated(tok) != (above == "doubt") else "true"
    return None


def _split_points(parsed: ParsedText, a: int, b: int) -> list[int]:
    """Offsets where a content span divides into coordinated clauses or sentences."""
    points: list[int] = []
    toks = list(_tokens_in(parsed, a, b))
    if not toks:
        return points
    first_sent = toks[0][0]
    for sent, tok in toks:
        if sent is not first_sent and tok.i == sent.span[0].i:
            points.append(sent.offset(tok))  # a new sentence inside one quotation
            first_sent = sent
            continue
        if tok.dep_ == "cc" and tok.lower_ in {"and", "but", "while", "yet"}:
            nxt = [t for s2, t in toks if s2 is sent and t.i > tok.i]
            before = [t for s2, t in toks if s2 is sent and t.i < tok.i]
            if len(nxt) < MIN_CLAUSE_TOKENS or len([t for t in before if not t.is_punct]) < MIN_CLAUSE_TOKENS:
                continue
            head = tok.head
            conj = next((c for c in head.children if c.dep_ == "conj" and c.i > tok.i), None)
            prev_punct = tok.i > 0 and tok.doc[tok.i - 1].text == ","
            clause_conj = conj is not None and conj.pos_ in {"VERB", "AUX"}
            # "said that A, and that B": parallel reported clauses of one report stay one claim
            parallel_that = (
                tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "that" and tok.doc[tok.i + 1].dep_ == "mark"
            )
            if (clause_conj or (tok.lower_ == "but" and prev_punct)) and not parallel_that:
                points.append(sent.offset(tok))
    return points


_CONTENT_POS = frozenset(["NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"])  # words that carry content
_FRAME_DEPS = {"prt", "prep", "dobj", "nsubjpass", "attr", "acomp", "xcomp", "advmod", "dative"}
_MODIFIER_DEPS = {"prt", "prep", "advmod"}
# adverbs that say where an action went ("drove away", "turned back"); not those of degree or
# manner ("badly damaged", "severely damaged"), which measure rather than place it
_DIRECTIONS = {"away", "back", "out", "up", "down", "off", "in", "over", "around", "toward", "towards", "forward"}
# prepositions that say where an action went or happened ("drove towards them", "drove around
# the cars"); not those of topic, time, manner or concession ("knows about", "despite", "under the law")
_PLACE_PREPS = {
    *"toward towards around into onto through past across along from to at behind beside near inside outside".split(),
    "away",
}


def _brings_figure(tok: Token) -> bool:
    """A preposition whose object is a figure ("at $50,000", "in 2014")."""
    return tok.pos_ == "ADP" and any(c.dep_ == "pobj" and c.ent_type_ in FIGURE_LABELS for c in tok.children)


_CAUSE_WORDS = {"because", "due", "owing", "thanks", "basis", "result"}


def _cause(verb: Token) -> Token | None:
    """The child of ``verb`` that gives its cause: "because ..." (a clause or "because of"), "due
    to", "owing to", "thanks to", "on the basis of", "as a result of"."""
    for c in verb.children:
        low = c.lower_
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "because" for m in c.children):
            return c
        if c.dep_ == "prep" and low in _CAUSE_WORDS:
            return c
        on_basis = any(o.dep_ == "pobj" and o.lower_ in {"basis", "result"} for o in c.children)
        if c.dep_ == "prep" and low in {"on", "as"} and on_basis:
            return c
    return None


def _phrase_text(tok: Token) -> str:
    """A word's whole phrase, lower-cased, without punctuation."""
    return " ".join(t.lower_ for t in tok.subtree if not t.is_punct)


def _name_text(tok: Token) -> str:
    """A doer's phrase, lower-cased: the noun with what names it and whose side it is ("Israeli
    soldiers", "Members of Hamas", "Forces loyal to Assad"), not a verb, a clause or another
    phrase hung on it (where the parser may have put another clause's words: "Trump directed Cohen")."""
    keep = [tok]
    for c in tok.children:
        if (
            c.dep_ in {"compound", "poss", "det", "case", "nmod"}
            or (c.dep_ == "amod" and c.pos_ in {"ADJ", "PROPN"})
            # "Members of Hamas", "fighters from Hamas", "militants with Hamas", "the group, Hamas"
            # (not "its operation against Hamas", "the war with Hamas")
            or (c.dep_ == "prep" and c.lower_ == "of")
            or (c.dep_ == "prep" and c.lower_ in {"from", "with"} and tok.lemma_.lower() in lx.SIDE_PEOPLE)
            or c.dep_ == "appos"
        ):
            keep.extend(c.subtree)
    return " ".join(t.lower_ for t in sorted(keep, key=lambda t: t.i) if not t.is_punct)


def _agent(verb: Token) -> Token | None:
    """Who does a verb's act: its active subject (a relative pronoun names no side: who launched
    "rockets that killed" is the ``_controller``); for an infinitive set under another verb, the
    object of a verb of making someone act ("directed Cohen to lie", "urged him to resign"), else
    that verb's subject ("wanted to lie", "promised Kim to lift", "fired Comey to end the
    inquiry"). None where the clause names no one ("was fired", "to lie" alone)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None or verb.dep_ != "xcomp":
        return subj
    head = verb.head
    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
    if obj is not None and head.lemma_.lower() in lx.OBJECT_CONTROL_VERBS:
        return obj
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


def _controller(verb: Token) -> Token | None:
    """Who set the doer of an act going: the subject of the verb over an infinitive whose object
    does it ("Israel" in "Israel ordered its troops to attack"), or of the verb whose object a
    relative clause's noun is ("Hamas" in "Hamas launched rockets that killed two children")."""
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in verb.children):
        noun = verb.head
        if noun.dep_ != "dobj":
            return None
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if verb.dep_ != "xcomp" or any(c.dep_ == "nsubj" for c in verb.children):
        return None
    head = verb.head
    if head.lemma_.lower() not in lx.OBJECT_CONTROL_VERBS or not any(c.dep_ == "dobj" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


def clause_info(parsed: ParsedText, a: int, b: int) -> ClauseInfo:
    lemmas, subjects, verbs, words = [], [], [], []
    proper: set[str] = set()
    not_things: set[str] = set()
    frames: dict[str, set[str]] = {}
    modifiers: dict[str, set[str]] = {}
    causes: dict[str, set[str]] = {}
    negated_verbs: set[str] = set()
    phrases: dict[str, str] = {}
    verb_subjects: dict[str, tuple[str, str]] = {}
    names: dict[str, str] = {}
    figures: dict[str, set[str]] = {}
    said_of: dict[str, set[str]] = {}
    backed: set[str] = set()
    opposed: set[str] = set()
    doers: dict[str, set[str]] = {}
    verb_agents: dict[str, set[str]] = {}
    verb_controllers: dict[str, set[str]] = {}
    leavers: set[str] = set()
    deeds: set[str] = set()
    done_by: set[str] = set()
    nonpost: set[str] = set()  # lemmas of leaving or staying that say where, not which post
    posted: set[str] = set()  # ... and those that do not
    figure_doers: dict[str, set[str]] = {}
    describing: set[str] = set()
    described: set[str] = set()
    negators: list[Token] = []
    negated = False
    tokens = []
    for _sent, tok in _tokens_in(parsed, a, b):
        tokens.append(tok)
        low = tok.lower_
        if tok.ent_type_ in FIGURE_LABELS and tok.ent_iob_ == "B":
            ent = next((e for e in tok.doc.ents if e.start == tok.i), None)
            # a date counts when it names a day, a month or a year, not "this week", nor when it
            # tells when the words were said
            dated = ent is not None and (ent.label_ not in {"DATE", "TIME"} or _CALENDAR.search(ent.text))
            if ent is not None and dated and not _when_said(ent) and not _names_which(ent):
                kind = _figure_kind(ent)
                figures.setdefault(kind, set()).add(ent.text.lower())
                doer = _figure_doer(ent.root)
                if doer:
                    figure_doers.setdefault(kind, set()).add(doer)
        words.append(low)
        if (
            (low in lx.NEGATORS or tok.dep_ == "neg")
            and not _not_restrictive(tok)
            and not _rhetorical(tok)
            and not _in_background(tok)
        ):
            negated = True
            negators.append(tok)
        elif tok.lower_ in lx.NEGATIVE_PREDICATES and tok.dep_ in {"acomp", "attr", "ROOT"} and not _negated(tok):
            # "the event is unrelated to the asteroid", "spiders are unable to burrow": the word
            # itself says "not"
            negated = True
            negators.append(tok)
        # a participle that only qualifies a noun ("the talking points", "the leaked memo") is no
        # action the clause reports
        acts = tok.pos_ == "VERB" and tok.dep_ not in {"compound", "amod"}
        if acts and tok.lemma_.lower() not in lx.STOP_LEMMAS:
            # a passive subject is the object of the action ("a warrant was issued" = "issued a warrant");
            # a preposition that only brings a figure ("set at $50,000", "for $50,000") is no detail of
            # its own: the figures are compared as figures
            kids = [c for c in tok.children if c.dep_ in _FRAME_DEPS and not c.is_punct and not _brings_figure(c)]
            cause = _cause(tok)
            frames.setdefault(tok.lemma_.lower(), set()).update(c.lemma_.lower() for c in kids if c is not cause)
            modifiers.setdefault(tok.lemma_.lower(), set()).update(
                c.lemma_.lower()
                for c in kids
                if c.dep_ in _MODIFIER_DEPS
                and c is not cause
                and (c.dep_ != "advmod" or c.lower_ in _DIRECTIONS)
                and (c.dep_ != "prep" or c.lower_ in _PLACE_PREPS)
            )
            if cause is not None:
                causes.setdefault(tok.lemma_.lower(), set()).update(
                    t.lemma_.lower()
                    for t in cause.subtree
                    if t.pos_ in {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
                    and not t.is_stop
                    and t.lemma_.lower() not in lx.STOP_LEMMAS | _CAUSE_WORDS
                )
        if tok.pos_ in _CONTENT_POS and not tok.is_stop:
            lemma = tok.lemma_.lower()
            # ("Mr.", "Ms.": a title is no word of what is said, and no question asks about it)
            if lemma not in lx.STOP_LEMMAS and len(lemma) > 1 and not (tok.pos_ == "PROPN" and lemma in lx.HONORIFICS):
                lemmas.append(lemma)
                if tok.pos_ == "PROPN" or tok.ent_type_:
                    proper.add(lemma)
                    names.setdefault(lemma, tok.text)
                if tok.ent_type_ in _NOT_THINGS:
                    not_things.add(lemma)
        if acts and tok.lemma_.lower() not in lx.STOP_LEMMAS:
            verbs.append(tok.lemma_.lower())
            # (a participle names what a thing or a person is wherever it stands: "children born in
            # the U.S. are citizens", "those born here")
            # ("all persons born or naturalized in the country": each participle of the pair)
            first = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "acl" else tok
            participle = (
                first.dep_ == "acl" and tok.tag_ in {"VBN", "VBG"} and first.head.pos_ in {"NOUN", "PRON", "PROPN"}
            )
            if participle or (
                tok.dep_ in {"relcl", "acl"} and tok.head.pos_ == "NOUN" and tok.head.dep_ in {"dobj", "pobj"}
            ):
                describing.add(tok.lemma_.lower())
                described.update(t.lemma_.lower() for t in tok.subtree if t.pos_ in _CONTENT_POS and not t.is_stop)
            if tok.lemma_.lower() in lx.LEAVING_VERBS or tok.lemma_.lower() in lx.STAYING_VERBS:
                leaver = _leaver(tok)
                if leaver is not None:
                    leavers.add(leaver)
                (nonpost if _no_post(tok) else posted).add(tok.lemma_.lower())
            agent = _agent(tok)
            if agent is not None:
                # "Kim and Moon signed": each of them did
                verb_agents.setdefault(tok.lemma_.lower(), set()).update(
                    _name_text(t) for t in agent.conjuncts + (agent,)
                )
                controller = _controller(tok)
                if controller is not None:
                    verb_controllers.setdefault(tok.lemma_.lower(), set()).add(_name_text(controller))
            doer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if doer is not None and (doer.lower_ in {"he", "she"} or doer.pos_ == "PROPN"):
                doers.setdefault(tok.lemma_.lower(), set()).add(doer.lower_)
            if any(c.dep_ == "neg" or c.lower_ in {"never", "no"} for c in tok.children):
                negated_verbs.add(tok.lemma_.lower())
            # a participle that works as a preposition or an adjective ("given that", "some bad
            # apples given ...") names no act anyone did
            if tok.tag_ in {"VBD", "VBN"} and tok.dep_ not in {"prep", "acl", "amod"}:
                prt = " ".join(
                    c.lower_ for c in tok.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == tok.i + 1)
                )
                helper = "was " if any(c.dep_ == "auxpass" for c in tok.children) else ""
                if (
                    not helper
                    and tok.tag_ == "VBN"
                    and any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)
                ):
                    helper = "has "  # "had misspoken": "Who has misspoken?"
                # the thing acted on, when it is a thing ("expressed concern", "opposed the plan")
                obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
                what = ""
                if obj is not None:
                    det = [c.lower_ for c in obj.children if c.dep_ == "det" and c.lower_ in {"the", "a", "an"}]
                    mods = [c.text for c in obj.children if c.dep_ in {"compound", "amod"} and c.i < obj.i]
                    what = " ".join([*det, *mods[-1:], obj.text])
                phrases.setdefault(tok.lemma_.lower(), " ".join(w for w in (helper + tok.lower_, prt, what) if w))
                asked = _yes_no_parts(tok)
                if asked is not None:
                    verb_subjects.setdefault(tok.lemma_.lower(), asked)
        if acts:
            # a deed, light verbs too ("took the money", "had an affair"), and a charge
            doer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if doer is not None and doer.pos_ == "PROPN" and _deed(tok):
                done_by.add(doer.lower_)
                if _done_to_someone(tok):
                    deeds.add(doer.lower_)
            accused = _accused(tok)
            if accused is not None:
                deeds.add(accused.lower_)
        if tok.pos_ == "NOUN" and not tok.is_stop:
            mods = [c.text for c in tok.children if c.dep_ in {"compound", "amod"} and c.i < tok.i and not c.is_stop]
            phrases.setdefault(tok.lemma_.lower(), " ".join([*mods[-1:], tok.text]))
        if tok.dep_ == "nsubj":  # who does it: "X was fired" says nothing of who fired X
            subjects.append(_phrase_text(tok))
        if tok.dep_ in {"acomp", "attr"} and tok.pos_ in {"ADJ", "NOUN"}:
            # "the toll is too high": what is said of the toll
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
            if subj is not None:
                said_of.setdefault(subj.lemma_.lower(), set()).add(tok.lemma_.lower())
        elif tok.dep_ in {"ccomp", "oprd"} and tok.pos_ in {"ADJ", "NOUN"}:
            # "I find the law disturbing", "we consider the ruling a disgrace": a clause with no verb
            subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
            if subj is not None:
                said_of.setdefault(subj.lemma_.lower(), set()).add(tok.lemma_.lower())
        elif tok.dep_ == "conj" and tok.pos_ in {"ADJ", "NOUN"} and tok.head.dep_ in {"acomp", "attr"}:
            # "the decision was legal but wrong": what is said of it in the second word too
            subj = next((c for c in tok.head.head.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
            if subj is not None:
                said_of.setdefault(subj.lemma_.lower(), set()).add(tok.lemma_.lower())
    inside = {(id(t.doc), t.i) for t in tokens}
    for tok in tokens:
        stand = _stand(tok, inside)
        if stand is not None:
            (opposed if stand[1] else backed).add(stand[0])
    # a negation inside a relative clause on a noun of the claim describes that noun
    # ... and one inside a condition set on the claim's own clause ("If it was not X, why is ...?")
    # ... and one inside a report the claim names ("the story implies that he did not serve")
    named = {t.i for t in _reported_tokens(tokens)}
    negators = [n for n in negators if not _describes(n, inside) and not _in_condition(n, inside) and n.i not in named]
    negated = bool(negators)
    return ClauseInfo(
        lemmas=lemmas,
        subjects=subjects,
        verbs=verbs,
        negated=negated,
        words=words,
        proper=proper,
        not_things=not_things,
        frames=frames,
        modifiers=modifiers,
        causes=causes,
        negated_verbs=negated_verbs,
        phrases=phrases,
        verb_subjects=verb_subjects,
        names=names,
        figures=figures,
        said_of=said_of,
        verdict=_verdict(tokens),
        # what a time clause set after the main one tells is background the claim does not assert
        named_report=_named_report(tokens),
        reported=_reported(tokens)
        | {
            t.lemma_.lower()
            for t in tokens
            if _in_background(t) and t.pos_ in _CONTENT_POS and not t.is_stop and t.lemma_.lower() not in lx.STOP_LEMMAS
        },
        attacks=_attacks(tokens),
        attacked=_attacked(tokens),
        backed=backed,
        opposed=opposed,
        owners=_owners(tokens),
        rejects_all=_rejects_all(tokens),
        question=_asks(tokens),
        supposed=_supposes(tokens),
        conditional=_conditional(tokens),
        clause=any(t.pos_ in {"VERB", "AUX"} for t in tokens),
        negated_scope=_scope(negators, tokens) | _denied_scope(tokens),
        negated_beside=_scope(_side_negations(tokens), tokens),
        denied_things=_denied_things(tokens),
        told_things=_told_things(tokens),
        reversed_scope=_reversed(tokens),
        measured=_measured(tokens),
        doers=doers,
        verb_agents=verb_agents,
        verb_controllers=verb_controllers,
        leavers=leavers,
        deeds=deeds,
        done_by=done_by,
        noun_words={t.lower_ for t in tokens if t.pos_ in {"NOUN", "PROPN"}},
        unposted=nonpost - posted,
        figure_doers=figure_doers,
        describing=describing,
        described=described,
        open_scope=_open_scope(tokens),
        weighed=_weighed(tokens),
        rounding={t.lower_ for t in tokens if t.head.like_num or t.head.pos_ == "NUM"},
        links=_links(tokens),
    )


def one_form(word: str) -> str:
    """A word with each doubled letter made single: "cancellations" and "cancelations" are one."""
    return re.sub(r"(\w)\1", r"\1", word)


def _link_words(head: Token | None, inside: set[int], leave: Token | None = None) -> frozenset[str]:
    """The content lemmas of a phrase, without the part ``leave`` heads."""
    if head is None:
        return frozenset()
    skip = {t.i for t in leave.subtree} if leave is not None else set()
    return frozenset(
        t.lemma_.lower()
        for t in head.subtree
        if t.i in inside
        and t.i not in skip
        and (t.pos_ in {"NOUN", "PROPN", "VERB"} or t.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"})
        and not t.is_stop
        and t.lemma_.lower() not in lx.STOP_LEMMAS
    )


def _child(tok: Token | None, deps: set[str], words: set[str] | None = None) -> Token | None:
    if tok is None:
        return None
    return next((c for c in tok.children if c.dep_ in deps and (words is None or c.lower_ in words)), None)


def _object_of(prep: Token | None) -> Token | None:
    return _child(prep, {"pobj", "pcomp"})


def _link_of(tok: Token) -> tuple[Token | None, Token | None, Token | None] | None:
    """(effect, cause, a part of the effect's phrase that is the cause's) for one word that links
    a cause to what it brought about, or None."""
    lemma = tok.lemma_.lower()
    subj = _child(tok, {"nsubj"})
    passive = _child(tok, {"nsubjpass"})
    obj = _child(tok, {"dobj"})
    if lemma == "blame" and tok.dep_ == "xcomp" and tok.head.lemma_ == "be":
        # "the state was (not) to blame for the flooding"
        for_ = _child(tok, {"prep"}, {"for"})
        cause = _child(tok.head, {"nsubj"})
        if for_ is not None and cause is not None:
            return _object_of(for_), cause, None
    if tok.pos_ == "VERB" and lemma in lx.BLAMING_VERBS:
        # "blamed C for E" first; then "blamed E on C" (the parser may hang "on C" on E), "E was
        # blamed on C", where "on" brings no day or medium ("blamed Democrats on Twitter")
        for_ = _child(tok, {"prep"}, {"for"}) or _child(obj, {"prep"}, {"for"})
        if obj is not None and for_ is not None:
            return _object_of(for_), obj, None
        thing = obj or passive
        for on in [
            c for x in (tok, thing) if x is not None for c in x.children if c.dep_ == "prep" and c.lower_ == "on"
        ]:
            cause = _object_of(on)
            if thing is not None and cause is not None and not _who(thing) and not _when_or_where(cause):
                return thing, cause, on
    if tok.pos_ == "VERB" and lemma in lx.ASCRIBING_VERBS:
        # "attributed E to C", "E was traced to C"
        thing = obj or passive
        to = _child(tok, {"prep"}, {"to"}) or _child(thing, {"prep"}, {"to"})
        if thing is not None and to is not None:
            return thing, _object_of(to), to
        # 'attributed the "delays" to “weather challenges”': the parser may take "to" for the
        # sign of an infinitive whose verb is the cause's head word
        aux = next(
            (t for t in tok.subtree if t.lower_ == "to" and t.dep_ == "aux" and thing is not None and t.i > thing.i),
            None,
        )
        if aux is not None and aux.head.tag_ in {"NNS", "NN", "VBZ"}:
            return thing, aux.head, aux.head
    if tok.pos_ == "VERB" and lemma in lx.CAUSING_VERBS:
        # "C spurred E", "E was caused by C"; "C prompted X to do E": the act is what it brought about
        if passive is not None:
            return passive, _object_of(_child(tok, {"agent"})), None
        act = _child(tok, {"xcomp"})
        if subj is not None and act is not None:
            return act, subj, None
        if subj is not None and obj is not None:
            return obj, subj, None
    if tok.pos_ == "VERB" and ((lemma, "to") in _LEADS or (lemma, "in") in _LEADS):
        # "C resulted in E", "C contributed to E" ("led to" is as often a road's)
        prep = _child(tok, {"prep"}, {word for (v, word) in _LEADS if v == lemma})
        if subj is not None and prep is not None:
            return _object_of(prep), subj, None
    if tok.pos_ == "VERB" and lemma in lx.PUNISHING_VERBS:
        # "was fired for poor performance", "sued the city for negligence": the grounds of the act
        # (not a sum, a time or a person: "fined for $500", "fired for the second time", "for him")
        for_ = _child(tok, {"prep"}, {"for"})
        grounds = _object_of(for_) if for_ is not None else None
        if (
            grounds is not None
            and grounds.pos_ == "NOUN"
            and not _who(grounds)
            and not _when_or_where(grounds)
            and grounds.ent_type_ not in {"MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT", "DATE", "TIME"}
            and not any(c.dep_ == "nummod" or c.ent_type_ == "ORDINAL" for c in grounds.children)
            # what is sought or how long, not why: "sued for damages", "banned for life"
            and grounds.lemma_.lower() not in _SOUGHT_OR_HOW_LONG
        ):
            return tok, grounds, for_
    if lemma in {"cause", "reason"} and tok.pos_ == "NOUN" and tok.dep_ == "attr":
        # "C were the causes of E", "C was the reason for E"
        of = _child(tok, {"prep"}, {"of", "for"})
        return (_object_of(of), _child(tok.head, {"nsubj"}), None) if of is not None else None
    if tok.dep_ == "prep" and tok.lower_ == "behind" and tok.head.lemma_ == "be":
        # "C was behind E"
        return _object_of(tok), _child(tok.head, {"nsubj"}), None
    return None


def _contrasted(verb: Token) -> bool:
    """Whether what a linking word governs sets one cause against another ("not by X but by Y",
    "neither X nor Y", "the mayor, not the police")."""
    words = {t.lower_ for t in verb.subtree if t.i > verb.i}
    return (
        bool(words & {"neither", "nor"})
        or ("not" in words and bool(words & {"but", "rather"}))
        or any(
            t.lower_ == "not"
            and t.dep_ in {"neg", "preconj", "cc"}
            and (t.head.dep_ in {"conj", "appos"} or t.head.pos_ in {"NOUN", "PROPN"})
            for t in verb.subtree
        )
    )


def _in_report_clause(tok: Token) -> bool:
    """A verb heading the clause of a report noun ("the claim that ...", "rumours that the mandate
    spurred ...", which the parser may take for a relative clause: its "that" is then no pronoun)."""
    if tok.head.lemma_.lower() not in lx.CLAIM_NOUNS or tok.head.pos_ not in {"NOUN", "PROPN"}:
        return False  # (not the verb: "the report claimed that ..." makes its claim)
    return tok.dep_ in {"acl", "ccomp"} or (
        tok.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
    )


_LEADS = frozenset([("result", "in")])  # ("contributed to" names one cause among several)
# acts done to someone for a reason a "for" phrase gives ("fired for", "arrested for")
_SOUGHT_OR_HOW_LONG = frozenset("life damage damages compensation relief payment sum amount term".split())
# every lemma that can link a cause (``_link_of``)
_LINKING = (
    lx.BLAMING_VERBS
    | lx.ASCRIBING_VERBS
    | lx.CAUSING_VERBS
    | lx.PUNISHING_VERBS
    | {verb for verb, _ in _LEADS}
    | {"cause", "reason"}
)


def _may_link(tok: Token) -> bool:
    """Whether a word can link a cause: one of ``_LINKING``, "behind", or the "had" of "had nothing
    to do with"."""
    if tok.lemma_ == "have":
        return any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in tok.children)
    return tok.lemma_.lower() in _LINKING or tok.lower_ == "behind"


_ONE_OF_SEVERAL = frozenset("also too partly partially largely".split())


def _who(tok: Token) -> bool:
    """A person or a people: what "blamed X on ..." blames is then X itself ("blamed Democrats on
    Twitter"), not a thing put down to a cause."""
    return tok.ent_type_ in {"PERSON", "NORP"} or tok.pos_ == "PRON" or tok.lemma_.lower() in lx.PERSON_ROLES


def _when_or_where(tok: Token) -> bool:
    """A day, a time or a medium ("on Friday", "on Twitter"): no cause."""
    return tok.ent_type_ in {"DATE", "TIME"} or tok.lower_ in lx.MEDIA_NOUNS


def cue_links(
    parsed: ParsedText, a: int, b: int, cue: list[Token]
) -> list[tuple[frozenset[str], frozenset[str], bool]]:
    """The links a cue that itself links makes of what its claim reports ("The airline attributed
    [the cancellations to the weather]")."""
    if not any(_may_link(t) for t in cue):
        return []  # most cues link nothing: the claim's words need not be read again
    tokens = [t for _, t in _tokens_in(parsed, a, b)]
    inside = {t.i for t in tokens}
    return [x for x in _links(tokens, [t for t in cue if t.i not in inside]) if x[0] and x[1]]


def _links(tokens: list[Token], verbs: list[Token] | None = None) -> list[tuple[frozenset[str], frozenset[str], bool]]:
    """What the clause says brought about what (see ``ClauseInfo.links``); with ``verbs``, only
    what those words outside the clause link of the clause's words."""
    if not any(_may_link(t) for t in (tokens if verbs is None else verbs)):
        return []  # no word that links a cause: nothing more to read
    inside = {t.i for t in tokens}
    named = {t.i for t in _reported_tokens(tokens)}
    false = _verdict(tokens) == "false" or any(
        t.lemma_.lower() in lx.DENIAL_VERBS or t.lower_ in lx.FALSITY_WORDS for t in tokens if t.i not in named
    )
    out: list[tuple[frozenset[str], frozenset[str], bool]] = []
    for tok in tokens if verbs is None else verbs:
        if tok.lemma_ == "have" and _may_link(tok):
            # "E had nothing to do with C": no link, either way round
            do = next((g for c in tok.children for g in c.children if g.lemma_ == "do"), None)
            with_ = _child(do, {"prep"}, {"with"})
            subj = _child(tok, {"nsubj"})
            effect, cause = _link_words(subj, inside), _link_words(_object_of(with_), inside)
            said_before = _cause_named_before(_object_of(with_))
            if not cause and said_before is not None:
                # "X blamed the delays on the rules, but Y said the delays had nothing to do with
                # it": "it" is the cause the sentence named before
                cause = _link_words(said_before, {t.i for t in said_before.subtree})
            if effect and cause:
                out += [(effect, cause, False), (cause, effect, False)]
            continue
        found = _link_of(tok)
        if found is None:
            continue
        effect_head, cause_head, part = found
        effect, cause = _link_words(effect_head, inside, part), _link_words(cause_head, inside)
        if not effect or not cause:
            continue
        verb = tok.head if tok.dep_ in {"attr", "prep"} else tok  # "was the cause of", "was behind"
        if any(c.tag_ == "MD" or _supposing(c) for c in verb.children):
            continue  # only possible, supposed or asked: "may have caused", "whether X caused"
        if _contrasted(verb):
            continue  # "caused not by the pilots but by ...", "by neither X nor Y": no one cause
        if any(c.lower_ in _ONE_OF_SEVERAL for c in verb.children):
            continue  # "also caused", "partly caused": one cause among several
        doubted = _doubted_above(verb)
        if doubted == "open":
            continue
        holds = not _negated(tok) and not _negated(verb) and doubted != "doubt"
        if any(c.lower_ in lx.WRONGLY_WORDS for c in verb.children) or _judged_wrong(verb):
            holds = not holds  # "wrongly blamed the outage on hackers", "is wrong to blame hackers"
        if tok.i in named:
            if not false:
                continue  # a link a report the claim names makes, and the claim does not judge
            holds = False  # "denounced rumours that the mandate spurred the cancellations"
        out.append((effect, cause, holds))
    return out


# what one who blames or says something is called when the speaker holds them wrong to
_WRONG_TO = lx.FALSITY_WORDS | frozenset("unfair disingenuous dishonest irresponsible hypocritical".split())


def _judged_wrong(verb: Token) -> bool:
    """'Lee is wrong to blame the state', 'is being disingenuous in blaming the state': the act is
    one the speaker calls wrong (an adjective of wrongness with the act as its infinitive or its
    "in" phrase), so the link it makes does not hold for the speaker."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "in":
        head = head.head
    elif verb.dep_ not in {"xcomp", "advcl"}:
        return False
    judged = [head] if head.pos_ == "ADJ" else [c for c in head.children if c.dep_ == "acomp" and c.pos_ == "ADJ"]
    return any(a.lower_ in _WRONG_TO and not _negated(a.head if a.dep_ == "acomp" else a) for a in judged)


def _cause_named_before(pronoun: Token | None) -> Token | None:
    """The cause an earlier clause of the sentence links ("blamed the delays on the rules, but ...
    had nothing to do with it": the rules), for "it" or "that" standing in for it."""
    if pronoun is None or pronoun.lower_ not in {"it", "that", "this"} or pronoun.pos_ != "PRON":
        return None
    for tok in reversed(list(pronoun.sent[: pronoun.i - pronoun.sent.start])):
        found = _link_of(tok) if tok.lemma_.lower() in _LINKING else None
        if found is not None and found[1] is not None and found[1].pos_ != "PRON":
            return found[1]
    return None


def _leaver(verb: Token) -> str | None:
    """Who a verb of leaving or staying says goes or stays: its subject, or where it hangs from
    another verb, that verb's object ("urged Pryce to quit") or subject ("vowed to stay"). The head
    lemma, or None for a pronoun or where no one is named."""
    who = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if who is None and verb.dep_ in {"xcomp", "ccomp", "conj", "advcl"} and verb.head.i != verb.i:
        kids = list(verb.head.children)
        # "urged Pryce to quit", "called on Pryce to quit"; not "promised voters to stay" nor "do
        # the right thing and quit", where the one who goes is the subject
        pressing = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lx.URGING_VERBS | {"force", "expect"}
        pressed = [c for c in kids if c.dep_ == "dobj"] + [
            g for c in kids if c.dep_ == "prep" and c.lower_ in {"on", "upon"} for g in c.children if g.dep_ == "pobj"
        ]
        subject = [c for c in kids if c.dep_ in {"nsubj", "nsubjpass"}]
        who = next(iter(pressed + subject if pressing else subject), None)
    if who is None or who.pos_ == "PRON":
        return None
    return who.lemma_.lower()


def _measured(tokens: list[Token]) -> dict[str, set[str]]:
    """What each word of amount measures: for one that modifies a noun, the noun and the nouns
    compounded with it; for one that grades a word ("more difficult", "less hopeful of talks"), that
    word, the noun it describes and the nouns it governs; for an adverb of a verb ("sometimes
    pays"), the verb; for a verb of amount ("reduce the deficit"), its object; for a part ("part of
    the law", "all of the schools"), its whole."""
    out: dict[str, set[str]] = {}
    for t in tokens:
        head = t.head
        if t.dep_ in {"det", "amod", "advmod", "nummod", "predet"} and head.pos_ in {"NOUN", "PROPN"}:
            nouns = {head.lemma_.lower()} | {c.lemma_.lower() for c in head.children if c.dep_ == "compound"}
            out.setdefault(t.lower_, set()).update(nouns)
        elif t.dep_ == "advmod" and head.pos_ in {"ADJ", "ADV"} and head.i != t.i:
            graded = {head.lemma_.lower()} | {
                g.lemma_.lower() for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
            }
            if head.dep_ == "amod" and head.head.pos_ in {"NOUN", "PROPN"}:
                graded.add(head.head.lemma_.lower())
            out.setdefault(t.lower_, set()).update(graded)
        elif t.dep_ == "advmod" and head.pos_ in {"VERB", "AUX"} and head.i != t.i:
            out.setdefault(t.lower_, set()).add(head.lemma_.lower())  # "sometimes pays", "always opposed"
        elif t.pos_ == "VERB" and t.lower_ in lx.SCALE_WORDS:
            objects = {c.lemma_.lower() for c in t.children if c.dep_ in {"dobj", "nsubjpass"}}
            if objects:
                out.setdefault(t.lower_, set()).update(objects)
        elif t.pos_ in {"NOUN", "PRON", "DET"}:
            # "part of the law", "most of the money", "all of the schools": what the part is of
            wholes = {
                g.lemma_.lower()
                for c in t.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            }
            if wholes:
                out.setdefault(t.lower_, set()).update(wholes)
    return out


def _side_negations(tokens: list[Token]) -> list[Token]:
    """The "not"s of clauses set beside the claim's main one ("as she is not interested in ..."),
    not of the main verb, whose "not" the claim's polarity already tells (a rhetorical "Don't you
    know ...?" asserts)."""
    inside = {t.i for t in tokens}
    out = []
    for t in tokens:
        if t.dep_ != "neg" or t.head.dep_ not in {"advcl", "relcl", "acl"} or t.head.head.i not in inside:
            continue
        # (only a no of the one the main clause speaks of, or of no one named: "Cole paid the fine
        # after Hale did not pay it" says no of Hale, not of what Cole did)
        own = next((c for c in t.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        main = next((c for c in t.head.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if own is None or own.pos_ == "PRON" or (main is not None and own.lemma_.lower() == main.lemma_.lower()):
            out.append(t)
    return out


def _scope(negators: list[Token], tokens: list[Token]) -> set[str]:
    """The lemmas the negations bear on: the phrase of the word each negates ("not supported by
    any credible intelligence", "no proof of racist behavior"), without a reason or time clause
    set beside it ("we are not surprised, because neighbouring states ...") and only inside the claim."""
    inside = {(id(t.doc), t.i) for t in tokens}
    out: set[str] = set()
    for neg in negators:
        head = neg if neg.lower_ == "without" else neg.head
        aside = {t.i for c in head.children if c.dep_ in {"advcl", "relcl"} for t in c.subtree}
        if head.lemma_.lower() == "be" and not any(c.dep_ == "acomp" for c in head.children):
            # "being against gay marriage is not being anti-gay": what an act or a clause is said not
            # to be, not what it is said of (but "the war is not over", "such an order would not be
            # possible" say no of the war, of the order)
            act = {
                t.i
                for c in head.children
                if c.dep_ == "csubj" or (c.dep_ == "nsubj" and c.tag_ == "VBG")
                for t in c.subtree
            }
            # (where what it is said not to be is a word of its own: "raising taxes is not the
            # answer" says no of raising taxes)
            if _content_lemmas(head, inside, aside | act) - lx.REPORTING_VERBS:
                aside |= act
        out |= _content_lemmas(head, inside, aside)
    return out


def _content_lemmas(root: Token, inside: set[tuple[int, int]], aside: set[int] = frozenset()) -> set[str]:
    """The content lemmas of a word's phrase that lie inside the claim and outside ``aside``."""
    return {
        t.lemma_.lower()
        for t in root.subtree
        if t.i not in aside and (id(t.doc), t.i) in inside and not t.is_stop and t.pos_ in _CONTENT_POS
    }


def _denied_things(tokens: list[Token]) -> set[str]:
    """The noun lemmas of things a clause says do not exist: the object of "have" or the subject
    of an existential "there is" with "no" ("has no dams", "there were no casualties") or with
    "any" under a negation ("does not have any dams", "there are not any troops"), and the subject
    of "exist" with "no" ("no such plan exists")."""
    out: set[str] = set()
    inside = {(id(t.doc), t.i) for t in tokens}
    named = {t.i for t in _reported_tokens(tokens)}  # "dismissed reports that there were no survivors"
    for tok in tokens:
        if tok.pos_ != "NOUN" or tok.tag_ == "VBG" or tok.lemma_.lower() in lx.IDIOM_NOUNS | lx.INTENT_NOUNS:
            continue
        if tok.i in named or _in_condition(tok, inside):
            continue  # "if there is no ceasefire": supposed, not said
        head = tok.head
        dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
        lemma = head.lemma_.lower()
        existential = lemma == "be" and any(c.dep_ == "expl" for c in head.children) and tok.dep_ in {"attr", "nsubj"}
        owned = lemma == "have" and tok.dep_ == "dobj"
        exists = lemma == "exist" and tok.dep_ == "nsubj"
        if not (existential or owned or exists):
            continue
        # "there should be no deal": what ought to be, not what is
        if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in {"will", "wo"} for c in head.children):
            continue
        if "no" in dets or ("any" in dets and _negated(head) and not exists):
            out.add(_thing_of(tok))
    return out


def _thing_of(noun: Token) -> str:
    """A noun's lemma with what it is of, where the text says so ("evidence of a gunman" ->
    "evidence of gunman", "the gang's accomplices" -> "accomplice of gang"): the evidence of one
    thing is not the evidence of another."""
    lemma = noun.lemma_.lower()
    of = next(
        (
            g
            for c in noun.children
            if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
            for g in ([c] if c.dep_ == "poss" else [x for x in c.children if x.dep_ == "pobj"])
        ),
        None,
    )
    return lemma if of is None else f"{lemma} of {of.lemma_.lower()}"


def _told_things(tokens: list[Token]) -> set[str]:
    """Noun lemmas a clause tells of as things that are there: the subject or object of a verb
    it asserts ("the dams were opened", "Israel opened the dams", "water of the dams, which were
    opened"), not a word that only describes another ("the emergency declaration")."""
    out: set[str] = set()
    for tok in tokens:
        if tok.pos_ != "NOUN":
            continue
        head = tok.head
        argument = tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and head.pos_ in {"VERB", "AUX"} and not _negated(head)
        if argument or any(c.dep_ == "relcl" and not _negated(c) for c in tok.children):
            out.add(_thing_of(tok))
    return out


def _denied_scope(tokens: list[Token]) -> set[str]:
    """What a verb of denial in the claim says is not so: the content words of what it governs
    ("denied staging any of his films or having met Thomas" -> stage, film, meet). A claim that
    denies X and one that says "never X" both say X is not so."""
    inside = {(id(t.doc), t.i) for t in tokens}
    out: set[str] = set()
    for tok in tokens:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lx.DENIAL_VERBS or _negated(tok):
            continue
        for c in tok.children:
            # "denied staging X or having met Y": the parser may hang the perfect gerund on the verb
            perfect = c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "having" for a in c.children)
            if c.dep_ in {"dobj", "ccomp", "xcomp", "pcomp"} or perfect:
                out |= _content_lemmas(c, inside)
    return out


def _doubts(tok: Token) -> bool:
    """A word of doubt that is not itself negated: "doubt" (verb or noun: "raised doubts
    about"), "question" with "whether" or "if" after it."""
    lemma = tok.lemma_.lower()
    if _negated(tok) or any(c.lower_ in lx.NEGATORS for c in tok.children if c.dep_ == "det"):
        return False
    if lemma == "doubt":
        return True
    return (
        lemma == "question"
        and tok.pos_ == "VERB"
        and any(c.lower_ in {"whether", "if"} for c in tok.subtree if c.dep_ == "mark" and c.head.head.i == tok.i)
    )


def _reversed(tokens: list[Token]) -> set[str]:
    """The lemmas under a verb of reversal that is not itself negated, inside the claim: its object
    or complement and what hangs on them ("abandon a deal to expand its headquarters")."""
    inside = {(id(t.doc), t.i) for t in tokens}
    out: set[str] = set()
    for verb in tokens:
        # the act named as a noun reverses as well: "his refusal to meet", "the cancellation of the talks"
        named = verb.pos_ == "NOUN" and verb.lemma_.lower() in lx.REVERSING_NOUNS
        if not named and (verb.pos_ != "VERB" or verb.lemma_.lower() not in lx.REVERSING_VERBS or _negated(verb)):
            continue
        for c in verb.children:
            # what it governs, with an infinitive the parser hung on it ("abandon a deal to expand")
            if (
                c.dep_ in {"dobj", "xcomp", "ccomp", "prep", "pcomp", "oprd"}
                or (c.dep_ == "advcl" and infinitive(c))
                or (named and c.dep_ == "acl" and infinitive(c))
            ):
                # not a clause set beside the thing ("ban travel to Indiana, where the law could
                # allow ..."), though an infinitive that says what the thing is for ("a licence to evict")
                aside = {
                    t.i
                    for clause in c.subtree
                    if clause.dep_ in {"relcl", "advcl", "appos"} and not infinitive(clause)
                    for t in clause.subtree
                }
                out |= _content_lemmas(c, inside, aside)
    return out


def _in_condition(tok: Token, inside: set[tuple[int, int]]) -> bool:
    """Whether a word stands in an "if" or "unless" clause that hangs on a clause of the claim:
    what the claim supposes, not what it says or denies."""
    for anc in [tok, *tok.ancestors]:
        if anc.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lx.CONDITION_MARKS for c in anc.children):
            return (id(anc.head.doc), anc.head.i) in inside
    return False


def _in_background(tok: Token) -> bool:
    """Whether a word stands in a time clause set after the main one ("X is bowing out, after most
    candidates opted not to attend"): background to what the claim says, not part of its polarity."""
    for anc in [tok, *tok.ancestors]:
        if anc.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in {"after", "before", "since", "until", "as", "when"} for c in anc.children
        ):
            return anc.head.i < anc.i
    return False


_NOT_THINGS = {"NORP", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}


def _describes(tok: Token, inside: set[tuple[int, int]]) -> bool:
    """Whether a word stands in a relative clause on a noun of the claim ("complaints from
    passengers who did not want ..."): its negation describes that noun, it is not the claim's."""
    doc = id(tok.doc)
    return any(
        anc.dep_ == "relcl" and (doc, anc.i) in inside and (doc, anc.head.i) in inside for anc in [tok, *tok.ancestors]
    )


_FIRST_OR_ONLY = {"first", "only"}


def _not_restrictive(neg: Token) -> bool:
    """A "not" that denies only a restriction, not what follows: "not only X", "not just X", "this
    is not the first time they have opened the gates", "not the only one who left" all say X. So
    does one that denies a lessening: "that does not take anything away from his record",
    "it does not diminish her service" speak for the record and the service."""
    verb = neg.head
    # "it is not impossible", "not unrelated": a "not" on a word that says "not" itself says yes
    if neg.dep_ == "neg" and (
        verb.lower_ in lx.NEGATIVE_PREDICATES
        or any(c.dep_ in {"acomp", "attr"} and c.lower_ in lx.NEGATIVE_PREDICATES for c in verb.children)
    ):
        return True
    if neg.dep_ == "neg" and (
        verb.lemma_.lower() in lx.LESSENING_VERBS
        or (verb.lemma_.lower() == "take" and any(c.lower_ == "away" for c in verb.children))
    ):
        return True
    if (
        neg.lower_ == "not"
        and neg.i > 0
        and neg.doc[neg.i - 1].text == ","
        and neg.i + 1 < len(neg.doc)
        and neg.doc[neg.i + 1].pos_ == "ADP"
        and (verb.pos_ in {"NOUN", "PROPN", "PRON"} or verb.dep_ in {"agent", "prep"})
    ):
        return True  # "started by a tenant, not by the landlord": one phrase set against another, no denial
    following = [t.lower_ for t in neg.doc[neg.i + 1 : neg.i + 4]]
    if neg.lower_ != "not" or not following:
        return False
    if following[0] in lx.RESTRICTING_ADVERBS:
        return True
    return following[:1] in (["the"], ["for"]) and bool(_FIRST_OR_ONLY & set(following[1:3]))


def _rhetorical(neg: Token) -> bool:
    """The "n't" of a negative question ("Don't you know the girls have converted?", "Isn't it
    clear?"): it sits on the inverted auxiliary, and the question asserts what follows."""
    if neg.dep_ != "neg" or not neg.sent.text.rstrip(" \"'”’").endswith("?"):
        return False
    head = neg.head
    subj = next((c for c in head.children if c.dep_ in {"nsubj", "expl"} and c.i > neg.i), None)
    if subj is None:
        return False
    # the auxiliary (or the verb "be" itself) comes before the subject: "Do n't you", "Is n't it"
    return any(c.dep_ in {"aux", "auxpass"} and c.i < neg.i for c in head.children) or (
        head.pos_ == "AUX" and head.i < neg.i
    )


def _asked(parsed: ParsedText, acc: Account) -> bool:
    """The account is a question its speaker asked: a verb of asking, and a question mark that
    closes what is asked."""
    if acc.cue is None or not acc.content:
        return False
    if not any(t.lemma_.lower() in lx.ASKING_VERBS for _s, t in _tokens_in(parsed, acc.cue.start, acc.cue.end)):
        return False
    tail = parsed.text[acc.content[-1].end : acc.content[-1].end + 3]
    return "?" in tail or parsed.text[acc.content[-1].start : acc.content[-1].end].rstrip().endswith("?")


def _supposes(tokens: list[Token]) -> bool:
    """The clause is the condition of another: its verbs hang on a clause outside it, marked by
    "if" or "unless" inside it."""
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head is t]
    verbs = [t for t in roots if t.pos_ in {"VERB", "AUX"}]
    return bool(verbs) and all(
        t.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in lx.CONDITION_MARKS and c.i in inside for c in t.children)
        for t in verbs
    )


def _open_scope(tokens: list[Token]) -> set[str]:
    """``ClauseInfo.open_scope``: the content lemmas of the claim's clauses that ask or suppose
    (``_supposing``: "whether", "asked if he sent it", "if somebody hacked it", "unless they
    disarm"); not of "even if" or "as if"."""
    out: set[str] = set()
    inside = {t.i for t in tokens}
    for tok in tokens:
        # (a clause of "whether" the claim is the content of: what was asked or not said, "asked
        # him whether he sent the image"; an "if" clause hung outside the claim only supposes)
        if tok.dep_ not in {"ccomp", "advcl"} or (tok.head.i not in inside and tok.dep_ == "advcl"):
            continue
        mark = next((m for m in tok.children if _supposing(m)), None)
        if mark is None or (mark.i > 0 and mark.nbor(-1).lower_ in {"even", "as"}):
            continue
        out.update(t.lemma_.lower() for t in tok.subtree if t.pos_ in _CONTENT_POS and not t.is_stop)
    return out


def _weighed(tokens: list[Token]) -> set[str]:
    """``ClauseInfo.weighed``: the lemmas of the acts a noun of supposing only weighs
    (``_supposed_by_noun``)."""
    return {
        t.lemma_.lower()
        for tok in tokens
        if tok.pos_ == "VERB" and _supposed_by_noun(tok)
        for t in tok.subtree
        if t.pos_ in _CONTENT_POS and not t.is_stop
    }


def _supposed_by_noun(verb: Token) -> bool:
    """An act a noun of supposing only weighs: its "of" gerund ("the idea of Lieberman replacing
    Comey") or its infinitive ("the chance to win"). Not where the noun is denied ("no chance of
    the bill passing": the act is said not to be), nor where someone takes a side on it ("embraced
    the idea of raising taxes", "opposes the idea of cutting Medicare": a stand on the act), nor a
    threat made ("his threat to fire the counsel")."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of":
        noun = verb.head.head
    elif verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "of":
        noun = verb.head.head.head  # "the possibility of workers striking"
    elif verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        noun = verb.head
        if noun.lemma_.lower() not in _SUPPOSED_TO:
            return False  # "a threat to fire him", "the hope to win": an act set out to do
    elif (
        verb.tag_ == "VBG"
        and verb.dep_ != "ROOT"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and (
            subj := next(
                (c for c in verb.children if c.dep_ == "nsubj" and any(g.lower_ == "of" for g in c.children)), None
            )
        )
    ):
        noun = subj  # "the prospect of the virus spreading", parsed as the gerund's subject
    else:
        return False
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lx.SUPPOSING_NOUNS:
        return False
    if any(c.dep_ in {"det", "neg"} and c.lower_ in {"no", "not", "never"} for c in noun.children) or any(
        c.dep_ == "neg" for c in noun.head.children
    ):
        return False  # "no chance of it passing", "there was never any risk of the dam failing"
    stand = lx.BACKING_VERBS | lx.OPPOSING_VERBS | lx.REJECTING_VERBS
    return not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in stand)


_SUPPOSED_TO = frozenset(["chance", "possibility", "prospect", "likelihood"])  # "the chance to win"


# verbs of an "if" that hedges the speaking, not the thing said ("if you ask me", "if I remember
# correctly", "if you look at the facts") and words of an "if" that says the account may be wrong
# ("if reports are accurate") or that the speaker is candid ("if I am honest")
_HEDGING_IF_VERBS = frozenset("ask remember recall say tell think believe know understand look judge".split())
_TRUTH_WORDS = lx.TRUTH_WORDS | {"honest", "frank", "wrong"}


def _conditional(tokens: list[Token]) -> bool:
    """The clause's own verb says what holds in a case an "if" clause inside the claim sets: "if
    the allegations were true, he would not support him", "prices fall if Congress passes the
    bill". Not "even if" (a stronger no), nor an "if" beside a plain past, nor one that hedges the
    speaking ("if you ask me", "if I remember correctly", "if I am honest"), nor one that doubts
    the account itself where the clause says what is, not what would be ("the mine is closed, if
    reports are accurate"); an "unless" clause states terms ("will not lift sanctions unless they
    disarm" says no as things stand)."""
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if (t.head.i not in inside or t.head is t) and t.pos_ in {"VERB", "AUX"}]
    for verb in roots:
        modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        # (a plain past beside an "if" tells what was, the "if" hedging the telling: "if memory
        # serves, the mayor signed it", "if the records are complete, he approved the payments")
        present = verb.tag_ in {"VBZ", "VBP", "VB"} or any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in verb.children
        )
        if not modal and not present:
            continue
        for clause in verb.children:
            mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "if"), None)
            if clause.dep_ != "advcl" or clause.i not in inside or mark is None:
                continue
            if any(t.lower_ == "even" for t in clause.children) or (mark.i > 0 and mark.nbor(-1).lower_ == "even"):
                continue
            own = any(c.dep_ == "nsubj" and c.lower_ in {"i", "you", "we"} for c in clause.children)
            judged = {c.lower_ for c in clause.children if c.dep_ in {"acomp", "attr"}}
            if own and (clause.lemma_.lower() in _HEDGING_IF_VERBS or judged & _TRUTH_WORDS):
                continue
            if judged & _TRUTH_WORDS and not modal:
                continue
            return True
    return False


def _asks(tokens: list[Token]) -> bool:
    """The clause is an open question: a question mark closes it and nothing in it is negated. A
    "why" question takes what it asks about for granted ("why is the face blurred?" says the face
    is blurred): it is no open question."""
    if not tokens or any(t.dep_ == "neg" or t.lower_ in lx.NEGATORS for t in tokens):
        return False
    if any(t.lower_ == "why" and t.dep_ == "advmod" for t in tokens):
        return False
    last = tokens[-1]
    after = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    return last.text == "?" or (after is not None and after.text == "?")


def _with_circumstances(parsed: ParsedText, span: tuple[int, int], acc: Account, hulls: list[Span]) -> tuple[int, int]:
    """The words of the sentence that report an account (``span``: its source, cue and content)
    and the circumstances the sentence sets off by a comma before or after them when no other
    account is there ("'We didn't lose,' she said, interrupting reporters"; "When asked if he
    would, the governor said he would not"). ``hulls``: the sentence spans of the document's
    accounts."""
    text = parsed.text
    a, b = span
    sent = next((x for x in parsed.sentences if x.start <= a < x.end), None)
    if sent is None:
        return a, b

    # the verb of saying the account hangs under, where it is no account's own ("..., The Hill
    # reported": the outlet that relays the account is no circumstance of it)
    cue = next((t for t in sent.span if acc.cue is not None and sent.offset(t) == acc.cue.start), None)
    relaying = [t for t in cue.ancestors if t.lemma_.lower() in lx.SPEECH_VERBS] if cue is not None else []

    def free(x: int, y: int) -> bool:
        saying = any(x <= sent.offset(t) < y for t in relaying)
        return not saying and not any(o.start < y and x < o.end for o in hulls if o is not acc.sentence)

    after = text[b : sent.end]
    if after.lstrip().startswith(",") and free(b, sent.end):
        b = trim(text, b, sent.end)[1]
    before = text[sent.start : a]
    if before.rstrip().endswith(",") and free(sent.start, a):
        a = trim(text, sent.start, a)[0]
    return a, b


_ANSWER_WORDS = frozenset("yes no never absolutely not nope yeah yep correct sure none".split())
_FIRST_PERSON = re.compile(r"\b(I|me|my|mine|myself)\b")
_FIRST_POSSESSIVE = re.compile(r"\b(my|mine)\b")
_THIRD_SUBJECT = re.compile(r"^(he|she)\b|(?<=\bthat )(he|she)\b", re.I)


def resolve_pronouns(statement: str, speaker: str, direct: bool, other: str | None = None) -> str:
    """The claim's words with the speaker's pronouns replaced by the speaker's name.

    In a quotation "I", "me" and "my" are the speaker; in reported speech a leading "he" or "she"
    ("X said he learned ...") is the speaker too, unless it is ``other``, the pronoun the text
    never uses for this speaker ("she said he took ..."). Other pronouns are left as written.
    """
    if not speaker:
        return statement
    if direct:
        statement = _FIRST_POSSESSIVE.sub(f"{speaker}'s", statement)
        return _FIRST_PERSON.sub(speaker, statement)
    m = _THIRD_SUBJECT.search(statement)
    if m is None or m.group(0).lower() == other:
        return statement
    return statement[: m.start()] + speaker + statement[m.end() :]


def speaker_pronouns(text: str, accounts: list[Account]) -> dict[str, str]:
    """Speaker id -> the pronoun ("he" or "she") the text uses for that speaker as the source of an
    account ("she said ..."), where it uses only one of them."""
    seen: dict[str, set[str]] = {}
    for acc in accounts:
        if acc.speaker and acc.source is not None:
            word = text[acc.source.start : acc.source.end].strip().lower()
            if word in {"he", "she"}:
                seen.setdefault(acc.speaker, set()).add(word)
    return {spk: next(iter(words)) for spk, words in seen.items() if len(words) == 1}


def _sides_with_one(parsed: ParsedText, x: int, y: int, cue: list[Token]) -> bool:
    """Whether an account takes a side on one named one ("praised Lieberman", "condemned Hamas"):
    a verb of backing or going at someone, and a content of one name of a person or a body (not a
    place: "attacked Kyiv" is no side taken)."""
    words = [t for _s, t in _tokens_in(parsed, x, y) if not t.is_punct]
    # (not a verb that is also a blow: "militants attacked Sderot")
    sides = (lx.STANCE_VERBS | lx.ATTACK_VERBS | lx.BACKING_VERBS) - lx.BLOW_VERBS
    return (
        len(words) == 1
        and words[0].pos_ == "PROPN"
        and words[0].ent_type_ not in {"GPE", "LOC", "FAC"}
        and any(t.lemma_.lower() in sides and t.pos_ == "VERB" for t in cue)
    )


def extract(
    parsed: ParsedText,
    accounts: list[Account],
    speaker_names: dict[str, str],
    id_prefix: str = "",
) -> tuple[list[Claim], dict[str, ClauseInfo]]:
    """Claims of one document's accounts; returns the claims and per-claim word information."""
    text = parsed.text
    claims: list[Claim] = []
    infos: dict[str, ClauseInfo] = {}
    pronouns = speaker_pronouns(parsed.original or text, accounts)
    n = 0

    def make(a: int, b: int, acc: Account, level: str, parent: str | None, core: tuple[int, int]) -> Claim:
        """A claim spanning ``[a, b)``; its words, polarity and statement come from the reported ``core``."""
        nonlocal n
        n += 1
        cid = f"{id_prefix}c{n}"
        info = clause_info(parsed, *core)
        if not info.negated and _asked(parsed, acc):
            # '"Is it true," Roberts asked, "that ...?"': each piece of a question asked is a question
            info.question = True
        if rejecting.get(acc.id) and not info.clause:
            # "Democrats rejected the offer": a thing turned down, not a report denied, is what the
            # claim stands against
            thing = _thing_turned_down(parsed, *core)
            if thing:
                info.opposed.add(thing)
        if denying.get(acc.id) and not info.negated:
            # "X denied staging it" with "denied" as the cue: what is reported is said not to be so,
            # as under a negation inside the claim ("he had never staged it")
            info.negated_scope |= set(info.lemmas)
        if reversing.get(acc.id):
            # "Comcast has refused to release the tapes" with "refused" as the cue: what is
            # reported is turned down, as under a verb of reversal inside the claim
            info.reversed_scope |= set(info.lemmas)
        if acc.cue is not None and not info.attacks:
            # "X accused Y of ...": the cue's target is what every claim of the account stands against
            info.attacks, info.attacked = cue_attacks(parsed, acc.cue.start, acc.cue.end)
        if acc.cue is not None:
            # ... and the one it charges with what the claim tells; under a cue that alleges
            # ("alleged that Lyle took the money") every deed the claim tells is a charge
            accused, alleging = cue_accused(cue_words[acc.id])
            info.deeds |= accused | (info.done_by if alleging else set())
            info.cue_verbs = {t.lemma_.lower() for t in cue_words[acc.id] if t.pos_ == "VERB"}
            own = frozenset((id(t.doc), t.i) for t in cue_words[acc.id] if t.pos_ in {"NOUN", "PROPN"})
            if own:
                # a report the account's own noun cue names is what the claim says, not one it names
                info.named_report = _named_report([t for _s, t in _tokens_in(parsed, *core)], own)
            if not info.links:
                info.links = cue_links(parsed, *core, cue_words[acc.id])
        quote = (parsed.original or text)[a:b]  # the words as the document gives them
        hedged = acc.hedged or any(w in lx.HEDGE_WORDS or w in lx.HEDGE_AUX for w in info.words)
        # "denied that X did not ..." is positive; "laughed off the report, saying there is no such
        # deal" gives the speaker's own words after a cue that denies nothing itself
        negative = info.negated != (denying.get(acc.id, False) or doubting.get(acc.id, False))
        speaker = speaker_names.get(acc.speaker or "", "")
        statement = text[core[0] : core[1]]
        own = pronouns.get(acc.speaker or "")
        other = {"he": "she", "she": "he"}.get(own or "")
        statement = resolve_pronouns(statement, speaker, direct=acc.kind == "direct", other=other)
        claim = Claim(
            id=cid,
            doc=acc.doc,
            start=a,
            end=b,
            quote=quote,
            account=acc.id,
            level=level,  # type: ignore[arg-type]
            parent=parent,
            speaker=acc.speaker,
            party=acc.party,
            polarity="negative" if negative else "positive",
            hedged=hedged,
            statement=statement,
        )
        if acc.kind == "direct" and speaker and _FIRST_PERSON.search(statement):
            # "I had nothing to do with it" said by Trump is about Trump
            extra = [w.lower() for w in speaker.split()[-1:]]
            info.lemmas.extend(extra)
            info.proper.update(extra)
        infos[cid] = info
        return claim

    # each account's cue words, read once for the questions below and for each claim's cue
    cue_words = {acc.id: [t for _s, t in _tokens_in(parsed, acc.cue.start, acc.cue.end)] for acc in accounts if acc.cue}
    denying = {
        acc.id: any(t.lemma_.lower() in lx.DENIAL_VERBS or dismisses_report(t) for t in cue_words.get(acc.id, []))
        for acc in accounts
        if acc.kind == "denial"  # only a denial's polarity can turn on its cue
    }
    rejecting = {
        acc.id: any(t.lemma_.lower() in lx.REJECTING_VERBS and not _negated(t) for t in cue_words.get(acc.id, []))
        for acc in accounts
        if acc.kind == "denial"
    }
    # "X has raised doubts about whether Y", "X questioned whether Y", "X doubts that Y": the
    # speaker does not grant what they report, and stands against one who asserts it ("has no
    # doubt that Y" is no doubt)
    doubting = {acc.id: any(_doubts(t) for t in cue_words.get(acc.id, [])) for acc in accounts if acc.kind != "denial"}
    reversing = {
        acc.id: any(t.lemma_.lower() in lx.REVERSING_VERBS and not _negated(t) for t in cue_words.get(acc.id, []))
        for acc in accounts
        if not denying.get(acc.id)
    }
    hulls = [acc.sentence for acc in accounts]  # where each account's words lie
    for acc in accounts:
        if acc.negated:
            # "it did not dispute that X", "he never said X": X is not this speaker's account
            continue
        pieces: list[tuple[int, int]] = []
        for c in _whole_clauses(parsed, acc):
            cuts = [c.start, *[p for p in _split_points(parsed, c.start, c.end) if c.start < p < c.end], c.end]
            for x, y in zip(cuts, cuts[1:], strict=False):
                x, y = trim(text, x, y)
                # a leading conjunction belongs to no clause
                m = re.match(r"(and|but|while|yet)\s+(that\s+)?", text[x:y])
                if m:
                    x += m.end()
                # "that X" as reported: the complementiser is no part of the claim
                first = next((t for _s, t in _tokens_in(parsed, x, y)), None)
                if first is not None and first.lower_ == "that" and first.dep_ == "mark":
                    x, y = trim(text, x + 4, y)
                if len(text[x:y].split()) >= 2:
                    pieces.append((x, y))
        whole = (acc.sentence.start, acc.sentence.end)
        if not pieces and acc.content:
            # 'Asked if ..., she said: "No."', '"Disgraceful," X said': one word quoted or an answer
            # is still an account; the claim is the whole sentence that reports it, the question
            # asked in it included ("He denied it" or a content cut to one name says nothing a
            # claim could hold)
            x, y = trim(text, acc.content[0].start, acc.content[-1].end)
            if acc.kind == "direct" or text[x:y].strip(" .!\"“”'").lower() in _ANSWER_WORDS:
                pieces.append((x, y))
            elif _sides_with_one(parsed, x, y, cue_words.get(acc.id, [])):
                # a side taken on one named thing: "Republicans praised Lieberman", read whole (the
                # verb says the side)
                pieces.append(trim(text, acc.sentence.start, acc.sentence.end))
            if pieces:
                sent = next((s for s in parsed.sentences if s.start <= x < s.end), None)
                if sent is not None and acc.sentence.start <= sent.end and sent.start <= acc.sentence.end:
                    whole = trim(text, min(sent.start, acc.sentence.start), max(sent.end, acc.sentence.end))
        if not pieces:
            continue
        # the account as its sentence gives it, with the circumstances set off around it
        full = _with_circumstances(parsed, whole, acc, hulls)
        if len(pieces) == 1 and full == whole:
            claims.append(make(*whole, acc, "clause", None, pieces[0]))
            continue
        top = make(*full, acc, "account", None, (pieces[0][0], pieces[-1][1]))
        if len(pieces) == 1:
            # the clause stays as reported; the account claim above it holds the whole sentence
            claims.extend([top, make(*whole, acc, "clause", top.id, pieces[0])])
            continue
        claims.append(top)
        for x, y in pieces:
            claims.append(make(x, y, acc, "clause", top.id, (x, y)))
    return claims, infos
