"""Shared fixtures: the spaCy model loaded once per session, the bundled example, ../shared paths."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "examples" / "hanoi-summit.txt"


@pytest.fixture(scope="session")
def nlp():
    from rashomon.pipeline.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def hanoi_text() -> str:
    return EXAMPLE.read_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def hanoi_analysis():
    from rashomon.api import compare

    return compare([str(EXAMPLE)])


def shared_or_skip(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: ../shared (datasets and gold cases) is not beside this checkout")
    return path


def invoke(*args: str, stdin: bytes | None = None):  # type: ignore[no-untyped-def]
    """``rashomon ARGS`` in this process; an exception that escapes the CLI fails the test."""
    from typer.testing import CliRunner

    from rashomon.cli import app

    result = CliRunner().invoke(app, list(args), input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"exit {result.exit_code}, uncaught {result.exception!r}\n{result.output}") from (
            result.exception
        )
    assert "Traceback" not in result.output
    return result
