"""FastAPI application: JSON + SSE API and the officer page."""

from __future__ import annotations

import hmac
import json
import logging
import time
from collections.abc import Iterator
from contextlib import asynccontextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import quote

import anyio
from fastapi import Depends, FastAPI, Form, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, field_validator
from slowapi.errors import RateLimitExceeded
from slowapi.extension import _rate_limit_exceeded_handler
from sqlalchemy.exc import OperationalError

from answer.events import AnswerEvent
from answer.export import MEDIA_TYPES, export
from answer.lesson import Lesson
from answer.sop import SOP
from api.config import Settings
from api.db import DatabaseError, NotFoundError
from api.drills_api import add_drill_routes
from api.middleware import AccessControl, AuditTrail, BodyLimit, ConcurrencyLimit, RateLimit
from api.openai_compat import ChatCompletionRequest, completion, completion_chunks, model_list
from api.permissions import pages_for, rule_for
from api.security import SIGNIN_REJECTED, CurrentUser, Security, SecurityDep, audit_note
from api.services import Services, build_services
from api.tokens import Principal
from api.users import UserError
from api.workbench.routes import register as register_workbench
from corpus.districts import DistrictError, DistrictProfile
from corpus.schema import Answer, SearchHit
from retrieval.filters import SearchFilters
from retrieval.search import MAX_K
from retrieval.store import StoreError
from training.trends import district_trends

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


