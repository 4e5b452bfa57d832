"""The LLM answerer against a scripted OpenAI-compatible server: citation rules and failures."""

from __future__ import annotations

import dataclasses
import json
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from answer.extractive import ExtractiveAnswerer
from answer.llm import LLMAnswerer
from api.app import create_app
from llm.client import OpenAICompatibleClient
from tests.fake_openai import FakeOpenAI, Messages, Script, evidence_of, first_clause

pytestmark = [pytest.mark.integration, pytest.mark.slow]
Q = "外国人非法居留如何处罚？"


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI().start()
    yield server
    server.stop()


def first_evidence(services: Any) -> str:
    """The article handed to the LLM as evidence [1] for Q (the search's top hit)."""
    hits = services.searcher().search(Q).hits
    # What the plumbing below relies on: the governing article is among the first evidence items.
    assert "第七十八条" in [h.article for h in hits[:2]]
    return str(hits[0].article)


def extractive_lead(services: Any) -> str:
    """The article the extractive fallback leads with for Q."""
    return str(ExtractiveAnswerer(services.searcher()).answer(Q).citations[0].article)


def make(services: Any, url: str, read_timeout: float = 5.0, deadline: float = 10.0) -> LLMAnswerer:
    searcher = services.searcher()
    verifier = services.verifier()
    client = OpenAICompatibleClient(url, "fake-model", connect_timeout=1.0, read_timeout=read_timeout)
    return LLMAnswerer(searcher, ExtractiveAnswerer(searcher), verifier, client, deadline_s=deadline)


def quoting(*numbers: int, extra: str = "") -> Any:
    """A reply quoting the first clause of the given evidence items, each cited correctly."""

    def reply(messages: Messages) -> str:
        ev = evidence_of(messages)
        return "".join(f"{first_clause(ev[n])}[{n}]。" for n in numbers) + extra

    return reply


def test_supported_answer_passes_with_renumbered_citations(services: Any, fake: FakeOpenAI) -> None:
    fake.script = Script(reply=quoting(1))
    answer = make(services, fake.url).answer(Q)
    assert answer.mode == "llm" and not answer.abstained
    assert answer.verification is not None and answer.verification.kept == answer.verification.sentences == 1
    assert answer.citations[0].article == first_evidence(services) and "[1]" in answer.answer
    assert answer.prompt == "answer@v1" and answer.model == "fake-model"
    sent = fake.script.requests[-1]
    assert sent["model"] == "fake-model" and sent["stream"] is True
    assert "外国人非法居留的" in sent["messages"][1]["content"]  # the evidence went into the prompt


def test_invented_citation_numbers_are_dropped(services: Any, fake: FakeOpenAI) -> None:
    fake.script = Script(reply=quoting(1, extra="此外还可以没收其全部财产[9]。"))
    answer = make(services, fake.url).answer(Q)
    assert answer.mode == "llm"
    assert "没收其全部财产" not in answer.answer
    assert answer.verification is not None
    assert [r.reason for r in answer.verification.removed] == ["invalid-citation"]


def test_uncited_sentence_is_removed(services: Any, fake: FakeOpenAI) -> None:
    fake.script = Script(reply=quoting(1, extra="外国人一律应当立即驱逐出境。"))
    answer = make(services, fake.url).answer(Q)
    assert "一律应当立即驱逐出境" not in answer.answer
    assert answer.verification is not None and answer.verification.removed[0].reason == "no-citation"


def test_sentence_citing_the_wrong_article_is_removed(services: Any, fake: FakeOpenAI) -> None:
    def reply(messages: Messages) -> str:
        ev = evidence_of(messages)
        rule = first_clause(ev[1])
        # Evidence 1's rule, attributed to the evidence item that shares least of its wording,
        # plus a correctly cited sentence.
        grams = {rule[i : i + 2] for i in range(len(rule) - 1)}
        other = min((n for n in ev if n != 1), key=lambda n: sum(g in ev[n] for g in grams))
        return f"{rule}[{other}]。{rule}[1]。"

    fake.script = Script(reply=reply)
    answer = make(services, fake.url).answer(Q)
    assert answer.mode == "llm"
    assert answer.verification is not None
    assert answer.verification.kept == 1 and answer.verification.removed[0].reason == "unsupported"
    assert len(answer.citations) == 1 and answer.citations[0].article == first_evidence(services)


def test_answer_in_the_wrong_language_falls_back(services: Any, fake: FakeOpenAI) -> None:
    fake.script = Script(reply="A foreigner who overstays is warned and may be fined [1].")
    answer = make(services, fake.url).answer(Q)
    assert answer.mode == "extractive-fallback"
    assert answer.verification is not None and answer.verification.removed[0].reason == "wrong-language"
    assert "引用核验" in answer.notices[0]
    assert answer.citations and answer.citations[0].article == extractive_lead(services)  # the extractive answer


