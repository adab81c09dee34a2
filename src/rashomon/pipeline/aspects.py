"""Aspects: claims that answer the same question grouped together, across parties.

Similarity of two claims mixes sentence embeddings with idf-weighted word overlap.
Only candidate pairs are compared (claims that share a content word, or, for small
analyses, all pairs), so the cost grows with the number of claims that can share a
question rather than with all claims against all claims. Each claim is linked to its best
match in every other party (mutual best, or one-way with a margin), claims of one party only
when they nearly paraphrase each other, and two sides' judgements of a report ("false", "we
stand by it") with each other; claims left alone then join their nearest question, and those
still alone link among themselves at a lower bar.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from itertools import combinations

import numpy as np

from rashomon.model import Aspect, Claim
from rashomon.pipeline import lexicon as lx
from rashomon.pipeline.claims import ClauseInfo, goes_or_stays, shared_effect, two_leavers

ALL_PAIRS_UP_TO = 400  # below this many claims every pair is a candidate
MAX_DF_SHARE = 0.2  # a word in more claims than this share does not make candidates
# a question grows past a dozen claims only where the two groups it joins are close on the whole:
# past that, a chain of close pairs has mostly run across several questions of the story (measured
# on held-out cases: joining such chains groups more pairs of stances that answer different
# questions than pairs that answer one); many sources that say one thing still make one question
MAX_CHAIN = 12
MAX_CLUSTER = 40
ONE_WAY_MARGIN = 0.1  # a one-way best match must clear the threshold by this much
ATTACH_FACTOR = 0.8  # a leftover claim joins a question at this share of the threshold
SECOND_PASS_FACTOR = 0.8  # claims left out of every question link among themselves at this share
# A short report, a handful of attributed claims, turns on the one or two questions it tells the
# sides' answers to, and word statistics over so few claims are too thin to set one claim apart
# from the rest: there a claim left alone joins its nearest question at a quarter of the bar (what
# shares nothing with any question, "the weather was mild", still stays out). Measured on
# held-out cases, leaving claims out lost more pairs of stances that answer one question than it
# kept apart (up to 30 claims: at 45 the development cases lost alignment, 0.767 -> 0.747).
SMALL_ANALYSIS = 30
SMALL_ATTACH_FACTOR = 0.25
VERDICT = "<verdict>"  # the pseudo-word every claim that judges a report shares
POST = "<post>"  # ... and every claim that says someone leaves a post, race or pact, or stays in it
CAUSE = "<cause>"  # ... and every claim that says what brought something about, or that it did not
MARKERS = frozenset([VERDICT, POST, CAUSE])  # pseudo-words that say what kind of answer a claim gives
VERDICT_FACTOR = 0.3  # two sides' judgements of a report join at this share of the threshold
# two sides' claims set side by side in one paragraph ("X said ... But Y countered ...") are
# likelier to answer one question: their similarity counts this much more when grouping, in a
# text laid out in paragraphs, and no more than NEAR_CHARS apart
NEAR_BONUS = 0.2
NEAR_CHARS = 300
MIN_PARAGRAPHS = 3


def name_words(party_names: dict[str, list[str]]) -> frozenset[str]:
    """Lower-cased words of every side's names ("Tea Party", "Tom Bell's" -> tea, party, tom, bell):
    a name the sides bear is in every question of a story and is no topic between two of them."""
    return frozenset(w.lower() for names in party_names.values() for n in names for w in re.findall(r"\w+", n))


def _paragraphs(claims: list[Claim], texts: dict[str, str]) -> list[int | None]:
    """Each claim's paragraph (lines or blank-line blocks) in its document; None where the
    document is not laid out in paragraphs (one long line says nothing of what goes together)."""
    starts: dict[str, list[int]] = {}
    for doc, text in texts.items():
        breaks = [m.end() for m in re.finditer(r"\n\s*", text.strip())]
        if len(breaks) + 1 >= MIN_PARAGRAPHS:
            lead = len(text) - len(text.lstrip())
            starts[doc] = [b + lead for b in breaks]
    out: list[int | None] = []
    for c in claims:
        marks = starts.get(c.doc)
        out.append(None if marks is None else bisect_right(marks, c.start))
    return out


class Similarity:
    """Pairwise claim similarity: embeddings and idf-weighted lemma overlap."""

    def __init__(
        self,
        claims: list[Claim],
        infos: dict[str, ClauseInfo],
        vectors: np.ndarray | None,
        embed_weight: float,
        side_words: frozenset[str] = frozenset(),
        texts: dict[str, str] | None = None,
    ) -> None:
        self.claims = claims
        self.vectors = vectors
        self.embed_weight = embed_weight if vectors is not None else 0.0
        # a claim that judges a report true or false answers "is it true?" whatever its words; the
        # names of the sides themselves are in every question of a story and tell none apart
        self.sets = [
            (set(infos[c.id].lemmas) - (side_words & infos[c.id].proper))
            | ({VERDICT} if infos[c.id].verdict else set())
            | ({POST} if goes_or_stays(infos[c.id]) and not infos[c.id].question else set())
            | ({CAUSE} if infos[c.id].links and not infos[c.id].question else set())
            for c in claims
        ]
        self.infos = [infos[c.id] for c in claims]
        df: Counter[str] = Counter()
        for s in self.sets:
            df.update(s)
        n = max(len(claims), 1)
        self.df = df
        self.idf = {w: math.log(1 + n / d) for w, d in df.items()}
        self.norm = [math.sqrt(sum(self.idf[w] ** 2 for w in s)) or 1.0 for s in self.sets]
        self._cache: dict[tuple[int, int], float] = {}
        self.paragraph = _paragraphs(claims, texts or {})

    def near(self, i: int, j: int) -> bool:
        """Two claims in one paragraph, close together."""
        a, b = sorted((self.claims[i], self.claims[j]), key=lambda c: c.start)
        return (
            self.paragraph[i] is not None
            and self.paragraph[i] == self.paragraph[j]
            and a.doc == b.doc
            and b.start - a.end <= NEAR_CHARS
        )

    def link(self, i: int, j: int) -> float:
        """Similarity for grouping across sides: one that answers another in the same paragraph
        likely answers the same question."""
        return self(i, j) + NEAR_BONUS * self.near(i, j)

    def lexical(self, i: int, j: int) -> float:
        shared = self.sets[i] & self.sets[j]
        return sum(self.idf[w] ** 2 for w in shared) / (self.norm[i] * self.norm[j])

    def __call__(self, i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        if key not in self._cache:
            lex = self.lexical(i, j)
            emb = float(self.vectors[i] @ self.vectors[j]) if self.vectors is not None else 0.0
            self._cache[key] = self.embed_weight * emb + (1 - self.embed_weight) * lex
        return self._cache[key]

    def candidates(self) -> list[tuple[int, int]]:
        n = len(self.claims)
        if n <= ALL_PAIRS_UP_TO:
            return list(combinations(range(n), 2))
        index: dict[str, list[int]] = defaultdict(list)
        limit = max(2, int(MAX_DF_SHARE * n))
        for i, s in enumerate(self.sets):
            for w in s:
                if self.df[w] <= limit:
                    index[w].append(i)
        pairs: set[tuple[int, int]] = set()
        for members in index.values():
            pairs.update(combinations(members, 2))
        return sorted(pairs)


def cluster_across(
    sim: Similarity, parties: list[str], threshold: float, same_party: float, members: set[int] | None = None
) -> list[list[int]]:
    """Link each claim to its best match in every other party (mutual best, or strong one-way),
    and claims of one party only when nearly paraphrases; aspects are the linked groups.

    Accounts of different sides answer the same question in different words, so a claim's
    closest neighbour is usually a claim of its own side: comparing across sides first keeps
    one side's many claims from swallowing the question. With ``members``, only those claims
    are compared and grouped.
    """
    n = len(sim.claims)
    best: dict[tuple[int, str], tuple[float, int]] = {}
    cand = sim.candidates()
    if members is not None:
        cand = [(i, j) for i, j in cand if i in members and j in members]
    for i, j in cand:
        if parties[i] == parties[j]:
            continue
        s = sim.link(i, j)
        for x, y in ((i, j), (j, i)):
            key = (x, parties[y])
            if key not in best or s > best[key][0]:
                best[key] = (s, y)
    parent = list(range(n))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    size = [1] * n
    group: dict[int, list[int]] = {i: [i] for i in range(n)}

    def link(a: int, b: int) -> None:
        ra, rb = root(a), root(b)
        if ra == rb or size[ra] + size[rb] > MAX_CLUSTER:
            return
        if size[ra] + size[rb] > MAX_CHAIN:
            cross = [sim(i, j) for i in group[ra] for j in group[rb]]
            if sum(cross) / len(cross) < threshold:
                return
        parent[rb] = ra
        size[ra] += size[rb]
        group[ra].extend(group.pop(rb))

    for (x, _q), (s, y) in sorted(best.items(), key=lambda kv: -kv[1][0]):
        mutual = best.get((y, parties[x]), (0.0, -1))[1] == x
        if s >= threshold and (mutual or s >= threshold + ONE_WAY_MARGIN):
            link(x, y)
    for i, j in cand:
        if parties[i] == parties[j] and sim(i, j) >= same_party:
            link(i, j)
    # judgements of a report ("it is all lies", "we stand by our reporting") answer one question,
    # "is it true?", across sides, in words that share little: a low bar is enough; so do claims
    # that someone should go or will stay ("urged him to step aside" / "pledged to stay in the race")
    for marker in sorted(MARKERS):
        marked = [i for i in range(n) if marker in sim.sets[i] and (members is None or i in members)]
        for i, j in combinations(marked, 2):
            # two who go or stay are two questions ("the mayor" / "the police chief")
            two = marker == POST and two_leavers(sim.infos[i], sim.infos[j])
            # two that give causes of two things answer two questions
            two = two or (marker == CAUSE and not shared_effect(sim.infos[i], sim.infos[j]))
            if parties[i] != parties[j] and not two and sim(i, j) >= threshold * VERDICT_FACTOR:
                link(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n) if members is None else sorted(members):
        groups[root(i)].append(i)
    return [sorted(g) for g in groups.values()]


def attach_leftovers(
    sim: Similarity, groups: list[list[int]], threshold: float, factor: float = ATTACH_FACTOR
) -> list[list[int]]:
    """Claims left alone join the question they are closest to (mean similarity to its claims, at
    ``factor`` of the grouping bar ``threshold``), among the questions they share a candidate pair
    with: every question in a small analysis, never all claims against all claims in a large one."""
    owner = {i: k for k, g in enumerate(groups) for i in g}
    near: dict[int, set[int]] = defaultdict(set)
    for i, j in sim.candidates():
        if (i in owner) != (j in owner):
            left, member = (j, i) if i in owner else (i, j)
            near[left].add(owner[member])
    for i in sorted(near):
        ks = sorted(near[i])
        scores = {k: sum(sim(i, j) for j in groups[k]) / len(groups[k]) for k in ks}
        k = max(ks, key=scores.__getitem__)
        # (close on the whole, at the full bar of grouping, a claim joins a question past a dozen)
        cap = MAX_CLUSTER if scores[k] >= threshold else MAX_CHAIN
        if scores[k] >= threshold * factor and len(groups[k]) < cap:
            groups[k].append(i)
    return [sorted(g) for g in groups]


def _label(sim: Similarity, idx: list[int], infos: dict[str, ClauseInfo]) -> tuple[str, str]:
    """A short label (the weightiest shared words) and a readable question for a group of claims.

    An action most claims report ("walked away") gives "Who walked away?"; otherwise the
    weightiest shared thing ("sanctions relief") gives "What about sanctions relief?".
    """
    judged = sum(VERDICT in sim.sets[i] for i in idx)
    if judged >= 2 and judged * 2 >= len(idx):
        # most claims judge a report: the question is whether it is true
        nouns: Counter[str] = Counter(
            w
            for i in idx
            for w in infos[sim.claims[i].id].lemmas
            if w in lx.CLAIM_NOUNS | lx.REPORT_NOUNS | lx.ARTEFACT_NOUNS
        )
        noun = min(nouns.items(), key=lambda kv: (-kv[1], kv[0]))[0] if nouns else "report"
        if noun in lx.ARTEFACT_NOUNS:
            return f"{noun}: authentic or not", f"Is the {noun} authentic?"
        return f"{noun}: true or false", f"Is the {noun} true?"
    posts = sum(POST in sim.sets[i] for i in idx)
    if posts >= 2 and posts * 2 >= len(idx):
        # most claims say someone goes or stays: the question is whether the one they name does
        named: Counter[str] = Counter(
            infos[sim.claims[i].id].names[w]
            for i in idx
            for w in infos[sim.claims[i].id].leavers
            if w in infos[sim.claims[i].id].names
        )
        if len(named) == 1:
            return "leave or stay", f"Does {next(iter(named))} leave or stay?"
        return "leave or stay", "Who leaves, and who stays?"
    caused = [infos[sim.claims[i].id] for i in idx if CAUSE in sim.sets[i]]
    if len(caused) >= 2 and len(caused) * 2 >= len(idx):
        # most claims say what brought something about: the question is what did
        effects: Counter[str] = Counter(w for x, y in combinations(caused, 2) for w in shared_effect(x, y))
        if effects:
            word = min(effects.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            phrase = next((info.phrases[word] for info in caused if word in info.phrases), word)
            return f"cause: {word}", f"What caused the {phrase}?"
    counts: Counter[str] = Counter()
    for i in idx:
        for w in sim.sets[i] - MARKERS:
            counts[w] += sim.idf[w]
    ranked = [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]  # ties broken by the word
    shared = [w for w in ranked if sum(w in sim.sets[i] for i in idx) >= min(2, len(idx))]
    words = (shared or ranked)[:3]
    label = ", ".join(words) if words else "other"
    claim_infos = [infos[sim.claims[i].id] for i in idx]
    verbs: Counter[str] = Counter()
    for info in claim_infos:
        verbs.update(v for v in set(info.frames) if v in info.phrases and v in shared)
    if verbs:
        verb, n = min(verbs.items(), key=lambda kv: (-kv[1], kv[0]))
        if n >= 2:
            # the fullest wording of the act ("expressed concern" over "expressed"); ties by text
            phrase = max(
                (info.phrases[verb] for info in claim_infos if verb in info.phrases), key=lambda p: (len(p.split()), p)
            )
            asked = _one_subject(claim_infos, verb)
            if asked is not None and phrase.split()[0] in {"was", "has"}:
                return label, _yes_no(phrase, asked)
            # a verb bare of what it acts on asks nothing a reader can follow ("Who treated?",
            # "Who focused?"); the act with it does ("Who walked away?", "Who expressed concern?"),
            # as does a bare verb no claim gives anything to act on ("Who won?", "Who was shot?")
            # (the perfect's helper is no part of the act: "Who has directed?"; the passive's is:
            # "Who was shot?")
            words_of_act = phrase.split()[1:] if phrase.split()[0] == "has" else phrase.split()
            bare = len(words_of_act) == 1 and any(info.frames.get(verb) for info in claim_infos)
            if not bare:
                return label, f"Who {phrase}?"
    acts = {v for info in claim_infos for v in info.frames}
    named = any(w in info.proper and w not in info.not_things for info in claim_infos for w in words)
    # the weightiest thing the claims share, else the weightiest thing any of them names, past the
    # three words of the label, where those name nothing ("What about requirements?", not "What do
    # the accounts say about consistent, ethical, fully?"; "Yongbyon" stays)
    for pool in (words,) if named else (words, shared, ranked):
        for w in pool:
            phrase = next((info.phrases[w] for info in claim_infos if w in info.phrases and w not in info.proper), None)
            if phrase and w not in acts:
                return label, f"What about {phrase}?"
    # the words as a reader writes them: names as the text writes them ("Kenny", "U.S.", "FBI"), no
    # bare day or figure
    names = {w: n for info in claim_infos for w, n in info.names.items()}
    not_things = {w for info in claim_infos for w in info.not_things}
    shown = [names.get(w, w) for w in words if w not in not_things]
    return label, f"What do the accounts say about {', '.join(shown or words)}?"


def _one_subject(infos: list[ClauseInfo], verb: str) -> tuple[str, str] | None:
    """The auxiliary and the one thing every claim that tells the act says it of ("was", "the
    video" in "the video was staged" twice), when at least two do, all in one voice and tense, and
    none names another thing: then the question is whether it happened, not who did it."""
    said = [info.verb_subjects[verb] for info in infos if verb in info.verb_subjects]
    told = [info for info in infos if verb in info.frames]
    keys = {(aux, re.sub(r"^(the |a |an )", "", s.lower())) for aux, s in said}
    if len(said) < 2 or len(said) != len(told) or len(keys) != 1:
        return None
    return max(said, key=lambda x: (len(x[1].split()), x[1]))


def _yes_no(phrase: str, asked: tuple[str, str]) -> str:
    """'Was the video staged?', 'Were the files destroyed?', 'Has Acme paid the fine?' from the
    act's wording ("was staged", "has paid the fine") and its auxiliary and subject."""
    aux, subject = asked
    rest = phrase.split()[1:]  # the participle and what follows, after the auxiliary
    return " ".join([aux.capitalize(), subject, *rest]) + "?"


def align(
    claims: list[Claim],
    infos: dict[str, ClauseInfo],
    vectors: np.ndarray | None,
    threshold: float,
    embed_weight: float,
    same_party: float = 0.6,
    side_words: frozenset[str] = frozenset(),
    texts: dict[str, str] | None = None,
) -> tuple[list[Aspect], Similarity]:
    """Group attributed clause-level claims into aspects; single-claim groups are kept out.
    ``texts`` (document id -> text) lets claims that stand side by side in a paragraph group
    more readily."""
    sim = Similarity(claims, infos, vectors, embed_weight, side_words, texts)
    aspects: list[Aspect] = []
    parties = [c.party or "" for c in claims]
    groups = [g for g in cluster_across(sim, parties, threshold, same_party) if len(g) >= 2]
    groups = attach_leftovers(sim, groups, threshold)
    # claims still in no question: linked among themselves, across sides, at a lower bar (two
    # sides answering a question no one else's claims drew in: "causing trouble" / "causing chaos")
    placed = {i for g in groups for i in g}
    rest = {i for i in range(len(claims)) if i not in placed}
    for g in cluster_across(sim, parties, threshold * SECOND_PASS_FACTOR, same_party, rest):
        if len({parties[i] for i in g}) >= 2:
            groups.append(g)
    groups.sort(key=lambda g: (-len({claims[i].party for i in g}), min(claims[i].start for i in g)))
    for g in groups:
        label, question = _label(sim, g, infos)
        parties = sorted({claims[i].party for i in g if claims[i].party is not None})
        aspects.append(
            Aspect(
                id=f"q{len(aspects) + 1}",
                label=label,
                question=question,
                claims=[claims[i].id for i in g],
                parties=parties,
            )
        )
    return aspects, sim


def place_loose(aspects: list[Aspect], claims: list[Claim], sim: Similarity, threshold: float) -> None:
    """In a short report (``SMALL_ANALYSIS`` claims or fewer), after every rule has placed what it
    can: each claim in no question joins its nearest one at ``SMALL_ATTACH_FACTOR`` of the bar, as a
    loose member. (Where no question formed, none is made up: seeding one with the closest two
    claims of two sides paired claims that share nothing but a word, "the city", and moved no
    figure.)"""
    if len(claims) > SMALL_ANALYSIS or not aspects:
        return
    index = {c.id: i for i, c in enumerate(claims)}
    groups = [[index[c] for c in a.claims if c in index] for a in aspects]
    placed = {i for g in groups for i in g}
    for asp, group in zip(aspects, attach_leftovers(sim, groups, threshold, SMALL_ATTACH_FACTOR), strict=True):
        joined = [claims[i].id for i in group if i not in placed]
        asp.claims += joined
        asp.loose += joined
        asp.parties = sorted({claims[index[c]].party for c in asp.claims if c in index and claims[index[c]].party})
