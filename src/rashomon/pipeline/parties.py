"""Parties: speakers merged across their names, then grouped into sides.

A speaker is one person or body under all its names ("President Trump", "Trump"; "Ri Yong Ho",
"Ri"; a misspelt surname). A side is what the text says the speaker belongs to: a nationality
or country in the source phrase (or where the text describes the person elsewhere), an
organisation ("a spokesman for X", "X spokeswoman Y"), a person's office ("Hunter spokesman Joe
Kasper"), a possessive ("North Korea's state media"), a political party where the party speaks
as a body ("Sen. X, D-Iowa" with "Democrats said"), or the heading the account stands under. A
user party map overrides all of it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations, takewhile

from rashomon.model import Account, Party, Span, Speaker
from rashomon.pipeline import lexicon as lx
from rashomon.pipeline.attribution import Attribution, Mention, name_head

# Common names of a few countries whose adjective or abbreviation does not start like the name.
# The general rule (an adjective that starts with a country's name: "South Korean") needs no list.
COUNTRY_ALIASES = {
    "us": "United States",
    "u.s.": "United States",
    "usa": "United States",
    "u.s.a.": "United States",
    "america": "United States",
    "american": "United States",
    "americans": "United States",
    "united states": "United States",
    "washington": "United States",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "britain": "United Kingdom",
    "british": "United Kingdom",
    "great britain": "United Kingdom",
    "england": "United Kingdom",
    "english": "United Kingdom",
    "dprk": "North Korea",
    "pyongyang": "North Korea",
    "rok": "South Korea",
    "seoul": "South Korea",
    "french": "France",
    "dutch": "Netherlands",
    "swiss": "Switzerland",
    "chinese": "China",
    "beijing": "China",
    "moscow": "Russia",
    "kremlin": "Russia",
    "kyiv": "Ukraine",
    "kiev": "Ukraine",
    "greek": "Greece",
    "turkish": "Turkey",
    "spanish": "Spain",
    "german": "Germany",
    "danish": "Denmark",
    "swedish": "Sweden",
    "polish": "Poland",
    "irish": "Ireland",
    "israeli": "Israel",
    "palestinian": "Palestine",
    "palestinians": "Palestine",
    "gaza": "Palestine",
    "gaza strip": "Palestine",
    "west bank": "Palestine",
    "ramallah": "Palestine",
    "iraqi": "Iraq",
    "iranian": "Iran",
    "tehran": "Iran",
    "saudi": "Saudi Arabia",
    "emirati": "United Arab Emirates",
    "filipino": "Philippines",
    "philippine": "Philippines",
    "thai": "Thailand",
    "vietnamese": "Vietnam",
    "japanese": "Japan",
    "tokyo": "Japan",
    "pakistani": "Pakistan",
    "afghan": "Afghanistan",
    "yemeni": "Yemen",
    "kuwaiti": "Kuwait",
    "peruvian": "Peru",
    "welsh": "Wales",
    "scottish": "Scotland",
    # seats of government a story names for the government itself ("the Kremlin said")
    "white house": "United States",
    "pentagon": "United States",
    "downing street": "United Kingdom",
    "whitehall": "United Kingdom",
    "elysee": "France",
    "élysée": "France",
    "blue house": "South Korea",
    "zhongnanhai": "China",
}
# capitals that stand for their country ("Washington warned"), but not before a word for the
# city's own people and services ("Washington police", "Moscow residents")
_CAPITALS = frozenset("washington pyongyang seoul beijing moscow kyiv kiev tehran tokyo".split())
_CITY_NOUNS = frozenset(
    "police officer resident people mayor council councilman councilwoman firefighter hospital school "
    "university fan voter shopkeeper driver commuter".split()
)
# titles of a state's or a city's own office ("Washington Gov.", "Moscow Mayor")
_LOCAL_TITLE = r"(?:Gov\.|Governor|Lt\. Gov\.|Lieutenant Governor|Mayor|Attorney General)"
_DEMONYM_ENDINGS = ("ians", "ans", "ese", "ian", "an", "is", "i", "n", "ish")
# Titles and role words that never name the person themself.
_TITLE_WORDS = {
    "president",
    "former",
    "foreign",
    "minister",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "sen.",
    "sen",
    "senator",
    "rep.",
    "rep",
    "representative",
    "gov.",
    "governor",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "mr",
    "mrs",
    "ms",
    "dr",
    "head",
    "chief",
    "director",
    "officer",
    "official",
    "prime",
    "vice",
    "general",
    "gen.",
    "adm.",
    "admiral",
    "the",
    "a",
    "an",
    "state",
    "deputy",
    "ambassador",
    "chairman",
    "chairwoman",
    "leader",
    "mayor",
    "judge",
    "attorney",
    "agent",
    "congressman",
    "congresswoman",
    "king",
    "queen",
    "prince",
    "lord",
    "sir",
    "defense",
    "defence",
    "interior",
    "justice",
    "homeland",
    "security",
    "national",
    "department",
    "of",
    "for",
    "senior",
    "top",
    "high-level",
    "u.s.",
    "us",
}
_ORG_STOP = {
    "the",
    "a",
    "an",
    "of",
    "for",
    "and",
    "senior",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "head",
    "chief",
    "director",
    "secretary",
    "minister",
    "agent",
    "former",
}
_POSSESSIVE = re.compile(r"(’s|'s|’|')$")


@lru_cache(maxsize=65536)
def clean_name(name: str) -> str:
    initials = re.search(r"\b[A-Z]\.[A-Z]\.$", name.strip())  # "D.C.", "U.N.": the last dot is the name's
    name = re.sub(r"\s+", " ", name).strip(" ,.;:“”\"'") + ("." if initials else "")
    name = re.sub(r"\s*\([^)]*\)", "", name)  # "(R-Texas)"
    name = re.sub(r"\s*\([^)]*$", "", name)  # "Office of Legal Counsel (OLC": a bracket the phrase cut off
    name = re.sub(r"\s+(himself|herself|itself|themselves)$", "", name, flags=re.I)  # "Trump himself"
    return _POSSESSIVE.sub("", name).strip()


def _tokens(name: str) -> list[str]:
    return list(_token_tuple(name))


@lru_cache(maxsize=65536)
def _token_tuple(name: str) -> tuple[str, ...]:
    """The words of a name (cached: a large analysis compares the same names many times), in one
    spelling: "Organisation" and "Organization", "Centre" and "Center" are one word."""
    return tuple(_one_spelling(t) for t in re.split(r"[\s]+", clean_name(name).lower()) if t)


_SPELLINGS = {"centre": "center", "centres": "centers", "defence": "defense", "programme": "program"}


def _one_spelling(word: str) -> str:
    """The American spelling of a British word of a name ("organisation", "centre", "defence")."""
    return _SPELLINGS.get(word) or re.sub(r"(?<=\w\w)isation(s?)$", r"ization\1", word)


def country_of(name: str, known: set[str]) -> str | None:
    """The country a nationality word, capital or abbreviation stands for, if any."""
    key = clean_name(name).lower().removeprefix("the ")  # "The United States", "the U.S."
    key = key + "." if key + "." in COUNTRY_ALIASES else key  # clean_name takes the last dot of "U.S."
    if key in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[key]
    for k in known:
        if key == k.lower():
            return k
    for ending in _DEMONYM_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            stem = key[: -len(ending)]
            for k in known:
                kl = k.lower()
                if kl.startswith(stem) and len(kl) - len(stem) <= 2:
                    return k
    return None


def _edit1(a: str, b: str) -> bool:
    """True when two words differ by at most one insertion, deletion or substitution."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = diff = 0
    while i < len(a) and j < len(b):
        if a[i] != b[j]:
            diff += 1
            if diff > 1:
                return False
            if len(a) == len(b):
                i += 1
            j += 1
            continue
        i += 1
        j += 1
    return diff + (len(b) - j) <= 1


@dataclass
class _Node:
    key: str
    name: str
    kind: str
    aliases: Counter[str] = field(default_factory=Counter)
    mentions: list[Span] = field(default_factory=list)
    affiliations: Counter[str] = field(default_factory=Counter)  # normalised side names
    accounts: list[str] = field(default_factory=list)
    joint: bool = False  # speakers named together ("Israel and Hamas"): a voice of no one side
    political: Counter[str] = field(default_factory=Counter)  # "democratic", "republican" ...
    member_of: Counter[str] = field(default_factory=Counter)  # "Republicans" (", with X saying")
    expert: bool = False  # a scholar or scientist ("a law professor", "meteor expert X")


def _person_tokens(name: str) -> list[str]:
    # "al-Sisi" and "Sisi", "el-Baradei" and "Baradei": the article of an Arabic surname is no
    # word of its own
    toks = [_ARTICLE.sub("", t) for t in _tokens(name) if t not in _TITLE_WORDS and t[:1].isalpha()]
    return [t for t in toks if t and t not in {"al", "el"}]


_ARTICLE = re.compile(r"^(?:al|el)-(?=\w)")


def _same_person(a: list[str], b: list[str]) -> bool:
    if not a or not b:
        return False
    sa, sb = set(a), set(b)
    if sa <= sb or sb <= sa:
        return True
    # "Ben Jealous" and "Benjamin Todd Jealous": one surname, one first name the short form of the other
    if len(a) > 1 and len(b) > 1 and a[-1] == b[-1] and len(a[-1]) > 2:
        x, y = sorted((a[0].rstrip("."), b[0].rstrip(".")), key=len)
        if y.startswith(x) and (len(x) >= 3 or len(x) == 1):
            return True
        # "Vincente Fox" and "Vicente Fox": a misspelt first name, long enough, and misspelt before
        # its ending, which tells two people of one family apart ("Antonio" and "Antonia",
        # "Francis" and "Frances", "Justin" and "Justine")
        first_diff = next((k for k, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), len(x))
        if min(len(x), len(y)) >= 6 and first_diff < len(x) - 2 and _edit1(x, y):
            return True
    # a misspelt surname: the last words differ by one letter and the rest agree
    return (max(len(a[-1]), len(b[-1])) >= 5 and _edit1(a[-1], b[-1])) and (len(a) == 1 or len(b) == 1 or a[0] == b[0])


