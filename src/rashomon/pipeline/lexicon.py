"""General English word classes the local engine reasons with.

These are linguistic classes (reporting verbs, hedges, negators, scalar words), not
phrases from any particular story. Keep them general: a word belongs here when it
plays the same role in any news text.
"""

from __future__ import annotations

# Verbs of evidence, knowing and perceiving: an account only with a clause of their own
# ("the poll shows that ...", "she knows he lied"), never with a plain object ("found the keys").
CLAUSE_VERBS = frozenset(
    [
        "charge",  # "charged that ..." (not "charged him $7"; "charged him with ..." below)
        "restate",  # "restated that ..." (not "restated its earnings")
        "show",
        "find",
        "prove",
        "demonstrate",
        "know",
        "see",
        "feel",
        "understand",
        "learn",
        "remember",
        "wonder",
        "realize",
        "realise",
        "suspect",
        "assume",
        "consider",
        "decide",
        "determine",
        "conclude",
        "point",
        "rule",
        "recognize",
        "recognise",
        "discover",
        "hear",
        "wish",
        "sense",
        "envision",
        "imagine",
        "notice",
        "establish",
        "verify",
        "clarify",
        "fathom",
        "doubt",
        "grasp",
        "comprehend",
        "acknowledge",
    ]
)

# Things that bear evidence: with an evidence verb they report ("polls show Clinton ahead").
EVIDENCE_NOUNS = frozenset(
    [
        "poll",
        "survey",
        "study",
        "analysis",
        "data",
        "video",
        "footage",
        "report",
        "record",
        "document",
        "figure",
        "number",
        "research",
        "review",
        "audit",
        "investigation",
        "evidence",
        "photo",
        "photograph",
        "image",
        "tally",
        "average",
        "estimate",
        "memo",
        "transcript",
        "filing",
        "test",
        "census",
        "statistic",
        "chart",
        "map",
        "model",
        "projection",
        "forecast",
        "recording",
        "email",
        "letter",
        "paper",
        "slide",
        "presentation",
        "table",
        "graph",
    ]
)

# Verbs that report when what bears the evidence is their subject.
EVIDENCE_VERBS = frozenset(["show", "find", "prove", "demonstrate", "reveal", "indicate", "suggest", "confirm"])

# Nouns of saying and intending: with a possessive source and a clause of their own they are
# accounts ("Trump’s vow to ...", "his admission that ..."), as NOUN_CUES are. Nouns of acts
# ("decision", "plan", "request") are left out: with a possessive they mostly describe.
ACCOUNT_NOUNS = frozenset(
    [
        "position",
        "argument",
        "contention",
        "charge",
        "comment",
        "vow",
        "demand",
        "pledge",
        "remark",
        "announcement",
        "acknowledgment",
        "acknowledgement",
        "determination",
        "insistence",
        "theory",
        "contention",
        "admission",
        "explanation",
        "characterization",
        "description",
        "criticism",
        "complaint",
        "objection",
        "prediction",
        "assurance",
        "concession",
        "conclusion",
        "finding",
    ]
)

# Verbs of wanting and intending: an account with an infinitive ("wants to triple the program").
INTENT_VERBS = frozenset(
    ["want", "seek", "plan", "decide", "refuse", "decline", "intend", "aim", "hope", "vow", "pledge", "promise"]
)

# Verbs of taking a side or acting by speech: an account also with a plain object or a governed
# preposition ("attacked Machado", "cited derogatory comments", "talked about reform").
STANCE_VERBS = frozenset(
    [
        "apologize",
        "apologise",
        "refer",
        "support",
        "endorse",
        "back",
        "oppose",
        "defend",
        "attack",
        "blast",
        "slam",
        "denounce",
        "mock",
        "echo",
        "tout",
        "favor",
        "favour",
        "cite",
        "highlight",
        "quote",
        "ask",
        "discuss",
        "address",
        "encourage",
        "remind",
        "press",
        "talk",
        "speak",
        "identify",
        "detail",
        "outline",
        "chastise",
        "ridicule",
        "applaud",
        "champion",
        "advocate",
        "decry",
        "express",
        "liken",
        "document",
        "promote",
        "hail",
        "laud",
        "deride",
        "chronicle",
        "articulate",
        "invoke",
        "challenge",
        "view",
        "characterize",
        "characterise",
        "label",
        "dub",
        "brand",
        "portray",
        "lambaste",
        "rebuke",
        "scold",
        "castigate",
        "assail",
        "berate",
        "excoriate",
        "chide",
        "disparage",
        "vilify",
        "trumpet",
        "commend",
        "recommend",
        "advise",
        "implore",
        "urge",
        "rate",
        "deem",
        "judge",
        "assess",
        "grade",
        "compliment",
        "brag",
        "fault",
        "credit",
        "downplay",
        "minimize",
        "minimise",
        "exaggerate",
        "overstate",
        "understate",
        "acclaim",
        "cheer",
        "hammer",
        "reference",
    ]
)

# Labels of page furniture that a colon follows ("Correction: ..."): not a speaker.
PAGE_LABELS = frozenset(
    [
        "correction",
        "corrections",
        "clarification",
        "update",
        "updated",
        "editor",
        "note",
        "related",
        "watch",
        "photo",
        "photos",
        "video",
        "source",
        "sources",
        "advertisement",
        "disclosure",
        "disclaimer",
        "caption",
        "credit",
        "image",
        "background",
        "analysis",
        "opinion",
        "explainer",
        "fact check",
        "breaking",
        "exclusive",
        "read more",
        "see also",
        "author",
        "by",
        "editors",
        "credits",
        "tags",
        "posted",
        "filed",
        "listen",
        "look",
        "read",
        "see",
        "pictured",
        "gallery",
    ]
)

# Verbs whose object is the person addressed, before what they are told ("told the station that").
ADDRESSEE_VERBS = frozenset(
    [
        "tell",
        "alert",
        "inform",
        "assure",
        "remind",
        "warn",
        "convince",
        "persuade",
        "notify",
        "advise",
        "caution",
        "promise",
        "urge",
        "ask",
        "teach",
        "reassure",
        "brief",
    ]
)

