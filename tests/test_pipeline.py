"""Parties, claims, aspects and relations on real sentences, and the grounding invariant."""

from __future__ import annotations

import pytest
from tests.conftest import shared_or_skip

from rashomon.api import compare


def _party_of(analysis, speaker_fragment: str) -> str | None:
    for s in analysis.speakers:
        if speaker_fragment in s.name or any(speaker_fragment in a for a in s.aliases):
            return s.party
    return None


def _info(nlp, sentence: str):
    """The word information of one whole sentence, as the claims stage computes it."""
    from rashomon.pipeline.claims import clause_info
    from rashomon.pipeline.nlp import parse

    return clause_info(parse(sentence, nlp), 0, len(sentence))


def _labels_by_opening(text: str, n: int) -> dict[frozenset[str], str]:
    """The relations of one text's analysis: the first ``n`` characters of its two claims -> label."""
    an = compare(texts=[text])
    claim = {c.id: c for c in an.claims}
    return {frozenset((claim[r.a].quote[:n], claim[r.b].quote[:n])): r.label for r in an.relations}


def _the_relation_across(text: str):
    """The one relation between two different sides of a short text that the text names (not
    the side of claims it names no one for, "laughed off claims that ...")."""
    an = compare(texts=[text])
    unnamed = {a.party for a in an.accounts if a.source is None and a.cue is not None}
    party = {c.id: c.party for c in an.claims}
    [rel] = [r for r in an.relations if not r.internal and not {party[r.a], party[r.b]} & unnamed]
    return rel


def test_every_claim_is_grounded(hanoi_analysis):
    text = hanoi_analysis.documents[0].text
    assert hanoi_analysis.claims
    for c in hanoi_analysis.claims:
        assert text[c.start : c.end] == c.quote
    assert hanoi_analysis.check_grounding() == []


def test_hanoi_three_parties_from_headings_titles_and_nationality(hanoi_analysis):
    names = sorted(p.name for p in hanoi_analysis.parties)
    assert names == ["North Korea", "South Korea", "United States"]
    # one person under several names, one side per person
    assert _party_of(hanoi_analysis, "Trump") != _party_of(hanoi_analysis, "Ri Yong Ho")
    assert _party_of(hanoi_analysis, "Ri Yong Ho") == _party_of(hanoi_analysis, "state media")
    assert _party_of(hanoi_analysis, "Chong") not in (None, _party_of(hanoi_analysis, "Trump"))
    ri = [s for s in hanoi_analysis.speakers if "Ri Yong Ho" in s.name]
    assert len(ri) == 1 and "Ri" in ri[0].aliases


def test_narrator_stays_unattributed(hanoi_analysis):
    text = hanoi_analysis.documents[0].text
    bio = text.index("Jason Ditz is Senior Editor")
    assert not any(c.start <= bio < c.end for c in hanoi_analysis.claims)


def test_claims_are_clause_sized_with_polarity(hanoi_analysis):
    by_quote = {c.quote: c for c in hanoi_analysis.claims}
    partial = next(c for q, c in by_quote.items() if q.startswith("was only asking for"))
    assert partial.level == "clause" and partial.parent is not None
    parent = hanoi_analysis.claim(partial.parent)
    assert parent.level == "account" and parent.start <= partial.start and partial.end <= parent.end
    neg = [c for c in hanoi_analysis.claims if "isn’t going to change" in c.quote and c.level == "clause"]
    assert neg and neg[0].polarity == "negative"


def test_walkout_agreement_across_three_parties(hanoi_analysis):
    claims = {c.id: c for c in hanoi_analysis.claims}
    agree = [r for r in hanoi_analysis.relations if r.label == "agree"]
    pairs = {frozenset((claims[r.a].party, claims[r.b].party)) for r in agree if "walk" in claims[r.a].quote}
    assert len(pairs) == 3


def test_full_versus_partial_relief_is_a_conflict_with_its_reason(hanoi_analysis):
    claims = {c.id: c for c in hanoi_analysis.claims}
    found = [
        r
        for r in hanoi_analysis.relations
        if r.label == "conflict" and "partial" in (claims[r.a].quote + claims[r.b].quote) and "full" in r.reason
    ]
    assert found, [r.reason for r in hanoi_analysis.relations]


def test_explicit_rebuttal_names_the_rebutting_claim(hanoi_analysis):
    claims = {c.id: c for c in hanoi_analysis.claims}
    rebuttals = [r for r in hanoi_analysis.relations if r.reason.startswith("explicit rebuttal")]
    assert rebuttals
    by = claims[rebuttals[0].rebuttal_by]
    assert "claim was inaccurate" in by.quote


def test_aspects_group_claims_of_different_parties(hanoi_analysis):
    claims = {c.id: c for c in hanoi_analysis.claims}
    multi = [a for a in hanoi_analysis.aspects if len({claims[c].party for c in a.claims}) >= 2]
    assert len(multi) >= 3
    assert all(a.question.endswith("?") for a in hanoi_analysis.aspects)


def test_user_party_map_overrides_the_text():
    from tests.conftest import EXAMPLE

    an = compare([str(EXAMPLE)], party_map={"Washington": ["Trump", "US"], "Pyongyang": ["Ri", "North Korea"]})
    names = {p.name for p in an.parties}
    assert {"Washington", "Pyongyang"} <= names
    trump = next(s for s in an.speakers if "Trump" in s.name)
    assert next(p for p in an.parties if p.id == trump.party).name == "Washington"


def test_multi_document_case_grounds_every_claim_in_its_own_document():
    case = shared_or_skip("eval", "cases", "isis-border-claim-2014")
    paths = sorted(str(p) for p in case.glob("*.txt"))
    an = compare(paths)
    assert len(an.documents) == 2 and an.check_grounding() == []
    docs = {d.id: d.text for d in an.documents}
    assert {c.doc for c in an.claims} == set(docs)
    # the congressman's office and his spokesman speak for him; the department's voices for it
    hunter, kasper = _party_of(an, "Hunter"), _party_of(an, "Kasper")
    assert hunter is not None and hunter == kasper
    assert _party_of(an, "Johnson") not in (None, hunter)


@pytest.mark.parametrize("text", ["Prices rose by 4% in March and fell again in April.\n"])
def test_text_without_reported_speech_is_flagged(text):
    an = compare(texts=[text])
    assert an.claims == [] and an.relations == []
    assert [p.code for p in an.problems] == ["no_accounts"]


def test_statements_resolve_the_speakers_pronouns():
    from rashomon.pipeline.claims import resolve_pronouns

    assert resolve_pronouns("I had nothing to do with my ads", "Trump", direct=True) == (
        "Trump had nothing to do with Trump's ads"
    )
    assert resolve_pronouns("he learned it from the Border Patrol", "Hunter", direct=False) == (
        "Hunter learned it from the Border Patrol"
    )
    # reported speech keeps pronouns that are not the speaker's own subject
    assert resolve_pronouns("the police stopped him", "Hunter", direct=False) == "the police stopped him"


def test_reporters_however_sets_two_voices_of_one_side_against_each_other(hanoi_analysis):
    claims = {c.id: c for c in hanoi_analysis.claims}
    internal = [r for r in hanoi_analysis.relations if r.internal and r.label == "conflict"]
    assert internal, "the foreign minister and state media disagree about future talks"
    r = internal[0]
    quotes = claims[r.a].quote + " | " + claims[r.b].quote
    assert "hopeful" in quotes and "state media" in quotes and "however" in r.reason


def test_contrast_needs_a_different_speaker_just_before():
    from rashomon.model import Account, Span
    from rashomon.pipeline.relations import contrasted

    text = "Police said the driver sped away. But his family says he stopped. The family says he waved."
    spans = [(0, 33), (34, 66), (67, 93)]
    speakers = ["police", "family", "family"]
    accounts = [
        Account(id=f"a{i}", doc="d", kind="indirect", speaker=sp, sentence=Span(doc="d", start=a, end=b))
        for i, ((a, b), sp) in enumerate(zip(spans, speakers, strict=True))
    ]
    assert [text[a:b] for a, b in spans][1].startswith("But")
    assert contrasted(accounts, {"d": text}) == {"a1": ("police", "but")}


def test_a_concession_inside_one_sentence_sets_the_later_speaker_against_the_earlier():
    from rashomon.model import Account, Span
    from rashomon.pipeline.relations import contrasted

    text = (
        "The senator praised her decision to stay, over objections from unions that she should quit. "
        "Unions said she should quit. Aides said she will stay, as unions said she should quit."
    )

    def account(i: int, speaker: str, source: str, after: int = 0) -> Account:
        at = text.index(source, after)
        return Account(
            id=f"a{i}",
            doc="d",
            kind="indirect",
            speaker=speaker,
            source=Span(doc="d", start=at, end=at + len(source)),
            sentence=Span(doc="d", start=at, end=text.index(".", at)),
        )

    first = text.index("Unions")
    accounts = [
        account(0, "senator", "The senator"),
        account(1, "unions", "unions"),  # ", over objections from unions that ...": set against her
        account(2, "unions", "Unions", first),  # the next sentence: no concession
        account(3, "aides", "Aides"),
        account(4, "unions", "unions", text.index("as unions")),  # "as" is no concession
    ]
    assert contrasted(accounts, {"d": text}) == {"a1": ("senator", "over")}
    # "over" that gives a cause, or inside a word ("hand-over"), sets no one against anyone
    for text, later in (
        ("Officials said the talks collapsed, over demands from Iran that sanctions end first.", "Iran"),
        ("Smith said the hand-over would be calm and Jones said the hand-over would be on Friday.", "Jones"),
    ):
        accounts = [
            Account(
                id=f"b{i}",
                doc="d",
                kind="indirect",
                speaker=name,
                source=Span(doc="d", start=text.index(name), end=text.index(name) + len(name)),
                sentence=Span(doc="d", start=text.index(name), end=len(text)),
            )
            for i, name in enumerate([text.split()[0], later])
        ]
        assert contrasted(accounts, {"d": text}) == {}


def test_different_figures_of_one_kind_are_a_contrast(nlp):
    from rashomon.pipeline.claims import clause_info
    from rashomon.pipeline.nlp import parse
    from rashomon.pipeline.relations import _figure_contrast

    text = "The bridge will reopen in May.\nThe bridge will reopen in October.\nThe bridge will reopen this week.\n"
    parsed = parse(text, nlp)
    lines = [(m, m + len(line)) for m, line in zip([0, 31, 66], text.splitlines(), strict=True)]
    may, october, week = (clause_info(parsed, a, b) for a, b in lines)
    assert _figure_contrast(may, october) == ("may", "october")
    assert _figure_contrast(may, may) is None
    assert "DATE" not in week.figures  # "this week" names no day, month or year


def test_a_thing_one_side_says_is_not_there_and_the_other_tells_of_is_a_conflict(nlp):
    from rashomon.pipeline.claims import clause_info
    from rashomon.pipeline.nlp import parse
    from rashomon.pipeline.relations import _absent_thing

    lines = [
        "The northern valley does not have any reservoirs.",
        "The reservoirs were opened at dawn and flooded the farms.",
        "There were no casualties in the raid.",
        "The raid left casualties on both sides.",
        "There should be no reservoirs in the valley.",  # what ought to be, not what is
        "He has no doubt that the reservoirs leaked.",  # an idiom: it denies no thing
        "Engineers discussed the reservoirs' capacity.",  # a word that describes another
        "If there are no reservoirs by May, the farms will fail.",  # supposed, not said
        "He dismissed reports that there were no reservoirs.",  # a report turned down
        "The reservoirs of the northern dam were opened.",  # another thing's reservoirs
    ]
    text = "\n".join(lines) + "\n"
    parsed = parse(text, nlp)
    starts = [text.index(line) for line in lines]
    none_here, opened, no_casualties, casualties, ought, idiom, describes, supposed, turned_down, others = (
        clause_info(parsed, a, a + len(line)) for a, line in zip(starts, lines, strict=True)
    )
    assert _absent_thing(supposed, opened) is None
    assert _absent_thing(turned_down, opened) is None
    assert _absent_thing(none_here, others) is None
    assert _absent_thing(none_here, opened) == "reservoir"
    assert _absent_thing(opened, none_here) == "reservoir"
    assert _absent_thing(no_casualties, casualties) == "casualty"
    assert _absent_thing(ought, opened) is None
    assert _absent_thing(idiom, opened) is None
    assert _absent_thing(none_here, describes) is None


def test_the_same_figure_of_the_same_thing_from_two_sides_agrees():
    text = (
        "The ministry said households should use no more than 300 litres of water a day.\n\n"
        "The water board said each household should cap its daily water use at 300 litres.\n\n"
        "Police said two officers were hurt.\n\n"
        "Medics said two protesters were taken to hospital.\n"
    )
    an = compare(texts=[text])
    quotes = {c.id: c.quote for c in an.claims}
    agree = [r for r in an.relations if r.label == "agree" and r.reason.startswith("the same figure")]
    assert len(agree) == 1
    pair = " | ".join(sorted(quotes[x] for x in (agree[0].a, agree[0].b)))
    assert "no more than 300 litres" in pair and "at 300 litres" in pair


def test_counts_of_different_things_are_no_contrast(nlp):
    from rashomon.pipeline.claims import clause_info
    from rashomon.pipeline.nlp import parse
    from rashomon.pipeline.relations import _figure_contrast

    lines = [
        "The deal included the release of 219 girls.",
        "The deal included the release of 27 hostages.",
        "The deal included the release of 100 girls.",
    ]
    text = "\n".join(lines) + "\n"
    parsed = parse(text, nlp)
    starts = [text.index(line) for line in lines]
    girls, hostages, fewer = (clause_info(parsed, a, a + len(line)) for a, line in zip(starts, lines, strict=True))
    assert _figure_contrast(girls, hostages) is None  # 219 girls and 27 hostages: two different counts
    assert _figure_contrast(girls, fewer) == ("219", "100")


def test_the_day_something_was_said_is_no_figure_of_what_was_said(nlp):
    from rashomon.pipeline.claims import clause_info
    from rashomon.pipeline.nlp import parse

    lines = [
        "The league accused the activists on Tuesday of tolerating bigotry.",
        "The bridge will reopen on Tuesday.",
    ]
    text = "\n".join(lines) + "\n"
    parsed = parse(text, nlp)
    said, reopen = (clause_info(parsed, text.index(line), text.index(line) + len(line)) for line in lines)
    assert not [kind for kind in said.figures if kind.startswith("DATE")]
    assert reopen.figures.get("DATE reopen") == {"tuesday"}


def test_a_claim_answers_one_voice_of_a_party_that_says_the_same_twice():
    text = (
        "The driver's family said he never fired a shot at the officers.\n\n"
        "Police Chief Tom Reyes said the driver fired a shot at the officers before he was stopped.\n\n"
        "A police spokeswoman, Ann Cole, said the driver fired a shot at the officers first.\n"
    )
    an = compare(texts=[text], party_map={"Police": ["Tom Reyes", "Ann Cole"], "Family": ["family"]})
    claims = {c.id: c for c in an.claims}
    family = next(c for c in an.claims if c.quote.startswith("The driver's family"))
    police = {c.speaker for c in an.claims if c.party != family.party}
    assert len(police) == 2  # two voices of the police, one of the family
    against = [r for r in an.relations if family.id in (r.a, r.b) and r.label == "conflict"]
    assert len(against) == 1, "both police voices say the same: the family's denial answers one of them"
    other = claims[against[0].b if against[0].a == family.id else against[0].a]
    assert other.speaker in police and "fired a shot" in other.quote


def test_different_measures_of_one_request_do_not_agree():
    text = (
        "The mayor said the union was only asking for a partial refund of the fees.\n\n"
        "The union's lawyer, Maria Diaz, said the union had asked for more refunds of the fees.\n"
    )
    an = compare(texts=[text])
    claims = {c.id: c for c in an.claims}
    [rel] = [r for r in an.relations if {claims[r.a].speaker, claims[r.b].speaker} == {s.id for s in an.speakers}]
    assert rel.label == "compatible", "'partial' and 'more' measure the request differently; neither repeats the other"
    assert set(rel.evidence) == {"partial", "more"}


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Mayor Blames Union for Strike\n\nThe mayor said the strike was illegal.\n", "Mayor Blames Union for Strike"),
        ("Talks Fail\n\nBoth sides hopeful of a deal\n\nThe mayor said the talks failed.\n", None),
        ("The mayor said the strike was illegal.\n\nThe union disagreed.\n", ""),
        ("Mayor Blames Union\nThe mayor said the strike was illegal.\n", ""),  # no blank line: prose
        ("Mayor Blames Union for Strike", ""),  # the whole text is no headline of itself
    ],
)
def test_headline_block_is_the_display_lines_at_the_top(text, headline):
    from rashomon.pipeline.nlp import headline_end

    end = headline_end(text)
    if headline is None:  # headline and standfirst
        assert text[:end] == "Talks Fail\n\nBoth sides hopeful of a deal"
    else:
        assert text[:end] == headline


def test_a_headline_gives_no_account_no_speaker_and_is_not_compared():
    text = (
        "Union Boss Says Mayor Lied About Strike Pay\n\n"
        "The mayor said the city never cut the strikers' pay.\n\n"
        "The union's president, Ray Ortiz, said the city cut the strikers' pay in March.\n"
    )
    an = compare(texts=[text])
    head = text.index("\n")
    assert not [c for c in an.claims if c.start < head]
    assert not [a for a in an.accounts if a.sentence.start < head]
    assert all("Boss" not in s.name for s in an.speakers)
    assert [s.name for s in an.speakers] == ["The mayor", "Ray Ortiz"]
    assert any(r.label == "conflict" for r in an.relations), "the body's two accounts still clash"


def test_a_headline_written_as_a_sentence_is_read_like_the_body():
    text = (
        "A union leader denied reports in a local paper that the plant would close\n\n"
        "The company said the plant would close in June.\n"
    )
    an = compare(texts=[text])
    head = text.index("\n")
    denials = [a for a in an.accounts if a.sentence.start < head]
    assert [a.kind for a in denials] == ["denial"]
    assert "the plant would close" in text[denials[0].content[0].start : denials[0].content[0].end]
    assert any(c.start < head for c in an.claims if c.party is not None)


