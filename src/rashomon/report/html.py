"""One self-contained HTML file: the parties, the questions x parties matrix, the document pane,
conflicts, agreements, rebuttals and a graph of the parties.

Built from the view model (``report.view.build``). Every piece of source text is escaped with
``html.escape``; the data the script needs travels as JSON in a ``<script type="application/json">``
with ``<``, ``>`` and ``&`` written as ``\\u003c``, ``\\u003e`` and ``\\u0026``. A Content Security
Policy in the page lets only the report's own script run and forbids every network request.
"""

from __future__ import annotations

import html
import json
import math
from typing import Any

from rashomon import __version__
from rashomon.model import Analysis
from rashomon.report.html_assets import CSS, JS, script_hash
from rashomon.report.view import build
from rashomon.report.view import count as n_of

# Okabe-Ito colours, told apart by colour-blind readers; vermillion and blue are kept for
# conflict and agreement. Each party also gets a letter, so greyscale prints stay readable.
PARTY_COLOURS = ("#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#F0E442", "#A6A6A6", "#B5E3F7", "#FFD27F")
NARRATOR_COLOUR = "#FFFFFF"
SHOWN = 8  # relations listed before "show N more"


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def json_script(data: Any, element_id: str) -> str:
    """``data`` as JSON in a script element that no text inside it can close or break out of."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return f'<script type="application/json" id="{_e(element_id)}">{text}</script>'


def _letter(i: int) -> str:
    return chr(65 + i % 26) + (str(i // 26) if i >= 26 else "")


class _Page:
    """The pieces of one report; remembers every claim it shows, for the document pane."""

    def __init__(self, view: dict[str, Any]) -> None:
        self.v = view
        self.key = {p["id"]: str(i) for i, p in enumerate(view["parties"])}
        self.colour = {p["id"]: PARTY_COLOURS[i % len(PARTY_COLOURS)] for i, p in enumerate(view["parties"])}
        self.letter = {p["id"]: _letter(i) for i, p in enumerate(view["parties"])}
        self.questions = {q["id"]: q for q in view["questions"]}
        self.claims: dict[str, dict[str, Any]] = {}

    def pkey(self, party: str | None) -> str:
        return self.key.get(party or "", "n")

    def dot(self, party: str | None) -> str:
        colour = self.colour.get(party or "", NARRATOR_COLOUR)
        letter = self.letter.get(party or "", "·")
        return f'<span class="dot" style="--c:{colour}" aria-hidden="true">{_e(letter)}</span>'

    def claim(self, c: dict[str, Any], short: bool, mark: str | None = None) -> str:
        self.claims[c["id"]] = {
            "doc": c["doc"],
            "start": c["start"],
            "end": c["end"],
            "sentence": c.get("sentence"),
            "source": c.get("source"),
            "cue": c.get("cue"),
            "speaker": c["speaker"],
            "party": c.get("party_name") or "narrator",
            "kind": c.get("kind"),
        }
        mark = c["mark"] if mark is None else mark
        sym = {"conflict": "✗", "agree": "✓", "loose": "~"}.get(mark, "·")
        said = {
            "conflict": "in conflict",
            "agree": "in agreement",
            "loose": "placed with the question by nearness alone, judged against no one",
        }.get(mark, "no conflict or agreement")
        text = c["short"] if short else f"“{c['quote']}”"
        who = c["speaker"] or c.get("party_name") or "narrator"
        return (
            f'<button type="button" class="claim m-{mark or "none"}" data-claim="{_e(c["id"])}" '
            f'aria-pressed="false" title="{_e(c["quote"])}"><span class="sym" aria-hidden="true">{sym}</span>'
            f'<span class="sr">{said}: </span><span class="q">{_e(text)}</span> <span class="who">— {_e(who)}</span>'
            "</button>"
        )

    # sections

    def header(self) -> str:
        items = []
        for d in self.v["documents"]:
            title = _e(d["title"] or d["path"])
            url = d.get("url") or ""
            if url.startswith(("http://", "https://")):
                title = f'<a href="{_e(url)}" rel="noopener noreferrer">{title}</a>'
            meta = " · ".join(_e(x) for x in (d.get("outlet"), d.get("date"), d["path"]) if x)
            items.append(f'<li><span class="title">{title}</span> <span class="meta">{meta}</span></li>')
        n = len(self.v["documents"])
        return (
            "<header><h1>rashomon: who says what</h1>"
            f'<p class="meta">{n} document{"s" if n != 1 else ""}</p><ul class="docs">{"".join(items)}</ul>'
            + self.filters()
            + "</header>"
        )

    def filters(self) -> str:
        boxes = "".join(
            f'<label><input type="checkbox" name="party" value="{self.pkey(p["id"])}" checked> '
            f"{self.dot(p['id'])} {_e(p['name'])}</label>"
            for p in self.v["parties"]
        )
        options = "".join(f'<option value="{_e(q["id"])}">{_e(q["question"])}</option>' for q in self.v["questions"])
        return (
            '<form class="filters" id="filters" aria-label="Filters"><fieldset><legend>Parties</legend>'
            f'{boxes}</fieldset><label>Question <select id="f-question"><option value="">all questions</option>'
            f"{options}</select></label></form>"
        )

    def parties(self) -> str:
        items = []
        for p in self.v["parties"]:
            speakers = ", ".join(_e(s) for s in p["speakers"]) or "no named speaker"
            n = p["claims"]
            items.append(
                f'<li class="party" data-party="{self.pkey(p["id"])}" style="--c:{self.colour[p["id"]]}">'
                f"{self.dot(p['id'])} <strong>{_e(p['name'])}</strong>"
                f'<br><span class="meta">{n_of(n, "claim")}</span><br>{speakers}</li>'
            )
        if not items:
            return "<section><h2>Parties</h2><p>No parties found: only the narrator speaks.</p></section>"
        return (
            f'<section id="parties"><h2>Parties</h2><div class="cast"><ul class="parties">{"".join(items)}</ul>'
            f"{self.graph()}</div></section>"
        )

    def graph(self) -> str:
        """Parties as nodes, conflicts (solid) and agreements (dashed) as edges: inline SVG."""
        parties = self.v["parties"]
        if not parties:
            return ""
        width, height, cx, cy, radius = 440, 300, 220, 142, 100
        n = len(parties)
        pos = {}
        for i, p in enumerate(parties):
            angle = -math.pi / 2 + 2 * math.pi * i / n
            r = radius if n > 1 else 0
            pos[p["id"]] = (cx + r * math.cos(angle), cy + r * math.sin(angle))
        counts: dict[tuple[str, str, str], int] = {}
        internal: dict[str, int] = {}
        for label, key in (("conflict", "conflicts"), ("agree", "agreements")):
            for r in self.v[key]:
                a, b = r["a"]["party"], r["b"]["party"]
                if a not in pos or b not in pos:
                    continue
                if a == b:  # contradictions within a party are counted below; agreement within one is expected
                    continue
                pair = tuple(sorted((a, b)))
                counts[(pair[0], pair[1], label)] = counts.get((pair[0], pair[1], label), 0) + 1
        for r in self.v["internal"]:
            if r["a"]["party"] in pos:
                internal[r["a"]["party"]] = internal.get(r["a"]["party"], 0) + 1
        names = {p["id"]: p["name"] for p in parties}
        edges = []
        for (a, b, label), count in sorted(counts.items()):
            (x1, y1), (x2, y2) = pos[a], pos[b]
            both = (a, b, "agree" if label == "conflict" else "conflict") in counts
            bend = (30 if label == "conflict" else -30) if both else 0
            mx, my = (x1 + x2) / 2, (y1 + y2) / 2
            length = math.hypot(x2 - x1, y2 - y1) or 1
            qx, qy = mx - bend * (y2 - y1) / length, my + bend * (x2 - x1) / length
            lx, ly = (mx + qx) / 2, (my + qy) / 2  # the curve's midpoint
            sym, word = ("✗", "conflict") if label == "conflict" else ("✓", "agreement")
            stroke = min(8.0, 1.5 + 1.3 * math.log2(1 + count))
            dash = ' stroke-dasharray="7 4"' if label == "agree" else ""
            title = f"{names[a]} and {names[b]}: {count} {word}{'s' if count != 1 else ''}"
            edges.append(
                f'<g class="edge {label}"><title>{_e(title)}</title>'
                f'<path d="M{x1:.1f},{y1:.1f} Q{qx:.1f},{qy:.1f} {x2:.1f},{y2:.1f}" fill="none" '
                f'stroke="var(--{label})" stroke-width="{stroke:.1f}"{dash}/>'
                f'<text x="{lx:.1f}" y="{ly + 4:.1f}" text-anchor="middle" font-size="13" font-weight="700" '
                f'fill="var(--{label})" stroke="#fff" stroke-width="4" paint-order="stroke">{sym} {count}</text></g>'
            )
        nodes = []
        for p in parties:
            x, y = pos[p["id"]]
            below = y >= cy - 1 or n == 1
            ty = y + 40 if below else y - 32
            inner = internal.get(p["id"], 0)
            extra = (
                f'<text x="{x:.1f}" y="{ty + (15 if below else -15):.1f}" text-anchor="middle" font-size="11" '
                f'fill="var(--conflict)">✗ {inner} within</text>'
                if inner
                else ""
            )
            nodes.append(
                f'<g class="node" data-party="{self.pkey(p["id"])}"><title>{_e(p["name"])}</title>'
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="22" fill="{self.colour[p["id"]]}" stroke="#000" '
                f'stroke-width="1.5"/><text x="{x:.1f}" y="{y + 5:.1f}" text-anchor="middle" font-size="15" '
                f'font-weight="700">{_e(self.letter[p["id"]])}</text><text x="{x:.1f}" y="{ty:.1f}" '
                f'text-anchor="middle" font-size="13">{_e(p["name"])}</text>{extra}</g>'
            )
        return (
            f'<figure class="graph"><svg viewBox="0 0 {width} {height}" role="img" aria-labelledby="graph-title" '
            f'xmlns="http://www.w3.org/2000/svg"><title id="graph-title">Parties (nodes), with the number of '
            "conflicts (solid lines, ✗) and agreements (dashed lines, ✓) between them</title>"
            f"{''.join(edges)}{''.join(nodes)}</svg>"
            '<figcaption class="legend">✗ solid line: conflicts between two parties · ✓ dashed line: '
            "agreements · “within”: contradictions inside one party</figcaption></figure>"
        )

    def matrix(self) -> str:
        parties = self.v["columns"]
        if not self.v["questions"]:
            return '<section id="matrix"><h2>Questions × parties</h2><p>No questions found.</p></section>'
        head = "".join(
            f'<th class="party" scope="col" data-party="{self.pkey(p["id"])}" style="--c:{self.colour[p["id"]]}">'
            f"{self.dot(p['id'])} {_e(p['name'])}</th>"
            for p in parties
        )
        rows = []
        for q in self.v["questions"]:
            cells = []
            for p in parties:
                items = q["cells"].get(p["id"], [])
                key = self.pkey(p["id"])
                if items:
                    cells.append(f'<td data-party="{key}">{"".join(self.claim(c, short=True) for c in items)}</td>')
                else:
                    cells.append(f'<td class="empty" data-party="{key}">not addressed</td>')
            counts = f"✗ {q['conflicts']} · ✓ {q['agreements']}"
            rows.append(
                f'<tr data-q="{_e(q["id"])}"><th class="q" scope="row">{_e(q["question"])}'
                f'<br><span class="meta">{counts}</span></th>{"".join(cells)}</tr>'
            )
        return (
            '<section id="matrix"><h2>Questions × parties</h2>'
            '<p class="legend"><span class="conflict"><span class="sym">✗</span></span> in conflict with another '
            'claim (solid bar) · <span class="agree"><span class="sym">✓</span></span> agrees with another claim '
            '(double bar) · <span class="sym">·</span> neither (dotted bar). Click a claim to see it in the document.'
            f'</p><table class="matrix"><thead><tr><th class="q" scope="col">question</th>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></section>"
        )

    def relations(self, key: str, title: str, empty: str) -> str:
        rels = sorted(self.v[key], key=lambda r: -r["score"])
        items = []
        for r in rels:
            label = "conflict" if r["label"] == "conflict" else "agree"
            pa, pb = r["a"]["party"], r["b"]["party"]
            q = self.questions.get(r["aspect"])
            question = f' · <span class="meta">{_e(q["label"])}</span>' if q and len(self.questions) > 1 else ""
            items.append(
                f'<li class="rel {label}" data-parties="{self.pkey(pa)} {self.pkey(pb)}" data-q="{_e(r["aspect"])}">'
                f'<p><span class="sym" aria-hidden="true">{_e(r["symbol"])}</span> '
                f"{self.dot(pa)} <strong>{_e(r['party_a'])}</strong> vs {self.dot(pb)} <strong>{_e(r['party_b'])}</strong>"
                f'{question}: <span class="reason">{_e(r["reason"])}</span></p>'
                f"{self.claim(r['a'], short=False, mark=label)}{self.claim(r['b'], short=False, mark=label)}</li>"
            )
        return self._list(key, title, items, empty)

    def rebuttals(self) -> str:
        items = []
        for r in self.v["rebuttals"]:
            by = r["claim"]
            parties = sorted({self.pkey(by["party"])} | {self.pkey(t["party"]) for t in r["targets"]})
            targets = "".join(self.claim(t, short=True, mark="conflict") for t in r["targets"])
            n = len(r["targets"])
            items.append(
                f'<li class="rel conflict" data-parties="{" ".join(parties)}" data-q="{_e(" ".join(r["aspects"]))}">'
                f'<p><span class="sym" aria-hidden="true">✗</span> {self.dot(by["party"])} '
                f"<strong>{_e(by['speaker'] or by['party_name'])}</strong> ({_e(by['party_name'])}) "
                f'<span class="reason">{_e(r["reason"])}</span></p>{self.claim(by, short=False, mark="conflict")}'
                f"<details><summary>answers {n} claim{'s' if n != 1 else ''}</summary>{targets}</details></li>"
            )
        return self._list("rebuttals", "Explicit rebuttals", items, "No explicit rebuttal found.")

    def _list(self, key: str, title: str, items: list[str], empty: str) -> str:
        if not items:
            return f'<section id="{key}"><h2>{_e(title)} (0)</h2><p class="muted">{_e(empty)}</p></section>'
        shown, rest = items[:SHOWN], items[SHOWN:]
        more = (
            f'<details><summary>show {len(rest)} more</summary><ul class="rels">{"".join(rest)}</ul></details>'
            if rest
            else ""
        )
        return (
            f'<section id="{key}"><h2>{_e(title)} ({len(items)})</h2>'
            f'<ul class="rels">{"".join(shown)}</ul>{more}</section>'
        )

    def problems(self) -> str:
        if not self.v["problems"]:
            return ""
        items = "".join(f"<li><code>{_e(p['path'])}</code>: {_e(p['message'])}</li>" for p in self.v["problems"])
        return f'<section id="problems"><h2>Problems</h2><ul>{items}</ul></section>'

    def pane(self) -> str:
        docs = self.v["documents"]
        pick = ""
        if len(docs) > 1:
            options = "".join(
                f'<option value="{_e(d["id"])}">{_e(d["title"] or d["path"])} · {_e(d["path"])}</option>' for d in docs
            )
            pick = f'<label>Document <select id="doc-pick">{options}</select></label>'
        return (
            '<aside id="pane" aria-label="Document"><h2>Document</h2>'
            f'{pick}<div id="doc-info" aria-live="polite"></div>'
            '<p class="legend"><mark class="claim">claim</mark> in its <span class="sentence">sentence</span>, '
            '<span class="speaker">speaker</span>, <span class="cue">reporting cue</span></p>'
            '<noscript><p>The document pane needs JavaScript.</p></noscript><div id="doc-text"></div></aside>'
        )


def _footer(analysis: Analysis) -> str:
    models = ", ".join(f"{k} {v}" for k, v in analysis.models.items())
    stats = analysis.stats or {}
    words = stats.get("words")
    seconds = sum((stats.get("seconds") or {}).values())
    bits = [f"rashomon {__version__}", f"engine {analysis.options.get('engine', '?')}"]
    if models:
        bits.append(f"models: {models}")
    if words is not None:
        bits.append(f"{words} words in {seconds:.1f} s")
    return f"<footer><p>{_e(' · '.join(bits))}</p></footer>"


def to_html(analysis: Analysis) -> str:
    """The report as one HTML page: inline CSS and script, no network, all source text escaped."""
    v = build(analysis)
    page = _Page(v)
    body = (
        page.parties()
        + page.matrix()
        + page.relations("conflicts", "Conflicts between parties", "No conflict found.")
        + page.rebuttals()
        + page.relations("internal", "Contradictions inside one party", "No contradiction inside a party found.")
        + page.relations("agreements", "Agreements", "No agreement found.")
        + page.problems()
    )
    header = page.header()  # after the body: the claims it shows are all collected by then
    data = {
        "documents": {d["id"]: {"title": d["title"] or d["path"], "text": d["text"]} for d in v["documents"]},
        "claims": page.claims,
    }
    csp = (
        f"default-src 'none'; style-src 'unsafe-inline'; script-src {script_hash()}; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    title = "rashomon: " + "; ".join(d["title"] or d["path"] for d in v["documents"])
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_e(csp)}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="rashomon {_e(__version__)}">'
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body>"
        f'{header}<div class="layout"><main>{body}</main>{page.pane()}</div>{_footer(analysis)}'
        f"{json_script(data, 'rashomon-data')}<script>{JS}</script></body></html>\n"
    )
