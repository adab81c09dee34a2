"""Markdown for notes and tickets: the matrix as a table, then conflicts and agreements with quotes."""

from __future__ import annotations

from rashomon.model import Analysis
from rashomon.report.view import build, count


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;")


def to_markdown(analysis: Analysis) -> str:
    v = build(analysis)
    out = ["# rashomon: who says what", ""]
    out.append("Documents: " + "; ".join(_md(d["title"] or d["path"]) for d in v["documents"]))
    out.append("")
    out.append("## Parties")
    out.append("")
    for p in v["parties"]:
        out.append(f"- **{_md(p['name'])}** ({count(p['claims'], 'claim')}): {_md(', '.join(p['speakers']))}")
    out.append("")
    out.append("## Questions × parties")
    out.append("")
    if not v["columns"]:
        out.append("No questions: no two claims answer the same question.")
    else:
        out.append("| question | " + " | ".join(_md(p["name"]) for p in v["columns"]) + " |")
        out.append("|---|" + "---|" * len(v["columns"]))
    for q in v["questions"]:
        cells = []
        for p in v["columns"]:
            items = q["cells"][p["id"]]
            cells.append(
                "<br>".join(
                    f"{ {'conflict': '✗ ', 'agree': '✓ ', 'loose': '~ '}.get(c['mark'], '') }{_md(c['short'])}"
                    for c in items
                )
                or "not addressed"
            )
        out.append(f"| {_md(q['question'])} | " + " | ".join(cells) + " |")
    for title, key in (
        ("Conflicts", "conflicts"),
        ("Contradictions inside one party", "internal"),
        ("Agreements", "agreements"),
    ):
        out.append("")
        out.append(f"## {title}")
        out.append("")
        if not v[key]:
            out.append("None found.")
        for r in v[key]:
            out.append(f"- {r['symbol']} **{_md(r['party_a'])}** vs **{_md(r['party_b'])}**: {_md(r['reason'])}")
            out.append(f"  - {_md(r['a']['speaker'] or r['party_a'])}: “{_md(r['a']['quote'])}”")
            out.append(f"  - {_md(r['b']['speaker'] or r['party_b'])}: “{_md(r['b']['quote'])}”")
    if v["problems"]:
        out.append("")
        out.append("## Problems")
        out.append("")
        for p in v["problems"]:
            out.append(f"- `{_md(p['path'])}`: {_md(p['message'])}")
    return "\n".join(out) + "\n"