def test_a_headline_in_title_case_stays_out_even_after_a_sentence_case_body():
    from rashomon.pipeline.nlp import title_end

    text = "Union Leader Denies Plant Will Close\n\nA union leader denied it.\n"
    assert title_end(text) == text.index("\n")
    assert title_end("A union leader denied reports the plant will close\n\nThe company said so.\n") == 0


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("The report is false.", "false"),
        ("It is not true.", "false"),
        ("That was a pack of lies.", "false"),
        ("We stand by our reporting.", "true"),
        ("The story is accurate.", "true"),
        ("I have no idea whether the story is true.", "unsure"),
        ("The minister denied the allegations.", "false"),
        ("Lyin' Ted spoke in Ohio on Friday.", None),  # a nickname judges no report
        ("The bridge will reopen in May.", None),
        ("The scholars say it is true that the teaching calls for local solutions.", None),  # asserts, judges none
        ("The report says the mayor told his aide to lie to the auditors.", None),  # a person lying
        ("The senator is wrong about the tax cuts.", None),  # said of a person, not of a report
        ("We have seen no indication that any part of our story is inaccurate.", "true"),  # negated above
        ("Totally false!", "false"),  # a fragment
        # the parser hangs "claims" and "were false" side by side under "said"
        ('The governor said claims that farmers "ignore the law" were false and appalling.', "false"),
        # a clause of pretence says the opposite; one after a verb of seeming weighs the report
        ("Reporters keep repeating the rumours like they are true.", "false"),
        ("They treated the allegations as if they were accurate.", "false"),
        ("It looks like the report is true.", "true"),
        # a verdict given as what the speaker called the report
        ("She called the report a pack of lies.", "false"),
        ('The ministry has called his statements "categorically false."', "false"),
        ("He called the senator a liar.", None),  # said of a person
        # a negation above the verb doubts what is said under it, and two negations grant it
        ("There is no evidence that the report is true.", "false"),
        ("We have no reason to think that the story is not true.", "true"),
        ("The report is not true.", "false"),
        # a picture, a recording or a document judged genuine or fake is judged like a report
        ("The footage is genuine.", "true"),
        ("She insists the letter is real.", "true"),
        ("The photo was doctored.", "false"),
        ("The clip may be a hoax.", "false"),
        ("The memo is not authentic.", "false"),
        ("Nobody knows whether the recording is authentic.", "unsure"),
        # a negation of denying or doubting grants it; of confirming or saying leaves it open
        ("He did not deny the report is accurate.", "true"),
        ("She did not confirm that the report was accurate.", "unsure"),
        # what bears a report out, and what takes away its ground
        ("The ministry confirmed the report.", "true"),
        ("The lab verified the footage.", "true"),
        ("Officials could not confirm the report.", "unsure"),
        ("There is no truth to these rumors.", "false"),
        ("The allegations are without merit.", "false"),
        # what a suit or a charge is called when it is said to have no ground
        ("The claims are meritless.", "false"),
        ("Aides said the charges were frivolous.", "false"),
        ("The judge found no merit in the appeal.", None),
        ("The threat is real.", None),  # no picture, recording or report
        ("The rally was staged in a park.", None),
    ],
)
def test_a_clause_that_judges_a_report_has_a_verdict(nlp, sentence, verdict):
    assert _info(nlp, sentence).verdict == verdict


def test_sides_judging_one_report_share_a_question_and_clash_or_agree():
    text = (
        "The Daily Courier reported on Monday that the mayor had taken bribes from a developer.\n\n"
        '"We stand by our reporting," the Courier\'s editor, Ellen Marsh, said.\n\n'
        '"The whole thing is a pack of lies," Mayor Tom Bell said.\n\n'
        'A spokesman for the developer, Sam Ruiz, said the newspaper\'s story was "entirely false."\n'
    )
    parties = {"Courier": ["Courier", "Ellen Marsh"], "Mayor": ["Tom Bell"], "Developer": ["Sam Ruiz"]}
    an = compare(texts=[text], party_map=parties)
    claim = {c.id: c for c in an.claims}
    stand = next(c for c in an.claims if "stand by" in c.quote)
    lies = next(c for c in an.claims if c.quote.startswith("The whole thing"))
    false = next(c for c in an.claims if "entirely false" in c.quote)
    [aspect] = [a for a in an.aspects if stand.id in a.claims]
    assert {lies.id, false.id} <= set(aspect.claims)
    assert aspect.question.startswith("Is the ") and aspect.question.endswith(" true?")
    assert "<" not in aspect.label
    labels = {frozenset((claim[r.a].quote, claim[r.b].quote)): r for r in an.relations}
    clash = labels[frozenset((stand.quote, lies.quote))]
    assert clash.label == "conflict" and "stands by it" in clash.reason and "calls it false" in clash.reason
    assert labels[frozenset((lies.quote, false.quote))].label == "agree"  # mayor and developer: both call it false
    assert labels[frozenset((stand.quote, false.quote))].label == "conflict"


def test_the_same_action_told_in_active_and_passive_voice_does_not_clash():
    text = (
        "The sheriff said a warrant has been issued for the driver's arrest.\n\n"
        "The driver's lawyer, Nina Park, said the court issued a warrant for the driver's arrest.\n"
    )
    an = compare(texts=[text])
    claims = {c.id: c for c in an.claims}
    across = [r for r in an.relations if claims[r.a].party != claims[r.b].party]
    assert across, "the two accounts of the warrant are compared"
    assert all(r.label != "conflict" for r in across), [r.reason for r in across]


def test_a_report_a_claim_only_names_is_not_what_it_asserts():
    text = (
        "The mayor attacked the newspaper report that claimed the old bridge was unsafe for heavy trucks.\n\n"
        "The state engineer, Lisa Grant, said the old bridge was unsafe for heavy trucks.\n"
    )
    an = compare(texts=[text])
    [rel] = an.relations
    assert rel.label != "agree", "the mayor names the report's words, he does not say them"


def test_a_line_ending_in_a_colon_is_no_headline():
    from rashomon.pipeline.nlp import headline_end

    assert headline_end('The senator released a statement:\n\n"We will fight it."\n') == 0


@pytest.mark.parametrize(
    ("sentence", "rejects"),
    [
        ("The analyst said that neither of these was the real reason for the strike.", "neither of these"),
        ("None of those accounts is true, the auditor said.", "None of those accounts"),
        ("Neither explanation holds up, the historian said.", "Neither explanation"),
        ("Neither the mayor nor the union wanted a strike.", None),  # names its two: no anaphor
        ("Neither side gave ground on Tuesday.", None),  # a side is no version
        ("None of them were hurt, the fire chief said.", None),  # "them" is people here
    ],
)
def test_a_subject_that_turns_down_every_version_just_given(nlp, sentence, rejects):
    assert _info(nlp, sentence).rejects_all == rejects


def test_neither_of_these_clashes_with_both_versions_of_the_clash_before_it():
    text = (
        "Mayor Tom Bell said the strike began because the union demanded a pay rise of ten percent.\n\n"
        "The union's president, Ray Ortiz, said Bell's claim was false.\n\n"
        "Ortiz said the strike began because the city cut the night shift.\n\n"
        "The port's former director, Ana Ruiz, said that neither of these was the real cause.\n\n"
        "Ruiz said a new crane contract started the dispute.\n"
    )
    an = compare(texts=[text])  # "Bell's claim": a surname names the mayor's side
    claims = {c.id: c for c in an.claims}
    neither = next(c for c in an.claims if "neither of these" in c.quote)
    rebuttal = next(c for c in an.claims if "claim was false" in c.quote)
    [home] = [a for a in an.aspects if neither.id in a.claims]
    assert rebuttal.id in home.claims, "it answers the question the two versions clash over"
    against = [r for r in an.relations if neither.id in (r.a, r.b)]
    assert {r.label for r in against} == {"conflict"}
    others = {claims[r.b if r.a == neither.id else r.a].party for r in against}
    assert len(others) == 2 and neither.party not in others, "it turns down both sides' versions"
    assert all(r.reason.endswith("'neither of these'") for r in against)
    mayor = next(c for c in an.claims if c.quote.startswith("Mayor Tom Bell"))
    union = next(c for c in an.claims if c.quote.startswith("Ortiz said"))
    [causes] = [r for r in an.relations if {r.a, r.b} == {mayor.id, union.id}]
    assert causes.label == "conflict" and causes.reason.startswith("different causes for 'begin'")


def test_details_of_one_action_clash_only_when_they_say_where_or_how_it_went():
    drove = (
        "The driver's sister said the driver drove his car around the police cars.\n\n"
        "A police spokesman, Dan Cole, said the driver drove his car towards the police cars.\n"
    )
    rel = _the_relation_across(drove)
    assert rel.label == "conflict" and "around" in rel.reason and "towards" in rel.reason
    bail = (
        "The sheriff said the judge set bail for the driver at $50,000.\n\n"
        "The driver's lawyer, Nina Park, said the judge set the driver's bail for $50,000.\n"
    )
    an = compare(texts=[bail])
    assert an.relations and all(r.label != "conflict" for r in an.relations), [r.reason for r in an.relations]


def test_a_side_that_goes_at_another_by_name_clashes_with_it():
    text = (
        "Mayor Tom Bell said the city budget was balanced this year.\n\n"
        "The teachers' union, led by Ray Ortiz, accused Bell of hiding a deficit in the city budget.\n"
    )
    rel = _the_relation_across(text)
    assert rel.label == "conflict" and rel.reason == "goes at the other side: 'bell'"


def test_chapters_of_one_body_are_one_side():
    text = (
        "Farm Union members said the drought relief came too late.\n\n"
        "Anna Cole of the Iowa Farm Union said the relief was too small.\n\n"
        "Ben Ortiz of the Ohio Farm Union said the relief ignored dairy farms.\n\n"
        "Agriculture Secretary Dan Reyes said the relief reached every county.\n"
    )
    an = compare(texts=[text])
    party = {s.name: s.party for s in an.speakers}
    assert party["Anna Cole"] == party["Ben Ortiz"] == party["Farm Union members"]
    assert party["Dan Reyes"] != party["Anna Cole"]


def test_a_place_before_an_occupation_locates_the_person_and_makes_no_side():
    text = (
        "Colorado Attorney General John Suthers said the lawsuit was without merit.\n\n"
        "Brian Vale, a Colorado attorney and legalization advocate, said the challenge was political grandstanding.\n"
    )
    an = compare(texts=[text])
    party = {s.name: s.party for s in an.speakers}
    assert party["John Suthers"] != party["Brian Vale"]


def test_one_word_of_a_long_name_does_not_join_two_bodies():
    from rashomon.pipeline.parties import _org_match

    assert not _org_match("Marijuana", "Marijuana Policy Project")
    assert _org_match("Enquirer", "National Enquirer")  # the head word still names it
    assert _org_match("DHS", "Department of Homeland Security")  # initials
    assert _org_match("Trump", "Trump campaign")


def test_words_of_degree_do_not_set_one_action_against_itself():
    text = (
        "Senator Ann Cole said the scandal badly damaged the agency's reputation.\n\n"
        "Governor Tom Reyes said the scandal severely damaged the agency's reputation.\n"
    )
    an = compare(texts=[text])
    assert an.relations and all(r.label != "conflict" for r in an.relations), [r.reason for r in an.relations]


# two parties with one speaker each, for judging a pair of one-sentence claims (``_judged``)
TWO_SIDES = {"p0": ["Ann Lee"], "p1": ["Bo Hart"]}


def _judged(nlp, text_a: str, text_b: str, names: dict[str, list[str]], polarity: bool = False, sim: float = 0.45):
    """The relations stage's judgement of two one-sentence claims of two parties (``p0``, ``p1``);
    with ``polarity`` a claim with a negation is negative, as the claims stage makes it."""
    from rashomon.model import Claim
    from rashomon.pipeline.aspects import name_words
    from rashomon.pipeline.claims import clause_info
    from rashomon.pipeline.nlp import parse
    from rashomon.pipeline.relations import _Context, _judge

    text = f"{text_a}\n{text_b}"
    parsed = parse(text, nlp)
    spans = [(0, len(text_a)), (len(text_a) + 1, len(text))]
    claims = [
        Claim(id=f"c{k}", doc="d1", start=a, end=b, quote=text[a:b], party=f"p{k}", speaker=f"s{k}")
        for k, (a, b) in enumerate(spans)
    ]
    infos = {c.id: clause_info(parsed, c.start, c.end) for c in claims}
    if polarity:
        claims = [c.model_copy(update={"polarity": "negative" if infos[c.id].negated else "positive"}) for c in claims]
    ctx = _Context(infos, {}, names, {}, 0.4, 0.4, side_words=name_words(names))
    return _judge(claims[0], claims[1], sim, ctx, internal=False)


def test_different_particulars_clash_only_over_a_named_thing_that_is_no_side(nlp):
    def judged(text_a: str, text_b: str, names: dict[str, list[str]]) -> str:
        return _judged(nlp, text_a, text_b, names).reason

    a = "The Verno project would supply cheap power."
    b = "The Verno project would flood three villages."
    sides = {"p0": ["Paul Dorn"], "p1": ["Rita Lund"]}
    assert judged(a, b, sides).startswith("different accounts of the same point")
    # when "Verno" is the name of a side, sharing it says nothing about sharing a topic
    assert judged(a, b, {"p0": ["Paul Dorn"], "p1": ["Verno Farmers"]}) == "different details, no clash found"


def test_two_accounts_of_someone_lying_do_not_both_deny_anything():
    text = (
        "The auditor, Ruth Hale, said the mayor told his aide to lie about the budget.\n\n"
        "Council member Tom Reyes said the aide was told to lie about the budget.\n"
    )
    an = compare(texts=[text])
    assert an.relations and all(not (r.reason or "").startswith("both deny") for r in an.relations)


def test_the_names_of_the_sides_make_no_two_claims_alike(nlp):
    from rashomon.model import Claim
    from rashomon.pipeline.aspects import Similarity
    from rashomon.pipeline.claims import clause_info
    from rashomon.pipeline.nlp import parse

    first, second = "Nebraska wants the court to stop the sales.", "Nebraska has lost millions in taxes."
    text = f"{first}\n{second}"
    parsed = parse(text, nlp)
    spans = [(0, len(first)), (len(first) + 1, len(text))]
    claims = [Claim(id=f"c{k}", doc="d1", start=a, end=b, quote=text[a:b]) for k, (a, b) in enumerate(spans)]
    infos = {c.id: clause_info(parsed, c.start, c.end) for c in claims}
    assert Similarity(claims, infos, None, 0.0).lexical(0, 1) > 0  # the shared name alone makes them alike
    assert Similarity(claims, infos, None, 0.0, frozenset({"nebraska"})).lexical(0, 1) == 0


def test_a_persons_employer_office_and_own_self_join_that_persons_side():
    text = (
        "Governor Ann Cole said the report was wrong.\n\n"
        "Special prosecutor Dan Reyes said the report was accurate.\n\n"
        "Cole lawyer Ben Ortiz said the report had been leaked.\n\n"
        "The special prosecutor's office said it would not comment further.\n\n"
        "Cole herself said she would sue the newspaper.\n"
    )
    an = compare(texts=[text])
    party = {s.name: s.party for s in an.speakers}
    assert party["Ben Ortiz"] == party["Ann Cole"]  # "Cole lawyer": the tagger may miss the name
    office = next(s for s in an.speakers if "office" in s.name)
    assert office.party == party["Dan Reyes"]  # the office of the person titled so before
    assert not any("herself" in s.name for s in an.speakers)


def test_outcomes_that_exclude_each_other_clash():
    text = (
        "The police chief, Dan Cole, said the driver was armed when officers stopped the car.\n\n"
        "The driver's lawyer, Nina Park, said the driver was unarmed when officers stopped the car.\n"
    )
    rel = _the_relation_across(text)
    assert rel.label == "conflict" and rel.reason == "incompatible outcomes: armed vs unarmed"


def test_a_report_a_claim_only_relays_is_no_agreement_with_it():
    text = (
        "The mayor, Tom Bell, said media reports claim the council will close the old bridge in May.\n\n"
        "The state engineer, Lisa Grant, said the council will close the old bridge in May.\n"
    )
    an = compare(texts=[text])
    across = [r for r in an.relations if not r.internal]
    assert across and all(r.label != "agree" for r in across), [r.reason for r in across]


def test_two_voices_of_one_side_contradict_each_other_only_on_an_action_one_negates():
    parties = {"City": ["Tom Bell", "Ann Cole"], "Union": ["Rita Lund"]}
    clash = (
        "Mayor Tom Bell said the city will close the old bridge in May.\n\n"
        "Deputy Mayor Ann Cole said the city will not close the old bridge in May.\n\n"
        "Union leader Rita Lund said the bridge is safe.\n"
    )
    an = compare(texts=[clash], party_map=parties)
    assert any(r.internal and r.label == "conflict" for r in an.relations)
    repeat = (
        "“I understand it is a tough job, I understand that it was chaos,” Mayor Tom Bell said.\n\n"
        "“I understand it is a tough job, I understand that it was chaos, there was no reason to close "
        "the bridge,” Deputy Mayor Ann Cole said.\n\n"
        "Union leader Rita Lund said it was not a tough job and there was no chaos.\n"
    )
    an = compare(texts=[repeat], party_map=parties)
    assert not any(r.internal and r.label == "conflict" for r in an.relations), [r.reason for r in an.relations]


def test_what_a_speaker_did_not_say_or_dispute_is_no_claim_of_that_speaker():
    text = (
        "The harbour authority said the ferry left the dock two hours late.\n\n"
        "The ferry company did not dispute that the ferry left the dock two hours late. "
        "Its director never said that the crew was short-handed.\n"
    )
    an = compare(texts=[text])
    said = {c.quote for c in an.claims if c.party is not None}
    assert said == {"The harbour authority said the ferry left the dock two hours late"}, said


def test_a_side_takes_the_name_most_of_its_voices_give_not_one_members_office():
    text = (
        "The Harbour League said the new port would harm fishing.\n\n"
        "League president Ann Bell said the port plan was rushed.\n\n"
        "Tom Reed, director of the Harbour League's Paris office, said the league would sue.\n"
    )
    an = compare(texts=[text])
    [side] = [p for p in an.parties if p.speakers]
    assert side.name.removeprefix("The ") == "Harbour League", side.name


def test_a_lawmakers_party_and_state_tag_is_not_part_of_the_name():
    text = (
        "Reps. Ann Moss and Emanuel Reed said the vote was rushed.\n\n"
        "Reed, D-Mo., also said he was never shown the bill.\n"
    )
    an = compare(texts=[text])
    names = {s.name for s in an.speakers}
    assert not any("Mo" in n.split() or n.endswith(" D") for n in names), names
    assert _party_of(an, "Reed") == _party_of(an, "Ann Moss")


def test_the_place_of_a_bodys_office_is_no_side():
    text = (
        "The Harbour League said the new port would harm fishing.\n\n"
        "Tom Reed, director of the Harbour League's Washington office, said the league would sue.\n\n"
        "American officials said the port would bring jobs.\n"
    )
    an = compare(texts=[text])
    assert _party_of(an, "Tom Reed") == _party_of(an, "Harbour League")
    assert _party_of(an, "Tom Reed") != _party_of(an, "American officials")


@pytest.mark.parametrize(
    ("sentence", "attacks"),
    [
        ("Farm groups said the senators were lying about the subsidy.", "the senators"),
        ("The mayor lied about the budget, the auditor said.", "the mayor"),
        ("The report says the mayor directed his aide to lie to the auditors.", ""),  # a lie he asked for
        ("We never lied about the budget.", ""),
        ("They were not lying about the budget.", ""),
    ],
)
def test_a_claim_that_calls_someone_a_liar_goes_at_them(nlp, sentence, attacks):
    assert _info(nlp, sentence).attacks == attacks


