"""The FastAPI app: a page to start analyses, a JSON API, reports, all backed by SQLite.

``POST /api/analyses`` checks and reads the input (pasted texts, uploaded files, fetched URLs),
stores it and queues the analysis; one worker thread runs the queue, writing each stage to the
store as it starts, so ``GET /api/analyses/{id}`` shows the progress and a restart re-runs what
it interrupted. Every refusal is a JSON body ``{"error": {"status", "code", "message", "path"}}``.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePath
from typing import Annotated, Any, Literal

from fastapi import FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rashomon import __version__, ingest
from rashomon.api import analyse
from rashomon.engines import STAGES
from rashomon.errors import InputError, RashomonError
from rashomon.model import Document
from rashomon.options import Options, load_options
from rashomon.report import render
from rashomon.web import page
from rashomon.web.fetch import FetchLimits, Guard, fetch_document
from rashomon.web.store import Record, Store, default_db

log = logging.getLogger("rashomon.web")

UPLOAD_SUFFIXES = ingest.HTML_SUFFIXES | ingest.MARKDOWN_SUFFIXES | {".txt", ".text"}
# HTTP status for each InputError code; any other code is a 400
STATUS = {
    "too_large": 413,
    "too_many": 413,
    "unsupported": 415,
    "no_text": 422,
    "fetch_failed": 502,
    "timeout": 504,
    "busy": 429,
}
REPORT_FORMATS = ("html", "markdown", "json")


@dataclass(frozen=True)
class Limits:
    """What one request may ask for; over a limit is a 413 (or 429 when the queue is full)."""

    max_documents: int = 10
    max_urls: int = 5
    max_document_bytes: int = 2_000_000
    max_request_bytes: int = 12_000_000
    max_pending: int = 16
    fetch: FetchLimits = field(default_factory=FetchLimits)


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.path = status, code, message, path

    @classmethod
    def of(cls, exc: InputError) -> ApiError:
        return cls(STATUS.get(exc.code, 400), exc.code, exc.message, exc.path)


def _error(status: int, code: str, message: str, path: str | None = None, **extra: Any) -> JSONResponse:
    body = {"status": status, "code": code, "message": message, "path": path, **extra}
    return JSONResponse({"error": body}, status_code=status)


# Request and response bodies, for validation and for the OpenAPI page


class NamedText(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(max_length=255, description="a file name; its suffix (.txt, .md, .html) sets the format")
    text: str


class AnalysisRequest(BaseModel):
    """What to analyse: pasted texts, named files and URLs, together at most ``max_documents``."""

    model_config = ConfigDict(extra="forbid")
    texts: list[str] = Field(default_factory=list, description="plain texts (one article each)")
    files: list[NamedText] = Field(default_factory=list, description="file contents with their names")
    urls: list[str] = Field(default_factory=list, description="http(s) URLs of articles, fetched by the server")


class Links(BaseModel):
    self: str
    report: str
    page: str


class AnalysisCreated(BaseModel):
    id: str
    status: str
    links: Links


class AnalysisStatus(BaseModel):
    id: str
    created: str
    updated: str
    status: Literal["queued", "running", "done", "failed"]
    stage: str | None = Field(description="the stage running now")
    stages: list[str]
    error: str | None
    documents: list[dict[str, Any]]
    problems: list[dict[str, Any]]
    links: Links
    analysis: dict[str, Any] | None = Field(description="the whole analysis (rashomon-analysis/1) once done")


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str
    path: str | None = None


class ErrorBody(BaseModel):
    error: ErrorDetail


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {c: {"model": ErrorBody} for c in codes}


_REQUEST_SCHEMA = AnalysisRequest.model_json_schema(ref_template="#/components/schemas/{model}")
_REQUEST_DEFS = {**_REQUEST_SCHEMA.pop("$defs", {}), "AnalysisRequest": _REQUEST_SCHEMA}
_FORM_SCHEMA = {
    "type": "object",
    "properties": {
        "text": {"type": "array", "items": {"type": "string"}, "description": "pasted texts"},
        "file": {"type": "array", "items": {"type": "string", "format": "binary"}, "description": "files"},
        "url": {"type": "array", "items": {"type": "string"}, "description": "http(s) URLs"},
    },
}


class _BodyLimit:
    """Refuses request bodies over ``limit`` bytes, declared or streamed, with a 413."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.limit:
            response = _error(413, "too_large", f"the request is over {self.limit / 1e6:.1f} MB")
            await response(scope, receive, send)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise ApiError(413, "too_large", f"the request is over {self.limit / 1e6:.1f} MB")
            return message

        await self.app(scope, limited, send)


