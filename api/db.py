"""Relational state (saved procedures and their versions, users, the audit log): SQLite by default,
any SQLAlchemy URL (PostgreSQL in production) by ``JINGZHI_DATABASE_URL``. The schema is made and
upgraded by the Alembic migrations in ``api/migrations`` when a :class:`Database` opens. Every edit
of a procedure is a new version; nothing is overwritten."""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import UniqueConstraint, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, NoSuchModuleError, OperationalError
from sqlmodel import Field, Session, SQLModel, col, create_engine, func, select

from answer.sop import SOP

#: How long a SQLite writer waits for another process's write (the CLI beside a running server).
SQLITE_BUSY_TIMEOUT_S = 30


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


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL lets readers (the server) and a writer (the ``jingzhi users`` CLI) work at once; writers
    wait for each other up to the busy timeout instead of failing with "database is locked"."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class Database:
    """The relational store: one engine, migrated to the latest schema when opened."""

    def __init__(self, url: str, migrate: bool = True) -> None:
        self.url = url
        try:
            parsed = make_url(url)
            sqlite = parsed.get_backend_name() == "sqlite"
            connect_args: dict[str, Any] = (
                {"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_S} if sqlite else {}
            )
            self.engine: Engine = create_engine(parsed, connect_args=connect_args, pool_pre_ping=True)
        except (ArgumentError, NoSuchModuleError) as exc:
            raise DatabaseError(
                f"JINGZHI_DATABASE_URL {_safe(url)!r} is not a usable database URL "
                f"(e.g. sqlite:///data/jingzhi.db or postgresql+psycopg://user:password@host/jingzhi): {exc}"
            ) from exc
        if sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        if migrate:
            self.migrate()

    @property
    def safe_url(self) -> str:
        """The URL with its password hidden."""
        return _safe(self.url)

    def migrate(self) -> None:
        """Upgrade the schema to the latest migration (a database made before migrations existed
        is recognised and upgraded in place, its rows kept)."""
        from api.migrations import upgrade

        try:
            upgrade(self.engine)
        except OperationalError as exc:
            raise DatabaseError(f"cannot reach the database {self.safe_url!r}: {exc.orig}") from exc

    def dispose(self) -> None:
        """Close the engine's connections."""
        self.engine.dispose()


class SopStore:
    """Saves procedures and their versions."""

    def __init__(self, db: Database | str) -> None:
        self.db = db if isinstance(db, Database) else Database(db)
        self.engine = self.db.engine

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

    def list(self, limit: int | None = None, offset: int = 0) -> list[SopDoc]:
        """Saved procedures, most recently changed first (a page of them with ``limit``/``offset``)."""
        query = select(SopDoc).order_by(col(SopDoc.updated_at).desc(), col(SopDoc.id).desc()).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with Session(self.engine) as session:
            return list(session.exec(query))

    def count(self) -> int:
        """How many procedures are saved."""
        with Session(self.engine) as session:
            return int(session.exec(select(func.count()).select_from(SopDoc)).one())