def test_a_side_that_calls_the_bearers_of_a_title_liars_clashes_with_them():
    text = (
        "Sen. Ann Moss said some farmers were paid twice under the subsidy.\n\n"
        "Farm groups said the senator was lying about the subsidy.\n"
    )
    rel = _the_relation_across(text)
    assert rel.label == "conflict" and rel.reason == "goes at the other side: 'the senator'"


def test_words_at_one_end_of_a_scale_are_one_measure():
    text = (
        "Mayor Tom Bell said every school in the city will reopen in May.\n\n"
        "The teachers union said all schools in the city will reopen in May.\n"
    )
    rel = _the_relation_across(text)
    assert rel.label == "agree", rel.reason


def test_a_side_that_calls_his_statements_false_rebuts_the_side_that_spoke_last():
    text = (
        "Mayor Tom Bell said the new bridge was safe for heavy trucks.\n\n"
        'The state engineer has called his statements "plainly false."\n'
    )
    rel = _the_relation_across(text)
    assert rel.label == "conflict" and rel.reason.startswith("explicit rebuttal"), rel.reason


def test_a_side_that_laughs_off_anothers_announcement_rebuts_it_in_its_own_words():
    text = (
        "The ministry announced on Friday that a ceasefire deal with the rebels had been reached.\n\n"
        "The rebels laughed off the ministry's announcement, saying there is no such deal.\n"
    )
    an = compare(texts=[text])
    [rebels] = [c for c in an.claims if "laughed off" in c.quote]
    assert rebels.polarity == "negative", "their own words deny the deal; nothing turns them round"
    [rel] = [r for r in an.relations if not r.internal]
    assert rel.label == "conflict" and rel.reason.startswith("explicit rebuttal: denies"), rel.reason


def test_a_date_told_more_closely_is_the_same_date():
    text = (
        "The mayor said the bridge closed on April 14 after the storm.\n\n"
        "The union said the bridge closed in April after the storm.\n"
    )
    rel = _the_relation_across(text)
    assert rel.label == "agree", rel.reason


@pytest.mark.parametrize(
    ("first", "one", "other"),
    [
        # a verb two sides do with each other
        (
            "Israel and Hamas agreed to a truce on Monday, saying the fighting would stop.",
            "Israeli officials",
            "Barhoum",
        ),
        # a plain report aimed at no one
        ("Israel and Hamas said on Monday that the truce would hold.", "Israeli officials", "Barhoum"),
        # "both"
        ("North Korea and the US both said on Friday that talks would continue.", "American officials", "North Korean"),
    ],
)
def test_counterparts_named_together_stay_two_sides(first, one, other):
    text = (
        f"{first}\n\n"
        "Israeli officials said the truce was fragile.\n\n"
        "Hamas spokesman Fawzi Barhoum said the blockade must end.\n\n"
        "American officials said the talks had failed over sanctions.\n\n"
        "North Korean officials said the US walked away.\n"
    )
    an = compare(texts=[text])
    assert _party_of(an, one) != _party_of(an, other)


def test_allies_named_together_make_one_side():
    suit = (
        "Kenya and Uganda asked the court to halt the dam, saying the river is drying up.\n\n"
        "Kenyan Water Minister Ann Moss said the dam breaks a treaty.\n\n"
        "Uganda's farm ministry said farmers had lost their crops.\n"
    )
    an = compare(texts=[suit])
    assert _party_of(an, "Ann Moss") == _party_of(an, "farm ministry")


def test_a_side_is_named_for_its_country_before_an_office_on_a_tie():
    text = (
        "The dam lies on the border of Kenya and Uganda.\n\n"
        "Kenyan Water Minister Ann Moss said the dam breaks a treaty.\n\n"
        "Uganda's farm ministry said crops failed.\n"
    )
    an = compare(texts=[text])
    assert {p.name for p in an.parties if p.speakers} == {"Kenya", "Uganda"}


def test_a_body_named_with_a_country_of_its_own_is_not_the_last_body_of_that_kind():
    text = (
        "Russia's defense ministry said on Sunday that its forces had not targeted civilians in Kharkiv.\n\n"
        "Ukrainian President Volodymyr Zelensky said Russian troops shelled a hospital in the city overnight.\n\n"
        "Kremlin spokesman Dmitry Peskov said the claims were lies spread by Kyiv.\n\n"
        "Ukraine's foreign ministry said Moscow was lying about the attack.\n"
    )
    an = compare(texts=[text])
    assert _party_of(an, "foreign ministry") == _party_of(an, "Zelensky") != _party_of(an, "defense ministry")
    # the seat of a government speaks for it
    assert _party_of(an, "Peskov") == _party_of(an, "defense ministry")


def test_a_country_side_goes_by_its_capital():
    text = (
        "Russia's defense ministry said its forces had not attacked the port of Odesa on Sunday.\n\n"
        "Ukraine's foreign ministry said Moscow was lying about the attack on the port of Odesa.\n"
    )
    rel = _the_relation_across(text)
    assert rel.label == "conflict" and rel.reason == "goes at the other side: 'moscow'", rel.reason


def test_words_reported_on_both_sides_of_a_cue_are_one_claim():
    text = "Mr. Lee spoke on Monday.\n\nThe new plan, he said, will fail within a year because nobody funds it.\n"
    an = compare(texts=[text])
    quotes = [c.quote for c in an.claims if c.level == "clause"]
    assert "The new plan, he said, will fail within a year because nobody funds it" in quotes
    assert "The new plan" not in quotes


def test_claims_left_out_of_every_question_pair_up_across_sides_at_a_lower_bar():
    import numpy as np

    from rashomon.model import Claim
    from rashomon.pipeline.aspects import align
    from rashomon.pipeline.claims import ClauseInfo

    # a close pair of two sides (cosine 0.9), a pair of two sides below the bar (0.27 of 0.3) that
    # nothing else draws in, and a pair of one side as faint
    vectors = np.array(
        [
            [1, 0, 0, 0, 0, 0],
            [0.9, 0.436, 0, 0, 0, 0],
            [0, 0, 1, 0, 0, 0],
            [0, 0, 0.27, 0.963, 0, 0],
            [0, 0, 0, 0, 1, 0],
            [0, 0, 0, 0, 0.27, 0.963],
        ]
    )
    parties = ["a", "b", "a", "b", "a", "a"]
    claims = [
        Claim(id=f"c{k}", doc="d1", start=10 * k, end=10 * k + 5, quote="x", party=p, speaker=p)
        for k, p in enumerate(parties)
    ]
    infos = {c.id: ClauseInfo(lemmas=[], subjects=[], verbs=[], negated=False, words=[]) for c in claims}
    aspects, _ = align(claims, infos, vectors, threshold=0.3, embed_weight=1.0)
    grouped = sorted(sorted(a.claims) for a in aspects)
    assert ["c0", "c1"] in grouped
    assert any({"c2", "c3"} <= set(g) for g in grouped)
    assert not any(set(g) == {"c4", "c5"} for g in grouped), "one side alone makes no question"


def test_in_a_short_report_a_claim_joins_its_nearest_question_at_a_lower_bar_loosely():
    from rashomon.api import compare

    # four claims: the ferry answers what the toll does, in other words, and joins its question;
    # the weather shares nothing with it and stays out
    an = compare(
        texts=[
            "Ann Lee said the new bridge toll is too high.\n\n"
            "Maria Lopez said the new bridge toll is fair.\n\n"
            "Cy Diaz said many drivers will take the ferry instead.\n\n"
            "Di Eton said the weather in spring was mild and wet.\n"
        ]
    )
    quotes = {c.id: c.quote for c in an.claims}
    grouped = [{quotes[c] for c in a.claims} for a in an.aspects]
    assert any(any("ferry" in q for q in g) and any("toll" in q for q in g) for g in grouped)
    assert not any("weather" in q for g in grouped for q in g)
    # it is shown with the question, loosely: judged against no one, and no word of the question
    ferry = next(c.id for c in an.claims if "ferry" in c.quote)
    assert any(ferry in a.loose for a in an.aspects)
    assert not any(ferry in (r.a, r.b) for r in an.relations)
    assert all("ferry" not in a.question.lower() for a in an.aspects)


def test_a_short_report_where_no_question_formed_makes_none_up():
    from rashomon.api import compare

    # two sides' claims that share a word and nothing else answer no one question
    an = compare(
        texts=[
            "Mayor Tom Hale said the city will hire 200 new police officers.\n\n"
            "Councilwoman Ana Ruiz said the city library will stay open on Sundays.\n"
        ]
    )
    assert len(an.claims) == 2
    assert an.aspects == [] and an.relations == []


def test_a_chain_of_close_claims_is_cut_into_questions_of_at_most_a_dozen():
    import numpy as np

    from rashomon.model import Claim
    from rashomon.pipeline.aspects import align
    from rashomon.pipeline.claims import ClauseInfo

    # thirty claims of two sides, each close to the next one (cosine 0.8) and drifting away from
    # the first: linked one after another they would make one question of thirty
    angles = [0.2 * k for k in range(30)]
    vectors = np.array([[np.cos(t), np.sin(t)] for t in angles])
    claims = [
        Claim(id=f"c{k}", doc="d1", start=10 * k, end=10 * k + 5, quote="x", party="ab"[k % 2], speaker="ab"[k % 2])
        for k in range(30)
    ]
    infos = {c.id: ClauseInfo(lemmas=[], subjects=[], verbs=[], negated=False, words=[]) for c in claims}
    aspects, _ = align(claims, infos, vectors, threshold=0.3, embed_weight=1.0)
    assert aspects and max(len(a.claims) for a in aspects) <= 12
    assert sum(len(a.claims) for a in aspects) >= 24, "the claims still answer questions"


def test_both_sides_thinking_something_is_no_agreement_and_no_clash_over_who_thinks():
    from rashomon.api import compare

    an = compare(
        texts=[
            "Nebraska officials said they think the drug flows across the border every week.\n\n"
            "Colorado officials said they think the drug stays inside the state every week.\n"
        ]
    )
    assert an.relations, "the two accounts answer one question"
    assert not any(r.label == "agree" for r in an.relations)
    assert not any("think" in r.reason for r in an.relations)


def test_who_was_acted_on_is_no_agent_of_the_act(nlp):
    # "different agents" is a clash of who did it: the subject of a passive suffered it
    assert _info(nlp, "His client, a veteran of the FBI, was fired on Friday.").subjects == []
    assert _info(nlp, "The FBI fired his client on Friday.").subjects == ["the fbi"]


def test_an_open_question_neither_agrees_nor_clashes_with_the_answer(nlp):
    text = (
        "HOST: Senator, will you accept the result of the election?\n\n"
        "REYES: We will accept the result of the election.\n\n"
        "MORALES: Don't you know the count was rigged?\n\n"
        "REYES: The count was not rigged.\n"
    )
    an = compare(texts=[text])
    asked = {c.id for c in an.claims if "will you accept" in c.quote}
    assert asked
    assert not [r for r in an.relations if {r.a, r.b} & asked and r.label in {"agree", "conflict"}]
    # a negative question is rhetorical: it asserts that the count was rigged, which the answer denies
    [rigged] = [c for c in an.claims if "Don't you know" in c.quote]
    assert rigged.polarity == "positive"
    assert [r.label for r in an.relations if rigged.id in {r.a, r.b}] == ["conflict"]
    assert _info(nlp, "Will you accept the result?").question
    assert not _info(nlp, "Don't you know the girls have converted?").question


def test_one_thing_said_to_be_two_different_things_is_no_agreement():
    rel = _the_relation_across(
        "Ann Lee said the new bridge toll is too high.\n\nMaria Lopez said the new bridge toll is fair.\n"
    )
    assert rel.label != "agree"
    assert "toll" in rel.reason


def test_a_rough_figure_and_a_close_exact_one_are_one_figure():
    from rashomon.pipeline.relations import _roughly

    assert _roughly("something like 17,000", "17,761")
    assert _roughly("17,000", "17,761")  # a round figure
    assert not _roughly("53,000", "44,053")  # too far apart
    assert not _roughly("2014", "2015")  # neither is rough
    rel = _the_relation_across(
        "The auditors said the clerk sent 17,761 emails to the rival firm.\n\n"
        "The clerk's lawyer said he sent something like 17,000 emails to the rival firm.\n"
    )
    assert not rel.reason.startswith("different figures")


def test_a_report_laughed_off_clashes_with_the_side_that_gives_it():
    rel = _the_relation_across(
        "The ministry laughed off claims that the dam had leaked.\n\nFarmers said the dam had leaked for years.\n"
    )
    assert rel.label == "conflict"


def test_believing_or_saying_is_no_point_to_take_opposite_sides_of():
    # the clash is over the toll; that one "believes" and the other does "not believe" is no part of it
    rel = _the_relation_across(
        'Mayor Ann Lee said: "We don\'t believe that will be the effect of the toll."\n\n'
        'Governor Bo Hart said: "I believe in the golden rule of the toll."\n'
    )
    assert "toll" in rel.reason and "believe" not in rel.reason


def test_two_bare_objects_of_different_acts_are_no_paraphrases():
    text = "The mayor held a press conference to explain the toll.\n\nDrivers spoke out against the toll.\n"
    an = compare(texts=[text])
    assert not [r for r in an.relations if r.label == "agree" and r.reason.startswith("near paraphrases")]


def test_a_date_that_names_which_thing_is_no_figure_of_the_claim(nlp):
    assert not _info(nlp, "Her 2014 federal tax rate was high.").figures
    assert _info(nlp, "The talks began in 2014.").figures == {"DATE begin": {"2014"}}


def test_dates_of_different_events_are_no_clash(nlp):
    issued = _info(nlp, "The governor issued the order on Friday.").figures
    begins = _info(nlp, "The order will begin in January.").figures
    assert not set(issued) & set(begins)
    assert set(_info(nlp, "The order was issued in March.").figures) == set(issued)


def test_a_forecast_and_the_outcome_are_two_figures(nlp):
    forecast = _info(nlp, "Economists had predicted that employers would add 900,000 jobs.").figures
    outcome = _info(nlp, "Employers added 266,000 jobs in April.").figures
    assert not set(forecast) & set(outcome)
    assert set(_info(nlp, "Analysts expected 700,000 jobs.").figures) == set(forecast)


def test_a_negation_bears_on_its_own_phrase_not_on_a_reason_beside_it(nlp):
    info = _info(nlp, "Because farmers have complained about the dam, we are not surprised by the lawsuit.")
    assert "surprised" in info.negated_scope or "surprise" in info.negated_scope
    assert "lawsuit" in info.negated_scope
    assert not {"farmer", "dam", "complain"} & info.negated_scope
    assert {"proof", "racist"} <= _info(nlp, "There was no proof of racist behavior at the rally.").negated_scope


def test_opposite_polarity_needs_the_negation_to_bear_on_what_both_say():
    text = (
        'The city said: "Because neighboring farmers have complained about water from the dam coming into their '
        'fields, we are not surprised by the lawsuit."\n\n'
        "The lawsuit says water from the dam flows into neighboring fields, ruining the farmers' crops.\n"
    )
    an = compare(texts=[text])
    assert not [r for r in an.relations if r.reason.startswith("opposite polarity")]


def test_words_of_amount_clash_only_over_one_thing():
    measured_apart = _the_relation_across(
        "Lawmakers said some demonstrators at the rally shouted racial slurs.\n\n"
        "The league called on all people at the rally to reject racial slurs.\n"
    )
    assert measured_apart.label != "conflict"
    one_thing = _the_relation_across(
        "Police said some protesters threw stones during the march.\n\n"
        "The union said all protesters stayed peaceful during the march.\n"
    )
    assert one_thing.reason.startswith("contrasting quantities")


def test_only_where_an_action_went_is_a_detail_that_can_clash(nlp):
    assert _info(nlp, "The truck drove towards the crowd.").modifiers["drive"] == {"towards"}
    # a topic, a concession, a frame of law: no place the action went
    assert not _info(nlp, "Despite the ban, the shops remain open under state law.").modifiers.get("remain")
    assert not _info(nlp, "Nobody knows about the deal.").modifiers.get("know")


def test_knowing_or_finding_is_no_shared_point_to_agree_on():
    rel = _the_relation_across(
        "Senators asked what the inspector's team knows about the contract.\n\n"
        "The inspector's statement adds confusion over what his team knows in the inquiry.\n"
    )
    assert rel.label != "agree"


def test_not_knowing_two_different_things_is_no_agreement(nlp):
    pair = _judged(
        nlp,
        "I don't know where the minister will be or what he will be doing.",
        "He did not know whether the king and the premier had talked before the interview.",
        {"p0": ["Ann Lee"], "p1": ["Bo Hart"]},
    )
    assert pair.label != "agree"


def test_a_question_asked_in_two_pieces_asserts_neither_piece():
    # "Is it true" is no verdict that the report is true: the whole is a question the justice asked
    text = (
        "\u201cIs it true,\u201d Chief Justice Ana Roberts asked the lawyer, \u201cthat the report on pay was wrong?\u201d\n\n"
        "Justice Ruth Ginsburg said the report on pay was false.\n"
    )
    an = compare(texts=[text])
    assert an.relations and all(r.label == "compatible" for r in an.relations)


def test_a_noun_and_a_verb_of_one_spelling_are_no_shared_point():
    text = (
        '"We take no issue with the Farm Party movement," league president Ann Lee said.\n\n'
        "The Farm Party said Tuesday that its movement had issued its own resolution.\n"
    )
    an = compare(texts=[text])
    assert an.relations and not [r for r in an.relations if r.reason.startswith("opposite polarity on issue")]


@pytest.mark.parametrize(
    ("sentence", "verb", "phrase"),
    [
        ("The farmers expressed concern about the dam.", "express", "expressed concern"),
        ("The council opposed the new tax.", "oppose", "opposed the new tax"),
        ("The minister had resigned.", "resign", "has resigned"),
        ("The dam was approved in May.", "approve", "was approved"),
    ],
)
def test_an_act_is_worded_for_a_question_with_what_it_acted_on(nlp, sentence, verb, phrase):
    assert _info(nlp, sentence).phrases[verb] == phrase


def test_a_participle_that_works_as_a_preposition_names_no_act(nlp):
    # "Given that": no question "Who given?"
    assert "give" not in _info(nlp, "Given that, the plan was weak.").phrases


@pytest.mark.parametrize(
    ("affirms", "negates"),
    [
        (
            "Acme dropped its plan and will abandon a deal to build a plant in Ohio.",
            "Acme will not build a plant in Ohio.",
        ),
        (
            "The rule has been misconstrued as a licence to evict tenants.",
            "The rule does not let landlords evict tenants.",
        ),
    ],
)
def test_what_a_verb_of_reversal_governs_is_not_affirmed(nlp, affirms, negates):
    assert _judged(nlp, affirms, negates, TWO_SIDES, polarity=True).label != "conflict"
    # without the verb of reversal, the same words are affirmed and the negation clashes with them
    plain = affirms.replace("dropped its plan and will abandon a deal to", "will").replace(
        "has been misconstrued as a licence to", "lets landlords"
    )
    assert _judged(nlp, plain, negates, TWO_SIDES, polarity=True).label == "conflict"


