"""The terminal view: the parties x questions matrix, then each conflict with its reason and quotes."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from rashomon.model import Analysis
from rashomon.report.view import build, count

STYLE = {"conflict": "bold red", "agree": "green", "loose": "dim", "": ""}
MARK = {"conflict": "✗ ", "agree": "✓ ", "loose": "~ ", "": "· "}
MAX_COLUMNS = 6  # parties in the terminal matrix; the others are named under it


def to_table(analysis: Analysis, width: int | None = None) -> str:
    v = build(analysis)
    buf = io.StringIO()
    console = Console(file=buf, width=width or 140, force_terminal=False, color_system=None)
    console.print(Text("Parties", style="bold"))
    for p in v["parties"]:
        console.print(f"  {p['name']} ({count(p['claims'], 'claim')}): {', '.join(p['speakers'])}")
    # a terminal holds a few columns: the parties that answer the most questions
    ranked = sorted(v["columns"], key=lambda p: (-p["answers"], -p["claims"]))
    shown = [p for p in v["columns"] if p in ranked[:MAX_COLUMNS]]
    table = Table(title="Questions × parties  (✗ conflict, ✓ agreement)", show_lines=True, expand=True)
    table.add_column("question", ratio=2)
    for p in shown:
        table.add_column(p["name"], ratio=3)
    for q in v["questions"]:
        if not any(q["cells"][p["id"]] for p in shown):
            continue
        row = [Text(q["question"])]
        for p in shown:
            cell = Text()
            for c in q["cells"][p["id"]]:
                cell.append(MARK[c["mark"]] + c["short"] + "\n", style=STYLE[c["mark"]])
            row.append(cell if cell.plain else Text("not addressed", style="dim"))
        table.add_row(*row)
    if shown:
        console.print(table)
        if any(c["mark"] == "loose" for q in v["questions"] for cs in q["cells"].values() for c in cs):
            console.print(Text("~ placed with the question by nearness alone, judged against no one", style="dim"))
    else:
        console.print(Text("No questions: no two claims answer the same question.", style="dim"))
    hidden = [p["name"] for p in v["columns"] if p not in shown]
    if hidden:
        console.print(
            Text(
                f"{len(hidden)} more parties answer fewer questions ({', '.join(hidden)}): "
                "--format markdown or html shows every column",
                style="dim",
            )
        )
    silent = [p["name"] for p in v["parties"] if not p["answers"]]
    if silent:
        console.print(Text(f"Parties in no question: {', '.join(silent)}", style="dim"))
    for title, key in (
        ("Conflicts", "conflicts"),
        ("Contradictions inside one party", "internal"),
        ("Agreements", "agreements"),
    ):
        console.print(Text(f"{title} ({len(v[key])})", style="bold"))
        for r in v[key]:
            console.print(f" {r['symbol']} {r['party_a']} vs {r['party_b']}: {r['reason']}")
            console.print(f"     {r['a']['speaker'] or r['party_a']}: “{r['a']['quote']}”")
            console.print(f"     {r['b']['speaker'] or r['party_b']}: “{r['b']['quote']}”")
    for p in v["problems"]:
        console.print(f"! {p['path']}: {p['message']}")
    return buf.getvalue()
