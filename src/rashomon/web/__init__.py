"""The web app: ``rashomon serve`` runs it; ``create_app`` builds it (for tests and ASGI servers)."""

from __future__ import annotations

from pathlib import Path

from rashomon.web.app import Limits, create_app
from rashomon.web.store import DB_ENV, default_db

__all__ = ["DB_ENV", "Limits", "create_app", "default_db", "run"]


def run(host: str = "127.0.0.1", port: int = 8000, db: str | Path | None = None) -> None:
    """Serve the app with uvicorn until interrupted; analyses are kept in ``db`` (see ``default_db``)."""
    import uvicorn

    path = Path(db) if db else default_db()
    app = create_app(path)
    print(f"rashomon: serving http://{host}:{port}/ (API docs at /docs), analyses in {path}", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="info")
