"""Fetch an article by URL without letting the server be used against its own network.

Only ``http`` and ``https``. Every connection, the first and each one after a redirect, resolves
the host itself and refuses before connecting when any address it resolves to is loopback,
private, link-local, multicast or otherwise not global; it then connects to the address it
checked, so a second DNS answer cannot swap in another one. Redirects are followed by hand
(at most ``max_redirects``), the body is read up to ``max_bytes`` and the whole fetch has a
deadline. Proxy settings from the environment are ignored.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx

from rashomon import __version__, ingest
from rashomon.errors import InputError
from rashomon.model import Document

HTML_TYPES = {"text/html", "application/xhtml+xml"}
TEXT_TYPES = {"text/plain", "text/markdown", "text/x-markdown"}


class FetchError(InputError):
    """A URL refused or failed; ``code`` is url_refused, too_large, unsupported, timeout or fetch_failed."""


@dataclass(frozen=True)
class FetchLimits:
    max_bytes: int = 2_000_000
    max_redirects: int = 5
    timeout_s: float = 15.0
    connect_timeout_s: float = 5.0


@dataclass
class Fetched:
    url: str
    content_type: str
    charset: str | None
    body: bytes


def _public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


class Guard:
    """Resolves a host and says which of its addresses may be connected to.

    ``allow`` names ``(address, port)`` pairs let through although not global: for tests that
    serve pages from loopback; the command line never sets it.
    """

    def __init__(self, allow: Collection[tuple[str, int]] = ()) -> None:
        self.allow = {(str(ipaddress.ip_address(a)), int(p)) for a, p in allow}

    def addresses(self, url: str, host: str, port: int) -> list[str]:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise FetchError(url, "fetch_failed", f"cannot resolve the host {host!r}") from exc
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        for a in addresses:
            if (a, port) not in self.allow and not _public(ipaddress.ip_address(a.split("%")[0])):
                what = host if host == a else f"{host} resolves to {a}, which"
                raise FetchError(url, "url_refused", f"{what} is a loopback, private or reserved address")
        return addresses


class _GuardedBackend(httpcore.NetworkBackend):
    """Connects only to addresses the guard has checked, checking them at connect time."""

    def __init__(self, guard: Guard, url: str) -> None:
        self.guard = guard
        self.url = url
        self.inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        error: Exception | None = None
        for address in self.guard.addresses(self.url, host, port):
            try:
                return self.inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                error = exc
        raise error or httpcore.ConnectError(f"no address for {host}")

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        raise FetchError(self.url, "url_refused", "unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


class _GuardedTransport(httpx.HTTPTransport):
    def __init__(self, guard: Guard, url: str) -> None:
        super().__init__(trust_env=False, retries=0)
        # httpx has no public hook for the network backend: swap in a pool that connects through the
        # guard. TLS still checks the certificate against the host name of the URL.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            network_backend=_GuardedBackend(guard, url),
            max_connections=2,
            retries=0,
        )


def check_url(url: str) -> httpx.URL:
    """Parse ``url``; refuse every scheme but http and https, and URLs without a host."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise FetchError(url, "url_refused", "not a valid URL") from exc
    if parsed.scheme not in ("http", "https"):
        raise FetchError(url, "url_refused", f"only http and https URLs are fetched, not {parsed.scheme or 'none'!r}")
    if not parsed.host:
        raise FetchError(url, "url_refused", "the URL has no host")
    return parsed


def fetch(url: str, limits: FetchLimits | None = None, guard: Guard | None = None) -> Fetched:
    """GET ``url`` within ``limits``: the final URL, its content type and body."""
    limits = limits or FetchLimits()
    guard = guard or Guard()
    current = check_url(url)
    deadline = time.monotonic() + limits.timeout_s
    timeout = httpx.Timeout(limits.timeout_s, connect=limits.connect_timeout_s)
    headers = {
        "User-Agent": f"rashomon/{__version__} (article fetcher)",
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9",
    }
    try:
        with httpx.Client(
            transport=_GuardedTransport(guard, url), timeout=timeout, follow_redirects=False, trust_env=False
        ) as client:
            for _ in range(limits.max_redirects + 1):
                with client.stream("GET", current, headers=headers) as resp:
                    if resp.is_redirect:
                        location = resp.headers.get("location", "")
                        current = check_url(str(resp.url.join(location)))
                        continue
                    return _read(url, resp, limits, deadline)
    except httpx.TimeoutException as exc:
        raise FetchError(url, "timeout", f"no answer within {limits.timeout_s:.0f} s") from exc
    except httpx.HTTPError as exc:
        raise FetchError(url, "fetch_failed", f"could not fetch it ({type(exc).__name__})") from exc
    raise FetchError(url, "fetch_failed", f"more than {limits.max_redirects} redirects")


def _read(url: str, resp: httpx.Response, limits: FetchLimits, deadline: float) -> Fetched:
    if resp.status_code >= 400:
        raise FetchError(url, "fetch_failed", f"the server answered {resp.status_code}")
    content_type = resp.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in HTML_TYPES | TEXT_TYPES:
        raise FetchError(url, "unsupported", f"{content_type or 'no content type'} is not an article (HTML or text)")
    declared = resp.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise FetchError(
            url, "too_large", f"the page is {int(declared) / 1e6:.1f} MB, over {limits.max_bytes / 1e6:.1f} MB"
        )
    body = bytearray()
    for chunk in resp.iter_bytes():
        body += chunk
        if len(body) > limits.max_bytes:
            raise FetchError(url, "too_large", f"the page is over {limits.max_bytes / 1e6:.1f} MB")
        if time.monotonic() > deadline:
            raise FetchError(url, "timeout", f"the page took over {limits.timeout_s:.0f} s")
    return Fetched(url=str(resp.url), content_type=content_type, charset=resp.charset_encoding, body=bytes(body))


def fetch_document(url: str, doc_id: str, limits: FetchLimits | None = None, guard: Guard | None = None) -> Document:
    """The article at ``url`` as a Document (HTML through trafilatura, text kept as it is)."""
    limits = limits or FetchLimits()
    page = fetch(url, limits, guard)
    try:
        text = page.body.decode(page.charset or "utf-8", errors="replace")
    except LookupError:  # an unknown charset name
        text = page.body.decode("utf-8", errors="replace")
    if page.content_type in HTML_TYPES:
        return ingest.from_html(text, doc_id, url, url=page.url)
    doc = ingest.from_bytes(text.encode("utf-8"), doc_id, url, limits.max_bytes)
    fmt = "markdown" if "markdown" in page.content_type else doc.format
    return doc.model_copy(update={"url": page.url, "format": fmt})
