"""The HTML report: self-contained, escaped, its data grounded in the text (no browser needed)."""

from __future__ import annotations

import base64
import hashlib
import json
import re

from typer.testing import CliRunner

from rashomon.model import Account, Analysis, Aspect, Claim, Document, Party, Relation, Span, Speaker
from rashomon.report import render
from rashomon.report.html import json_script, to_html
from rashomon.report.html_assets import JS, script_hash
from rashomon.report.view import build

SCRIPT = '<script>window.__pwned = "script"</script>'
IMG = '"><img src=x onerror="window.__pwned = \'img\'">'
# Code points, not UTF-16 units: the emoji before the claims shifts JavaScript's string offsets.
HOSTILE_TEXT = (
    f"Bridge dispute {SCRIPT}\n\n"
    f"Notes {IMG} 🌉 Alice Smith said the bridge was closed on Monday.\n"
    "Bob Jones said the bridge was open on Monday.\n"
    "Carol Diaz said the bridge was closed on Monday too.\n"
    "Bob Jones called that claim false.\n"
    "Alice Smith said the toll doubled.\n"
)


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def hostile_analysis() -> Analysis:
    """A small hand-made analysis whose every name, title, reason and quote tries to inject HTML."""
    t = HOSTILE_TEXT
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", t)]

    def account(i: int, line: int, speaker: str, party: str, name: str, content: str) -> tuple[Account, Claim]:
        ls, le = lines[line]
        src = _span(t, name, ls)
        cue = _span(t, "said" if "said" in t[ls:le] else "called", ls)
        c0, c1 = _span(t, content, ls)
        acc = Account(
            id=f"d1.a{i}",
            doc="d1",
            kind="indirect",
            speaker=speaker,
            party=party,
            source=Span(doc="d1", start=src[0], end=src[1]),
            cue=Span(doc="d1", start=cue[0], end=cue[1]),
            content=[Span(doc="d1", start=c0, end=c1)],
            sentence=Span(doc="d1", start=ls, end=le),
        )
        claim = Claim(
            id=f"d1.c{i}",
            doc="d1",
            start=c0,
            end=c1,
            quote=t[c0:c1],
            account=acc.id,
            speaker=speaker,
            party=party,
            statement=content,
        )
        return acc, claim

    pairs = [
        account(1, 1, "s1", "pa", "Alice Smith", "the bridge was closed on Monday"),
        account(2, 2, "s3", "pb", "Bob Jones", "the bridge was open on Monday"),
        account(3, 3, "s2", "pa", "Carol Diaz", "the bridge was closed on Monday too"),
        account(4, 4, "s3", "pb", "Bob Jones", "called that claim false"),
        account(5, 5, "s1", "pa", "Alice Smith", "the toll doubled"),
    ]
    rebut = "explicit rebuttal: calls the claim <b>false</b>"
    return Analysis(
        documents=[
            Document(
                id="d1",
                path="bridge<script>.txt",
                text=t,
                title=f"Bridge {SCRIPT}",
                outlet=f"Daily {IMG}",
                date="2019-02-28",
                url="javascript:alert(1)",
            )
        ],
        speakers=[
            Speaker(id="s1", name="Alice Smith", kind="person", party="pa"),
            Speaker(id="s2", name=f"Carol {IMG}", kind="person", party="pa"),
            Speaker(id="s3", name="Bob Jones", kind="person", party="pb"),
        ],
        parties=[
            Party(id="pa", name=f"Team {IMG}", speakers=["s1", "s2"]),
            Party(id="pb", name=f"Other {SCRIPT}", speakers=["s3"]),
        ],
        accounts=[a for a, _ in pairs],
        claims=[c for _, c in pairs],
        aspects=[
            Aspect(
                id="q1",
                label="bridge",
                question=f"Was the bridge {SCRIPT} open?",
                claims=["d1.c1", "d1.c2", "d1.c3", "d1.c4"],
                parties=["pa", "pb"],
            ),
            Aspect(id="q2", label="toll", question="What about the toll?", claims=["d1.c5"], parties=["pa"]),
        ],
        relations=[
            Relation(a="d1.c1", b="d1.c2", label="conflict", aspect="q1", reason=f"opposite {SCRIPT}", score=0.9),
            Relation(a="d1.c2", b="d1.c3", label="conflict", aspect="q1", reason="open vs closed", score=0.8),
            Relation(a="d1.c1", b="d1.c3", label="agree", aspect="q1", reason=f"same {IMG}", internal=True, score=0.7),
            Relation(a="d1.c1", b="d1.c4", label="conflict", aspect="q1", reason=rebut, score=0.6),
            Relation(a="d1.c3", b="d1.c4", label="conflict", aspect="q1", reason=rebut, score=0.6),
        ],
    )


def _data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="rashomon-data">(.*?)</script>', page, re.S)
    assert m is not None
    return json.loads(m.group(1))


def test_json_script_cannot_be_closed_from_inside():
    out = json_script({"a": "</script><b>&'\"", "b": "\u2028"}, "x")
    assert out == (
        '<script type="application/json" id="x">'
        '{"a":"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\'\\"","b":"\u2028"}</script>'
    )
    assert json.loads(out.split(">", 1)[1].rsplit("<", 1)[0]) == {"a": "</script><b>&'\"", "b": "\u2028"}


