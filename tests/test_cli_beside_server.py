"""`jingzhi search / ask / ingest` while `jingzhi serve` runs on the same data directory: a real
server process, real CLI processes, the real embedded engine.

The CLI reaches the server over the data directory's unix socket (0600 in a 0700 directory);
an ingest runs inside the server and its searches see the new data at once, without a restart.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.local import socket_path
from tests.serving import free_port

pytestmark = [pytest.mark.integration, pytest.mark.slow]

JINGZHI = Path(sys.executable).parent / "jingzhi"


def env_for(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JINGZHI_")}
    env["JINGZHI_DATA_DIR"] = str(data_dir)
    return env


def cli(
    args: list[str], data_dir: Path, timeout: int = 600, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(JINGZHI), *args],
        env=env_for(data_dir),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def officer_headers(url: str, data_dir: Path) -> dict[str, str]:
    """Bearer headers of an officer added with `jingzhi users add` beside the server."""
    password = "beside-the-server-passphrase"
    added = cli(["users", "add", "beside", "--role", "officer", "--password-stdin"], data_dir, 120, password)
    assert added.returncode == 0 or "already exists" in added.stderr, added.stderr
    r = httpx.post(f"{url}/v1/auth/token", data={"username": "beside", "password": password}, timeout=30)
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, subprocess.Popen[str]]]:
    data_dir = tmp_path_factory.mktemp("beside")
    port = free_port()
    proc = subprocess.Popen(
        [str(JINGZHI), "serve", "--port", str(port), "--no-ingest-if-empty"],
        env=env_for(data_dir),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"server exited: {proc.stderr.read() if proc.stderr else ''}")
        try:
            if httpx.get(url + "/healthz", timeout=2).status_code == 200 and socket_path(data_dir).exists():
                break
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    else:
        proc.kill()
        raise AssertionError("server did not become ready")
    yield url, data_dir, proc
    proc.terminate()
    proc.wait(timeout=60)


def test_the_socket_is_private(server: tuple[str, Path, subprocess.Popen[str]]) -> None:
    _, data_dir, _ = server
    sock = socket_path(data_dir)
    assert stat.S_ISSOCK(sock.stat().st_mode)
    assert stat.S_IMODE(sock.stat().st_mode) == 0o600
    assert stat.S_IMODE(sock.parent.stat().st_mode) == 0o700


def test_ingest_search_and_ask_go_through_the_running_server(
    server: tuple[str, Path, subprocess.Popen[str]], tmp_path: Path
) -> None:
    url, data_dir, proc = server
    headers = officer_headers(url, data_dir)
    # A file outside the bundled manifest goes in as de-identified case material (fail closed
    # since issue 12), through the running server.
    case = tmp_path / "测试处置记录_2024.md"
    case.write_text(
        "# 测试处置记录\n\n## 案情\n\n某日晚，一名外籍旅客在码头候船厅遗失护照复印件与登船凭证，"
        "值班民警接报后调取候船厅监控。\n\n## 处置经过\n\n民警核对登船名单后联系船务公司补办凭证，"
        "并在候船厅失物柜找回复印件，当面交还。\n",
        encoding="utf-8",
    )
    r = cli(["ingest", "--json", str(case)], data_dir)
    assert r.returncode == 0, r.stderr
    assert "through the running server" in r.stderr
    assert json.loads(r.stdout)["new"] >= 1
    # Visible to the server's own HTTP API at once (no restart).
    question = "外籍旅客在候船厅遗失登船凭证"
    body = {"question": question, "k": 3, "filters": {"doc_types": ["case"]}}
    hits = httpx.post(url + "/v1/search", json=body, headers=headers, timeout=60).json()
    assert hits["hits"][0]["source"].endswith("测试处置记录_2024.md")
    assert hits["hits"][0]["doc_type"] == "case"
    r = cli(["search", "--json", "-k", "3", "--doc-type", "case", question], data_dir)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)[0]["source"].endswith("测试处置记录_2024.md")
    r = cli(["ask", "--json", "外籍旅客在候船厅遗失登船凭证怎么办？"], data_dir)
    assert r.returncode == 0, r.stderr
    assert "answer" in json.loads(r.stdout)
    # A changed file re-ingested while serving: the server answers with the new text.
    case.write_text(case.read_text(encoding="utf-8").replace("当面交还", "通知本人到所领取"), encoding="utf-8")
    r = cli(["ingest", "--json", str(case)], data_dir)
    # At least the edited section is rewritten; case-level labels are recomputed from the whole case
    # and are part of every section's point id, so an unedited section may be rewritten with them.
    assert r.returncode == 0 and json.loads(r.stdout)["changed"] >= 1, r.stderr
    hits = httpx.post(url + "/v1/search", json={**body, "k": 5}, headers=headers, timeout=60).json()
    texts = " ".join(h["text"] for h in hits["hits"] if h["source"].endswith("测试处置记录_2024.md"))
    assert "通知本人到所领取" in texts and "当面交还" not in texts
    assert proc.poll() is None
    # Each command through the channel left its audit row (operator account, route, outcome).
    from sqlmodel import Session, select

    from api.audit import AuditRecord
    from api.config import Settings
    from api.db import Database

    db = Database(Settings(data_dir=data_dir).db_url)
    try:
        with Session(db.engine) as session:
            rows = session.exec(select(AuditRecord).where(AuditRecord.method == "LOCAL")).all()
    finally:
        db.dispose()
    routes = [r.route for r in rows]
    assert routes.count("POST /ingest") >= 2 and "POST /search" in routes and "POST /ask" in routes, routes
    assert all(r.username and r.username.startswith("cli:") and r.role == "operator" for r in rows)
    assert any("候船厅" in (r.question or "") for r in rows if r.route == "POST /search")


def test_other_commands_and_a_second_server_name_the_running_one(
    server: tuple[str, Path, subprocess.Popen[str]],
) -> None:
    _, data_dir, proc = server
    second = cli(["serve", "--port", str(free_port())], data_dir, timeout=120)
    assert second.returncode == 2
    assert f"process {proc.pid}" in " ".join(second.stderr.split())
    lesson = cli(["lesson", "--case-type", "醉酒"], data_dir, timeout=120)
    assert lesson.returncode == 2 and f"process {proc.pid}" in " ".join(lesson.stderr.split())


def test_a_bad_path_is_reported_by_the_server(server: tuple[str, Path, subprocess.Popen[str]], tmp_path: Path) -> None:
    _, data_dir, proc = server
    r = cli(["ingest", str(tmp_path / "no-such-file.md")], data_dir)
    assert r.returncode == 1
    assert "no-such-file.md" in r.stderr
    assert proc.poll() is None
