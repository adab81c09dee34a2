"""Analyses in SQLite: the input documents, the status and stage of the run, and the result.

The input is stored with the request, so an analysis that a restart interrupted can run again;
a finished one is kept as its JSON (``rashomon-analysis/1``). One connection per call keeps the
store safe to use from the request handlers and the worker thread at once.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from rashomon.errors import ConfigError
from rashomon.model import Analysis, Document, Problem

Status = Literal["queued", "running", "done", "failed"]
SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS analyses (
    id TEXT PRIMARY KEY,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    stage TEXT,
    error TEXT,
    documents TEXT NOT NULL,
    problems TEXT NOT NULL,
    result TEXT
);
CREATE INDEX IF NOT EXISTS analyses_created ON analyses (created);
"""


DB_ENV = "RASHOMON_DB"


def default_db() -> Path:
    """$RASHOMON_DB, else ``analyses.sqlite3`` under $XDG_DATA_HOME/rashomon (~/.local/share/rashomon)."""
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV])
    data = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return data / "rashomon" / "analyses.sqlite3"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass
class Record:
    """One stored analysis; ``result`` is set once ``status`` is ``done``."""

    id: str
    created: str
    updated: str
    status: Status
    stage: str | None
    error: str | None
    documents: list[Document]
    problems: list[Problem]
    result: Analysis | None

    def summary(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created": self.created,
            "updated": self.updated,
            "status": self.status,
            "stage": self.stage,
            "error": self.error,
            "documents": [
                {"id": d.id, "path": d.path, "title": d.title, "outlet": d.outlet, "date": d.date, "url": d.url}
                for d in self.documents
            ],
            "problems": [p.model_dump() for p in self.problems],
        }


class Store:
    """The analyses of one SQLite file (created, with its folder, when missing)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._db() as db:
                version = db.execute("PRAGMA user_version").fetchone()[0]
                if version not in (0, SCHEMA_VERSION):
                    raise ConfigError(f"{self.path}: store schema {version}; this rashomon knows {SCHEMA_VERSION}")
                db.executescript(SCHEMA)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except (sqlite3.Error, OSError) as exc:
            raise ConfigError(f"{self.path}: cannot open the analysis store ({exc})") from exc

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30)
        try:
            db.execute("PRAGMA journal_mode = WAL")
            with db:  # one transaction: committed on success, rolled back on error
                yield db
        finally:
            db.close()

    def create(self, documents: list[Document], problems: list[Problem] | None = None) -> str:
        """Store a new queued analysis of ``documents``; return its id."""
        analysis_id = secrets.token_hex(8)
        now = _now()
        docs = json.dumps([d.model_dump(mode="json") for d in documents], ensure_ascii=False)
        probs = json.dumps([p.model_dump(mode="json") for p in problems or []], ensure_ascii=False)
        with self._db() as db:
            db.execute(
                "INSERT INTO analyses (id, created, updated, status, documents, problems) VALUES (?, ?, ?, ?, ?, ?)",
                (analysis_id, now, now, "queued", docs, probs),
            )
        return analysis_id

    def get(self, analysis_id: str) -> Record | None:
        with self._db() as db:
            row = db.execute(
                "SELECT id, created, updated, status, stage, error, documents, problems, result "
                "FROM analyses WHERE id = ?",
                (analysis_id,),
            ).fetchone()
        if row is None:
            return None
        return Record(
            id=row[0],
            created=row[1],
            updated=row[2],
            status=row[3],
            stage=row[4],
            error=row[5],
            documents=[Document.model_validate(d) for d in json.loads(row[6])],
            problems=[Problem.model_validate(p) for p in json.loads(row[7])],
            result=Analysis.model_validate_json(row[8]) if row[8] else None,
        )

    def _update(self, analysis_id: str, **fields: Any) -> None:
        names = ", ".join(f"{k} = ?" for k in fields)
        with self._db() as db:
            db.execute(
                f"UPDATE analyses SET {names}, updated = ? WHERE id = ?",  # names are ours, never user input
                (*fields.values(), _now(), analysis_id),
            )

    def start(self, analysis_id: str) -> None:
        self._update(analysis_id, status="running", stage=None, error=None)

    def set_stage(self, analysis_id: str, stage: str) -> None:
        self._update(analysis_id, stage=stage)

    def finish(self, analysis_id: str, analysis: Analysis) -> None:
        self._update(analysis_id, status="done", stage=None, result=analysis.model_dump_json())

    def fail(self, analysis_id: str, message: str) -> None:
        self._update(analysis_id, status="failed", error=message)

    def pending(self) -> list[str]:
        """Ids of analyses queued or running (a restart interrupted them), oldest first."""
        with self._db() as db:
            rows = db.execute(
                "SELECT id FROM analyses WHERE status IN ('queued', 'running') ORDER BY created"
            ).fetchall()
        return [r[0] for r in rows]

    def recent(self, limit: int = 20) -> list[dict[str, Any]]:
        """The newest analyses: id, created, status and the documents' titles."""
        with self._db() as db:
            rows = db.execute(
                "SELECT id, created, status, documents FROM analyses ORDER BY created DESC LIMIT ?", (limit,)
            ).fetchall()
        return [
            {
                "id": r[0],
                "created": r[1],
                "status": r[2],
                "titles": [d.get("title") or d["path"] for d in json.loads(r[3])],
            }
            for r in rows
        ]
