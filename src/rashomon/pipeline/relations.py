"""Relations: within an aspect, pairs of claims labelled conflict, agree or compatible, with a reason.

Evidence, strongest first:

* an explicit rebuttal: one claim calls the other side's account false ("said X's claim was
  inaccurate", "disputed X's claim", "denied that ...");
* contrasting members of one scale (full vs partial, more vs less);
* opposite polarity on the same matter (one affirms what the other negates);
* the same event with different agents ("Trump walked away" vs "Bolton ...");
* the same event with the same or allied agents and the same polarity: agreement.

Pairs of the same party are compared only when their speakers differ (an internal
contradiction between two voices of one side).
"""

from __future__ import annotations

from itertools import combinations

from rashomon.model import Aspect, Claim, Relation
from rashomon.pipeline import lexicon as lx
from rashomon.pipeline.aspects import Similarity
from rashomon.pipeline.claims import ClauseInfo


def _scale_contrast(a: ClauseInfo, b: ClauseInfo) -> tuple[str, str] | None:
    wa, wb = set(a.words), set(b.words)
    for high, low in lx.SCALES:
        ha, la = wa & high, wa & low
        hb, lb = wb & high, wb & low
        if ha and lb and not la and not hb:
            return sorted(ha)[0], sorted(lb)[0]
        if la and hb and not ha and not lb:
            return sorted(la)[0], sorted(hb)[0]
    return None


def _rebuts(claim: Claim, info: ClauseInfo, kind: str, other_names: list[str]) -> str | None:
    """The words by which ``claim`` calls the other side's account false, if it does."""
    words = set(info.words)
    falsity = words & lx.FALSITY_WORDS
    claim_noun = words & lx.CLAIM_NOUNS
    low = claim.quote.lower()
    names = [n for n in other_names if n and n.lower() in low]
    if falsity and (claim_noun or names):
        return f"calls {'the ' + sorted(claim_noun)[0] if claim_noun else names[0]} {sorted(falsity)[0]}"
    if kind == "denial" and (names or claim_noun):
        return "denies " + (f"{names[0]}'s account" if names else f"the {sorted(claim_noun)[0]}")
    return None


def _agents(info: ClauseInfo, alias_party: dict[str, str | None]) -> set[str]:
    """Parties (or names) of the subjects of a claim's clauses."""
    out = set()
    for subj in info.subjects:
        for alias, party in alias_party.items():
            if alias and alias in subj:
                out.add(party or alias)
                break
    return out


def relate(
    aspects: list[Aspect],
    claims: dict[str, Claim],
    infos: dict[str, ClauseInfo],
    account_kind: dict[str, str],
    sim: Similarity,
    index: dict[str, int],
    party_names: dict[str, list[str]],
    alias_party: dict[str, str | None],
    agree_threshold: float = 0.45,
) -> list[Relation]:
    """Label the pairs within each aspect."""
    out: list[Relation] = []
    for asp in aspects:
        for ida, idb in combinations(asp.claims, 2):
            a, b = claims[ida], claims[idb]
            if a.party is None or b.party is None:
                continue
            internal = a.party == b.party
            if internal and (a.speaker == b.speaker or a.account == b.account):
                continue
            ia, ib = infos[ida], infos[idb]
            s = sim(index[ida], index[idb])
            label, reason, evidence = "compatible", "different details, no clash found", []
            names_b = party_names.get(b.party, [])
            names_a = party_names.get(a.party, [])
            reb = _rebuts(a, ia, account_kind.get(a.account or "", ""), names_b) or _rebuts(
                b, ib, account_kind.get(b.account or "", ""), names_a
            )
            contrast = _scale_contrast(ia, ib)
            agents_a, agents_b = _agents(ia, alias_party), _agents(ib, alias_party)
            shared_verbs = set(ia.verbs) & set(ib.verbs)
            if reb and not internal:
                label, reason, evidence = "conflict", f"explicit rebuttal: {reb}", [reb]
            elif contrast:
                label, reason, evidence = (
                    "conflict",
                    f"contrasting quantities: {contrast[0]} vs {contrast[1]}",
                    list(contrast),
                )
            elif a.polarity != b.polarity and s >= agree_threshold * 0.8:
                neg, pos = (a, b) if a.polarity == "negative" else (b, a)
                label, reason = "conflict", "opposite polarity: one account negates what the other affirms"
                evidence = [neg.quote[:80], pos.quote[:80]]
            elif shared_verbs and agents_a and agents_b and not (agents_a & agents_b):
                verb = sorted(shared_verbs)[0]
                label = "conflict"
                reason = (
                    f"different agents for '{verb}': {', '.join(sorted(agents_a))} vs {', '.join(sorted(agents_b))}"
                )
                evidence = [verb]
            elif (
                s >= agree_threshold
                and a.polarity == b.polarity
                and (shared_verbs or (agents_a & agents_b) or s >= agree_threshold + 0.15)
            ):
                label = "agree"
                what = sorted(shared_verbs)[0] if shared_verbs else "the same point"
                reason = f"both say the same about '{what}'" + (
                    f" with the same agent ({', '.join(sorted(agents_a & agents_b))})" if agents_a & agents_b else ""
                )
                evidence = [what]
            out.append(
                Relation(
                    a=ida,
                    b=idb,
                    label=label,
                    aspect=asp.id,
                    reason=reason,  # type: ignore[arg-type]
                    evidence=evidence,
                    internal=internal,
                    score=round(s, 3),
                )
            )
    return out