async def get_services(request: Request) -> Services:
    """The services the app was started with (async: a sync dependency would need a worker
    thread, and /healthz must not wait for one)."""
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
        svc = services if services is not None else build_services(settings)
        app.state.svc = svc
        security = Security(svc.settings, svc.database)
        app.state.security, app.state.limiter = security, security.limiter
        try:
            security.bootstrap()  # `jingzhi serve` has done this already and printed the password
        except DatabaseError as exc:  # /healthz still answers; /v1 answers 503 until it is back
            log.error("%s", exc)
        svc.searcher()
        yield
        if services is None:
            svc.close()

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

    app.add_exception_handler(RateLimitExceeded, _rate_limit_exceeded_handler)  # type: ignore[arg-type]
    # Outermost last: audit -> concurrency -> access control -> rate limit -> body size -> routes.
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes, larger={"/v1/cases": settings.max_upload_bytes})
    app.add_middleware(RateLimit)
    app.add_middleware(AccessControl)
    app.add_middleware(
        ConcurrencyLimit, limit=settings.max_concurrent_requests, timeout_s=settings.queue_timeout_seconds
    )
    app.add_middleware(AuditTrail)
    health_threads = anyio.CapacityLimiter(2)

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
    async def healthz(svc: SvcDep) -> Health:
        """Liveness: no token, no audit row, outside the concurrency limit, and its own two
        worker threads, so busy answer routes cannot starve it."""
        points = await anyio.to_thread.run_sync(svc.store.count, limiter=health_threads)
        return Health(
            status="ok",
            points=points,
            store="embedded" if svc.store.is_embedded else "server",
            answer_mode="llm" if svc.settings.llm_base_url else "extractive",
        )

    # -- sign-in ------------------------------------------------------------------------------
    @app.post("/v1/auth/token", response_model=TokenResponse, tags=["auth"])
    def sign_in(
        request: Request,
        security: SecurityDep,
        username: Annotated[str, Form(max_length=200)],
        password: Annotated[str, Form(max_length=1000)] = "",
    ) -> Any:
        """OAuth2 password grant: a form with ``username`` and ``password``; returns a bearer token."""
        wait = security.signin_throttle.retry_after(username)
        if wait is not None:
            audit_note(request, username=username[:64], outcome="throttled")
            return JSONResponse(
                status_code=429,
                content={"error": "too many failed sign-ins", "details": f"try again in {wait} s"},
                headers={"Retry-After": str(wait)},
            )
        user = security.sign_in(username, password)
        if user is None:
            security.signin_throttle.failed(username)
            audit_note(request, username=username[:64], outcome="rejected")
            return JSONResponse(
                status_code=401,
                content={"error": "sign-in failed", "details": SIGNIN_REJECTED},
                headers={"WWW-Authenticate": "Bearer"},
            )
        token, ttl = security.issuer().issue(user.username)
        request.state.principal = Principal(user.username, frozenset([user.role]), "local", int(time.time()) + ttl)
        audit_note(request, outcome="signed in")
        return TokenResponse(access_token=token, expires_in=ttl, password_change_required=user.must_change_password)

    @app.get("/v1/auth/me", tags=["auth"])
    def me(user: CurrentUser) -> dict[str, Any]:
        """Who the token belongs to, what it may use, and when it expires."""
        return {
            "username": user.username,
            "roles": sorted(user.roles),
            "source": user.source,
            "expires_at": user.expires_at,
            "expires_in": max(0, user.expires_at - int(time.time())),
            "password_change_required": user.must_change_password,
            "pages": pages_for(user.roles),
        }

    @app.post("/v1/auth/password", tags=["auth"])
    def change_password(body: PasswordChange, user: CurrentUser, security: SecurityDep) -> dict[str, str]:
        """Change one's own password (local accounts); the one-time password must be changed so."""
        if user.source != "local":
            raise HTTPException(409, detail="this account is managed by the identity provider")
        if security.sign_in(user.username, body.current_password) is None:
            raise HTTPException(403, detail="the current password is wrong")
        if body.new_password == body.current_password:
            raise HTTPException(422, detail="the new password must differ from the current one")
        try:
            security.users().set_password(user.username, body.new_password)
        except UserError as exc:
            raise HTTPException(422, detail=str(exc)) from exc
        if user.username == "admin":
            security.settings.initial_admin_password_file.unlink(missing_ok=True)
        return {"status": "changed"}

    @app.get("/v1/audit", tags=["admin"])
    def audit_log(
        security: SecurityDep,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        user: Annotated[str | None, Query(max_length=64)] = None,
        since: Annotated[datetime | None, Query(description="ISO 8601; rows at or after this time")] = None,
    ) -> list[dict[str, Any]]:
        """The audit log, newest first (admins only)."""
        return security.audit().query(limit=limit, user=user, since=since)

    @app.post("/v1/search", response_model=SearchResponse)
    def search(body: SearchRequest, request: Request, svc: SvcDep) -> SearchResponse:
        audit_note(request, question=body.question)
        _check_len(body.question, svc)
        district = _district(svc, body.district)
        result = svc.searcher().search(body.question, k=body.k, filters=body.filters, district=district)
        return SearchResponse(hits=result.hits)

    @app.post("/v1/ask", response_model=Answer, responses={200: {"content": {"text/event-stream": {}}}})
    def ask(body: AskRequest, request: Request, svc: SvcDep) -> Any:
        audit_note(request, question=body.question)
        _check_len(body.question, svc)
        answerer = svc.answerer()
        district = _district(svc, body.district)
        if "text/event-stream" in request.headers.get("accept", ""):
            mode = "llm" if svc.settings.llm_base_url else "extractive"
            events = answerer.stream(body.question, filters=body.filters, district=district)
            return StreamingResponse(_sse(events, mode), media_type="text/event-stream")
        return answerer.answer(body.question, filters=body.filters, district=district)

    @app.post("/v1/chat/completions", tags=["openai-compatible"])
    def chat_completions(body: ChatCompletionRequest, request: Request, svc: SvcDep) -> Any:
        """OpenAI-compatible chat (the bearer token is the API key): the last user message is the
        question; citations travel in the extra field ``jingzhi`` (see api/openai_compat.py)."""
        try:
            question = body.question()
        except ValueError as exc:
            return JSONResponse(
                status_code=422,
                content={"error": "invalid request", "details": [{"field": "messages", "message": str(exc)}]},
            )
        audit_note(request, question=question)
        _check_len(question, svc)
        answer = svc.answerer().answer(question)
        if body.stream:
            return StreamingResponse(completion_chunks(answer, body.model), media_type="text/event-stream")
        return completion(answer, body.model)

    @app.get("/v1/models", tags=["openai-compatible"])
    def models(svc: SvcDep) -> dict[str, Any]:
        """OpenAI-compatible model list (chat front-ends call it before anything else)."""
        return model_list(svc.settings.llm_model if svc.settings.llm_base_url else None)

    # -- trainers: procedures ---------------------------------------------------------------
    @app.post("/v1/sop", response_model=SOP, tags=["trainer"])
    def make_sop(body: SopRequest, svc: SvcDep, security: SecurityDep) -> SOP:
        """Generate an N-step cited procedure for a scenario (sealed: saved unchanged, it keeps
        its mode; changed, it is saved as "edited")."""
        district, nationality = _region(svc, body.region)
        sop = svc.sop_generator().generate(
            body.scenario, steps=body.steps, district=district, nationality=body.nationality or nationality
        )
        return _sealed(sop, security)

    @app.post("/v1/sop/export", tags=["trainer"])
    def export_sop(body: ExportRequest) -> Response:
        """Export a (possibly edited, unsaved) procedure."""
        return _download(body.sop, body.format)

    @app.get("/v1/sops", tags=["trainer"])
    def list_sops(
        svc: SvcDep,
        limit: Annotated[int, Query(ge=1, le=200)] = 50,
        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    ) -> dict[str, Any]:
        """Saved procedures, most recently changed first, a page at a time."""
        store = svc.sop_store()
        items = [d.model_dump(mode="json") for d in store.list(limit=limit, offset=offset)]
        return {"items": items, "total": store.count(), "limit": limit, "offset": offset}

    @app.post("/v1/sops", tags=["trainer"])
    def save_sop(
        body: SaveRequest, request: Request, user: CurrentUser, svc: SvcDep, security: SecurityDep
    ) -> dict[str, Any]:
        """Save a procedure as version 1 of a new document. The author is the signed-in user;
        every citation is verified again here (see _review)."""
        sop, removed = _review(body.sop, svc, security)
        sop_id, version = svc.sop_store().create(sop, user.username, body.note)
        audit_note(request, sop_id=sop_id, version=version)
        return {"id": sop_id, "version": version, "mode": sop.mode, "removed": removed}

    @app.put("/v1/sops/{sop_id}", tags=["trainer"])
    def edit_sop(
        sop_id: Annotated[int, PathParam(ge=1)],
        body: SaveRequest,
        request: Request,
        user: CurrentUser,
        svc: SvcDep,
        security: SecurityDep,
    ) -> dict[str, Any]:
        """Save an edited procedure as a new version (earlier versions are kept)."""
        sop, removed = _review(body.sop, svc, security)
        try:
            version = svc.sop_store().add_version(sop_id, sop, user.username, body.note)
        except NotFoundError as exc:
            raise HTTPException(404, detail=str(exc).strip("'\"")) from exc
        audit_note(request, sop_id=sop_id, version=version)
        return {"id": sop_id, "version": version, "mode": sop.mode, "removed": removed}

    @app.get("/v1/sops/{sop_id}", tags=["trainer"])
    def get_sop(
        sop_id: Annotated[int, PathParam(ge=1)],
        svc: SvcDep,
        security: SecurityDep,
        version: Annotated[int | None, Query(ge=1)] = None,
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
            "sop": _sealed(sop, security).model_dump(mode="json"),
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
        """Lessons the district's officers most likely need first: by case type and district only.

        Never a nationality × case-type pairing: a nationality card is shown only for a nationality
        the officer chose."""
        profile = _district(svc, district)
        if profile is None:
            return []
        # Case types rising in the district this quarter (or coming into season) come first, with
        # the reason (training/trends.py: case type and time only, no nationality).
        out: list[dict[str, str | None]] = [
            {"case_type": p["case_type"], "district": profile.id, "reason": p["reason"]}
            for p in district_trends(svc.store, profile, date.today())["priorities"][:3]
        ]
        seen = {o["case_type"] for o in out}
        out += [
            {"case_type": case_type, "district": profile.id}
            for case_type in profile.frequent_case_types[:6]
            if case_type not in seen
        ]
        return out[:6]

    @app.get("/v1/trends", tags=["trainer"])
    def trends(
        svc: SvcDep,
        district: Annotated[str | None, Query(max_length=40)] = None,
        as_of: Annotated[date | None, Query(description="YYYY-MM-DD (default: today)")] = None,
    ) -> dict[str, Any]:
        """The district's case trends (what `jingzhi report trends --json` prints)."""
        profile = _district(svc, district)
        if profile is None:
            raise HTTPException(422, detail="name a district (no unit district is configured)")
        return district_trends(svc.store, profile, as_of or date.today())

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

    @app.get("/eval", include_in_schema=False)
    def eval_page() -> FileResponse:
        """The evaluator's page (signs in, then shows the reports of `jingzhi eval`)."""
        return FileResponse(STATIC / "eval.html", media_type="text/html; charset=utf-8")

    @app.get("/v1/eval/runs", tags=["evaluator"])
    def eval_runs(svc: SvcDep) -> list[dict[str, Any]]:
        """Stored evaluation runs, newest first, with their aggregates."""
        out = []
        for name in _eval_runs(svc.settings.data_dir):
            data = json.loads((svc.settings.data_dir / "eval" / name / "run.json").read_text(encoding="utf-8"))
            out.append({"run": name, "meta": data.get("meta", {}), "aggregate": data.get("aggregate", {})})
        return out

    @app.get("/v1/eval/runs/{run}/report", tags=["evaluator"], response_class=HTMLResponse)
    def eval_report(run: Annotated[str, PathParam(max_length=64)], svc: SvcDep) -> HTMLResponse:
        """A run's self-contained HTML report (the page shows it in a sandboxed frame)."""
        if run not in _eval_runs(svc.settings.data_dir):
            raise HTTPException(404, detail=f"no evaluation run {run!r}")
        return HTMLResponse((svc.settings.data_dir / "eval" / run / "report.html").read_text(encoding="utf-8"))

    @app.get("/annotator", include_in_schema=False)
    def annotator_page() -> FileResponse:
        """The annotators' workbench (queue, labels, history, Q&A editor, uploads)."""
        return FileResponse(STATIC / "annotator.html", media_type="text/html; charset=utf-8")

    register_workbench(app)
    add_drill_routes(app)

    @app.get("/", include_in_schema=False)
    def officer_page() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI document with the bearer scheme on every route that needs a token, so /docs
    can sign in ("Authorize") and try them."""
    if app.openapi_schema:
        return app.openapi_schema
    spec = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    spec.setdefault("components", {})["securitySchemes"] = {
        "OAuth2Password": {"type": "oauth2", "flows": {"password": {"tokenUrl": "/v1/auth/token", "scopes": {}}}}
    }
    for path, operations in spec.get("paths", {}).items():
        for method, operation in operations.items():
            rule = rule_for(method.upper(), path)
            if rule is not None and rule.roles is not None:
                operation["security"] = [{"OAuth2Password": []}]
                operation.setdefault("description", "")
                operation["description"] += f"\n\nRoles: {', '.join(sorted(rule.roles))}."
    app.openapi_schema = spec
    return spec


class TokenResponse(BaseModel):
    """``POST /v1/auth/token`` response (OAuth2)."""

    access_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth2 token type, not a secret
    expires_in: int
    password_change_required: bool = False


class PasswordChange(BaseModel):
    """``POST /v1/auth/password`` body."""

    current_password: str = Field(min_length=1, max_length=1000)
    new_password: str = Field(min_length=1, max_length=1000)


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
    author: str | None = Field(default=None, max_length=100, description="ignored: the author is the signed-in user")
    note: str = Field(default="", max_length=500)


class ExportRequest(BaseModel):
    """Export a procedure without saving it."""

    sop: SOP
    format: Literal["md", "docx", "pdf"] = "md"


def _seal_of(sop: SOP, security: Security) -> str:
    payload = json.dumps(
        sop.model_dump(mode="json", exclude={"seal"}), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    return security.issuer().seal(payload.encode())


def _sealed(sop: SOP, security: Security) -> SOP:
    """The procedure with the server's seal (its word that it produced this content)."""
    return sop.model_copy(update={"seal": _seal_of(sop, security)})


def _review(sop: SOP, svc: Services, security: Security) -> tuple[SOP, list[str]]:
    """What gets saved of a procedure a client sent: every citation verified again (removed when
    it fails), ``basis_found`` set from what is kept, and ``mode`` kept only when the server's
    seal shows the content is exactly what it generated or served; otherwise "edited". Client
    notices are dropped unless sealed; the seal itself is never stored."""
    sealed = bool(sop.seal) and hmac.compare_digest(sop.seal, _seal_of(sop, security))
    reviewed, removed = svc.sop_generator().review(sop)
    unchanged = sealed and not removed
    return (
        reviewed.model_copy(
            update={
                "mode": sop.mode if unchanged else "edited",
                "notices": (sop.notices if sealed else []) + removed,
                "seal": "",
            }
        ),
        removed,
    )


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
        # Neither the log nor the event carries the exception's text: it may quote the question.
        log.error("answer stream failed (%s)", type(exc).__name__)
        yield _event("error", {"error": "answer failed", "details": type(exc).__name__})
    yield _event("done", {})


def _event(name: str, data: object) -> str:
    return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"
