"""FastAPI application: JSON + SSE API and the officer page."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, field_validator
from sqlalchemy.exc import OperationalError

from answer.events import AnswerEvent
from answer.export import MEDIA_TYPES, export
from answer.lesson import Lesson
from answer.sop import SOP
from api.config import Settings
from api.db import DatabaseError, NotFoundError
from api.openai_compat import ChatCompletionRequest, completion, completion_chunks
from api.services import Services, build_services
from corpus.districts import DistrictError, DistrictProfile
from corpus.schema import Answer, SearchHit
from retrieval.filters import SearchFilters
from retrieval.search import MAX_K
from retrieval.store import StoreError

log = logging.getLogger(__name__)
STATIC = Path(__file__).resolve().parent / "static"
#: Hard bound on question length in the API schema (settings may lower it).
QUESTION_MAX = 2000


class QuestionBody(BaseModel):
    """A question with optional payload filters."""

    question: str = Field(min_length=1, max_length=QUESTION_MAX)
    filters: SearchFilters = Field(default_factory=SearchFilters)

    @field_validator("question")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("question is empty")
        return v.strip()


class SearchRequest(QuestionBody):
    """``POST /v1/search`` body."""

    k: int = Field(default=10, ge=1, le=MAX_K)
    district: str | None = Field(default=None, max_length=40, description="district profile id (default: the unit's)")


class AskRequest(QuestionBody):
    """``POST /v1/ask`` body."""

    district: str | None = Field(default=None, max_length=40, description="district profile id (default: the unit's)")


class SearchResponse(BaseModel):
    """``POST /v1/search`` response."""

    hits: list[SearchHit]


def get_services(request: Request) -> Services:
    """The services the app was started with."""
    svc: Services = request.app.state.svc
    return svc


SvcDep = Annotated[Services, Depends(get_services)]


class Health(BaseModel):
    """``GET /healthz`` response."""

    status: str
    points: int
    store: str
    answer_mode: str


def create_app(settings: Settings | None = None, services: Services | None = None) -> FastAPI:
    """Build the app; services are created on start-up unless given (tests pass their own)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> Any:
        app.state.svc = services if services is not None else build_services(settings)
        app.state.svc.searcher()
        yield
        if services is None:
            app.state.svc.close()

    app = FastAPI(
        title="Jingzhi 警知 API",
        version="0.1.0",
        description="Cited answers from statutes, the VCCR, cases and cultural notes for foreign-related policing.",
        lifespan=lifespan,
    )

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {
                "field": ".".join(str(p) for p in e.get("loc", ()) if p != "body"),
                "message": e.get("msg"),
                "value": e.get("input") if not isinstance(e.get("input"), dict) else None,
            }
            for e in exc.errors()
        ]
        return JSONResponse(status_code=422, content={"error": "invalid request", "details": errors})

    @app.exception_handler(StoreError)
    async def _store(_: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse(status_code=503, content={"error": "store unavailable", "details": str(exc)})

    @app.exception_handler(DatabaseError)
    @app.exception_handler(OperationalError)
    async def _database(_: Request, exc: Exception) -> JSONResponse:
        detail = str(exc) if isinstance(exc, DatabaseError) else f"database error: {type(exc).__name__}"
        return JSONResponse(status_code=503, content={"error": "database unavailable", "details": detail})

    def _check_len(question: str, svc: Services) -> None:
        limit = svc.settings.max_question_chars
        if len(question) > limit:
            raise HTTPException(422, detail=f"question has {len(question)} characters; the limit is {limit}")

    @app.get("/healthz", response_model=Health)
    def healthz(svc: SvcDep) -> Health:
        return Health(
            status="ok",
            points=svc.store.count(),
            store="embedded" if svc.store.is_embedded else "server",
            answer_mode="llm" if svc.settings.llm_base_url else "extractive",
        )

    @app.post("/v1/search", response_model=SearchResponse)
    def search(body: SearchRequest, svc: SvcDep) -> SearchResponse:
        _check_len(body.question, svc)
        district = _district(svc, body.district)
        result = svc.searcher().search(body.question, k=body.k, filters=body.filters, district=district)
        return SearchResponse(hits=result.hits)

    @app.post("/v1/ask", response_model=Answer, responses={200: {"content": {"text/event-stream": {}}}})
    def ask(body: AskRequest, request: Request, svc: SvcDep) -> Any:
        _check_len(body.question, svc)
        answerer = svc.answerer()
        district = _district(svc, body.district)
        if "text/event-stream" in request.headers.get("accept", ""):
            mode = "llm" if svc.settings.llm_base_url else "extractive"
            events = answerer.stream(body.question, filters=body.filters, district=district)
            return StreamingResponse(_sse(events, mode), media_type="text/event-stream")
        return answerer.answer(body.question, filters=body.filters, district=district)

    @app.post("/v1/chat/completions", tags=["openai-compatible"])
    def chat_completions(body: ChatCompletionRequest, svc: SvcDep) -> Any:
        """OpenAI-compatible chat: the last user message is the question; citations travel in
        the extra field ``jingzhi`` (see api/openai_compat.py)."""
        try:
            question = body.question()
        except ValueError as exc:
            return JSONResponse(
                status_code=422,
                content={"error": "invalid request", "details": [{"field": "messages", "message": str(exc)}]},
            )
        _check_len(question, svc)
        answer = svc.answerer().answer(question)
        if body.stream:
            return StreamingResponse(completion_chunks(answer, body.model), media_type="text/event-stream")
        return completion(answer, body.model)

    # -- trainers: procedures ---------------------------------------------------------------
    @app.post("/v1/sop", response_model=SOP, tags=["trainer"])
    def make_sop(body: SopRequest, svc: SvcDep) -> SOP:
        """Generate an N-step cited procedure for a scenario."""
        district, nationality = _region(svc, body.region)
        return svc.sop_generator().generate(
            body.scenario, steps=body.steps, district=district, nationality=body.nationality or nationality
        )

    @app.post("/v1/sop/export", tags=["trainer"])
    def export_sop(body: ExportRequest) -> Response:
        """Export a (possibly edited, unsaved) procedure."""
        return _download(body.sop, body.format)

    @app.get("/v1/sops", tags=["trainer"])
    def list_sops(svc: SvcDep) -> list[dict[str, Any]]:
        """Saved procedures, most recently changed first."""
        return [d.model_dump(mode="json") for d in svc.sop_store().list()]

    @app.post("/v1/sops", tags=["trainer"])
    def save_sop(body: SaveRequest, svc: SvcDep) -> dict[str, int]:
        """Save a procedure as version 1 of a new document."""
        sop_id, version = svc.sop_store().create(body.sop, body.author, body.note)
        return {"id": sop_id, "version": version}

    @app.put("/v1/sops/{sop_id}", tags=["trainer"])
    def edit_sop(sop_id: Annotated[int, PathParam(ge=1)], body: SaveRequest, svc: SvcDep) -> dict[str, int]:
        """Save an edited procedure as a new version (earlier versions are kept)."""
        sop = body.sop.model_copy(update={"mode": "edited"})
        try:
            version = svc.sop_store().add_version(sop_id, sop, body.author, body.note)
        except NotFoundError as exc:
            raise HTTPException(404, detail=str(exc).strip("'\"")) from exc
        return {"id": sop_id, "version": version}

    @app.get("/v1/sops/{sop_id}", tags=["trainer"])
    def get_sop(
        sop_id: Annotated[int, PathParam(ge=1)], svc: SvcDep, version: Annotated[int | None, Query(ge=1)] = None
    ) -> dict[str, Any]:
        """A saved procedure at a version (default: latest), with the list of versions."""
        store = svc.sop_store()
        try:
            doc, row, sop = store.get(sop_id, version)
            versions = store.versions(sop_id)
        except NotFoundError as exc:
            raise HTTPException(404, detail=str(exc).strip("'\"")) from exc
        return {
            "id": doc.id,
            "version": row.version,
            "latest_version": doc.latest_version,
            "sop": sop.model_dump(mode="json"),
            "versions": [
                {"version": v.version, "author": v.author, "note": v.note, "created_at": v.created_at.isoformat()}
                for v in versions
            ],
        }

    @app.get("/v1/sops/{sop_id}/export", tags=["trainer"])
    def export_saved(
        sop_id: Annotated[int, PathParam(ge=1)],
        svc: SvcDep,
        format: Annotated[Literal["md", "docx", "pdf"], Query()] = "md",
        version: Annotated[int | None, Query(ge=1)] = None,
    ) -> Response:
        """Export a saved procedure (Markdown, DOCX or PDF)."""
        try:
            _, _, sop = svc.sop_store().get(sop_id, version)
        except NotFoundError as exc:
            raise HTTPException(404, detail=str(exc).strip("'\"")) from exc
        return _download(sop, format)

    # -- officers: lessons, districts ---------------------------------------------------------
    @app.get("/v1/lessons", response_model=Lesson, tags=["officer"])
    def lesson(
        svc: SvcDep,
        nationality: Annotated[str | None, Query(max_length=60)] = None,
        case_type: Annotated[str | None, Query(max_length=40)] = None,
        district: Annotated[str | None, Query(max_length=40)] = None,
    ) -> Lesson:
        """A three-minute scene card for a nationality and a case type."""
        try:
            return svc.lessons().build(nationality or None, case_type or None, _district(svc, district))
        except ValueError as exc:
            raise HTTPException(422, detail=str(exc)) from exc

    @app.get("/v1/lessons/suggested", tags=["officer"])
    def suggested_lessons(
        svc: SvcDep, district: Annotated[str | None, Query(max_length=40)] = None
    ) -> list[dict[str, str | None]]:
        """Lessons the district's officers most likely need first."""
        profile = _district(svc, district)
        if profile is None:
            return []
        out: list[dict[str, str | None]] = []
        for case_type in profile.frequent_case_types[:3]:
            for nationality in [*profile.common_nationalities[:2], None]:
                out.append({"case_type": case_type, "nationality": nationality})
        return out[:6]

    @app.get("/v1/districts", tags=["officer"])
    def districts(svc: SvcDep) -> dict[str, Any]:
        """District profiles and the unit's default."""
        default = svc.district(None)
        return {
            "default": default.id if default else None,
            "suggested_default": svc.districts.default_id or None,
            "districts": [p.model_dump() for p in svc.districts.profiles.values()],
        }

    @app.get("/trainer", include_in_schema=False)
    def trainer_page() -> FileResponse:
        return FileResponse(STATIC / "trainer.html", media_type="text/html; charset=utf-8")

    @app.get("/eval", include_in_schema=False, response_class=HTMLResponse)
    def eval_page(svc: SvcDep, run: str | None = None) -> HTMLResponse:
        """The evaluator's page: the latest (or a chosen) report of `jingzhi eval`."""
        runs = _eval_runs(svc.settings.data_dir)
        if run is not None and run not in runs:
            raise HTTPException(404, detail=f"no evaluation run {run!r}")
        chosen = run or (runs[0] if runs else None)
        if chosen is None:
            return HTMLResponse(
                "<!doctype html><meta charset='utf-8'><title>Jingzhi evaluation</title>"
                "<h1>No evaluation run yet</h1><p>Run <code>jingzhi eval --baseline eval/baselines/"
                "regression.json --report REPORT_DIR</code>; every run is also kept under the data "
                "directory and shown here.</p>"
            )
        page = (svc.settings.data_dir / "eval" / chosen / "report.html").read_text(encoding="utf-8")
        links = " · ".join(f"<a href='/eval?run={r}'>{r}</a>" for r in runs[:20])
        return HTMLResponse(page.replace("<body>", f"<body><nav>Runs: {links}</nav>", 1))

    @app.get("/eval/runs")
    def eval_runs(svc: SvcDep) -> list[dict[str, Any]]:
        """Stored evaluation runs, newest first, with their aggregates."""
        out = []
        for name in _eval_runs(svc.settings.data_dir):
            data = json.loads((svc.settings.data_dir / "eval" / name / "run.json").read_text(encoding="utf-8"))
            out.append({"run": name, "meta": data.get("meta", {}), "aggregate": data.get("aggregate", {})})
        return out

    @app.get("/", include_in_schema=False)
    def officer_page() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


class SopRequest(BaseModel):
    """``POST /v1/sop`` body."""

    scenario: str = Field(min_length=1, max_length=500)
    steps: int = Field(default=10, ge=1, le=20)
    region: str | None = Field(default=None, max_length=60, description="a district id or a nationality")
    nationality: str | None = Field(default=None, max_length=60)

    @field_validator("scenario")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("scenario is empty")
        return v.strip()


class SaveRequest(BaseModel):
    """Save or edit a procedure."""

    sop: SOP
    author: str = Field(min_length=1, max_length=100)
    note: str = Field(default="", max_length=500)


class ExportRequest(BaseModel):
    """Export a procedure without saving it."""

    sop: SOP
    format: Literal["md", "docx", "pdf"] = "md"


def _district(svc: Services, district_id: str | None) -> DistrictProfile | None:
    try:
        return svc.district(district_id)
    except DistrictError as exc:
        raise HTTPException(422, detail=str(exc)) from exc


def _region(svc: Services, region: str | None) -> tuple[DistrictProfile | None, str | None]:
    """A region is a district id or a nationality (English country name or Chinese name)."""
    if not region:
        return _district(svc, None), None
    if region in svc.districts.profiles:
        return svc.districts.profiles[region], None
    countries = svc.labeller().countries
    if region in set(countries.zh.values()):
        return _district(svc, None), region
    if region in countries.zh:
        return _district(svc, None), countries.zh[region]
    raise HTTPException(422, detail=f"unknown region {region!r}: use a district id or a country name")


def _download(sop: SOP, fmt: str) -> Response:
    data = export(sop, fmt)  # type: ignore[arg-type]
    name = quote(f"{sop.title}.{fmt}")
    return Response(
        data,
        media_type=MEDIA_TYPES[fmt],
        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{name}"},
    )


def _eval_runs(data_dir: Path) -> list[str]:
    root = data_dir / "eval"
    if not root.is_dir():
        return []
    return sorted((p.name for p in root.iterdir() if (p / "report.html").is_file()), reverse=True)


def _sse(events: Iterator[AnswerEvent], mode: str) -> Iterator[str]:
    """Server-sent events: ``meta``, draft ``token``s (LLM mode), the final verified ``answer``
    (which replaces the draft on the page), then ``done``."""
    yield _event("meta", {"mode": mode})
    try:
        for event in events:
            if event.kind == "token":
                yield _event("token", {"text": event.text})
            elif event.answer is not None:
                yield _event("answer", event.answer.model_dump(mode="json"))
    except Exception as exc:  # the stream has started: report in-band rather than cut it off
        log.exception("answer stream failed")
        yield _event("error", {"error": "answer failed", "details": str(exc)})
    yield _event("done", {})


def _event(name: str, data: object) -> str:
    return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"
