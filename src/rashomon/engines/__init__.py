"""Engines: the offline local engine and, when configured, an LLM engine, behind one interface."""

from __future__ import annotations

from rashomon.engines.base import ENGINES, STAGES, Engine, State, register

__all__ = ["ENGINES", "STAGES", "Engine", "State", "register", "get_engine"]


def get_engine(name: str) -> type:
    """The engine class registered under ``name`` (importing the built-in ones on first use)."""
    from rashomon.engines import llm, local  # noqa: F401  (registers "local", "llm" and "hybrid")
    from rashomon.errors import ConfigError

    if name not in ENGINES:
        raise ConfigError(f"unknown engine {name!r}; valid engines are: {', '.join(sorted(ENGINES))}")
    return ENGINES[name]