# Adverbs that open a clause rather than modify a reporting verb: kept out of a cue's verb group.
CLAUSE_ADVERBS = frozenset(["when", "where", "why", "how", "as", "while", "so", "thus", "however", "therefore"])

# Verbs whose following preposition is an adjunct ("said on Monday"), never part of the cue.
PLAIN_SPEECH_VERBS = frozenset(["say", "tell", "add", "write", "state", "report", "announce", "explain", "note"])

# Prepositions a reporting verb governs ("called for", "complained about", "pointed to").
GOVERNED_PREPOSITIONS = frozenset(["for", "on", "about", "of", "to", "as", "against", "at", "with", "over"])
# where words are put out to an audience: "on Twitter", "took to the airwaves to ..."
MEDIA_NOUNS = frozenset(
    "twitter facebook instagram youtube tiktok snapchat linkedin reddit weibo telegram blog "
    "website television tv radio air airwaves camera podium microphone".split()
)

# Verbs that introduce what someone says, writes, believes or reports.
SPEECH_VERBS = frozenset(
    [
        "say",
        "tell",
        "alert",
        "notify",
        "claim",
        "state",
        "add",
        "argue",
        "insist",
        "deny",
        "dispute",
        "reject",
        "refute",
        "rebut",
        "debunk",
        "dispel",
        "contradict",
        "suggest",
        "report",
        "announce",
        "declare",
        "proclaim",
        "explain",
        "note",
        "warn",
        "accuse",
        "blame",
        "attribute",
        "allege",
        "assert",
        "acknowledge",
        "admit",
        "confirm",
        "emphasize",
        "emphasise",
        "stress",
        "maintain",
        "believe",
        "think",
        "contend",
        "write",
        "tweet",
        "post",
        "predict",
        "anticipate",
        "expect",
        "hope",
        "promise",
        "vow",
        "pledge",
        "describe",
        "reply",
        "respond",
        "retort",
        "counter",
        "complain",
        "concede",
        "indicate",
        "testify",
        "recall",
        "reveal",
        "disclose",
        "estimate",
        "demand",
        "urge",
        "propose",
        "observe",
        "caution",
        "assure",
        "reiterate",
        "reaffirm",
        "repeat",
        "recount",
        "lament",
        "boast",
        "signal",
        "hint",
        "imply",
        "conclude",
        "speculate",
        "question",
        "doubt",
        "fear",
        "worry",
        "call",
        "mention",
        "inform",
        "dismiss",
        "criticize",
        "criticise",
        "condemn",
        "praise",
        "welcome",
        "threaten",
        "predict",
        "agree",
        "disagree",
        "complain",
        "remark",
        "comment",
        "answer",
        "counter",
        "joke",
        "quip",
        "whisper",
        "shout",
        "yell",
        "plead",
        "contend",
        "posit",
        "theorize",
        "retract",
        "recant",
    ]
)

# Reporting verbs that deny or rebut what another side said.
DENIAL_VERBS = frozenset(
    ["deny", "dispute", "reject", "refute", "rebut", "debunk", "dispel", "contradict", "dismiss", "counter"]
    + ["disagree", "retract", "recant"]  # taking back one's own claim denies it too
)

# Phrasal verbs by which a speaker turns down what another said ("laughed off the announcement").
DISMISSAL_PARTICLES: dict[str, frozenset[str]] = {
    "laugh": frozenset(["off"]),
    "brush": frozenset(["off", "aside"]),
    "wave": frozenset(["off", "away", "aside"]),
    "shrug": frozenset(["off"]),
    "scoff": frozenset(["at"]),
    "play": frozenset(["down"]),
    "push": frozenset(["back"]),
    "hit": frozenset(["back"]),
    "fire": frozenset(["back"]),
    "bat": frozenset(["down"]),
    "shoot": frozenset(["down"]),
    "knock": frozenset(["down"]),
}

# Verbs of asking: what they report is a question ("'Is it true?' Roberts asked").
ASKING_VERBS = frozenset(["ask", "wonder", "inquire", "enquire", "query"])
# verbs of accusing that take the charge after a preposition: "charged him with fraud" accuses,
# "charged him $7" bills
ACCUSING_PREPOSITIONS = {"charge": "with"}
# verbs by which an outlet passes on another's words ("as cited by", "as quoted by")
RELAY_VERBS = frozenset(["cite", "quote", "report", "relay"])
# the marks of a condition: what follows is supposed, not asserted
CONDITION_MARKS = frozenset(["if", "unless"])

# Phrasal verbs of speaking up or holding to what one said ("doubled down on the defense",
# "weighed in on the ruling", "spoke out against the ban"): verbs of saying with their particle.
SPEAKING_PARTICLES: dict[str, frozenset[str]] = {
    "double": frozenset(["down"]),
    "weigh": frozenset(["in"]),
    "speak": frozenset(["out", "up"]),
    "lash": frozenset(["out"]),
    "chime": frozenset(["in"]),
    "sound": frozenset(["off"]),
}

# Reporting verbs that are also acts in the story ("X demanded that ..."); inside another speaker's
# version they are part of that version, not a new account.
ACT_VERBS = frozenset(
    [
        "demand",
        "urge",
        "ask",
        "propose",
        "threaten",
        "promise",
        "accuse",
        "blame",
        "warn",
        "call",
        "pledge",
        "vow",
        "offer",
    ]
)

# Reporting verbs that present the content as uncertain.
HEDGE_VERBS = frozenset(
    [
        "suggest",
        "claim",
        "allege",
        "believe",
        "think",
        "speculate",
        "imply",
        "hint",
        "indicate",
        "expect",
        "anticipate",
        "hope",
        "fear",
        "doubt",
        "estimate",
        "appear",
        "seem",
        "theorize",
        "posit",
    ]
)

# Verbs of seeming: "it looks like the report is true" weighs the report, it does not pretend.
SEEMING_VERBS = frozenset(["look", "seem", "appear", "sound", "feel"])

HEDGE_WORDS = frozenset(
    [
        "reportedly",
        "apparently",
        "allegedly",
        "purportedly",
        "supposedly",
        "possibly",
        "perhaps",
        "maybe",
        "likely",
        "seemingly",
        "probably",
        "presumably",
        "ostensibly",
        "rumoured",
        "rumored",
        "unconfirmed",
    ]
)

