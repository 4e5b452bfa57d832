"""First start and ``jingzhi users`` beside a real running ``jingzhi serve`` (separate processes
sharing the SQLite file in a fresh data directory)."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.serving import free_port

pytestmark = [pytest.mark.integration, pytest.mark.slow]
JINGZHI = str(Path(sys.executable).with_name("jingzhi"))


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JINGZHI_")}
    return {**env, "JINGZHI_DATA_DIR": str(data_dir)}


@contextmanager
def running_server(data_dir: Path, log: Path) -> Iterator[str]:
    """`jingzhi serve` on a free port (an empty store: these tests need no corpus)."""
    port = free_port()
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [JINGZHI, "serve", "--port", str(port), "--no-ingest-if-empty"],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=_env(data_dir),
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 180
        while True:
            try:
                if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.time() > deadline:
                pytest.fail(f"jingzhi serve did not start:\n{log.read_text(errors='replace')[-3000:]}")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def users(data_dir: Path, *args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [JINGZHI, "users", *args] + (["--password-stdin"] if password is not None else [])
    return subprocess.run(cmd, input=password, capture_output=True, text=True, env=_env(data_dir), timeout=120)


def token(url: str, username: str, password: str) -> str:
    r = httpx.post(f"{url}/v1/auth/token", data={"username": username, "password": password}, timeout=30)
    assert r.status_code == 200, r.text
    value: str = r.json()["access_token"]
    return value


def test_first_start_and_user_commands_beside_a_running_server(tmp_path: Path) -> None:
    data = tmp_path / "data"
    log = tmp_path / "serve.log"
    with running_server(data, log) as url:
        printed = log.read_text(errors="replace")
        m = re.search(r"with the one-time password (\S+)", printed)
        assert m, printed
        initial = m.group(1)
        pw_file = data / "initial_admin_password"
        assert pw_file.read_text().strip() == initial
        assert stat.S_IMODE(pw_file.stat().st_mode) == 0o600
        assert stat.S_IMODE((data / "jwt_signing_key").stat().st_mode) == 0o600

        # The server keeps writing (an audit row per request) while the CLI writes users.
        stop, seen = threading.Event(), []

        def traffic() -> None:
            while not stop.is_set():
                seen.append(httpx.get(f"{url}/v1/auth/me", timeout=30).status_code)

        worker = threading.Thread(target=traffic)
        worker.start()
        try:
            added = users(data, "add", "Alice", "--role", "officer", password="alice-long-passphrase\n")
            assert added.returncode == 0, added.stderr
            assert "added alice (officer)" in added.stderr
            bad_role = users(data, "add", "bob", "--role", "chief", password="bob-long-passphrase")
            assert bad_role.returncode == 2 and "unknown role 'chief'" in bad_role.stderr
            again = users(data, "add", "alice", "--role", "trainer", password="another-passphrase")
            assert again.returncode == 2 and "already exists" in again.stderr
            short = users(data, "add", "carol", "--role", "officer", password="short")
            assert short.returncode == 2 and "at least 10" in short.stderr
            last_admin = users(data, "disable", "admin")
            assert last_admin.returncode == 2 and "last enabled admin" in last_admin.stderr
        finally:
            stop.set()
            worker.join(timeout=60)
        assert seen and set(seen) == {401}, set(seen)  # no 500/503 from a locked database

        alice = token(url, "alice", "alice-long-passphrase")
        me = httpx.get(f"{url}/v1/auth/me", headers={"Authorization": f"Bearer {alice}"}, timeout=30).json()
        assert me["roles"] == ["officer"]
        sops = f"{url}/v1/sops"
        assert httpx.get(sops, headers={"Authorization": f"Bearer {alice}"}, timeout=30).status_code == 403
        assert users(data, "set-role", "alice", "trainer").returncode == 0
        assert httpx.get(sops, headers={"Authorization": f"Bearer {alice}"}, timeout=30).status_code == 200
        assert users(data, "disable", "alice").returncode == 0
        assert httpx.get(sops, headers={"Authorization": f"Bearer {alice}"}, timeout=30).status_code == 401

        listed = users(data, "list", "--json")
        rows = {u["username"]: u for u in json.loads(listed.stdout)}
        assert rows["admin"]["role"] == "admin" and rows["admin"]["must_change_password"] is True
        assert rows["alice"]["role"] == "trainer" and rows["alice"]["disabled"] is True

        # The admin signs in with the one-time password and must set a new one; the file goes.
        admin = token(url, "admin", initial)
        auth = {"Authorization": f"Bearer {admin}"}
        assert httpx.get(f"{url}/v1/audit", headers=auth, timeout=30).status_code == 403
        body = {"current_password": initial, "new_password": "the-admins-own-passphrase"}
        assert httpx.post(f"{url}/v1/auth/password", json=body, headers=auth, timeout=30).status_code == 200
        assert not pw_file.exists()
        rows_ = httpx.get(f"{url}/v1/audit", params={"user": "cli:" + _user()}, headers=auth, timeout=30).json()
        actions = [(r["route"], r["status"], r["detail"]["user"]) for r in rows_]
        assert ("jingzhi users add", 200, "Alice") in actions and ("jingzhi users add", 422, "bob") in actions
        assert ("jingzhi users disable", 422, "admin") in actions

    with running_server(data, tmp_path / "serve2.log"):
        assert "one-time password" not in (tmp_path / "serve2.log").read_text(errors="replace")  # printed once


def _user() -> str:
    import getpass

    return getpass.getuser()
