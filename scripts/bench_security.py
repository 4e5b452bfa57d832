"""What identity, audit and limits cost per request: Argon2 sign-in, token checks, the audit row,
and a light authenticated route through the whole middleware stack (real app, uvicorn, loopback).

    .venv/bin/python scripts/bench_security.py [--requests 300]

Prints figures; asserts nothing. Uses a temporary data directory with an empty vector store (the
routes measured do not search)."""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def _ms(values: list[float]) -> str:
    values = sorted(values)
    p50 = statistics.median(values)
    p95 = values[int(0.95 * (len(values) - 1))]
    return f"p50 {p50 * 1000:.2f} ms · p95 {p95 * 1000:.2f} ms (n={len(values)})"


@contextmanager
def serve_app(app: Any) -> Iterator[str]:
    """uvicorn in a thread on a free loopback port."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()

    import httpx

    from api.app import create_app
    from api.audit import AuditEntry, AuditLog
    from api.config import Settings
    from api.db import Database
    from api.services import build_services
    from api.tokens import TokenIssuer
    from api.users import UserStore

    data = Path(tempfile.mkdtemp(prefix="jingzhi-bench-security-"))
    print(f"load average before: {os.getloadavg()}")
    db = Database(f"sqlite:///{data / 'jingzhi.db'}")
    users = UserStore(db)
    start = time.perf_counter()
    users.add("bench-officer", "officer", "bench-passphrase-1")
    print(f"argon2 hash (pwdlib defaults): {(time.perf_counter() - start) * 1000:.0f} ms")
    verify = []
    for _ in range(10):
        t = time.perf_counter()
        assert users.authenticate("bench-officer", "bench-passphrase-1")
        verify.append(time.perf_counter() - t)
    print(f"sign-in check (lookup + argon2 verify): {_ms(verify)}")

    issuer = TokenIssuer(os.urandom(32), 900)
    token = issuer.issue("bench-officer")[0]
    checks = []
    for _ in range(2000):
        t = time.perf_counter()
        issuer.verify(token)
        checks.append(time.perf_counter() - t)
    print(f"token signature + claims check: {_ms(checks)}")

    log = AuditLog(db, deidentify=lambda q: q)
    writes = []
    for i in range(200):
        t = time.perf_counter()
        log.append(AuditEntry("GET", "/v1/districts", 200, "bench-officer", "officer", detail={"i": i}))
        writes.append(time.perf_counter() - t)
    print(f"audit row insert + commit (SQLite WAL): {_ms(writes)}")

    settings = Settings(data_dir=data, rate_limit="100000/minute", rate_limit_anonymous="100000/minute")
    svc = build_services(settings)
    security_users = UserStore(svc.database())
    if security_users.get("bench-officer") is None:
        security_users.add("bench-officer", "officer", "bench-passphrase-1")
    with serve_app(create_app(settings, services=svc)) as url, httpx.Client(base_url=url, timeout=30) as client:
        token = client.post(
            "/v1/auth/token", data={"username": "bench-officer", "password": "bench-passphrase-1"}
        ).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        for path, hdrs, label in (
            ("/healthz", {}, "GET /healthz (public, no audit row)"),
            ("/v1/districts", headers, "GET /v1/districts (token, user lookup, rate limit, audit row)"),
            ("/v1/districts", {}, "GET /v1/districts without a token (401, audit row)"),
        ):
            times = []
            for _ in range(args.requests):
                t = time.perf_counter()
                client.get(path, headers=hdrs)
                times.append(time.perf_counter() - t)
            print(f"{label}: {_ms(times)}")
    svc.close()
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