HEDGE_AUX = frozenset(["may", "might", "could"])

# "gave the impression that ...", "expressed hope that ...": a light verb and a noun that reports.
NOUN_CUES = frozenset(
    [
        "impression",
        "claim",
        "statement",
        "view",
        "belief",
        "assertion",
        "allegation",
        "hope",
        "assessment",
        "argument",
        "insistence",
        "suggestion",
        "warning",
        "accusation",
        "denial",
        "promise",
        "concern",
        "fear",
        "expectation",
        "message",
    ]
)
LIGHT_VERBS = frozenset(
    [
        "give",
        "express",
        "make",
        "issue",
        "voice",
        "reiterate",
        "repeat",
        "offer",
        "release",
        "convey",
        "have",
        "raise",
        "share",
        "pose",
        # "found no evidence that ...", "saw no sign that ..."
        "find",
        "see",
        # "cast doubt on claims that ...", "poured scorn on the claim", "heaped praise on"
        "cast",
        "pour",
        "heap",
    ]
)

# Nouns that a light verb turns into an act of saying ("made the case for", "has questions
# about", "offered insights into") when they have a clause or a governed object of their own.
LIGHT_NOUNS = frozenset(
    [
        "case",
        "point",
        "comment",
        "condemnation",
        "scorn",
        "secret",
        "question",
        "reservation",
        "doubt",
        "objection",
        "interest",
        "remark",
        "prediction",
        "plea",
        "appeal",
        "demand",
        "call",
        "complaint",
        "criticism",
        "praise",
        "support",
        "endorsement",
        "assurance",
        "pitch",
        "vow",
        "pledge",
        "announcement",
        "admission",
        "insight",
        "advice",
        "recommendation",
        "observation",
        "opinion",
        "position",
        "illusion",
        "misgiving",
        "thought",
        "evidence",
        "proof",
        "sign",
        "indication",
    ]
)

# Heads of a source phrase that stand for the speaker's words ("reports from X", "a statement by X").
REPORT_NOUNS = frozenset(
    [
        "report",
        "statement",
        "account",
        "message",
        "post",
        "tweet",
        "remark",
        "comment",
        "announcement",
        "communique",
        "release",
        "broadcast",
        "editorial",
        "article",
        "reporting",
        "coverage",
    ]
)

# Things a speaker issues that later speak for them ("X sent a letter ... The letter says ...").
DOCUMENT_NOUNS = REPORT_NOUNS | frozenset(
    ["letter", "ad", "advertisement", "commercial", "video", "memo", "email", "petition", "speech", "interview"]
    + ["column", "spot"]
    + ["text", "tweet"]
    + ["lawsuit", "suit", "complaint", "resolution", "filing", "motion", "brief", "missive", "study", "survey"]
    + ["story", "piece", "mail", "record", "cable", "document"]
    + ["opinion", "memorandum", "announcement", "ruling"]
    + ["notice", "directive", "guidance", "notification", "bulletin"]
    + ["indictment", "affidavit", "subpoena", "verdict"]
)
# Documents of the news and of research, which are no later name for a speaker's own statement.
NEWS_NOUNS = frozenset(
    "report article story piece coverage reporting editorial broadcast study survey column poll".split()
)
# Verbs by which someone issues such a document ("The NAACP passed a resolution", "the states
# filed a lawsuit"): the document later speaks for them ("The resolution says ...").
ISSUING_VERBS = frozenset(
    "issue release publish pass adopt file send write submit post sign draft unveil introduce approve "
    "bring launch air run deliver give fire".split()
)
# A verb whose act is itself the document: "Nebraska and Oklahoma sued Colorado" -> "the lawsuit".
# bodies that decide and issue what they decide ("A grand jury indicted ...": the indictment is theirs)
DECIDING_BODIES = frozenset(["jury", "court", "panel", "tribunal", "commission"])
ACT_DOCUMENTS = {"sue": frozenset(["lawsuit", "suit", "complaint"]), "indict": frozenset(["indictment"])}
# Names one document goes by later in a story ("filed a lawsuit" ... "The suit says").
DOCUMENT_ALIASES = {
    "lawsuit": frozenset(["suit", "complaint", "filing"]),
    "suit": frozenset(["lawsuit", "complaint", "filing"]),
    "complaint": frozenset(["lawsuit", "suit", "filing"]),
    "report": frozenset(["study", "story", "article", "piece"]),
    "study": frozenset(["report"]),
    # a news outlet's story goes by any of these names
    "story": frozenset(["report", "article", "piece"]),
    "article": frozenset(["report", "story", "piece"]),
    "piece": frozenset(["report", "story", "article"]),
    # an advertisement goes by any of these names ("a television commercial ... The ad says")
    "ad": frozenset(["advertisement", "commercial", "spot"]),
    "advertisement": frozenset(["ad", "commercial", "spot"]),
    "commercial": frozenset(["ad", "advertisement", "spot"]),
    "spot": frozenset(["ad", "advertisement", "commercial"]),
}

# Words that negate the clause they are in.
NEGATORS = frozenset(["not", "n't", "no", "never", "nothing", "none", "neither", "nor", "nobody", "without", "cannot"])

# Predicates that say another account is false: "X's claim was inaccurate".
FALSITY_WORDS = frozenset(
    [
        "inaccurate",
        "false",
        "untrue",
        "wrong",
        "incorrect",
        "lie",
        "lies",
        "baseless",
        "unfounded",
        "fabricated",
        "fake",
        "bogus",
        "misleading",
        "nonsense",
        "ridiculous",
        "absurd",
        "fiction",
        "fabrication",
        "distortion",
        "mischaracterization",
        "misrepresentation",
        "falsehood",
        "falsehoods",
        "untruth",
        "misinformation",
        "disinformation",
        # what a suit or a charge is called when it is said to have no ground
        "meritless",
        "groundless",
        "frivolous",
        "spurious",
        "unsubstantiated",
    ]
)
# Predicates that say an account is true: "the report is accurate" (negated, they call it false).
TRUTH_WORDS = frozenset(["true", "accurate", "correct", "truthful", "factual", "right", "credible", "valid"])