def test_a_noun_of_reversal_governs_like_its_verb(nlp):
    negates = "The mayor will not meet the strikers."
    refusal = _judged(nlp, "Her refusal to meet the strikers angered the union.", negates, TWO_SIDES, polarity=True)
    decision = _judged(nlp, "Her decision to meet the strikers angered the union.", negates, TWO_SIDES, polarity=True)
    assert refusal.label != "conflict"
    assert decision.label == "conflict"


@pytest.mark.parametrize(
    "text",
    [
        "This is not the first time the council has closed the shelter.",
        "The council has not only closed the shelter but sold it.",
        "It was not just the shelter that the council closed.",
        # a lessening denied: the record stands
        "That does not take anything away from her record of service.",
        "The audit does not diminish her record of service.",
    ],
)
def test_a_not_that_denies_only_a_restriction_is_no_negation(nlp, text):
    assert not _info(nlp, text).negated
    assert _info(nlp, "The council has not closed the shelter.").negated


def test_one_act_done_to_two_different_things_is_no_clash_of_polarity(nlp):
    never = "He says Dole never received a correct invoice."
    assert not _judged(nlp, never, "Dole received a warm welcome.", TWO_SIDES, polarity=True).reason.startswith(
        "opposite"
    )
    assert _judged(nlp, never, "Dole received a correct invoice.", TWO_SIDES, polarity=True).reason.startswith(
        "opposite"
    )

    # a word for any thing in the claim that says no, or for every thing in the one that says yes,
    # is the other's thing among them; not the other way round
    for neg, pos in [
        ("He says Dole never received anything.", "Dole received a correct invoice."),
        ("He says Dole did not receive the invoice.", "Dole received everything."),
        ("He says Dole received nothing.", "Dole received a correct invoice."),
    ]:
        assert _judged(nlp, neg, pos, TWO_SIDES, polarity=True).reason.startswith("opposite"), neg
    for neg, pos in [
        ("He says Dole did not receive everything.", "Dole received a correct invoice."),
        ("He says Dole did not receive the invoice.", "Dole received something."),
    ]:
        assert not _judged(nlp, neg, pos, TWO_SIDES, polarity=True).reason.startswith("opposite"), neg


def test_a_refused_act_and_a_wanted_one_do_not_agree(nlp):
    wanted = "Hart wants Acme to release them."
    assert _judged(nlp, "Acme refused to release them.", wanted, TWO_SIDES).label != "agree"
    assert _judged(nlp, "Acme will release them.", wanted, TWO_SIDES).label == "agree"


def test_a_cue_of_refusal_turns_down_what_it_reports():
    text = "Acme has refused to release the recordings. Dole says he wants Acme to release the recordings."
    an = compare(texts=[text])
    assert an.relations and all(r.reason != "both say 'release recording'" for r in an.relations), [
        r.reason for r in an.relations
    ]
    text = text.replace("has refused", "has promised")
    assert any(r.reason == "both say 'release recording'" for r in compare(texts=[text]).relations)


def test_a_word_that_only_rounds_a_figure_is_no_measure(nlp):
    rounded = "More than 40 homes were flooded by the river."
    drained = "Fewer homes were flooded than in the last storm."
    assert not _judged(nlp, rounded, drained, TWO_SIDES).reason.startswith("contrasting quantities")
    assert _judged(nlp, "More homes were flooded by the river.", drained, TWO_SIDES).reason.startswith(
        "contrasting quantities"
    )


def test_a_participle_that_only_qualifies_a_noun_is_no_action(nlp):
    info = _info(nlp, "The aides reviewed the talking points and the leaked memo.")
    assert "review" in info.frames
    assert not {"talk", "leak"} & set(info.frames)
    assert not {"talk", "leak"} & set(info.verbs)


def test_what_a_report_named_by_a_noun_says_is_named_not_affirmed(nlp):
    # "a report claiming X", "the claim that X": the claim names the report
    # where the claim disputes it or names a statement that does
    info = _info(nlp, "He welcomed a statement disputing a report claiming the mayor took bribes.")
    assert {"take", "bribe"} <= info.named_report
    assert {"take", "bribe"} <= _info(nlp, "He rejected the claim that the mayor took bribes.").named_report
    # one who confirms, echoes or cites it asserts it
    for said in (
        "Officials confirmed reports that the mayor took bribes.",
        "The minister cited a study showing that the mayor took bribes.",
    ):
        assert not {"take", "bribe"} & _info(nlp, said).named_report, said
    # "the report claimed that X" makes the claim with the verb: X is what it says
    assert not {"take", "bribe"} & _info(nlp, "The Courier's report claimed that the mayor took bribes.").named_report


def test_a_claim_naming_a_report_is_not_set_against_a_denial_of_what_the_report_says(nlp):
    b = "Bo Hart said the mayor did not take bribes."
    a = "Ann Lee said she appreciates the statement disputing parts of a report claiming the mayor took bribes."
    assert _judged(nlp, a, b, TWO_SIDES, polarity=True).label != "conflict"
    # one who confirms the report clashes with the denial
    a = "Ann Lee confirmed reports that the mayor took bribes."
    assert _judged(nlp, a, b, TWO_SIDES, polarity=True).label == "conflict"
    # while the report itself is
    a = "Ann Lee's report claimed that the mayor took bribes."
    assert _judged(nlp, a, b, TWO_SIDES, polarity=True).label == "conflict"


def test_an_allegation_that_is_its_own_accounts_noun_clashes_with_its_rejection():
    # "allegations by farmers that X": the farmers' account, which the ministry rejects
    text = "The ministry has rejected allegations by farmers in the valley that the ministry opened the dam.\n"
    rel = _the_relation_across(text)
    assert rel.label == "conflict"


def test_a_time_clause_after_the_main_one_is_background_the_claim_does_not_assert(nlp):
    info = _info(nlp, "The mayor is leaving the panel, after most members refused to attend.")
    assert not info.negated
    assert "attend" in info.reported and "attend" not in info.asserted
    # the same negation in the main clause is the claim's own
    assert _info(nlp, "Most members refused to attend, and the mayor did not attend either.").negated


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Republican debate was cancelled on Monday.", "The Republican candidates agreed to attend early on."),
        ("The mill will close its doors next year.", "Its workers will be retrained next year."),
    ],
)
def test_a_nationality_party_or_date_both_name_is_no_point_of_different_accounts(nlp, a, b):
    assert not _judged(nlp, a, b, TWO_SIDES).reason.startswith("different accounts of the same point")


def test_a_negation_in_a_relative_clause_on_a_noun_of_the_claim_describes_the_noun(nlp):
    info = _info(nlp, "The airline acted after complaints from passengers who did not want to sit near strangers.")
    assert not info.negated
    assert _info(nlp, "The airline did not act on the complaints.").negated


def test_a_claim_that_lies_inside_a_relative_clause_keeps_its_negation(nlp):
    from rashomon.pipeline.claims import clause_info
    from rashomon.pipeline.nlp import parse

    text = "The senator, who said the plant was not safe, left early."
    a = text.index("the plant")
    b = text.index(", left")
    assert clause_info(parse(text, nlp), a, b).negated


def test_two_sides_answering_each_other_in_one_paragraph_group_more_readily():
    import numpy as np

    from rashomon.model import Claim
    from rashomon.pipeline.aspects import align
    from rashomon.pipeline.claims import ClauseInfo

    # two sides' claims a little below the bar (cosine 0.2 of 0.3): together when they stand side
    # by side in one paragraph, apart when paragraphs lie between them or the text has no layout
    first, second = "The mayor said the plan works.", "The union said the opposite."
    filler = "\n\nThe weather was mild.\n\nA parade went by.\n\n"
    vectors = np.array([[1, 0], [0.2, 0.98]])
    infos = {c: ClauseInfo(lemmas=[], subjects=[], verbs=[], negated=False, words=[]) for c in ("c0", "c1")}

    def grouped(text: str, b_start: int) -> bool:
        claims = [
            Claim(id="c0", doc="d1", start=0, end=len(first), quote=first, party="a", speaker="a"),
            Claim(id="c1", doc="d1", start=b_start, end=b_start + len(second), quote=second, party="b", speaker="b"),
        ]
        aspects, _ = align(claims, infos, vectors, threshold=0.3, embed_weight=1.0, texts={"d1": text})
        return any({"c0", "c1"} <= set(a.claims) for a in aspects)

    together = f"{first} {second}{filler}"
    assert grouped(together, len(first) + 1)
    apart = f"{first}{filler}{second}"
    assert not grouped(apart, apart.index(second))
    flat = together.replace("\n", " ")
    assert not grouped(flat, len(first) + 1), "one long line says nothing of what goes together"


def test_a_condition_supposes_and_neither_agrees_nor_clashes():
    text = (
        "The auditor, Ruth Hale, said the mayor tells the staff how to spend the grant money.\n\n"
        '"If the mayor tells the staff how to spend the grant money," Tom Reyes said, "the staff have no say."\n'
    )
    an = compare(texts=[text])
    claims = {c.quote: c for c in an.claims}
    condition = claims["If the mayor tells the staff how to spend the grant money"]
    pairs = [r for r in an.relations if condition.id in (r.a, r.b)]
    assert pairs and all(r.label == "compatible" and r.reason == "one of them only supposes" for r in pairs)


def test_denying_the_claim_just_reported_rebuts_it():
    text = (
        "Dams opened near the border\n\n"
        "Local officials say hundreds of residents were forced to flee after the utility opened the gates of "
        "several dams.\n\n"
        'The utility has denied the claim as "entirely false."\n'
    )
    an = compare(texts=[text])
    [rel] = [r for r in an.relations if r.label == "conflict"]
    assert rel.reason == "explicit rebuttal: denies the claim"
    # a report the denied clause only speaks of is no report denied
    text = (
        "Tabloid story draws fire\n\n"
        "The senator said the tabloid's story was planted by a rival campaign.\n\n"
        "A spokesman for the publisher denied that the story had been influenced by anyone.\n"
    )
    an = compare(texts=[text])
    assert not any((r.reason or "").startswith("explicit rebuttal: denies the") for r in an.relations)


def test_a_why_question_takes_its_point_for_granted_and_a_condition_keeps_its_negation():
    text = (
        "Blurred faces\n\n"
        "Mediaite wrote that the faces of the students are blurred out.\n\n"
        'The DNC said: "If it was not a party tracker, why is the face blurred?"\n'
    )
    an = compare(texts=[text])
    dnc = next(c for c in an.claims if c.quote.startswith("The DNC said"))
    assert dnc.polarity == "positive"  # the "not" is in the condition, not in what is asked
    assert not any(r.reason == "one of them only asks" for r in an.relations if dnc.id in (r.a, r.b))


def test_a_claim_rebutted_outright_keeps_its_rebuttal_when_the_rebutter_answered_another_voice_more_closely():
    from rashomon.model import Claim, Relation
    from rashomon.pipeline.relations import _one_voice_per_party

    def claim(cid: str, party: str, speaker: str) -> Claim:
        return Claim(id=cid, doc="d1", start=0, end=1, quote="x", party=party, speaker=speaker)

    claims = {c.id: c for c in (claim("x", "q", "s-x"), claim("z", "q", "s-z"), claim("a", "p", "s-a"))}

    def rel(b: str, score: float, rebuttal: bool) -> Relation:
        return Relation(
            a="a", b=b, label="conflict", aspect="q1", reason="r", score=score, rebuttal_by="a" if rebuttal else None
        )

    kept = _one_voice_per_party([rel("x", 0.1, True), rel("z", 0.3, True)], claims)
    assert {r.b for r in kept} == {"x", "z"}
    # a clash that is no rebuttal still answers one voice of the other side only
    kept = _one_voice_per_party([rel("x", 0.1, False), rel("z", 0.3, False)], claims)
    assert {r.b for r in kept} == {"z"}


def test_one_speaker_who_says_a_thing_and_its_opposite_contradicts_themself():
    text = (
        "In 2019, Mayor Ann Cole said she had voted for the dam.\n\n"
        "The builders said the dam was safe.\n\n"
        "On Monday, Cole said she had never voted for the dam.\n"
    )
    an = compare(texts=[text])
    quotes = {c.id: c.quote for c in an.claims}
    own = [r for r in an.relations if r.internal and r.label == "conflict"]
    assert [(quotes[r.a], quotes[r.b]) for r in own] == [
        ("Mayor Ann Cole said she had voted for the dam", "Cole said she had never voted for the dam")
    ]
    # saying it twice is no contradiction
    an = compare(texts=[text.replace("had never voted", "had voted")])
    assert not [r for r in an.relations if r.internal]


def test_a_negation_inside_what_a_report_is_said_to_imply_is_not_the_claims(nlp):
    info = _info(nlp, "The story distorts the mayor's record by implying that she did not vote for the dam.")
    assert not info.negated
    assert {"vote", "dam"} <= info.reported
    assert _info(nlp, "The mayor did not vote for the dam.").negated


def test_two_sides_that_say_one_thing_is_not_so_agree(nlp):
    a = "The man arrested on Friday was not the owner of the boat."
    b = "Dole is not the vessel's owner."
    pair = _judged(nlp, a, b, TWO_SIDES, polarity=True)
    assert (pair.label, pair.reason) == ("agree", "both say it is not so: owner")
    # one that says it is so does not agree
    assert _judged(nlp, a, "Dole is the vessel's owner.", TWO_SIDES, polarity=True).label != "agree"


def test_one_act_done_by_two_different_doers_is_no_clash_of_polarity(nlp):
    never = "Ruritania will not pay for the fence."
    assert not _judged(nlp, never, "He should pay for the fence.", TWO_SIDES, polarity=True).reason.startswith(
        "opposite"
    )
    assert _judged(nlp, never, "Ruritania will pay for the fence.", TWO_SIDES, polarity=True).reason.startswith(
        "opposite"
    )
    # an act whose doer one of them leaves unnamed can still be what they clash over
    assert _judged(nlp, never, "The fence will be paid for.", TWO_SIDES, polarity=True).label == "conflict"


def test_a_speaker_who_doubts_what_they_report_stands_against_one_who_asserts_it():
    text = (
        "Fire chief Ana Ruiz said lightning started the blaze in the hills.\n\n"
        "The state forestry agency has raised doubts about whether lightning started the blaze.\n"
    )
    an = compare(texts=[text])
    [doubt] = [c for c in an.claims if "doubts" in c.quote]
    assert doubt.polarity == "negative"
    assert [r.label for r in an.relations if not r.internal] == ["conflict"]
    # questioning whether it happened, or doubting that it did, is doubting it too
    for cue in ("questioned whether", "doubts that"):
        other = text.replace("has raised doubts about whether", cue)
        [c] = [c for c in compare(texts=[other]).claims if "agency" in c.quote]
        assert c.polarity == "negative", cue
    # a plain report of the same words grants them
    plain = text.replace("has raised doubts about whether", "said")
    [c] = [c for c in compare(texts=[plain]).claims if "agency" in c.quote]
    assert c.polarity == "positive"


def test_a_predicate_that_carries_its_own_not_makes_the_claim_negative(nlp):
    assert _info(nlp, "The blast was unrelated to the pipeline.").negated
    assert _info(nlp, "Spiders are unable to burrow under the skin.").negated
    assert "pipeline" in _info(nlp, "The blast was unrelated to the pipeline.").negated_scope
    assert not _info(nlp, "The blast was related to the pipeline.").negated


def test_a_not_on_a_predicate_that_carries_its_own_not_says_yes(nlp):
    assert not _info(nlp, "It is not impossible that the rock came from space.").negated
    assert not _info(nlp, "The blast was not unrelated to the pipeline.").negated
    assert _info(nlp, "It is not possible that the rock came from space.").negated


def test_two_sides_that_both_say_one_thing_is_not_so_agree():
    text = (
        "The space agency said the crater in Lorvik was unrelated to the comet Vela.\n\n"
        "Dr. Ivo Marr, an adviser to the Lorvik government, said the blast in Lorvik had nothing to do "
        "with the comet.\n\n"
        "Local officials said the rock in Lorvik may be a piece of the comet Vela.\n"
    )
    an = compare(texts=[text])
    [agency] = [c.id for c in an.claims if "agency" in c.quote]
    [marr] = [c.id for c in an.claims if "Marr" in c.quote]
    [officials] = [c.id for c in an.claims if "officials" in c.quote]
    label = {frozenset((r.a, r.b)): r.label for r in an.relations}
    assert label[frozenset((agency, marr))] == "agree"  # both deny the link
    assert label[frozenset((agency, officials))] == "conflict"


def test_a_pronoun_object_may_be_the_name_the_other_side_gives():
    text = (
        "Ivo Marr's family has always denied rumors linking him to Vexaleaks.\n\n"
        "Blogger Tom Reyes claimed a police source confirmed Marr was linked to Vexaleaks.\n"
    )
    an = compare(texts=[text])
    assert [r.label for r in an.relations if not r.internal] == ["conflict"]


def test_figures_of_two_different_things_do_not_clash():
    # a size of the rock and a size of the crater, a count of houses and one of people: two
    # measures, not two tellings of one
    text = (
        "Ana Ruiz of the space agency said the meteorite was about 3 feet wide.\n\n"
        "Bo Hart, an adviser to the city, said a 39-foot-wide crater was found near the airport.\n"
    )
    an = compare(texts=[text])
    assert an.relations and not any(r.reason.startswith("different figures") for r in an.relations)
    text = text.replace("the meteorite was about 3 feet wide", "the crater was 12 meters wide")
    text = text.replace("a 39-foot-wide crater was found near the airport", "the crater was 39 meters wide")
    assert any(r.reason.startswith("different figures") for r in compare(texts=[text]).relations)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # "more" grades "difficult", "lower" names a court: two measures of two things
        ("The ruling would make class actions more difficult.", "Lower court decisions on class actions were wrong."),
        # "sometimes" tells how often one act happens, "always" another
        ("The city sometimes pays for the repairs.", "The city has always opposed paying for the repairs."),
        # "part of the budget" and "all of the schools": parts of two wholes
        ("The repairs are part of the budget.", "All of the schools need repairs."),
    ],
)
def test_words_of_amount_that_measure_different_things_do_not_clash(nlp, one, other):
    assert not _judged(nlp, one, other, TWO_SIDES).reason.startswith("contrasting quantities")


def test_words_of_amount_that_measure_one_thing_clash(nlp):
    judged = _judged(nlp, "The group wanted only partial relief.", "The group wanted full relief.", TWO_SIDES)
    assert judged.reason.startswith("contrasting quantities")


