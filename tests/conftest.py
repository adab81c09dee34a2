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
