"""Relational state (saved procedures and their versions): SQLite by default, any SQLAlchemy URL
(PostgreSQL in production) by ``JINGZHI_DATABASE_URL``. Every edit is a new version; nothing is
overwritten."""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime

from sqlalchemy import UniqueConstraint
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, NoSuchModuleError, OperationalError
from sqlmodel import Field, Session, SQLModel, create_engine, select

from answer.sop import SOP


def _now() -> datetime:
    return datetime.now(UTC)


class SopDoc(SQLModel, table=True):
    """A saved procedure."""

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=200)
    scenario: str = Field(max_length=2000)
    district: str | None = Field(default=None, max_length=40)
    latest_version: int = 1
    created_at: datetime = Field(default_factory=_now)
    updated_at: datetime = Field(default_factory=_now)


class SopVersion(SQLModel, table=True):
    """One version of a saved procedure (the full content as JSON)."""

    __table_args__ = (UniqueConstraint("sop_id", "version"),)
    id: int | None = Field(default=None, primary_key=True)
    sop_id: int = Field(foreign_key="sopdoc.id", index=True)
    version: int
    content: str
    author: str = Field(max_length=100)
    note: str = Field(default="", max_length=500)
    created_at: datetime = Field(default_factory=_now)


class NotFoundError(KeyError):
    """No such procedure or version (the message names it)."""


class DatabaseError(RuntimeError):
    """The database URL is malformed or the database cannot be reached (the message names the URL,
    password hidden)."""


#: Attempts of an edit that lost a race for the next version number (SQLite has no row locks).
EDIT_ATTEMPTS = 20


def _safe(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable URL>"


class SopStore:
    """Saves procedures and their versions."""

    def __init__(self, url: str) -> None:
        try:
            parsed = make_url(url)
            connect_args = {"check_same_thread": False} if parsed.get_backend_name() == "sqlite" else {}
            self.engine = create_engine(parsed, connect_args=connect_args, pool_pre_ping=True)
        except (ArgumentError, NoSuchModuleError) as exc:
            raise DatabaseError(
                f"JINGZHI_DATABASE_URL {_safe(url)!r} is not a usable database URL "
                f"(e.g. sqlite:///data/jingzhi.db or postgresql+psycopg://user:password@host/jingzhi): {exc}"
            ) from exc
        try:
            SQLModel.metadata.create_all(self.engine)
        except OperationalError as exc:
            raise DatabaseError(f"cannot reach the database {_safe(url)!r}: {exc.orig}") from exc

    def create(self, sop: SOP, author: str, note: str = "") -> tuple[int, int]:
        """Save a new procedure as version 1; returns (id, version)."""
        with Session(self.engine) as session:
            doc = SopDoc(title=sop.title, scenario=sop.scenario, district=sop.district)
            session.add(doc)
            session.flush()
            assert doc.id is not None
            session.add(SopVersion(sop_id=doc.id, version=1, content=sop.model_dump_json(), author=author, note=note))
            session.commit()
            return doc.id, 1

    def add_version(self, sop_id: int, sop: SOP, author: str, note: str = "") -> int:
        """Save an edit as the next version; returns its number. Concurrent edits each get their own
        version: PostgreSQL locks the procedure's row; elsewhere an edit that lost the race retries."""
        attempt = 1
        while True:
            try:
                return self._add_version(sop_id, sop, author, note)
            except IntegrityError:
                if attempt >= EDIT_ATTEMPTS:
                    raise
                time.sleep(random.uniform(0.001, 0.01 * attempt))  # noqa: S311 - jitter, not a secret
                attempt += 1

    def _add_version(self, sop_id: int, sop: SOP, author: str, note: str) -> int:
        with Session(self.engine) as session:
            doc = session.get(SopDoc, sop_id, with_for_update=True)
            if doc is None:
                raise NotFoundError(f"no procedure with id {sop_id}")
            doc.latest_version += 1
            doc.title, doc.updated_at = sop.title, _now()
            session.add(
                SopVersion(
                    sop_id=sop_id, version=doc.latest_version, content=sop.model_dump_json(), author=author, note=note
                )
            )
            session.add(doc)
            session.commit()
            return doc.latest_version

    def get(self, sop_id: int, version: int | None = None) -> tuple[SopDoc, SopVersion, SOP]:
        """A procedure at a version (default: the latest)."""
        with Session(self.engine) as session:
            doc = session.get(SopDoc, sop_id)
            if doc is None:
                raise NotFoundError(f"no procedure with id {sop_id}")
            wanted = version or doc.latest_version
            row = session.exec(
                select(SopVersion).where(SopVersion.sop_id == sop_id, SopVersion.version == wanted)
            ).first()
            if row is None:
                raise NotFoundError(f"procedure {sop_id} has no version {wanted}")
            return doc, row, SOP.model_validate_json(row.content)

    def versions(self, sop_id: int) -> list[SopVersion]:
        """All versions, oldest first."""
        with Session(self.engine) as session:
            if session.get(SopDoc, sop_id) is None:
                raise NotFoundError(f"no procedure with id {sop_id}")
            query = select(SopVersion).where(SopVersion.sop_id == sop_id)
            return sorted(session.exec(query), key=lambda v: v.version)

    def list(self) -> list[SopDoc]:
        """Saved procedures, most recently changed first."""
        with Session(self.engine) as session:
            return list(session.exec(select(SopDoc).order_by(SopDoc.updated_at.desc())))  # type: ignore[attr-defined]