def _likeliest(m: Mention, people: list[_Node]) -> _Node:
    """Which of several people of one surname a bare surname is: the one whose title it repeats
    ("Former Vice President Cheney" after "Vice President Dick Cheney"), else the one the
    document spoke of last."""

    def title_words(name: str) -> set[str]:
        return {w for w in _tokens(name) if w in _TITLE_WORDS and w not in {"former", "the", "mr", "ms", "mrs"}}

    said = title_words(m.name)
    if said:
        titled = [n for n in people if any(said <= title_words(a) for a in n.aliases)]
        if len(titled) == 1:
            return titled[0]

    def last_before(n: _Node) -> int:
        return max((s.start for s in n.mentions if s.doc == m.span.doc and s.start < m.span.start), default=-1)

    return max(people, key=last_before)


def _named_person(toks: list[str], name: str, speaker: str) -> bool:
    """Whether a name a speaker's phrase holds is that person. A lone first name is one of the
    speaker's family ("Dornella's father" Donnell Conner and Dornella Conner), not someone else of
    that first name ("parents John and Diane Foley" and John Earnest)."""
    other = _person_tokens(name)
    if len(toks) == 1 and len(other) > 1 and toks[0] == other[0]:
        own = _person_tokens(speaker)
        return len(own) > 1 and own[-1] == other[-1]
    return _same_person(toks, other)


class PartyMap:
    """A user's party map: party name -> aliases (names or phrases that identify its speakers)."""

    def __init__(self, parties: dict[str, list[str]]) -> None:
        self.parties = {name: [a.lower() for a in [name, *aliases]] for name, aliases in parties.items()}

    def match(self, text: str) -> str | None:
        low = text.lower()
        best = None
        for name, aliases in self.parties.items():
            for alias in aliases:
                found = re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", low)
                if found and (best is None or len(alias) > best[1]):
                    best = (name, len(alias))
        return best[0] if best else None


def group(
    attributions: list[Attribution],
    known_places: set[str],
    party_map: PartyMap | None = None,
    texts: dict[str, str] | None = None,
) -> tuple[list[Speaker], list[Party], dict[str, tuple[str | None, str | None]]]:
    """Merge the sources of all accounts into speakers and parties. ``texts`` (document id ->
    text) lets the same words quoted in two documents join their speakers' sides.

    Returns the speakers, the parties and, for each account id, its (speaker id, party id).
    """
    nodes: list[_Node] = []
    acc_node: dict[str, _Node] = {}

    def find_node(m: Mention) -> _Node:
        if m.kind == "heading":
            key = "h:" + (country_of(m.name, known_places) or clean_name(m.name)).lower()
        elif m.kind == "person" or (m.entity and m.entity[:1].isupper() and m.kind != "organisation"):
            toks = _person_tokens(m.entity or m.name)
            matches = [n for n in nodes if n.kind == "person" and _same_person(toks, _person_tokens(n.name))]
            if len(matches) > 1 and len(toks) == 1:
                return _likeliest(m, matches)  # "Cheney" when Mary, Liz and Dick Cheney all speak
            if matches:
                return matches[0]
            key = "p:" + " ".join(toks)
        else:
            words = clean_name(m.entity or m.name).split()
            if 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
                # a bare name tagged as an organisation may be a person named before ("Kasper")
                toks = _person_tokens(" ".join(words))
                for n in nodes:
                    if n.kind == "person" and _same_person(toks, _person_tokens(n.name)):
                        return n
            toks = [t for t in _tokens(m.name) if t not in {"the", "a", "an"}]
            own = [t for t in _tokens(m.entity or "") if t not in {"the", "a", "an"}]
            if (
                m.kind == "organisation"
                and len(m.entities) == 1
                and own
                and own[-1] in {m.head, m.head + "s"}
                and own[-1].endswith("s")
                and own[-1] == toks[-1]
                and len(toks) > len(own)
            ):
                # "Some top Democrats" and "Democrats": members of one body, under its name
                toks = own
            # "police" and "St. Louis County Police": one body when the head noun agrees and one
            # name holds the other ("American officials" and "North Korean officials" are two)
            for n in nodes:
                other = [t for t in _tokens(n.name) if t not in {"the", "a", "an"}]
                if (
                    n.kind == "group"
                    and m.kind == "group"
                    and toks
                    and other[-1:] == toks[-1:]
                    and (set(other) <= set(toks) or set(toks) <= set(other))
                ):
                    return n
            key = "o:" + " ".join(_members_in_order(toks))
        for n in nodes:
            if n.key == key:
                return n
        kind = (
            "person"
            if key.startswith("p:")
            else ("heading" if key.startswith("h:") else ("organisation" if m.kind == "organisation" else "group"))
        )
        name = clean_name(m.entity if (kind == "person" and m.entity) else m.name)
        node = _Node(key=key, name=name, kind=kind)
        nodes.append(node)
        return node

    for att in attributions:
        for acc in att.accounts:
            m = att.mentions.get(acc.id)
            if m is None or not clean_name(m.name) or m.name.strip() in {"'s", "’s", "s"}:
                continue  # no source, or one named by no word ("'s"): a sourceless account
            node = find_node(m)
            node.aliases[clean_name(m.name)] += 1
            if m.kind == "person" and m.entity and len(_person_tokens(m.entity)) > len(_person_tokens(node.name)):
                node.name = clean_name(m.entity)  # the fullest form of a person's name
            if m.span not in node.mentions:  # (one mention that several accounts refer back to)
                node.mentions.append(m.span)
            node.accounts.append(acc.id)
            acc_node[acc.id] = node
            affs = _affiliations(m, known_places, node, texts or {})
            sides = {a for a in affs if a.startswith(("side:", "org:"))}
            if m.kind != "person" and m.reciprocal and len(sides) >= 2 and re.search(r"\band\b|,|&", m.name):
                # "Israel and Hamas agreed to a truce, saying ...": counterparts named together
                # speak jointly, and the joint voice joins neither side ("Nebraska and Oklahoma
                # asked the court" are one side)
                affs = [a for a in affs if a not in sides]
                node.joint = True
            elif (
                m.kind == "person"
                and m.mutual
                and re.search(r"\band\b|&", m.name)
                and len({x for label, x in m.entities if label == "PERSON"}) >= 2
            ):
                # "Incer and Lindley Johnson, an executive for Nasa, agreed that ...": the other
                # person named with them, and whom that person works for, are no side of theirs
                affs = []
            for aff in affs:
                node.affiliations[aff] += 1
            if m.political:
                node.political[m.political] += 1
            node.expert |= m.expert
            if m.member_of:
                node.member_of[m.member_of] += 1
            if m.section:
                node.affiliations["side:" + (country_of(m.section, known_places) or clean_name(m.section))] += 1

    _described_elsewhere(nodes, [d for att in attributions for d in att.descriptions], known_places)
    _leader_at_seat(nodes, {att.leader for att in attributions if att.leader})
    _serve_the_leader(nodes, {att.leader for att in attributions if att.leader})

    # union-find over speakers: a speaker joins the side its affiliation names
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[rb] = ra

    # "Dallas Tea Party", "St. Louis Tea Party" and "Tea Party": chapters of one body (a name that
    # ends with another organisation's name of two words or more) are that body's side
    org_names = {aff[4:] for n in nodes for aff in n.affiliations if aff.startswith("org:")}
    org_names |= {n.name for n in nodes if n.kind == "organisation"}
    _suits_speak_for_plaintiffs(nodes, union)
    _agents_join_principals(nodes, [a for att in attributions for a in att.agents], union)
    for n in nodes:
        body = _named_by_seat(n, org_names)
        if body is not None:
            n.affiliations["org:" + body] += 1
    if texts:
        _described_before(nodes, texts, org_names)
        _owned_bodies(nodes, texts)
    _head_of_institution(nodes, org_names)

    org_tokens = {name: _tokens(name) for name in sorted(org_names)}  # sorted: the same run to run
    bodies: dict[str, str] = {}

    def body_of(name: str) -> str:
        if name not in bodies:
            toks = _tokens(name)
            best, best_len = name, len(toks)
            for other, ot in org_tokens.items():
                if 2 <= len(ot) < best_len and toks[-len(ot) :] == ot:
                    best, best_len = other, len(ot)
            bodies[name] = best
        return bodies[name]

    side_names: dict[str, str] = {}
    for n in nodes:
        parent.setdefault(n.key, n.key)
        if n.kind == "heading":
            side_names[n.key] = n.name
    sides = {aff[5:].lower() for n in nodes for aff in n.affiliations if aff.startswith("side:")}
    if len(sides) == 1:
        _state_speaks(nodes)
    people = [n for n in nodes if n.kind == "person"]
    for n in nodes:
        words = n.name.split()
        if n.kind != "person" and 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
            # a bare name the recogniser took for a body, said before the person's full name came
            # up ("Tukur claimed ..." then "Hassan Tukur told AFP ...")
            other = next((o for o in people if _same_person(_person_tokens(n.name), _person_tokens(o.name))), None)
            if other is not None:
                union(other.key, n.key)
        side = country_of(n.name, known_places) or clean_name(n.name)
        if n.kind != "heading" and side.lower() in sides:
            # a speaker named as a side itself ("Nigeria on Friday claimed ..."), whatever kind the
            # recogniser made it, is that side
            skey = "h:" + side.lower()
            parent.setdefault(skey, skey)
            union(skey, n.key)
    tied = Counter(
        " ".join(_person_tokens(aff[7:])) for n in nodes for aff in set(n.affiliations) if aff.startswith("person:")
    )
    for n in nodes:
        for aff in n.affiliations:
            if aff.startswith("side:"):
                side = aff[5:]
                skey = "h:" + side.lower()
                side_names.setdefault(skey, side)
                parent.setdefault(skey, skey)
                union(skey, n.key)
            elif aff.startswith("person:"):
                other = next(
                    (o for o in nodes if o.kind == "person" and _named_person(_person_tokens(aff[7:]), o.name, n.name)),
                    None,
                )
                if other is not None:
                    union(other.key, n.key)
                elif len(_person_tokens(aff[7:])) > 1 or tied[" ".join(_person_tokens(aff[7:]))] >= 2:
                    # "The mother of Lars Berg" and "Lars Berg's brother", when Berg himself never
                    # speaks: the person they are kin to (or work for) ties them (a surname alone
                    # where two speakers are tied to it: "the Obama campaign" and "Obama campaign
                    # spokeswoman Lis Smith")
                    pkey = "p:" + " ".join(_person_tokens(aff[7:]))
                    side_names.setdefault(pkey, aff[7:])
                    parent.setdefault(pkey, pkey)
                    union(pkey, n.key)
            elif aff.startswith("org:") and any(
                o.kind == "person" and _same_person(_person_tokens(aff[4:]), _person_tokens(o.name)) for o in nodes
            ):
                # a person's name tagged as an organisation ("Trump spokeswoman Katrina Pierson")
                other = next(
                    o
                    for o in nodes
                    if o.kind == "person" and _same_person(_person_tokens(aff[4:]), _person_tokens(o.name))
                )
                if other is not n:
                    union(other.key, n.key)
            elif aff.startswith("org:"):
                body = body_of(aff[4:])
                others = [
                    o
                    for o in nodes
                    if o.kind in {"organisation", "group"}
                    and o is not n
                    and not o.joint
                    and not _public_of(o.name)
                    and (_org_match(aff[4:], o.name) or _org_match(body, o.name))
                ]
                for other in others:
                    union(other.key, n.key)
                if not others:
                    okey = "o:" + body.lower()
                    side_names.setdefault(okey, body)
                    parent.setdefault(okey, okey)
                    union(okey, n.key)

    # "HP said" and "Hewlett-Packard said": one body under its name and its initials;
    # "Metropolitan Police" and "Washington D.C. Metropolitan Police": under a longer name
    bodies = [n for n in nodes if n.kind in {"organisation", "group"} and not n.joint]
    named = [
        n
        for n in bodies
        if n.kind == "organisation" and not _public_of(n.name) and not re.search(r"\band\b|&|,", n.name)
    ]  # not "Republicans and Democrats", which names two
    for a, b in combinations(named, 2):
        if _org_match(a.name, b.name):
            union(a.key, b.key)
    for short in (n for n in bodies if clean_name(n.name).removeprefix("the ").isupper()):
        for other in bodies:
            if other is not short and _acronym_of(short.name, other.name):
                union(short.key, other.key)
    said = {
        acc.id: " ".join((texts or {}).get(acc.doc, "")[c.start : c.end] for c in acc.content)
        for att in attributions
        for acc in att.accounts
    }
    every_text = "\n".join((texts or {}).values())  # the story's words, for counting names in them
    _join_party_members(nodes, union, every_text, said)
    _join_voices(nodes, union)
    if texts:
        _same_words_one_voice(attributions, acc_node, texts, union)
    _one_crowd(nodes, root, union)
    if texts:
        _kin_named_elsewhere(nodes, every_text, union)
    _experts_together(nodes, root, union)

    # user map: a speaker whose names match an alias belongs to that party, whatever the text says
    user_party: dict[str, str] = {}
    if party_map is not None:
        for n in nodes:
            for alias in [n.name, *n.aliases]:
                hit = party_map.match(alias)
                if hit:
                    user_party[n.key] = hit
                    break

    groups: dict[str, list[_Node]] = defaultdict(list)
    for n in nodes:
        if n.key in user_party:
            groups["user:" + user_party[n.key]].append(n)
        else:
            groups[root(n.key)].append(n)

    speakers: list[Speaker] = []
    parties: list[Party] = []
    result: dict[str, tuple[str | None, str | None]] = {}
    speaker_id: dict[str, str] = {}
    for n in nodes:
        if n.kind == "heading" and not n.accounts:
            continue
        sid = f"s{len(speaker_id) + 1}"
        speaker_id[n.key] = sid
    used_ids: set[str] = set()
    for gkey, members in groups.items():
        speaking = [m for m in members if m.accounts]
        if not speaking:
            continue
        if gkey.startswith("user:"):
            name, origin = gkey[5:], "user"
        else:
            # a heading names its side; otherwise the members vote ("the NAACP's Washington bureau"
            # does not make the NAACP's side "United States")
            heading = next((m.name for m in members if m.kind == "heading"), None)
            name = heading or _party_plural(_group_name(speaking, side_names), speaking)
            origin = "text"
        pid = _slug(name, used_ids)
        evidence = sorted({a for m in speaking for a in m.affiliations})
        parties.append(
            Party(id=pid, name=name, speakers=[speaker_id[m.key] for m in speaking], evidence=evidence, origin=origin)
        )  # type: ignore[arg-type]
        for m in speaking:
            kind = m.kind if m.kind in {"person", "organisation", "group", "heading"} else "unknown"
            speakers.append(
                Speaker(
                    id=speaker_id[m.key],
                    name=m.name,
                    kind=kind,  # type: ignore[arg-type]
                    aliases=sorted(m.aliases),
                    mentions=m.mentions,
                    party=pid,
                )
            )
            for acc_id in m.accounts:
                result[acc_id] = (speaker_id[m.key], pid)
    if party_map is not None:
        # parties the user named but the text never gave a voice still show, empty
        for name in party_map.parties:
            if not any(p.name == name for p in parties):
                parties.append(Party(id=_slug(name, used_ids), name=name, origin="user"))
    speakers.sort(key=lambda s: int(s.id[1:]))
    return speakers, parties, result


