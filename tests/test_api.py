"""The FastAPI app over the real stack: contracts, SSE, and bad input answered with 4xx JSON."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app

pytestmark = [pytest.mark.integration, pytest.mark.slow]


@pytest.fixture(scope="module")
def client(services: Any, auth_headers: Callable[..., dict[str, str]]) -> Iterator[TestClient]:
    """The app, signed in as an officer."""
    with TestClient(create_app(services.settings, services=services), headers=auth_headers("officer")) as c:
        yield c


def test_healthz(client: TestClient, services: Any) -> None:
    body = client.get("/healthz").json()
    assert body == {"status": "ok", "points": services.store.count(), "store": "embedded", "answer_mode": "extractive"}


def test_search_contract(client: TestClient) -> None:
    r = client.post("/v1/search", json={"question": "出境入境管理法第四十一条", "k": 3})
    assert r.status_code == 200
    hits = r.json()["hits"]
    assert len(hits) == 3
    assert {"rank", "score", "source", "article", "law", "text"} <= set(hits[0])
    assert (hits[0]["rank"], hits[0]["source"], hits[0]["article"]) == (
        1,
        "laws_cn/出境入境管理法_2012.md",
        "第四十一条",
    )


def test_search_with_filters(client: TestClient) -> None:
    r = client.post(
        "/v1/search", json={"question": "arrest of a consular officer", "k": 5, "filters": {"doc_types": ["treaty"]}}
    )
    assert r.status_code == 200
    assert {h["source"] for h in r.json()["hits"]} <= {"treaties/VCCR_1963_en.md", "treaties/VCDR_1961_en.md"}


def test_ask_contract(client: TestClient) -> None:
    body = client.post("/v1/ask", json={"question": "外国人非法就业怎么处罚？"}).json()
    assert set(body) >= {"answer", "citations", "abstained", "mode", "lang"}
    assert body["mode"] == "extractive" and body["lang"] == "zh" and not body["abstained"]
    c = body["citations"][0]
    assert {"n", "source", "article", "quote"} <= set(c) and c["n"] == 1
    assert c["quote"] in c["text"]


def test_ask_streams_server_sent_events(client: TestClient) -> None:
    with client.stream("POST", "/v1/ask", json={"question": "第357条"}, headers={"Accept": "text/event-stream"}) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        raw = "".join(r.iter_text())
    events = [block for block in raw.strip().split("\n\n") if block]
    names = [b.split("\n")[0].removeprefix("event: ") for b in events]
    assert names == ["meta", "answer", "done"]
    answer = json.loads(events[1].split("\n", 1)[1].removeprefix("data: "))
    assert answer["citations"][0]["article"] == "第三百五十七条"


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/v1/search", {"question": "", "k": 3}, "question"),
        ("/v1/search", {"question": "   ", "k": 3}, "question"),
        ("/v1/search", {"question": "签证", "k": 0}, "k"),
        ("/v1/search", {"question": "签证", "k": 51}, "k"),
        ("/v1/search", {"question": "签证", "k": "ten"}, "k"),
        ("/v1/search", {"question": "签" * 2001}, "question"),
        ("/v1/search", {"question": "签证", "filters": {"doc_types": ["novel"]}}, "filters.doc_types.0"),
        ("/v1/search", {"question": "签证", "filters": {"colour": "red"}}, "filters.colour"),
        ("/v1/ask", {"question": ""}, "question"),
        ("/v1/ask", {}, "question"),
    ],
)
def test_bad_input_is_a_4xx_naming_the_field(client: TestClient, path: str, body: dict[str, Any], field: str) -> None:
    r = client.post(path, json=body)
    assert r.status_code == 422
    data = r.json()
    assert data["error"] == "invalid request"
    assert field in [d["field"] for d in data["details"]]


def test_malformed_json_body(client: TestClient) -> None:
    r = client.post("/v1/ask", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.json()["error"] == "invalid request"


def test_openapi_and_page(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/v1/search", "/v1/ask", "/healthz"} <= set(spec["paths"])
    props = spec["components"]["schemas"]["SearchRequest"]["properties"]
    assert props["k"]["maximum"] == 50 and props["question"]["maxLength"] == 2000
    page = client.get("/")
    assert page.status_code == 200 and "警知" in page.text
    assert client.get("/docs").status_code == 200