# Things shown as evidence whose authenticity sides dispute ("the video is fake", "the recording is
# genuine"): judging one authentic or not is a verdict, as judging a report true or false is.
ARTEFACT_NOUNS = frozenset(
    "photo photograph picture image video footage recording tape audio clip document letter email memo "
    "screenshot signature".split()
)
GENUINE_WORDS = frozenset(["authentic", "genuine", "real"])
FAKE_WORDS = frozenset(
    "fake hoax doctored forged forgery fabricated staged photoshopped altered manipulated bogus phony phoney".split()
)

# Words of evidence and belief whose negation doubts what hangs from them ("no evidence that the
# report is true", "I don't think it is accurate"), unlike "did not deny that", which grants it.
DOUBT_RAISERS = frozenset(
    "evidence sign proof reason indication suggestion basis think believe expect suppose know".split()
)

# Verbs that bear a report out ("confirmed the report", "verified the recording"), and nouns of
# what a report rests on, which "no" or "without" takes away ("no truth to the claims", "without
# merit").
CONFIRMING_VERBS = frozenset("confirm corroborate verify substantiate".split())
GROUND_NOUNS = frozenset("truth basis merit foundation substance".split())

# Nouns of claiming that can stand for speakers the text does not name ("defended the deal against
# criticism that ...", "denied reports that ..."), each with the people who say them.
UNNAMED_SPEAKERS = {
    **dict.fromkeys(["criticism", "criticisms", "complaint", "complaints"], "critics"),
    **dict.fromkeys(["accusation", "accusations", "allegation", "allegations"], "accusers"),
    **dict.fromkeys(["report", "reports", "rumor", "rumors", "rumour", "rumours", "speculation"], "reports"),
    **dict.fromkeys(["claim", "claims", "suggestion", "suggestions"], "claims"),
}

# Nouns of demanding that say what is demanded in a "for" phrase or an infinitive after them
# ("calls for an inquiry", "pleas to stay calm", "demands that he resign" has its own rule), each
# form with who makes them when the text names no one ("amid calls to cancel it"). The singular
# "demand" is left out: "demand for coal" is a market's, not a speaker's.
DEMAND_NOUNS = {
    **dict.fromkeys(["call", "calls", "demands", "plea", "pleas", "appeal", "appeals"], "those calling for it"),
}
# What a "call" asks for that is no demand of a side: a reporter's "calls for comment", a
# dispatcher's "calls for service".
ROUTINE_REQUESTS = frozenset(
    "comment interview information service help response reaction clarification assistance".split()
)
# Verbs by which one makes, asks or lets another act, whose object does the act of the infinitive
# after it ("directed Cohen to lie": Cohen lies; "prompted Republicans to block the bill"); after
# any other verb the subject does it ("promised Kim to lift the sanctions", "fired Comey to end the
# inquiry": a purpose the parser may hang the same way).
OBJECT_CONTROL_VERBS = frozenset(
    "ask tell order direct urge force persuade convince allow permit let enable encourage instruct "
    "require pressure push compel invite get cause lead help authorize advise warn beg implore press "
    "want expect prompt spur drive inspire challenge pay arm hire request remind train recruit authorise "
    "send deploy equip fund mobilize mobilise".split()
)
# Verbs by which a clause on a person tells whom they work or speak for ("Jane Roe, a nurse, who
# volunteers with Hamas", "..., who speaks for the army"): their side, where another clause on a
# name tells only what they did ("..., who announced her White House bid", "..., who heads the
# Israel studies program").
AFFILIATION_VERBS = frozenset("work serve speak volunteer advise".split())
# Verbs by which one keeps up one's own words ("renewed their calls for", "repeated his claim that",
# "defended her decision to"): a possessive on their object is the subject's.
OWN_WORDS_VERBS = frozenset(
    "repeat renew reiterate restate defend press push make voice issue maintain intensify escalate step "
    "double reissue underscore emphasize emphasise stand".split()
)
# Verbs that handle calls as calls ("did not return calls for ...", "responded to calls for
# assistance", "answered calls"): what is asked there is a reporter's or a dispatcher's request.
CALL_HANDLING_VERBS = frozenset("return respond answer field".split())

CLAIM_NOUNS = frozenset(
    [
        "claim",
        "claims",
        "statement",
        "statements",
        "account",
        "version",
        "allegation",
        "allegations",
        "story",
        "report",
        "reports",
        "assertion",
        "suggestion",
        "suggestions",
        "accusation",
        "accusations",
        "charge",
        "charges",
        "rumor",
        "rumors",
        "rumour",
        "rumours",
    ]
)

# The verb by which a speaker makes what a claim noun names: "these claims are false" turns down
# what someone "claims", "the allegations" what someone "alleged".
CLAIM_NOUN_VERBS = {
    "claim": "claim",
    "claims": "claim",
    "allegation": "allege",
    "allegations": "allege",
    "accusation": "accuse",
    "accusations": "accuse",
    "charge": "charge",
    "charges": "charge",
    "assertion": "assert",
}
# ("report" and "suggest" are left out: "X reported that ..." and "suggested" are how most news
# passes on anything, so "denied the reports" says nothing of which report it turns down)

# Nouns for something held true that a speaker can grant or deny ("a point the office denied").
PROPOSITION_NOUNS = CLAIM_NOUNS | frozenset(
    "point view idea notion argument contention premise theory characterization description".split()
)

# Nouns whose "of" gerund or infinitive only supposes an act ("the idea of Lieberman replacing
# Comey", "the prospect of a strike", "the risk of it spreading"): the act is weighed, not told.
SUPPOSING_NOUNS = frozenset(
    "idea notion prospect possibility thought chance risk danger likelihood fear hope specter spectre threat".split()
)