# heads that name no kind of people: "many", "you", "others", "people"
_NO_KIND = frozenset("you we they many some others other people one all both few most several".split())


_DETERMINERS = frozenset("the a an one other another some several many few most all these those two three".split())
# words of rank or number that open an unnamed group's phrase at a sentence's start ("Top
# officials", "Senior aides", "Four officials")
_RANK_OPENERS = frozenset("top senior four five six unnamed anonymous".split())


def _described_role(name: str) -> tuple[str, set[str]]:
    """The head word of an unnamed group's phrase (before its "of", if any) and the words that
    describe it, without determiners and ranks: "The leaders of two federal health agencies" ->
    leader, {federal, health, agencies}."""
    toks = _tokens(name)
    at = toks.index("of") - 1 if "of" in toks[1:] else len(toks) - 1
    head = toks[at].removesuffix("s")
    skip = _DETERMINERS | _RANK_OPENERS | {"of", "and", "in", "at", "for", "from"}
    return head, {t for k, t in enumerate(toks) if k != at and t not in skip}


_ACADEMIC = re.compile(r"\b(?:University|College|Institute|Museum|Observatory|Laboratory|Academy)\b")


def _experts_together(nodes: list[_Node], root: Callable[[str], str], union: Callable[[str, str], None]) -> None:
    """Sides made only of scholars and scientists ("a law professor", "Harvard economist X",
    "experts", one "of the SETI Institute") comment on the matter from outside it: one side,
    "Experts", where there are two or more."""
    groups: dict[str, list[_Node]] = defaultdict(list)
    for n in nodes:
        if n.accounts:
            groups[root(n.key)].append(n)
    expert_roots = [
        r
        for r, members in groups.items()
        if all(m.expert or any(a.startswith("org:") and _ACADEMIC.search(a) for a in m.affiliations) for m in members)
    ]
    if len(expert_roots) < 2:
        return
    heading = _Node(key="h:experts", name="Experts", kind="heading")
    nodes.append(heading)
    for r in expert_roots:
        union(heading.key, r)


_KIN_SPEAKER = re.compile(r"^(?:his|her|their|the [\w’'-]+(?:’s|'s))\s+(\w+)$", re.I)


def _kin_named_elsewhere(nodes: list[_Node], every_text: str, union: Callable[[str, str], None]) -> None:
    """A relative who speaks unnamed ("his father says") is the one person the texts name in
    apposition with that kin word ("the boy's father, Jason Steward,", "Jason Steward, the boy's
    father"), when they name exactly one."""
    people = [n for n in nodes if n.kind == "person" and len(_person_tokens(n.name)) >= 2]
    for n in nodes:
        if n.kind == "person" and len(_person_tokens(n.name)) >= 2:
            continue
        kin = next((m.group(1).lower() for m in map(_KIN_SPEAKER.match, [n.name, *n.aliases]) if m is not None), None)
        if kin not in lx.KIN_NOUNS:
            continue
        # every name the texts set in apposition with the kin word, speaking or not
        name = r"((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)"
        after = re.findall(rf"\b{kin},\s+{name}", every_text)
        before = re.findall(rf"{name},\s+(?:\w+[’']s\s+|his\s+|her\s+|the\s+)+{kin}\b", every_text)
        named = {" ".join(_person_tokens(x)) for x in after + before}
        if len(named) != 1:
            continue
        toks = next(iter(named)).split()
        match = [p for p in people if _same_person(_person_tokens(p.name), toks)]
        if len(match) == 1:
            union(match[0].key, n.key)


