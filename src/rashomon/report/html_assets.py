"""The stylesheet and the script of the HTML report, kept here as constants like displaCy's templates.

The script reads its data from ``<script type="application/json" id="rashomon-data">`` and builds
every node it shows with ``textContent``: no source text ever goes through ``innerHTML``.
Offsets are code points (as in the data model); JavaScript strings count UTF-16 units, so the
script slices ``Array.from(text)``.
"""

from __future__ import annotations

import base64
import hashlib

CSS = """
:root{--conflict:#D55E00;--agree:#0072B2;--ink:#1b1b1b;--muted:#5c5c5c;--line:#d4d4d4;--soft:#f6f6f3;
--hl:#ffe08a;--sent:#fff6d6;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink)}
body{margin:0;line-height:1.45;background:#fff}
header{padding:1rem 1.5rem .5rem;border-bottom:1px solid var(--line)}
h1{font-size:1.35rem;margin:0 0 .4rem}
h2{font-size:1.08rem;margin:1.4rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.15rem}
.docs{margin:.2rem 0 .5rem;padding-left:1.2rem}.meta,.muted,.who{color:var(--muted)}
.layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(18rem,36%);gap:1.5rem;padding:0 1.5rem 2rem}
#pane{position:sticky;top:0;align-self:start;height:100vh;display:flex;flex-direction:column;
border-left:1px solid var(--line);padding:.2rem 0 .5rem 1rem;box-sizing:border-box}
#doc-text{flex:1;overflow:auto;position:relative;white-space:pre-wrap;font-family:Georgia,"Times New Roman",serif;
font-size:.95rem;margin:.3rem 0 0;padding-right:.5rem}
#doc-info{font-size:.9rem;min-height:2.6em;background:var(--soft);padding:.3rem .5rem;border-radius:4px}
.sentence{background:var(--sent)}
mark.claim{background:var(--hl);color:inherit;outline:2px solid #7a5c00;border-radius:2px}
.speaker{font-weight:700;text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:2px}
.cue{font-style:italic;border:1px dashed currentColor;border-radius:3px;padding:0 .12em}
.filters{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:center;padding:.4rem 0;font-size:.92rem}
.filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem .8rem}
.filters legend{float:left;margin-right:.5rem;font-weight:600}.filters select{max-width:26rem}
.dot{display:inline-block;min-width:1.35em;height:1.35em;line-height:1.35em;border-radius:50%;background:var(--c);
color:#000;text-align:center;font-weight:700;font-size:.78em;border:1px solid #0008;vertical-align:.1em}
.cast{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.2fr);gap:1rem;align-items:start}
.parties{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:.6rem}
.parties li{border:1px solid var(--line);border-top:6px solid var(--c);padding:.4rem .6rem;border-radius:4px}
table.matrix{border-collapse:collapse;width:100%;table-layout:fixed}
.matrix th,.matrix td{border:1px solid var(--line);vertical-align:top;padding:.35rem;text-align:left}
.matrix th.party{border-top:6px solid var(--c)}.matrix th.q{width:22%;font-weight:600}
td.empty{color:var(--muted);font-style:italic}
button.claim{display:block;width:100%;box-sizing:border-box;text-align:left;font:inherit;font-size:.88rem;
color:inherit;background:var(--soft);border:1px solid var(--line);border-left:5px dotted #8c8c8c;
padding:.22rem .4rem;margin:.15rem 0;cursor:pointer;border-radius:3px}
button.claim:hover,button.claim:focus-visible{background:#ecebe4}
button.claim[aria-pressed=true]{outline:3px solid #000;outline-offset:1px}
.m-conflict{border-left:5px solid var(--conflict)!important}.m-agree{border-left:5px double var(--agree)!important}
.sym{display:inline-block;width:1.1em;font-weight:700}.m-conflict>.sym,.conflict .sym{color:var(--conflict)}
.m-agree>.sym,.agree .sym{color:var(--agree)}
.legend{font-size:.86rem;color:var(--muted)}
.rels{list-style:none;padding:0;margin:0}
.rel{border:1px solid var(--line);padding:.35rem .6rem;margin:.45rem 0;border-radius:4px}
.rel.conflict{border-left:5px solid var(--conflict)}.rel.agree{border-left:5px double var(--agree)}
.rel p{margin:.1rem 0 .3rem}.reason{font-style:italic}
.graph{margin:0}.graph svg{max-width:30rem;width:100%;height:auto}
details>summary{cursor:pointer;color:var(--muted);margin:.3rem 0}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
footer{font-size:.82rem;color:var(--muted);padding:0 1.5rem 1.5rem}
[hidden]{display:none!important}
@media (max-width:900px){.layout,.cast{grid-template-columns:1fr}#pane{position:static;height:auto;border:0;padding:0}
#doc-text{overflow:visible}}
@media print{.filters,noscript{display:none}.layout{display:block}
#pane{position:static;height:auto;border:0;padding:0;break-before:page}#doc-text{overflow:visible}
button.claim{background:none;border-color:#000}mark.claim{outline:2px solid #000}
.rel,.parties li,tr{break-inside:avoid}a{color:inherit}header{border:0}}
""".strip()

