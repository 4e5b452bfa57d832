"""The local channel between ``jingzhi`` commands and a running ``jingzhi serve``.

The embedded store belongs to one process. While ``jingzhi serve`` runs, it also listens on a
unix socket in the data directory (``$DATA_DIR/run/jingzhi.sock``; the ``run`` directory is
0700 and the socket 0600, so only the account that runs the server can connect — no user token
travels on it, and it is not reachable over the network). ``jingzhi search``, ``ask`` and
``ingest`` find the socket and send their work to the server: searches run on the server's open
store, and an ingest runs inside the server, whose searches see each file's points all old or all
new (the store's write section) and the new data as soon as it is written, without a restart.

Routes (JSON; ``/ingest`` streams NDJSON progress lines and ends with ``{"summary": …}``):
``GET /status``, ``POST /search``, ``POST /ask``, ``POST /ingest``. Every request leaves an audit
row like the users commands do (``cli:<account>``, role ``operator``, method ``LOCAL``; the question
de-identified by the audit log), since only the account running the server can connect.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import stat
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from api.audit import AuditEntry, AuditLog
from api.services import Services
from corpus.schema import Answer, SearchHit
from retrieval.filters import SearchFilters
from retrieval.search import MAX_K

log = logging.getLogger(__name__)

SOCKET_DIR = "run"
SOCKET_NAME = "jingzhi.sock"


def socket_path(data_dir: Path) -> Path:
    """Where a running server listens for local commands."""
    return data_dir / SOCKET_DIR / SOCKET_NAME


class LocalQuestion(BaseModel):
    """A question with filters."""

    question: str = Field(min_length=1, max_length=20000)
    filters: SearchFilters = Field(default_factory=SearchFilters)


class LocalSearch(LocalQuestion):
    """``POST /search``."""

    k: int = Field(default=10, ge=1, le=MAX_K)


class LocalIngest(BaseModel):
    """``POST /ingest``: absolute paths on this machine (empty: the bundled corpus)."""

    paths: list[str] = Field(default_factory=list, max_length=1000)
    recreate: bool = False


def ingest_summary(report: Any) -> dict[str, Any]:
    """The summary the CLI prints for an ingest report."""
    return {
        "files": report.files,
        "passages": report.passages,
        "articles": report.articles,
        "new": report.new,
        "changed": report.changed,
        "unchanged": report.unchanged,
        "removed": report.removed,
        "embedded": report.embedded,
        "vectors_from_cache": report.cache_hits,
        "seconds": round(report.seconds, 2),
        "skipped": [str(p) for p in report.skipped],
        "quarantined": [str(p) for p in report.quarantined],
        "redacted": report.redacted,
        "ok": report.ok,
    }


def run_ingest(svc: Services, paths: list[Path] | None, recreate: bool, progress: Any) -> dict[str, Any]:
    """Ingest into the services' store (a rebuild beside the live data with ``recreate``), build
    the engine's indexes, and refresh what the searcher derives from the store."""
    if not svc.ingest_lock.acquire(blocking=False):
        raise RuntimeError("another ingest is running in this server; try again when it has finished")
    try:
        if recreate:
            with svc.store.rebuild() as target:
                report = svc.pipeline(target).run(paths, progress=progress)
                if not report.ok:
                    log.warning("rebuild had problems (%d skipped); the new store is used anyway", len(report.skipped))
        else:
            report = svc.pipeline().run(paths, progress=progress)
            progress(report.embedded, report.embedded, "building indexes")
            svc.store.optimize()
        svc.reload()
        return ingest_summary(report)
    finally:
        svc.ingest_lock.release()