def _one_crowd(nodes: list[_Node], root: Callable[[str], str], union: Callable[[str, str], None]) -> None:
    """ "one YouTube user", "YouTube users" and "Other users"; "some justices" and "several
    justices": unnamed people of one kind, whom nothing else ties to a side, are one voice."""
    size = Counter(root(n.key) for n in nodes)
    crowds: dict[str, list[_Node]] = defaultdict(list)
    for n in nodes:
        words = n.name.split()
        if not words:
            continue  # a speaker of no words (a mention the text left empty): no crowd to be one of
        # no name in it: a determiner or a lone word first ("Critics" opens a sentence), the rest
        # written small; or the public of a service ("YouTube users")
        opens = len(words) == 1 or words[0][:1].islower() or words[0].lower() in _DETERMINERS | _RANK_OPENERS
        unnamed = (opens and all(w[:1].islower() for w in words[1:])) or _public_of(n.name)
        toks = _tokens(n.name)
        if (
            n.accounts
            and n.kind == "group"
            and size[root(n.key)] == 1
            and not (n.affiliations or n.political or n.member_of or n.joint)
            and unnamed
            and toks
            and toks[-1] not in _NO_KIND
        ):
            crowds[toks[-1].removesuffix("s")].append(n)
    for members in crowds.values():
        for n in members[1:]:
            union(members[0].key, n.key)
    # "Top federal health officials", "Two federal health officials" and "The leaders of two
    # federal health agencies": people in office described by the same two words or more are one
    # voice, whatever the office's word
    described = []
    for members in crowds.values():
        head, words = _described_role(members[0].name)
        if head in lx.PERSON_ROLES or head == "official":
            described.append((members[0], words))
    for (a, wa), (b, wb) in combinations(described, 2):
        if len(wa & wb) >= 2:
            union(a.key, b.key)


SAME_WORDS_MIN = 8  # words two documents must quote alike for the quotation to be one voice's


def _same_words_one_voice(
    attributions: list[Attribution],
    acc_node: dict[str, _Node],
    texts: dict[str, str],
    union: Callable[[str, str], None],
) -> None:
    """The same words, quoted by two documents, are one voice's: "Such discussions are fully
    consistent with the law", given to "the White House" by one outlet and to "the report" by
    another, puts the two on one side."""
    seen: dict[str, tuple[_Node, str]] = {}
    for att in attributions:
        for acc in att.accounts:
            node = acc_node.get(acc.id)
            text = texts.get(acc.doc)
            if node is None or text is None or node.kind == "heading":
                continue
            for span in acc.content:
                words = re.findall(r"\w+", text[span.start : span.end].lower())
                if len(words) < SAME_WORDS_MIN:
                    continue
                other, doc = seen.setdefault(" ".join(words), (node, acc.doc))
                if doc != acc.doc and other is not node and other.kind != "heading":
                    union(other.key, node.key)


_STATE_NOUNS = frozenset("government military army regime authorities".split())


def _state_speaks(nodes: list[_Node]) -> None:
    """'the government said', 'the military said': where the story has one country (or state)
    among its sides, its state speaks."""
    only = next(aff for n in nodes for aff in n.affiliations if aff.startswith("side:"))
    for n in nodes:
        words = clean_name(n.name).lower().split()
        if n.kind == "group" and len(words) == 2 and words[0] == "the" and words[1] in _STATE_NOUNS:
            n.affiliations[only] += 1


def _suits_speak_for_plaintiffs(nodes: list[_Node], union: Callable[[str, str], None]) -> None:
    """'The 10-year-old lawsuit claims ...': a suit that speaks is the plaintiffs' voice, where one
    plaintiffs' side speaks."""
    plaintiffs = [n for n in nodes if n.kind != "person" and _tokens(n.name)[-1:] in (["plaintiffs"], ["plaintiff"])]
    if len(plaintiffs) != 1:
        return
    for n in nodes:
        if not n.affiliations and _tokens(n.name)[-1:] in (["lawsuit"], ["suit"]):
            union(plaintiffs[0].key, n.key)


def _agents_join_principals(
    nodes: list[_Node], agents: list[tuple[str, str]], union: Callable[[str, str], None]
) -> None:
    """A person the text calls someone's lawyer or spokesman ("the plaintiffs' lawyer, Joseph
    Sellers") speaks for them: they join that speaker's side, when nothing else gives theirs."""
    bodies: dict[str, _Node] = {}
    for n in nodes:
        if n.kind != "person":
            for alias in [n.name, *n.aliases]:
                bodies.setdefault(clean_name(alias).lower().removeprefix("the "), n)
    people = [n for n in nodes if n.kind == "person"]
    for person, principal in agents:
        target = bodies.get(clean_name(principal).lower().removeprefix("the "))
        if target is None:
            # "Mr. Hunter's lawyer, Gregory A. Vega": a person acts for a person who speaks
            ptoks = _person_tokens(principal)
            target = next((n for n in people if ptoks and _same_person(ptoks, _person_tokens(n.name))), None)
            if target is not None and _same_person(_person_tokens(person), _person_tokens(target.name)):
                target = None
        if target is None:
            continue
        toks = _person_tokens(person)
        for n in nodes:
            if (
                n.kind == "person"
                and _same_person(_person_tokens(n.name), toks)
                and not any(a.startswith(("side:", "org:")) for a in n.affiliations)
            ):
                union(target.key, n.key)
                n.affiliations["org:" + clean_name(target.name)] += 1  # whom they act for names the side


# a speaker named by what it is ("the conference", "the organisation", "the commissioner") and a
# person said to be of one ("Tarik Jasarevic from the organisation")
_DESCRIPTION = re.compile(r"^[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)$")
_OF_THE = re.compile(r"\b(?:from|of|at|for|with)\s+the\s+([a-z][\w-]*)$")
# a run of capitalised words, joined by the small words of a name ("U.S. Conference of Catholic Bishops")
_NAME_RUN = re.compile(r"[A-Z](?:[\w&’'-]|\.(?=\w))*\.?(?:\s+(?:(?:of|for|on|and)\s+)?[A-Z](?:[\w&’'-]|\.(?=\w))*)*")
# "CNN’s New Day": an owner's name, its possessive, and the name of what it owns
_POSSESSION = re.compile(rf"({_NAME_RUN.pattern})(?:’s|'s)\s+(?:the\s+)?({_NAME_RUN.pattern})")


def _described_before(nodes: list[_Node], texts: dict[str, str], org_names: set[str]) -> None:
    """A speaker the text names by what it is ("the conference said", "the commissioner said")
    is the one of that kind the document named last before it: a body whose name holds the word
    ("the U.S. Conference of Catholic Bishops", when a speaker of the story is that body), else a
    person the word was the title of ("NHL commissioner Gary Bettman"). So is the body a person is
    said to be of ("Tarik Jasarevic from the organisation"). The speaker takes that side."""
    people = [n for n in nodes if n.kind == "person"]
    for n in nodes:
        for alias in sorted(n.aliases):
            name = clean_name(alias)
            found = _DESCRIPTION.match(name) if n.kind in {"group", "organisation"} else None
            found = found or (_OF_THE.search(name) if n.kind == "person" else None)
            if found is None or found.group(1).lower() in _NO_KIND:
                continue
            head = _one_spelling(found.group(1).lower())
            titled = [] if n.kind == "person" else [p for p in people if _titled(p, head)]
            for span in sorted(n.mentions, key=lambda s: (s.doc, s.start)):
                side = _last_named(titled, span) or _body_before(texts.get(span.doc, "")[: span.start], head, org_names)
                if side:
                    n.affiliations[side] += 1
                    break


def _head_of_institution(nodes: list[_Node], org_names: set[str]) -> None:
    """A person titled with the office that heads one kind of institution ("Principal Roxanne
    Greer", "Coach Dan Reyes") is of the one body of that kind the story names ("Kermit Elementary
    School"), when the text ties the person to nothing else."""
    for n in nodes:
        if n.kind != "person" or any(a.startswith(("side:", "org:", "person:")) for a in n.affiliations):
            continue
        kinds: set[str] = set()
        for alias in n.aliases:
            words = _tokens(alias)
            if len(words) > 1:
                kinds |= lx.INSTITUTION_HEADS.get(words[0], frozenset())
        if not kinds:
            continue
        bodies = {name for name in org_names if set(_tokens(name)) & kinds}
        if len(bodies) == 1:
            n.affiliations["org:" + bodies.pop()] += 1


def _owned_bodies(nodes: list[_Node], texts: dict[str, str]) -> None:
    """A body the document elsewhere gives an owner ("CNN’s New Day", when "New Day cohost Michaela
    Pereira" speaks) is of the owner's side, where the owner is a body that speaks in the story and
    no person ("Trump's FBI director" makes the FBI no side of Trump's). One pass over each document."""
    people = [_person_tokens(n.name) for n in nodes if n.kind == "person"]
    speaking = sorted(n.name for n in nodes if n.kind != "person" and n.accounts)
    owned = {doc: [(m.group(2), m.group(1)) for m in _POSSESSION.finditer(text)] for doc, text in texts.items()}
    for n in nodes:
        docs = sorted({s.doc for s in n.mentions})
        for aff in [a for a in n.affiliations if a.startswith("org:")]:
            name = aff[4:]
            for thing, owner in (pair for doc in docs for pair in owned.get(doc, [])):
                if thing != name and not thing.startswith(name + " "):
                    continue
                if any(_same_person(_person_tokens(owner), p) for p in people):
                    continue
                # the owner must speak in the story itself, as a body, not only be named in a title
                body = next((b for b in speaking if _org_match(owner, b)), None)
                if body and not _org_match(body, name):
                    n.affiliations["org:" + body] += 1
                    break


