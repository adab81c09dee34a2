"""The quality gate: the referee's pooled figures on the development gold cases stay above floors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import ROOT, shared_or_skip

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text())


@pytest.fixture(scope="module")
def pooled() -> dict:
    cases = shared_or_skip("eval", "cases")
    scorer = shared_or_skip("eval", "score.py")
    cmd = [
        sys.executable,
        str(scorer),
        "suite",
        str(cases),
        "--json",
        "--",
        sys.executable,
        "-m",
        "rashomon",
        "compare",
        "--format",
        "json",
        "{files}",
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert proc.returncode == 0 and "no analysis" not in proc.stderr, proc.stderr[-2000:]
    result = json.loads(proc.stdout)
    for case in result["cases"]:
        assert not case["problems"], f"{case['case']}: {case['problems']}"
    return result["pooled"]


@pytest.mark.parametrize(
    ("figure", "path"),
    [
        ("grounding", ("grounding",)),
        ("attribution_f1", ("attribution", "f1")),
        ("alignment_f1", ("alignment", "f1")),
        ("conflict_f1", ("conflict", "f1")),
        ("agree_f1", ("agree", "f1")),
    ],
)
def test_pooled_figure_at_or_above_floor(pooled, figure, path):
    value = pooled
    for key in path:
        value = value[key]
    assert value >= FLOORS[figure], f"{figure} fell to {value} (floor {FLOORS[figure]})"
