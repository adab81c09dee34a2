"""rashomon: map conflicting accounts of one event, every item grounded in the source text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from rashomon.model import Analysis

__all__ = ["__version__", "compare"]


def compare(*args: Any, **kwargs: Any) -> Analysis:
    """Analyse documents; see :func:`rashomon.api.compare`."""
    from rashomon.api import compare as _compare

    return _compare(*args, **kwargs)
