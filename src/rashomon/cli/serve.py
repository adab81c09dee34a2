"""``rashomon serve``: the web app (see rashomon.web)."""

from __future__ import annotations

from typing import Annotated

import typer

from rashomon.cli import app, fail
from rashomon.errors import RashomonError


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
    db: Annotated[str | None, typer.Option(help="SQLite file for stored analyses")] = None,
) -> None:
    """Start the web app: paste, upload or fetch articles and view the report."""
    try:
        from rashomon.web import run

        run(host=host, port=port, db=db)
    except RashomonError as exc:
        fail(exc)
