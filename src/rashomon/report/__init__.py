"""Renderers: each turns an Analysis into a view model (plain dicts), then into text."""

from __future__ import annotations

from rashomon.model import Analysis

FORMATS = ("table", "json", "markdown", "html")


def render(analysis: Analysis, fmt: str, width: int | None = None) -> str:
    from rashomon.errors import ConfigError

    if fmt == "json":
        from rashomon.report.json import to_json

        return to_json(analysis)
    if fmt == "markdown":
        from rashomon.report.markdown import to_markdown

        return to_markdown(analysis)
    if fmt == "table":
        from rashomon.report.table import to_table

        return to_table(analysis, width=width)
    if fmt == "html":
        from rashomon.report.html import to_html

        return to_html(analysis)
    raise ConfigError(f"unknown format {fmt!r}; valid formats are: {', '.join(FORMATS)}")