def _titled(person: _Node, head: str) -> bool:
    """Whether one of a person's names gives them the title ``head``: the word right before the
    name ("NHL commissioner Gary Bettman") or a role in an apposition after it ("Gary Bettman, the
    commissioner"); not a word of another title ("ministry" in "ministry spokesman X")."""
    own = set(_person_tokens(person.name))
    for alias in person.aliases:
        toks = [t.strip(",") for t in _tokens(alias)]
        at = next((i for i, t in enumerate(toks) if t in own), None)
        if at is None or head in own:
            continue
        if at > 0 and toks[at - 1] == head:
            return True
        # "Gary Bettman, the commissioner", "Rep. Ann Lee, the committee chairman": a role in the
        # apposition after the name, before which only titles stand
        titled_only = all(t in _TITLE_WORDS for t in toks[:at])
        after = alias.split(",", 1)[1] if "," in alias else ""
        if titled_only and head in lx.STAFF_ROLES and head in _tokens(after):
            return True
    return False


def _last_named(people: list[_Node], span: Span) -> str | None:
    """'person:' and the name of the one of ``people`` the document named last before ``span``."""
    before = [(s.start, p.name) for p in people for s in p.mentions if s.doc == span.doc and s.start < span.start]
    return "person:" + max(before)[1] if before else None


def _body_before(text: str, head: str, org_names: set[str]) -> str | None:
    """'org:' and the body of the story whose name, the last one in ``text`` whose head word or
    last word is ``head`` ("organisation" in "The World Health Organisation", "conference" and
    "bishops" in "the U.S. Conference of Catholic Bishops"; not "airline" in "the Southwest
    Airlines Pilots Association"), the document gave."""
    forms = {head, head + "s", head.removesuffix("s"), head.removesuffix("es")}
    for run in reversed(list(_NAME_RUN.finditer(text))):
        words = _tokens(run.group(0))
        if len(words) < 2 or not forms & {name_head(words), words[-1]}:
            continue
        body = next((b for b in sorted(org_names) if _org_match(run.group(0), b)), None)
        if body is not None:
            return "org:" + body
    return None


def _named_by_seat(node: _Node, org_names: set[str]) -> str | None:
    """'the St. Louis group' after 'the St. Louis Tea Party': a body called by the words its own
    name opens with and a word for a body, when one body alone has a name that opens so."""
    words = clean_name(node.name).removeprefix("the ").removeprefix("The ").split()
    if node.kind != "group" or len(words) < 2 or words[-1].lower() not in lx.BODY_NOUNS:
        return None
    if not all(w[:1].isupper() for w in words[:-1]):
        return None
    lead = [w.lower() for w in words[:-1]]
    found = {
        name
        for name in org_names
        if len(_tokens(name)) > len(lead) and [t for t in _tokens(name) if t != "the"][: len(lead)] == lead
    }
    return found.pop() if len(found) == 1 else None


def _members_in_order(toks: list[str]) -> list[str]:
    """Names set side by side in one order ("Oklahoma and Nebraska" and "Nebraska and Oklahoma"
    are one pair), other phrases as they are."""
    if "and" not in toks:
        return toks
    parts, cur = [], []
    for t in [w.rstrip(",") for w in toks] + ["and"]:
        if t in {"and", "", "&"}:
            if cur:
                parts.append(" ".join(cur))
            cur = []
        else:
            cur.append(t)
    return " and ".join(sorted(parts)).split()


def _described_elsewhere(nodes: list[_Node], descriptions: list[Mention], known_places: set[str]) -> None:
    """A person who speaks under a bare name ("Netanyahu said") takes the country and party the
    text gives them where it describes them ("Israeli Prime Minister Benjamin Netanyahu's visit").
    Not the body they work for: a body can speak against its own staff ("FBI official Peter
    Strzok" and "the FBI" over his firing)."""
    for n in nodes:
        if n.kind != "person" or any(a.startswith(("side:", "org:", "person:")) for a in n.affiliations):
            continue
        toks = _person_tokens(n.name)
        found: Counter[str] = Counter()
        for d in descriptions:
            if d.entity and _same_person(_person_tokens(d.entity), toks):
                found.update(a for a in _affiliations(d, known_places, n) if a.startswith("side:"))
                if d.political and not n.political:
                    n.political[d.political] += 1
        if found:
            # the description most often given; on a tie every one of them
            top = max(found.values())
            for aff, k in found.items():
                if k == top:
                    n.affiliations[aff] += 1


_SEATS = frozenset(["white house", "kremlin", "downing street", "elysee", "élysée", "blue house", "zhongnanhai"])


def _leader_at_seat(nodes: list[_Node], leaders: set[str]) -> None:
    """'President Obama said' and 'the White House said' in a story of 'the Obama administration':
    the seat of government speaks for the head of that administration, who is on its side."""
    seats = {clean_name(n.name).lower().removeprefix("the ") for n in nodes} & _SEATS
    if len(leaders) != 1 or len(seats) != 1:
        return
    toks = _person_tokens(next(iter(leaders)))
    for n in nodes:
        if (
            n.kind == "person"
            and _same_person(_person_tokens(n.name), toks)
            and not any(a.startswith(("side:", "org:")) for a in n.affiliations)
        ):
            n.affiliations["side:" + COUNTRY_ALIASES[next(iter(seats))]] += 1


# offices of a national executive that name no country of their own: in a story of "the Obama
# administration" the vice president and the secretary of state are that administration's
_EXECUTIVE_OFFICE = re.compile(
    r"\b(?:vice president|secretary of (?:state|defense|the treasury|homeland security)|"
    r"(?:defense|treasury|homeland security) secretary|national security advis[eo]r|press secretary|"
    r"chief of staff)\b",
    re.I,
)


def _serve_the_leader(nodes: list[_Node], leaders: set[str]) -> None:
    """'Vice President Joseph R. Biden Jr.', 'Secretary of State John Kerry' in a story of one
    administration: they speak on its leader's side, when the text ties them to no other."""
    if len(leaders) != 1:
        return
    leader = next(iter(leaders))
    for n in nodes:
        if (
            n.kind == "person"
            and not any(a.startswith(("side:", "org:", "person:")) for a in n.affiliations)
            and not _same_person(_person_tokens(n.name), _person_tokens(leader))
            and any(_EXECUTIVE_OFFICE.search(alias) for alias in [n.name, *n.aliases])
        ):
            n.affiliations["person:" + leader] += 1


def _collective_party(node: _Node) -> str | None:
    """The political party a speaking group is ("Democrats", "House Republicans", "more than a
    half-dozen Senate Democrats"), or None. A vague share of a party ("many Republicans say")
    is the reporter's generalisation, not the party speaking ("other Republicans", beside a member
    just named, is the party), and "Republicans and Democrats" are no one party."""
    if node.kind == "person":
        return None
    for alias in node.aliases:
        toks = _tokens(alias)
        parties = {p for p in map(lx.political_party, toks) if p}
        if not toks or set(toks) & _VAGUE_SHARE or len(parties) != 1:
            continue
        # a plural of members, or the party as a body ("the GOP", "the Democratic Party")
        party = lx.political_party(toks[-2] if toks[-1] == "party" and len(toks) >= 2 else toks[-1])
        if party and (toks[-1].endswith("s") or toks[-1] in _BODY_WORDS):
            return party
    return None


_BODY_WORDS = frozenset(["gop", "party"])  # last words of a party named as a body


def _party_body(node: _Node) -> bool:
    """A party named as a body ("the GOP", "the Republican Party"), not by its members."""
    return any((toks := _tokens(alias)) and toks[-1] in _BODY_WORDS for alias in node.aliases)


def _party_plural(name: str, members: list[_Node]) -> str:
    """A side named after a party's voice takes the party's plain name: "more than a half-dozen
    House and Senate Democrats" with Sen. Durbin is "Democrats"."""
    for m in members:
        if m.name == name and _collective_party(m):
            # ("the GOP", "The Republican Party": the party as a body keeps its name)
            last = name.split()[-1]
            return last if last.lower().endswith("s") else re.sub(r"^[Tt]he ", "", name)
    return name


_VAGUE_SHARE = frozenset("many some most several few numerous various".split())


def _join_party_members(
    nodes: list[_Node], union: Callable[[str, str], None], every_text: str, said: dict[str, str]
) -> None:
    """A lawmaker the text gives a party ("Sen. Dianne Feinstein, D-Calif.", "Durbin, Democrat of
    Illinois") speaks with that party where the party itself speaks as a side ("Democrats said
    ..."). Only people the text ties to no other body or side join: "Republican Sen. X, chairman of
    the Y group" speaks for Y, and where no party speaks as a body, members of one party may well
    be on opposite sides of a story (two candidates in one primary). A party named as one member's
    peers ("fellow Republicans") that speaks of that member ("suggested that he had not repaid
    it") takes every member but that one: the member the texts name most."""
    collectives: dict[str, list[_Node]] = defaultdict(list)
    for n in nodes:
        party = _collective_party(n)
        if party:
            collectives[party].append(n)
    members: dict[str, list[_Node]] = defaultdict(list)
    for n in nodes:
        if not n.political or any(a.startswith(("side:", "org:")) for a in n.affiliations):
            continue
        party, k = n.political.most_common(1)[0]
        if k * 2 <= sum(n.political.values()):
            continue
        members[party].append(n)
    for voices in collectives.values():
        # "Republicans said ...", "the GOP said ...": the party as a body speaks with the party's
        # plain voice (its several plural voices may be camps of it: "House Democrats who back
        # Ryan" and others, in a race for the party's leadership)
        bodies = [c for c in voices if _party_body(c)]
        plain = [c for c in voices if c not in bodies and not _relative_group(c)]
        for c in bodies:
            if plain:
                union(plain[0].key, c.key)
    for party, people in members.items():
        # a surname, not the same word as a first name ("Paul" in "Paul Ryan")
        named = {
            n.key: len(re.findall(rf"(?i:\b{re.escape(_surname_of(n))}\b)(?!\s+[A-Z])", every_text)) for n in people
        }
        ranked = sorted(people, key=lambda n: -named[n.key])
        # the one named most, by a clear lead
        subject = ranked[0] if len(ranked) == 1 or named[ranked[0].key] > named[ranked[1].key] else None
        for n in people:
            # (a party named as a body, "the Democratic Party", is no voice its members each speak
            # with: in a race for the party's lead they stand on two sides of it)
            for c in (c for c in collectives.get(party, []) if not _party_body(c)):
                if n is not subject or not (_relative_group(c) and _speaks_of(c, n, said)):
                    union(c.key, n.key)


