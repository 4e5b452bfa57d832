"""The audit log: a row for every request (failed ones included) with who, route and status,
questions de-identified, procedure saves with id and version; admins read it newest first; and
nothing can change or delete its rows (ORM guard, database triggers on SQLite and PostgreSQL,
and no other module that touches the table)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete, text, update
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlmodel import Session, select

from api.app import create_app
from api.audit import AuditEntry, AuditLog, AuditRecord, AuditTamperError
from api.config import Settings
from api.db import Database
from tests.conftest import TEST_PASSWORD, TestUsers
from tests.test_db import make_sop, postgres_url  # noqa: F401 - the PostgreSQL fixture

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def client(services: Any, test_users: TestUsers) -> Iterator[TestClient]:
    with TestClient(create_app(services.settings, services=services)) as c:
        yield c


def audit(client: TestClient, users: TestUsers, **params: Any) -> list[dict[str, Any]]:
    r = client.get("/v1/audit", params=params, headers=users.headers("admin"))
    assert r.status_code == 200, r.text
    rows: list[dict[str, Any]] = r.json()
    return rows


@pytest.mark.integration
@pytest.mark.slow
def test_every_request_gets_a_row_failed_ones_too(client: TestClient, test_users: TestUsers) -> None:
    users = test_users.security.users()
    if users.get("audited-officer") is None:
        users.add("audited-officer", "officer", TEST_PASSWORD)
    start = datetime.now(UTC)
    token = client.post("/v1/auth/token", data={"username": "audited-officer", "password": TEST_PASSWORD}).json()
    me = {"Authorization": f"Bearer {token['access_token']}"}
    assert client.get("/v1/audit", headers=me).status_code == 403
    assert client.post("/v1/search", headers=me, json={"question": "签证", "k": 0}).status_code == 422
    big = b'{"question": "' + b"x" * (1 << 20) + b'"}'
    assert client.post("/v1/ask", headers={**me, "content-type": "application/json"}, content=big).status_code == 413
    assert client.get("/v1/nothing-here", headers=me).status_code == 404
    assert client.get("/healthz").status_code == 200  # the liveness probe is not audited
    assert client.get("/v1/auth/me").status_code == 401  # no token: a row without a user

    rows = audit(client, test_users, user="audited-officer", since=start.isoformat())
    assert [(r["method"], r["route"], r["status"]) for r in rows] == [
        ("GET", "(no route) /v1/nothing-here", 404),
        ("POST", "/v1/ask", 413),
        ("POST", "/v1/search", 422),
        ("GET", "/v1/audit", 403),
        ("POST", "/v1/auth/token", 200),
    ]
    assert all(r["role"] == "officer" for r in rows)
    assert [r["id"] for r in rows] == sorted((r["id"] for r in rows), reverse=True)  # newest first
    recent = audit(client, test_users, since=start.isoformat(), limit=1000)
    sign_in = [r for r in recent if r["route"] == "/v1/auth/token"]
    assert sign_in[-1]["user"] == "audited-officer" and sign_in[-1]["status"] == 200
    anonymous = [r for r in recent if r["route"] == "/v1/auth/me" and r["status"] == 401]
    assert anonymous and anonymous[0]["user"] is None
    assert not [r for r in recent if r["route"] == "/healthz"]
    assert len(audit(client, test_users, limit=2)) == 2
    assert (
        audit(client, test_users, user="audited-officer", since=(datetime.now(UTC) + timedelta(hours=1)).isoformat())
        == []
    )


@pytest.mark.integration
@pytest.mark.slow
def test_questions_are_stored_de_identified(client: TestClient, test_users: TestUsers) -> None:
    start = datetime.now(UTC).isoformat()
    question = "持护照E12345678的俄罗斯人，电话13812345678，非法居留如何处罚？"
    headers = test_users.headers("officer")
    assert client.post("/v1/search", headers=headers, json={"question": question, "k": 1}).status_code == 200
    assert client.post("/v1/ask", headers=headers, json={"question": question}).status_code == 200
    chat = {"model": "jingzhi", "messages": [{"role": "user", "content": question}]}
    assert client.post("/v1/chat/completions", headers=headers, json=chat).status_code == 200
    rows = [r for r in audit(client, test_users, user="test-officer", since=start) if r["question"]]
    assert {r["route"] for r in rows} == {"/v1/search", "/v1/ask", "/v1/chat/completions"}
    for row in rows:
        assert "E12345678" not in row["question"] and "13812345678" not in row["question"], row
        assert "非法居留如何处罚" in row["question"]


@pytest.mark.integration
@pytest.mark.slow
def test_procedure_saves_record_id_and_version_and_failures_store_nothing(
    client: TestClient, test_users: TestUsers, services: Any
) -> None:
    store = services.sop_store()
    before = store.count()
    sop = make_sop().model_dump(mode="json")
    assert client.post("/v1/sops", json={"sop": sop}).status_code == 401
    assert client.post("/v1/sops", headers=test_users.headers("officer"), json={"sop": sop}).status_code == 403
    assert client.post("/v1/sops", headers=test_users.headers("trainer"), json={"sop": {"title": 1}}).status_code == 422
    assert store.count() == before  # nothing of a failed request reached the store
    start = datetime.now(UTC).isoformat()
    saved = client.post("/v1/sops", headers=test_users.headers("trainer"), json={"sop": sop}).json()
    edited = client.put(f"/v1/sops/{saved['id']}", headers=test_users.headers("trainer"), json={"sop": sop}).json()
    rows = audit(client, test_users, user="test-trainer", since=start)
    assert [r["detail"] for r in rows] == [
        {"sop_id": saved["id"], "version": edited["version"]},
        {"sop_id": saved["id"], "version": 1},
    ]


# -- append-only --------------------------------------------------------------------------------


def _log(url: str) -> tuple[Database, AuditLog]:
    db = Database(url)
    log = AuditLog(db, retention_days=180, deidentify=lambda q: q)
    log.append(AuditEntry("POST", "/v1/ask", 200, "someone", "officer", question="问题"))
    return db, log


def _tamper(db: Database) -> None:
    """Every way to change or delete a recent row fails."""
    with Session(db.engine) as session:
        row = session.exec(select(AuditRecord)).first()
        assert row is not None
        row.status = 500
        session.add(row)
        with pytest.raises(AuditTamperError):
            session.commit()
    with Session(db.engine) as session:
        row = session.exec(select(AuditRecord)).first()
        session.delete(row)
        with pytest.raises(AuditTamperError):
            session.commit()
    with Session(db.engine) as session, pytest.raises(AuditTamperError):
        session.execute(update(AuditRecord).values(status=500))
    with Session(db.engine) as session, pytest.raises(AuditTamperError):
        session.execute(delete(AuditRecord))
    # below the ORM, the database itself refuses
    for sql in (
        "UPDATE auditrecord SET status = 500",
        "DELETE FROM auditrecord",
        "UPDATE auditrecord SET at = '2000-01-01'",
    ):
        with pytest.raises(SADatabaseError, match="append-only"), db.engine.begin() as conn:
            conn.execute(text(sql))
    with Session(db.engine) as session:
        assert [r.status for r in session.exec(select(AuditRecord))] == [200]


def _prune(db: Database, log: AuditLog) -> None:
    old = datetime.now(UTC) - timedelta(days=400)
    with Session(db.engine) as session:  # an old row (inserting is allowed; backdating changes nothing)
        session.add(AuditRecord(at=old, method="GET", route="/v1/ask", status=200))
        session.commit()
    assert log.prune() == 1
    with Session(db.engine) as session:
        assert len(session.exec(select(AuditRecord)).all()) == 1


@pytest.mark.unit
def test_audit_rows_cannot_be_changed_on_sqlite(tmp_path: Path) -> None:
    db, log = _log(f"sqlite:///{tmp_path / 'a.db'}")
    _tamper(db)
    _prune(db, log)


@pytest.mark.integration
def test_audit_rows_cannot_be_changed_on_postgresql(postgres_url: str) -> None:  # noqa: F811
    db, log = _log(postgres_url)  # this module's own throwaway cluster: the row is the only one
    _tamper(db)
    _prune(db, log)
    with pytest.raises(SADatabaseError, match="append-only"), db.engine.begin() as conn:
        conn.execute(text("TRUNCATE auditrecord"))
    db.dispose()


@pytest.mark.unit
def test_retention_has_a_floor() -> None:
    with pytest.raises(ValueError, match="greater than or equal to 30"):
        Settings(audit_retention_days=7)
    with pytest.raises(ValueError, match="at least 30"):
        AuditLog(Database("sqlite://", migrate=False), retention_days=7)


@pytest.mark.unit
def test_no_other_module_touches_the_audit_table() -> None:
    allowed = {ROOT / "api" / "audit.py", ROOT / "api" / "middleware.py", ROOT / "api" / "cli.py"}
    migrations = ROOT / "api" / "migrations" / "versions"
    offenders = []
    for folder in ("api", "answer", "corpus", "eval", "guardrails", "ingest", "retrieval", "scripts"):
        for path in (ROOT / folder).rglob("*.py"):
            if path in allowed or path.parent == migrations:
                continue
            if re.search(r"AuditRecord|auditrecord|\.prune\(", path.read_text(encoding="utf-8")):
                offenders.append(str(path.relative_to(ROOT)))
    assert not offenders, f"only api/audit.py may touch audit rows: {offenders}"
    # the middleware and the CLI only append
    for path in (ROOT / "api" / "middleware.py", ROOT / "api" / "cli.py"):
        code = path.read_text(encoding="utf-8")
        assert "AuditRecord" not in code and "prune" not in code and ".append(" in code
    # in api/audit.py the one DELETE is prune's, and there is no UPDATE
    code = (ROOT / "api" / "audit.py").read_text(encoding="utf-8")
    assert len(re.findall(r"\bdelete\(AuditRecord\)", code)) == 1 and "update(" not in code.lower().replace(
        "update/delete", ""
    )
