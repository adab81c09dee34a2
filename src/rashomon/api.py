"""The Python API: ``compare(...)`` reads documents and runs the five stages."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rashomon import ingest
from rashomon.engines import STAGES, State, get_engine
from rashomon.errors import InputError, InternalError
from rashomon.model import Analysis, Document, Problem
from rashomon.options import Options, load_options


def load_documents(paths: Sequence[str | Path], options: Options) -> tuple[list[Document], list[Problem]]:
    """Read every path; a bad one becomes a Problem (or is raised with ``options.strict``)."""
    docs: list[Document] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            docs.append(ingest.read_document(str(path), f"d{len(docs) + 1}", options.max_bytes))
        except InputError as exc:
            if options.strict:
                raise
            problems.append(Problem(path=exc.path, code=exc.code, message=exc.message))
    return docs, problems


def analyse(
    documents: list[Document],
    options: Options | None = None,
    party_map: dict[str, list[str]] | None = None,
    problems: list[Problem] | None = None,
    progress: Any = None,
) -> Analysis:
    """Run the pipeline over documents already read."""
    options = options or Options()
    analysis = Analysis(documents=documents, problems=list(problems or []))
    state = State(analysis=analysis, options=options, party_map=party_map)
    engine = get_engine(options.engine)(options)
    helper = engine if options.engine == "local" else get_engine("local")(options)
    timings: dict[str, float] = {}
    for stage in STAGES:
        t0 = time.perf_counter()
        if progress is not None:
            progress(stage)
        runner = engine if hasattr(engine, stage) and getattr(engine, "handles", lambda s: True)(stage) else helper
        getattr(runner, stage)(state)
        timings[stage] = round(time.perf_counter() - t0, 3)
    bad = analysis.check_grounding()
    if bad:
        raise InternalError(f"{len(bad)} claims are not grounded in their text (first: {bad[0]})")
    for d in documents:
        if not any(a.doc == d.id for a in analysis.accounts):
            analysis.problems.append(
                Problem(path=d.path, code="no_accounts", message="no reported speech found; only the narrator speaks")
            )
    analysis.options = options.model_dump(mode="json")
    analysis.models = {**helper.versions(), **(engine.versions() if engine is not helper else {})}
    words = sum(len(d.text.split()) for d in documents)
    total = sum(timings.values())
    # an engine's own figures (token use, cost, ungrounded rate) stay beside the timings
    analysis.stats = {
        **analysis.stats,
        "seconds": timings,
        "words": words,
        "words_per_second": round(words / total, 1) if total else None,
    }
    return analysis


def compare(
    paths: Sequence[str | Path] | None = None,
    *,
    texts: Sequence[str] | None = None,
    options: Options | dict[str, Any] | None = None,
    party_map: dict[str, list[str]] | None = None,
    progress: Any = None,
) -> Analysis:
    """Analyse files (``paths``, ``-`` for standard input) and/or raw ``texts``.

    ``options`` is an Options object or a dict of overrides on the defaults. Returns the
    Analysis: documents, speakers, parties, accounts, claims, aspects and relations.
    """
    if not isinstance(options, Options):
        options = load_options(overrides=options or {})
    docs, problems = load_documents(list(paths or []), options)
    for t in texts or []:
        n = len(docs) + 1
        docs.append(ingest.from_bytes(t.encode("utf-8"), f"d{n}", f"text-{n}", options.max_bytes))
    return analyse(docs, options, party_map, problems, progress)
