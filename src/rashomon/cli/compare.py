"""``rashomon compare FILE...``: analyse documents and print or write a report."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from rashomon.cli import app, fail
from rashomon.errors import ConfigError, InputError, InternalError, RashomonError

EXIT_PROBLEMS = 1


@app.command()
def compare(
    files: Annotated[list[str], typer.Argument(help="text, Markdown or HTML files; - for standard input")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json, markdown or html")] = "table",
    out: Annotated[Path | None, typer.Option("--output", "-o", help="write the report here")] = None,
    parties: Annotated[Path | None, typer.Option("--parties", help="YAML map: party name -> aliases")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="options file (YAML or JSON)")] = None,
    engine: Annotated[str | None, typer.Option("--engine", help="local, llm or hybrid")] = None,
    llm_url: Annotated[str | None, typer.Option("--llm-url", help="OpenAI-compatible base URL")] = None,
    llm_model: Annotated[str | None, typer.Option("--llm-model", help="model name on that server")] = None,
    llm_stages: Annotated[
        str | None,
        typer.Option("--llm-stages", help="stages the LLM does with --engine hybrid: attribution,parties,claims"),
    ] = None,
    llm_schema_mode: Annotated[
        str | None, typer.Option("--llm-schema-mode", help="structured output: auto, json_schema, json_object or none")
    ] = None,
    llm_cache: Annotated[
        bool | None, typer.Option("--llm-cache/--no-llm-cache", help="reuse earlier LLM replies")
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="any bad input is fatal")] = False,
    width: Annotated[int | None, typer.Option("--width", min=40, max=1000, help="terminal width for the table")] = None,
) -> None:
    """Who says what, where the accounts agree and where they clash."""
    from rashomon.api import analyse, load_documents
    from rashomon.options import load_options, load_party_map
    from rashomon.report import FORMATS, render

    try:
        if fmt not in FORMATS:
            raise ConfigError(f"unknown format {fmt!r}; valid formats are: {', '.join(FORMATS)}")
        overrides: dict = {"engine": engine, "strict": strict or None}
        stages = [s.strip() for s in llm_stages.split(",") if s.strip()] if llm_stages else None
        llm = {
            k: v
            for k, v in {
                "url": llm_url,
                "model": llm_model,
                "stages": stages,
                "schema_mode": llm_schema_mode,
                "cache": llm_cache,
            }.items()
            if v is not None
        }
        if llm:
            overrides["llm"] = llm
        options = load_options(config, overrides)
        party_map = load_party_map(parties) if parties else None
        docs, problems = load_documents(files, options)
        for p in problems:
            print(f"rashomon: skipped {p.path}: {p.message}", file=sys.stderr)
        if not docs:
            raise InputError(files[0] if len(files) == 1 else ", ".join(files), "no_input", "no usable input documents")
        analysis = analyse(docs, options, party_map, problems)
        for p in analysis.problems:
            if p.code in {"no_accounts", "llm_output"}:
                print(f"rashomon: warning: {p.path}: {p.message}", file=sys.stderr)
        if "llm" in analysis.stats:
            from rashomon.engines.llm import usage_line

            print(f"rashomon: {usage_line(analysis.stats['llm'])}", file=sys.stderr)
        text = render(analysis, fmt, width=width)
        if out is not None:
            try:
                out.write_text(text, encoding="utf-8")
            except OSError as exc:
                raise ConfigError(f"{out}: cannot write the report ({exc.strerror})") from exc
        else:
            sys.stdout.write(text)
    except RashomonError as exc:
        fail(exc)
    except Exception as exc:  # a bug, not the user's mistake: one line, exit 70, the cause kept
        fail(InternalError(f"{exc.__class__.__name__}: {exc} (please report this)"))
    if analysis.problems:
        raise typer.Exit(EXIT_PROBLEMS)
