"""The one page of the web app: paste text, upload files or give URLs, watch the progress.

The script posts the form to ``POST /api/analyses``, polls ``GET /api/analyses/{id}`` and opens
the report when it is done. Like the report, it writes text with ``textContent`` only.
"""

from __future__ import annotations

import html
from typing import Any

from rashomon import __version__
from rashomon.report.html_assets import script_hash

CSS = """
:root{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b}
body{margin:0 auto;max-width:52rem;padding:1rem 1.5rem 3rem;line-height:1.45}
h1{font-size:1.4rem;margin:.4rem 0}h2{font-size:1.05rem;margin:1.4rem 0 .4rem}
label{display:block;font-weight:600;margin:.9rem 0 .25rem}
textarea{width:100%;box-sizing:border-box;font:inherit;font-size:.92rem;padding:.4rem}
.hint,.meta{color:#5c5c5c;font-size:.88rem;font-weight:400}
button{font:inherit;font-weight:600;padding:.45rem 1.2rem;margin-top:1rem;cursor:pointer}
#progress{margin-top:1rem;padding:.6rem .8rem;background:#f4f4ef;border-radius:4px}
#progress progress{width:100%}
#error{margin-top:1rem;padding:.6rem .8rem;border-left:5px solid #D55E00;background:#fbeee6}
[hidden]{display:none!important}
ul.recent{padding-left:1.2rem}
""".strip()

JS = """
(function () {
  "use strict";
  var form = document.getElementById("new"), box = document.getElementById("progress");
  var bar = box.querySelector("progress"), line = document.getElementById("stage");
  var error = document.getElementById("error"), button = form.querySelector("button");
  function fail(message) {
    box.hidden = true;
    error.textContent = message;
    error.hidden = false;
    button.disabled = false;
  }
  function show(text, value, max) {
    box.hidden = false;
    line.textContent = text;
    if (max) { bar.max = max; bar.value = value; } else { bar.removeAttribute("value"); }
  }
  function poll(id) {
    fetch("/api/analyses/" + encodeURIComponent(id)).then(function (r) { return r.json(); }).then(function (s) {
      if (s.error && s.status === undefined) return fail(s.error.message);
      if (s.status === "done") { show("Done: opening the report\\u2026", 1, 1); location.href = s.links.page; return; }
      if (s.status === "failed") return fail("The analysis failed: " + s.error);
      var n = s.stages.length, i = s.stage ? s.stages.indexOf(s.stage) : -1;
      if (s.status === "queued") show("Waiting for the analyser\\u2026", 0, n);
      else show("Analysing: " + (s.stage || "starting") + " (stage " + (i + 1) + " of " + n + ")", i + 0.5, n);
      setTimeout(function () { poll(id); }, 250);
    }).catch(function () { fail("The server did not answer."); });
  }
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var data = new FormData();
    if (form.text.value.trim()) data.append("text", form.text.value);
    Array.prototype.forEach.call(form.file.files, function (f) { data.append("file", f, f.name); });
    form.urls.value.split(/\\s+/).forEach(function (u) { if (u) data.append("url", u); });
    error.hidden = true;
    button.disabled = true;
    show("Sending" + (form.urls.value.trim() ? " and fetching the URLs" : "") + "\\u2026");
    fetch("/api/analyses", {method: "POST", body: data}).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) return fail(body.error ? body.error.message : "The server refused the request (" + r.status + ").");
        history.replaceState(null, "", body.links.page);
        poll(body.id);
      });
    }).catch(function () { fail("The server did not answer."); });
  });
  if (box.dataset.id) { button.disabled = true; poll(box.dataset.id); }
})();
""".strip()


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def csp() -> str:
    """The Content Security Policy of the page: its own script, requests to this server only."""
    return (
        f"default-src 'none'; style-src 'unsafe-inline'; script-src {script_hash(JS)}; connect-src 'self'; "
        "img-src data:; base-uri 'none'; form-action 'self'"
    )


def index(recent: list[dict[str, Any]], limits: dict[str, Any], pending: str | None = None) -> str:
    """The page; with ``pending`` (an analysis id) it shows that analysis's progress at once."""
    items = "".join(
        f'<li><a href="/analyses/{_e(r["id"])}">{_e("; ".join(r["titles"]) or r["id"])}</a> '
        f'<span class="meta">{_e(r["status"])} · {_e(r["created"][:19].replace("T", " "))} UTC</span></li>'
        for r in recent
    )
    recent_html = f'<h2>Recent analyses</h2><ul class="recent">{items}</ul>' if items else ""
    pending_attr = f' data-id="{_e(pending)}"' if pending else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>rashomon: who says what</title><style>{CSS}</style></head><body>
<h1>rashomon: who says what</h1>
<p class="meta">Map conflicting accounts of one event: who says what, where the accounts agree and where they clash.
The <a href="/docs">JSON API</a> does the same.</p>
<form id="new">
<label for="text">Paste an article</label>
<textarea id="text" name="text" rows="12" placeholder="Paste the text of one article here"></textarea>
<label for="file">…or upload files <span class="hint">(.txt, .md, .html)</span></label>
<input id="file" name="file" type="file" multiple accept=".txt,.text,.md,.markdown,.html,.htm">
<label for="urls">…or give URLs <span class="hint">(one per line, http or https)</span></label>
<textarea id="urls" name="urls" rows="3" placeholder="https://example.org/article.html"></textarea>
<p class="hint">At most {_e(limits["max_documents"])} documents ({_e(limits["max_urls"])} URLs),
each up to {_e(round(limits["max_document_bytes"] / 1e6, 1))} MB.</p>
<button type="submit">Analyse</button>
</form>
<div id="progress" role="status" aria-live="polite"{pending_attr}{"" if pending else " hidden"}>
<p id="stage">Waiting…</p><progress></progress></div>
<div id="error" role="alert" hidden></div>
{recent_html}
<p class="meta">rashomon {_e(__version__)}</p>
<script>{JS}</script>
</body></html>
"""