JS = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("rashomon-data").textContent);
  var pane = document.getElementById("doc-text");
  var info = document.getElementById("doc-info");
  var pick = document.getElementById("doc-pick");
  var KINDS = {direct: "direct quotation", indirect: "reported speech", according_to: "according to",
    heading: "under a heading", continuation: "continued account", denial: "denial", hedged: "hedged report"};
  var chars = {};
  function cps(doc) { return chars[doc] || (chars[doc] = Array.from(data.documents[doc].text)); }
  function sub(doc, a, b) { return cps(doc).slice(a, b).join(""); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  // [a, b) of doc into parent, with the speaker and cue marks (sorted, clipped) inside it
  function add(parent, doc, a, b, marks) {
    var pos = a;
    marks.forEach(function (m) {
      var s = Math.max(m[0], pos), e = Math.min(m[1], b);
      if (s >= e) return;
      if (s > pos) parent.append(sub(doc, pos, s));
      var span = el("span", m[2], sub(doc, s, e));
      span.title = m[2] === "cue" ? "reporting cue" : "speaker";
      parent.append(span);
      pos = e;
    });
    if (pos < b) parent.append(sub(doc, pos, b));
  }
  function showDoc(doc) {
    pane.replaceChildren(data.documents[doc].text);
    pane.dataset.doc = doc;
    if (pick) pick.value = doc;
    info.replaceChildren(el("span", "muted", "Click a claim to see its sentence here."));
  }
  function showClaim(id, button) {
    var c = data.claims[id];
    if (!c) return;
    var doc = c.doc, sent = c.sentence || [c.start, c.end];
    var s0 = Math.min(sent[0], c.start), s1 = Math.max(sent[1], c.end), marks = [];
    if (c.source) marks.push([c.source[0], c.source[1], "speaker"]);
    if (c.cue) marks.push([c.cue[0], c.cue[1], "cue"]);
    marks.sort(function (x, y) { return x[0] - y[0]; });
    var sentence = el("span", "sentence"), claim = el("mark", "claim");
    claim.dataset.claim = id;
    add(sentence, doc, s0, c.start, marks);
    add(claim, doc, c.start, c.end, marks);
    sentence.append(claim);
    add(sentence, doc, c.end, s1, marks);
    // the speaker and the cue are marked even outside the sentence (a continued account names them before it)
    pane.replaceChildren();
    add(pane, doc, 0, s0, marks);
    pane.append(sentence);
    add(pane, doc, s1, cps(doc).length, marks);
    pane.dataset.doc = doc;
    if (pick) pick.value = doc;
    var parts = [el("strong", "", c.speaker || "unnamed source"), " (" + c.party + ")"];
    if (c.kind) parts.push(" \\u00b7 " + (KINDS[c.kind] || c.kind));
    if (c.cue) parts.push(" \\u00b7 cue ", el("span", "cue", sub(doc, c.cue[0], c.cue[1])));
    parts.push(" \\u00b7 characters " + c.start + "\\u2013" + c.end);
    info.replaceChildren.apply(info, parts);
    document.querySelectorAll("button.claim[aria-pressed=true]").forEach(function (b) {
      b.setAttribute("aria-pressed", "false");
    });
    if (button) button.setAttribute("aria-pressed", "true");
    pane.scrollTop = Math.max(0, sentence.offsetTop - pane.clientHeight / 3);
    if (window.matchMedia("(max-width: 900px)").matches) sentence.scrollIntoView({block: "center"});
  }
  function filter() {
    var on = {};
    document.querySelectorAll("input[name=party]").forEach(function (i) { on[i.value] = i.checked; });
    var q = document.getElementById("f-question").value;
    document.querySelectorAll("[data-party]").forEach(function (e) { e.hidden = on[e.dataset.party] === false; });
    document.querySelectorAll("[data-parties]").forEach(function (e) {
      var ps = e.dataset.parties.split(" "), qs = (e.dataset.q || "").split(" ");
      e.hidden = ps.some(function (p) { return on[p] === false; }) || (q !== "" && qs.indexOf(q) < 0);
    });
    document.querySelectorAll("tr[data-q]").forEach(function (e) { e.hidden = q !== "" && e.dataset.q !== q; });
  }
  document.addEventListener("click", function (e) {
    var b = e.target.closest("button.claim");
    if (b) showClaim(b.dataset.claim, b);
  });
  document.getElementById("filters").addEventListener("change", filter);
  if (pick) pick.addEventListener("change", function () { showDoc(pick.value); });
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
  var first = Object.keys(data.documents)[0];
  if (first !== undefined) showDoc(first);
})();
""".strip()


def script_hash(script: str = JS) -> str:
    """The CSP source (``'sha256-...'``) that lets exactly this inline script run."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"
