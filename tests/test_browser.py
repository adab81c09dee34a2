"""The report and the web app in a real browser: Playwright driving Debian's Chromium, headless.

Skipped, saying why, when /usr/bin/chromium or Playwright for Python is missing (``.ci/run``
installs the chromium package); a browser is never downloaded. ``docs/report.png`` is written
when it is missing or when RASHOMON_SCREENSHOT=1.
"""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest

from rashomon.model import Analysis
from rashomon.report.html import to_html

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
ROOT = Path(__file__).resolve().parents[1]
SCREENSHOT = ROOT / "docs" / "report.png"


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright for Python is not installed (pip install playwright)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1100})
    pg = context.new_page()
    problems: list[str] = []
    pg.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    pg.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on(
        "console",
        lambda m: (
            problems.append(f"console: {m.text}")
            if m.type == "error" and "Failed to load resource" not in m.text  # a refusal's 4xx, shown in the page
            else None
        ),
    )
    yield pg
    context.close()
    assert problems == []


def check_report(page, analysis) -> str:
    """Three parties, a conflict; a click on a conflicting claim highlights exactly its span."""
    assert page.locator("#parties li.party").count() == 3
    assert page.locator("#parties li.party strong").all_text_contents() == [p.name for p in analysis.parties]
    assert page.locator("#conflicts li.rel.conflict").count() >= 1
    button = page.locator("#matrix button.claim.m-conflict").first
    claim = analysis.claim(button.get_attribute("data-claim"))
    button.click()
    mark = page.locator("#doc-text mark.claim")
    assert mark.count() == 1
    assert mark.text_content() == claim.quote
    assert mark.text_content() == analysis.document(claim.doc).text[claim.start : claim.end]
    assert button.get_attribute("aria-pressed") == "true"
    assert page.locator("#doc-text .sentence mark.claim").count() == 1
    speaker = next(s for s in analysis.speakers if s.id == claim.speaker)
    assert speaker.name in page.locator("#doc-info").text_content()
    account = next(a for a in analysis.accounts if a.id == claim.account)
    text = analysis.document(claim.doc).text
    if account.cue is not None and not (account.source and account.source.overlaps(account.cue)):
        cue = "".join(page.locator("#doc-text .cue").all_text_contents())  # in pieces where it crosses the claim
        assert cue == text[account.cue.start : account.cue.end]
    return claim.id


def test_hanoi_report_in_the_browser(page, hanoi_analysis, tmp_path):
    shown = hanoi_analysis.model_copy(deep=True)
    shown.documents[0].path = "examples/hanoi-summit.txt"  # as `rashomon compare` run in the checkout names it
    report = tmp_path / "report.html"
    report.write_text(to_html(shown), encoding="utf-8")
    page.goto(report.as_uri())
    check_report(page, shown)

    # filters: a party's column and the relations it is in go away, and come back
    key = page.locator("input[name=party]").nth(1)
    key.uncheck()
    assert page.locator('#matrix th[data-party="1"]').is_hidden()
    visible = page.locator("#conflicts li.rel:visible").all()
    assert all("1" not in r.get_attribute("data-parties").split() for r in visible)
    key.check()
    assert page.locator('#matrix th[data-party="1"]').is_visible()

    # the print stylesheet drops the filters and puts the document after the report
    page.emulate_media(media="print")
    assert page.locator("#filters").is_hidden()
    assert page.eval_on_selector("#pane", "e => getComputedStyle(e).position") == "static"
    page.emulate_media(media="screen")

    # the README's picture: the top of the report, with a conflicting claim shown in its sentence
    page.evaluate("window.scrollTo(0, 0)")
    target = (
        SCREENSHOT if os.environ.get("RASHOMON_SCREENSHOT") == "1" or not SCREENSHOT.exists() else tmp_path / "r.png"
    )
    target.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(target))
    assert target.stat().st_size > 10_000


def test_hostile_text_stays_text(page, tmp_path):
    from test_html_report import HOSTILE_TEXT, IMG, SCRIPT, hostile_analysis

    analysis = hostile_analysis()
    report = tmp_path / "hostile.html"
    report.write_text(to_html(analysis), encoding="utf-8")
    page.goto(report.as_uri())
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img").count() == 0
    assert page.locator("body script").count() == 2
    header = page.locator("header").inner_text()
    assert SCRIPT in header and IMG in header
    assert page.locator("#doc-text").text_content() == HOSTILE_TEXT
    # offsets are code points: the claim after the emoji is highlighted exactly
    page.locator('#matrix button.claim[data-claim="d1.c1"]').click()
    assert page.locator("#doc-text mark.claim").text_content() == "the bridge was closed on Monday"
    assert page.locator("#doc-text .speaker").text_content() == "Alice Smith"
    assert page.locator("#doc-text .cue").text_content() == "said"
    assert page.locator("#doc-text").text_content() == HOSTILE_TEXT
    assert page.locator('td.empty[data-party="1"]').text_content() == "not addressed"
    assert page.evaluate("window.__pwned") is None


def test_paste_into_the_web_app(page, tmp_path, hanoi_text):
    from rashomon.web import create_app
    from test_web import serve_app

    with serve_app(create_app(tmp_path / "browser.sqlite3")) as base:
        page.goto(base + "/")
        page.fill("#text", hanoi_text)
        page.click("button[type=submit]")
        page.locator("#progress").wait_for(state="visible")
        page.locator("#matrix").wait_for(timeout=90_000)
        analysis_id = page.url.rsplit("/", 1)[1]
        stored = httpx.get(f"{base}/api/analyses/{analysis_id}", trust_env=False).json()["analysis"]
        analysis = Analysis.model_validate(stored)
        assert analysis.documents[0].text == hanoi_text
        check_report(page, analysis)
        # the same report after a reload: it comes from the store
        page.reload()
        assert page.locator("#parties li.party").count() == 3


def test_web_app_shows_a_refusal(page, tmp_path):
    from rashomon.web import create_app
    from test_web import serve_app

    with serve_app(create_app(tmp_path / "refusal.sqlite3")) as base:
        page.goto(base + "/")
        page.fill("#urls", "http://127.0.0.1:9/secret")
        page.click("button[type=submit]")
        alert = page.locator("#error")
        alert.wait_for(state="visible")
        assert "loopback, private or reserved" in alert.text_content()


def test_uploaded_hostile_file_stays_text(page, tmp_path):
    from rashomon.web import create_app
    from test_web import serve_app

    text = (
        "Bridge row\n\nAlice Smith said the bridge was closed <script>window.__pwned = 1</script> on Monday.\n"
        'Bob Jones said the bridge was open "><img src=x onerror="window.__pwned = 2"> on Monday.\n'
    )
    with serve_app(create_app(tmp_path / "upload.sqlite3")) as base:
        page.goto(base + "/")
        page.set_input_files("#file", files=[{"name": "row<b>.txt", "mimeType": "text/plain", "buffer": text.encode()}])
        page.click("button[type=submit]")
        page.locator("#doc-text").wait_for(timeout=90_000)
        assert page.locator("#doc-text").text_content() == text
        assert "row<b>.txt" in page.locator("header").inner_text()
        assert page.locator("img").count() == 0
        assert page.evaluate("window.__pwned") is None