# Scalar words that say how much: contrasting members of one scale conflict.
SCALES: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (
        frozenset(["full", "total", "complete", "entire", "all", "whole", "every", "comprehensive"]),
        # ("all but": "all but the wealthy", "everyone except the mayor", which ``ALL_BUT`` reads as one word)
        frozenset(["partial", "part", "some", "limited", "half", "incomplete", "few", "portion", "all but"]),
    ),
    # ... and the whole less some against everyone (not "everyone" against "some", which a pronoun
    # that measures nothing would set against any "some")
    (frozenset(["everybody", "everyone"]), frozenset(["all but"])),
    (frozenset(["more", "increase", "higher", "additional", "extra"]), frozenset(["less", "fewer", "lower", "reduce"])),
    (frozenset(["always"]), frozenset(["never", "sometimes"])),
    (
        frozenset(["hopeful", "optimistic", "confident", "likely"]),
        frozenset(["pessimistic", "doubtful", "unlikely", "skeptical", "sceptical"]),
    ),
)
# "all but X", "everyone except X": the whole less a part, which stands with "some", not with "all"
ALL_BUT = (frozenset(["all", "everyone", "everybody", "every"]), frozenset(["but", "except"]))
# ... only before what is left out ("all but the wealthy", "all but one"), not "all but done"
ALL_BUT_BEFORE = frozenset(
    "the a an one two three four five six seven eight nine ten those these his her their its few".split()
)
# every word of amount on any of those scales
SCALE_WORDS: frozenset[str] = frozenset().union(*(high | low for high, low in SCALES))

# Outcomes that exclude each other: one account saying one and another the other clash
# ("the talks will continue" / "the talks have ended", "he was armed" / "he was unarmed").
OPPOSITES: tuple[tuple[str, str], ...] = (
    ("win", "lose"),
    ("accept", "reject"),
    ("approve", "reject"),
    ("support", "oppose"),
    ("continue", "end"),
    ("continue", "stop"),
    ("start", "stop"),
    ("open", "close"),
    ("rise", "fall"),
    ("increase", "decrease"),
    ("guilty", "innocent"),
    ("legal", "illegal"),
    ("lawful", "unlawful"),
    ("alive", "dead"),
    ("armed", "unarmed"),
    ("succeed", "fail"),
    ("success", "failure"),
    ("allow", "ban"),
    ("allow", "forbid"),
    ("allow", "prohibit"),
    ("lift", "impose"),
    ("strengthen", "weaken"),
    ("safe", "dangerous"),
    ("peaceful", "violent"),
    ("include", "exclude"),
    ("possible", "impossible"),
    ("justified", "unjustified"),
    ("present", "absent"),
)

# Function words and generic verbs left out of content comparisons.
STOP_LEMMAS = frozenset(
    [
        "be",
        "have",
        "do",
        "say",
        "tell",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "shall",
        "should",
        "must",
        "get",
        "make",
        "go",
        "come",
        "take",
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "him",
        "her",
        "them",
        "us",
        "me",
        "my",
        "our",
        "your",
        "their",
        "his",
        "hers",
        "theirs",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "about",
        "as",
        "into",
        "over",
        "after",
        "before",
        "than",
        "then",
        "there",
        "here",
        "and",
        "or",
        "but",
        "if",
        "so",
        "also",
        "just",
        "only",
        "very",
        "much",
        "more",
        "most",
        "such",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "some",
        "one",
        "other",
        "another",
        "each",
        "both",
        "either",
        "neither",
        "not",
        "no",
        "n't",
        "never",
    ]
)

# Role nouns that, as "the <role>", refer back to a person already named.
PERSON_ROLES = frozenset(
    "lawmaker senator congressman congresswoman representative president minister governor mayor candidate "
    "leader chairman chairwoman secretary spokesman spokeswoman spokesperson ambassador general commander "
    "chief director prosecutor judge attorney lawyer officer sheriff premier chancellor nominee king queen "
    "businessman businesswoman executive founder counsel aide adviser advisor envoy negotiator diplomat rep".split()
)


# Words for one who works for a body, named before their own name ("Glide head of communications
# Chaim Haas", "New Day cohost Michaela Pereira"): the capitalised words before them name the body.
STAFF_ROLES = PERSON_ROLES | frozenset(
    "head host cohost co-host anchor correspondent editor reporter producer manager staffer employee analyst "
    "officer coach owner commissioner chair".split()
)


# Units inside a body, named with a capital after a title ("head of Research", "director of
# Communications"): a department, not the body a person speaks for.
DEPARTMENT_WORDS = frozenset(
    "research communications intelligence forum operations marketing sales finance policy development "
    "engineering security strategy programs affairs technology administration resources planning "
    "compliance legal outreach advocacy public works personnel investigations enforcement".split()
)


# Words for one who acts within a movement or body, not as its officer ("Tea party activist X",
# "union organizer Y"): the name before them is whom they side with, as with a role (a mere
# "supporter" stands outside the body it backs).
MEMBER_ROLES = frozenset("activist organizer organiser volunteer member campaigner".split())

# People who act or speak for a side, whose "from" or "with" phrase names it ("fighters from
# Hamas", "calls to resign from fellow Democrats"): roles, members and the side's rank and file.
SIDE_PEOPLE = (
    STAFF_ROLES
    | MEMBER_ROLES
    | frozenset(
        "militant fighter soldier troop gunman rebel force official supporter agent operative democrat "
        "republican colleague critic".split()
    )
)


# Verbs by which one side goes at another ("X blasted the bureau", "accused tea party activists
# of ...", "condemning racist elements in the movement"): the one who does it is set against them.
ATTACK_VERBS = frozenset(
    "accuse blast slam criticize criticise attack condemn denounce lambaste rip fault assail chide scold "
    "rebuke berate excoriate castigate blame mock ridicule deride decry disparage smear vilify bash".split()
)

# Verbs of going at someone that are also blows ("militants attacked the town"): no side taken
# where what they act on is a place.
BLOW_VERBS = frozenset("attack assail blast bash rip strike hit".split())

# Verbs of acting against someone by law or office ("sued", "fired", "fined"): the one who does it
# gives the grounds ("was sued by the city, alleging ...").
SANCTION_VERBS = frozenset("sue fire fine charge indict ban suspend censure expel sanction penalize penalise".split())
# Acts done to someone for what they did ("fired for lying", "arrested after he ..."): sanctions,
# and punishments short of them.
PUNISHING_VERBS = SANCTION_VERBS | frozenset("arrest punish discipline jail convict dismiss reprimand".split())
# Verbs that give the grounds of such an act ("was sued by the city, alleging ...", "..., citing ...")
GROUNDS_VERBS = frozenset("allege accuse cite charge contend".split())

