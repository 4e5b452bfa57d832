"""HTTP routes of the workbench. Roles are in api/permissions.py (one entry per route); every
request is audited by the middleware, and each change adds what it changed to its audit row
(:func:`api.security.audit_note`)."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

import anyio
from fastapi import Depends, FastAPI, File, HTTPException, Query, Request, UploadFile
from fastapi import Path as PathParam
from fastapi.responses import PlainTextResponse, Response
from pydantic import BaseModel, Field

from api.db import NotFoundError
from api.security import CurrentUser, audit_note
from api.services import Services
from api.workbench.feedback import FeedbackError, FeedbackInput, PromoteInput
from api.workbench.labels import KINDS, LabelError, LabelInput
from api.workbench.labelstudio import LabelStudioError, labeling_config, parse_export, tasks
from api.workbench.qa import QaError, QaInput
from api.workbench.uploads import UploadBusyError, UploadError
from api.workbench.uploads import UploadFile as Upload

ItemId = Annotated[str, PathParam(min_length=1, max_length=40, pattern=r"^[0-9a-f]+$")]
EntryId = Annotated[int, PathParam(ge=1)]


async def _svc(request: Request) -> Services:
    svc: Services = request.app.state.svc
    return svc


Svc = Annotated[Services, Depends(_svc)]


class LabelIn(BaseModel):
    """A label a person sets."""

    kind: Literal["case_type", "cultural_taboo", "legal_clause", "nationality"]
    value: str = Field(min_length=1, max_length=200)
    role: Literal["suspect", "victim", "witness", "party"] | None = Field(
        default=None, description="nationality labels: whose nationality it is (default: the current label's role)"
    )


class LabelChangeBody(BaseModel):
    """``POST /v1/annotations/{id}`` body: replaces the passage's labels of the kinds given."""

    labels: list[LabelIn] = Field(default_factory=list, max_length=50)
    kinds: list[str] = Field(
        default_factory=list,
        max_length=4,
        description="kinds replaced (default: those of labels); name a kind here to clear it",
    )
    note: str = Field(default="", max_length=1000)


class ReviewBody(BaseModel):
    """``POST /v1/qa/{id}/review`` body."""

    approve: bool = True


def _unprocessable(message: str, value: object) -> HTTPException:
    return HTTPException(422, detail={"error": message, "value": value})


def _not_found(exc: NotFoundError) -> HTTPException:
    return HTTPException(404, detail=str(exc).strip("'\""))