def test_hostile_text_is_escaped_everywhere():
    page = to_html(hostile_analysis())
    assert "<script>window.__pwned" not in page
    assert "<img" not in page
    assert 'onerror="window' not in page
    assert "javascript:" not in page.split("<script>")[0].lower()  # the document URL is not made a link
    assert "&lt;script&gt;window.__pwned = &quot;script&quot;&lt;/script&gt;" in page
    assert "Team &quot;&gt;&lt;img src=x onerror=&quot;window.__pwned = &#x27;img&#x27;&quot;&gt;" in page
    assert "calls the claim &lt;b&gt;false&lt;/b&gt;" in page
    # exactly two scripts: the JSON data and the report's own code, nothing else
    assert page.count("<script") == 2
    data_json = re.search(r'id="rashomon-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in data_json and ">" not in data_json
    assert _data(page)["documents"]["d1"]["text"] == HOSTILE_TEXT


def test_claim_buttons_exact_markup():
    page = to_html(hostile_analysis())
    assert (
        '<button type="button" class="claim m-conflict" data-claim="d1.c1" aria-pressed="false" '
        'title="the bridge was closed on Monday"><span class="sym" aria-hidden="true">✗</span>'
        '<span class="sr">in conflict: </span><span class="q">the bridge was closed on Monday</span> '
        '<span class="who">— Alice Smith</span></button>'
    ) in page
    # a party that says nothing on a question gets an empty cell that says so
    assert '<td class="empty" data-party="1">not addressed</td>' in page


def test_pane_data_is_grounded_in_the_text():
    analysis = hostile_analysis()
    data = _data(to_html(analysis))
    text = data["documents"]["d1"]["text"]
    assert set(data["claims"]) == {c.id for c in analysis.claims}
    for cid, c in data["claims"].items():
        claim = analysis.claim(cid)
        assert text[c["start"] : c["end"]] == claim.quote
        assert c["sentence"][0] <= c["start"] and c["end"] <= c["sentence"][1]
    c1 = data["claims"]["d1.c1"]
    assert text[c1["source"][0] : c1["source"][1]] == "Alice Smith"
    assert text[c1["cue"][0] : c1["cue"][1]] == "said"
    assert c1["speaker"] == "Alice Smith" and c1["kind"] == "indirect"


def test_view_model_groups_rebuttals_by_the_rebutting_claim():
    v = build(hostile_analysis())
    assert [r["claim"]["id"] for r in v["rebuttals"]] == ["d1.c4"]
    assert [t["id"] for t in v["rebuttals"][0]["targets"]] == ["d1.c1", "d1.c3"]
    assert v["rebuttals"][0]["reason"] == "calls the claim <b>false</b>"  # escaped only when rendered
    assert [r["a"]["id"] for r in v["internal"]] == []  # the internal relation is an agreement
    assert v["questions"][1]["cells"]["pb"] == []


def test_a_single_rebuttal_is_told_by_its_words():
    analysis = hostile_analysis()
    reason = "explicit rebuttal: calls the claim false"
    analysis.relations = [Relation(a="d1.c1", b="d1.c4", label="conflict", aspect="q1", reason=reason)]
    (rebuttal,) = build(analysis)["rebuttals"]
    assert rebuttal["claim"]["id"] == "d1.c4" and rebuttal["claim"]["quote"] == "called that claim false"
    assert [t["id"] for t in rebuttal["targets"]] == ["d1.c1"]


def test_page_is_self_contained_and_its_script_is_allowed_by_hash():
    page = to_html(hostile_analysis())
    for pattern in (r"<script[^>]+src=", r"<link\b", r"@import", r"url\(", r"<iframe", r"fetch\("):
        assert not re.search(pattern, page), pattern
    # every URL in the page is the SVG namespace; nothing is loaded from anywhere
    assert set(re.findall(r"https?://[^\s\"'<>]+", page)) == {"http://www.w3.org/2000/svg"}
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src &#x27;none&#x27;" in csp
    digest = base64.b64encode(hashlib.sha256(JS.encode()).digest()).decode()
    assert f"sha256-{digest}" in csp and script_hash() == f"'sha256-{digest}'"
    assert f"<script>{JS}</script>" in page
    assert len(page) < 60_000


def test_hanoi_report(hanoi_analysis):
    page = to_html(hanoi_analysis)
    for name in ("United States", "North Korea", "South Korea"):
        assert f"<strong>{name}</strong>" in page
    assert page.count('class="rel conflict"') >= 1
    assert "<svg" in page and 'class="edge conflict"' in page
    data = _data(page)
    text = hanoi_analysis.documents[0].text
    assert data["documents"]["d1"]["text"] == text
    for cid, c in data["claims"].items():
        assert text[c["start"] : c["end"]] == hanoi_analysis.claim(cid).quote


def test_compare_writes_an_html_file(tmp_path, hanoi_analysis):
    from rashomon.cli import app

    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["compare", "examples/hanoi-summit.txt", "--format", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "North Korea" in page
    assert render(hanoi_analysis, "html").startswith("<!DOCTYPE html>")


def test_an_empty_analysis_still_renders():
    from rashomon.model import Problem

    page = to_html(Analysis(problems=[Problem(path="a<b>.txt", code="empty", message="file is empty")]))
    assert "No parties found: only the narrator speaks." in page
    assert "No questions found." in page
    assert "<code>a&lt;b&gt;.txt</code>: file is empty" in page
    assert _data(page) == {"documents": {}, "claims": {}}