# Words of condemnation said of a thing ("the remarks were offensive", "the ruling is a disgrace"):
# two sides that say them of one thing, or go at it with a verb of attack, condemn it together.
CONDEMNING_WORDS = frozenset(
    "wrong offensive inappropriate unacceptable outrageous disgraceful shameful appalling deplorable "
    "reprehensible despicable disgusting irresponsible reckless troubling disturbing alarming absurd "
    "ridiculous misguided unfair unjust racist sexist insulting hurtful inexcusable indefensible egregious "
    "abhorrent vile shocking unconscionable unprofessional improper wrongheaded foolish stupid dumb "
    "disgrace outrage embarrassment travesty insult".split()
)

# Verbs of backing a thing ("I support this law", "praised the ruling") and of standing against
# it ("opposes the plan"): one side that backs what another condemns or opposes is at odds with
# it. Words that approve of a thing said of it ("the ruling is fair", "I find the law necessary")
# back it as the verbs do.
BACKING_VERBS = frozenset(
    "support endorse back defend praise welcome applaud champion hail commend laud embrace favor favour".split()
)
OPPOSING_VERBS = frozenset("oppose".split())
APPROVING_WORDS = frozenset(
    "good right fair necessary justified reasonable appropriate legitimate lawful legal constitutional "
    "sound sensible wise great excellent proper warranted".split()
)
# Words of ill judgement too plain to condemn on their own ("bad weather"), which judge a thing
# where the text says it is one ("the offer was a bad deal"): it stands against it.
JUDGING_ILL_WORDS = frozenset("bad terrible awful horrible unreasonable unworkable flawed".split())
# Verbs of turning down that, done to a thing rather than to anything said ("rejected the offer",
# not "rejected the allegations"), stand against it.
REJECTING_VERBS = frozenset(["reject"])
# What a thing is said to be when a word of judgement on it judges the thing itself ("the offer was a
# bad deal", "a good idea", "a reasonable one"), not a thing of its own ("a terrible necessity").
JUDGED_KIND_NOUNS = frozenset(
    "deal idea one move decision choice thing step plan policy law bill proposal offer".split()
)

# Nouns of something said ("the remark", "her comments", "his words"): in one story an apology
# for "the remark" and a condemnation of "her comments" are of one thing.
UTTERANCE_NOUNS = frozenset("remark comment statement tweet post message word language joke slur".split())

# Words of apologising: one who apologises for a thing grants it was wrong ("I apologize for my
# words"), one who refuses to stands by it ("offered no apology for the remark").
APOLOGY_WORDS = frozenset("apologize apologise apology sorry".split())

# Leaving a post, a race or a pact, and staying in it: a verb, or a verb with one of its particles
# ("step down", "drop out"). One side saying someone goes and another that they stay clash; two
# sides that both say they go agree. A negated or refused leaving is staying ("will not give up",
# "refused to step down").
LEAVING_VERBS: dict[str, frozenset[str]] = {
    **{v: frozenset() for v in "resign quit withdraw exit abdicate".split()},
    "step": frozenset(["down", "aside"]),
    "stand": frozenset(["down", "aside"]),
    "drop": frozenset(["out"]),
    "bow": frozenset(["out"]),
    "pull": frozenset(["out"]),
    "give": frozenset(["up"]),
}
STAYING_VERBS: dict[str, frozenset[str]] = {"stay": frozenset(["in", "on", "put"]), "remain": frozenset(["in", "on"])}
# Places that are no post, race or pact: "stay in touch", "remain in custody", "stepped down from
# the podium" say where someone is, not what they hold.
NON_POSTS = frozenset(
    "touch contact custody jail prison detention hospital stage podium limbo place shape line bed car "
    "room building vehicle".split()
)
# Adverbs that take back a charge as it is told ("was falsely accused", "wrongly charged").
WRONGLY_WORDS = frozenset("falsely wrongly unfairly unjustly baselessly wrongfully erroneously mistakenly".split())
# Cues that make what they report a charge: "alleged that Lyle took the money".
ALLEGING_VERBS = frozenset(["allege"])

# Verbs that press someone to do something: "urged him to quit" says who should go, and "nobody
# is asking him to quit" says neither that he goes nor that he stays.
URGING_VERBS = frozenset("urge call press demand ask push tell encourage want".split())
# What one leaves or stays in: a verb of leaving with any other object ("quit smoking", "withdrew
# money", "gave up their weapons") says nothing of a post.
POST_NOUNS = frozenset(
    "post office job seat race bid campaign candidacy nomination presidency position role chair "
    "deal pact agreement accord treaty coalition alliance government cabinet administration "
    "fight battle contest primary leadership party throne crown politics team commission board "
    "parliament senate congress ministry membership talks committee council panel court bench company firm "
    "house caucus".split()
)
# Words of meaning to do something: "has no plans to resign" says she stays.
INTENT_NOUNS = frozenset("plan intention intent intend want mean desire wish".split())
# nouns that "no" makes an idiom of, which denies no thing's existence: "have no doubt", "had no
# comment", "no idea", "no choice", "there is no question that", "no reason to", "no way"
IDIOM_NOUNS = frozenset("doubt comment idea choice question reason way problem need time matter sense".split())

# Verbs by which a claim calls someone a liar ("the lawmakers were lying"): it goes at them.
LYING_VERBS = frozenset(["lie", "fabricate"])

# Nouns for words someone issues, besides reports ("talking points", "an excerpt", "remarks"),
# and nouns for a collection of them ("a set of response points").
STATEMENT_NOUNS = frozenset(["point", "excerpt", "passage", "transcript", "remark", "comment", "commentary", "note"])
# nouns of answering words that a sentence can name someone for ("drew a sharp response from X",
# "a terse response from the party said ...")
RESPONSE_NOUNS = frozenset("response reply retort rebuke rebuttal riposte".split())
COLLECTION_NOUNS = frozenset(["set", "list", "series", "number", "couple"])

# Roles that set their bearer against the one who owns them ("Cornyn's Democratic counterpart").
RIVAL_NOUNS = frozenset(
    "counterpart rival opponent challenger critic foe adversary nemesis successor predecessor".split()
)
# What a source asks for that is no account ("asked for anonymity", "requested privacy").
DISCRETION_NOUNS = frozenset("anonymity privacy confidentiality discretion".split())

