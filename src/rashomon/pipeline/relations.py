"""Relations: within an aspect, pairs of claims labelled conflict, agree or compatible, with a reason.

Evidence, strongest first:

* two verdicts on a report: one calls it false, the other stands by it (clash), both call it
  false or both true (agree), one leaves it open (neither);
* an explicit rebuttal: one claim calls the other side's account false ("said X's claim was
  inaccurate", "disputed X's claim", "denied that ..."); a claim that turns down both versions
  of the clash before it ("neither of these was the real problem");
* an account whose cue goes at the other side by name ("accused Bell of hiding a deficit");
* contrasting members of one scale (full vs partial, more vs less), different figures,
  outcomes that exclude each other (armed vs unarmed, continue vs end);
* opposite polarity on the same matter (one affirms what the other negates);
* the same event with different agents ("Trump walked away" vs "Bolton ..."), different causes
  ("began because ..."), or going different ways ("drove towards" vs "drove around");
* different particulars about one named thing that is none of the sides;
* the same event with the same or allied agents and the same polarity: agreement, unless the
  two give different measures that are not the ends of one scale ("partial" vs "more"), which
  neither agree nor clash. Words of a report a claim only names ("the story that alleged X")
  are not what it asserts: sharing them is no agreement.

Pairs of the same party are compared only when their speakers differ (an internal
contradiction between two voices of one side).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import combinations

from rashomon.model import Account, Aspect, Claim, Relation
from rashomon.pipeline import contradiction
from rashomon.pipeline import lexicon as lx
from rashomon.pipeline.aspects import Similarity, name_words
from rashomon.pipeline.claims import (
    ClauseInfo,
    apologizes,
    condemned_things,
    effect_words,
    goes_or_stays,
    name_forms,
    one_form,
    one_thing,
    same_words,
    stands_on,
    two_leavers,
)
from rashomon.pipeline.parties import country_of

SHARED_FOR_AGREE = 2  # content words (not names) two claims must share to agree without a shared action
POLARITY_MARGIN = -0.05  # opposite polarity counts on a shared predicate, or a little below agreement-level similarity


_PRONOUNS = frozenset("he she it they we i you".split())  # lemmas: "him" is "he"
_WHERE_IT_WAS = frozenset("in inside within outside".split())  # where an act was, against where it came from
# words that stand for any thing or person, the one the other names among them: in the claim that
# says no ("denied it had poisoned anything" / "it had poisoned the creek"), or for every one in the
# claim that says yes ("fixed everything" / "did not fix the bridge"); not "did not help everyone"
# against "helped farmers", nor "hired someone" against "did not hire the consultant"
_ANY_THING = frozenset("anything anyone anybody nothing nobody".split())
_EVERY_THING = frozenset("everything everyone everybody".split())


def _objects(info: ClauseInfo, verb: str) -> set[str]:
    """What the verb acts on in the claim (its object, complement), not where or how it went."""
    return info.frames.get(verb, set()) - info.modifiers.get(verb, set())


def _different_things(neg: ClauseInfo, pos: ClauseInfo, verb: str) -> bool:
    """Whether the act a negative claim and a positive one tell bears on different things ("never
    received a correct bill" / "received good reviews"); a pronoun may be the other's name ("rumors
    linking him to X" / "Rich was linked to X"), as may a word for any thing or every thing
    (``_ANY_THING``)."""
    oa, ob = _objects(neg, verb), _objects(pos, verb)
    if oa & _ANY_THING or ob & _EVERY_THING:
        return False
    return bool(oa and ob) and not oa & ob and not (oa | ob) & _PRONOUNS


def _measures(info: ClauseInfo) -> set[str]:
    """The claim's words that can say how much, less those that only round a figure ("more than 40");
    "all but X" and "everyone except X" read as one word of amount, "all but": a part, not the whole."""
    words = set(info.words) - info.rounding
    whole, but = lx.ALL_BUT
    for w, nxt, after in zip(info.words, info.words[1:], info.words[2:], strict=False):
        if w in whole and nxt in but and (after in lx.ALL_BUT_BEFORE or after.isdigit()):
            words = (words - {w}) | {"all but"}
    return words


def _scale_contrast(a: ClauseInfo, b: ClauseInfo) -> tuple[str, str] | None:
    wa, wb = _measures(a), _measures(b)
    for high, low in lx.SCALES:
        ha, la = wa & high, wa & low
        hb, lb = wb & high, wb & low
        if ha and lb and not la and not hb:
            x, y = sorted(ha)[0], sorted(lb)[0]
        elif la and hb and not ha and not lb:
            x, y = sorted(la)[0], sorted(hb)[0]
        else:
            continue
        # "some demonstrators" / "all people of good will": two measures of two things
        nx, ny = a.measured.get(x, set()), b.measured.get(y, set())
        if nx and ny and not nx & ny:
            continue
        return x, y
    return None


# each word of amount -> the end of its scale it stands at ("all" and "every" stand at one)
_SCALE_END: dict[str, tuple[int, int]] = {
    w: (k, end) for k, pair in enumerate(lx.SCALES) for end, words in enumerate(pair) for w in words
}


# ("in-" and "im-" are left out: "invaluable", "inflammable", "infamous" are no opposites)
_NEGATING_PREFIXES = ("un", "il", "ir", "dis", "non")


def _antonyms(x: str, y: str) -> bool:
    """Two words of opposite sense: one the other with a negating prefix ("fair" / "unfair",
    "legal" / "illegal", "accurate" / "inaccurate"), or a word of truth and one of falsity."""
    for a, b in ((x, y), (y, x)):
        if len(a) >= 3 and any(b == p + a or b == p + "-" + a for p in _NEGATING_PREFIXES):
            return True
    return (x in lx.TRUTH_WORDS and y in lx.FALSITY_WORDS) or (y in lx.TRUTH_WORDS and x in lx.FALSITY_WORDS)


def _opposite_outcomes(a: ClauseInfo, b: ClauseInfo) -> tuple[str, str] | None:
    """Two claims that each hold one of two outcomes that exclude each other, and not the other."""
    la, lb = set(a.lemmas) | set(a.words), set(b.lemmas) | set(b.words)
    for x, y in lx.OPPOSITES:
        for p, q in ((x, y), (y, x)):
            if p in la and q in lb and q not in la and p not in lb:
                return p, q
    return None


def _other_amounts(a: ClauseInfo, b: ClauseInfo) -> tuple[str, str] | None:
    """Two claims that each say how much ("partial", "more") with words of amount that stand at no
    common end of a scale ("all" and "every" stand at one) and are not the two ends of one scale:
    they give different measures, so neither agrees nor clashes."""
    qa, qb = _measures(a) & lx.SCALE_WORDS, _measures(b) & lx.SCALE_WORDS
    if qa and qb and not ({_SCALE_END[w] for w in qa} & {_SCALE_END[w] for w in qb}):
        return sorted(qa)[0], sorted(qb)[0]
    return None


def _absent_thing(a: ClauseInfo, b: ClauseInfo) -> str | None:
    """A thing one claim says does not exist ("there are no dams") that the other tells of as there
    (the subject or object of what it asserts: "the dams were opened"), outside any negation,
    report or verdict of its own."""
    for x, y in ((a, b), (b, a)):
        if y.denied_things or y.verdict or y.question or y.supposed or x.question or x.supposed:
            continue
        told = {w for w in x.denied_things & y.told_things if w.split(" of ")[0] not in y.negated_scope}
        told = {w for w in told if w.split(" of ")[0] not in y.reported | y.named_report}
        if told:
            return min(told)
    return None


def _figure_contrast(a: ClauseInfo, b: ClauseInfo) -> tuple[str, str] | None:
    """Two claims that give a figure of one kind (a date, a count, a sum) and no figure in common.
    A sum, size or count that says what it measures ("MONEY reward") is of the kind of one that
    does not ("MONEY"): only two different things measured keep two figures apart."""
    pairs = [(k, k) for k in sorted(set(a.figures) & set(b.figures))]
    pairs += [(ka, kb) for ka in sorted(a.figures) for kb in sorted(b.figures) if ka != kb and _one_measure(ka, kb)]
    for ka, kb in pairs:
        fa, fb = a.figures[ka], b.figures[kb]
        # one figure inside another ("April" and "April 14", "200" and "more than 200") is the
        # same figure told more or less closely
        if not (fa & fb) and not any(
            _inside(x, y) or _inside(y, x) or _roughly(x, y) or _same_value(x, y) for x in fa for y in fb
        ):
            return sorted(fa)[0], sorted(fb)[0]
    return None


def _same_figure(a: ClauseInfo, b: ClauseInfo) -> tuple[str, str] | None:
    """A sum, size or share both claims give alike ("300 mg" / "300 milligrams", "$2.7 billion"
    twice): the same figure told by two sides."""
    for ka in sorted(a.figures):
        for kb in sorted(b.figures):
            # (a bare count may be a measure the recogniser cut short: "no more than 300" mg; a
            # count of one unit, "300" litres twice, is one too, when it is no small number)
            measured = [k.split()[0] in _MEASURED_KINDS for k in (ka, kb)]
            counted = "CARDINAL" in (ka.split()[0], kb.split()[0]) and any(measured)
            units = ka == kb and ka.startswith("CARDINAL ")
            if not counted and not units and (not all(measured) or not (ka == kb or _one_measure(ka, kb))):
                continue
            for x in sorted(a.figures[ka]):
                for y in sorted(b.figures[kb]):
                    vx, vy = _value(x), _value(y)
                    if vx and vx == vy and (not units or vx >= SMALL_COUNT):
                        return x, y
    return None


def _separate_acts(a: ClauseInfo, b: ClauseInfo) -> tuple[str, str] | None:
    """Two claims that each give a figure of one kind for what a different doer does ("the police
    offer $25,000", "WikiLeaks offered $20,000"): two acts side by side, which neither clash nor
    agree however alike the words around them read."""
    for kind in sorted(set(a.figure_doers) & set(b.figure_doers)):
        da, db = a.figure_doers[kind], b.figure_doers[kind]
        # two names, neither a part of the other ("WikiLeaks", "D.C."; not "Acme" and "Acme Corp")
        if not any(x in y or y in x for x in da for y in db):
            return sorted(da)[0], sorted(db)[0]
    return None


_MEASURED_KINDS = ("MONEY", "QUANTITY", "PERCENT")
SMALL_COUNT = 10  # two equal counts below this may well be two different things counted


def _one_measure(ka: str, kb: str) -> bool:
    """A bare figure kind ("MONEY") and the same kind with what it measures ("MONEY reward")."""
    bare, full = (ka, kb) if " " not in ka else (kb, ka)
    return bare in _MEASURED_KINDS and " " not in bare and full.startswith(bare + " ")


_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(k|thousand|million|m|billion|bn|b)?\b", re.I)
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9}
_APPROXIMATELY = re.compile(
    r"\b(about|around|nearly|almost|roughly|approximately|some|something like|close to|more than|over|"
    r"less than|under|at least|up to|upwards of|estimated)\b",
    re.I,
)
ROUGHLY = 0.1  # a rough figure and a close one within this share are one figure told two ways


def _value(figure: str) -> float | None:
    """A figure's number, written in digits ("12", "$2.7 billion") or words ("a dozen", "two
    dozen", "half a dozen", "twelve")."""
    m = _NUMBER.search(figure)
    if m is None:
        return _worded_value(figure)
    try:
        return float(m.group(1).replace(",", "")) * _SCALE.get((m.group(2) or "").lower(), 1.0)
    except ValueError:
        return None


_NUMBER_WORDS = {
    w: float(k)
    for k, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30.0, "forty": 40.0, "fifty": 50.0, "hundred": 100.0, "a": 1.0, "an": 1.0, "half": 0.5}


def _worded_value(figure: str) -> float | None:
    words = re.findall(r"[a-z]+", figure.lower())
    if "dozen" in words:
        k = words.index("dozen")
        # "a dozen", "two dozen", "half a dozen"
        factor = 0.5 if "half" in words[:k] else _NUMBER_WORDS.get(words[k - 1], 1.0) if k else 1.0
        return 12.0 * factor
    worded = [_NUMBER_WORDS[w] for w in words if w in _NUMBER_WORDS and w not in {"a", "an", "half"}]
    return worded[0] if len(worded) == 1 else None


def _same_value(x: str, y: str) -> bool:
    """'a dozen' and '12': one figure written two ways."""
    vx, vy = _value(x), _value(y)
    return vx is not None and vx == vy


def _roughly(x: str, y: str) -> bool:
    """'something like 17,000' and '17,761': a figure given roughly (a hedge, or a round number)
    and one within a tenth of it are the same figure, not two that clash."""
    vx, vy = _value(x), _value(y)
    if not vx or not vy:
        return False
    return any(_rough(f) for f in (x, y)) and abs(vx - vy) <= ROUGHLY * max(vx, vy)


def _rough(figure: str) -> bool:
    """A hedged figure ("about 200") or a round one ("17,000", "20k"; not "4.5 million")."""
    m = _NUMBER.search(figure)
    if _APPROXIMATELY.search(figure):
        return True
    if m is None:
        return False
    digits = m.group(1).replace(",", "")
    return digits.endswith("000") or (bool(m.group(2)) and "." not in digits)


def _inside(x: str, y: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(x)}(?!\w)", y) is not None


def _rebuts(claim: Claim, info: ClauseInfo, kind: str, other_names: list[str]) -> tuple[str, bool] | None:
    """How ``claim`` calls another side's account false, and whether it names that side.

    Named: "X's claim was inaccurate", "denied X's account" (a side's name owning a claim noun).
    Unnamed: "the suggestion that ... is false" (a claim noun and a word of falsity).
    """
    words = set(info.words)
    # a word of falsity rebuts only when the claim judges a report false with it ("X's claim was
    # inaccurate"), not when someone lies in what it reports ("directed Cohen to lie")
    falsity = words & lx.FALSITY_WORDS if info.verdict == "false" else set()
    # "said it rejected the accusations": a denial in the reported words, under a cue of saying
    said_no = kind != "denial" and not info.negated and _denies_a_report(claim.quote)
    if not falsity and kind != "denial" and not said_no:
        return None  # neither kind of rebuttal below: skip the name search (once per pair of claims)
    claim_noun = words & lx.CLAIM_NOUNS
    owned = [n for n in other_names if len(n) > 1 and _owner(n).search(claim.quote)]
    if owned and (falsity or kind == "denial"):
        verb = f"calls {owned[0]}'s account {sorted(falsity)[0]}" if falsity else f"denies {owned[0]}'s account"
        return verb, True
    if falsity and claim_noun:
        return f"calls the {sorted(claim_noun)[0]} {sorted(falsity)[0]}", False
    stand_in = _stand_in(claim, info, falsity, kind == "denial" or said_no)
    if stand_in:
        return stand_in, False  # "That is false", "called that a mischaracterization", "denied that"
    if (kind == "denial" and claim.polarity == "negative" or said_no) and claim_noun and _denies_a_report(claim.quote):
        return f"denies the {sorted(claim_noun)[0]}", False  # "has denied the claim"
    return None


_CLAIM_ALT = "|".join(sorted(lx.CLAIM_NOUNS | lx.REPORT_NOUNS, key=len, reverse=True))
# Words that call what someone said untrue ("That is false", "it's a lie", "called that a
# mischaracterization"): not "wrong", which of "that" mostly judges a deed ("that was wrong of
# them"), nor "fake" or "fabricated", which of "it" mostly judge a picture or a recording, nor
# "ridiculous", "absurd", "nonsense" or "bogus", which as often judge a thing ("the lines at the
# office are ridiculous"), nor what a suit is called
_STATEMENT_FALSITY = "|".join(
    sorted(
        lx.FALSITY_WORDS
        - {"wrong", "fake", "fabricated", "ridiculous", "absurd", "nonsense", "bogus"}
        - {"meritless", "groundless", "frivolous", "spurious"},
        key=len,
        reverse=True,
    )
)
# ... judging what was just said only where the claim's statement opens with the word that stands
# for it ("That is false", "[called] that a mischaracterization", "[said] it was a fabrication"),
# not where someone inside it judges ("The senator says it's a lie", "Everyone thought it was
# nonsense"); "it's a lie to say ...", "it is misinformation that kills": "it" stands for what follows
_STAND_IN_JUDGED = re.compile(
    rf"^\W*(?:that|this|it)(?:[’']s|\s+(?:is|was))?(?:\s+(?:a|an|the|all|of))*(?:\s+[\w’'-]+){{0,2}}?"
    rf"\s+({_STATEMENT_FALSITY})\b(?!\s+(?:to|that|which|who)\b)",
    re.I,
)
# "Carter denied that, telling reporters ...", "disputed it outright": a denial of what was just
# said (not "denied that, in 2019, his office hired ...", a clause; nor "did not deny that")
_DENIES_STAND_IN = re.compile(
    r"(?<!\bnot\s)(?<!n[’']t\s)(?<!\bnever\s)"
    r"\b(?:den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing))\s+(?:that|this|it)"
    r"(?=\s*(?:[.;:!?—–]|$)|\s*,\s+(?:telling|saying|adding|calling|insisting|arguing|noting|writing)\b"
    r"|\s+(?:outright|flatly|strongly|firmly|vehemently|categorically|again|immediately)\b)",
    re.I,
)
_OWN_FAULT = re.compile(r"\b(?:on my part|my (?:mistake|error|fault))\b", re.I)
STAND_IN_REASONS = ("calls it ", "denies it")  # how _rebuts describes a rebuttal of what was just said


def _stand_in(claim: Claim, info: ClauseInfo, falsity: set[str], denial: bool) -> str | None:
    """How a claim rebuts what was just said by a word that stands for it ("That is false": "calls
    it false"; "denied that": "denies it"); None for one who owns the fault ("That was a
    misrepresentation on my part, and I apologize")."""
    if apologizes(info) or _OWN_FAULT.search(claim.quote):
        return None
    m = _STAND_IN_JUDGED.search(claim.statement or "") if falsity else None
    if m:
        return f"calls it {m.group(1).lower()}"
    if denial and _DENIES_STAND_IN.search(claim.quote):
        return "denies it"
    return None


def stand_in_target(
    c: Claim,
    claims: list[Claim],
    sim: Similarity,
    index: dict[str, int],
    party_names: dict[str, list[str]],
) -> Claim | None:
    """What "that" in "That is false" stands for: a claim of another side among the last three
    accounts before it in its document; of those, the one the rebutter's own version right after
    it is closest to ("That is false. The dam is safe."), else one that speaks of the rebutter's
    side (what "That's a lie" answers is most often a charge against the one who says it), else
    the last. None where the rebutter's own words come before it in the same account ("Some want a
    second dam. That is nonsense."): "that" is those."""
    if any(t.account == c.account and t.start < c.start for t in claims):
        return None
    before = sorted(
        (t for t in claims if t.doc == c.doc and t.start < c.start and t.party not in (None, c.party)),
        key=lambda t: t.start,
    )
    recent: list[str | None] = []
    for t in reversed(before):
        if t.account not in recent:
            recent.append(t.account)
    pool = [t for t in before if t.account in recent[:3]]
    if not pool:
        return None
    # the version right after it: the rebutter's next claims, close behind
    own = sorted(
        (
            o
            for o in claims
            if o.speaker == c.speaker
            and o.doc == c.doc
            and c.start < o.start <= c.end + _VERSION_CHARS
            and o.id in index
        ),
        key=lambda o: o.start,
    )[:_VERSION_CLAIMS]
    ranked = [t for t in pool if t.id in index]
    if own and ranked:
        return max(ranked, key=lambda t: max(sim(index[o.id], index[t.id]) * 0.8**k for k, o in enumerate(own)))
    names = tuple(party_names.get(c.party or "", []))
    charging = [t for t in pool if names and _names_pattern(names).search(t.quote.lower())]
    return (charging or pool)[-1]


def stand_in_referents(
    claims: list[Claim],
    infos: dict[str, ClauseInfo],
    kinds: dict[str, str],
    sim: Similarity,
    index: dict[str, int],
    party_names: dict[str, list[str]],
) -> dict[str, Claim]:
    """Claim id -> the claim its "That is false" or "denied that" answers (``stand_in_target``),
    among the claims compared (those ``index`` holds); found once, for placing and for judging."""
    out = {}
    compared = [c for c in claims if c.id in index]
    for c in compared:
        if c.party is None or c.id not in infos:
            continue
        reb = _rebuts(c, infos[c.id], kinds.get(c.account or "", ""), [])
        if reb and reb[0].startswith(STAND_IN_REASONS):
            target = stand_in_target(c, compared, sim, index, party_names)
            if target is not None:
                out[c.id] = target
    return out


# a report as what a denial turns down ("has denied the claim", "rejected these allegations"), not
# one the denied clause speaks of ("denied that the story had been influenced")
_DENIES_A_REPORT = re.compile(
    rf"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|disput(?:e|es|ed|ing)|refut(?:e|es|ed|ing))\s+"
    rf"(?:the|this|these|those|such)\s+(?:\w+\s+)?(?:{_CLAIM_ALT})\b(?!\s+that\b)"
    # "the accusations, which Lyle has repeatedly denied": the verb ends the relative clause (not
    # "the claim that Lyle rejected the figures") and nothing in it negates ("has never denied")
    rf"|\b(?:the|these|those)\s+(?:\w+\s+)?(?:{_CLAIM_ALT}),?\s+(?:which|that)\s+"
    rf"(?:(?!(?:not|never)\b)(?![\w’']*n[’']t\b)[\w’'.]+\s+){{0,4}}?"
    rf"(?:denied|rejected|disputed|refuted|denies|rejects|disputes|refutes)\b"
    rf"(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:in|on|at|last|this|since|and|but|as|before|after|when|again)\b)",
    re.I,
)


@lru_cache(maxsize=16384)
def _denies_a_report(quote: str) -> bool:
    """``_DENIES_A_REPORT`` in a claim's words, looked up once per claim, not once per pair (a
    bounded cache: a long-running server sees many texts)."""
    return bool(_DENIES_A_REPORT.search(quote))


def _turned_down(rebuttal: str) -> set[str]:
    """The claim noun an unnamed rebuttal's description ends with ("calls the claims false" ->
    {claims}, "denies the allegations" -> {allegations})."""
    return {w for w in rebuttal.lower().split() if w in lx.CLAIM_NOUNS}


def _names_rebutted(rebutter: ClauseInfo, other: ClauseInfo) -> bool:
    """Whether the other claim names the very report an unnamed rebuttal turns down (as a noun:
    "if the claims are true", not "a former player claims that ...")."""
    return bool(set(rebutter.words) & lx.CLAIM_NOUNS & other.noun_words)


def _one_leaver(a: ClauseInfo, b: ClauseInfo) -> bool:
    """Whether two claims that someone goes or stays may speak of one person: the same one where
    both say who ("the mayor" / "the police chief" are two), else any name they share, or none."""
    if two_leavers(a, b):
        return False
    return bool(a.leavers & b.leavers or a.proper & b.proper) or not (a.proper and b.proper)


def _attacked(phrase: str, names: list[str]) -> str | None:
    """The phrase a claim attacks, when it holds a name of the other side."""
    if not phrase or not names:
        return None
    return phrase if _names_pattern(tuple(names)).search(phrase) else None


@cache
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for all of a side's names (compiled once per side, not once per pair of claims)."""
    alts = sorted({re.escape(n.lower()) for n in names if len(n) > 2}, key=len, reverse=True) or ["(?!)"]
    return re.compile(rf"(?<!\w)(?:{'|'.join(alts)})(?!\w)")


@cache
def _owner(name: str) -> re.Pattern[str]:
    """``NAME's claim``: compiled once per name (a large analysis has more names than re's cache of 512)."""
    return re.compile(rf"(?<!\w){re.escape(name)}(?:’s|'s|’|')\s+(?:\w+\s+)?(?:{_CLAIM_ALT})\b", re.I)


def _deed_parties(info: ClauseInfo, alias_party: dict[str, str | None]) -> set[str]:
    """The parties of those a claim tells did something (``ClauseInfo.deeds``)."""
    return {p for d in info.deeds if (p := alias_party.get(d))}


def _doers(info: ClauseInfo, alias_party: dict[str, str | None], verb: str) -> set[str]:
    """The sides that do one act in a claim: its named doers' sides; where a doer names no side
    ("its troops"), the side that set it to act ("Israel ordered its troops to attack"). None where
    the claim names no doer of the act (a passive, an imperative), nor for a pronoun doer ("asked
    it to open": someone named elsewhere)."""
    named = info.verb_agents.get(verb)
    if not named:
        return set()
    sides = _agents(info, alias_party, verb)
    if sides or any(n in _PRONOUNS or n in {"him", "her", "them", "us", "me"} for n in named):
        return sides
    return {side for c in info.verb_controllers.get(verb, ()) if (side := _side_of(c, alias_party)) is not None}


def _agents(info: ClauseInfo, alias_party: dict[str, str | None], verb: str | None = None) -> set[str]:
    """Parties (or names) of the subjects of a claim's clauses, or of the doers of one act."""
    out = set()
    for subj in info.subjects if verb is None else sorted(info.verb_agents.get(verb, ())):
        side = _side_of(subj, alias_party)
        if side is not None:
            out.add(side)
    return out


def _side_of(phrase: str, alias_party: dict[str, str | None]) -> str | None:
    """The side a phrase names: a name of it as a whole word or its possessive ("us" is no part
    of "russian"), else a nationality word of a side called after its country ("Russian
    generals")."""
    for alias, party in alias_party.items():
        if alias and _names(alias, phrase):
            return party or alias
    country = _country_word(phrase, alias_party)
    return None if country is None else alias_party[country] or country


def _country_word(phrase: str, alias_party: dict[str, str | None]) -> str | None:
    """The one-word name of a side called after it (a country's, not a person's surname: the side's
    own id is that word) that a nationality word of the phrase stands for, if any."""
    for w in (w for w in phrase.split() if len(w) > 4 and w.isalpha()):
        # (in a fixed order: a name shorter than the word before a longer one, the longest first:
        # "Nigerian" is Nigeria's, not Niger's; "Indian" India's, not Indiana's)
        known = sorted(
            (a for a, party in alias_party.items() if a.isalpha() and party == a),
            key=lambda a: (len(a) >= len(w), -len(a), a),
        )
        for name in known:
            if (country_of(w, {name}) or "").lower() == name and name != w:
                return name
    return None


@lru_cache(maxsize=4096)
def _word_pattern(alias: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(alias)}(?:[’']s)?(?!\w)")


def _names(alias: str, phrase: str) -> bool:
    """Whether a phrase names an alias as a whole word, or its possessive ("us" is no part of
    "russian"; "state" none of "united states")."""
    return alias in phrase and _word_pattern(alias).search(phrase) is not None


@dataclass
class _Pair:
    a: Claim
    b: Claim
    sim: float
    label: str = "compatible"
    reason: str = "different details, no clash found"
    evidence: list[str] = field(default_factory=list)
    rebuttal_by: str | None = None


@dataclass
class _Context:
    """What every pair is judged against: the claims' words, the account kinds, each party's names."""

    infos: dict[str, ClauseInfo]
    kinds: dict[str, str]
    party_names: dict[str, list[str]]
    alias_party: dict[str, str | None]
    agree_threshold: float
    differ_threshold: float
    agents: dict[str, set[str]] = field(default_factory=dict)  # claim id -> its agents, looked up once

    side_words: frozenset[str] = frozenset()  # words of the sides' names (aspects.name_words)
    # claim id -> the party whose account "his statements" / "their claims" in it are (pronoun_owners)
    owners: dict[str, str] = field(default_factory=dict)
    # claim id -> the claim "That is false" in it answers (stand_in_referents)
    referents: dict[str, Claim] = field(default_factory=dict)
    # P(contradiction) of two claims by the learned check, None where it cannot tell
    contradicts: Callable[[str, str], float | None] = lambda a, b: None
    agreement_ceiling: float = 1.0

    def at_odds(self, a: Claim, b: Claim) -> bool:
        """Whether the check reads two claims as contradicting (or as about different things):
        then words they share are no agreement."""
        p = self.contradicts(a.id, b.id)
        return p is not None and p >= self.agreement_ceiling


_VERDICT_WORDS = {"false": "calls it false", "true": "stands by it", "unsure": "leaves open whether it is true"}
_BOTH_VERDICT = {"false": "call it false", "true": "stand by it"}


def _verdicts(pair: _Pair, va: str, vb: str) -> _Pair:
    """Two sides' judgements of one report: false against true clash, the same judgement agrees,
    and a side that leaves it open neither agrees nor clashes."""
    evidence = [_VERDICT_WORDS[va], _VERDICT_WORDS[vb]]
    if "unsure" in (va, vb):
        pair.reason = f"one side {_VERDICT_WORDS['unsure']}"
    elif va == vb:
        pair.label, pair.reason = "agree", f"both judge the report: both {_BOTH_VERDICT[va]}"
    else:
        pair.label, pair.reason = (
            "conflict",
            f"opposite judgements of the report: one {evidence[0]}, the other {evidence[1]}",
        )
    pair.evidence = evidence
    return pair


def _causes(
    a: Claim, b: Claim, ia: ClauseInfo, ib: ClauseInfo, kinds: dict[str, str]
) -> tuple[str, str, list[str]] | None:
    """Two sides on what brought one thing about: one says a cause did it and the other that it
    did not, or each names a different cause, and they clash; both name one cause (or both deny
    it) and they agree. A denial turns round the link it reports ("denied that the storm caused
    the outage")."""
    names = name_forms(ia, ib)
    compatible = None
    for ea, ca, ha in ia.links:
        ha ^= kinds.get(a.account or "") == "denial" and a.polarity == "negative"
        for eb, cb, hb in ib.links:
            hb ^= kinds.get(b.account or "") == "denial" and b.polarity == "negative"
            effect = sorted(effect_words(ea, eb, names))
            if not effect:
                continue
            what = " ".join(effect[:3])
            both = sorted(same_words(ca, cb))
            # "Republican leaders" / "Democratic leaders": one noun, two named sides
            na, nb = {one_form(w) for w in ca} & names, {one_form(w) for w in cb} & names
            if na and nb and not na & nb:
                both = []
            # "the state's failure to maintain the levees" / "the city's failure to clear drains":
            # one cause only where what they share is at least half of the shorter one
            if len(both) * 2 < min(len(ca), len(cb)):
                both = []
            if both:
                cause = " ".join(both[:3])
                if ha != hb:
                    return "conflict", f"opposite on whether {cause} brought about the {what}", [*effect, *both]
                return (
                    "agree",
                    f"both say {cause} {'did' if ha else 'did not'} bring about the {what}",
                    [*effect, *both],
                )
            causes = f"{', '.join(sorted(ca)[:3])} vs {', '.join(sorted(cb)[:3])}"
            if ha and hb:
                return (
                    "conflict",
                    f"different causes for the {what}: {causes}",
                    [*effect, *sorted(ca)[:3], *sorted(cb)[:3]],
                )
            if (ha or hb) and compatible is None:
                # one rules a cause out, the other names another: both may be right (unless a
                # later pair of their links clashes or agrees)
                compatible = (
                    "compatible",
                    f"one rules out a cause of the {what} the other does not name: {causes}",
                    effect,
                )
    return compatible


def _judge(a: Claim, b: Claim, s: float, ctx: _Context, internal: bool) -> _Pair:
    """Label one pair of claims by the strongest evidence between them, with its reason. A claim
    whose words hold the other's ("defended the deal against criticism that it was weak" /
    "criticism that it was weak") relays them: sharing them is no agreement."""
    pair = _judge_pair(a, b, s, ctx, internal)
    nested = a.doc == b.doc and (a.start <= b.start < b.end <= a.end or b.start <= a.start < a.end <= b.end)
    if pair.label == "agree" and nested and not internal:
        pair.label, pair.reason, pair.evidence = "compatible", "one relays the other's words", []
    elif pair.label != "compatible" and (a.doc, a.start, a.end) == (b.doc, b.start, b.end):
        # one span the text gives to two ("Trump confirmed ..., according to pool reports"): the
        # same words neither clash with nor back themselves
        pair.label, pair.reason, pair.evidence = "compatible", "the same words, given to two sources", []
    return pair


def _judge_pair(a: Claim, b: Claim, s: float, ctx: _Context, internal: bool) -> _Pair:
    """``_judge`` before the check for a claim that relays the other's words."""
    ia, ib = ctx.infos[a.id], ctx.infos[b.id]
    kinds, party_names, alias_party = ctx.kinds, ctx.party_names, ctx.alias_party
    agree_threshold, differ_threshold = ctx.agree_threshold, ctx.differ_threshold
    pair = _Pair(a, b, s)
    if ia.question or ib.question:
        pair.reason = "one of them only asks"
        return pair
    if ia.supposed or ib.supposed:
        pair.reason = "one of them only supposes"
        return pair
    if ia.verdict and ib.verdict:
        return _verdicts(pair, ia.verdict, ib.verdict)
    reb_a = reb_b = None
    if not internal:
        reb_a = _rebuts(a, ia, kinds.get(a.account or "", ""), party_names.get(b.party or "", []))
        reb_b = None if reb_a else _rebuts(b, ib, kinds.get(b.account or "", ""), party_names.get(a.party or "", []))
        reb = reb_a or reb_b
        pair.rebuttal_by = a.id if reb_a else (b.id if reb_b else None)
        # a rebuttal that names the other side counts against it, as does one that calls "his
        # statements" false after that side spoke; an unnamed one ("the suggestion that ... is
        # false") only against a claim that says what it rebuts
        owned = ctx.owners.get(a.id) == b.party if reb_a else ctx.owners.get(b.id) == a.party
        # an unnamed rebuttal ("denied the allegations") turns down the account that makes them,
        # not one that only speaks of them in the same word ("called on him to step aside if the
        # allegations are true", "found the allegations disturbing")
        rebutter, other = (ia, ib) if reb_a else (ib, ia)
        # ... and the account that tells what the denier's side did ("denied the allegations" /
        # "she said Lyle took the money"): that is the allegation, whatever words it is in
        # (in the denial's own document, where "the allegations" are the ones it tells)
        alleged = (
            bool(reb and not reb[1])
            and a.doc == b.doc
            and (b.polarity if reb_a else a.polarity) == "positive"
            and (
                (a.party if reb_a else b.party) in _deed_parties(other, alias_party)
                # "A former player claims that ..." / "these claims are false" after it: the
                # claim is one of those turned down
                or (
                    (b.start < a.start if reb_a else a.start < b.start)
                    and bool({lx.CLAIM_NOUN_VERBS.get(n) for n in _turned_down(reb[0])} & other.cue_verbs)
                )
            )
        )
        if (
            reb
            and not reb[1]
            and not owned
            and not alleged
            and other.verdict != "true"
            and _names_rebutted(rebutter, other)
        ):
            reb = None
        if reb and reb[0].startswith(STAND_IN_REASONS):
            # "That is false" answers what was just said (``stand_in_target``), no other claim
            said = ctx.referents.get(a.id if reb_a else b.id)
            owned = said is not None and said.account == (b if reb_a else a).account
            reb = reb if owned else None
        if reb and not (reb[1] or owned or alleged) and (b.polarity if reb_a else a.polarity) == "negative":
            # an unnamed rebuttal ("denounced the unfounded rumour that ...") against a claim that
            # itself says no ("were not planning a sickout"): two who deny are not at odds
            reb = None
        if reb and (reb[1] or owned or alleged or s >= differ_threshold * 0.8):
            pair.label, pair.reason, pair.evidence = "conflict", f"explicit rebuttal: {reb[0]}", [reb[0]]
            doers = sorted(d for d in other.deeds if alias_party.get(d) == (a.party if reb_a else b.party))
            if alleged and doers and not reb[1] and not owned:
                who = other.names.get(doers[0], f"the {doers[0]}")  # a name as written, or "the company"
                pair.reason += f" (the other tells what {who} did)"
            return pair
    if not internal:
        for ix, y in ((ia, b), (ib, a)):
            target = _attacked(ix.attacks, party_names.get(y.party or "", []))
            if target:
                pair.label = "conflict"
                pair.reason = f"goes at the other side: '{target}'"
                pair.evidence = [target]
                return pair
    if not internal:
        # (before condemning: "blamed the flooding on X" / "blamed the flooding on Y" give two
        # causes of one thing, not one thing condemned)
        found = _causes(a, b, ia, ib, kinds)
        if found is not None:
            pair.label, pair.reason, pair.evidence = found
            return pair
    ca, cb = condemned_things(ia), condemned_things(ib)
    condemned = set() if internal or "negative" in (a.polarity, b.polarity) else one_thing(ia, ib, ca & cb)
    # words someone said are one thing only when both name the one who said them: "his remarks
    # were wrong" / "their remarks were wrong" may be two sides that say it of each other
    said = condemned - lx.PROPOSITION_NOUNS - lx.REPORT_NOUNS - {"word"}
    if condemned and (ia.proper & ib.proper or (said and not (ia.proper and ib.proper))) and not ctx.at_odds(a, b):
        # two sides that both go at one thing ("condemned Lyle's plan" / "the plan Lyle made is
        # reckless") agree on it, whoever they are; where both name people, they name one
        pair.label = "agree"
        pair.reason = "both condemn it: " + ", ".join(sorted(condemned))
        pair.evidence = sorted(condemned)
        return pair
    if not internal:
        # "I support this law" / "I find the law disturbing": one backs what the other condemns
        (back_a, against_a), (back_b, against_b) = stands_on(ia), stands_on(ib)
        at_odds = sorted(one_thing(ia, ib, (back_a & against_b) | (back_b & against_a)))
        if at_odds:
            pair.label = "conflict"
            pair.reason = "one backs what the other stands against: " + ", ".join(at_odds)
            pair.evidence = at_odds
            return pair
        # "Democrats rejected the offer" / "the offer was a bad deal": both turn it down, though one
        # does so with a verb of denial and the other says it plainly (a likeness check that reads
        # the denial as a contradiction has no say over two stands the words make plain)
        # (a negative claim stands against only what a stand of its own words turns down: "the
        # remarks were not offensive" condemns nothing)
        firm_a = against_a if a.polarity != "negative" else ia.opposed - ia.backed
        firm_b = against_b if b.polarity != "negative" else ib.opposed - ib.backed
        against = sorted(one_thing(ia, ib, firm_a & firm_b))
        if against and "negative" in (a.polarity, b.polarity):
            pair.label = "agree"
            pair.reason = "both stand against it: " + ", ".join(against)
            pair.evidence = against
            return pair
    if not internal:
        # one who apologises grants what the other condemns; one who will not stands against it
        for x, ix, iy, y, cy in ((a, ia, ib, b, cb), (b, ib, ia, a, ca)):
            sorry = apologizes(ix)
            if sorry is None or y.polarity == "negative" or not cy:
                continue
            # for the thing condemned, or by the one it is said of: both name it, or the
            # condemnation names the one who apologizes ("I apologize" / "Lyle's remarks were wrong")
            names = party_names.get(x.party or "", [])
            if not (
                cy & set(ix.lemmas)
                or (cy & lx.UTTERANCE_NOUNS and set(ix.lemmas) & lx.UTTERANCE_NOUNS)  # "the remark" / "her comments"
                or ix.proper & iy.proper
                or (names and _names_pattern(tuple(names)).search(y.quote.lower()))
            ):
                continue
            if sorry:
                pair.label, pair.reason = "agree", "one apologizes for what the other condemns"
            else:
                pair.label, pair.reason = "conflict", "one will not apologize for what the other condemns"
            pair.evidence = sorted(cy)
            return pair
    go_a, go_b = (None, None) if internal else (goes_or_stays(ia), goes_or_stays(ib))
    if go_a and go_b and _one_leaver(ia, ib):
        # "should exit the race" / "urged him to step aside" agree; either against "vowed to stay
        # in" clashes (where both name people, they name one)
        if go_a != go_b:
            pair.label, pair.reason, pair.evidence = (
                "conflict",
                f"incompatible outcomes: {go_a} vs {go_b}",
                [go_a, go_b],
            )
        else:
            pair.label, pair.reason, pair.evidence = "agree", f"both say: {go_a}", [go_a]
        return pair
    # a claim that calls a report false, or a denial that is not itself negated ("did not dispute")
    deny_a = ia.verdict == "false" or (
        kinds.get(a.account or "") == "denial" and a.polarity == "negative" and not reb_a
    )
    deny_b = ib.verdict == "false" or (
        kinds.get(b.account or "") == "denial" and b.polarity == "negative" and not reb_b
    )
    if not internal and deny_a and deny_b and s >= agree_threshold * 0.8:
        # two sides that both call the same story false agree on it, whoever they are
        pair.label = "agree"
        pair.reason = "both deny it: " + (
            ", ".join(sorted((set(ia.words) | set(ib.words)) & lx.FALSITY_WORDS)) or "denial"
        )
        pair.evidence = [pair.reason]
        return pair
    separate = _separate_acts(ia, ib)
    if separate:
        pair.reason = f"two acts of two doers, each with its own figure: {separate[0]} vs {separate[1]}"
        pair.evidence = list(separate)
        return pair
    figures = _figure_contrast(ia, ib)
    if figures and (ia.common & ib.common):
        pair.label = "conflict"
        pair.reason = f"different figures: {figures[0]} vs {figures[1]}"
        pair.evidence = list(figures)
        return pair
    outcome = _opposite_outcomes(ia, ib)
    if outcome and a.polarity == b.polarity and (ia.common & ib.common or s >= agree_threshold):
        pair.label = "conflict"
        pair.reason = f"incompatible outcomes: {outcome[0]} vs {outcome[1]}"
        pair.evidence = list(outcome)
        return pair
    contrast = _scale_contrast(ia, ib)
    if contrast:
        pair.label = "conflict"
        pair.reason = f"contrasting quantities: {contrast[0]} vs {contrast[1]}"
        pair.evidence = list(contrast)
        return pair
    shared = ia.common & ib.common
    shared_verbs = set(ia.frames) & set(ib.frames)
    amounts = _other_amounts(ia, ib)
    # two voices of one side contradict each other only on an action one of them negates itself,
    # not because one adds a negated clause the other leaves out
    opposed_verb = any((v in ia.negated_verbs) != (v in ib.negated_verbs) for v in shared_verbs)
    # "we don't believe that" / "I believe in the Golden Rule": believing or saying is no point
    # two accounts can take opposite sides of, nor is a word that is a noun in one and a verb in
    # the other ("take no issue" / "issued a resolution")
    pointed = {w for w in shared - lx.REPORTING_VERBS if (w in ia.verbs) == (w in ib.verbs)}
    unshared = not pointed  # nothing for the rules of polarity below to weigh (``_judge``'s last rule)
    # "denied the allegations" / "step aside if the allegations are true": the report both name is
    # no point they take sides on; what it says is (a verdict on it is judged above)
    pointed -= lx.CLAIM_NOUNS | lx.REPORT_NOUNS
    if a.polarity != b.polarity:
        # what the negative claim negates must be what they share: "we are not surprised, because
        # neighbouring states ..." negates no word of "marijuana flows into neighbouring states"
        neg_info, pos_info = (ia, ib) if a.polarity == "negative" else (ib, ia)
        if neg_info.negated:
            pointed &= neg_info.negated_scope
        # "would not expand" / "abandoned a deal to expand": the other one does not affirm it either
        pointed -= pos_info.reversed_scope
        # "as she is not interested in dating anymore" / "I don't want to date anymore": what the
        # other says no to as well, in a clause beside its main one, is no point they differ on
        pointed -= pos_info.negated_beside
        # "asked whether he sent the image", "no way of knowing if the emails were saved": what
        # either leaves open is no point one affirms and the other negates
        pointed -= pos_info.open_scope | neg_info.open_scope
        # "if the misconduct allegations are true": a report the other only names, it does not affirm
        if pos_info.verdict != "true":  # "the claims of fraud were credible" affirms them
            pointed -= pos_info.named_report
        if pos_info.verdict == "false":
            # "denounced unfounded rumours that the drivers planned a strike": it says no too
            pointed -= pos_info.reported
        # "Mexico will not pay for the wall" / "He should pay for it": the act denied is one the
        # other says someone else does, so nothing it bears on is a point they take sides on
        if any(
            ia.doers.get(v) and ib.doers.get(v) and not ia.doers[v] & ib.doers[v]
            for v in shared_verbs & neg_info.negated_verbs
        ):
            pointed = set()
        # "never received a correct bill" / "received good reviews": one act done to two different
        # things is no point they take opposite sides of
        pointed -= {v for v in pointed & shared_verbs if _different_things(neg_info, pos_info, v)}
        if neg_info.conditional != pos_info.conditional:
            # "if the allegations were true, he would not back him" / "they will back him": what holds
            # in a case one of them sets is no side taken on things as they stand
            pointed = set()
    # "southern Israel does not have any dams" / "the water of the Israeli dams, which were
    # opened": one says there is no such thing, the other tells of it as there
    absent = _absent_thing(ia, ib) if not internal else None
    if absent is not None:
        pair.label = "conflict"
        pair.reason = f"one says there is no {absent}; the other tells of it"
        pair.evidence = [absent]
        return pair
    if (
        a.polarity != b.polarity
        and pointed
        and (shared_verbs - lx.REPORTING_VERBS or s >= agree_threshold + POLARITY_MARGIN)
        and (opposed_verb or not internal)
    ):
        neg, pos = (a, b) if a.polarity == "negative" else (b, a)
        pair.label = "conflict"
        about = ", ".join(sorted(pointed)[:3]) or "the same point"
        pair.reason = f"opposite polarity on {about}: one account negates what the other affirms"
        pair.evidence = [neg.quote[:80], pos.quote[:80]]
        return pair
    # "refused to release the tapes" / "wants them to release the tapes": an act one of them says
    # is turned down is no act the two tell alike
    reversed_act = {v for v in shared_verbs if (v in ia.reversed_scope) != (v in ib.reversed_scope)}
    memo = ctx.agents  # one look-up per claim, not per pair of claims
    for c, i in ((a, ia), (b, ib)):
        if c.id not in memo:
            memo[c.id] = _agents(i, alias_party)
    agents_a, agents_b = memo[a.id], memo[b.id]
    same_agents = agents_a & agents_b
    # thinking, saying or knowing something is no action two accounts can tell alike or apart
    # ("you'd think X would" / "I think Y should"; "I don't know where he will be" / "he did not
    # know whether they had talked")
    # (an act both only name to describe a thing, "a reward for information that leads to an arrest",
    # is no act they tell alike; one that one of them asserts still is)
    for verb in sorted(shared_verbs - lx.SPEECH_VERBS - lx.CLAUSE_VERBS - (ia.describing & ib.describing)):
        da, db = ia.frames.get(verb, set()), ib.frames.get(verb, set())
        # (backing one, two can both do: "Collins backed Kavanaugh" / "Romney backed him"; a side
        # two take against it, each their own, is no act one of them did, but who attacked in
        # one event is: "Hamas said Israel attacked the convoy")
        own = verb in lx.BACKING_VERBS or (verb in lx.ATTACK_VERBS and agents_a <= {a.party} and agents_b <= {b.party})
        # who does this very act in each claim ("Trump directed Cohen to lie" / "Cohen lied": both
        # say Cohen lied, whoever directed it); no one where a claim names no doer of it, or only
        # a pronoun ("asked it to open", "he lied": someone named elsewhere)
        doers_a, doers_b = _doers(ia, alias_party, verb), _doers(ib, alias_party, verb)
        if doers_a and doers_b and not doers_a & doers_b and not own:
            pair.label = "conflict"
            pair.reason = f"different agents for '{verb}': {', '.join(sorted(doers_a))} vs {', '.join(sorted(doers_b))}"
            pair.evidence = [verb]
            return pair
        if a.polarity != b.polarity or verb in reversed_act:
            continue
        ca, cb = ia.causes.get(verb, set()), ib.causes.get(verb, set())
        if ca and cb and not (ca & cb):
            pair.label = "conflict"
            pair.reason = f"different causes for '{verb}': {', '.join(sorted(ca)[:3])} vs {', '.join(sorted(cb)[:3])}"
            pair.evidence = [verb, *sorted(ca)[:3], *sorted(cb)[:3]]
            return pair
        if (not da and not db) or (da & db and len(da & db) * 2 >= len(da | db)):
            if (
                internal
                or amounts
                or verb in ia.reported | ia.open_scope | ia.weighed
                or verb in ib.reported | ib.open_scope | ib.weighed
            ):
                # a report one of them only relays ("media reports say X") is no agreement, nor an
                # act it only asks about or supposes ("crimes were committed if somebody hacked it")
                continue
            pair.label = "agree"
            detail = " ".join(sorted(da & db))
            pair.reason = f"both say '{verb}{' ' + detail if detail else ''}'"
            if same_agents:
                pair.reason += f" with the same agent ({', '.join(sorted(same_agents))})"
            pair.evidence = [verb, *sorted(da & db)]
            return pair
        # where or how the action went ("drove towards them" / "drove around the cars"); other
        # differences (what was threatened, to whom it was offered) are details one side adds
        ma, mb = ia.modifiers.get(verb, set()), ib.modifiers.get(verb, set())
        # where it came from says nothing against the way or the place it went ("sent from his
        # account" / "sent out", "fired from Gaza" / "fired at Tel Aviv"), only against where it was
        # ("launched from Gaza" / "launched inside Israel")
        if {"from"} in (ma, mb) and not (ma | mb) - {"from"} & _WHERE_IT_WAS:
            continue
        if ma and mb and not (ma & mb) and (same_agents or s >= agree_threshold):
            pair.label = "conflict"
            pair.reason = f"same action '{verb}', different details: {', '.join(sorted(ma))} vs {', '.join(sorted(mb))}"
            pair.evidence = [verb, *sorted(ma), *sorted(mb)]
            return pair
    if amounts:
        pair.reason = f"different measures, not opposite ends of one: {amounts[0]} vs {amounts[1]}"
        pair.evidence = list(amounts)
        return pair
    # "the toll is too high" / "the toll is fair": one thing said to be two different things is
    # no agreement, however alike the sentences read
    described = {k for k in set(ia.said_of) & set(ib.said_of) if not ia.said_of[k] & ib.said_of[k]}
    opposite = next(
        (
            (k, x, y)
            for k in sorted(described)
            for x in sorted(ia.said_of[k])
            for y in sorted(ib.said_of[k])
            if _antonyms(x, y)
        ),
        None,
    )
    # (not one left open: "declined to say whether the remarks were appropriate")
    asked = any(i.question or i.supposed or "whether" in i.words for i in (ia, ib))
    if opposite is not None and ia.negated == ib.negated and not asked:
        # "the ad was false" / "the ad was true", "the rule is fair" / "the rule is unfair"
        thing, x, y = opposite
        pair.label, pair.reason, pair.evidence = (
            "conflict",
            f"opposite things said of '{thing}': {x} vs {y}",
            [thing, x, y],
        )
        return pair
    if described:
        thing = sorted(described)[0]
        pair.reason = (
            f"different things said of '{thing}': {', '.join(sorted(ia.said_of[thing]))}"
            f" vs {', '.join(sorted(ib.said_of[thing]))}"
        )
        pair.evidence = [thing]
        return pair
    # what each claim asserts itself, not a report it only names ("the story that alleged X"):
    # when most of what two claims share is such a report, their likeness is no agreement
    # (nor an act a noun of supposing only weighs: "the idea of X replacing Y" / "X replaced Y")
    own = (ia.asserted & ib.asserted) - lx.SPEECH_VERBS - lx.CLAUSE_VERBS - ia.weighed - ib.weighed
    echo = bool(shared) and len(shared - ia.reported - ib.reported) * 2 < len(shared)
    # "consume no more than 300 mg of cholesterol" / "limit cholesterol intake to 300 milligrams":
    # the same figure of the same thing, told by two sides
    figure = _same_figure(ia, ib)
    things = (ia.asserted & ib.asserted) - ctx.side_words - ia.not_things - ib.not_things - lx.REPORTING_VERBS
    if figure and things and not internal and not echo and not ctx.at_odds(a, b):
        pair.label = "agree"
        pair.reason = f"the same figure of {', '.join(sorted(things)[:2])}: {figure[0]} / {figure[1]}"
        pair.evidence = list(figure)
        return pair
    # two bare objects of different acts ("explain the law" / "speak out against the law": "the law"
    # both times) say nothing alike: a paraphrase is of something said, a clause
    said = ia.clause and ib.clause
    if (
        not internal
        and not echo
        and not reversed_act
        and said
        and a.polarity == b.polarity
        and s >= agree_threshold + 0.25
        and not ctx.at_odds(a, b)
    ):
        pair.label = "agree"
        pair.reason = "near paraphrases of each other"
        pair.evidence = [f"similarity {s:.2f}"]
        return pair
    if (
        not internal
        and not echo
        and a.polarity == b.polarity
        and len(own) >= SHARED_FOR_AGREE
        and s >= agree_threshold * 0.8
        and not ctx.at_odds(a, b)
    ):
        # the same things said of the same matter, and nothing above set them against each other
        pair.label = "agree"
        pair.reason = f"both say it of {', '.join(sorted(own)[:3])}"
        pair.evidence = sorted(own)[:3]
        return pair
    # what each claim says a thing is not: "the woman was not his wife" / "Dulaimi is not his wife
    # now"; or the same thing both negate: "the crater was unrelated to the asteroid" / "the blast
    # had nothing to do with the asteroid"
    denied = {w for things in ia.said_of.values() for w in things} & {
        w for things in ib.said_of.values() for w in things
    }
    denied &= ia.negated_scope & ib.negated_scope
    both_not = (ia.negated_scope & ib.negated_scope & ia.common & ib.common) - ctx.side_words - lx.REPORTING_VERBS
    if (
        not internal
        and a.polarity == b.polarity == "negative"
        and (denied or (both_not and not ctx.at_odds(a, b)))
        and s >= agree_threshold * 0.8
    ):
        said = sorted(denied or both_not)[:3]
        pair.label = "agree"
        pair.reason = f"both say it is not so: {', '.join(said)}"
        pair.evidence = said
        return pair
    only_a, only_b = ia.asserted - ib.common, ib.asserted - ia.common
    # the thing both speak of, by name, when it is none of the sides ("Yongbyon" in two accounts
    # of one offer; not "Colorado" in a story where Colorado is a side)
    # (a nationality, a party, a date or an amount is no such thing)
    # (nor a name both only use to describe someone: "children born in the U.S.")
    topic = (ia.proper & ib.proper) - ctx.side_words - ia.not_things - ib.not_things - (ia.described & ib.described)
    if not internal and s >= differ_threshold and only_a and only_b and topic:
        # two sides answer one question with different particulars and nothing that agrees
        pair.label = "conflict"
        pair.reason = (
            f"different accounts of the same point: {', '.join(sorted(only_a)[:3])} vs {', '.join(sorted(only_b)[:3])}"
        )
        pair.evidence = [*sorted(only_a)[:3], *sorted(only_b)[:3]]
        return pair
    # "We do not shadow ban" / "alleged 'shadow banning' by Twitter", "the event is unrelated to the
    # asteroid" / "may be a piece of the asteroid": two close accounts of two sides, one negative,
    # that share no content word for the rule above to weigh (a verb against its noun, a name) and
    # that nothing above found alike or apart
    # (what the negative one negates must have its stem in the other: "censor" / "censorship", not
    # "America is not a circus" / "this is how America should be")
    if not internal and unshared and a.polarity != b.polarity and s >= differ_threshold and _stem_linked(ia, ib, a):
        neg, pos = (a, b) if a.polarity == "negative" else (b, a)
        pair.label = "conflict"
        pair.reason = "opposite polarity: one account negates what the other, close to it, affirms"
        pair.evidence = [neg.quote[:80], pos.quote[:80]]
    return pair


def _stem_linked(ia: ClauseInfo, ib: ClauseInfo, a: Claim) -> bool:
    """Whether a word the negative claim negates (not the thing it says is not so) shares its stem
    (first five letters) with a word of the other claim: one thing the two take opposite sides on,
    under two forms."""
    neg, pos = (ia, ib) if a.polarity == "negative" else (ib, ia)

    def stems(words: Iterable[str]) -> set[str]:
        return {w[:5] for w in words if len(w) >= 4}

    # (the thing a "not" is said of is what both speak of, not what one of them negates: "America
    # is not a circus")
    return bool(stems(neg.negated_scope - set(neg.said_of)) & stems(pos.lemmas))


_VERSION_CLAIMS = 10
_VERSION_CHARS = 300  # a rebutter's version of what was just said follows within this many characters


def _rebutted(
    rebuttal: Claim,
    targets: list[Claim],
    claims: list[Claim],
    infos: dict[str, ClauseInfo],
    sim: Similarity,
    index: dict[str, int],
) -> Claim:
    """Which of a side's claims a rebuttal answers. A rebuttal is usually followed by the rebutter's
    own version: the target is the claim that version contradicts most (a contrast of quantities,
    then similarity). With no version to go by, it is the side's lead claim in that document."""
    own = [
        c
        for c in claims
        if c.speaker == rebuttal.speaker and c.id != rebuttal.id and c.doc == rebuttal.doc and c.start > rebuttal.start
    ]
    if own:
        # the version right after the rebuttal: its first few claims (a weight of 0.8 per claim
        # further on leaves the tenth one a tenth of a say; a long transcript has hundreds)
        own = sorted(own, key=lambda c: c.start)[:_VERSION_CLAIMS]

        def score(t: Claim) -> float:
            # the version right after the rebuttal weighs most
            return max(
                ((_scale_contrast(infos[o.id], infos[t.id]) is not None) + sim(index[o.id], index[t.id])) * 0.8**k
                for k, o in enumerate(own)
            )

        return max(targets, key=score)
    same_doc = [t for t in targets if t.doc == rebuttal.doc] or targets
    return min(same_doc, key=lambda t: (t.doc, t.start))


_CONTRAST_OPENING = re.compile(r"^\W*(but|however|yet|instead|nevertheless|nonetheless|still)\b", re.I)
_CONTRAST_INSIDE = re.compile(r",\s*(however|though|instead|nevertheless|nonetheless|by contrast|in contrast),", re.I)
# "X praised the decision, over criticism from Y that ...", "X went ahead, despite claims from Y
# that ...", "X says A, although Y says B": a concession set off inside one sentence brings in the
# later speaker against the earlier one; what follows the word, up to that speaker, holds no break
_CONTRAST_CONCESSION = re.compile(
    r"(?:[,;]|\s[-\u2013\u2014]+)\s*(despite|over|although|though|whereas|notwithstanding)\b([^,;:.\u2013\u2014]*)$",
    re.I,
)
# "over" sets speakers against each other only with a noun of opposing ("over objections from",
# "over criticism that"); "collapsed, over demands that ..." gives a cause
_OPPOSING_NOUNS = frozenset("criticism objection objections protest protests opposition".split())
_SENTENCE_BREAK = re.compile(r"[.!?]\W*\s|\n")
CONCESSION_WORDS = 6  # at most this many words between the concession's word and the speaker


def contrasted(accounts: list[Account], texts: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Accounts the reporter sets against the account just before them ("But X replied ...",
    "X, however, suggests ..."): account id -> (the speaker of the account before it, the word).
    Any earlier claim of that speaker in the same document can be the one contrasted."""
    out: dict[str, tuple[str, str]] = {}
    ordered = sorted((a for a in accounts if a.speaker), key=lambda a: (a.doc, a.sentence.start, _anchor(a)))
    for prev, acc in zip(ordered, ordered[1:], strict=False):
        if prev.doc != acc.doc or prev.speaker == acc.speaker:
            continue
        sentence = texts[acc.doc][acc.sentence.start : acc.sentence.end]
        m = _CONTRAST_OPENING.search(sentence) or _CONTRAST_INSIDE.search(sentence)
        between = texts[acc.doc][_anchor(prev) : _anchor(acc)]
        if m is None and between and not _SENTENCE_BREAK.search(between):
            # a concession inside one sentence, just before the later account's speaker or cue
            m = _CONTRAST_CONCESSION.search(between)
            if m is not None and len(m.group(2).split()) > CONCESSION_WORDS:
                m = None
            cue = texts[acc.doc][acc.cue.start : acc.cue.end] if acc.cue is not None else ""
            if (
                m is not None
                and m.group(1).lower() == "over"
                and not _OPPOSING_NOUNS & set(f"{m.group(2)} {cue}".lower().split())
            ):
                m = None
        if m:
            out[acc.id] = (prev.speaker or "", m.group(1).lower())
    return out


def _anchor(acc: Account) -> int:
    """Where an account's speaker or cue begins, whichever comes first (its sentence's start when
    it has neither)."""
    return min([s.start for s in (acc.source, acc.cue) if s is not None], default=acc.sentence.start)


_PRONOUN_OWNED = re.compile(
    # "called his statements false"; "denied the claim as entirely false" (a claim just reported,
    # not "the claim that ..." nor "the claim of ...", which say whose or which)
    rf"\b(?:(?:his|her|their)\s+(?:\w+\s+)?(?:{_CLAIM_ALT})\b"
    rf"|(?:the|this|that|these|those)\s+(?:{_CLAIM_ALT})\b(?!\s+(?:that|of|by|from|about)\b))",
    re.I,
)


def _rebutting(c: Claim, infos: dict[str, ClauseInfo], kinds: dict[str, str]) -> bool:
    """The claim calls a report false, or denies one ("has denied the claim as false", "said it
    rejected the accusations")."""
    info = infos[c.id]
    return (
        info.verdict == "false"
        or kinds.get(c.account or "") == "denial"
        or (not info.negated and _denies_a_report(c.quote))
    )


def pronoun_owners(
    candidates: list[Claim],
    claims: list[Claim],
    infos: dict[str, ClauseInfo] | None = None,
    party_names: dict[str, list[str]] | None = None,
) -> dict[str, str]:
    """Claims that name an account by a pronoun or as the one just reported ("called his statements
    false", "denied the claim"): claim id -> the party of the last claim of another side before it
    in its document, whose account it is; of the last one made by the verb of that noun ("these
    claims" / "X claims that ..."), where there is one."""
    out: dict[str, str] = {}
    # accounts that call a report true make it, whatever else they name
    affirming = {t.account for t in claims if infos is not None and infos[t.id].verdict == "true"}
    for c in candidates:
        m = _PRONOUN_OWNED.search(c.quote)
        if not m:
            continue
        # an account that itself speaks of "the allegations" ("found the allegations disturbing")
        # only names the report: the report is an account before it
        word = m.group(0).split()[-1].lower()
        noun = re.compile(rf"\b{re.escape(word)}\b", re.I)
        naming = {
            t.account
            for t in claims
            if t.account and (word in infos[t.id].noun_words if infos is not None else noun.search(t.quote))
        } - affirming
        before = [
            t
            for t in claims
            if t.doc == c.doc and t.start < c.start and t.party not in (None, c.party) and t.account not in naming
        ]
        if not before:
            continue
        owner = max(before, key=lambda t: t.start)
        # "these claims" are those someone "claims", "the allegations" what someone "alleged": the
        # last such account before it, unless an account after that one names the rebutting side
        # (then that one is the nearer candidate, as the last account is otherwise)
        verb = lx.CLAIM_NOUN_VERBS.get(word)
        made = [t for t in before if infos is not None and verb in infos[t.id].cue_verbs]
        if made and party_names:
            last_made = max(made, key=lambda t: t.start)
            names = tuple(party_names.get(c.party or "", []))
            later = [t for t in before if t.start > last_made.start]
            if not (names and any(_names_pattern(names).search(t.quote.lower()) for t in later)):
                owner = last_made
        out[c.id] = owner.party or ""
    return out


def _new_aspect_id(aspects: list[Aspect]) -> str:
    """An aspect id no aspect has yet (``q`` and the first free number)."""
    taken = {a.id for a in aspects}
    n = len(aspects) + 1
    while f"q{n}" in taken:
        n += 1
    return f"q{n}"


def place_rebuttals(
    aspects: list[Aspect],
    claims: list[Claim],
    infos: dict[str, ClauseInfo],
    kinds: dict[str, str],
    sim: Similarity,
    index: dict[str, int],
    party_names: dict[str, list[str]],
    referents: dict[str, Claim] | None = None,
) -> list[tuple[Claim, Claim]]:
    """A claim that calls a named side's account false answers the question that account answers:
    it joins the aspect of that side's claim closest to it (or opens one with that claim); one that
    calls what was just said false joins that claim's (``referents``, ``stand_in_referents``).
    Returns the (rebuttal, rebutted claim) pairs."""
    referents = (
        referents if referents is not None else stand_in_referents(claims, infos, kinds, sim, index, party_names)
    )
    where = {cid: a for a in aspects for cid in a.claims}
    clashes: list[tuple[Claim, Claim]] = []
    owners = pronoun_owners([c for c in claims if _rebutting(c, infos, kinds)], claims, infos, party_names)
    for c in claims:
        if not (set(infos[c.id].words) & lx.FALSITY_WORDS or kinds.get(c.account or "") == "denial"):
            continue  # only a denial or a word of falsity can rebut: skip the name search
        for party, names in party_names.items():
            if party == c.party:
                continue
            reb = _rebuts(c, infos[c.id], kinds.get(c.account or "", ""), names)
            if not reb:
                continue
            current = where.get(c.id)
            if reb[0].startswith(STAND_IN_REASONS):
                # "That is false": what was just said, if this side said it
                said = referents.get(c.id)
                if said is None or said.party != party:
                    continue
                target = said
            else:
                if not reb[1] and owners.get(c.id) != party:
                    # "X, but Y called his statements false": "his" is the other side that spoke last
                    continue
                targets = [t for t in claims if t.party == party]
                if not targets:
                    continue
                target = _rebutted(c, targets, claims, infos, sim, index)
            home = where.get(target.id)
            if home is None:
                home = Aspect(
                    id=_new_aspect_id(aspects),
                    label=f"{names[0]}'s account",
                    question=f"Is {names[0]}'s account accurate?",
                    claims=[target.id],
                )
                aspects.append(home)
                where[target.id] = home
            if c.id not in home.claims:
                if current is not None and len(current.claims) > 2:
                    current.claims.remove(c.id)
                home.claims.append(c.id)
                where[c.id] = home
            home.parties = sorted({t.party for t in claims if t.id in home.claims and t.party})
            clashes.append((c, target))
            break
    return clashes


def place_allegations(
    aspects: list[Aspect],
    claims: list[Claim],
    infos: dict[str, ClauseInfo],
    kinds: dict[str, str],
    party_names: dict[str, list[str]],
    alias_party: dict[str, str | None],
) -> None:
    """A claim of another side that charges the denier's side ("accused Lyle of theft", "she said
    Lyle took her phone") answers the question of an unnamed denial of that side in the same
    document ("Lyle denied the allegations"): it joins the denial's aspect, leaving its own where
    that keeps two claims. A claim already in a question with the denier's side stays there; each
    joins one. (A claim made by the verb of the report a denial names, "a former player claims
    that ...", is judged against it where the two share a question, but is not moved: measured,
    moving it cost alignment.)"""
    where = {cid: a for a in aspects for cid in a.claims}
    party_of = {c.id: c.party for c in claims}
    # (document, charged party) -> the positive claims of other sides that charge it
    charges: dict[tuple[str, str], list[Claim]] = {}
    for t in claims:
        if t.party is None or t.polarity != "positive":
            continue
        for p in _deed_parties(infos[t.id], alias_party) - {t.party}:
            charges.setdefault((t.doc, p), []).append(t)
    touched: dict[int, Aspect] = {}
    placed: set[str] = set()  # each charge joins one denial's question only
    for c in claims:
        if c.party is None or not _rebutting(c, infos, kinds):
            continue
        if _rebuts(c, infos[c.id], kinds.get(c.account or "", ""), []) is None:
            continue
        told = [t for t in charges.get((c.doc, c.party), []) if t.id not in placed]
        if not told:
            continue
        home = where.get(c.id)
        if home is None:
            # the side's own name, not a description of it ("the company")
            name = next((n for n in party_names.get(c.party, []) if not n.lower().startswith("the ")), "")
            home = Aspect(
                id=_new_aspect_id(aspects),
                label=f"the allegations against {name}".strip(),
                question=f"Are the allegations against {name} true?" if name else "Are the allegations true?",
                claims=[c.id],
            )
            aspects.append(home)
            where[c.id] = home
        touched[id(home)] = home
        for t in told:
            placed.add(t.id)
            current = where.get(t.id)
            if current is home or (current is not None and any(party_of[x] == c.party for x in current.claims)):
                continue
            if current is not None and len(current.claims) > 2:
                current.claims.remove(t.id)
                touched[id(current)] = current
            home.claims.append(t.id)
            where[t.id] = home
    for asp in touched.values():
        asp.parties = sorted({party_of[x] for x in asp.claims if party_of.get(x)})
    aspects[:] = [a for a in aspects if a.claims]


def place_rejections(
    aspects: list[Aspect], claims: list[Claim], infos: dict[str, ClauseInfo], clashes: list[tuple[Claim, Claim]]
) -> dict[str, tuple[str, ...]]:
    """A claim that turns down every version just given ("neither of these was the real problem")
    answers the question of the last clash between two other sides before it in its document: it
    joins that clash's aspect, and clashes with both versions. Returns claim id -> the two claims."""
    where = {cid: a for a in aspects for cid in a.claims}
    out: dict[str, tuple[str, ...]] = {}
    for c in claims:
        if not infos[c.id].rejects_all or c.party is None:
            continue
        before = [
            (reb, target)
            for reb, target in clashes
            if all(x.doc == c.doc and x.start < c.start and x.party not in (None, c.party) for x in (reb, target))
        ]
        if not before:
            continue
        reb, target = max(before, key=lambda rt: max(rt[0].start, rt[1].start))
        home = where.get(reb.id)
        if home is None:
            continue
        current = where.get(c.id)
        if current is not home:
            if current is not None:
                current.claims.remove(c.id)
                current.parties = sorted({t.party for t in claims if t.id in current.claims and t.party})
            home.claims.append(c.id)
            home.parties = sorted({t.party for t in claims if t.id in home.claims and t.party})
            where[c.id] = home
        out[c.id] = (reb.id, target.id)
    aspects[:] = [a for a in aspects if a.claims]
    return out


def _rank(p: _Pair) -> tuple[float, ...]:
    """Which counterpart a claim is compared with: the closest one (the most likely to answer the
    same question), whatever the label turns out to be."""
    return (p.sim,)


def _apply_contrasts(
    judged: dict[tuple[str, str], _Pair], chosen: dict[tuple[str, str], _Pair], contrasts: dict[str, tuple[str, str]]
) -> None:
    """The reporter's own "but" / "however" sets an account against the speaker just before it:
    the closest pair of the contrasting account and an earlier claim of that speaker conflicts."""
    for key, p in judged.items():
        hit, later = None, None
        for x, y in ((p.a, p.b), (p.b, p.a)):
            got = contrasts.get(y.account or "")
            if got and got[0] == x.speaker and x.doc == y.doc and x.start < y.start:
                hit, later = got, y
                break
        if hit is None or later is None or p.label == "conflict":
            continue
        p.label = "conflict"
        p.reason = f"set against the account before it by the reporter's '{hit[1]}'"
        p.evidence = [hit[1]]
        rival = max(
            (q for q in chosen.values() if q.reason == p.reason and later.account in (q.a.account, q.b.account)),
            key=lambda q: q.sim,
            default=None,
        )
        if rival is None or p.sim > rival.sim:
            if rival is not None:
                chosen.pop((rival.a.id, rival.b.id), None)
            chosen[key] = p


def _apply_rejections(
    judged: dict[tuple[str, str], _Pair],
    chosen: dict[tuple[str, str], _Pair],
    rejections: dict[str, tuple[str, ...]],
    infos: dict[str, ClauseInfo],
) -> None:
    """A claim that turns down both versions of a clash ("neither of these") conflicts with each of
    them, in place of whatever closest pair it had with their speakers."""
    for key, p in judged.items():
        for x, y in ((p.a, p.b), (p.b, p.a)):
            if y.id not in rejections.get(x.id, ()):
                continue
            for other in [k for k in chosen if x.id in k]:
                del chosen[other]
            p.label = "conflict"
            words = infos[x.id].rejects_all or "neither"
            p.reason = f"turns down both versions of the clash before it: '{words}'"
            p.evidence = [words]
            chosen[key] = p


def _one_per_rebuttal(chosen: dict[tuple[str, str], _Pair]) -> None:
    """A rebuttal answers one claim of the other speaker: keep its closest, not one per claim."""
    rebutting: dict[str, _Pair] = {}
    for key, p in list(chosen.items()):
        if p.rebuttal_by and p.reason.startswith("explicit rebuttal"):
            del chosen[key]
            cur = rebutting.get(p.rebuttal_by)
            if cur is None or p.sim > cur.sim:
                rebutting[p.rebuttal_by] = p
    chosen.update({(p.a.id, p.b.id): p for p in rebutting.values()})


def _contradiction_check(sim: Similarity, index: dict[str, int]) -> Callable[[str, str], float | None]:
    """P(contradiction) of two claims from their sentence vectors, when both have one and the
    learned check is installed (``pipeline/contradiction.py``); None otherwise."""
    vectors = sim.vectors
    if vectors is None or not contradiction.available():
        return lambda a, b: None
    memo: dict[tuple[str, str], float] = {}

    def check(a: str, b: str) -> float | None:
        if a not in index or b not in index:
            return None
        key = (a, b) if a < b else (b, a)
        if key not in memo:
            memo[key] = contradiction.probability(vectors[index[a]], vectors[index[b]])
        return memo[key]

    return check


def relate(
    aspects: list[Aspect],
    claims: dict[str, Claim],
    infos: dict[str, ClauseInfo],
    account_kind: dict[str, str],
    sim: Similarity,
    index: dict[str, int],
    party_names: dict[str, list[str]],
    alias_party: dict[str, str | None],
    agree_threshold: float,
    differ_threshold: float,
    contrasts: dict[str, tuple[str, str]] | None = None,
    rejections: dict[str, tuple[str, ...]] | None = None,
    agreement_ceiling: float = 1.0,
    referents: dict[str, Claim] | None = None,
) -> list[Relation]:
    """Relations between the speakers of each aspect.

    For every pair of speakers, each claim is paired with the other speaker's closest claim and
    the pair is labelled by its evidence; a pair of speakers with nothing but compatible pairs
    keeps its single closest pair. A claim the reporter sets against the other speaker ("But
    ...", "..., however, ...") conflicts with it; a rebuttal answers one claim. Pairs inside one
    party are kept only when they conflict (an internal contradiction).
    """
    out: list[Relation] = []
    ctx = _Context(
        infos,
        account_kind,
        party_names,
        alias_party,
        agree_threshold,
        differ_threshold,
        side_words=name_words(party_names),
        owners=pronoun_owners(
            [c for c in claims.values() if _rebutting(c, infos, account_kind)],
            list(claims.values()),
            infos,
            party_names,
        ),
        contradicts=_contradiction_check(sim, index),
        agreement_ceiling=agreement_ceiling,
        referents=referents
        if referents is not None
        else stand_in_referents(list(claims.values()), infos, account_kind, sim, index, party_names),
    )
    for asp in aspects:
        by_speaker: dict[tuple[str, str], list[Claim]] = {}
        for cid in asp.claims:
            c = claims[cid]
            if c.party is not None and cid not in asp.loose:
                by_speaker.setdefault((c.party, c.speaker or ""), []).append(c)
        for own in by_speaker.values():
            # one speaker who says a thing and, elsewhere, its opposite ("since the days that I served
            # in Vietnam" / "he had not served in Vietnam"): a contradiction of their own
            for a, b in combinations(own, 2):
                p = _judge(a, b, sim(index[a.id], index[b.id]), ctx, True)
                if p.label == "conflict" and p.reason.startswith("opposite polarity"):
                    p.reason += " (the same speaker)"
                    out.append(_relation(p, asp.id, internal=True))
        for (pa, sa), (pb, sb) in combinations(sorted(by_speaker), 2):
            internal = pa == pb
            judged: dict[tuple[str, str], _Pair] = {}
            for a in by_speaker[(pa, sa)]:
                for b in by_speaker[(pb, sb)]:
                    judged[(a.id, b.id)] = _judge(a, b, sim(index[a.id], index[b.id]), ctx, internal)
            chosen: dict[tuple[str, str], _Pair] = {}
            for side in (0, 1):
                best_for: dict[str, _Pair] = {}
                for key, p in judged.items():
                    cur = best_for.get(key[side])
                    if cur is None or _rank(p) > _rank(cur):
                        best_for[key[side]] = p
                for p in best_for.values():
                    if p.label != "compatible":
                        chosen[(p.a.id, p.b.id)] = p
            if contrasts:
                _apply_contrasts(judged, chosen, contrasts)
            _one_per_rebuttal(chosen)
            if rejections:
                _apply_rejections(judged, chosen, rejections, infos)
            if not chosen and judged and not internal:
                p = max(judged.values(), key=lambda p: p.sim)
                chosen[(p.a.id, p.b.id)] = p
            for p in chosen.values():
                if internal and p.label != "conflict":
                    continue
                out.append(_relation(p, asp.id, internal))
    return _one_voice_per_party(out, claims)


def _relation(p: _Pair, aspect: str, internal: bool) -> Relation:
    """The relation a judged pair stands for."""
    return Relation(
        a=p.a.id,
        b=p.b.id,
        label=p.label,
        aspect=aspect,
        reason=p.reason,  # type: ignore[arg-type]
        evidence=p.evidence,
        internal=internal,
        score=round(p.sim, 3),
        rebuttal_by=p.rebuttal_by if p.reason.startswith("explicit rebuttal") else None,
    )


def _one_voice_per_party(relations: list[Relation], claims: dict[str, Claim]) -> list[Relation]:
    """A claim answers one voice of another party: where several speakers of that party said the
    same thing to it, the relation with the closest speaker stands for them all (one per label)."""
    best: dict[tuple[str, str, str, str], tuple[float, str]] = {}
    for r in relations:
        if r.internal:
            continue
        for x, y in ((r.a, r.b), (r.b, r.a)):
            key = (r.aspect, x, claims[y].party or "", r.label)
            cand = (r.score or 0.0, claims[y].speaker or "")
            if key not in best or cand[0] > best[key][0]:
                best[key] = cand
    out = []
    kept: set[tuple[str, str, str, str]] = set()
    for r in relations:
        keep = r.internal or all(
            best[(r.aspect, x, claims[y].party or "", r.label)][1] == (claims[y].speaker or "")
            for x, y in ((r.a, r.b), (r.b, r.a))
        )
        if keep:
            out.append(r)
            kept.update((r.aspect, x, claims[y].party or "", r.label) for x, y in ((r.a, r.b), (r.b, r.a)))
    # a claim rebutted outright whose closest voice of that party kept its relation elsewhere
    # would be left unanswered: it keeps its own closest rebuttal
    taken = {id(r) for r in out}
    for r in relations:
        if r.internal or r.rebuttal_by is None or id(r) in taken:
            continue
        for x, y in ((r.a, r.b), (r.b, r.a)):
            key = (r.aspect, x, claims[y].party or "", r.label)
            if key not in kept and best[key][1] == (claims[y].speaker or ""):
                out.append(r)
                kept.add(key)
                break
    return out
