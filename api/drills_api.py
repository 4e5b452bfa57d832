"""Drill routes (issue 16): trainers make drills and read the report; officers take drills and see
only their own attempts. Every route has its entry in api/permissions.py; every attempt is an
audit row (the middleware writes it; the de-identified plan is its question)."""

from __future__ import annotations

import csv
import io
import logging
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import Response
from pydantic import BaseModel, Field, field_validator, model_validator

from api.audit import deidentify_question
from api.db import NotFoundError
from api.drill_store import DrillAttempt
from api.security import CurrentUser, audit_note
from api.services import Services
from api.tokens import Principal
from corpus.districts import DistrictError
from corpus.schema import DocType
from retrieval.filters import SearchFilters
from training.drills import MAX_PLAN_CHARS, Drill, Grade, drill_from_sop, sop_from_library
from training.trends import district_trends as trends

log = logging.getLogger(__name__)
#: Roles that see a drill's expected steps before attempting it, and every officer's attempts.
STAFF = frozenset({"trainer", "admin"})
#: How much of a past case the scene quotes.
SCENE_CHARS = 600


async def _services(request: Request) -> Services:
    svc: Services = request.app.state.svc
    return svc


Svc = Annotated[Services, Depends(_services)]


class DrillRequest(BaseModel):
    """``POST /v1/drills``: from a saved procedure (``sop_id``, optionally ``version``), or from a
    scenario with library step ids (or a number of steps to compose)."""

    sop_id: int | None = Field(default=None, ge=1)
    version: int | None = Field(default=None, ge=1, description="procedure version (default: the latest)")
    scenario: str | None = Field(default=None, max_length=500)
    steps: list[str] | int | None = Field(default=None, description="library step ids, or how many steps (1-20)")
    case_types: list[str] = Field(default_factory=list, max_length=5)
    scene: str | None = Field(default=None, max_length=4000, description="written scene (default: from a past case)")
    language: str | None = Field(default=None, max_length=10, description="the person's language for phrases")
    district: str | None = Field(default=None, max_length=40)

    @field_validator("scenario", "scene")
    @classmethod
    def _strip(cls, v: str | None) -> str | None:
        return v.strip() if v is not None else None

    @model_validator(mode="after")
    def _one_source(self) -> DrillRequest:
        if self.sop_id is None and not (self.scenario and self.steps):
            raise ValueError('give "sop_id", or "scenario" and "steps"')
        if self.sop_id is not None and self.scenario:
            raise ValueError('give "sop_id" or "scenario", not both')
        if isinstance(self.steps, int) and not 1 <= self.steps <= 20:
            raise ValueError(f"steps must be between 1 and 20, got {self.steps}")
        if isinstance(self.steps, list) and not 1 <= len(self.steps) <= 20:
            raise ValueError(f"give 1 to 20 step ids, got {len(self.steps)}")
        return self


class AttemptRequest(BaseModel):
    """``POST /v1/drills/{id}/attempts``: the officer's free-text plan."""

    answer: str = Field(min_length=1, max_length=MAX_PLAN_CHARS)
    district: str | None = Field(default=None, max_length=40, description="default: the unit's district")

    @field_validator("answer")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("answer is empty")
        return v.strip()


def _scene(svc: Services, scenario: str, case_types: list[str]) -> tuple[str, str]:
    """A scene drawn from a de-identified past case of the type (the store holds cases only after
    de-identification), else one written from the scenario."""
    filters = SearchFilters(doc_types=[DocType.CASE], case_types=case_types[:1], in_force_only=False)
    try:
        hits = svc.searcher().search(scenario, k=3, filters=filters).hits if case_types else []
    except Exception as exc:  # a scene is a convenience; the drill is still made
        log.warning("no case scene for %r (%s)", scenario, type(exc).__name__)
        hits = []
    for hit in hits:
        text = hit.text.strip()
        if len(text) >= 40:
            cut = text[:SCENE_CHARS]
            return (cut + ("……" if len(text) > SCENE_CHARS else ""), f"case:{hit.source}")
    return f"接警：{scenario}。你是第一个到场的民警，请写出你的处置方案（步骤、依据和对当事人说的话）。", "written"