def test_a_figure_that_says_what_it_measures_still_clashes_with_one_that_does_not():
    text = (
        "Ana Ruiz of the police said there is a $25,000 reward.\n\n"
        "Bo Hart, an adviser to the city, said the reward was $20,000.\n"
    )
    assert any(r.reason.startswith("different figures") for r in compare(texts=[text]).relations)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # two named bodies, each with an offer of its own
        ("The Ruiz Foundation is offering a reward of $5,000 for tips.", "Acme Corp offered a $3,000 reward for tips."),
        # the doer of "issue" is the subject of the verb that governs it
        ("The Ruiz Foundation is offering a reward of $5,000.", "Acme Corp has decided to issue a $3,000 reward."),
        # a passive act with its agent
        ("A reward of $5,000 was offered by the Ruiz Foundation.", "Acme Corp offered a $3,000 reward for tips."),
        # a name of one word
        ("Vexaleaks offered a $20,000 reward for tips.", "The Ruiz Foundation is offering a reward of $25,000."),
    ],
)
def test_figures_of_two_named_doers_are_two_acts_not_a_clash_or_an_agreement(nlp, one, other):
    judged = _judged(nlp, one, other, TWO_SIDES)
    assert judged.label == "compatible"
    assert judged.reason.startswith("two acts of two doers")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # one doer, two figures
        ("Acme Corp is offering a reward of $5,000 for tips.", "Acme Corp offered a $3,000 reward."),
        # a figure in the subject has no doer: a count against a count
        ("Rescuers saved 18 people from the river.", "40 people were saved from the river."),
        # common nouns may be one doer under two words
        ("Police arrested 30 protesters on Monday.", "Officers arrested 12 protesters on Monday."),
        # a date beside the act is nobody's figure
        ("The storm hit the coast on May 5.", "The hurricane hit the coast on May 7."),
    ],
)
def test_figures_of_one_doer_or_of_none_still_clash(nlp, one, other):
    assert _judged(nlp, one, other, TWO_SIDES).reason.startswith("different figures")


def test_a_clause_that_only_describes_a_thing_is_no_shared_act(nlp):
    from rashomon.pipeline.claims import clause_info
    from rashomon.pipeline.nlp import parse

    text = "The county gave money for information that leads to an arrest."
    info = clause_info(parse(text, nlp), 0, len(text))
    assert info.describing == {"lead"}
    # what the two rewards are for is no act both report: no "both say 'lead to'"
    judged = _judged(
        nlp,
        "The county gave money for information that leads to an arrest.",
        "The union wants a fund for tips that lead to an arrest.",
        TWO_SIDES,
    )
    assert "lead" not in judged.reason
    # an act one of them asserts is still one both tell
    judged = _judged(
        nlp, "The rebels fired rockets that hit a school in the city.", "Rockets hit a school in the city.", TWO_SIDES
    )
    assert judged.label == "agree"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "The governor said the law protects children born in the state.",
            "The union said children born in the state deserve better schools.",
        ),
        (
            "The mayor wants an order to end aid for families born in Freedonia.",
            "The court ruled that families born in Freedonia get aid under the charter.",
        ),
    ],
)
def test_a_participle_that_only_describes_who_is_meant_is_no_shared_act_nor_topic(nlp, one, other):
    # "children born in the state" names whom each speaks of, wherever the phrase stands: neither
    # "both say 'bear in'" nor "different accounts of the same point" for a name inside it
    judged = _judged(nlp, one, other, TWO_SIDES)
    assert judged.label == "compatible", judged.reason


def test_each_participle_of_a_pair_describes_and_the_pair_can_still_agree(nlp):
    from rashomon.pipeline.claims import clause_info
    from rashomon.pipeline.nlp import parse

    text = "The charter says that all persons born or naturalized here are citizens."
    info = clause_info(parse(text, nlp), 0, len(text))
    assert {"bear", "naturalize"} <= info.describing
    judged = _judged(nlp, text, "The court held that persons born or naturalized here are citizens.", TWO_SIDES)
    assert judged.label == "agree" and "naturalize" not in judged.reason


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Some senators called the idea of Ortiz replacing the chief intriguing.", "Ortiz replaced the chief in May."),
        ("The union raised the possibility of workers striking in May.", "Workers struck in May."),
        ("Officials fear the prospect of the virus spreading to the city.", "The virus spread to the city on Monday."),
    ],
)
def test_an_act_a_noun_of_supposing_only_weighs_is_not_told(nlp, one, other):
    from rashomon.pipeline.claims import clause_info
    from rashomon.pipeline.nlp import parse

    info = clause_info(parse(one, nlp), 0, len(one))
    assert info.weighed  # the act inside "the idea of ...", "the possibility of ..."
    assert _judged(nlp, one, other, TWO_SIDES).label == "compatible"
    # the act told outright still is one both tell
    told = one.replace("the idea of Ortiz replacing", "Ortiz for replacing").replace("the possibility of", "")
    if told != one:
        assert clause_info(parse(told, nlp), 0, len(told)).weighed == set()


@pytest.mark.parametrize(
    ("one", "other", "label"),
    [
        # the sentence's own verb, not an act a noun weighs
        ("The risk of flooding is rising.", "The risk of flooding is not rising.", "conflict"),
        # a noun of supposing denied denies the act
        ("There is no chance of the levy passing.", "The levy will pass the council.", "conflict"),
        # a threat to act is made, not supposed
        ("The mayor's threat to fire the chief was real.", "The mayor threatened to fire the chief.", "agree"),
        # a stand on the idea is a stand on the act
        ("She embraced the idea of raising fares.", "We will raise fares next year.", "agree"),
    ],
)
def test_a_noun_of_supposing_denied_threatened_or_taken_a_side_on_is_no_open_act(nlp, one, other, label):
    assert _judged(nlp, one, other, TWO_SIDES, polarity=True).label == label


def test_close_accounts_of_opposite_polarity_that_share_no_word_clash(nlp):
    # "censor" is a verb in one and "censorship" a noun in the other: no shared word to weigh
    negates, affirms = "We do not censor anyone.", "Critics called the company's censorship illegal."
    judged = _judged(nlp, negates, affirms, TWO_SIDES, polarity=True)
    assert judged.label == "conflict"
    assert judged.reason.startswith("opposite polarity: one account negates")
    # not when the two are far apart, nor when both affirm
    assert _judged(nlp, negates, affirms, TWO_SIDES, polarity=True, sim=0.3).label == "compatible"
    assert _judged(nlp, "We review every post by hand.", affirms, TWO_SIDES, polarity=True).label == "compatible"
    # nor when what the negative one negates is nowhere in the other, under any form
    judged = _judged(nlp, "Freedonia is not a circus.", "This is how Freedonia should be.", TWO_SIDES, polarity=True)
    assert judged.label == "compatible"


def test_a_denial_and_a_negation_of_one_act_agree(nlp):
    # "denied having met" (the denial is the cue) and "had never met": both say it is not so
    text = (
        "Filmmaker Ray Dunn strongly denied staging any of his films or having met Tom Bell before the exchange.\n\n"
        "Tom Bell, a retired welder, said he had never met Dunn before he was handed the money.\n"
    )
    relations = compare(texts=[text]).relations
    assert [(r.label, r.reason) for r in relations] == [("agree", "both say it is not so: meet")]
    # what the denial governs inside a claim counts too, and a denial itself negated denies nothing
    from rashomon.pipeline.claims import _denied_scope
    from rashomon.pipeline.nlp import parse

    for sentence, scope in [
        ("The mayor, who denied closing the bridge, spoke on Monday.", {"close", "bridge"}),
        ("The mayor denied closing the road or having sold the bridge.", {"close", "road", "sell", "bridge"}),
        ("The mayor did not deny closing the bridge.", set()),
    ]:
        tokens = list(parse(sentence, nlp).sentences[0].span)
        assert _denied_scope(tokens) == scope


def test_a_question_about_one_thing_asks_whether_it_happened(nlp):
    from rashomon.pipeline.aspects import _one_subject, _yes_no
    from rashomon.pipeline.claims import clause_info
    from rashomon.pipeline.nlp import parse

    def asked(one, other, verb):
        infos = [clause_info(parse(t, nlp), 0, len(t)) for t in (one, other)]
        return _one_subject(infos, verb)

    closed = asked("The bridge was closed by the city.", "The bridge was closed last week.", "close")
    assert _yes_no("was closed", closed) == "Was the bridge closed?"
    files = asked("The files were destroyed in March.", "Aides insist the files were destroyed.", "destroy")
    assert _yes_no("was destroyed", files) == "Were the files destroyed?"
    paid = asked("Acme Corp has paid the fine.", "Acme Corp has paid the fine in full.", "pay")
    assert _yes_no("has paid the fine", paid) == "Has Acme Corp paid the fine?"
    # no yes-or-no question where the subjects differ, where one claim tells the act actively,
    # where the subject is no thing of its own, or in another tense
    for one, other, verb in [
        ("Mr. Lee was fired from the firm.", "The Koreans were fired from the firm.", "fire"),
        ("Lee was fired.", "Lee fired his aide.", "fire"),
        ("His lawyer was fired.", "His lawyer was fired on Monday.", "fire"),
        ("Smith and Jones were fired.", "Smith and Jones were fired on Monday.", "fire"),
        ("None of the files were destroyed.", "None of the files were destroyed in March.", "destroy"),
        ("The bridge will be closed.", "The bridge will be closed in May.", "close"),
    ]:
        assert asked(one, other, verb) is None, one


def test_a_denial_of_the_allegations_does_not_clash_with_a_claim_that_only_speaks_of_them():
    text = (
        "Judge faces misconduct allegations\n\n"
        "The judge's campaign denied the misconduct allegations against him.\n\n"
        "Several senators called on the judge to step aside if the misconduct allegations against him are true.\n"
    )
    an = compare(texts=[text])
    assert len({c.party for c in an.claims if c.party}) == 2
    assert [r.label for r in an.relations if not r.internal] == ["compatible"]
    # the account that makes the allegations is still what the denial turns down
    text = (
        "Judge faces misconduct allegations\n\n"
        "A former clerk said the judge had committed misconduct in his chambers.\n\n"
        "The judge's campaign denied the misconduct allegations against him.\n"
    )
    [rel] = [r for r in compare(texts=[text]).relations if r.label == "conflict"]
    assert rel.reason == "explicit rebuttal: denies the allegations"


def test_the_allegations_a_denial_turns_down_are_made_by_an_account_that_does_not_itself_name_them():
    text = (
        "Mayor accused\n\n"
        "A former aide said the mayor had pressured her to destroy city records.\n\n"
        "A council member said she found the allegations in the story disturbing.\n\n"
        "The mayor's office denied the allegations.\n"
    )
    an = compare(texts=[text])
    quote = {c.id: c.quote for c in an.claims}
    [rel] = [r for r in an.relations if r.label == "conflict"]
    assert {quote[rel.a], quote[rel.b]} == {
        "A former aide said the mayor had pressured her to destroy city records",
        "The mayor's office denied the allegations",
    }


def test_an_account_that_calls_the_allegations_true_is_what_their_denial_turns_down():
    text = (
        "Mayor accused\n\n"
        "A former aide said the allegations against the mayor were true and that he had pressured her "
        "to destroy records.\n\n"
        "The mayor's office denied the allegations.\n"
    )
    assert [r.reason for r in compare(texts=[text]).relations if r.label == "conflict"] == [
        "explicit rebuttal: denies the allegations"
    ]
    # and what a report is of stays a point when the claim vouches for the report
    text = "Vote count\n\nThe county clerk said the claims of fraud were credible.\n\nState officials said there was no fraud.\n"
    assert [r.label for r in compare(texts=[text]).relations if not r.internal] == ["conflict"]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor vows to fight state takeover of schools\n\nThe governor said the district had failed students. "
        "Mayor Lena Ortiz said the city would sue.\n",
        "Speech draws praise from senator\n\nThe senator said it was moving. The lawyer said it was long.\n",
    ],
)
def test_a_bare_title_in_a_sentence_case_headline_speaks_for_no_one_below(text):
    an = compare(texts=[text])
    names = {s.id: s.name for s in an.speakers}
    head = text.index("\n")
    assert all(a.sentence.start > head for a in an.accounts)
    assert {names[a.speaker] for a in an.accounts} <= {"The governor", "Lena Ortiz", "The senator", "The lawyer"}
    assert len({a.speaker for a in an.accounts}) == len(an.accounts)


def test_a_plural_speaker_of_a_sentence_case_headline_is_kept():
    text = "Police say gunman acted alone in mall attack\n\nThe shooter was 22, officials said.\n"
    an = compare(texts=[text])
    names = {s.id: s.name for s in an.speakers}
    assert "Police" in {names[a.speaker] for a in an.accounts}


def test_a_one_word_answer_is_a_claim_spanning_the_question_it_answers():
    text = 'Asked if the budget had kept her from adding guards, Lamb said: "No."\n'
    [claim] = compare(texts=[text]).claims
    assert claim.quote == 'Asked if the budget had kept her from adding guards, Lamb said: "No."'


@pytest.mark.parametrize("text", ["Reports said the mayor had resigned.\n\nHe denied it.\n", "Jones confirmed it.\n"])
def test_a_pronoun_alone_reported_makes_no_claim(text):
    claims = compare(texts=[text]).claims
    assert not any(c.quote.endswith(" it") for c in claims)


def test_one_word_quoted_is_a_claim():
    [claim] = compare(texts=['"Disgraceful," Sen. Ann Cole said of the decision.\n']).claims
    assert claim.quote.startswith('"Disgraceful,"')


def test_two_sides_that_condemn_one_thing_agree(nlp):
    three = {"p0": ["Ann Lee"], "p1": ["Bo Hart"], "p2": ["Cal Voss"]}
    # one goes at it with a verb of attack, the other calls it offensive: both condemn Voss's remarks
    pair = _judged(nlp, "Lee denounced Voss's remarks about nurses.", "Voss's remarks were offensive.", three, True)
    assert (pair.label, pair.reason) == ("agree", "both condemn it: remark")
    # a thing both call a disgrace, named by no one
    pair = _judged(nlp, "The new toll is a disgrace.", "The toll was reckless, the council said.", three, True)
    assert pair.label == "agree"
    # one that says it was not offensive does not condemn it
    pair = _judged(nlp, "Lee denounced Voss's remarks about nurses.", "Voss's remarks were not offensive.", three, True)
    assert pair.label != "agree"
    # two plans of two people, each attacked by one side: no one thing condemned
    pair = _judged(nlp, "Lee denounced the plan of Cal Voss.", "Hart blasted the plan of Kim Dunn.", three, True)
    assert pair.label != "agree"
    pair = _judged(nlp, "Lee denounced the plan of Cal Voss.", "Hart blasted the plan of Voss.", three, True)
    assert (pair.label, pair.reason) == ("agree", "both condemn it: plan")
    # what each goes at is the head of the phrase: Dunn's critics are not Dunn
    pair = _judged(nlp, "Lee blasted the critics of Dunn.", "Hart criticized Dunn.", three, True)
    assert pair.label != "agree"
    # "it" names no one thing
    assert "condemn" not in _judged(nlp, "The union condemned it.", "The governor condemned it.", three, True).reason
    # going at the other side itself is still a clash
    three["p1"].append("Hart")
    pair = _judged(nlp, "Lee condemned Hart's remarks.", "The toll was reckless.", three, True)
    assert pair.label == "conflict"


def test_a_word_of_judgement_on_what_a_thing_is_said_to_be_is_a_stand_on_the_thing(nlp):
    from rashomon.pipeline.claims import stands_on

    # "a bad deal", "a good idea", "a reasonable one": said of the subject, they judge it
    assert stands_on(_info(nlp, "Trump's offer was a bad deal.")) == (set(), {"offer"})
    assert stands_on(_info(nlp, "The plan is a good idea.")) == ({"plan"}, set())
    assert stands_on(_info(nlp, "The offer was a reasonable one.")) == ({"offer"}, set())
    # not where the judgement is denied, nor where the plain word describes no subject
    assert stands_on(_info(nlp, "The plan is not a good idea.")) == (set(), set())
    assert stands_on(_info(nlp, "They drove through bad weather.")) == (set(), set())
    # nor where it is all but denied, or judges a thing of its own
    for neither in (
        "The offer was hardly a bad deal.",
        "The offer was no bad deal.",
        "The strike was a terrible necessity.",
        "The strike was a terrible sacrifice but a necessary one.",
    ):
        assert stands_on(_info(nlp, neither)) == (set(), set()), neither


@pytest.mark.parametrize(
    ("other", "label", "reason"),
    [
        # turning a thing down and calling it bad agree; calling it reasonable clashes
        ("Senator Cole said the offer was a bad deal.", "agree", "both stand against it: offer"),
        (
            "Senator Cole said the offer was a reasonable one.",
            "conflict",
            "one backs what the other stands against: offer",
        ),
    ],
)
def test_a_thing_turned_down_is_what_the_one_who_rejects_it_stands_against(other, label, reason):
    text = (
        "President Lane offered to extend the permits in exchange for the fence.\n\n"
        f"Democrats rejected the offer on Saturday.\n\n{other}\n"
    )
    rel = _the_relation_across(text)
    assert (rel.label, rel.reason) == (label, reason)


@pytest.mark.parametrize(
    ("rejected", "judged", "same"),
    [
        # two bills named after two parties are two things, whatever each side thinks of its own
        ("the Democratic bill", "the Republican bill", False),
        # one owner named twice, or named once only: one thing
        ("the Democratic bill", "the Democratic bill", True),
        ("the Democratic bill", "the bill", True),
    ],
)
def test_two_things_of_one_name_are_one_thing_only_when_no_two_owners_are_named(rejected, judged, same):
    text = (
        "The Senate debated the budget for a week.\n\n"
        f"Republicans rejected {rejected} on Saturday.\n\nSenator Cole said {judged} was a bad deal.\n"
    )
    rel = _the_relation_across(text)
    assert rel.reason.startswith("both stand against it") == same, rel.reason


def test_rejecting_what_was_said_is_a_denial_not_a_stand(nlp):
    # "rejected the allegations" denies a report; it takes no stand on a thing
    text = "Mayor Lane said the report was accurate.\n\nThe council rejected the allegations on Monday.\n"
    rel = _the_relation_across(text)
    assert rel.reason.startswith("explicit rebuttal")


def test_one_side_backing_what_another_condemns_clash(nlp):
    three = {"p0": ["Ann Lee"], "p1": ["Bo Hart"], "p2": ["Cal Voss"]}
    back = "I support the new toll, Lee said."
    # a verb of backing against a verb of opposing, or a thing called disturbing in a small clause
    for against in ("Hart opposes the new toll.", "Hart said he finds the new toll disturbing."):
        pair = _judged(nlp, back, against, three, True)
        assert (pair.label, pair.reason) == ("conflict", "one backs what the other stands against: toll"), against
    # one that will not back it stands against it; one that calls it fair backs it
    pair = _judged(nlp, "The new toll is fair.", "Hart does not support the new toll.", three, True)
    assert pair.label == "conflict"
    # backing two different things is no clash
    assert "backs" not in _judged(nlp, back, "Hart opposes the new bridge.", three, True).reason
    # one who calls it not fair backs nothing
    assert "backs" not in _judged(nlp, "The toll is not fair.", "Hart opposes the toll.", three, True).reason
    # nor one who backs it only inside another's clause, hedged, asked, by no one or of one's own
    for neither in (
        "No one supports the new toll.",
        "Lee declined to endorse the new toll.",
        "Lee criticized those who defend the new toll.",
        "The new toll may be legal.",
        "The court must decide whether the new toll is legal.",
        "The new toll is legal but wrong.",
        "The beams support the new toll booth.",
    ):
        assert "backs" not in _judged(nlp, neither, "Hart opposes the new toll.", three, True).reason, neither
    assert (
        "backs" not in _judged(nlp, "Lee will defend her title.", "Hart says the title is absurd.", three, True).reason
    )


