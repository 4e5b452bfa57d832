"""Alembic migrations of the relational store, run in-process by :func:`upgrade` (the server and
every CLI command that opens the database call it; there is no separate migration step).

* ``0001`` is the schema the first release made with ``create_all`` (procedures and versions). A
  database made by that release has these tables and no ``alembic_version``: it is stamped at
  ``0001`` and upgraded from there, its rows kept.
* Two processes opening a new database at once (the server and ``jingzhi users``) take a lock
  first: a file lock beside a SQLite file, an advisory lock on PostgreSQL.
"""

from __future__ import annotations

import fcntl
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
#: The schema of the release before migrations (made by ``SQLModel.metadata.create_all``).
BASELINE = "0001"
_PG_LOCK_KEY = 0x4A494E475A4849  # "JINGZHI"


def config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for these scripts (no alembic.ini needed)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["connection"] = connection
    return cfg


def head() -> str:
    """The newest revision."""
    rev = ScriptDirectory.from_config(config()).get_current_head()
    assert rev is not None
    return rev


def current(engine: Engine) -> str | None:
    """The revision the database is at (None: never migrated)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


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
    """Bring the schema to ``revision`` (default: the newest)."""
    with _lock(engine), engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
        tables = set(inspect(conn).get_table_names())
        cfg = config(conn)
        if "alembic_version" not in tables and "sopdoc" in tables:
            log.warning("database made before migrations: stamping it at %s and upgrading", BASELINE)
            command.stamp(cfg, BASELINE)
        command.upgrade(cfg, revision)
