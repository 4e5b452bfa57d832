"""Alembic migrations of the relational store, run in-process by :func:`upgrade` (the server and
every CLI command that opens the database call it; there is no separate migration step).

* ``0001`` is the schema the first release made with ``create_all`` (procedures and versions). A
  database made by that release has these tables and no ``alembic_version``: it is stamped at
  ``0001`` and upgraded from there, its rows kept.
* Two processes opening a new database at once (the server and ``jingzhi users``) take a lock
  first: a file lock beside a SQLite file, an advisory lock on PostgreSQL.
* A database already at the newest revision is recognised without importing Alembic (a third of
  a second of every server start): the newest revision is read from the scripts' ``revision`` /
  ``down_revision`` lines (:func:`script_head`; a test holds it equal to Alembic's own head), and
  the database's from its ``alembic_version`` row.
"""

from __future__ import annotations

import fcntl
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
#: The schema of the release before migrations (made by ``SQLModel.metadata.create_all``).
BASELINE = "0001"
_PG_LOCK_KEY = 0x4A494E475A4849  # "JINGZHI"


_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*(?:None|[\"']([^\"']+)[\"'])\s*$", re.M)


def config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for these scripts (no alembic.ini needed)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["connection"] = connection
    return cfg


def head() -> str:
    """The newest revision (Alembic's reading of the scripts)."""
    from alembic.script import ScriptDirectory

    rev = ScriptDirectory.from_config(config()).get_current_head()
    assert rev is not None
    return rev


def script_head() -> str | None:
    """The newest revision read from the scripts' own lines: the one revision no script names as
    its ``down_revision`` (None when that is not exactly one, e.g. a branch: Alembic decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (HERE / "versions").glob("[0-9]*.py"):
        found = dict((k, v) for k, v in _REVISION.findall(path.read_text(encoding="utf-8")))
        if not found.get("revision"):
            return None
        revisions.add(found["revision"])
        if found.get("down_revision"):
            parents.add(found["down_revision"])
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


def current(engine: Engine) -> str | None:
    """The revision the database is at (None: never migrated)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def at_head(engine: Engine) -> bool:
    """True when the database's one ``alembic_version`` row is the scripts' newest revision."""
    newest = script_head()
    if newest is None:
        return False
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).fetchall()
    except DBAPIError:  # no such table yet (a new or pre-migration database): Alembic's path
        return False
    return [r[0] for r in rows] == [newest]


@contextmanager
def _lock(engine: Engine) -> Iterator[None]:
    database = engine.url.database
    if engine.url.get_backend_name() == "sqlite" and database and database != ":memory:":
        path = Path(database).with_name(Path(database).name + ".migrate-lock")
        with path.open("a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
    else:
        yield


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (default: the newest; nothing to do when it is there)."""
    if revision == "head" and at_head(engine):
        return
    from alembic import command

    with _lock(engine), engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
        tables = set(inspect(conn).get_table_names())
        cfg = config(conn)
        if "alembic_version" not in tables and "sopdoc" in tables:
            log.warning("database made before migrations: stamping it at %s and upgrading", BASELINE)
            command.stamp(cfg, BASELINE)
        command.upgrade(cfg, revision)
