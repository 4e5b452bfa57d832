"""Saved procedures in SQLite (the default) and in a real PostgreSQL server started for the test."""

from __future__ import annotations

import dataclasses
import glob
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from answer.sop import SOP, SOPStep, StepCitation
from api.app import create_app
from api.db import DatabaseError, NotFoundError, SopStore
from tests.serving import free_port

pytestmark = [pytest.mark.integration]


def _pg_bin() -> Path:
    """Debian's PostgreSQL programs (``make test`` installs the package when they are missing)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    initdb = found[-1] if found else shutil.which("initdb")
    if not initdb:
        pytest.fail("PostgreSQL is not installed: run `make db-deps` (Debian package postgresql)")
    return Path(initdb).parent


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    """A throwaway PostgreSQL cluster on loopback (run as user postgres when the tests run as root)."""
    bin_dir = _pg_bin()
    as_user: list[str] = []
    root = Path(tempfile.mkdtemp(prefix="jingzhi-pg-"))
    if os.geteuid() == 0:  # the server refuses to run as root
        as_user = ["runuser", "-u", "postgres", "--"]
        shutil.chown(root, "postgres", "postgres")
    data, port = root / "data", free_port()

    def run(*cmd: str) -> None:
        subprocess.run([*as_user, *cmd], check=True, capture_output=True, timeout=120)

    run(str(bin_dir / "initdb"), "-D", str(data), "-U", "jingzhi", "--auth=trust", "-E", "UTF8", "--no-locale")
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
    run(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(root / "server.log"), "-o", options, "-w", "start")
    try:
        run(str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "jingzhi", "jingzhi")
        yield f"postgresql+psycopg://jingzhi@127.0.0.1:{port}/jingzhi"
    finally:
        run(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SopStore]:
    if request.param == "sqlite":
        s = SopStore(f"sqlite:///{tmp_path / 'jingzhi.db'}")
    else:
        s = SopStore(request.getfixturevalue("postgres_url"))
    yield s
    s.engine.dispose()


def make_sop(title: str = "涉外酒吧冲突处置十步流程", action: str = "到场后隔离冲突双方") -> SOP:
    step = SOPStep(
        n=1,
        title="到场控制",
        action=action,
        why="维护现场秩序",
        citations=[StepCitation(source="治安管理处罚法", article="第二十六条", quote="结伙斗殴的……")],
        phase="到场与安全",
    )
    return SOP(title=title, scenario="涉外酒吧冲突处置", steps=[step], district="xiaoshan")


def test_versions_round_trip(store: SopStore) -> None:
    sop_id, v1 = store.create(make_sop(), author="培训员甲", note="初稿")
    assert v1 == 1
    edited = make_sop(title="涉外酒吧冲突处置十步流程（修订）", action="到场后先隔离冲突双方，再呼叫翻译")
    assert store.add_version(sop_id, edited, author="培训员乙", note="补充翻译") == 2
    doc, row, latest = store.get(sop_id)
    assert (doc.latest_version, row.version, row.author) == (2, 2, "培训员乙")
    assert latest.title.endswith("（修订）") and latest.steps[0].action.endswith("呼叫翻译")
    _, first_row, first = store.get(sop_id, version=1)
    assert first.steps[0].action == "到场后隔离冲突双方" and first_row.note == "初稿"  # nothing overwritten
    assert [v.version for v in store.versions(sop_id)] == [1, 2]
    other_id, _ = store.create(make_sop(title="外国游客走失处置四步法"), author="培训员甲")
    assert [d.id for d in store.list()][:2] == [other_id, sop_id]  # most recently changed first


def test_unknown_ids_and_versions_name_the_value(store: SopStore) -> None:
    sop_id, _ = store.create(make_sop(), author="a")
    with pytest.raises(NotFoundError, match="no procedure with id 424242"):
        store.get(424242)
    with pytest.raises(NotFoundError, match=f"procedure {sop_id} has no version 7"):
        store.get(sop_id, version=7)
    with pytest.raises(NotFoundError, match="424242"):
        store.add_version(424242, make_sop(), author="a")
    assert [v.version for v in store.versions(sop_id)] == [1]  # failed calls stored nothing


def test_concurrent_edits_each_get_their_own_version(store: SopStore) -> None:
    sop_id, _ = store.create(make_sop(), author="a")
    errors: list[BaseException] = []

    def edit(worker: int) -> None:
        try:
            for i in range(3):
                changed = make_sop(action=f"编辑 {worker}-{i}")
                store.add_version(sop_id, changed, author=f"w{worker}", note=f"{worker}-{i}")
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=edit, args=(w,)) for w in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    versions = store.versions(sop_id)
    assert [v.version for v in versions] == list(range(1, 20))
    assert sorted(v.note for v in versions[1:]) == sorted(f"{w}-{i}" for w in range(6) for i in range(3))
    assert store.get(sop_id)[0].latest_version == 19


def test_bad_database_urls_are_named_without_the_password() -> None:
    with pytest.raises(DatabaseError, match="nosuchdb://x") as bad:
        SopStore("nosuchdb://x")
    assert "not a usable database URL" in str(bad.value)
    with pytest.raises(DatabaseError, match="cannot reach the database") as down:
        SopStore(f"postgresql+psycopg://jingzhi:s3cret@127.0.0.1:{free_port()}/jingzhi")
    assert "s3cret" not in str(down.value) and "127.0.0.1" in str(down.value)


@pytest.mark.slow
def test_api_saves_procedures_in_postgresql(services: Any, postgres_url: str) -> None:
    from api.security import Security
    from tests.conftest import TestUsers

    settings = services.settings.model_copy(update={"database_url": postgres_url})
    pg_services = dataclasses.replace(services, settings=settings, _sop_store=None, _database=None)
    assert pg_services.sop_store().engine.url.get_backend_name() == "postgresql"
    users = TestUsers(Security(settings, pg_services.database))  # the users live in PostgreSQL too
    sop = make_sop().model_dump(mode="json")
    with TestClient(create_app(settings, services=pg_services), headers=users.headers("trainer")) as client:
        saved = client.post("/v1/sops", json={"sop": sop, "note": "初稿"}).json()
        sop["steps"][0]["action"] = "到场后先隔离双方"
        r = client.put(f"/v1/sops/{saved['id']}", json={"sop": sop, "note": "修改"})
        assert r.status_code == 200 and r.json()["version"] == 2
        doc = client.get(f"/v1/sops/{saved['id']}").json()
        assert doc["sop"]["steps"][0]["action"] == "到场后先隔离双方"
        assert [v["version"] for v in doc["versions"]] == [1, 2]
        assert {v["author"] for v in doc["versions"]} == {"test-trainer"}
        # the made-up citation (not an article of the store) was removed on the server
        assert doc["sop"]["steps"][0]["citations"] == [] and doc["sop"]["steps"][0]["basis_found"] is False
        assert doc["sop"]["mode"] == "edited"
        audit = client.get("/v1/audit", params={"limit": 5}, headers=users.headers("admin")).json()
        put = next(a for a in audit if a["method"] == "PUT")
        assert put["detail"] == {"sop_id": saved["id"], "version": 2} and put["user"] == "test-trainer"
        pdf = client.get(f"/v1/sops/{saved['id']}/export", params={"format": "pdf", "version": 1})
        assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    # the rows are in PostgreSQL, not in the SQLite file of the data dir
    assert SopStore(postgres_url).get(saved["id"])[2].steps[0].action == "到场后先隔离双方"
    pg_services.sop_store().engine.dispose()


@pytest.mark.slow
def test_api_reports_an_unreachable_database(services: Any, test_users: Any) -> None:
    url = f"postgresql+psycopg://jingzhi:s3cret@127.0.0.1:{free_port()}/jingzhi"
    settings = services.settings.model_copy(update={"database_url": url})
    down = dataclasses.replace(services, settings=settings, _sop_store=None, _database=None)
    with TestClient(create_app(settings, services=down), headers=test_users.headers("trainer")) as client:
        r = client.get("/v1/sops")
        assert r.status_code == 503 and "cannot reach the database" in r.json()["details"]
        assert "s3cret" not in r.text
        assert client.get("/healthz").status_code == 200  # search and answers do not need the database