_THIRD_PERSON = re.compile(r"\b(?:he|him|his|she|her)\b", re.I)


def _speaks_of(group: _Node, person: _Node, said: dict[str, str]) -> bool:
    """Whether what a group says names the person or a "he" or "she" ("suggested that he had not")."""
    surname = re.compile(rf"\b{re.escape(_surname_of(person))}\b", re.I)
    return any(surname.search(said.get(a, "")) or _THIRD_PERSON.search(said.get(a, "")) for a in group.accounts)


def _surname_of(node: _Node) -> str:
    toks = _person_tokens(node.name)
    return toks[-1] if toks else node.name


_RELATIVE_WORDS = frozenset("fellow his her".split())


def _relative_group(node: _Node) -> bool:
    """A party's members named as one person's peers ("fellow Republicans", "his GOP colleagues"):
    the text sets them against one of their own, the one the story is about, so they are not the
    voice the party's lawmakers each speak with. ("Other Republicans", beside a member who just
    spoke, are more of the same voice.)"""
    return all(set(_tokens(alias)) & _RELATIVE_WORDS for alias in node.aliases)


def _join_voices(nodes: list[_Node], union: Callable[[str, str], None]) -> None:
    """A speaker the text makes one voice of a speaking group ("Republicans tore into him, with
    Chairman Trey Gowdy saying ...") is on that group's side, unless the text ties the speaker to
    another body or side."""
    groups = [n for n in nodes if n.kind != "person" and n.accounts]
    for n in nodes:
        if not n.member_of or any(a.startswith(("side:", "org:")) for a in n.affiliations):
            continue
        name = n.member_of.most_common(1)[0][0]
        for g in groups:
            if g is not n and any(_voice_of(name, alias) for alias in g.aliases):
                union(g.key, n.key)
                break


def _public_of(name: str) -> bool:
    """'Acme Cable customers', 'YouTube users': the public of a body, named after it, not the body."""
    toks = _tokens(name)
    return bool(toks) and (toks[-1] in lx.PUBLIC_NOUNS or toks[-1].removesuffix("s") in lx.PUBLIC_NOUNS)


def _voice_of(group: str, alias: str) -> bool:
    """'Republicans' is the group 'Republicans', 'House Republicans' or 'the Republicans'."""
    a = [t for t in _tokens(group) if t not in {"the", "a", "an"}]
    b = [t for t in _tokens(alias) if t not in {"the", "a", "an"}]
    return bool(a) and bool(b) and a[-1] == b[-1] and (set(a) <= set(b) or set(b) <= set(a))


def _group_name(members: list[_Node], side_names: dict[str, str]) -> str:
    """A side named in the text (a country, an organisation) when members share one, else its main voice."""
    votes: Counter[str] = Counter()
    sides: set[str] = set()
    for m in members:
        for aff, n in m.affiliations.items():
            kind, _, value = aff.partition(":")
            if kind in {"side", "org"}:
                votes[value] += n
            if kind == "side":
                sides.add(value)
        if m.kind == "organisation":
            votes[m.name] += len(m.accounts)
    if votes:
        # on a tie a country or place beats an office ("Kenyan Water Minister": Kenya, not Water)
        return max(votes, key=lambda v: (votes[v], v in sides))
    people = [m for m in members if m.kind == "person"] or members
    # "Obama campaign manager Jim Messina", "Obama adviser David Axelrod": the person the others
    # work for names the side, however much they say themselves
    bosses: Counter[str] = Counter(
        aff.partition(":")[2].split()[-1].lower()
        for m in members
        for aff in m.affiliations
        if aff.startswith("person:") and aff.partition(":")[2].split()
    )
    top = max(people, key=lambda m: (bosses[m.name.split()[-1].lower()] if m.name.split() else 0, len(m.accounts)))
    named = Counter(aff.partition(":")[2] for m in members for aff in set(m.affiliations) if aff.startswith("person:"))
    boss = max(named, key=lambda b: (named[b], len(b)), default=None)
    own = bosses[top.name.split()[-1].lower()] if top.name.split() else 0
    if boss is not None and top.kind != "person" and not own:
        # "the Obama campaign" (and its aides), Obama silent: his side
        return boss
    return top.name


def _initials(name: str, every_word: bool = False) -> str:
    """The capitals of a name's words ("Department of Homeland Security": DHS); with ``every_word``
    also of its small words ("People's Bank of China": PBOC)."""
    # the parts of a hyphenated name count as words ("Hewlett-Packard": HP)
    words = re.findall(r"[A-Za-z][\w'’]*", name.removeprefix("the ").removeprefix("The "))
    return "".join(w[0].upper() for w in words if every_word or w[0].isupper())


def _members_of(members: list[str], body: list[str]) -> bool:
    """'Tea Partiers' are of the 'Tea Party': the body's name with its last word made a word for
    its members ("-ers", "-ists", "-ites")."""
    if len(members) != len(body) or len(body) < 2 or members[:-1] != body[:-1]:
        return False
    stem = body[-1][:-1] + "i" if body[-1].endswith("y") else body[-1]
    return any(members[-1] == stem + end for end in ("ers", "ists", "ites", "es"))


def _acronym_of(short: str, name: str) -> bool:
    """Whether ``short`` is the initials of ``name`` ("DHS" of "Department of Homeland Security",
    "PBOC" of "People's Bank of China", "H-P" of "Hewlett-Packard")."""
    x = clean_name(short).removeprefix("the ").removeprefix("The ")  # "the PBOC"
    acronym = re.sub(r"[.\s-]", "", x)  # "H-P", "H.P.", "H P" are "HP"
    if not (x.isupper() and 2 <= len(acronym) <= 6):
        return False
    y = clean_name(name)
    full = _initials(y)
    if acronym in {full, full[1:], _initials(y, every_word=True)}:
        return True
    # "FWS" of "U.S. Fish and Wildlife Service": the country's initials before the name are no
    # part of its acronym (three letters at least: "CA" is a state, not the "U.S. Court of Appeals")
    bare = re.sub(r"^(?:[Tt]he\s+)?(?:U\.S\.|U\.K\.)\s+", "", y)
    if bare != y and len(acronym) >= 3 and acronym == _initials(bare):
        return True
    # "DHS" and "Homeland Security": the acronym of the name with "Department of" before it
    return len(full) >= 2 and acronym[0] == "D" and acronym[1:] == full


def _org_match(a: str, b: str) -> bool:
    """Two names of one body: one's words within the other's, or one the initials of the other (DHS).
    One who held a role there once ("a former PGA Tour player", "an ex-Enron trader") names no body."""
    if _acronym_of(a, b) or _acronym_of(b, a):
        return True
    if _was_once(a) != _was_once(b):
        return False
    if len(_tokens(a)) != len(_tokens(b)) and _squeezed(a) == _squeezed(b) and len(_squeezed(a)) >= 6:
        return True  # "CareNow" and "Care Now": one name written with and without its space
    la = [t for t in _tokens(a) if t not in _ORG_STOP]
    lb = [t for t in _tokens(b) if t not in _ORG_STOP]
    if _members_of(la, lb) or _members_of(lb, la):
        return True
    ta, tb = set(la), set(lb)
    if not ta or not tb or not (ta <= tb or tb <= ta):
        return False
    if _body_within(la, lb) or _body_within(lb, la):
        return False
    # one word inside a long name is no name of it: "Marijuana" is not the "Marijuana Policy Project"
    short, long_ = (la, lb) if len(la) <= len(lb) else (lb, la)
    return not (len(short) == 1 and len(long_) >= 3 and short[0] != long_[-1])


def _squeezed(name: str) -> str:
    """A name's letters alone, lower-cased, without a leading "the"."""
    return re.sub(r"[^a-z0-9]", "", clean_name(name).lower().removeprefix("the "))


def _body_within(short: list[str], long_: list[str]) -> bool:
    """Whether the long name is a body of its own formed within the short one's: its own words
    after the short name, ending in a word for a body of members ("Southwest Airlines Pilots
    Association", "Boeing Employees Credit Union" within "Southwest Airlines", "Boeing"). One such
    word alone is the body's own name ("Teamsters Union", "Ford Foundation" keep their match)."""
    extra = long_[len(short) :]
    return long_[: len(short)] == short and len(extra) >= 2 and extra[-1] in _MEMBER_BODIES


_MEMBER_BODIES = frozenset(
    {
        "association",
        "union",
        "federation",
        "guild",
        "league",
        "society",
        "council",
        "coalition",
        "alliance",
        "caucus",
        "club",
        "foundation",
        "institute",
    }
)


def _was_once(name: str, body: str = "") -> bool:
    """A name of one who held a role once: "a former PGA Tour player", "Former Acme chief Paul
    Grant", "an ex-Enron trader", "a retired NYPD detective"; with ``body``, one who held it at that
    body ("former" right before its name). A word of a body's own name is none of these ("the
    American Association of Retired Persons", "The Former Miners Union")."""
    for m in _ONCE.finditer(name):
        if m.group(0)[:1].isupper() and m.start() > 0:
            continue  # capitalised inside a name: part of a body's name
        if not body or name[m.end() :].lstrip().removeprefix("the ").startswith(body):
            return True
    return False


_ONCE = re.compile(r"\b(?:former|retired)\b|\bex-", re.I)

# words that qualify a title ("Special Counsel", "Chief Justice", "Senior Adviser") and name no body
_TITLE_MODIFIERS = lx.RANK_WORDS | {"special", "chief", "senior", "principal", "general", "top", "lead"}


