"""Ingest: files, standard input and HTML pages become Documents.

Plain text and Markdown are kept byte for byte (decoded from UTF-8, no newline translation),
so offsets are the scorer's. HTML goes through trafilatura; offsets then refer to the
extracted text, which the Document carries.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rashomon.errors import InputError
from rashomon.model import Document

MAX_BYTES = 10 * 1024 * 1024
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control > max(8, len(head) // 50)


def _looks_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or (b"<body" in head and b"</" in data[:20000])


def decode(data: bytes, name: str, max_bytes: int = MAX_BYTES) -> str:
    """Check and decode the bytes of one input; raise InputError naming ``name`` when unusable."""
    if len(data) > max_bytes:
        raise InputError(
            name, "too_large", f"file is {len(data) / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit"
        )
    if not data.strip():
        raise InputError(name, "empty", "file is empty")
    if _looks_binary(data):
        raise InputError(name, "binary", "file looks binary, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(name, "undecodable", f"not valid UTF-8 (byte {exc.start})") from exc
    return text  # a BOM stays: offsets are into the bytes decoded as they are


def from_html(html: str, doc_id: str, path: str, url: str | None = None) -> Document:
    """Article text and metadata of an HTML page, through trafilatura."""
    import trafilatura

    result = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    text = getattr(result, "text", None) if result is not None else None
    if not text:
        raise InputError(path, "no_text", "no article text found in the HTML")
    title = getattr(result, "title", None)
    body = f"{title}\n\n{text}\n" if title and not text.startswith(title) else text + "\n"
    return Document(
        id=doc_id,
        path=path,
        text=body,
        title=title,
        outlet=getattr(result, "sitename", None),
        date=getattr(result, "date", None),
        url=url or getattr(result, "url", None),
        format="html",
    )


def from_bytes(data: bytes, doc_id: str, path: str, max_bytes: int = MAX_BYTES) -> Document:
    text = decode(data, path, max_bytes)
    suffix = Path(path).suffix.lower()
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and _looks_html(data)):
        return from_html(text, doc_id, path)
    fmt = "markdown" if suffix in MARKDOWN_SUFFIXES else "text"
    title = next((ln.strip().lstrip("#").strip() for ln in text.splitlines() if ln.strip()), None)
    return Document(id=doc_id, path=path, text=text, title=title, format=fmt)  # type: ignore[arg-type]


def read_document(path: str, doc_id: str, max_bytes: int = MAX_BYTES) -> Document:
    """Read one input: a file path, or ``-`` for standard input."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        return from_bytes(data, doc_id, "-", max_bytes)
    p = Path(path)
    if not p.exists():
        raise InputError(path, "missing", "no such file")
    if p.is_dir():
        raise InputError(path, "directory", "is a directory, not a file")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(path, "too_large", f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit")
        with p.open("rb") as fh:  # a pipe or a device has no size to check first: read no further than the limit
            data = fh.read(max_bytes + 1)
    except PermissionError as exc:
        raise InputError(path, "unreadable", "permission denied") from exc
    except OSError as exc:
        raise InputError(path, "unreadable", exc.strerror or exc.__class__.__name__) from exc
    return from_bytes(data, doc_id, path, max_bytes)
