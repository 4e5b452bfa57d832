"""Alembic migrations: a fresh database, a database made by the first release (before migrations),
two processes opening a new database at once, and models that agree with the migrations."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

import api.audit
import api.drill_store
import api.users
import api.workbench.models
from api import migrations
from api.db import Database, SopStore
from tests.test_db import make_sop, postgres_url  # noqa: F401 - the PostgreSQL fixture

# registered with SQLModel.metadata
TABLES = (
    api.audit.AuditRecord,
    api.users.UserAccount,
    api.drill_store.DrillDoc,
    api.drill_store.DrillAttempt,
    api.workbench.models.LabelChange,
)

pytestmark = [pytest.mark.integration]

#: The schema `SQLModel.metadata.create_all` made in release 0.1.0 (commit 0dd9097), as SQLite has it.
RELEASE_0_1_0_SCHEMA = """
CREATE TABLE sopdoc (
	id INTEGER NOT NULL,
	title VARCHAR(200) NOT NULL,
	scenario VARCHAR(2000) NOT NULL,
	district VARCHAR(40),
	latest_version INTEGER NOT NULL,
	created_at DATETIME NOT NULL,
	updated_at DATETIME NOT NULL,
	PRIMARY KEY (id)
);
CREATE TABLE sopversion (
	id INTEGER NOT NULL,
	sop_id INTEGER NOT NULL,
	version INTEGER NOT NULL,
	content VARCHAR NOT NULL,
	author VARCHAR(100) NOT NULL,
	note VARCHAR(500) NOT NULL,
	created_at DATETIME NOT NULL,
	PRIMARY KEY (id),
	UNIQUE (sop_id, version),
	FOREIGN KEY(sop_id) REFERENCES sopdoc (id)
);
CREATE INDEX ix_sopversion_sop_id ON sopversion (sop_id);
"""


def _schema_drift(db: Database) -> list[object]:
    with db.engine.connect() as conn:
        return list(compare_metadata(MigrationContext.configure(conn), SQLModel.metadata))


def test_fresh_sqlite_is_migrated_to_head_and_matches_the_models(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'new.db'}")
    assert migrations.current(db.engine) == migrations.head()
    assert {"sopdoc", "sopversion", "useraccount", "auditrecord"} <= set(inspect(db.engine).get_table_names())
    assert _schema_drift(db) == []
    with sqlite3.connect(tmp_path / "new.db") as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    Database(db.url)  # opening again is a no-op
    assert migrations.current(db.engine) == migrations.head()


def test_postgresql_is_migrated_to_head_and_matches_the_models(postgres_url: str) -> None:  # noqa: F811
    db = Database(postgres_url)
    assert migrations.current(db.engine) == migrations.head()
    assert _schema_drift(db) == []
    db.dispose()


def test_a_database_of_the_first_release_is_upgraded_keeping_its_procedures(tmp_path: Path) -> None:
    path = tmp_path / "jingzhi.db"
    sop = make_sop(title="外国游客走失处置四步法")
    with sqlite3.connect(path) as raw:
        raw.executescript(RELEASE_0_1_0_SCHEMA)
        raw.execute(
            "INSERT INTO sopdoc VALUES (1, ?, ?, 'xiaoshan', 2, '2026-03-01 08:00:00.000000', "
            "'2026-03-02 09:00:00.000000')",
            (sop.title, sop.scenario),
        )
        for version, author in ((1, "培训员甲"), (2, "培训员乙")):
            raw.execute(
                f"INSERT INTO sopversion VALUES (?, 1, ?, ?, ?, '', '2026-03-0{version} 08:00:00.000000')",
                (version, version, sop.model_dump_json(), author),
            )
    assert migrations.current(Database(f"sqlite:///{path}", migrate=False).engine) is None

    store = SopStore(f"sqlite:///{path}")  # opens and migrates
    assert migrations.current(store.engine) == migrations.head()
    doc, row, kept = store.get(1)
    assert (doc.title, doc.latest_version, row.author) == ("外国游客走失处置四步法", 2, "培训员乙")
    assert kept.steps[0].action == sop.steps[0].action
    assert [v.author for v in store.versions(1)] == ["培训员甲", "培训员乙"]
    assert store.add_version(1, sop, author="test-trainer") == 3  # and it goes on working
    assert {"useraccount", "auditrecord"} <= set(inspect(store.engine).get_table_names())


def test_two_processes_opening_a_new_database_at_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'race.db'}"
    code = f"from api.db import Database; Database({url!r})"
    procs = [subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE) for _ in range(3)]
    errors = [p.communicate(timeout=120)[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], errors
    assert migrations.current(Database(url).engine) == migrations.head()


def test_the_scripts_head_read_without_alembic_is_alembics_head() -> None:
    assert migrations.script_head() == migrations.head()


def test_a_database_at_head_is_opened_without_alembic_and_one_behind_is_upgraded(tmp_path: Path) -> None:
    """Opening an up-to-date database skips Alembic entirely (it is not even imported); a database
    one revision behind still goes through Alembic and ends at head."""
    url = f"sqlite:///{tmp_path / 'j.db'}"
    Database(url).dispose()  # migrated to head
    script = f"import sys\nfrom api.db import Database\nDatabase({url!r}).dispose()\nprint('alembic' in sys.modules)\n"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    previous = sqlite3.connect(tmp_path / "j.db")
    head = migrations.head()
    assert previous.execute("SELECT version_num FROM alembic_version").fetchall() == [(head,)]
    # step back one revision: Alembic's path runs and brings it to head again
    db = Database(url)
    with db.engine.begin() as conn:
        command.downgrade(migrations.config(conn), "-1")
    assert not migrations.at_head(db.engine)
    db.dispose()
    db = Database(url)
    assert migrations.at_head(db.engine) and migrations.current(db.engine) == head
    db.dispose()
    previous.close()