# Verbs of running against or ousting someone ("a Republican trying to unseat Rep. X", "who is
# challenging the incumbent"): their object is the speaker's opponent.
RIVAL_VERBS = frozenset("unseat challenge oust topple defeat succeed replace".split())

# Chambers whose members belong to every side: a title in one names no side.
LEGISLATURES = frozenset("senate house congress parliament assembly legislature".split())

# Family: a relative's office is not the speaker's side ("the sister of Liz Cheney, a Senate
# candidate"); the relative is taken to be on the speaker's side.
KIN_NOUNS = frozenset(
    "sister brother wife husband son daughter father mother parent child cousin uncle aunt niece nephew "
    "widow widower grandson granddaughter grandfather grandmother sibling".split()
)

# The public of a service or outlet ("YouTube users", "Comcast customers", "Fox viewers"): people
# named after what they use, who do not speak for it.
PUBLIC_NOUNS = frozenset(
    "user customer viewer subscriber reader listener follower fan visitor consumer shopper commenter".split()
)

# Someone's counterparts: "X's employer", "X's critics" name others than X, and not X's side.
COUNTERPART_NOUNS = frozenset(
    "employer boss rival opponent critic accuser victim landlord challenger adversary foe detractor "
    "creditor prosecutor".split()
)

# Someone's followers: "Pelosi's supporters", "Trump's allies" take the side of the one named.
FOLLOWER_NOUNS = frozenset("supporter ally backer loyalist defender follower surrogate camp".split())

# Words for people who comment on a matter without an office in it ("with an Iraqi official
# denying ...", "with critics saying ..."): someone who can speak, where a thing cannot.
COMMENTATOR_NOUNS = frozenset("official critic expert analyst observer source".split())

# Words before or in a name that tell whether "he" or "she" can stand for the person.
FEMALE_WORDS = frozenset(
    "ms. ms mrs. mrs miss madam spokeswoman congresswoman chairwoman businesswoman councilwoman "
    "woman girl mother wife daughter sister queen actress grandmother aunt niece widow".split()
)
HONORIFICS = frozenset("ms. ms mrs. mrs miss mr. mr".split())  # titles that tell a person's gender
MALE_WORDS = frozenset(
    "mr. mr spokesman congressman chairman businessman councilman man boy father husband son "
    "brother king actor grandfather uncle nephew widower".split()
)

# Occupations a name before them gives the subject of ("a Boko Haram expert", "a China watcher").
EXPERTISE_NOUNS = frozenset("expert specialist watcher scholar researcher historian consultant".split())

# Scholars and scientists: speakers who comment on a matter from outside it.
EXPERT_ROLES = EXPERTISE_NOUNS | frozenset(
    "professor scientist economist analyst academic astronomer physicist lecturer".split()
)


def expert_role(lemma: str) -> bool:
    """A word that makes its bearer a scholar or scientist ("professor", "arachnologist")."""
    return lemma in EXPERT_ROLES or (lemma.endswith("ologist") and len(lemma) > 8)


# What a threat made says will be done ("threatened a strike", "threatened a veto"), unlike a danger
# ("the fire threatened homes").
THREAT_NOUNS = frozenset(
    "strike veto lawsuit suit sanction boycott shutdown retaliation reprisal action walkout war force violence "
    "resignation punishment arrest prosecution".split()
)

# Matters one speaks to ("spoke to the need for tighter borders"), unlike an audience.
MATTER_NOUNS = frozenset(
    "need issue question concern matter importance problem topic subject point heart future debate challenge "
    "situation crisis case fact".split()
)

# Penalties one is given for what one did ("suspensions for referring to a classmate as ..."):
# the act is the punished one's, whoever the sentence is about.
PENALTY_NOUNS = frozenset(
    "suspension expulsion detention punishment penalty fine sentence arrest citation ban reprimand".split()
)

# Offices that head one kind of institution, and the words that name that kind: "Principal X" in a
# story where one school speaks is of that school.
INSTITUTION_HEADS: dict[str, frozenset[str]] = {
    "principal": frozenset(["school", "academy"]),
    "headteacher": frozenset(["school", "academy"]),
    "headmaster": frozenset(["school", "academy"]),
    "headmistress": frozenset(["school", "academy"]),
    "superintendent": frozenset(["district", "schools"]),
    "dean": frozenset(["school", "college", "university", "faculty"]),
    "provost": frozenset(["university", "college"]),
    "chancellor": frozenset(["university", "college"]),
    "coach": frozenset(["team", "club"]),
    "sheriff": frozenset(["sheriff", "county"]),
    "warden": frozenset(["prison", "jail", "penitentiary"]),
    "pastor": frozenset(["church"]),
    "imam": frozenset(["mosque"]),
    "rabbi": frozenset(["synagogue", "congregation"]),
}

# Verbs two parties do to or with each other ("Israel and Hamas agreed to a truce", "the two
# leaders met"): a subject that names both names counterparts, not one side.
RECIPROCAL_VERBS = frozenset(
    "agree meet negotiate talk sign clash fight trade exchange discuss compete spar wrangle feud "
    "battle differ disagree quarrel argue settle reconcile shake bargain".split()
)

# Occupations a place before them only locates ("a Colorado attorney", "a Denver economist"):
# unlike an office ("Colorado Attorney General"), they do not make the person speak for the place.
PRIVATE_ROLES = frozenset(
    "attorney lawyer economist professor analyst expert scholar activist advocate resident voter doctor "
    "farmer businessman businesswoman entrepreneur writer author journalist reporter consultant pastor "
    "student teacher owner researcher historian lobbyist strategist pollster"
    # people named by what they are, not by any office: "One Chicago woman", "a Denver father"
    " woman man girl boy mother father parent wife husband family couple retiree veteran worker"
    " therapist nurse artist blogger customer employee client passenger patient"
    " user viewer reader commenter subscriber follower witness eyewitness".split()
)

# Roles whose bearer speaks for another ("the women's lawyer", "a spokesman for the campaign"):
# whoever they act for is their side.
AGENT_ROLES = frozenset(
    "lawyer attorney counsel spokesman spokeswoman spokesperson representative mouthpiece office campaign aide".split()
)

