"""The whole analysis as JSON (the fields ../shared/eval/README.md lists, and the rest)."""

from __future__ import annotations

from rashomon.model import Analysis


def to_json(analysis: Analysis) -> str:
    return analysis.model_dump_json(indent=1)
