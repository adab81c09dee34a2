"""The engine interface: five stage methods over one shared state.

An engine fills in the analysis stage by stage. The built-in local engine implements
all five; an LLM engine may implement some of them and leave the rest to another engine
(``hybrid``). Engines are registered by name in ``ENGINES``, the built-in one the same
way a third-party one would be.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from rashomon.model import Analysis
from rashomon.options import Options

STAGES = ("attribution", "parties", "claims", "aspects", "relations")


@dataclass
class State:
    """The analysis being built, plus what stages hand each other that the JSON does not carry."""

    analysis: Analysis
    options: Options
    party_map: dict[str, list[str]] | None = None
    scratch: dict[str, Any] = field(default_factory=dict)


class Engine(Protocol):
    name: str

    def attribution(self, state: State) -> None: ...

    def parties(self, state: State) -> None: ...

    def claims(self, state: State) -> None: ...

    def aspects(self, state: State) -> None: ...

    def relations(self, state: State) -> None: ...

    def versions(self) -> dict[str, str]: ...


ENGINES: dict[str, type] = {}


def register(name: str):  # type: ignore[no-untyped-def]
    def deco(cls: type) -> type:
        ENGINES[name] = cls
        return cls

    return deco