class Runner:
    """One worker thread that runs the queued analyses and writes their progress to the store."""

    def __init__(self, store: Store, options: Options) -> None:
        self.store, self.options = store, options
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rashomon-analysis")

    def submit(self, analysis_id: str) -> None:
        self.pool.submit(self.run, analysis_id)

    def run(self, analysis_id: str) -> None:
        record = self.store.get(analysis_id)
        if record is None or record.status in ("done", "failed"):
            return
        self.store.start(analysis_id)
        try:
            result = analyse(
                record.documents,
                self.options,
                problems=record.problems,
                progress=lambda stage: self.store.set_stage(analysis_id, stage),
            )
        except RashomonError as exc:
            self.store.fail(analysis_id, str(exc))
            return
        except Exception as exc:  # a bug: keep it with the analysis and keep serving
            log.exception("analysis %s failed", analysis_id)
            self.store.fail(analysis_id, f"internal error: {type(exc).__name__}: {exc}")
            return
        self.store.finish(analysis_id, result)

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)


def _links(analysis_id: str) -> dict[str, str]:
    return {
        "self": f"/api/analyses/{analysis_id}",
        "report": f"/api/analyses/{analysis_id}/report",
        "page": f"/analyses/{analysis_id}",
    }


def _status(record: Record) -> dict[str, Any]:
    out = record.summary()
    out["stages"] = list(STAGES)
    out["links"] = _links(record.id)
    out["analysis"] = record.result.model_dump(mode="json") if record.result else None
    return out