def _affiliations(m: Mention, known_places: set[str], node: _Node, texts: dict[str, str] | None = None) -> list[str]:
    out = []
    entities = m.entities
    if node.kind == "person" and m.entity and sum(label == "PERSON" for label, _ in entities) >= 2:
        # "Former LAPD officer David Klinger and CNN analyst Tom Fuentes both told ...": what names
        # the other person's side is not this person's
        own = _own_part(m.name, m.entity, [text for label, text in entities if label == "PERSON"])
        if own is not None:
            entities = [(label, text) for label, text in entities if text in own]
    employer = _unrecognised_employer(m, entities, known_places, texts or {}) if node.kind != "heading" else None
    if employer and not _was_once(m.name, employer):
        out.append("org:" + employer)
    if node.kind == "person":
        # "director general of the W.H.O.", "a spokesman for the F.B.I.": a body's dotted initials
        # right after a staff title, which the recogniser seldom takes for a name (not "a critic of
        # the W.H.O.", nor one who was once its staff)
        seen = {clean_name(text) for _, text in entities}
        for role, dotted in _DOTTED_BODY.findall(m.name):
            word = role.lower().split("-")[-1].removesuffix("s")  # "Director-General", "officials"
            staff = word in lx.STAFF_ROLES | _BODY_STAFF
            if staff and dotted not in seen and not country_of(dotted, known_places) and not _was_once(m.name, dotted):
                out.append("org:" + dotted)
        # (a name the recogniser took for a product or a work is no name of a body to it)
        named = {clean_name(text) for label, text in m.entities if label in _NAME_LABELS}
        out.extend(
            "org:" + body for body in _named_after_title(m.name, m.entity, named, known_places, _next_words(m, texts))
        )
    for label, text in entities:
        if label == "NORP" and clean_name(text).replace(".", "").isupper() and len(clean_name(text)) >= 2:
            label = "ORG"  # an organisation's initials the recogniser took for a nationality ("NAACP")
        if label in {"GPE", "NORP", "LOC"}:
            if node.kind == "person" and _person_tokens(text) == [_surname_of(node)]:
                continue  # "Wyden tweeted": the recogniser took the person's surname for a place
            if _served(m.name, text) or (clean_name(text).lower() in _CAPITALS and _based_in(m.name, text)):
                continue
            if label != "NORP" and _where_they_went(m.name, text):
                continue
            if clean_name(text).lower() in _CAPITALS and m.head in _CITY_NOUNS:
                continue  # "Washington police", "Moscow residents": the city's, not the country's
            if clean_name(text).lower() in _CAPITALS and re.search(rf"{re.escape(text)}\s+{_LOCAL_TITLE}", m.name):
                out.append("side:" + clean_name(text))  # "Washington Gov. Jay Inslee": the state's governor
                continue
            c = country_of(text, known_places) or (clean_name(text) if label != "NORP" else None)
            if c:
                out.append("side:" + c)
        elif label == "ORG" and clean_name(text).lower() in _TITLE_MODIFIERS:
            continue  # "Special Counsel Robert Mueller": the recogniser took a word of the title for a body
        elif label == "ORG" and (owner := _owner(text)) and not _called_a_body(m.name, text):
            # "Israel’s Coordinator of Government Activities", "Comcast’s Senior [Deputy Counsel]":
            # a name the recogniser ran past a possessive belongs to the possessor
            place = country_of(owner, known_places)
            out.append("side:" + place if place else "org:" + owner)
        elif label == "ORG" and (state := _state_body_of(text, known_places)):
            out.append("side:" + state)  # "the Gaza Ministry of Interior"
        elif label == "ORG" and clean_name(text).lower().removeprefix("the ") in COUNTRY_ALIASES:
            out.append("side:" + COUNTRY_ALIASES[clean_name(text).lower().removeprefix("the ")])  # "Kremlin spokesman"
        elif label == "ORG" and _was_once(m.name, clean_name(text)):
            continue  # "Former Acme Motors chief executive Paul Grant": no longer the body's voice
        elif label == "ORG" and _served_by(m.name, text):
            continue  # "a student at the University of Dayton", "a Comcast customer": not its voice
        elif label == "ORG" and m.head in lx.LABOUR_BODIES and re.search(rf"{re.escape(text)}(?:'s|’s)\s", m.name):
            continue  # "Acme's pilots' union": the workers' body, not the employer's voice
        elif label == "ORG" and not (node.kind == "organisation" and clean_name(text) == node.name):
            if (
                _person_tokens(text)
                and node.kind == "person"
                and _same_person(_person_tokens(text), _person_tokens(node.name))
            ):
                continue
            out.append("org:" + clean_name(text))
        elif (
            label == "PERSON"
            and node.kind == "person"
            and not _same_person(_person_tokens(text), _person_tokens(node.name))
            or label == "PERSON"
            and node.kind != "person"
        ):
            out.append("person:" + clean_name(text))
    return out


_BODY_STAFF = frozenset("general official agent researcher scientist expert staffer employee".split())
# a staff title in lower case, then the body it serves by a capitalised name: "the chief executive
# and founder of Smartmatic", "a lawyer for Acme Widgets" (a capitalised title is an office's own
# name: "Secretary of State", "Director of National Intelligence"), where the whole name ends the
# phrase: not a modifier of a common noun ("the House Judiciary subcommittee"), not a possessor
# ("Acme's former employees"), not cut short inside a longer name ("the House Ways and Means
# Committee", "Freedom to Marry", "director of Communications at Acme")
_TITLE_OF_BODY = re.compile(
    r"\b([a-z][a-z-]*)((?:\s+(?:and|&)\s+[a-z][a-z-]*)*)\s+(?:of|for|at)\s+(?:the\s+)?"
    r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
    r"(?!\s+(?:and|&|to|for|of|on|at|in)\s+[A-Z])(?![’'])"
    r"(?=$|[^\w\s]|\s+(?:and|or|but|who|which|that|in|at|from|since|to|with|for|on|said|says|told|tells|added|wrote)\b)"
)
# a role held once, or one another's title holds ("the son of the owner of X")
_PAST_ROLE = re.compile(
    r"\b(?:former|retired|onetime|one-time|erstwhile|ousted|fired|sacked|deposed|late|previous|then|until|outgoing)\b"
    r"|\bex-",
    re.I,
)
# ... or said after the body: "chief executive of Acme from 2010 to 2015", "who left the company"
_PAST_AFTER = re.compile(
    r"\W*(?:(?:from|between|until|till)\s+(?:\d{4}|[A-Z][a-z]+\s+\d{4})"
    r"|who\s+(?:left|quit|resigned|retired|departed|stepped\s+down|was\s+(?:fired|ousted|dismissed)))"
)


def _next_words(m: Mention, texts: dict[str, str] | None) -> str:
    """The words right after a mention in its text (the parser may end a phrase early: "the
    founder of Room" before "to Read")."""
    text = (texts or {}).get(m.span.doc, "")
    if text[m.span.start : m.span.end] != m.name:
        return ""
    return text[m.span.end : m.span.end + 80]


def _named_after_title(
    name: str, person: str | None, seen: set[str], known_places: set[str], after: str = ""
) -> list[str]:
    """The bodies a person's phrase names by a capitalised name after a lower-case staff title
    that the recogniser saw as no name ("Antonio Mugica, the chief executive and founder of
    Smartmatic" -> "Smartmatic"). Only in the words after the person's own name and before anyone
    else's, where the title is the person's own: not another's that the phrase names ("a rival of
    the chief executive of Acme", "and her husband, the owner of Acme"), not one held once ("a
    former lawyer for Acme", "chief executive of Acme from 2010 to 2015"); not a place, not a word
    of a name the recogniser saw ("the Britain-based Syrian Observatory", "Speaker Paul D. Ryan"),
    not a department ("head of Research at Acme")."""
    at = name.find(person) + len(person) if person and person in name else 0
    own = name[at:] + after
    others = [k for text in seen if (k := own.find(text)) >= 0 and text not in (person or "")]
    out = []
    for m in _TITLE_OF_BODY.finditer(own):
        if m.start() >= len(name) - at:
            break  # a title past the person's own phrase
        roles = [m.group(1), *re.findall(r"(?:and|&)\s+([a-z][a-z-]*)", m.group(2))]
        body = m.group(3).rstrip(".")
        if not all(r.split("-")[-1] in lx.STAFF_ROLES | _BODY_STAFF for r in roles):
            continue
        comma = own.rfind(",", 0, m.start())
        lead = own[comma + 1 : m.start()]
        if _PAST_ROLE.search(lead) or _PAST_AFTER.match(own[m.end() :]):
            continue  # "a former lawyer for Acme", "chief executive of Acme until 2019"
        if re.search(r"\bof\b", lead) or re.search(r"\s(?:and|&)\s", own[: max(comma, 0)]):
            continue  # "a rival of the chief executive of Acme", "and her husband, the owner of Acme"
        if any(k < m.start() for k in others):
            continue  # "Mr. Hale and Mr. Cole, the chairman of X": Cole's title
        words = {w.lower() for w in re.findall(r"\w+", body)}
        if any(words & {w.lower() for w in re.findall(r"\w+", text)} for text in seen):
            continue
        if country_of(body, known_places) or body.split()[0].lower().strip(".,") in _TITLE_WORDS | lx.PARTY_WORDS:
            continue
        if body.lower() in lx.DEPARTMENT_WORDS:
            continue
        out.append(body)
    return out


_DOTTED_BODY = re.compile(r"\b([\w-]+)\s+(?:of|for|at|with|from) the ((?:[A-Z]\.){2,}[A-Z]?\.?)")

# what the recogniser finds as a name of someone or some place ("New Day" taken for a date is not)
_NAME_LABELS = frozenset(["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"])


