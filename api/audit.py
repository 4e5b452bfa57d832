"""The audit log: one append-only row per request (and per ``jingzhi users`` command).

A row says who (user name and role, or nobody), when, which route, with what status; for the
question routes (/v1/ask, /v1/search, /v1/chat/completions) the question, de-identified before it
is written; for procedure saves the id and version. Nothing else about a request is kept.

Append-only is enforced three times over:

* the database refuses it: triggers made by migration 0002 abort every UPDATE of ``auditrecord``
  and every DELETE of a row younger than :data:`MIN_RETENTION_DAYS` (PostgreSQL also refuses
  TRUNCATE);
* the ORM refuses it: a session that flushes a changed or deleted :class:`AuditRecord`, or runs an
  UPDATE/DELETE statement on the table, raises :class:`AuditTamperError`, except for the one
  statement :meth:`AuditLog.prune` runs;
* ``tests/test_audit.py`` checks both, and that no other module names the table.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, event
from sqlalchemy.orm import ORMExecuteState
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Field, Session, SQLModel, col, select

from api.db import Database

log = logging.getLogger(__name__)
#: The database refuses to delete audit rows younger than this (the retention setting's floor).
MIN_RETENTION_DAYS = 30
QUESTION_MAX = 4000
_PRUNE_OPTION = "jingzhi_audit_prune"
_PRUNE_EVERY_S = 3600.0


def _now() -> datetime:
    return datetime.now(UTC)


class AuditRecord(SQLModel, table=True):
    """One audited request."""

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=_now, index=True)
    username: str | None = Field(default=None, max_length=64, index=True)
    role: str | None = Field(default=None, max_length=100)
    method: str = Field(max_length=10)
    route: str = Field(max_length=200)
    status: int
    question: str | None = Field(default=None, max_length=QUESTION_MAX)
    detail: str | None = Field(default=None, max_length=2000)
    duration_ms: int = 0


AUDIT_TABLE = AuditRecord.__table__  # type: ignore[attr-defined]


class AuditTamperError(RuntimeError):
    """Something tried to change or delete audit rows."""


def deidentify_question(text: str) -> str:
    """The de-identified form of a question as the audit log stores it.

    The one place the audit log calls the de-identification engine: ``guardrails.pii.deidentify_text``
    (one shared Presidio engine per process; never raises for content — a text it cannot clean is
    replaced by a notice)."""
    from guardrails.pii import deidentify_text

    return deidentify_text(text)


@dataclass
class AuditEntry:
    """What the audit middleware (or the CLI) hands to :meth:`AuditLog.append`."""

    method: str
    route: str
    status: int
    username: str | None = None
    role: str | None = None
    question: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    duration_ms: int = 0


def _guard_session(session: OrmSession, _ctx: Any, _instances: Any) -> None:
    for obj in [*session.dirty, *session.deleted]:
        if isinstance(obj, AuditRecord):
            raise AuditTamperError("audit rows are append-only: they cannot be changed or deleted")


def _guard_statement(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    targets_audit = any(m.class_ is AuditRecord for m in state.all_mappers) or (
        getattr(table, "name", None) == AUDIT_TABLE.name
    )
    if targets_audit and not (state.is_delete and state.execution_options.get(_PRUNE_OPTION)):
        raise AuditTamperError("audit rows are append-only: UPDATE/DELETE of auditrecord is refused")


event.listen(OrmSession, "before_flush", _guard_session)
event.listen(OrmSession, "do_orm_execute", _guard_statement)


class AuditLog:
    """Appends, queries and (past the retention period only) prunes audit rows."""

    def __init__(
        self,
        db: Database,
        retention_days: int = 180,
        deidentify: Callable[[str], str] = deidentify_question,
    ) -> None:
        if retention_days < MIN_RETENTION_DAYS:
            raise ValueError(f"audit retention must be at least {MIN_RETENTION_DAYS} days, got {retention_days}")
        self.db = db
        self.retention_days = retention_days
        self.deidentify = deidentify
        self._last_prune = 0.0

    def append(self, entry: AuditEntry) -> None:
        """Write one row (the question de-identified first; if that fails, no question is kept)."""
        question = None
        if entry.question:
            try:
                question = self.deidentify(entry.question)[:QUESTION_MAX]
            except Exception:
                log.exception("de-identification of an audited question failed; the question is not kept")
                question = "[de-identification failed: question not kept]"
        detail = json.dumps(entry.detail, ensure_ascii=False)[:2000] if entry.detail else None
        row = AuditRecord(
            username=entry.username[:64] if entry.username else None,
            role=entry.role[:100] if entry.role else None,
            method=entry.method[:10],
            route=entry.route[:200],
            status=entry.status,
            question=question,
            detail=detail,
            duration_ms=entry.duration_ms,
        )
        with Session(self.db.engine) as session:
            session.add(row)
            session.commit()
        if time.monotonic() - self._last_prune > _PRUNE_EVERY_S:
            self.prune()

    def query(self, limit: int = 100, user: str | None = None, since: datetime | None = None) -> list[dict[str, Any]]:
        """Rows, newest first, optionally of one user and/or from a time on."""
        stmt = select(AuditRecord)
        if user is not None:
            stmt = stmt.where(AuditRecord.username == user)
        if since is not None:
            stmt = stmt.where(col(AuditRecord.at) >= _utc(since))
        stmt = stmt.order_by(col(AuditRecord.id).desc()).limit(limit)
        with Session(self.db.engine) as session:
            return [_public(r) for r in session.exec(stmt)]

    def prune(self, now: datetime | None = None) -> int:
        """Delete rows older than the retention period; returns how many. The only deletion of
        audit rows anywhere (the database refuses it for rows younger than 30 days)."""
        self._last_prune = time.monotonic()
        cutoff = (now or _now()) - timedelta(days=self.retention_days)
        stmt = delete(AuditRecord).where(col(AuditRecord.at) < cutoff)
        with Session(self.db.engine) as session:
            result = session.execute(stmt, execution_options={_PRUNE_OPTION: True})
            session.commit()
            removed = int(getattr(result, "rowcount", 0) or 0)
        if removed:
            log.info("pruned %d audit rows older than %d days", removed, self.retention_days)
        return removed


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _public(row: AuditRecord) -> dict[str, Any]:
    return {
        "id": row.id,
        "at": _utc(row.at).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "user": row.username,
        "role": row.role,
        "method": row.method,
        "route": row.route,
        "status": row.status,
        "question": row.question,
        "detail": json.loads(row.detail) if row.detail else None,
        "duration_ms": row.duration_ms,
    }
