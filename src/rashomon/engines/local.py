"""The offline engine: spaCy parses, rules over them, packaged sentence embeddings."""

from __future__ import annotations

import numpy as np

from rashomon import __version__
from rashomon.engines.base import State, register
from rashomon.model import Claim
from rashomon.pipeline import aspects as aspects_stage
from rashomon.pipeline import attribution as attribution_stage
from rashomon.pipeline import claims as claims_stage
from rashomon.pipeline import contradiction, cue_model, cue_span
from rashomon.pipeline import lexicon as lx
from rashomon.pipeline import parties as parties_stage
from rashomon.pipeline import relations as relations_stage
from rashomon.pipeline.embed import MODEL_NAME, get_embedder
from rashomon.pipeline.nlp import ParsedText, load_model, model_version, parse_many, title_end


@register("local")
class LocalEngine:
    name = "local"

    def __init__(self, options=None) -> None:  # type: ignore[no-untyped-def]
        self._nlp = None  # loaded on first use, from the options of the state it is given

    # --- shared helpers, also used when another engine did an earlier stage

    def nlp(self, state: State):  # type: ignore[no-untyped-def]
        if self._nlp is None:
            self._nlp = load_model(state.options.spacy_model)
        return self._nlp

    def parsed(self, state: State) -> dict[str, ParsedText]:
        if "parsed" not in state.scratch:
            docs = state.analysis.documents
            parsed = parse_many([d.text for d in docs], self.nlp(state))
            state.scratch["parsed"] = {d.id: p for d, p in zip(docs, parsed, strict=True)}
        return state.scratch["parsed"]

    def infos(self, state: State) -> dict[str, claims_stage.ClauseInfo]:
        infos = state.scratch.setdefault("infos", {})
        parsed = self.parsed(state)
        for c in state.analysis.claims:
            if c.id not in infos:
                infos[c.id] = claims_stage.clause_info(parsed[c.doc], c.start, c.end)
        return infos

    # --- stages

    def attribution(self, state: State) -> None:
        parsed = self.parsed(state)
        atts = {}
        for d in state.analysis.documents:
            att = attribution_stage.attribute(parsed[d.id], d.id, id_prefix=f"{d.id}.")
            atts[d.id] = att
            state.analysis.accounts.extend(att.accounts)
        state.scratch["attributions"] = atts

    def parties(self, state: State) -> None:
        atts = state.scratch.get("attributions", {})
        parsed = self.parsed(state)
        places: set[str] = set()
        for p in parsed.values():
            for para in p.paragraphs:
                assert para.doc is not None
                places.update(parties_stage.clean_name(e.text) for e in para.doc.ents if e.label_ in {"GPE", "LOC"})
        pmap = parties_stage.PartyMap(state.party_map) if state.party_map else None
        texts = {d.id: d.text for d in state.analysis.documents}
        speakers, parties, result = parties_stage.group(list(atts.values()), places, pmap, texts)
        state.analysis.speakers = speakers
        state.analysis.parties = parties
        parties_stage.assign(state.analysis.accounts, result)

    def claims(self, state: State) -> None:
        parsed = self.parsed(state)
        names = {s.id: s.name for s in state.analysis.speakers}
        infos = state.scratch.setdefault("infos", {})
        for d in state.analysis.documents:
            accounts = [a for a in state.analysis.accounts if a.doc == d.id]
            claims, inf = claims_stage.extract(parsed[d.id], accounts, names, id_prefix=f"{d.id}.")
            state.analysis.claims.extend(claims)
            infos.update(inf)

    def _comparable(self, state: State) -> list[Claim]:
        """The claims that aspects and relations compare: a party's clause-sized claims outside a
        document's headline in title case (the outlet's summary of the accounts; the local
        attribution stage takes none from it, another engine's may)."""
        if "headlines" not in state.scratch:
            state.scratch["headlines"] = {d.id: title_end(d.text) for d in state.analysis.documents}
        heads = state.scratch["headlines"]
        return [
            c
            for c in state.analysis.claims
            if c.party is not None and c.level == "clause" and c.start >= heads.get(c.doc, 0)
        ]

    def aspects(self, state: State) -> None:
        infos = self.infos(state)
        claims = self._comparable(state)
        vectors = None
        opts = state.options
        if opts.embeddings and claims:
            emb = get_embedder()
            if emb.available:
                vectors = emb.encode([c.statement or c.quote for c in claims])
        party_names, alias_party = self._names(state)
        aspects, sim = aspects_stage.align(
            claims,
            infos,
            vectors,
            opts.aspect_threshold,
            opts.embed_weight,
            opts.same_party_threshold,
            aspects_stage.name_words(party_names),
            {d.id: d.text for d in state.analysis.documents},
        )
        index = {c.id: i for i, c in enumerate(claims)}
        kinds = {a.id: a.kind for a in state.analysis.accounts}
        # what each "That is false" answers, found once for placing here and judging in relations()
        referents = relations_stage.stand_in_referents(claims, infos, kinds, sim, index, party_names)
        state.scratch["referents"] = referents
        clashes = relations_stage.place_rebuttals(aspects, claims, infos, kinds, sim, index, party_names, referents)
        relations_stage.place_allegations(aspects, claims, infos, kinds, party_names, alias_party)
        state.scratch["rejections"] = relations_stage.place_rejections(aspects, claims, infos, clashes)
        aspects_stage.place_loose(aspects, claims, sim, opts.aspect_threshold)
        state.analysis.aspects = aspects
        state.scratch["similarity"] = (sim, index)

    def _names(self, state: State) -> tuple[dict[str, list[str]], dict[str, str | None]]:
        """Each party's names (its own and its speakers'), and each name's party."""
        an = state.analysis
        party_names: dict[str, list[str]] = {}
        alias_party: dict[str, str | None] = {}
        # a speaker's surname names the party too ("Bell's claim"), unless two parties share it
        surnames: dict[str, set[str]] = {}
        # and so does the role its speakers' titles give them ("Reps. Lewis and Cleaver" are "the
        # lawmakers"), unless two parties share it
        roles: dict[str, set[str]] = {}
        for s in an.speakers:
            words = s.name.split()
            if len(words) > 1 and words[-1][:1].isupper() and len(words[-1]) > 2 and s.party:
                surnames.setdefault(words[-1], set()).add(s.party)
            for alias in [s.name, *s.aliases] if s.party else []:
                for w in alias.split():
                    if w[:1].isupper():
                        for role in lx.TITLE_ROLES.get(w.lower(), lx.TITLE_ROLES.get(w.lower().replace("s.", "."), ())):
                            roles.setdefault(role, set()).add(s.party)
                            roles.setdefault(role + "s", set()).add(s.party)
        texts = {d.id: d.text for d in an.documents}
        # the descriptions the text gives a speaker as the source of an account ("The company said
        # ..." for Acme Motors): names of the speaker's side too
        described: dict[str, set[str]] = {}
        for acc in an.accounts:
            if acc.speaker and acc.source is not None and acc.doc in texts:
                said = texts[acc.doc][acc.source.start : acc.source.end]
                if said[:4].lower() == "the " and len(said.split()) == 2:
                    described.setdefault(acc.speaker, set()).add(said)
        for p in an.parties:
            names = [p.name]
            for s in an.speakers:
                if s.party == p.id:
                    names += [s.name, *s.aliases, *sorted(described.get(s.id, ()))]
            names += [w for w, owners in surnames.items() if owners == {p.id}]
            names += [f"the {w}" for w, owners in roles.items() if owners == {p.id}]
            # a country's side goes by its capital and its seat of government too ("Moscow was
            # lying", "the Kremlin's claim")
            countries = {p.name} | {e[5:] for e in p.evidence if e.startswith("side:")}
            names += [alias.title() for alias, country in parties_stage.COUNTRY_ALIASES.items() if country in countries]
            party_names[p.id] = sorted({n for n in names if n}, key=len, reverse=True)
            for n in party_names[p.id]:
                alias_party[n.lower()] = p.id
                last = n.split()[-1].lower() if n.split() else ""
                if len(last) > 2 and last[:1].isalpha():
                    alias_party.setdefault(last, p.id)
        return party_names, alias_party

    def relations(self, state: State) -> None:
        infos = self.infos(state)
        if "similarity" not in state.scratch:
            claims = self._comparable(state)
            sim = aspects_stage.Similarity(claims, infos, None, 0.0)
            state.scratch["similarity"] = (sim, {c.id: i for i, c in enumerate(claims)})
        sim, index = state.scratch["similarity"]
        an = state.analysis
        party_names, alias_party = self._names(state)
        an.relations = relations_stage.relate(
            an.aspects,
            {c.id: c for c in an.claims},
            infos,
            {a.id: a.kind for a in an.accounts},
            sim,
            index,
            party_names,
            alias_party,
            state.options.agree_threshold,
            state.options.differ_threshold,
            relations_stage.contrasted(an.accounts, {d.id: d.text for d in an.documents}),
            state.scratch.get("rejections"),
            state.options.agreement_ceiling,
            state.scratch.get("referents"),
        )

    def versions(self) -> dict[str, str]:
        out = {"rashomon": __version__}
        if self._nlp is not None:
            out["spacy_model"] = model_version(self._nlp)
        emb = get_embedder.cache_info().currsize and get_embedder()
        if emb and emb.available:
            out["embeddings"] = MODEL_NAME
            if contradiction.available():
                out["contradiction_check"] = contradiction.MODEL_INFO
        info = cue_model.model_info()
        out["cue_model"] = f"{info['model']}; {info['trained_on']}, {info['examples']} verbs"
        span_info = cue_span.model_info()
        if span_info:
            out["cue_span_model"] = f"{span_info['model']}; {span_info['trained_on']}, {span_info['examples']} tokens"
        out["numpy"] = np.__version__
        return out