def _drill_json(drill_id: int, drill: Drill, user: Principal) -> dict[str, Any]:
    body = drill.model_dump(mode="json")
    body["id"] = drill_id
    if not user.roles & STAFF:  # an officer reads the scene, not the answer
        body["step_count"] = len(drill.steps)
        body.pop("steps")
        body.pop("forbidden")
    return body


def _attempt_json(row: DrillAttempt, with_answer: bool = True) -> dict[str, Any]:
    out = Grade.model_validate_json(row.grade).model_dump(mode="json")
    out.update(
        {
            "attempt_id": row.id,
            "drill_id": row.drill_id,
            "username": row.username,
            "district": row.district,
            "case_type": row.case_type,
            "created_at": row.created_at.isoformat(),
        }
    )
    if with_answer:
        out["answer"] = row.answer
    return out


def add_drill_routes(app: FastAPI) -> None:
    """Register the drill routes on ``app``."""

    @app.post("/v1/drills", tags=["trainer"])
    def make_drill(body: DrillRequest, request: Request, user: CurrentUser, svc: Svc) -> dict[str, Any]:
        """Make a drill from a saved procedure (the version is copied: later edits do not change
        the drill) or from a scenario and library steps."""
        grader = svc.drill_grader()
        version: int | None = None
        if body.sop_id is not None:
            try:
                _, row, sop = svc.sop_store().get(body.sop_id, body.version)
            except NotFoundError as exc:
                raise HTTPException(404, detail=str(exc).strip("'\"")) from exc
            version = row.version
        else:
            assert body.scenario and body.steps
            generator = svc.sop_generator()
            try:
                if isinstance(body.steps, int):
                    sop = generator.generate(body.scenario, steps=body.steps)
                else:
                    sop = sop_from_library(generator, body.scenario, body.steps, body.case_types, body.language)
            except ValueError as exc:
                raise HTTPException(422, detail=str(exc)) from exc
        if body.case_types:
            sop = sop.model_copy(update={"case_types": body.case_types})
        if body.language:
            sop = sop.model_copy(update={"language": body.language})
        scene, source = (body.scene, "written") if body.scene else _scene(svc, sop.scenario, sop.case_types)
        try:
            drill = drill_from_sop(sop, list(grader.actions.values()), scene, source, grader.laws, body.sop_id, version)
        except ValueError as exc:
            raise HTTPException(422, detail=str(exc)) from exc
        drill_id = svc.drill_store().create(drill, user.username, body.district or svc.settings.district or None)
        audit_note(request, drill_id=drill_id, sop_id=body.sop_id, sop_version=version)
        return _drill_json(drill_id, drill, user)

    @app.get("/v1/drills", tags=["officer"])
    def list_drills(
        svc: Svc,
        limit: Annotated[int, Query(ge=1, le=200)] = 50,
        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
        district: Annotated[str | None, Query(max_length=40)] = None,
    ) -> dict[str, Any]:
        """Drills, newest first; with a district (or the unit's), the case types rising there this
        quarter or coming into season come first, each with the reason (training/trends.py)."""
        store = svc.drill_store()
        items = [
            {
                "id": d.id,
                "scenario": d.scenario,
                "case_type": d.case_type,
                "district": d.district,
                "sop_id": d.sop_id,
                "sop_version": d.sop_version,
                "created_at": d.created_at.isoformat(),
            }
            for d in store.drills(limit=limit, offset=offset)
        ]
        try:
            profile = svc.district(district or None)
        except DistrictError as exc:
            raise HTTPException(422, detail=str(exc)) from exc
        if profile is not None:
            order = {
                p["case_type"]: (i, p["reason"])
                for i, p in enumerate(trends(svc.store, profile, date.today())["priorities"])
            }
            for item in items:
                if item["case_type"] in order:
                    item["reason"] = order[item["case_type"]][1]
            items.sort(key=lambda it: order.get(str(it["case_type"]), (len(order), ""))[0])
        return {"items": items, "total": store.count(), "limit": limit, "offset": offset}

    @app.get("/v1/drills/report", tags=["trainer"])
    def drill_report(
        svc: Svc,
        district: Annotated[str | None, Query(max_length=40)] = None,
        case_type: Annotated[str | None, Query(max_length=40)] = None,
        format: Annotated[Literal["json", "csv"], Query()] = "json",
    ) -> Any:
        """Per district and scenario type: weakest steps and most frequent violations across
        attempts, each with a link to the lesson that covers it (JSON, or CSV)."""
        groups = svc.drill_store().report(district or None, case_type or None)
        for g in groups:
            g["lesson"] = f"/v1/lessons?case_type={g['case_type']}" if g["case_type"] else None
        if format == "json":
            return {"groups": groups}
        buf = io.StringIO()
        out = csv.writer(buf)
        out.writerow(["district", "case_type", "attempts", "mean_score", "kind", "item", "value", "article", "lesson"])
        for g in groups:
            base = [g["district"] or "", g["case_type"], g["attempts"], g["mean_score"]]
            for s in g["weakest_steps"]:
                out.writerow([*base, "weak_step", s["title"], s["mean_credit"], "", g["lesson"] or ""])
            for v in g["frequent_violations"]:
                c = v["citation"]
                out.writerow(
                    [*base, "violation", v["text"], v["count"], f"{c['law']}{c['article']}", g["lesson"] or ""]
                )
        return Response(
            buf.getvalue(),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="drill-report.csv"'},
        )

    @app.get("/v1/drills/{drill_id}", tags=["officer"])
    def get_drill(drill_id: Annotated[int, PathParam(ge=1)], user: CurrentUser, svc: Svc) -> dict[str, Any]:
        """A drill: the scene (and, for trainers, the expected steps and forbidden actions)."""
        try:
            _, drill = svc.drill_store().get(drill_id)
        except NotFoundError as exc:
            raise HTTPException(404, detail=str(exc).strip("'\"")) from exc
        return _drill_json(drill_id, drill, user)

    @app.post("/v1/drills/{drill_id}/attempts", tags=["officer"])
    def attempt(
        drill_id: Annotated[int, PathParam(ge=1)], body: AttemptRequest, request: Request, user: CurrentUser, svc: Svc
    ) -> dict[str, Any]:
        """Grade an officer's plan and keep the attempt (the plan is stored de-identified)."""
        store = svc.drill_store()
        try:
            _, drill = store.get(drill_id)
        except NotFoundError as exc:
            raise HTTPException(404, detail=str(exc).strip("'\"")) from exc
        try:
            grade = svc.attempt_grader().grade(drill, body.answer)
        except ValueError as exc:
            raise HTTPException(422, detail=str(exc)) from exc
        redacted = deidentify_question(body.answer)
        row = store.add_attempt(
            drill_id, user.username, body.district or svc.settings.district or None, redacted, grade
        )
        audit_note(
            request, question=body.answer, drill_id=drill_id, attempt_id=row.id, score=grade.score, grader=grade.grader
        )
        return _attempt_json(row, with_answer=False)

    @app.get("/v1/attempts", tags=["officer"])
    def my_attempts(
        user: CurrentUser,
        svc: Svc,
        drill_id: Annotated[int | None, Query(ge=1)] = None,
        limit: Annotated[int, Query(ge=1, le=200)] = 50,
        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    ) -> dict[str, Any]:
        """The signed-in user's own attempts, newest first (no one sees another officer's here)."""
        rows = svc.drill_store().attempts(username=user.username, drill_id=drill_id, limit=limit, offset=offset)
        return {"items": [_attempt_json(r) for r in rows]}
