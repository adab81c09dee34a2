"""``rashomon compare`` on the bundled Hanoi example: table, JSON, Markdown, standard input, -o."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from tests.conftest import invoke

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "hanoi-summit.txt"
PARTIES = ("United States", "North Korea", "South Korea")


def run(*args: str, stdin: bytes | None = None):  # type: ignore[no-untyped-def]
    result = invoke(*args, stdin=stdin)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    return result


@pytest.fixture(scope="module")
def table() -> str:
    return run("compare", str(EXAMPLE), "--width", "200").stdout


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    """One analysis for the JSON, standard input and -o tests: the example piped in, written to a file."""
    out = tmp_path_factory.mktemp("cli") / "hanoi.json"
    result = run("compare", "-", "--format", "json", "-o", str(out), stdin=EXAMPLE.read_bytes())
    assert result.stdout == ""  # the report went to the file
    return json.loads(out.read_text(encoding="utf-8"))


def test_table_shows_the_three_parties_and_a_conflict(table):
    parties = table.split("Questions × parties")[0]
    for name in PARTIES:
        assert re.search(rf"^\s*{name} \(\d+ claims\): ", parties, re.M), name
    header = next(ln for ln in table.splitlines() if "question" in ln and "United States" in ln)
    assert all(name in header for name in PARTIES)
    conflicts = re.search(r"^Conflicts \((\d+)\)$", table, re.M)
    assert conflicts and int(conflicts.group(1)) >= 1
    section = table.split(conflicts.group(0))[1].split("Contradictions inside one party")[0]
    clash = re.search(r"✗ (United States|North Korea|South Korea) vs (United States|North Korea|South Korea):", section)
    assert clash and clash.group(1) != clash.group(2)
    assert "partial vs full" in section or "full vs partial" in section  # the sanctions relief dispute


def test_json_names_the_models_it_used(report):
    versions = report["models"]
    assert versions["spacy_model"].startswith("en_core_web_sm")
    assert "PolNeAR train" in versions["cue_model"]


def test_json_claims_are_grounded(report):
    texts = {d["id"]: d["text"] for d in report["documents"]}
    assert len(report["claims"]) >= 10
    for c in report["claims"]:
        assert texts[c["doc"]][c["start"] : c["end"]] == c["quote"], c["id"]
    for a in report["accounts"]:
        for span in [a["source"], a["cue"], *a["content"], a["sentence"]]:
            if span is not None:
                assert 0 <= span["start"] <= span["end"] <= len(texts[span["doc"]])


def test_standard_input_is_read_byte_for_byte(report):
    (doc,) = report["documents"]
    assert doc["path"] == "-"
    assert doc["text"] == EXAMPLE.read_bytes().decode("utf-8")
    names = {p["name"] for p in report["parties"]}
    assert set(PARTIES) <= names
    assert any(r["label"] == "conflict" for r in report["relations"])
    assert report["problems"] == []


def test_markdown_has_the_matrix_table():
    md = run("compare", str(EXAMPLE), "--format", "markdown").stdout
    lines = md.splitlines()
    i = lines.index("## Questions × parties")
    header, rule, *rows = [ln for ln in lines[i + 1 :] if ln.strip()][:5]
    assert header.startswith("| question | ") and all(f" {name} " in header for name in PARTIES)
    assert rule == "|---|" + "---|" * 3
    rows = [row for row in rows if row.startswith("|")]
    assert rows
    for row in rows:  # a question and one cell per party; a "|" inside a cell is escaped
        cells = re.split(r"(?<!\\)\|", row)[1:-1]
        assert len(cells) == 1 + len(PARTIES), row
        assert cells[0].strip().endswith("?"), row
    assert "## Conflicts" in md and "- ✗ **" in md.split("## Conflicts")[1]


def test_output_option_writes_the_file(tmp_path):
    out = tmp_path / "report.md"
    result = run("compare", str(EXAMPLE), "--format", "markdown", "--output", str(out))
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("# rashomon: who says what\n")


def test_terminal_matrix_keeps_a_few_columns_and_names_the_rest():
    from rashomon.api import compare
    from rashomon.report.table import MAX_COLUMNS, to_table

    names = ["Ann Lee", "Bo Chan", "Cy Diaz", "Di Eton", "Ed Fox", "Flo Gray", "Gus Hall", "Hal Ives"]
    text = "\n\n".join(f"{n} said the new bridge toll of {k + 2} dollars is too high." for k, n in enumerate(names))
    an = compare(texts=[text + "\n"], party_map={n: [n] for n in names})
    out = to_table(an, width=200)
    header = next(line for line in out.splitlines() if "question" in line)
    assert sum(n in header for n in names) == MAX_COLUMNS
    assert f"{len(names) - MAX_COLUMNS} more parties" in out


def test_a_party_in_no_question_is_no_column_of_the_matrix():
    from rashomon.api import compare
    from rashomon.report.markdown import to_markdown
    from rashomon.report.table import to_table

    text = (
        "Ann Lee said the new bridge toll is too high.\n\n"
        "Maria Lopez said the new bridge toll is fair.\n\n"
        "Cy Diaz said the weather in spring was mild and wet.\n"
    )
    an = compare(texts=[text])
    table = to_table(an, width=200)
    header = next(line for line in table.splitlines() if "question" in line)
    assert "Ann Lee" in header and "Maria Lopez" in header and "Cy Diaz" not in header
    assert "Parties in no question: Cy Diaz" in table
    md = to_markdown(an)
    row = next(line for line in md.splitlines() if line.startswith("| question"))
    assert "Cy Diaz" not in row and "Ann Lee" in row


def test_a_loose_member_of_a_question_is_marked_as_judged_against_no_one():
    from rashomon.api import compare
    from rashomon.report import render
    from rashomon.report.markdown import to_markdown
    from rashomon.report.table import to_table

    text = (
        "Ann Lee said the new bridge toll is too high.\n\n"
        "Maria Lopez said the new bridge toll is fair.\n\n"
        "Cy Diaz said many drivers will take the ferry instead.\n"
    )
    an = compare(texts=[text])
    assert any(a.loose for a in an.aspects)
    table = to_table(an, width=200)
    assert "~ Cy Diaz said many drivers" in table and "judged against no one" in table
    assert "~ Cy Diaz said many drivers" in to_markdown(an)
    html = render(an, "html")
    assert "placed with the question by nearness alone" in html


def test_a_story_with_no_question_says_so_instead_of_an_empty_matrix():
    from rashomon.api import compare
    from rashomon.report.markdown import to_markdown
    from rashomon.report.table import to_table

    an = compare(texts=["Ann Lee said the new bridge toll is too high.\n"])
    assert "No questions: no two claims answer the same question." in to_table(an, width=200)
    assert "| question" not in to_markdown(an)