@pytest.mark.parametrize("kind", ["http500", "not-json", "bad-sse"])
def test_endpoint_garbage_degrades_to_extractive(services: Any, fake: FakeOpenAI, kind: str) -> None:
    fake.script = Script(kind=kind)  # type: ignore[arg-type]
    answer = make(services, fake.url).answer(Q)
    assert answer.mode == "extractive-fallback"
    assert "不可用" in answer.notices[0] or "引用核验" in answer.notices[0]
    assert answer.citations[0].article == extractive_lead(services)


def test_slow_endpoint_times_out_to_extractive(services: Any, fake: FakeOpenAI) -> None:
    fake.script = Script(kind="hang")
    started = time.monotonic()
    answer = make(services, fake.url, read_timeout=1.5).answer(Q)
    elapsed = time.monotonic() - started
    assert answer.mode == "extractive-fallback" and "不可用" in answer.notices[0]
    assert elapsed < 10  # bounded by the read timeout, not by the hanging server


def test_deadline_bounds_a_slow_trickle(services: Any, fake: FakeOpenAI) -> None:
    fake.script = Script(reply=quoting(1), chunk_delay=0.4)
    answer = make(services, fake.url, read_timeout=5, deadline=1.0).answer(Q)
    assert answer.mode == "extractive-fallback"


def test_deadline_bounds_a_silent_endpoint(services: Any, fake: FakeOpenAI) -> None:
    # Slow prompt processing: nothing arrives for longer than the deadline but less than the read timeout.
    fake.script = Script(reply=quoting(1), first_token_delay=4)
    started = time.monotonic()
    answer = make(services, fake.url, read_timeout=30, deadline=1.0).answer(Q)
    assert answer.mode == "extractive-fallback" and "不可用" in answer.notices[0]
    assert time.monotonic() - started < 4  # answered before the first token would have arrived


def test_endpoint_down(services: Any) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    answer = make(services, f"http://127.0.0.1:{port}/v1").answer(Q)
    assert answer.mode == "extractive-fallback" and answer.citations


def test_weak_evidence_abstains_without_calling_the_model(services: Any, fake: FakeOpenAI) -> None:
    fake.script = Script(reply="不应被调用[1]。")
    before = len(fake.script.requests)
    answer = make(services, fake.url).answer("糖醋排骨要炖多久才入味？")
    assert answer.abstained and len(fake.script.requests) == before


def test_api_streams_tokens_then_the_verified_answer(
    services: Any, fake: FakeOpenAI, auth_headers: Callable[..., dict[str, str]]
) -> None:
    fake.script = Script(reply=quoting(1, extra="外国人一律应当立即驱逐出境。"))
    settings = services.settings.model_copy(update={"llm_base_url": fake.url, "llm_model": "fake-model"})
    llm_services = dataclasses.replace(services, settings=settings, _llm_client=None)
    with TestClient(create_app(settings, services=llm_services), headers=auth_headers()) as client:
        with client.stream("POST", "/v1/ask", json={"question": Q}, headers={"Accept": "text/event-stream"}) as r:
            raw = "".join(r.iter_text())
        blocks = [b for b in raw.strip().split("\n\n") if b]
        names = [b.split("\n")[0].removeprefix("event: ") for b in blocks]
        assert names[0] == "meta" and names[-2:] == ["answer", "done"]
        tokens = [json.loads(b.split("data: ", 1)[1])["text"] for b in blocks if b.startswith("event: token")]
        assert "立即驱逐出境" in "".join(tokens)  # the draft streamed as it was written…
        final = json.loads(blocks[-2].split("data: ", 1)[1])
        assert final["mode"] == "llm" and "立即驱逐出境" not in final["answer"]  # …the verified answer replaces it
        # A failing endpoint is never an HTTP 500.
        fake.script = Script(kind="http500")
        r = client.post("/v1/ask", json={"question": Q})
        assert r.status_code == 200 and r.json()["mode"] == "extractive-fallback"
        assert client.get("/healthz").json()["answer_mode"] == "llm"


def test_personal_data_in_the_question_never_reaches_the_endpoint(services: Any, fake: FakeOpenAI) -> None:
    fake.script = Script(reply=quoting(1))
    question = "俄罗斯籍男子Sergei Ivanov（护照号码753849201，电话+7 916 555 12 34）签证过期滞留，如何处罚？"
    make(services, fake.url).answer(question)
    sent = json.dumps(fake.script.requests[-1], ensure_ascii=False)
    for value in ("Sergei", "Ivanov", "753849201", "916 555"):
        assert value not in sent
    assert "签证过期滞留" in sent and "[护照号-1]" in sent  # the question itself still went in