def create_local_app(svc: Services) -> FastAPI:
    """The app served on the unix socket."""
    app = FastAPI(title="Jingzhi local channel", docs_url=None, redoc_url=None, openapi_url=None)
    try:
        operator = f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        operator = "cli:unknown"
    audit: list[AuditLog] = []

    def append(entry: AuditEntry) -> None:
        if not audit:
            audit.append(AuditLog(svc.database(), svc.settings.audit_retention_days))
        audit[0].append(entry)

    @app.middleware("http")
    async def audited(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        started = time.monotonic()
        status = 500
        try:
            response = await call_next(request)
            status = response.status_code
            return response
        finally:
            entry = AuditEntry(
                method="LOCAL",
                route=f"{request.method} {request.url.path}"[:200],
                status=status,
                username=operator,
                role="operator",
                question=getattr(request.state, "audit_question", None),
                detail=dict(getattr(request.state, "audit_detail", None) or {}),
                duration_ms=int((time.monotonic() - started) * 1000),
            )
            try:
                await anyio.to_thread.run_sync(append, entry)
            except Exception:
                log.exception("could not write the audit row of local %s (%s)", entry.route, status)

    @app.get("/status")
    def status() -> dict[str, Any]:
        return {
            "pid": os.getpid(),
            "store": svc.store.location,
            "engine": svc.store.engine,
            "points": svc.store.count(),
        }

    @app.post("/search")
    def search(body: LocalSearch, request: Request) -> list[dict[str, Any]]:
        request.state.audit_question = body.question
        result = svc.searcher().search(body.question, k=body.k, filters=body.filters, district=svc.district(None))
        return [h.model_dump(mode="json") for h in result.hits]

    @app.post("/ask")
    def ask(body: LocalQuestion, request: Request) -> dict[str, Any]:
        request.state.audit_question = body.question
        answer = svc.answerer().answer(body.question, filters=body.filters, district=svc.district(None))
        return answer.model_dump(mode="json")

    @app.post("/ingest")
    def ingest(body: LocalIngest, request: Request) -> StreamingResponse:
        paths = [Path(p) for p in body.paths] or None
        request.state.audit_detail = {"paths": len(body.paths), "recreate": body.recreate}
        for p in paths or []:
            if not p.is_absolute():
                raise HTTPException(422, detail=f"paths must be absolute, got {str(p)!r}")
        lines: list[str] = []
        cond = threading.Condition()
        finished: list[bool] = []

        def progress(done: int, total: int, what: str) -> None:
            with cond:
                lines.append(json.dumps({"done": done, "total": total, "what": what}, ensure_ascii=False))
                cond.notify()

        def work() -> None:
            out: dict[str, Any]
            try:
                out = {"summary": run_ingest(svc, paths, body.recreate, progress)}
            except Exception as exc:
                log.exception("ingest through the local channel failed")
                out = {"error": f"{type(exc).__name__}: {exc}"}
            with cond:
                lines.append(json.dumps(out, ensure_ascii=False))
                finished.append(True)
                cond.notify()

        threading.Thread(target=work, name="local-ingest", daemon=True).start()

        def stream() -> Iterator[str]:
            sent = 0
            while True:
                with cond:
                    while sent == len(lines) and not finished:
                        cond.wait(timeout=1.0)
                    batch, sent = lines[sent:], len(lines)
                    done = bool(finished) and sent == len(lines)
                yield from (line + "\n" for line in batch)
                if done:
                    return

        return StreamingResponse(stream(), media_type="application/x-ndjson")

    return app


class LocalServer:
    """Serves :func:`create_local_app` on the data directory's unix socket, in a thread."""

    def __init__(self, svc: Services, data_dir: Path) -> None:
        self.path = socket_path(data_dir)
        self.svc = svc
        self._server: Any = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Bind the socket (0600 in a 0700 directory) and serve until :meth:`stop`."""
        import uvicorn

        if len(str(self.path).encode()) > 100:  # AF_UNIX paths are limited to ~108 bytes
            log.warning("data directory path too long for a unix socket: no local channel at %s", self.path)
            return
        run_dir = self.path.parent
        run_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(run_dir, stat.S_IRWXU)
        if self.path.exists():  # a socket left by a server that died (the store lock is ours now)
            self.path.unlink()
        config = uvicorn.Config(create_local_app(self.svc), uds=str(self.path), log_level="warning", lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="local-channel", daemon=True)
        self._thread.start()
        for _ in range(200):
            if self._server.started:
                break
            self._thread.join(timeout=0.05)
        if not self._server.started:
            raise RuntimeError(f"the local channel did not start on {self.path}")
        os.chmod(self.path, stat.S_IRUSR | stat.S_IWUSR)
        log.info("local channel on %s", self.path)

    def stop(self) -> None:
        """Stop serving and remove the socket."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=5)
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


class LocalChannelError(RuntimeError):
    """The running server refused or failed a command; the message is the server's."""


class LocalClient:
    """What ``jingzhi`` commands use to reach a running server."""

    def __init__(self, path: Path, timeout: float = 600.0) -> None:
        self.path = path
        self._http = httpx.Client(
            transport=httpx.HTTPTransport(uds=str(path)), base_url="http://jingzhi.local", timeout=timeout
        )

    @classmethod
    def connect(cls, data_dir: Path) -> LocalClient | None:
        """A client when a server is listening on the data directory's socket, else None."""
        path = socket_path(data_dir)
        if not path.exists():
            return None
        client = cls(path)
        try:
            client.status()
        except (httpx.HTTPError, OSError):
            client.close()
            return None
        return client

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def _post(self, route: str, body: dict[str, Any]) -> Any:
        r = self._http.post(route, json=body)
        if r.status_code >= 400:
            raise LocalChannelError(f"the running server answered {r.status_code}: {r.text[:500]}")
        return r.json()

    def status(self) -> dict[str, Any]:
        """The server's pid, store and point count."""
        r = self._http.get("/status", timeout=5.0)
        r.raise_for_status()
        data: dict[str, Any] = r.json()
        return data

    def search(self, question: str, k: int, filters: SearchFilters) -> list[SearchHit]:
        """Hits from the server's searcher."""
        data = self._post("/search", {"question": question, "k": k, "filters": filters.model_dump(mode="json")})
        return [SearchHit.model_validate(h) for h in data]

    def ask(self, question: str, filters: SearchFilters) -> Answer:
        """An answer from the server's answerer."""
        return Answer.model_validate(
            self._post("/ask", {"question": question, "filters": filters.model_dump(mode="json")})
        )

    def ingest(self, paths: list[Path], recreate: bool, progress: Any) -> dict[str, Any]:
        """Ingest inside the server; ``progress(done, total, what)`` follows its progress."""
        body = {"paths": [str(p.resolve()) for p in paths], "recreate": recreate}
        with self._http.stream("POST", "/ingest", json=body) as r:
            if r.status_code >= 400:
                r.read()
                raise LocalChannelError(f"the running server answered {r.status_code}: {r.text[:500]}")
            for line in r.iter_lines():
                if not line.strip():
                    continue
                msg = json.loads(line)
                if "summary" in msg:
                    summary: dict[str, Any] = msg["summary"]
                    return summary
                if "error" in msg:
                    raise LocalChannelError(f"ingest in the running server failed: {msg['error']}")
                progress(int(msg["done"]), int(msg["total"]), str(msg["what"]))
        raise LocalChannelError("the running server closed the ingest stream without a summary")
