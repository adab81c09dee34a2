"""The command line: thin commands over library functions, one module per command.

Exit codes: 0 success; 1 analysed, but some inputs were skipped or had no reported speech;
2 usage error; 3 configuration error; 4 input error (no usable input, or any bad input
with --strict); 5 engine error; 70 internal error.
"""

from __future__ import annotations

import sys

import typer

from rashomon.errors import RashomonError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Map conflicting accounts of one event.")


def fail(exc: RashomonError) -> None:
    """One clear line on stderr and the error's exit code; no traceback for a user's mistake."""
    print(f"rashomon: error: {exc}", file=sys.stderr)
    raise typer.Exit(exc.exit_code)


from rashomon.cli import compare as _compare  # noqa: E402,F401  (registers the command)
from rashomon.cli import serve as _serve  # noqa: E402,F401


def main() -> None:
    app()