def register(r: FastAPI) -> None:
    """Add the workbench's routes to the app (directly: the access-control middleware resolves
    each route's path template from the app's own route list)."""

    # -- label review ---------------------------------------------------------------------------
    @r.get("/v1/annotations/queue", tags=["annotator"])
    def annotation_queue(
        svc: Svc,
        user: CurrentUser,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        kind: Annotated[str | None, Query(max_length=40)] = None,
        source: Annotated[str | None, Query(max_length=300)] = None,
    ) -> dict[str, Any]:
        """Passages to review: unreviewed machine labels first, lowest confidence first."""
        try:
            items = svc.label_review().queue(user.username, limit=limit, kind=kind or None, source=source or None)
        except LabelError as exc:
            raise _unprocessable(str(exc), exc.value) from exc
        return {"items": items}

    @r.get("/v1/annotations/taxonomy", tags=["annotator"])
    def annotation_taxonomy(svc: Svc) -> dict[str, Any]:
        """The label values people may choose (legal clauses: any article of the corpus)."""
        return {"kinds": list(KINDS), "values": svc.label_review().taxonomy.to_json()}

    @r.get("/v1/annotations/agreement", tags=["annotator"])
    def annotation_agreement(svc: Svc) -> dict[str, Any]:
        """Cohen's kappa per label kind over the doubly-annotated passages, with the disagreements."""
        from api.workbench.labels import judgements
        from eval.agreement import agreement

        return agreement(judgements(svc.database())).to_json()

    @r.get("/v1/annotations/labelstudio/tasks", tags=["annotator"])
    def labelstudio_tasks(
        svc: Svc,
        user: CurrentUser,
        limit: Annotated[int, Query(ge=1, le=5000)] = 500,
        kind: Annotated[str | None, Query(max_length=40)] = None,
        source: Annotated[str | None, Query(max_length=300)] = None,
    ) -> Response:
        """The queue as Label Studio tasks JSON (import it into a project with the config below)."""
        try:
            items = svc.label_review().queue(user.username, limit=limit, kind=kind or None, source=source or None)
        except LabelError as exc:
            raise _unprocessable(str(exc), exc.value) from exc
        body = json.dumps(tasks(items), ensure_ascii=False, indent=1)
        return Response(
            body,
            media_type="application/json",
            headers={"Content-Disposition": 'attachment; filename="jingzhi-tasks.json"'},
        )

    @r.get("/v1/annotations/labelstudio/config", tags=["annotator"], response_class=PlainTextResponse)
    def labelstudio_config(svc: Svc) -> PlainTextResponse:
        """The Label Studio labeling configuration (XML) for the exported tasks."""
        return PlainTextResponse(labeling_config(svc.label_review().taxonomy.to_json()), media_type="application/xml")

    @r.post("/v1/annotations/labelstudio/import", tags=["annotator"])
    async def labelstudio_import(request: Request, svc: Svc, user: CurrentUser) -> dict[str, Any]:
        """Import a Label Studio JSON export of completed annotations (of tasks exported here):
        every annotation is checked first; one bad and nothing is imported."""
        try:
            data = json.loads(await request.body())
            found = parse_export(data)
        except (ValueError, LabelStudioError) as exc:
            raise _unprocessable(f"not a Label Studio JSON export: {exc}", None) from exc
        review = svc.label_review()
        changes = [(a.item, a.annotator, list(a.labels), list(a.kinds)) for a in found]
        note = f"imported from Label Studio by {user.username}"
        try:
            done = await anyio.to_thread.run_sync(lambda: review.import_all(changes, note))
        except LabelError as exc:
            raise _unprocessable(str(exc), exc.value) from exc
        except NotFoundError as exc:
            raise _unprocessable(f"{str(exc).strip(chr(39))}: nothing imported", None) from exc
        audit_note(request, imported=len(done), items=sorted({c[0] for c in changes})[:50])
        return {"imported": len(done), "changes": done}

    @r.post("/v1/annotations/{item}", tags=["annotator"])
    def change_labels(
        item: ItemId, body: LabelChangeBody, request: Request, svc: Svc, user: CurrentUser
    ) -> dict[str, Any]:
        """Replace the passage's labels of the kinds given (in place; search serves them at once)."""
        labels = [LabelInput(lb.kind, lb.value.strip(), lb.role) for lb in body.labels]
        try:
            change = svc.label_review().change(item, labels, user.username, body.note, body.kinds or None)
        except LabelError as exc:
            raise _unprocessable(str(exc), exc.value) from exc
        except NotFoundError as exc:
            raise _not_found(exc) from exc
        audit_note(request, item=item, kinds=change["kinds"], after=[lb["value"] for lb in change["after"]])
        return {"item": svc.label_review().get(item, user.username), "change": change}

    @r.get("/v1/annotations/{item}/history", tags=["annotator"])
    def label_history(item: ItemId, svc: Svc) -> dict[str, Any]:
        """Every change of the passage's labels: who, when, before, after, note."""
        try:
            return {"id": item, "changes": svc.label_review().history(item)}
        except NotFoundError as exc:
            raise _not_found(exc) from exc

    # -- curated Q&A ---------------------------------------------------------------------------
    @r.get("/v1/qa", tags=["qa"])
    def qa_list(
        svc: Svc,
        status: Annotated[Literal["draft", "reviewed", "flagged"] | None, Query()] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    ) -> dict[str, Any]:
        """Curated Q&A entries, most recently changed first."""
        return {"items": svc.qa_book().entries(status, limit, offset)}

    @r.post("/v1/qa", tags=["qa"])
    def qa_create(body: QaInput, request: Request, svc: Svc, user: CurrentUser) -> dict[str, Any]:
        """Write a Q&A entry (a draft until someone else reviews it)."""
        try:
            entry = svc.qa_book().create(body, user.username)
        except QaError as exc:
            raise _unprocessable(str(exc), exc.value) from exc
        audit_note(request, qa_id=entry["id"])
        return entry

    @r.get("/v1/qa/export", tags=["qa"])
    def qa_export(svc: Svc) -> Response:
        """Every entry as JSON Lines."""
        return Response(
            svc.qa_book().export_jsonl(),
            media_type="application/x-ndjson",
            headers={"Content-Disposition": 'attachment; filename="jingzhi-qa.jsonl"'},
        )

    @r.post("/v1/qa/import", tags=["qa"])
    async def qa_import(request: Request, svc: Svc, user: CurrentUser) -> dict[str, Any]:
        """Import entries from JSON Lines as drafts (all or nothing)."""
        try:
            text = (await request.body()).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _unprocessable("the file is not UTF-8 text", None) from exc
        try:
            made = await anyio.to_thread.run_sync(lambda: svc.qa_book().import_jsonl(text, user.username))
        except QaError as exc:
            raise _unprocessable(str(exc), exc.value) from exc
        audit_note(request, imported=len(made))
        return {"imported": len(made), "items": made}

    @r.get("/v1/qa/{entry_id}", tags=["qa"])
    def qa_get(entry_id: EntryId, svc: Svc) -> dict[str, Any]:
        """One entry."""
        try:
            return svc.qa_book().get(entry_id)
        except NotFoundError as exc:
            raise _not_found(exc) from exc

    @r.put("/v1/qa/{entry_id}", tags=["qa"])
    def qa_update(entry_id: EntryId, body: QaInput, request: Request, svc: Svc, user: CurrentUser) -> dict[str, Any]:
        """Edit an entry (a draft again until reviewed again)."""
        try:
            entry = svc.qa_book().update(entry_id, body, user.username)
        except QaError as exc:
            raise _unprocessable(str(exc), exc.value) from exc
        except NotFoundError as exc:
            raise _not_found(exc) from exc
        audit_note(request, qa_id=entry_id)
        return entry

    @r.post("/v1/qa/{entry_id}/review", tags=["qa"])
    def qa_review(entry_id: EntryId, body: ReviewBody, request: Request, svc: Svc, user: CurrentUser) -> dict[str, Any]:
        """Approve an entry for serving (four eyes: not its own author, admins excepted), or send
        it back to draft. An entry citing an article not in force is flagged and not served."""
        book = svc.qa_book()
        try:
            entry = book.get(entry_id)
        except NotFoundError as exc:
            raise _not_found(exc) from exc
        if body.approve and entry["author"] == user.username and "admin" not in user.roles:
            raise HTTPException(403, detail="an entry is reviewed by someone other than its author")
        entry = book.review(entry_id, user.username, body.approve)
        audit_note(request, qa_id=entry_id, status=entry["status"])
        return entry

    # -- officers' feedback --------------------------------------------------------------------
    @r.post("/v1/feedback", tags=["officer"])
    def give_feedback(body: FeedbackInput, request: Request, svc: Svc, user: CurrentUser) -> dict[str, Any]:
        """👍 / 👎 on an answer, with an optional comment (de-identified before it is kept)."""
        item = svc.feedback().add(body, user.username)
        audit_note(request, feedback_id=item["id"], vote=body.vote)
        return {"id": item["id"], "vote": item["vote"]}

    @r.get("/v1/feedback", tags=["evaluator"])
    def feedback_queue(
        svc: Svc,
        status: Annotated[Literal["new", "promoted", "dismissed"] | None, Query()] = "new",
        vote: Annotated[Literal["up", "down"] | None, Query()] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
    ) -> dict[str, Any]:
        """The feedback queue (👎 first): question, answer, citations, comment."""
        return {"items": svc.feedback().queue(status, vote, limit)}

    @r.post("/v1/feedback/{entry_id}/promote", tags=["evaluator"])
    def promote_feedback(
        entry_id: EntryId, body: PromoteInput, request: Request, svc: Svc, user: CurrentUser
    ) -> dict[str, Any]:
        """Promote an item into a golden set with its gold articles (``jingzhi eval export-golden``)."""
        try:
            item = svc.feedback().promote(entry_id, body, user.username)
        except FeedbackError as exc:
            raise _unprocessable(str(exc), exc.value) from exc
        except NotFoundError as exc:
            raise _not_found(exc) from exc
        audit_note(request, feedback_id=entry_id, golden_set=body.golden_set, gold=body.gold_articles[:20])
        return item

    @r.post("/v1/feedback/{entry_id}/dismiss", tags=["evaluator"])
    def dismiss_feedback(entry_id: EntryId, request: Request, svc: Svc, user: CurrentUser) -> dict[str, Any]:
        """Take an item off the queue without promoting it."""
        try:
            item = svc.feedback().dismiss(entry_id, user.username)
        except NotFoundError as exc:
            raise _not_found(exc) from exc
        audit_note(request, feedback_id=entry_id, status="dismissed")
        return item

    # -- uploads -------------------------------------------------------------------------------
    @r.post("/v1/cases", tags=["annotator"])
    async def upload_cases(
        request: Request, svc: Svc, files: Annotated[list[UploadFile], File(description="case files")]
    ) -> dict[str, Any]:
        """Upload case files (md, txt, docx, pdf, jsonl): de-identified, quarantined or labelled
        exactly as by ``jingzhi ingest``; one result per file; new passages join the queue."""
        uploads = [Upload(f.filename or "upload", await f.read()) for f in files]
        try:
            results = await anyio.to_thread.run_sync(lambda: svc.uploads().ingest(uploads))
        except UploadError as exc:
            raise _unprocessable(str(exc), None) from exc
        except UploadBusyError as exc:
            raise HTTPException(409, detail=str(exc)) from exc
        audit_note(request, files=[{"file": x["file"], "status": x["status"]} for x in results])
        return {"files": results}
