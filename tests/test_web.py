"""The web app through real HTTP on loopback: the API, its limits and refusals, restarts.

URL fetching is tested against local servers only. The app is told it may fetch from one
loopback (address, port), the article server; everything else on loopback, private and
link-local addresses must be refused before any connection is made. An audit hook records
every socket connection this process makes, so the tests can show that none left loopback.
"""

from __future__ import annotations

import ipaddress
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
import uvicorn

from rashomon.web import Limits, create_app
from rashomon.web.fetch import FetchError, FetchLimits, Guard, fetch_document
from rashomon.web.store import Store

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "hanoi-summit.txt"
CONNECTS: list[object] = []


def _audit(event: str, args: tuple) -> None:
    if event == "socket.connect":
        CONNECTS.append(args[1])


sys.addaudithook(_audit)


def _non_loopback(addresses: list[object]) -> list[object]:
    out = []
    for a in addresses:
        host = a[0] if isinstance(a, tuple) else a
        try:
            if not ipaddress.ip_address(str(host).split("%")[0]).is_loopback:
                out.append(a)
        except ValueError:
            out.append(a)  # a unix socket path or a name: not expected here
    return out


@contextmanager
def serve_app(app) -> Iterator[str]:
    """Run ``app`` with uvicorn in a thread on a free loopback port; yield its base URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(20)
        sock.close()


class _Pages(BaseHTTPRequestHandler):
    """Articles, redirects and oversized pages; every request is counted."""

    hits: list[str]
    article: bytes
    redirects: dict[str, str]

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.hits.append(self.path)
        if self.path in ("/slow", "/drip"):
            self._slowly(self.path == "/drip")
            return
        if self.path in self.redirects:
            self.send_response(302)
            self.send_header("Location", self.redirects[self.path])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body, ctype = {
            "/article.html": (self.article, "text/html; charset=utf-8"),
            "/big.txt": (b"word " * 60_000, "text/plain"),
            "/file.pdf": (b"%PDF-1.4 not an article", "application/pdf"),
        }.get(self.path, (b"not found", "text/plain"))
        self.send_response(200 if self.path != "/missing" else 404)
        self.send_header("Content-Type", ctype)
        if self.path != "/big.txt":  # the big page is streamed without a length
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _slowly(self, drip: bool) -> None:
        try:
            if not drip:
                time.sleep(2)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(15 if drip else 1):
                self.wfile.write(b"Ann said yes. ")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass  # the fetcher gave up and hung up, as it should


@contextmanager
def page_server(article: bytes = b"", redirects: dict[str, str] | None = None) -> Iterator[tuple[int, list[str]]]:
    hits: list[str] = []
    handler = type("Pages", (_Pages,), {"hits": hits, "article": article, "redirects": redirects or {}})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], hits
    finally:
        server.shutdown()
        server.server_close()


def article_html(text: str) -> bytes:
    title, _, rest = text.partition("\n")
    paras = "".join(f"<p>{p.strip()}</p>" for p in rest.split("\n\n") if p.strip())
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title><meta property='og:site_name' content='Antiwar'>"
        f"</head><body><article><h1>{title}</h1>{paras}</article></body></html>"
    ).encode()


LIMITS = Limits(
    max_documents=3,
    max_urls=2,
    max_document_bytes=100_000,
    max_request_bytes=400_000,
    fetch=FetchLimits(max_bytes=100_000, max_redirects=3, timeout_s=10),
)


@pytest.fixture(scope="module")
def canary():
    """A loopback server that no request may reach: the target of every refused URL."""
    with page_server() as (port, hits):
        yield port, hits


@pytest.fixture(scope="module")
def site(canary, hanoi_text):
    port = canary[0]
    redirects = {
        "/to-loopback": f"http://127.0.0.1:{port}/secret",
        "/to-localhost": f"http://localhost:{port}/secret",
        "/to-private": "http://10.20.30.40/admin",
        "/to-metadata": "http://169.254.169.254/latest/meta-data/",
        "/to-file": "file:///etc/passwd",
        "/loop": "/loop",
        "/to-article": "/article.html",
    }
    with page_server(article_html(hanoi_text), redirects) as (site_port, hits):
        yield site_port, hits


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("web") / "analyses.sqlite3"


@pytest.fixture(scope="module")
def base(db, site) -> Iterator[str]:
    app = create_app(db, limits=LIMITS, fetch_allow=(("127.0.0.1", site[0]),))
    with serve_app(app) as url:
        yield url


def wait_done(client: httpx.Client, analysis_id: str, timeout: float = 90) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        status = client.get(f"/api/analyses/{analysis_id}").json()
        if status["status"] in ("done", "failed"):
            return status
        assert time.monotonic() < deadline, f"analysis still {status['status']} at {status['stage']}"
        time.sleep(0.1)


def error(resp: httpx.Response, status: int, code: str) -> dict:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()["error"]
    assert body["status"] == status and body["code"] == code, body
    assert body["message"]
    return body


@pytest.fixture
def client(base) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base, timeout=30, trust_env=False) as c:
        yield c


def test_paste_poll_and_report(client, hanoi_text):
    resp = client.post("/api/analyses", json={"texts": [hanoi_text]})
    assert resp.status_code == 202, resp.text
    created = resp.json()
    assert resp.headers["location"] == created["links"]["self"] == f"/api/analyses/{created['id']}"
    status = wait_done(client, created["id"])
    assert status["status"] == "done", status["error"]
    assert status["stages"] == ["attribution", "parties", "claims", "aspects", "relations"]
    analysis = status["analysis"]
    assert {p["name"] for p in analysis["parties"]} == {"United States", "North Korea", "South Korea"}
    text = analysis["documents"][0]["text"]
    assert text == hanoi_text
    assert all(text[c["start"] : c["end"]] == c["quote"] for c in analysis["claims"])

    report = client.get(created["links"]["report"])
    assert report.status_code == 200 and report.headers["content-type"].startswith("text/html")
    assert "<strong>North Korea</strong>" in report.text
    page = client.get(created["links"]["page"])
    assert page.status_code == 200 and page.text == report.text
    md = client.get(created["links"]["report"], params={"format": "markdown"})
    assert md.status_code == 200 and md.text.startswith("# rashomon")
    error(client.get(created["links"]["report"], params={"format": "pdf"}), 422, "invalid")
    assert created["id"] in [r["id"] for r in client.get("/api/analyses").json()]


def test_upload_files_and_fetch_a_url(client, site, hanoi_text):
    site_port, hits = site
    files = [
        ("file", ("hanoi.md", hanoi_text.encode(), "text/markdown")),
        ("file", ("hanoi.html", article_html(hanoi_text), "text/html")),
    ]
    url = f"http://127.0.0.1:{site_port}/to-article"
    resp = client.post("/api/analyses", files=files, data={"url": url, "text": "  "})
    assert resp.status_code == 202, resp.text
    status = client.get(resp.json()["links"]["self"]).json()
    docs = status["documents"]
    assert [d["path"] for d in docs] == ["hanoi.md", "hanoi.html", url]
    assert docs[1]["title"] == docs[2]["title"] == hanoi_text.partition("\n")[0]
    assert docs[2]["url"] == f"http://127.0.0.1:{site_port}/article.html"  # after the redirect
    assert "/article.html" in hits


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:{canary}/secret",
        "http://localhost:{canary}/secret",
        "http://[::1]:{canary}/secret",
        "http://[::ffff:127.0.0.1]:{canary}/secret",
        "http://0.0.0.0:{canary}/secret",
        "http://2130706433:{canary}/secret",
        "http://10.20.30.40/admin",
        "http://192.168.0.1/",
        "http://172.16.5.4:8080/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fe80::1]/",
        "file:///etc/passwd",
        "ftp://ftp.example.org/article.txt",
        "javascript:alert(1)",
        "gopher://127.0.0.1:{canary}/",
        "http:///no-host",
    ],
)
def test_refused_urls_never_connect(client, canary, url):
    port, hits = canary
    before = len(CONNECTS)
    body = error(client.post("/api/analyses", json={"urls": [url.format(canary=port)]}), 400, "url_refused")
    assert body["path"] == url.format(canary=port)
    assert hits == []
    # the only connections made were this test's own request to the app, on loopback
    assert _non_loopback(CONNECTS[before:]) == []


@pytest.mark.parametrize("path", ["/to-loopback", "/to-localhost", "/to-private", "/to-metadata", "/to-file"])
def test_redirects_to_refused_addresses_are_not_followed(client, site, canary, path):
    site_port, site_hits = site
    before = len(CONNECTS)
    error(client.post("/api/analyses", json={"urls": [f"http://127.0.0.1:{site_port}{path}"]}), 400, "url_refused")
    assert path in site_hits
    assert canary[1] == []
    assert ("127.0.0.1", site_port) in CONNECTS[before:]  # the hook does see the fetcher's connections
    assert _non_loopback(CONNECTS[before:]) == []


def test_fetch_limits(client, site):
    site_port, _ = site
    at = f"http://127.0.0.1:{site_port}"
    assert (
        "more than 3 redirects"
        in error(client.post("/api/analyses", json={"urls": [f"{at}/loop"]}), 502, "fetch_failed")["message"]
    )
    error(client.post("/api/analyses", json={"urls": [f"{at}/big.txt"]}), 413, "too_large")
    error(client.post("/api/analyses", json={"urls": [f"{at}/file.pdf"]}), 415, "unsupported")
    assert (
        "404" in error(client.post("/api/analyses", json={"urls": [f"{at}/missing"]}), 502, "fetch_failed")["message"]
    )


@pytest.mark.parametrize("path", ["/slow", "/drip"])
def test_fetch_deadline(site, path):
    site_port, hits = site
    url = f"http://127.0.0.1:{site_port}{path}"
    t0 = time.monotonic()
    with pytest.raises(FetchError) as caught:
        fetch_document(url, "d1", FetchLimits(timeout_s=1), Guard(allow=[("127.0.0.1", site_port)]))
    assert caught.value.code == "timeout"
    assert time.monotonic() - t0 < 1.8
    assert path in hits


def test_count_and_size_limits(client, hanoi_text):
    error(client.post("/api/analyses", json={"texts": ["a b c. d said e."] * 4}), 413, "too_many")
    error(client.post("/api/analyses", json={"urls": ["http://10.0.0.1/"] * 3}), 413, "too_many")
    error(client.post("/api/analyses", json={"texts": ["word " * 30_000]}), 413, "too_large")
    error(client.post("/api/analyses", files=[("file", ("big.txt", b"word " * 30_000))]), 413, "too_large")
    error(client.post("/api/analyses", data={"text": "word " * 30_000}), 413, "too_large")
    files = [("file", (f"{i}.txt", b"Ann said yes.")) for i in range(5)]
    error(client.post("/api/analyses", files=files), 413, "too_many")
    # over the request limit, declared or streamed without a length
    error(
        client.post("/api/analyses", content=b"x" * 500_000, headers={"content-type": "application/json"}),
        413,
        "too_large",
    )

    def chunks():
        for _ in range(50):
            yield b'{"texts": ["' + b"y" * 10_000

    error(
        client.post("/api/analyses", content=chunks(), headers={"content-type": "application/json"}), 413, "too_large"
    )


def test_bad_requests(client):
    error(client.post("/api/analyses", json={}), 400, "no_input")
    error(client.post("/api/analyses", json={"texts": ["   \n"]}), 400, "empty")
    error(client.post("/api/analyses", json={"text": "singular"}), 422, "invalid")
    error(
        client.post("/api/analyses", content=b"{not json", headers={"content-type": "application/json"}), 422, "invalid"
    )
    error(client.post("/api/analyses", content=b"hello", headers={"content-type": "text/plain"}), 415, "unsupported")
    error(client.post("/api/analyses", files=[("file", ("a.pdf", b"%PDF"))]), 415, "unsupported")
    error(client.post("/api/analyses", files=[("file", ("a.txt", b"\x00\x01\x02" * 50))]), 400, "binary")
    error(client.post("/api/analyses", files=[("file", ("a.txt", "é".encode("latin-1") * 9))]), 400, "undecodable")
    error(client.get("/api/analyses/nope"), 404, "not_found")
    error(client.get("/api/analyses/nope/report"), 404, "not_found")
    error(client.get("/api/nothing-here"), 404, "not_found")
    error(client.delete("/api/analyses"), 405, "method_not_allowed")


def test_report_of_an_unfinished_analysis(client, db):
    store = Store(db)
    analysis_id = store.create([])
    store.fail(analysis_id, "engine exploded")
    assert client.get(f"/api/analyses/{analysis_id}").json()["error"] == "engine exploded"
    error(client.get(f"/api/analyses/{analysis_id}/report"), 409, "not_ready")


def test_openapi_documents_the_api(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/analyses", "/api/analyses/{analysis_id}", "/api/analyses/{analysis_id}/report"} <= set(spec["paths"])
    post = spec["paths"]["/api/analyses"]["post"]
    assert set(post["requestBody"]["content"]) == {"application/json", "multipart/form-data"}
    assert {"413", "415", "429"} <= set(post["responses"])
    assert "AnalysisRequest" in spec["components"]["schemas"] and "NamedText" in spec["components"]["schemas"]
    assert client.get("/docs").status_code == 200


def test_home_page(client):
    resp = client.get("/")
    assert resp.status_code == 200
    assert "script-src 'sha256-" in resp.headers["content-security-policy"]
    assert '<textarea id="text" name="text"' in resp.text and 'name="file" type="file"' in resp.text


def test_queue_limit(tmp_path):
    with serve_app(create_app(tmp_path / "busy.sqlite3", limits=Limits(max_pending=0))) as url:
        error(httpx.post(f"{url}/api/analyses", json={"texts": ["Ann said yes."]}, trust_env=False), 429, "busy")


def test_restart_loses_nothing(tmp_path, hanoi_text):
    db = tmp_path / "restart.sqlite3"
    with serve_app(create_app(db)) as url, httpx.Client(base_url=url, trust_env=False, timeout=30) as c:
        done_id = c.post("/api/analyses", json={"texts": [hanoi_text]}).json()["id"]
        assert wait_done(c, done_id)["status"] == "done"
    # an analysis the server had accepted but not run when it stopped
    from rashomon.ingest import from_bytes

    queued_id = Store(db).create([from_bytes(hanoi_text.encode(), "d1", "hanoi.txt")])
    with serve_app(create_app(db)) as url, httpx.Client(base_url=url, trust_env=False, timeout=30) as c:
        again = c.get(f"/api/analyses/{done_id}").json()
        assert again["status"] == "done" and len(again["analysis"]["parties"]) == 3
        assert c.get(f"/api/analyses/{done_id}/report").status_code == 200
        assert wait_done(c, queued_id)["status"] == "done"


def test_a_bad_store_is_a_config_error(tmp_path):
    from rashomon.errors import ConfigError

    bad = tmp_path / "not-a-db.sqlite3"
    bad.write_text("not sqlite at all, " * 100)
    with pytest.raises(ConfigError, match="cannot open the analysis store"):
        create_app(bad)