def test_one_side_saying_someone_goes_and_another_that_they_stay_clash(nlp):
    go = "Party leaders urged Dana Pryce to step aside from the race."
    pair = _judged(nlp, go, "Pryce pledged to stay in the race.", TWO_SIDES, True)
    assert (pair.label, pair.reason) == ("conflict", "incompatible outcomes: leave vs stay")
    # a negated or refused leaving is staying; so is having no plans to leave
    for stay in ("Pryce said she will not drop out.", "Pryce refused to step down.", "Pryce has no plans to quit."):
        assert _judged(nlp, go, stay, TWO_SIDES, True).label == "conflict", stay
    # two sides that both say she should go agree, in other words
    pair = _judged(nlp, go, "Pryce should exit the race, the governor said.", TWO_SIDES, True)
    assert (pair.label, pair.reason) == ("agree", "both say: leave")
    # where both name people and no one in common, they speak of two people's posts
    assert _judged(nlp, go, "Governor Olin Marsh vowed to stay in office.", TWO_SIDES, True).label == "compatible"
    # "step" alone, without "down" or "aside", leaves nothing
    assert "leave" not in _judged(nlp, go, "Pryce stepped onto the stage.", TWO_SIDES, True).reason
    # two people named as the ones who go or stay are two questions
    pair = _judged(nlp, "The mayor should step down.", "The police chief will stay on.", TWO_SIDES, True)
    assert "leave" not in pair.reason


@pytest.mark.parametrize(
    "sentence, said",
    [
        ("Pryce has no plans to resign.", "stay"),
        ("Pryce refused to step down.", "stay"),
        ("Pryce should give up her bid.", "leave"),
        ("The country will pull out of the accord.", "leave"),
        # leaving something that is no post, race or pact
        ("He will withdraw money from the bank.", None),
        ("She had quit smoking.", None),
        ("They gave up their weapons.", None),
        ("He resigned himself to defeat.", None),
        ("Concerns remain.", None),
        # a negation that is not on the leaving, and an open question, say neither
        ("Nobody is asking him to resign.", None),
        ("He did not say whether he would resign.", None),
        # ... while a denied or forced leaving is still staying
        ("Pryce denied that she would resign.", "stay"),
        ("Pryce will not be forced to resign.", "stay"),
        ("Pryce quit the party.", "leave"),
        # staying with nothing after it, said of a person, not of a thing
        ("Pryce said she will stay.", "stay"),
        ("Prices will stay high.", None),
        # a place that is no post, race or pact
        ("We will stay in contact with the families.", None),
        ("The suspect will remain in jail.", None),
        ("Pryce stepped down from the stage.", None),
        ("Pryce will remain in the race.", "stay"),
        ("Pryce resigned from the council.", "leave"),
        # a time, a reason or a manner is no place
        ("Pryce resigned in protest.", "leave"),
        ("Pryce will step down at the end of the month.", "leave"),
        ("Pryce vowed to remain in power.", "stay"),
        # one use of the verb that says where does not silence another that says which post
        ("Pryce will stay in the race and stay in contact with voters.", "stay"),
    ],
)
def test_what_a_claim_says_of_someone_going_or_staying(nlp, sentence, said):
    from rashomon.pipeline.claims import goes_or_stays

    assert goes_or_stays(_info(nlp, sentence)) == said


def test_sides_saying_someone_goes_or_stays_share_a_question_in_other_words():
    text = (
        "Governor Dana Pryce faced calls to quit on Tuesday.\n\n"
        "The state party chairman, Omar Falk, said Pryce should step aside for the good of the state.\n\n"
        '"I am not going anywhere. I will remain in office," Pryce said.\n\n'
        "Senator Lena Ortiz said the governor ought to resign before the vote.\n"
    )
    an = compare(texts=[text])
    claim = {c.id: c for c in an.claims}
    aside = next(c for c in an.claims if "step aside" in c.quote)
    remain = next(c for c in an.claims if "remain in office" in c.quote)
    resign = next(c for c in an.claims if "resign" in c.quote)
    [aspect] = [a for a in an.aspects if aside.id in a.claims]
    assert {remain.id, resign.id} <= set(aspect.claims)
    assert aspect.label == "leave or stay" and "<" not in aspect.question
    labels = {frozenset((claim[r.a].quote, claim[r.b].quote)): r.label for r in an.relations}
    assert labels[frozenset((aside.quote, remain.quote))] == "conflict"
    assert labels[frozenset((aside.quote, resign.quote))] == "agree"


def test_sides_judging_a_recording_genuine_or_fake_share_a_question_and_clash():
    text = (
        "A recording of the mayor went viral on Sunday.\n\n"
        "City Hall spokesman Ron Tate said the recording was doctored by opponents.\n\n"
        'Blogger Mia Lund, who posted it, said: "The tape is genuine. I stand by every second of it."\n'
    )
    an = compare(texts=[text])
    claim = {c.id: c for c in an.claims}
    fake = next(c for c in an.claims if "doctored" in c.quote)
    real = next(c for c in an.claims if "genuine" in c.quote)
    [aspect] = [a for a in an.aspects if fake.id in a.claims]
    assert real.id in aspect.claims
    assert aspect.question in {"Is the recording authentic?", "Is the tape authentic?"}
    [rel] = [r for r in an.relations if {claim[r.a].id, claim[r.b].id} == {fake.id, real.id}]
    assert rel.label == "conflict"


def test_an_apology_grants_what_the_other_side_condemns_and_a_refusal_stands_against_it(nlp):
    three = {"p0": ["Ann Lee"], "p1": ["Bo Hart"], "p2": ["Cal Voss"]}
    condemn = "Voss's remarks about nurses were offensive."
    pair = _judged(nlp, "Voss apologized for the remarks.", condemn, three, True)
    assert (pair.label, pair.reason) == ("agree", "one apologizes for what the other condemns")
    pair = _judged(nlp, "Voss offered no apology for the remarks.", condemn, three, True)
    assert (pair.label, pair.reason) == ("conflict", "one will not apologize for what the other condemns")
    # an apology by someone else, for something else, named apart; sorrow for victims; a demand
    # an apology for "the remark" is one for what "her comments" are called
    pair = _judged(nlp, "Voss apologized for the remark.", "Her comments were offensive.", three, True)
    assert pair.label == "agree"
    for other in ("Dunn apologized to the players.", "I feel sorry for the victims.", "Nurses demanded an apology."):
        assert "apologize" not in _judged(nlp, other, condemn, three, True).reason, other


@pytest.mark.parametrize(
    "sentence, done_by, charged",
    [
        ("The clerk said Lyle took the money from the fund.", {"lyle"}, set()),
        ("Lyle had hidden the ledgers.", {"lyle"}, set()),
        ("She said Lyle did sign the contract.", {"lyle"}, set()),
        ("Lyle won the election by a wide margin.", {"lyle"}, set()),
        # a deed told as done to someone is a charge
        ("She said Lyle locked her in the office.", {"lyle"}, {"lyle"}),
        # a deed not told as done: negated, none done, supposed, only possible, done to him, words
        ("Lyle never took the money.", set(), set()),
        ("She said Lyle took no money from the fund.", set(), set()),
        ("If Lyle took the money, he should go.", set(), set()),
        ("Lyle would take the money.", set(), set()),
        ("Lyle was paid by the fund.", set(), set()),
        ("Lyle said the fund was safe.", set(), set()),
        # a charge names the one charged, when it is made
        ("The board accused Lyle of theft.", set(), {"lyle"}),
        ("Lyle was charged with fraud by prosecutors.", set(), {"lyle"}),
        ("The board did not accuse Lyle of anything.", set(), set()),
        ("Greene refused to accuse Lyle of wrongdoing.", set(), set()),
        ("Greene stopped short of accusing Lyle of fraud.", {"greene"}, set()),
        ("Greene said Lyle was falsely accused of theft.", set(), set()),
    ],
)
def test_who_a_claim_tells_did_something_and_whom_it_charges(nlp, sentence, done_by, charged):
    info = _info(nlp, sentence)
    assert (info.done_by, info.deeds) == (done_by, charged)


@pytest.mark.parametrize(
    "answer, reason",
    [
        ("“That is false,” Speaker Nancy Pelosi said.", "explicit rebuttal: calls it false"),
        ("Speaker Nancy Pelosi called that a mischaracterization.", "explicit rebuttal: calls it mischaracterization"),
        ("Speaker Nancy Pelosi said it was a complete fabrication.", "explicit rebuttal: calls it fabrication"),
    ],
)
def test_that_is_false_rebuts_what_the_other_side_just_said(answer, reason):
    text = (
        "Republican leader Kevin McCarthy said the bill lets felons vote.\n\n"
        "McCarthy also said the bill would cost taxpayers $2 billion.\n\n" + answer + "\n"
    )
    an = compare(texts=[text])
    quotes = {c.id: c.quote for c in an.claims}
    clashes = [r for r in an.relations if r.label == "conflict"]
    assert [r.reason for r in clashes] == [reason]
    assert any("$2 billion" in quotes[x] for x in (clashes[0].a, clashes[0].b)), "what was just said, not before"


def test_one_span_given_to_two_sources_neither_clashes_nor_agrees_with_itself():
    text = "Trump confirmed that former Sen. Joe Lieberman is his top choice, according to White House pool reports.\n"
    an = compare(texts=[text])
    spans = {c.id: (c.doc, c.start, c.end) for c in an.claims}
    same = [r for r in an.relations if spans[r.a] == spans[r.b]]
    assert same and all(r.label == "compatible" for r in same)


@pytest.mark.parametrize(
    "text, reason, answered",
    [
        # the rebuttal names whose claim it is: the stand-in beside it does not move it
        (
            "Senator Ray Dunn said the governor raised property taxes by 20 percent.\n\n"
            "Dunn also said the new stadium will open in June.\n\n"
            "\"Dunn's claim about my taxes is false, it's a lie,\" Governor Eva Marsh said.\n",
            "explicit rebuttal: calls Dunn's account false",
            "property taxes",
        ),
        # what was said of the rebutter, though a third speaker spoke last
        (
            "Councilwoman Ida Park said Mayor Leo Grant took bribes from developers.\n\n"
            "The city clerk said the council will vote on the contract Friday.\n\n"
            '"That\'s a lie," Grant said.\n',
            "explicit rebuttal: calls it lie",
            "bribes",
        ),
        # the rebutter's own version after it tells what "that" was
        (
            "Senator Ray Dunn said the governor raised property taxes by 20 percent.\n\n"
            "Dunn's spokesman, Jim Roe, said the stadium will open in June.\n\n"
            '"That is completely false," Governor Eva Marsh said. "I never raised property taxes."\n',
            "explicit rebuttal: calls it false",
            "property taxes",
        ),
        (
            "Councilwoman Ida Park said Mayor Leo Grant took $50,000 from developers.\n\n"
            "Grant denied that, telling reporters he never took money from anyone.\n",
            "explicit rebuttal: denies it",
            "$50,000",
        ),
    ],
)
def test_a_rebuttal_of_what_was_just_said_answers_the_claim_it_stands_for(text, reason, answered):
    an = compare(texts=[text])
    quotes = {c.id: c.quote for c in an.claims}
    [rel] = [r for r in an.relations if r.reason == reason]
    assert any(answered in quotes[x] for x in (rel.a, rel.b))


@pytest.mark.parametrize(
    "text",
    [
        # "it" is a picture, and the two agree
        "Police Chief Maria Lopez said the video circulating online was doctored.\n\n"
        '"It is fake," Mayor John Carter said on Tuesday.\n',
        # "it" stands for what follows
        "Economist Jane Doyle said wages are flat.\n\n"
        '"It\'s a lie to say the economy is perfect," Treasury Secretary Mark Lund said.\n',
        "Senator Ron Price said the vaccine rollout was going well.\n\n"
        '"It is misinformation that is killing people," President Joe Biden said.\n',
        # one who owns the fault grants the charge
        "Veterans group leader Sam Ortiz said Senator Dan Cole lied about serving in Iraq.\n\n"
        '"That was a misrepresentation on my part, and I apologize," Cole said.\n',
    ],
)
def test_a_word_of_falsity_that_judges_no_one_s_words_rebuts_none(text):
    an = compare(texts=[text])
    assert not any(r.reason.startswith("explicit rebuttal") for r in an.relations)


@pytest.mark.parametrize(
    "answer",
    [
        # not denying is no denial; "denied that, in 2019, ..." denies a clause, not what was said
        "Ortiz did not deny that, telling reporters the state would review its procedures.",
        "Governor Ray Ortiz denied that, in 2019, his office had hired Lund's brother.",
        # someone inside the claim judges, or "that" is the speaker's own words before it
        '"The senator says it\'s a lie," Ortiz said.',
        '"Some people want a second levee upstream. That is false. Sandbags work better," Ortiz said.',
    ],
)
def test_no_rebuttal_of_what_was_just_said_where_none_is_made(answer):
    text = "Senator Kay Lund said Governor Ray Ortiz ignored warnings about the levee.\n\n" + answer + "\n"
    an = compare(texts=[text])
    assert not any(r.reason.startswith("explicit rebuttal") for r in an.relations)


def test_the_rebutters_version_right_after_tells_which_claim_that_is_false_answers():
    text = (
        "Senator Kay Lund said Governor Ray Ortiz ignored warnings about the levee.\n\n"
        "Engineer Mark Lee said the levee would fail within a year.\n\n"
        '"That is false," Ortiz said. "The levee is safe and will stand for decades."\n'
    )
    an = compare(texts=[text])
    quotes = {c.id: c.quote for c in an.claims}
    [rel] = [r for r in an.relations if r.reason == "explicit rebuttal: calls it false"]
    assert any("fail within a year" in quotes[x] for x in (rel.a, rel.b))


def test_that_was_wrong_judges_a_deed_and_rebuts_no_account():
    text = (
        "Republican leader Kevin McCarthy said the bill lets felons vote.\n\n"
        "“That was wrong of them,” Speaker Nancy Pelosi said.\n"
    )
    an = compare(texts=[text])
    assert not any(r.reason.startswith("explicit rebuttal") for r in an.relations)


def test_a_denial_of_the_allegations_turns_down_the_charges_another_side_makes():
    text = (
        "Treasurer Victor Lyle is under pressure over the city pension fund.\n\n"
        "Lyle, who faces a hearing next month, has denied the allegations.\n\n"
        "Auditor Maria Brand alleged that Lyle moved $2 million from the fund into an account he controls.\n\n"
        "Brand said Lyle joined the council in 2015.\n"
    )
    an = compare(texts=[text])
    moved = next(c for c in an.claims if "moved $2 million" in c.quote)
    denial = next(c for c in an.claims if "denied the allegations" in c.quote)
    [aspect] = [a for a in an.aspects if denial.id in a.claims]
    assert moved.id in aspect.claims
    [rel] = [r for r in an.relations if {r.a, r.b} == {moved.id, denial.id}]
    assert rel.label == "conflict" and "Lyle did" in rel.reason
    # a plain record of what he did, told without a charge, is no allegation
    joined = next(c for c in an.claims if "joined the council" in c.quote)
    # (a short report shows it with the question it is nearest to, loosely, and judges it against nothing)
    assert joined.id not in aspect.claims or joined.id in aspect.loose
    assert not any({r.a, r.b} == {joined.id, denial.id} for r in an.relations)


def test_a_denial_after_the_charge_it_turns_down_is_read():
    from rashomon.pipeline.relations import _DENIES_A_REPORT

    assert _DENIES_A_REPORT.search("the accusations, which the treasurer has repeatedly denied")
    assert _DENIES_A_REPORT.search("the charges that she denies")
    assert not _DENIES_A_REPORT.search("the charges that she filed")
    # a clause the noun only introduces, and a relative clause that negates the denial
    assert not _DENIES_A_REPORT.search("the claim that the treasurer rejected the union's figures")
    assert not _DENIES_A_REPORT.search("the allegations, which the treasurer has never denied")
    assert not _DENIES_A_REPORT.search("the charges that she hasn't disputed")


def test_a_leading_pronoun_the_text_never_uses_for_the_speaker_is_someone_else():
    text = (
        "Senator Paul Grady faces questions over a 2010 trip.\n\n"
        "Nora Vance, a former aide, said the senator drove her home after a dinner. She said she felt unsafe.\n\n"
        "Vance also claimed he kept her phone for a week.\n\n"
        "Grady said he never kept anyone's phone.\n"
    )
    an = compare(texts=[text])
    statement = {c.quote: c.statement for c in an.claims}
    assert statement["She said she felt unsafe"] == "Nora Vance felt unsafe"
    assert statement["Vance also claimed he kept her phone for a week"] == "he kept her phone for a week"
    assert statement["Grady said he never kept anyone's phone"].startswith("Grady never")


def test_these_claims_are_those_someone_claims_not_the_last_words_before_them():
    text = (
        "A former Dynamo coach claims the club paid referees to fix three matches in 2019.\n\n"
        "Fan group leader Ana Pires said the season had been long for supporters.\n\n"
        'Dynamo spokesman Rui Costa said: "These claims are completely false."\n'
    )
    pairs = _labels_by_opening(text, 20)
    assert pairs == {frozenset(("A former Dynamo coac", "Dynamo spokesman Rui")): "conflict"}


def test_a_claim_names_a_report_only_with_a_noun(nlp):
    from rashomon.pipeline.relations import _names_rebutted

    rebuttal = _info(nlp, "These claims are completely false.")
    assert _names_rebutted(rebuttal, _info(nlp, "Senators want answers if the claims are true."))
    assert not _names_rebutted(rebuttal, _info(nlp, "A former coach claims the club paid referees."))


def test_these_claims_stay_with_the_nearer_account_that_names_the_rebutting_side():
    text = (
        "Union leader Rosa Pell claims that wages at Brightline Foods have not risen in a decade.\n\n"
        "A former Brightline driver, Sam Okoro, said chief executive Hal Voss took kickbacks from suppliers.\n\n"
        'Brightline spokeswoman Mia Lund said: "These claims are completely false."\n'
    )
    pairs = _labels_by_opening(text, 12)
    assert pairs.get(frozenset(("A former Bri", "Brightline s"))) == "conflict"
    assert frozenset(("Union leader", "Brightline s")) not in pairs
    # a claim made after the rebuttal is none of those it turns down
    text = (
        "A former Brightline driver, Sam Okoro, claims chief executive Hal Voss took kickbacks from suppliers.\n\n"
        'Brightline spokeswoman Mia Lund said: "These claims are completely false."\n\n'
        "Market analyst Bea Ruiz claims chief executive Hal Voss won better prices from suppliers.\n"
    )
    labels = _labels_by_opening(text, 12)
    assert labels.get(frozenset(("A former Bri", "Brightline s"))) == "conflict"
    assert labels.get(frozenset(("Market analy", "Brightline s"))) != "conflict"