def create_app(
    db_path: str | Path | None = None,
    limits: Limits | None = None,
    options: Options | None = None,
    fetch_allow: tuple[tuple[str, int], ...] = (),
) -> FastAPI:
    """The web app over the SQLite file ``db_path`` (default: ``store.default_db()``).

    ``options`` are the analysis options (default: ``load_options()``, i.e. $RASHOMON_CONFIG);
    clients cannot change them. ``fetch_allow`` lets the URL fetcher reach these non-public
    ``(address, port)`` pairs: for tests only.
    """
    limits = limits or Limits()
    store = Store(db_path or default_db())
    runner = Runner(store, options or load_options())
    guard = Guard(fetch_allow)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        for analysis_id in store.pending():  # interrupted by a restart: run them again
            runner.submit(analysis_id)
        yield
        runner.close()

    app = FastAPI(
        title="rashomon",
        version=__version__,
        description="Map conflicting accounts of one event: who says what, where the accounts agree and clash.",
        lifespan=lifespan,
    )
    app.state.store, app.state.runner, app.state.limits = store, runner, limits
    app.add_middleware(_BodyLimit, limit=limits.max_request_bytes)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.message, exc.path)

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "bad_request")
        return _error(exc.status_code, code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        # the offending input is left out: it may be a whole article
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in exc.errors()
        ]
        first = errors[0] if errors else {"loc": [], "msg": "invalid request"}
        where = ".".join(str(x) for x in first["loc"]) or "body"
        return _error(422, "invalid", f"{where}: {first['msg']}", details=errors)

    def _documents(texts: list[str], files: list[tuple[str, bytes]], urls: list[str]) -> list[Document]:
        n = len(texts) + len(files) + len(urls)
        if n == 0:
            raise ApiError(400, "no_input", "nothing to analyse: paste a text, upload a file or give a URL")
        if n > limits.max_documents:
            raise ApiError(413, "too_many", f"{n} documents; at most {limits.max_documents} per analysis")
        if len(urls) > limits.max_urls:
            raise ApiError(413, "too_many", f"{len(urls)} URLs; at most {limits.max_urls} per analysis")
        docs: list[Document] = []
        try:
            for text in texts:
                k = len(docs) + 1
                docs.append(ingest.from_bytes(text.encode("utf-8"), f"d{k}", f"text-{k}", limits.max_document_bytes))
            for name, data in files:
                if PurePath(name).suffix.lower() not in UPLOAD_SUFFIXES:
                    raise ApiError(415, "unsupported", "only .txt, .md and .html files are read", name)
                docs.append(ingest.from_bytes(data, f"d{len(docs) + 1}", name, limits.max_document_bytes))
            for url in urls:
                docs.append(fetch_document(url, f"d{len(docs) + 1}", limits.fetch, guard))
        except InputError as exc:
            raise ApiError.of(exc) from exc
        return docs

    async def _read(request: Request) -> tuple[list[str], list[tuple[str, bytes]], list[str]]:
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype == "application/json":
            try:
                body = AnalysisRequest.model_validate_json(await request.body())
            except ValidationError as exc:
                raise RequestValidationError(exc.errors(include_url=False)) from exc
            files = [(PurePath(f.name).name, f.text.encode("utf-8")) for f in body.files]
            return body.texts, files, [u.strip() for u in body.urls if u.strip()]
        if ctype in ("multipart/form-data", "application/x-www-form-urlencoded"):
            try:
                form = await request.form(
                    max_files=limits.max_documents,
                    max_fields=limits.max_documents + limits.max_urls + 8,
                    max_part_size=limits.max_document_bytes,
                )
            except HTTPException as exc:  # the multipart parser's limits
                detail = str(exc.detail)
                code = "too_many" if "Too many" in detail else "too_large" if "size" in detail else "bad_request"
                raise ApiError(413 if code != "bad_request" else 400, code, detail) from exc
            # a browser sends a textarea's line breaks as CRLF; the text pasted had LF (its .value)
            texts = [t.replace("\r\n", "\n") for t in form.getlist("text") if isinstance(t, str) and t.strip()]
            urls = [u.strip() for u in form.getlist("url") if isinstance(u, str) and u.strip()]
            files = []
            for f in form.getlist("file"):
                if isinstance(f, str) or (not f.filename and not f.size):
                    continue  # the empty part a browser sends when no file is chosen
                files.append((PurePath(f.filename or "upload").name, await f.read()))
            return texts, files, urls
        raise ApiError(415, "unsupported", "send application/json or multipart/form-data")

    @app.post(
        "/api/analyses",
        status_code=202,
        response_model=AnalysisCreated,
        responses=_errors(400, 413, 415, 422, 429, 502, 504),
        summary="Start an analysis",
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/AnalysisRequest"}},
                    "multipart/form-data": {"schema": _FORM_SCHEMA},
                },
            }
        },
    )
    async def create_analysis(request: Request) -> JSONResponse:
        """Read the texts, files and URLs (fetched now: a refused or failed URL fails the request),
        store them and queue the analysis. Poll ``links.self`` for its progress."""
        if len(store.pending()) >= limits.max_pending:
            raise ApiError(429, "busy", f"{limits.max_pending} analyses are waiting; try again later")
        texts, files, urls = await _read(request)
        docs = await run_in_threadpool(_documents, texts, files, urls)
        analysis_id = store.create(docs)
        runner.submit(analysis_id)
        links = _links(analysis_id)
        return JSONResponse(
            {"id": analysis_id, "status": "queued", "links": links},
            status_code=202,
            headers={"Location": links["self"]},
        )

    def _record(analysis_id: str) -> Record:
        record = store.get(analysis_id)
        if record is None:
            raise ApiError(404, "not_found", f"no analysis {analysis_id!r}")
        return record

    @app.get("/api/analyses", summary="The newest analyses")
    def list_analyses(limit: Annotated[int, Query(ge=1, le=100)] = 20) -> list[dict[str, Any]]:
        return [{**r, "links": _links(r["id"])} for r in store.recent(limit)]

    @app.get(
        "/api/analyses/{analysis_id}",
        response_model=AnalysisStatus,
        responses=_errors(404),
        summary="An analysis: its status, its stage while it runs, the result once done",
    )
    def get_analysis(analysis_id: str) -> JSONResponse:
        return JSONResponse(_status(_record(analysis_id)))

    @app.get(
        "/api/analyses/{analysis_id}/report",
        response_class=HTMLResponse,
        responses={**_errors(404, 409, 422), 200: {"content": {"text/html": {}, "text/markdown": {}}}},
        summary="The report of a finished analysis (HTML by default)",
    )
    def get_report(analysis_id: str, format: Literal["html", "markdown", "json"] = "html") -> Response:
        record = _record(analysis_id)
        if record.result is None:
            raise ApiError(409, "not_ready", f"the analysis is {record.status}; the report comes when it is done")
        text = render(record.result, format)
        if format == "html":
            return HTMLResponse(text)
        media = "application/json" if format == "json" else "text/markdown; charset=utf-8"
        return PlainTextResponse(text, media_type=media)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home() -> HTMLResponse:
        return HTMLResponse(
            page.index(store.recent(10), asdict(limits)), headers={"Content-Security-Policy": page.csp()}
        )

    @app.get("/analyses/{analysis_id}", response_class=HTMLResponse, include_in_schema=False)
    def view(analysis_id: str) -> Response:
        record = store.get(analysis_id)
        if record is None:
            return RedirectResponse("/", status_code=303)
        if record.result is not None:
            return HTMLResponse(render(record.result, "html"))
        return HTMLResponse(
            page.index(store.recent(10), asdict(limits), pending=analysis_id),
            headers={"Content-Security-Policy": page.csp()},
        )

    plain_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:  # the request body is read by hand, so its schemas are added here
            spec = plain_openapi()
            spec.setdefault("components", {}).setdefault("schemas", {}).update(_REQUEST_DEFS)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app
