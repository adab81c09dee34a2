"""The one exceptions module: every error rashomon raises on purpose derives from RashomonError.

Each class carries the exit code the CLI uses for it, so a script can tell a bad input
from a bad option or a failing engine.
"""

from __future__ import annotations


class RashomonError(Exception):
    """Base of every error rashomon raises on purpose."""

    exit_code = 1


class ConfigError(RashomonError):
    """An option, a config file or a party map is wrong."""

    exit_code = 3


class InputError(RashomonError):
    """An input document cannot be read or analysed.

    ``path`` names the file and ``code`` says what was wrong with it (missing, directory,
    empty, binary, undecodable, too_large, unsupported).
    """

    exit_code = 4

    def __init__(self, path: str, code: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.code = code
        self.message = message


class EngineError(RashomonError):
    """An engine (a model or an LLM server) failed; keeps the provider and the original error."""

    exit_code = 5

    def __init__(self, message: str, provider: str = "", original: BaseException | None = None) -> None:
        super().__init__(f"{provider}: {message}" if provider else message)
        self.provider = provider
        self.original = original


class InternalError(RashomonError):
    """A bug in rashomon: an invariant did not hold."""

    exit_code = 70
