"""Bad input through the real CLI and the API: one clear line naming the file, a documented exit
code, no traceback, and the good documents still analysed; ``--strict`` makes bad input fatal.

Exit codes (``rashomon.cli``): 1 analysed but some inputs skipped or without reported speech,
3 configuration error, 4 no usable input or any bad input with ``--strict``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from tests.conftest import invoke
from typer.testing import CliRunner

from rashomon.api import compare, load_documents
from rashomon.cli import app
from rashomon.errors import InputError
from rashomon.options import Options

ROOT = Path(__file__).resolve().parents[1]
RASHOMON = Path(sys.executable).parent / "rashomon"

GOOD = (
    "Bridge closure disputed\n\n"
    "Mayor Alice Smith said the Elm Street bridge was closed on Monday because engineers found cracks.\n\n"
    "“The bridge was open all day on Monday,” said Bob Jones, a spokesman for the transport union. "
    "He said that no cracks were found.\n"
)
NO_SPEECH = "Flood on the quay\n\nThe river rose two metres overnight. Shops along the quay stayed shut on Tuesday.\n"
BIG_MB = 20


def _empty(d: Path) -> Path:
    p = d / "empty.txt"
    p.write_bytes(b"")
    return p


def _blank(d: Path) -> Path:
    p = d / "blank.txt"
    p.write_bytes(b"  \n\n\t \n")
    return p


def _binary(d: Path) -> Path:
    p = d / "picture.txt"  # a text suffix: the bytes, not the name, must give it away
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 64)
    return p


def _undecodable(d: Path) -> Path:
    p = d / "latin1.txt"
    p.write_bytes("Le maire a déclaré que le pont était fermé lundi.\n".encode("latin-1") * 20)
    return p


def _directory(d: Path) -> Path:
    p = d / "a-folder"
    p.mkdir()
    return p


def _missing(d: Path) -> Path:
    return d / "no-such-article.txt"


def _big(d: Path) -> Path:
    p = d / "huge.txt"
    line = b"Mayor Alice Smith said the Elm Street bridge was closed on Monday.\n"
    with p.open("wb") as f:
        for _ in range(BIG_MB * 1024 * 1024 // len(line) + 1):
            f.write(line)
    return p


BAD = {
    "empty": (_empty, "empty"),
    "blank": (_blank, "empty"),
    "binary": (_binary, "binary"),
    "undecodable": (_undecodable, "undecodable"),
    "directory": (_directory, "directory"),
    "missing": (_missing, "missing"),
    "too_large": (_big, "too_large"),
}


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("good") / "bridge.txt"
    p.write_text(GOOD, encoding="utf-8")
    return p


def run(*args: str, stdin: bytes | None = None):  # type: ignore[no-untyped-def]
    """``rashomon ARGS`` in this process; no exception may escape as a traceback."""
    result = invoke(*args, stdin=stdin)
    return result


def lines(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if ln.strip()]


def assert_good_analysed(stdout: str, good: Path) -> None:
    """The JSON report holds the good document and its claims, grounded in its text."""
    data = json.loads(stdout)
    docs = {d["id"]: d for d in data["documents"]}
    ours = [d for d in docs.values() if d["path"] == str(good)]
    assert len(ours) == 1, [d["path"] for d in docs.values()]
    claims = [c for c in data["claims"] if c["doc"] == ours[0]["id"]]
    assert len(claims) >= 2
    for c in claims:
        assert ours[0]["text"][c["start"] : c["end"]] == c["quote"]
    assert any("Monday" in c["quote"] for c in claims)


# --- the CLI, one bad input beside a good one


@pytest.mark.parametrize("kind", list(BAD))
def test_bad_input_is_skipped_with_one_line_and_exit_1(kind, good, tmp_path):
    make, code = BAD[kind]
    bad = make(tmp_path)
    result = run("compare", str(good), str(bad), "--format", "json")
    assert result.exit_code == 1, result.output
    err = lines(result.stderr)
    assert len(err) == 1, err
    assert str(bad) in err[0] and err[0].startswith("rashomon: skipped")
    assert_good_analysed(result.stdout, good)
    problems = json.loads(result.stdout)["problems"]
    assert [(p["path"], p["code"]) for p in problems] == [(str(bad), code)]


@pytest.mark.parametrize("kind", list(BAD))
def test_bad_input_with_strict_is_fatal(kind, good, tmp_path):
    bad = BAD[kind][0](tmp_path)
    result = run("compare", str(good), str(bad), "--format", "json", "--strict")
    assert result.exit_code == 4, result.output
    err = lines(result.stderr)
    assert len(err) == 1 and str(bad) in err[0] and err[0].startswith("rashomon: error:"), err
    assert result.stdout == ""


@pytest.mark.parametrize("kind", list(BAD))
def test_only_bad_input_is_exit_4(kind, tmp_path):
    bad = BAD[kind][0](tmp_path)
    result = run("compare", str(bad))
    assert result.exit_code == 4, result.output
    err = lines(result.stderr)
    assert any(str(bad) in ln and "skipped" in ln for ln in err), err
    assert err[-1].startswith("rashomon: error:") and "no usable input" in err[-1], err
    assert result.stdout == ""


def test_text_without_reported_speech_is_analysed_with_a_warning(good, tmp_path):
    quiet = tmp_path / "flood.txt"
    quiet.write_text(NO_SPEECH, encoding="utf-8")
    result = run("compare", str(good), str(quiet), "--format", "json")
    assert result.exit_code == 1, result.output
    err = lines(result.stderr)
    assert len(err) == 1 and str(quiet) in err[0] and "no reported speech" in err[0], err
    assert_good_analysed(result.stdout, good)
    data = json.loads(result.stdout)
    assert str(quiet) in [d["path"] for d in data["documents"]]  # read and analysed, just silent
    assert [(p["path"], p["code"]) for p in data["problems"]] == [(str(quiet), "no_accounts")]


def test_text_without_reported_speech_is_not_bad_input_under_strict(good, tmp_path):
    # --strict is about input that cannot be read; a readable text that quotes no one is analysed
    quiet = tmp_path / "flood.txt"
    quiet.write_text(NO_SPEECH, encoding="utf-8")
    result = run("compare", str(good), str(quiet), "--format", "json", "--strict")
    assert result.exit_code == 1, result.output
    assert_good_analysed(result.stdout, good)


def test_too_large_on_standard_input(good):
    big = b"Mayor Alice Smith said the bridge was closed.\n" * (BIG_MB * 1024 * 1024 // 46 + 1)
    result = run("compare", str(good), "-", "--format", "json", stdin=big)
    assert result.exit_code == 1, result.output
    err = lines(result.stderr)
    assert len(err) == 1 and "-:" in err[0] and "MB" in err[0], err
    assert_good_analysed(result.stdout, good)


def test_a_paragraph_longer_than_the_parser_takes(good, tmp_path):
    """One line over spaCy's max_length (1,000,000 characters) is well under the 10 MB limit: it is
    analysed in pieces or skipped with one line, never a traceback. One long token keeps it fast."""
    long = tmp_path / "one-line.txt"
    long.write_text("x" * 1_000_001 + "\n", encoding="utf-8")
    result = run("compare", str(good), str(long), "--format", "json")
    assert result.exit_code == 1, result.output
    err = lines(result.stderr)
    assert len(err) == 1 and str(long) in err[0], err
    assert_good_analysed(result.stdout, good)
    analysis = compare([good, long])
    assert analysis.documents[0].path == str(good)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_pipe_is_read_no_further_than_the_limit(good, tmp_path):
    """A pipe (``<(command)``, /dev/stdin) has no size to check first: reading stops past the limit
    instead of taking whatever the writer sends (``/dev/zero`` would fill the memory)."""
    fifo = tmp_path / "endless"
    os.mkfifo(fifo)
    chunk = b"Mayor Alice Smith said the bridge was closed.\n" * 1000
    written = 0

    def writer() -> None:
        nonlocal written
        try:
            with open(fifo, "wb") as f:
                while written < 64 * 1024 * 1024:
                    f.write(chunk)
                    written += len(chunk)
        except BrokenPipeError:
            pass

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        result = run("compare", str(good), str(fifo), "--format", "json")
    finally:
        os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))  # frees a writer still waiting for a reader
        thread.join(10)
    assert result.exit_code == 1, result.output
    err = lines(result.stderr)
    assert len(err) == 1 and str(fifo) in err[0] and "MB" in err[0], err
    assert_good_analysed(result.stdout, good)
    assert written <= Options().max_bytes + 2 * len(chunk) + 1024 * 1024, f"read {written / 1e6:.0f} MB from a pipe"


def test_a_negative_width_is_a_usage_error(good):
    result = run("compare", str(good), "--width", "-3")
    assert result.exit_code in (2, 3), (result.exit_code, result.stdout[:200])
    assert "width" in result.stderr.lower()


def test_an_unexpected_error_is_an_internal_error_exit_70(good, monkeypatch):
    """A bug is not a bad input: exit 70 as documented, not 1 (which says "some inputs skipped")."""
    import rashomon.api

    def broken(*args, **kwargs):
        raise RuntimeError("boom in a stage")

    monkeypatch.setattr(rashomon.api, "analyse", broken)
    result = CliRunner().invoke(app, ["compare", str(good)])
    assert result.exit_code == 70, (result.exit_code, result.exception)
    assert "boom in a stage" in lines(result.stderr)[-1]


def test_every_kind_at_once_through_the_installed_command(good, tmp_path):
    """The real entry point in a fresh process: one line per bad file, in order, and no traceback."""
    if not RASHOMON.is_file():
        pytest.skip(f"no rashomon command beside {sys.executable}")
    bad = [make(tmp_path) for make, _ in BAD.values()]
    quiet = tmp_path / "flood.txt"
    quiet.write_text(NO_SPEECH, encoding="utf-8")
    cmd = [str(RASHOMON), "compare", str(good), *map(str, bad), str(quiet), "--format", "json"]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    err = lines(proc.stderr)
    assert len(err) == len(bad) + 1, err
    for ln, path in zip(err, [*bad, quiet], strict=True):
        assert str(path) in ln, (ln, path)
    assert_good_analysed(proc.stdout, good)

    strict = subprocess.run([*cmd, "--strict"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert strict.returncode == 4 and strict.stdout == ""
    assert "Traceback" not in strict.stderr
    assert lines(strict.stderr) == [f"rashomon: error: {bad[0]}: file is empty"]


# --- options, formats and party maps


def test_unknown_format_lists_the_valid_ones(good):
    result = run("compare", str(good), "--format", "pdf")
    assert result.exit_code == 3, result.output
    err = lines(result.stderr)
    assert len(err) == 1 and "'pdf'" in err[0], err
    for fmt in ("table", "json", "markdown", "html"):
        assert fmt in err[0]


def test_unknown_config_key_is_named_with_the_valid_ones(good, tmp_path):
    cfg = tmp_path / "rashomon.yaml"
    cfg.write_text("engine: local\naspect_treshold: 0.4\n", encoding="utf-8")
    result = run("compare", str(good), "--config", str(cfg))
    assert result.exit_code == 3, result.output
    err = lines(result.stderr)
    assert len(err) == 1 and str(cfg) in err[0] and "'aspect_treshold'" in err[0], err
    for key in ("aspect_threshold", "engine", "strict", "max_bytes"):
        assert key in err[0]


def test_unknown_nested_config_key(good, tmp_path):
    cfg = tmp_path / "rashomon.yaml"
    cfg.write_text("llm:\n  urll: http://localhost:8080/v1\n", encoding="utf-8")
    result = run("compare", str(good), "--config", str(cfg))
    assert result.exit_code == 3, result.output
    err = lines(result.stderr)
    assert len(err) == 1 and "llm.urll" in err[0] and "url" in err[0] and "model" in err[0], err


@pytest.mark.parametrize(
    "body",
    [
        "- United States\n- North Korea\n",  # a list, not a mapping
        "US: [Trump, 3]\n",  # an alias that is not a string
        "US: [Trump\n",  # not YAML at all
        "",  # empty
    ],
    ids=["list", "non-string-alias", "invalid-yaml", "empty"],
)
def test_bad_parties_file(body, good, tmp_path):
    parties = tmp_path / "parties.yaml"
    parties.write_text(body, encoding="utf-8")
    result = run("compare", str(good), "--parties", str(parties))
    assert result.exit_code == 3, result.output
    err = lines(result.stderr)
    assert len(err) == 1 and str(parties) in err[0] and err[0].startswith("rashomon: error:"), err
    assert result.stdout == ""


def test_missing_parties_and_config_files(good, tmp_path):
    for flag in ("--parties", "--config"):
        path = tmp_path / f"absent{flag}.yaml"
        result = run("compare", str(good), flag, str(path))
        assert result.exit_code == 3, result.output
        err = lines(result.stderr)
        assert len(err) == 1 and str(path) in err[0] and "not found" in err[0], err


# --- the API


def test_api_load_documents_keeps_good_and_reports_bad(good, tmp_path):
    bad = {kind: make(tmp_path) for kind, (make, _) in BAD.items()}
    docs, problems = load_documents([good, *bad.values()], Options())
    assert [d.path for d in docs] == [str(good)]
    assert docs[0].text == GOOD
    assert [(p.path, p.code) for p in problems] == [(str(bad[k]), BAD[k][1]) for k in BAD]
    for p in problems:
        assert p.message and "\n" not in p.message


def test_api_strict_raises_input_error_naming_the_file(good, tmp_path):
    bad = _undecodable(tmp_path)
    with pytest.raises(InputError) as info:
        load_documents([good, bad], Options(strict=True))
    assert info.value.path == str(bad) and info.value.code == "undecodable"
    assert str(bad) in str(info.value)
    with pytest.raises(InputError):
        compare([good, bad], options={"strict": True})


def test_api_compare_analyses_the_good_and_records_the_rest(good, tmp_path):
    bad = _binary(tmp_path)
    analysis = compare([good, bad], texts=[NO_SPEECH])
    assert [d.path for d in analysis.documents] == [str(good), "text-2"]
    assert [(p.path, p.code) for p in analysis.problems] == [(str(bad), "binary"), ("text-2", "no_accounts")]
    claims = [c for c in analysis.claims if c.doc == analysis.documents[0].id]
    assert len(claims) >= 2
    assert not analysis.check_grounding()
    for c in claims:
        assert GOOD[c.start : c.end] == c.quote