# advocates, and bodies that are no state's: whom they speak for as a cause, and where they sit,
# are no side of theirs ("the lobby for older Americans", "a think tank in Washington")
_ADVOCATES = r"lobby|lobbyists?|advocates?|advocacy|voice|champion|champions"
_NONSTATE = (
    r"group|think tank|organi[sz]ation|firm|company|lobby|institute|foundation|association|coalition|"
    r"nonprofit|non-profit|charity|university|college|church|newspaper|network"
)


def _served(phrase: str, place: str) -> bool:
    """'the powerful lobby for older Americans': the part of a people an advocate speaks for (not
    "an advocate for Israel", who takes its side)."""
    return re.search(rf"\b(?:{_ADVOCATES})\s+for\s+(?:[\w-]+\s+){{1,2}}{re.escape(place)}\b", phrase) is not None


def _served_by(phrase: str, body: str) -> bool:
    """'a student at the University of Dayton', 'a longtime customer of Acme', 'a Comcast
    subscriber': one the body teaches or serves, who speaks as one of its public, not for it."""
    public = "|".join(sorted(_SERVED))
    name = re.escape(body)
    before = rf"\b(?:{public})s?\s+(?:at|of|from|with|in)\s+(?:the\s+)?{name}"
    # the public noun heads the person's own words ("Comcast customer service representatives" are
    # staff; "a nurse who treats patients at X" is not a patient)
    after = rf"{name}\s+(?:{public})s?(?=\s*(?:[,.;:)]|$))"
    for m in (*re.finditer(before, phrase), *re.finditer(after, phrase)):
        if not re.search(r"\b(?:who|that|which)\b", phrase[phrase.rfind(",", 0, m.start()) + 1 : m.start()]):
            return True
    return False


# who a body teaches or serves: one of its public, no voice of it ("followers" and "fans" side with it)
_SERVED = (lx.PUBLIC_NOUNS - {"follower", "fan", "commenter"}) | frozenset(
    "student pupil alumnus alumna graduate patient".split()
)


# words before a relative clause's own verb ("who was born", "who has also worked")
_HELPERS = frozenset("is was were are has have had been be will would also once now".split())


def _where_they_went(phrase: str, place: str) -> bool:
    """'a student who attended the march in D.C.', 'who flew to Moscow last week': a place a
    relative clause says the person went to or did something in, which makes it no side of
    theirs (not where they live, work, serve or come from: "who lives in Ohio", "who served in
    Kabul", "who was born in Texas")."""
    for m in re.finditer(r"\b(?:who|that)\s+((?:\w+\s+){0,3})", phrase):
        verb = next((w.lower() for w in m.group(1).split() if w.lower() not in _HELPERS), "")
        if re.match(r"(?:liv|resid|work|serv|represent|govern|lead|led|run|ran|grew|born|rais|hail|come|came)", verb):
            continue
        place_in = rf"\b(?:in|at|to|near|outside|inside|across)\s+(?:the\s+)?{re.escape(place)}(?!\w)"
        if re.search(place_in, phrase[m.start() :]) and place not in phrase[: m.start()]:
            return True  # (not "a Texas Republican who campaigned in Texas": his own state first)
    return False


def _based_in(phrase: str, place: str) -> bool:
    """'a moderate Democratic group in Washington': the capital a body that is no state's sits in
    (the caller asks only of capitals: "a state-owned company in China" is China's)."""
    pattern = rf"\b(?:{_NONSTATE})\s+(?:(?:based|headquartered)\s+)?in\s+(?:the\s+)?{re.escape(place)}\b"
    return re.search(pattern, phrase) is not None


def _own_part(phrase: str, name: str, people: list[str]) -> str | None:
    """The stretch of a phrase that names two people which is about ``name``: from the "and"
    after the person named before it to the last "and" before the person named after it ("CNN
    analyst Tom Fuentes" in "LAPD officer David Klinger and CNN analyst Tom Fuentes"; "Dana Ruiz,
    a fellow at the Institute for Peace and Security," before ", and Mark Hale"). None when the
    phrase names no one else."""
    at = phrase.find(name)
    if at < 0:
        return None
    start, end = 0, len(phrase)
    for other in people:
        k = phrase.find(other)
        if k < 0 or other == name or other in name or name in other:
            continue
        # only people joined by "and" as two speakers, not one the other's phrase names by a
        # relation ("the sister of X and daughter of Y", "the wife of X")
        # in a list ("A, Senate Minority Leader B and C") a comma before a title or name joins too
        listed = re.search(r"\s(?:and|&)\s", phrase[max(k, at) :]) is not None
        if k + len(other) <= at:
            between = phrase[k + len(other) : at]
            joints = list(re.finditer(r"\s(?:and|&)\s" + (r"|,\s+(?=[A-Z])" if listed else ""), between))
            if joints and not _kin_between(between):
                start = max(start, k + len(other) + joints[-1].end())
        elif k >= at + len(name):
            between = phrase[at + len(name) : k]
            joints = list(re.finditer(r"\s(?:and|&)\s" + (r"|,\s+(?=[A-Z])" if listed else ""), between))
            if joints and not _kin_between(between):
                end = min(end, at + len(name) + joints[-1].start())
    return None if (start, end) == (0, len(phrase)) else phrase[start:end]


def _kin_between(words: str) -> bool:
    """Whether the words between two people's names relate one to the other ("the younger sister
    of", "and daughter of former Vice President"): a kin word before "of"."""
    return any(re.search(rf"\b{k}s? of\b", words, re.I) for k in lx.KIN_NOUNS)


def _unrecognised_employer(
    m: Mention, entities: list[tuple[str, str]], known_places: set[str], texts: dict[str, str]
) -> str | None:
    """The body a person's phrase names before a staff title, where the recogniser saw no name:
    "Glide head of communications Chaim Haas" -> "Glide", "New Day cohost Michaela Pereira" ->
    "New Day"; so does a group's phrase before its members' plural ("The Georgetown scholars").
    None when the words are a place, a title, or a name the recogniser did see, and when they
    open a sentence (or cannot be found in the text) and the text never writes them with a capital
    elsewhere ("Campaign manager Robby Mook", "Retired general John Allen")."""
    if m.entity and m.entity in m.name:
        own = re.split(r"\s+(?:and|&)\s+", m.name[: m.name.index(m.entity)])[-1].split()
        roles = lx.STAFF_ROLES
    elif m.kind == "group" and not m.entity:
        # "The Georgetown scholars", "Boeing engineers": the members of a body, in the plural
        own = m.name.split()
        roles = {r + "s" for r in lx.STAFF_ROLES | lx.MEMBER_ROLES | lx.EXPERTISE_NOUNS} | {"faculty", "staff"}
        if not own or own[-1].lower() not in roles:
            return None
    else:
        return None
    while own and own[0].lower().strip(".,") in _TITLE_WORDS | lx.RANK_WORDS:
        own.pop(0)  # "Former LAPD officer": a rank is no name
    caps = list(takewhile(lambda w: w[:1].isupper(), own))
    title = own[len(caps) :]
    if not caps or len(caps) > 4 or not title or not {w.lower() for w in title} & roles:
        return None
    if any(w.lower().strip(".,") in _TITLE_WORDS | lx.PARTY_WORDS for w in caps):
        return None  # "Sen.", "Republican": a title or a party, not an employer
    name = " ".join(caps)
    seen = [text for label, text in entities if label in _NAME_LABELS]
    if any(name in text or text in name for text in seen) or country_of(name, known_places):
        return None
    text = texts.get(m.span.doc, "")
    at = text.find(name, m.span.start, m.span.end + 1)
    before = text[:at].rstrip().rstrip("\"”’'").rstrip()  # '"... false," Glide head of ...': mid-sentence
    opening = at < 0 or not before or before[-1] in ".!?:;—-\n“‘"
    # elsewhere with a capital inside a sentence, standing alone ("the Federal Reserve" is no "Federal")
    alone = rf"(?<=[a-z0-9,’'] ){re.escape(name)}\b(?!\s+[A-Z])"
    if opening and not any(re.search(alone, t) for t in texts.values()):
        return None
    return name


def _owner(text: str) -> str | None:
    """The possessor in a name the recogniser ran past a possessive ("Israel’s Coordinator of
    Government Activities" -> "Israel"), or None."""
    m = re.match(r"^(?:the\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})(?:’s|'s)\s+\S", clean_name(text))
    return m.group(1) if m else None


_STATE_BODIES = frozenset(
    "ministry department government army military police forces directorate agency office authority "
    "navy corps marines command".split()
)


def _called_a_body(phrase: str, name: str) -> bool:
    """Whether the phrase calls the name a body ("the immigration advocacy group America’s Voice"):
    then a possessive in it is part of the body's name, not an owner it speaks for."""
    words = re.findall(r"[\w-]+", phrase[: max(phrase.find(name), 0)])
    return bool(words) and words[-1].lower() in lx.BODY_NOUNS  # "the advocacy group, America’s Voice,"


def _state_body_of(text: str, known_places: set[str]) -> str | None:
    """The country a state body's name opens with ("the Gaza Ministry of Interior", "Israel Defense
    Forces"), or None: a ministry, army or police named after a place speaks for that place."""
    words = clean_name(text).removeprefix("the ").removeprefix("The ").split()
    if len(words) < 2 or not {w.lower() for w in words[1:]} & _STATE_BODIES:
        return None
    for k in (2, 1):
        if len(words) > k:
            place = country_of(" ".join(words[:k]), known_places)
            if place:
                return place
    return None


def _slug(name: str, used: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "party"
    pid, k = base, 2
    while pid in used:
        pid, k = f"{base}-{k}", k + 1
    used.add(pid)
    return pid


def assign(accounts: list[Account], result: dict[str, tuple[str | None, str | None]]) -> None:
    """Write speaker and party ids onto the accounts."""
    for acc in accounts:
        acc.speaker, acc.party = result.get(acc.id, (None, None))