def test_a_body_charged_by_what_the_text_calls_it_and_a_denial_in_the_reported_words():
    text = (
        "Acme Motors faces a lawsuit over brake failures.\n\n"
        "Acme Motors said it rejected the accusations.\n\n"
        "Lawyer Nina Shah accused the company of hiding test results from regulators.\n\n"
        "The company said in a statement that its brakes are safe.\n"
    )
    an = compare(texts=[text])
    claim = {c.id: c for c in an.claims}
    [rel] = [r for r in an.relations if r.label == "conflict"]
    assert {claim[rel.a].quote[:20], claim[rel.b].quote[:20]} == {"Acme Motors said it ", "Lawyer Nina Shah acc"}
    assert rel.reason == "explicit rebuttal: denies the accusations (the other tells what the company did)"
    [aspect] = [a for a in an.aspects if rel.a in a.claims]
    assert aspect.question == "Are the allegations against Acme Motors true?"


def test_a_denial_in_the_reported_words_rebuts_unless_negated(nlp):
    from rashomon.model import Claim
    from rashomon.pipeline.relations import _rebuts

    def rebuts(sentence: str):
        c = Claim(id="c1", doc="d1", start=0, end=len(sentence), quote=sentence, party="p0")
        return _rebuts(c, _info(nlp, sentence), "indirect", [])

    assert rebuts("Acme said it disputed the allegations.") == ("denies the allegations", False)
    assert rebuts("Acme said it never disputed the allegations.") is None
    assert rebuts("Acme said it disputed the bill.") is None


def test_a_question_opened_later_takes_an_id_no_question_has():
    from rashomon.model import Aspect
    from rashomon.pipeline.relations import _new_aspect_id

    aspects = [Aspect(id="q1", label="a", question="A?"), Aspect(id="q3", label="b", question="B?")]
    assert _new_aspect_id(aspects) not in {"q1", "q3"}


@pytest.mark.parametrize(
    ("sentence", "effect", "cause", "holds"),
    [
        ("Residents blamed the blackout on the new substation.", "blackout", "substation", True),
        ("Residents blamed the utility for the blackout.", "blackout", "utility", True),
        ("The utility attributed the blackout to a heat wave.", "blackout", "wave", True),
        ("The new substation triggered the blackout.", "blackout", "substation", True),
        ("The blackout was caused by a heat wave.", "blackout", "wave", True),
        ("The heat wave resulted in the blackout.", "blackout", "wave", True),
        ("Residents said the utility wrongly blamed the blackout on the heat wave.", "blackout", "wave", False),
        ("The heat wave prompted the utility to cut power.", "cut", "wave", True),
        ("The company on Monday blamed the blackout on a heat wave.", "blackout", "wave", True),
        (
            "Officials said there is no evidence that the substation caused the blackout.",
            "blackout",
            "substation",
            False,
        ),
        ("Poor maintenance was the cause of the blackout.", "blackout", "maintenance", True),
        ("The mayor was behind the leak.", "leak", "mayor", True),
        ("The blackout was not caused by the substation.", "blackout", "substation", False),
        ("The blackout had nothing to do with the substation.", "blackout", "substation", False),
        (
            "The utility dismissed false rumours that the substation caused the blackout.",
            "blackout",
            "substation",
            False,
        ),
    ],
)
def test_what_a_claim_says_brought_what_about(nlp, sentence, effect, cause, holds):
    links = _info(nlp, sentence).links
    assert any(effect in e and cause in c and h == holds for e, c, h in links), links


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents repeated the rumour that the substation caused the blackout.",  # named, not judged
        "The heat wave drove prices up.",  # no word that links a cause
        "Residents blamed the utility.",  # a cause of nothing named
        "Residents blamed the utility on Friday.",  # a day is no cause
        "Ortiz blamed Democrats on Twitter.",  # nor a medium, and Democrats are no effect
        "Engineers asked whether the substation caused the blackout.",  # asked, not said
        "The heat wave may have caused the blackout.",  # only possible
        "The blackout was caused not by the substation but by a heat wave.",  # one cause set against another
        "Residents blamed the blackout on the utility, not the city.",
        "The old road led to the village.",  # no cause
        "Police linked the suspect to three robberies.",  # involvement, not a cause
        "Aging equipment also caused the blackout.",  # one cause among several
        "The heat wave contributed to the blackout.",
    ],
)
def test_a_claim_that_links_no_cause_to_a_named_thing_gives_none(nlp, sentence):
    assert _info(nlp, sentence).links == []


def test_sides_on_what_brought_one_thing_about_share_a_question_and_clash_or_agree():
    text = (
        "Half the city lost power on Sunday.\n\n"
        "Neighbourhood groups blamed the outage on the new substation.\n\n"
        "Harlow Power said the outage was caused by a heat wave.\n\n"
        "Engineer Rita Vance said the new substation had nothing to do with the outage.\n\n"
        "Councillor Ben Amos said the substation caused the outage.\n"
    )
    an = compare(texts=[text])
    quotes = {c.id: c.quote for c in an.claims}
    groups = next(c for c in an.claims if c.quote.startswith("Neighbourhood"))
    [aspect] = [a for a in an.aspects if groups.id in a.claims]
    assert aspect.question == "What caused the outage?"
    assert len({quotes[c][:8] for c in aspect.claims}) == 4
    labels = {frozenset((quotes[r.a][:8], quotes[r.b][:8])): (r.label, r.reason) for r in an.relations}
    assert labels[frozenset(("Neighbou", "Harlow P"))][0] == "conflict"  # two causes
    assert "different causes" in labels[frozenset(("Neighbou", "Harlow P"))][1]
    assert labels[frozenset(("Neighbou", "Engineer"))][0] == "conflict"  # a cause and its denial
    assert labels[frozenset(("Neighbou", "Councill"))][0] == "agree"  # one cause
    # one that rules out a cause and one that names another may both be right
    assert labels[frozenset(("Engineer", "Harlow P"))][0] == "compatible"


def test_an_unnamed_rebuttal_is_not_at_odds_with_a_claim_that_itself_says_no():
    text = (
        "Delays hit the port all week.\n\n"
        "Harbor Freight Lines denounced unfounded rumours that its drivers planned a strike over the new rota.\n\n"
        "The Harbor Freight Lines Drivers Association said its members were not planning a strike over the rota.\n"
    )
    rel = _the_relation_across(text)
    assert rel.label != "conflict", rel.reason


def test_a_cue_that_links_a_cause_links_what_its_claim_reports():
    text = (
        "Trains ran late across the region.\n\n"
        'The rail operator attributed the "widespread delays" to a signal failure near the depot.\n\n'
        "Commuter groups blamed the widespread delays on staff cuts.\n"
    )
    an = compare(texts=[text])
    rel = next(r for r in an.relations if "different causes" in r.reason)
    assert rel.label == "conflict"


def test_two_sides_blaming_one_thing_on_different_causes_clash_not_agree():
    for text in [
        "Half the city lost power on Sunday.\n\n"
        "Mayor Joan Ellis blamed the blackout on the state's failure to maintain the grid. "
        "State officials blamed the blackout on the city's failure to trim trees near the lines.\n",
        "Half the city lost power on Sunday.\n\n"
        "Council Democrats blamed the blackout on Republican leaders. "
        "Council Republicans blamed the blackout on Democratic leaders.\n",
    ]:
        rel = _the_relation_across(text)
        assert rel.label == "conflict" and "different causes" in rel.reason, rel.reason


def test_someones_supporters_take_their_side_and_critics_do_not():
    text = (
        "House Minority Leader Nancy Pelosi said she would win the vote.\n\n"
        "Rep. Tim Ryan said the party needed a fresh voice.\n\n"
        "Pelosi's supporters said her experience is what the party needs now.\n\n"
        "Ryan's critics said he had no plan.\n"
    )
    an = compare(texts=[text])
    assert _party_of(an, "supporters") == _party_of(an, "Nancy Pelosi") != _party_of(an, "Tim Ryan")
    assert _party_of(an, "critics") != _party_of(an, "Tim Ryan")


@pytest.mark.parametrize("followers", ["Pelosi's former supporters", "Pelosi's backers and critics"])
def test_former_followers_and_mixed_crowds_do_not_take_the_side(followers):
    text = (
        "House Minority Leader Nancy Pelosi said she would win the vote.\n\n"
        f"{followers} said her experience is what the party needs now.\n"
    )
    an = compare(texts=[text])
    assert _party_of(an, followers) != _party_of(an, "Nancy Pelosi")


def test_an_account_claim_holds_the_circumstances_its_sentence_sets_off():
    # "..., she said, interrupting reporters": the account as the sentence gives it; the clause
    # that answers a question stays as reported, and another account's words are never taken in
    text = (
        "“We did not lose today,” Ms. Lane said, interrupting reporters at the press conference.\n\n"
        "Ms. Lane said the vote was fair, and the mayor said it was not.\n"
    )
    an = compare(texts=[text])
    for c in an.claims:
        assert text[c.start : c.end] == c.quote
    top = next(c for c in an.claims if c.level == "account" and "lose" in c.quote)
    assert top.quote.endswith("at the press conference")
    clause = next(c for c in an.claims if c.parent == top.id)
    assert clause.level == "clause" and clause.quote.endswith("Ms. Lane said")
    assert not any("the mayor" in c.quote for c in an.claims if "fair" in c.quote)
    # an outlet's closing "..., the Courier reported" relays the account: no circumstance of it
    text = "Mayor Ann Lane arrived late.\n\n“We did not lose today,” Ms. Lane said, the Courier reported.\n"
    an = compare(texts=[text])
    assert not any("Courier" in c.quote for c in an.claims)
    assert any(c.quote.endswith("Ms. Lane said") for c in an.claims)
    # ... while a verb of saying inside the circumstance itself leaves it one
    text = "Mayor Ann Lane says the city will not pay for the bridge, despite what the governor may claim.\n"
    an = compare(texts=[text])
    assert any(c.level == "account" and c.quote.endswith("may claim") for c in an.claims)


def test_a_question_does_not_ask_who_did_a_verb_bare_of_what_it_acts_on():
    text = (
        "Rep. Ann Cole said the mayor focused on the budget in May. "
        "Sen. Bo Hart, a Republican, said the mayor focused on taxes in May."
    )
    an = compare(texts=[text], party_map={"Dems": ["Ann Cole"], "GOP": ["Bo Hart"]})
    [aspect] = an.aspects
    assert len(aspect.claims) == 2
    assert aspect.question != "Who focused?"
    assert aspect.question.endswith("?")


def test_a_question_does_not_ask_who_did_a_verb_bare_of_what_it_acts_on_behind_a_tense_helper():
    # "had directed": the helper "has" is no part of the act; "Who has directed?" asks nothing
    text = (
        "Rep. Ann Cole said Trump had directed Cohen to lie to Congress. "
        "Sen. Bo Hart, a Republican, said Trump had never directed Cohen to lie."
    )
    an = compare(texts=[text], party_map={"Dems": ["Ann Cole"], "GOP": ["Bo Hart"]})
    [aspect] = an.aspects
    assert len(aspect.claims) == 2
    assert aspect.question != "Who has directed?"
    assert aspect.question.endswith("?")


@pytest.mark.parametrize(
    ("said", "label"),
    [
        # "Trump directed Cohen to lie": Cohen is the one who lies, as in "Cohen had lied" (what
        # "BuzzFeed reported that ..." says is its own account, which the prosecutors bear out)
        ("Prosecutors said Cohen had lied to Congress about the tower.", "agree"),
        # ... and that is not who lies in "Trump lied to Congress"
        ("Prosecutors said Trump had lied to Congress about the tower.", "conflict"),
    ],
)
def test_the_doer_of_an_act_set_under_another_verb_is_the_one_set_to_do_it(said, label):
    text = (
        "Trump said he had done nothing wrong. Cohen said he was sorry for his crimes.\n\n"
        f"{said}\n\nBuzzFeed reported that Trump directed Cohen to lie to Congress about the tower.\n"
    )
    an = compare(texts=[text])
    side = {c.id: next(p.name for p in an.parties if p.id == c.party) for c in an.claims if c.party}
    [rel] = [r for r in an.relations if {side.get(r.a), side.get(r.b)} == {"Prosecutors", "BuzzFeed"}]
    assert rel.label == label


@pytest.mark.parametrize(
    ("text", "first", "label"),
    [
        # a side word on the doer is the doer's side
        (
            "Hamas said the strike was a crime. Israel said the strike was self-defence.\n\n"
            "A Hamas spokesman said Israeli soldiers opened fire on civilians.\n\n"
            "An Israeli army spokesman said Hamas gunmen opened fire on civilians.\n",
            "A Hamas spokesman",
            "conflict",
        ),
        # each of two doers did it
        (
            "Kim said the summit went well. Moon said the summit went well.\n\n"
            "Kim said Kim and Moon signed the agreement.\n\nMoon said Moon signed the agreement.\n",
            "Kim said Kim and Moon",
            "agree",
        ),
        # one who promises does it himself
        (
            "Trump said the talks were good. Kim said the talks were good.\n\n"
            "Trump said Trump promised Kim to lift the sanctions.\n\nKim said Kim must lift the sanctions first.\n",
            "Trump said Trump promised",
            "conflict",
        ),
        # a doer that names no side ("its troops") leaves the one who ordered it
        (
            "Israel said the convoy was armed. Hamas said the convoy carried food.\n\n"
            "Hamas said Israel ordered its troops to attack the convoy.\n\nIsrael said Hamas attacked the convoy.\n",
            "Hamas said Israel ordered",
            "conflict",
        ),
        # the object of any verb of making someone act does it ("prompted Republicans to block")
        (
            "Democrats said the bill failed. Republicans said the bill failed.\n\n"
            "Democrats said the president's veto prompted Republicans to block the bill.\n\n"
            "Republicans said Democrats blocked the bill.\n",
            "Democrats said the president",
            "conflict",
        ),
        # a pronoun doer is someone named elsewhere, and another clause's subject is not the doer
        (
            "Israel said the crossing opened. Egypt said the crossing opened.\n\n"
            "Israel said Egypt asked it to open the crossing.\n\nEgypt said Israel opened the crossing.\n",
            "Israel said Egypt asked",
            "agree",
        ),
        (
            "Israel said the strike was needed. Hamas said the strike was a crime.\n\n"
            "Israel said that when Hamas fired rockets, the army struck the launchers.\n\n"
            "Hamas said Israel struck the launchers.\n",
            "Israel said that when",
            "agree",
        ),
        # the doer's side in an apposition or a "from"/"with" phrase; a relative pronoun's noun, and
        # the one who launched it; a purpose infinitive is its subject's ("struck Hamas to sabotage")
        (
            "Israel said the raid was lawful. Hamas said the raid was a massacre.\n\n"
            "Israel said fighters from Hamas fired the rockets.\n\nHamas said Israeli soldiers fired the rockets.\n",
            "Israel said fighters",
            "conflict",
        ),
        (
            "Israel said the raid was lawful. Hamas said the raid was a massacre.\n\n"
            "Israel said Hamas launched rockets that killed two children in Ashkelon.\n\n"
            "Hamas said Israeli airstrikes killed two children in Ashkelon.\n",
            "Israel said Hamas launched",
            "conflict",
        ),
        (
            "Israel said the raid was lawful. Hamas said the raid was a massacre.\n\n"
            "Hamas said Israel struck Hamas to sabotage the talks.\n\nIsrael said Hamas sabotaged the talks.\n",
            "Hamas said Israel struck",
            "conflict",
        ),
        # a nationality word is its country's side, and a short name is no part of a longer word
        # ("us" in "russian")
        (
            "The US said the strike was a crime. Russia said the strike was self-defence.\n\n"
            "The US said Russian generals attacked Kyiv.\n\nRussia said American mercenaries attacked Kyiv.\n",
            "The US said Russian",
            "conflict",
        ),
        # a claim that names no doer of the act (a passive, an imperative) tells no one apart
        (
            "Russia said the summit was useful. Trump said the summit was useful. "
            "Democrats said the summit was a mistake.\n\n"
            "Democrats said that since Russia hacked the emails, the summit should be canceled.\n\n"
            "Trump said Trump would cancel the summit.\n",
            "Democrats said that since",
            "not different agents",
        ),
        # a surname is no nationality ("Christians" are not Christie's side)
        (
            "Chris Christie said the reform failed. The teachers union said the reform failed.\n\n"
            "Gov. Chris Christie said the teachers union blocked the reform.\n\n"
            "The teachers union said Christians blocked the reform.\n",
            "Gov. Chris Christie said",
            "not different agents",
        ),
        # what a doer's phrase is against is not its side; a subject that needs a thing still acts
        (
            "Ukraine said the war goes on. The United States said the war goes on.\n\n"
            "Ukraine said it needs American weapons to win the war.\n\n"
            "The United States said Ukraine will win the war.\n",
            "Ukraine said it needs",
            "agree",
        ),
    ],
)
def test_who_does_an_act_is_read_from_the_doer_its_side_and_the_verb_over_it(text, first, label):
    an = compare(texts=[text])
    claims = {c.id: c for c in an.claims}
    [rel] = [r for r in an.relations if any(claims[x].quote.startswith(first) for x in (r.a, r.b))]
    if label == "not different agents":
        assert not rel.reason.startswith("different agents")
    else:
        assert rel.label == label


def test_a_passive_act_keeps_its_question_and_a_verb_that_is_a_title_word_keeps_its_content(nlp):
    text = (
        "Rep. Ann Cole said an officer was shot in the raid. "
        "Sen. Bo Hart, a Republican, said a bystander was shot in the raid."
    )
    an = compare(texts=[text], party_map={"Dems": ["Ann Cole"], "GOP": ["Bo Hart"]})
    [aspect] = an.aspects
    assert aspect.question == "Who was shot?"
    # "miss" is a verb here, not the title "Miss"
    assert "miss" in _info(nlp, "Hundreds of passengers missed their connecting flights.").lemmas


def test_a_title_before_a_name_is_no_word_of_what_is_said(nlp):
    # "Mr." and "Ms." name no thing: two claims do not share them, and no question asks about them
    info = _info(nlp, "Mr. Cohen lied to Congress, Ms. Lane said.")
    assert "cohen" in info.lemmas and "congress" in info.lemmas
    assert not {"mr.", "mr", "ms.", "ms"} & set(info.lemmas)


def test_a_defence_against_unnamed_criticism_clashes_with_it_and_relaying_it_is_no_agreement():
    from rashomon.api import compare

    an = compare(
        texts=[
            "The governor defended the budget against criticism that it would cut school funding.\n\n"
            "Critics say the budget will hurt rural schools.\n"
        ]
    )
    claims = {c.id: c for c in an.claims}
    critics = [p.id for p in an.parties if p.name.lower() == "critics"]
    assert len(critics) == 1, "the unnamed critics and the named ones are one side"
    between = [
        r
        for r in an.relations
        if critics[0] in {claims[r.a].party, claims[r.b].party} and claims[r.a].party != claims[r.b].party
    ]
    assert any(r.label == "conflict" for r in between)
    assert not any(r.label == "agree" for r in between), [
        (r.reason, claims[r.a].quote, claims[r.b].quote) for r in between
    ]


