"""Limits: request body size (declared and chunked), bounded list fields, per-user rate limits
with Retry-After, the concurrency limit, and /healthz answering while slow LLM calls hold every
worker thread — against real uvicorn servers on loopback and the scripted LLM endpoint."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from tests.conftest import TestUsers
from tests.fake_openai import FakeOpenAI, Script
from tests.serving import serve_app

pytestmark = [pytest.mark.integration, pytest.mark.slow]
MIB = 1 << 20


def _app(services: Any, **settings: Any) -> Any:
    configured = services.settings.model_copy(update=settings)
    return create_app(configured, services=dataclasses.replace(services, settings=configured, _llm_client=None))


@pytest.fixture(scope="module")
def server(services: Any, test_users: TestUsers) -> Iterator[str]:
    with serve_app(_app(services)) as url:
        yield url


def test_bodies_over_one_mib_get_413_declared_or_chunked(server: str, test_users: TestUsers) -> None:
    headers = {**test_users.headers("officer"), "content-type": "application/json"}
    big = b'{"question": "' + b"x" * MIB + b'"}'
    r = httpx.post(f"{server}/v1/ask", content=big, headers=headers, timeout=60)
    assert r.status_code == 413 and r.json()["error"] == "request too large" and str(MIB) in r.json()["details"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: Transfer-Encoding: chunked
        yield b'{"question": "'
        for _ in range(20):
            yield b"y" * (64 * 1024)
        yield b'"}'

    r = httpx.post(f"{server}/v1/search", content=chunks(), headers=headers, timeout=60)
    assert r.status_code == 413, r.text
    # just under the limit is read (and then judged on its content: the question is too long)
    small = b'{"question": "' + "签".encode() * 3000 + b'"}'
    assert httpx.post(f"{server}/v1/search", content=small, headers=headers, timeout=60).status_code == 422


def test_list_fields_are_bounded(server: str, test_users: TestUsers) -> None:
    from tests.test_db import make_sop

    sop = make_sop().model_dump(mode="json")
    sop["steps"] = sop["steps"] * 51
    r = httpx.post(f"{server}/v1/sops", json={"sop": sop}, headers=test_users.headers("trainer"), timeout=60)
    assert r.status_code == 422 and "sop.steps" in [d["field"] for d in r.json()["details"]]
    chat = {"messages": [{"role": "user", "content": "签证"}] * 101}
    r = httpx.post(f"{server}/v1/chat/completions", json=chat, headers=test_users.headers(), timeout=60)
    assert r.status_code == 422
    r = httpx.post(
        f"{server}/v1/search",
        json={"question": "签证", "filters": {"laws": ["刑法"] * 51}},
        headers=test_users.headers(),
        timeout=60,
    )
    assert r.status_code == 422 and "filters.laws" in [d["field"] for d in r.json()["details"]]


def test_per_user_rate_limits_answer_429_with_retry_after(services: Any, test_users: TestUsers) -> None:
    app = _app(services, rate_limit="5/minute", rate_limit_heavy="3/minute", rate_limit_anonymous="4/minute")
    with TestClient(app) as client:
        officer, trainer = test_users.headers("officer"), test_users.headers("trainer")
        body = {"question": "签证", "k": 1}
        for _ in range(3):
            ok = client.post("/v1/search", json=body, headers=officer)
            assert ok.status_code == 200 and "retry-after" not in ok.headers
        limited = client.post("/v1/search", json=body, headers=officer)
        assert limited.status_code == 429, limited.text
        assert 1 <= int(limited.headers["retry-after"]) <= 60 and "3 per 1 minute" in limited.json()["error"]
        assert client.post("/v1/search", json=body, headers=trainer).status_code == 200  # per user
        assert client.get("/v1/districts", headers=officer).status_code == 200  # light requests count apart
        for _ in range(4):
            assert client.get("/").status_code == 200  # pages: per client address
        assert client.get("/").status_code == 429
        for _ in range(10):
            assert client.get("/healthz").status_code == 200  # never limited
        rows = client.get("/v1/audit", params={"user": "test-officer", "limit": 5}, headers=test_users.headers("admin"))
        assert (rows.json()[1]["route"], rows.json()[1]["status"]) == ("/v1/search", 429)  # [0]: the districts GET


@pytest.fixture(scope="module")
def slow_llm() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI().start()
    yield server
    server.stop()


def _ask_in_threads(url: str, headers: dict[str, str], n: int) -> tuple[list[threading.Thread], list[int]]:
    statuses: list[int] = []

    def ask() -> None:
        try:
            r = httpx.post(f"{url}/v1/ask", json={"question": "外国人非法居留如何处罚？"}, headers=headers, timeout=300)
            statuses.append(r.status_code)
        except httpx.HTTPError:
            statuses.append(-1)

    threads = [threading.Thread(target=ask) for _ in range(n)]
    for t in threads:
        t.start()
    return threads, statuses


def _llm_requests_reach(fake: FakeOpenAI, n: int, timeout_s: float = 90) -> None:
    deadline = time.monotonic() + timeout_s
    while len(fake.script.requests) < n:
        if time.monotonic() > deadline:
            pytest.fail(f"only {len(fake.script.requests)} of {n} LLM calls started")
        time.sleep(0.05)


def test_requests_over_the_concurrency_limit_get_503(
    services: Any, test_users: TestUsers, slow_llm: FakeOpenAI
) -> None:
    slow_llm.script = Script(reply="依据[1]。", first_token_delay=6.0)
    app = _app(
        services,
        llm_base_url=slow_llm.url,
        llm_model="fake-model",
        llm_read_timeout=30,
        llm_deadline=60,
        max_concurrent_requests=2,
        queue_timeout_seconds=0.5,
    )
    with serve_app(app) as url:
        threads, statuses = _ask_in_threads(url, test_users.headers(), 2)
        _llm_requests_reach(slow_llm, 2)  # both slots are held by slow LLM calls
        busy = httpx.post(f"{url}/v1/search", json={"question": "签证"}, headers=test_users.headers(), timeout=30)
        assert busy.status_code == 503 and busy.headers["retry-after"] and busy.json()["error"] == "server busy"
        health = httpx.get(f"{url}/healthz", timeout=30)
        assert health.status_code == 200 and not statuses  # answered while the slow calls still run
        for t in threads:
            t.join(timeout=120)
        assert statuses == [200, 200]


def test_healthz_answers_while_slow_llm_calls_hold_every_worker_thread(
    services: Any, test_users: TestUsers, slow_llm: FakeOpenAI
) -> None:
    """anyio's default pool has 40 threads; 44 slow answers (above the pool, under the concurrency
    limit) hold all of them, and the liveness probe still answers from its own threads."""
    slow_llm.script = Script(reply="依据[1]。", first_token_delay=8.0)
    app = _app(
        services,
        llm_base_url=slow_llm.url,
        llm_model="fake-model",
        llm_read_timeout=60,
        llm_deadline=120,
        max_concurrent_requests=64,
        queue_timeout_seconds=60,
    )
    with serve_app(app) as url:
        threads, statuses = _ask_in_threads(url, test_users.headers(), 44)
        _llm_requests_reach(slow_llm, 40)  # every worker thread now waits on the slow endpoint
        health = httpx.get(f"{url}/healthz", timeout=30)
        assert health.status_code == 200 and health.json()["status"] == "ok"
        assert len(statuses) == 0, f"the probe was only answered after slow calls returned: {statuses}"
        for t in threads:
            t.join(timeout=360)
        assert statuses.count(200) == 44, sorted(statuses)