# Verbs that turn what they govern into its opposite: "abandoned a deal to expand" says it will
# not expand, "misconstrued as a license to discriminate" that it is none. A claim that says X under
# one of them no more affirms X than "will not X" does.
REVERSING_VERBS = frozenset(
    "abandon cancel scrap halt stop cease quit refuse decline fail block prevent ban forbid prohibit bar "
    "avoid withdraw misconstrue mischaracterize mischaracterise misrepresent misread".split()
)

# Nouns that name a reversal ("his refusal to meet", "the cancellation of the talks"): what they
# govern does not happen, as with the verbs above.
REVERSING_NOUNS = frozenset(
    "abandonment cancellation refusal halt cessation withdrawal ban prohibition failure rejection".split()
)

# Predicates that carry their own "not": "X is unrelated to Y" says X is not related to Y.
NEGATIVE_PREDICATES = frozenset(["unrelated", "unconnected", "unable", "incapable", "impossible"])

# Verbs of lessening something: "does not diminish his record" says the record stands.
LESSENING_VERBS = frozenset("diminish detract undermine lessen tarnish erode undercut belittle".split())

# After "not", words that deny only a restriction ("not only", "not just"): what follows is said.
RESTRICTING_ADVERBS = frozenset("only just merely simply solely".split())

# Participles that work as prepositions or conjunctions ("..., considering Massachusetts is ...",
# "given that ...", "assuming it passes"): without a subject of their own they report nothing.
PARTICIPIAL_PREPOSITIONS = frozenset(
    "considering given assuming including excluding regarding concerning following barring provided "
    "providing supposing granted seeing".split()
)

# Instruments of policy and the texts that lay them down: they have aims ("the law aims to
# protect ...", "the bill seeks to ban ..."), a description of what they do, not anyone's account.
# Events, which happen and say nothing: "The visit has challenged the relationship" is no account
EVENT_NOUNS = frozenset(
    "visit trip meeting event incident storm attack shooting crash flood fire protest rally collapse".split()
)
INSTRUMENT_NOUNS = frozenset(
    "law bill measure legislation act statute rule regulation policy program programme plan proposal "
    "amendment ordinance order provision initiative project scheme strategy deal agreement treaty "
    "resolution budget reform effort".split()
)

# Offices a body keeps in a place ("the NAACP's Washington bureau"): the place is no side.
BRANCH_NOUNS = frozenset("bureau office branch chapter desk headquarters".split())

# Nouns by which a text refers back to a body it has named ("the group said", "the agency said").
BODY_NOUNS = frozenset(
    "group organization organisation agency company firm association union coalition campaign committee "
    "department ministry office bureau network outlet newspaper paper tabloid magazine site publication "
    "administration government body council board institute foundation".split()
)
# bodies of a trade's or a workplace's workers ("Acme's pilots' union"): their own voice, not the employer's
LABOUR_BODIES = frozenset(["union", "guild"])

# What a title before a name makes its bearer ("Sen. Ted Cruz" is "the senator", "the lawmaker").
_LAWMAKER = frozenset(["lawmaker", "legislator"])
TITLE_ROLES: dict[str, frozenset[str]] = {
    "sen.": frozenset(["senator"]) | _LAWMAKER,
    "senator": frozenset(["senator"]) | _LAWMAKER,
    "rep.": frozenset(["representative", "congressman", "congresswoman"]) | _LAWMAKER,
    "representative": frozenset(["representative", "congressman", "congresswoman"]) | _LAWMAKER,
    "congressman": frozenset(["congressman", "representative"]) | _LAWMAKER,
    "congresswoman": frozenset(["congresswoman", "representative"]) | _LAWMAKER,
    "gov.": frozenset(["governor"]),
    "gen.": frozenset(["general"]),
    "pres.": frozenset(["president"]),
    "sec.": frozenset(["secretary"]),
    "amb.": frozenset(["ambassador"]),
}


# Words that tell two bearers of one title apart: a political party and a rank ("the Republican
# nominee" is not "Democratic vice presidential nominee Tim Kaine").
PARTY_WORDS = frozenset(["republican", "democratic", "libertarian", "green", "conservative", "labour", "liberal"])
PARTY_ALIASES = {
    "gop": "republican",
    "democrat": "democratic",
    "democrats": "democratic",
    "republicans": "republican",
    # the headline and cable shorthand ("Another leading Dem, Sen. ...", "Dems reject offer")
    "dem": "democratic",
    "dems": "democratic",
}
RANK_WORDS = frozenset(["vice", "deputy", "assistant", "former", "acting", "interim"])


def political_party(word: str) -> str | None:
    """The party a word names, singular or plural ("Democrats", "GOP", "Conservatives"), or None."""
    w = word.lower().strip(",")
    w = PARTY_ALIASES.get(w, w)
    if w not in PARTY_WORDS and w.endswith("s"):
        w = w[:-1]
    return w if w in PARTY_WORDS else None


# Those who run for an office ("Alabama Senate nominee Roy Moore").
CANDIDATE_NOUNS = frozenset(["nominee", "candidate"])

# Roles of those elected in a place ("Democrat of Illinois", "a congressman from Ohio").
LAWMAKER_ROLES = _LAWMAKER | frozenset(["senator", "representative", "congressman", "congresswoman", "delegate"])


def title_roles(word: str) -> frozenset[str]:
    """The role words a title before a name gives its bearer: itself when it is a role word."""
    low = word.lower()
    return TITLE_ROLES.get(low, frozenset([low]) if low in PERSON_ROLES else frozenset())


# Every verb the attribution stage may take for a cue.
REPORTING_VERBS = SPEECH_VERBS | CLAUSE_VERBS | INTENT_VERBS | STANCE_VERBS | EVIDENCE_VERBS

# Words that link a cause to what it brought about (``claims._links``): one side that blames the
# cancellations on the mandate and another that says the mandate had nothing to do with them, or
# that attributes them to the weather, answer one question, "what caused them?".
# "blamed E on C", "blamed C for E"
BLAMING_VERBS = frozenset("blame pin".split())
# "attributed E to C" ("linked X to", "tied to" are as often a suspect's)
ASCRIBING_VERBS = frozenset("attribute ascribe trace".split())
# "C spurred E", "E was caused by C"
CAUSING_VERBS = frozenset("cause spur trigger prompt spark fuel provoke precipitate".split())

# The days of the week ("On Monday Reed said ...", "a figure dated Monday").
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