def test_many_sources_that_say_one_thing_make_one_question():
    from rashomon.api import compare

    names = "Ames Baker Cole Diaz Evans Ford Grant Hale Irwin Jones Klein Lopez Moore Nash Ortiz Price".split()
    text = "\n\n".join(
        f"Mayor {n} said {k + 3} people were killed in the strike on the market." for k, n in enumerate(names)
    )
    an = compare(texts=[text + "\n"])
    killed = [a for a in an.aspects if len(a.claims) >= 3]
    assert len(killed) == 1 and len(killed[0].claims) >= 15, [(a.question, len(a.claims)) for a in an.aspects]


def test_all_but_some_is_a_part_and_clashes_with_everybody():
    rel = _the_relation_across(
        "Democrats said they want the tax cuts extended for all but the wealthy.\n\n"
        "Republicans said they want the tax cuts extended for everybody.\n"
    )
    assert rel.label == "conflict" and "all but" in rel.reason and "everybody" in rel.reason


@pytest.mark.parametrize(
    "text",
    [
        # "all but done" is almost done; "all save" is no exception; "everybody" alone measures no thing
        "The minister said a deal was all but done.\n\nThe union said the deal was complete.\n",
        "The bank said young workers all save too little.\n\nThe union said every young worker saves too little.\n",
        "The mayor said everybody wants lower taxes.\n\nThe council said some taxes will rise next year.\n",
    ],
)
def test_all_but_as_almost_and_everybody_alone_are_no_contrast_of_amounts(text):
    rel = _the_relation_across(text)
    assert not (rel.label == "conflict" and rel.reason.startswith("contrasting quantities")), rel.reason


def test_a_title_case_headline_is_written_as_a_sentence_for_the_parser():
    from rashomon.pipeline.nlp import recase_title, title_cased

    assert title_cased("Biden Condemns Violence in Portland While Trump Blames NFL")
    assert not title_cased("Biden condemned the violence in Portland on Sunday night")
    names = {"Biden", "Portland", "Trump"}
    common = {"violence", "plan", "flood", "voter", "back"}  # bases of the body's lower-case words
    # names, capitals inside a word, acronyms and the first word of a part keep their capitals;
    # the lexicon's verbs and the body's common words lose them
    assert recase_title("Biden Condemns Violence in Portland While Trump Blames NFL", names, common) == (
        "Biden condemns violence in Portland while Trump blames NFL"
    )
    assert recase_title("Poll: Wealthy Voters Back McConnell’s Plan", set(), common) == (
        "Poll: Wealthy voters back McConnell’s plan"
    )
    assert recase_title("Mayor Says ‘Never Again’ After Flood", set(), common) == "Mayor says ‘Never Again’ after flood"
    # a name only the headline gives, initials and abbreviations stay as written
    assert recase_title("Remarks By Senator Jane Doe On The Flood.", set(), common) == (
        "Remarks by Senator Jane Doe on the flood."
    )
    assert recase_title("Biden Says U.S. Will Back George W. Bush.", names, common) == (
        "Biden says U.S. will back George W. Bush."
    )
    # a word the title-case reading takes for part of a person's name ("Drew Brees") or a proper
    # noun before a name the body gives ("Jane Davis") keeps it, though "drew" is a common word;
    # not a function word or a verb of the lexicon ("Critics Slam Obama")
    line = "Quarterback Drew Brees Says Jane Davis Will Back The Plan."
    people = frozenset({line.index("Drew"), line.index("Brees")})
    proper = frozenset({line.index("Jane")})
    assert recase_title(line, {"Davis", "Brees"}, common | {"drew"}, people, proper) == (
        "Quarterback Drew Brees says Jane Davis will back the plan."
    )
    line = "Critics Slam Obama Over Plan."
    assert recase_title(line, {"Obama"}, common, frozenset(), frozenset({line.index("Slam")})) == (
        "Critics slam Obama over plan."
    )


def test_a_side_taken_on_one_named_thing_is_a_claim():
    an = compare(texts=["Democrats condemned Lieberman. Republicans praised Lieberman."])
    assert [c.quote for c in an.claims] == ["Democrats condemned Lieberman", "Republicans praised Lieberman"]
    assert [r.label for r in an.relations] == ["conflict"]
    # a bare object of any other verb says nothing a claim could hold, nor a place attacked
    assert compare(texts=["He denied it. The senator thanked Pelosi. Troops attacked Baghdad."]).claims == []
    # two who take one side, each their own, agree: no clash of two doers of one act; two who
    # say each the other did it still clash
    an = compare(texts=["The union endorsed Biden. The chamber of commerce endorsed Biden."])
    assert [r.label for r in an.relations] == ["agree"]
    an = compare(
        texts=["Hamas said Israel attacked the convoy on Tuesday.", "Israel said Hamas attacked the convoy on Tuesday."]
    )
    assert [r.label for r in an.relations] == ["conflict"]
    an = compare(texts=["Collins said Romney backed Kavanaugh.", "Romney said Collins backed Kavanaugh."])
    assert [r.label for r in an.relations] == ["agree"]
    # a verb that is also a blow takes no side on a name
    assert compare(texts=["Militants attacked Sderot.", "Soldiers attacked Sderot."]).claims == []


def test_a_nationality_word_stands_for_the_side_named_after_its_country():
    from rashomon.pipeline.relations import _country_word

    assert _country_word("russian generals", {"russia": "russia", "ukraine": "ukraine"}) == "russia"
    assert _country_word("nigerian troops", {"niger": "niger", "nigeria": "nigeria"}) == "nigeria"
    assert _country_word("indian troops", {"indiana": "indiana", "india": "india"}) == "india"
    assert _country_word("israeli soldiers", {"israel": "israel"}) == "israel"
    assert _country_word("the army", {"russia": "russia"}) is None
    # a person's surname is no country's name
    assert _country_word("christians", {"christie": "chris-christie"}) is None


def test_a_figure_in_words_is_the_same_figure_in_digits():
    from rashomon.pipeline.relations import _same_value, _value

    assert _value("a dozen") == 12 and _value("two dozen") == 24 and _value("half a dozen") == 6
    assert _same_value("a dozen", "12") and _same_value("twelve", "12")
    assert not _same_value("two dozen", "12") and _value("the first week") is None


def test_a_side_name_is_matched_as_a_whole_word_not_inside_a_plural():
    from rashomon.pipeline.relations import _side_of

    assert _side_of("united states", {"state": "islamic-state", "united states": "united-states"}) == "united-states"
    assert _side_of("trade unions", {"union": "european-union"}) is None
    assert _side_of("russia's army", {"russia": "russia"}) == "russia"
    assert _side_of("russian generals", {"us": "united-states", "russia": "russia"}) == "russia"


@pytest.mark.parametrize(
    ("hill", "clash"),
    [
        # what one would do in a case it sets is no side taken on things as they stand
        ("Senator Ray Hill said that if the allegations were true, he would not support the candidate.", False),
        # terms set with "unless" still say no as things stand; so does a plain no
        ("Senator Ray Hill said he would not support the candidate unless she apologized.", True),
        ("Senator Ray Hill said he would not support the candidate.", True),
    ],
)
def test_a_stand_taken_only_in_a_case_does_not_clash_with_a_plain_one(hill, clash):
    text = (
        "The candidate faces allegations of misconduct.\n\n"
        f"{hill}\n\nParty officials said they would continue to support their candidate.\n"
    )
    rel = _the_relation_across(text)
    assert (rel.label == "conflict") == clash, rel.reason


def _quoted_pair(a, b):
    text = f'"{a}," Senator Ann Cole said.\n\n"{b}," Senator Tom Hale said.\n'
    return [(r.label, r.reason) for r in compare(texts=[text]).relations]


@pytest.mark.parametrize(
    ("backed", "condemned"),
    [
        # one owner in two forms, or a word that names no owner of the same kind: still one thing
        ("I support the Chinese deal", "China's deal is reckless"),
        ("I support the Democratic plan", "Democrats' plan is reckless"),
        ("I support Trump's plan", "The president's plan is reckless"),
        ("I support the Republican tax cut", "The GOP's tax cut is reckless"),
        ("I support the Fed's rate cut", "The Federal Reserve's rate cut is reckless"),
        ("I support the Ukraine aid bill", "The Senate's aid bill is reckless"),
    ],
)
def test_one_owner_named_in_two_ways_keeps_one_thing(backed, condemned):
    assert [label for label, _ in _quoted_pair(backed, condemned)] == ["conflict"]


@pytest.mark.parametrize(
    "hedged",
    [
        # a stronger no, and an "if" of the one speaking or of a plain fact, are no case set
        "Even if demand falls, the company will not cut jobs",
        "The company will not cut jobs even if demand falls",
        "The company did not cut jobs, if you ask me",
        "The company did not cut jobs, if reports are accurate",
    ],
)
def test_an_if_that_sets_no_case_still_clashes(hedged):
    assert [label for label, _ in _quoted_pair("The company will cut jobs", hedged)] == ["conflict"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # what was asked, or not said, is left open: no clash with a no, no agreement with a yes
        (
            "Rep. Ann Cole said she did not send the photo.\n\nReporters asked Cole for several minutes whether she sent the photo.\n",
            None,
        ),
        (
            "A spokesman for Cole said her account was hacked.\n\nThe company declined to say whether Cole's account was hacked.\n",
            None,
        ),
        # ... also in the claim that says no
        (
            "Aides to Cole said her emails were saved.\n\nSenator Tom Hale said there was no way of knowing if her emails had been saved.\n",
            None,
        ),
        # nor is the case an "if" supposes
        (
            "A former prosecutor said crimes would have been committed if somebody hacked her account.\n\nA spokesman for Cole said her account was hacked.\n",
            None,
        ),
        # where a thing came from says nothing against where it went
        ("Cole said a hacker sent out the photo.\n\nAn expert said the photo was sent from her phone.\n", "agree"),
    ],
)
def test_what_a_claim_leaves_open_is_no_point_taken(text, label):
    labels = [r.label for r in compare(texts=[text]).relations if r.label in {"conflict", "agree"}]
    assert labels == ([label] if label else []), labels


@pytest.mark.parametrize(
    ("cased", "plain"),
    [
        # a case set with any modal, with none, or by "we" and "you" as anyone
        ("Ukraine can win the war if the West sends more weapons", "Ukraine cannot win the war"),
        ("Prices fall if Congress passes the bill", "Prices do not fall"),
        ("If we lose the vote, the government will collapse", "The government will not collapse"),
    ],
)
def test_a_case_set_with_any_modal_or_none_does_not_clash_with_a_plain_no(cased, plain):
    assert [label for label, _ in _quoted_pair(cased, plain)] != ["conflict"]


@pytest.mark.parametrize(
    ("hedged", "plain"),
    [
        # an "if" beside a plain past hedges the telling, not the thing told
        ("If memory serves, the mayor signed the contract in 2019", "The mayor never signed the contract"),
        ("If the records are complete, the mayor approved the payments", "The mayor did not approve the payments"),
        # where it came from against where it was
        ("The rocket was launched from Gaza", "The rocket was launched inside Israel"),
    ],
)
def test_a_hedging_if_or_a_source_against_a_place_still_clashes(hedged, plain):
    assert [label for label, _ in _quoted_pair(hedged, plain)] == ["conflict"]


@pytest.mark.parametrize(
    "text",
    [
        # "X is not Y" says no to Y, not to what X speaks of
        '"Being against the new tax is not being against the poor," Pastor Tom Minor said.\n\n'
        '"I support the new tax," Senator Ann Cole said.\n',
        # a no the other claim says too, in a clause beside its main one
        "Coach Ann Cole said the striker quit the team as she does not want to play anymore.\n\n"
        '"She does not want to play anymore," her agent Tom Hale said.\n',
    ],
)
def test_a_no_to_something_else_or_said_by_both_is_no_opposite_polarity(text):
    assert not [r.reason for r in compare(texts=[text]).relations if r.reason.startswith("opposite polarity")]


def test_a_thing_said_not_to_be_possible_is_what_the_no_bears_on():
    # "X would not be possible" says no to X (unlike "X is not being Y")
    pairs = _quoted_pair("Such an executive order would not be possible", "I can do it just with an executive order")
    assert [label for label, _ in pairs] == ["conflict"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a thing said not to be somewhere, over, or the answer: the no is of the thing
        ("The war is not over", "The war is over"),
        ("Our troops are not in Syria", "Our troops are in Syria"),
        ("Raising taxes is not the answer", "Raising taxes is the answer"),
        # another's no in a clause beside the main one is no no of the main one's
        ("Cole paid the fine after Hale did not pay the fine", "Cole did not pay the fine"),
    ],
)
def test_a_plain_no_of_the_same_thing_still_clashes(a, b):
    assert [label for label, _ in _quoted_pair(a, b)] == ["conflict"]


@pytest.mark.parametrize(
    ("a", "b", "label"),
    [
        # a present with its helper sets a case as a plain present does
        ("If the dam breaks, the town is flooded", "The town is not flooded", "compatible"),
        (
            "If they win the vote, they are going to cut the budget",
            "They are not going to cut the budget",
            "compatible",
        ),
        # where it came from against where it went is no clash
        ("The missile was fired from Gaza", "The missile was fired at Tel Aviv", "agree"),
    ],
)
def test_a_case_set_with_a_helper_or_a_source_and_a_goal_do_not_clash(a, b, label):
    assert [lab for lab, _ in _quoted_pair(a, b)] == [label]


def test_a_question_whose_shared_words_name_nothing_asks_about_the_thing_the_claims_name():
    # "fully", "consistent", "ethical" are no thing to ask about; the requirements are
    text = (
        '"The new requirements are fully consistent and ethical," Mayor Ann Cole said.\n\n'
        '"The rules are not fully consistent or ethical," Councilman Tom Hale said.\n'
    )
    assert [a.question for a in compare(texts=[text]).aspects] == ["What about new requirements?"]
    # a name among the shared words is still what the question names
    text = text.replace("The new requirements are", "Freedonia's new requirements are").replace(
        "The rules are", "Freedonia's rules are"
    )
    assert all("Freedonia" in a.question for a in compare(texts=[text]).aspects)


@pytest.mark.parametrize(
    "text_a, text_b, label, cause",
    [
        (
            "The director was fired for poor performance.",
            "The director was fired for political reasons.",
            "conflict",
            "different causes",
        ),
        ("The man was arrested for theft.", "The man was arrested for his race.", "conflict", "different causes"),
        (
            "The director was fired for poor performance.",
            "The director was fired for poor performance.",
            "agree",
            "performance",
        ),
    ],
)
def test_the_grounds_of_a_sanction_are_its_cause(nlp, text_a, text_b, label, cause):
    """'fired for X' / 'fired for Y': two grounds of one act clash as two causes (once they agreed:
    "both say 'fire director for'"); a sum, a time or a person after "for" is no ground."""
    pair = _judged(nlp, text_a, text_b, TWO_SIDES)
    assert pair.label == label and cause in pair.reason, pair.reason


def test_no_grounds_in_a_sum_or_a_time(nlp):
    from rashomon.pipeline.claims import clause_info
    from rashomon.pipeline.nlp import parse

    for text in ["The firm was fined for $500.", "The coach was fired for the second time."]:
        assert clause_info(parse(text, nlp), 0, len(text)).links == [], text


def test_it_in_nothing_to_do_with_it_is_the_cause_named_before():
    """'X blamed the delays on the rules, but Y said the delays had nothing to do with it': "it" is
    the rules, so the two clash on the cause (once "compatible": "it" named nothing)."""
    from rashomon.api import compare

    analysis = compare(
        texts=[
            "Some politicians have blamed the train delays on the new safety rules, but the railway has said "
            "the delays had nothing to do with it."
        ]
    )
    assert [(r.label, r.reason) for r in analysis.relations] == [
        ("conflict", "opposite on whether rule safety brought about the delay")
    ]


@pytest.mark.parametrize(
    "text_a, text_b",
    [
        ("The player was suspended for four games.", "The player was suspended for doping."),
        ("The player was banned for life.", "The player was banned for doping."),
        ("The family sued the hospital for damages.", "The family sued the hospital for negligence."),
    ],
)
def test_a_duration_or_a_sum_sought_is_no_ground(nlp, text_a, text_b):
    """How long, or what is sought, after "for" is no cause that clashes with a ground."""
    pair = _judged(nlp, text_a, text_b, TWO_SIDES)
    assert "different causes" not in pair.reason, pair.reason


@pytest.mark.parametrize(
    "text_a, text_b, label",
    [
        ("The ad was false.", "The ad was true.", "conflict"),
        ("The ad was false.", "The ad was costly.", "compatible"),
        ("The ring was valuable.", "The ring was invaluable.", "compatible"),  # no opposites by "in-"
        ("She declined to say whether the remarks were appropriate.", "The remarks were unappropriate.", "compatible"),
    ],
)
def test_opposite_words_said_of_one_thing_clash(nlp, text_a, text_b, label):
    """'the ad was false' / 'the ad was true': words of truth and falsity, or a word and its negating
    prefix, said of one thing clash (once "different things said of 'ad'", compatible)."""
    assert _judged(nlp, text_a, text_b, TWO_SIDES).label == label


@pytest.mark.parametrize(
    "text_a, text_b, reason",
    [
        (
            "Mayor Ann Lee blamed the state for the flooding.",
            "Governor Tom Reed said Lee is wrong to blame the state for the flooding.",
            "opposite on whether state brought about the flooding",
        ),
        (
            "Mayor Ann Lee blamed the state for the flooding.",
            "Governor Tom Reed said Lee is being disingenuous in blaming the state for the flooding.",
            "opposite on whether state brought about the flooding",
        ),
        (
            "Mayor Ann Lee said the state government was to blame for the flooding.",
            "Governor Tom Reed said the city was to blame for the flooding.",
            "different causes for the flooding",
        ),
    ],
)
def test_blaming_called_wrong_and_was_to_blame_are_causes(text_a, text_b, reason):
    """ "is wrong to blame X", "disingenuous in blaming X" hold that X did not cause it (once
    "compatible"); "X was to blame for Y" links X to Y."""
    from rashomon.api import compare

    relations = compare(texts=[f"{text_a} {text_b}"]).relations
    assert any(r.label == "conflict" and r.reason.startswith(reason) for r in relations), relations


def test_a_contrasting_not_denies_nothing(nlp):
    """'started by a tenant, not by the landlord' affirms that a tenant did it: against "was not
    started by a tenant" it clashes (once both negative, they agreed on 'start fire')."""
    from rashomon.pipeline.claims import clause_info
    from rashomon.pipeline.nlp import parse

    text = "The fire was started by a tenant, not by landlord Tom Reed."
    assert not clause_info(parse(text, nlp), 0, len(text)).negated
    pair = _judged(nlp, text, "The fire was not started by a tenant.", TWO_SIDES, polarity=True)
    assert pair.label == "conflict", pair.reason
