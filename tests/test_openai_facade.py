"""Jingzhi's own /v1/chat/completions and /v1/models, driven by the official openai client over
real HTTP, with a signed-in user's bearer token as the API key."""

from __future__ import annotations

from typing import Any

import httpx
import openai
import pytest

from tests.conftest import TestUsers

pytestmark = [pytest.mark.integration, pytest.mark.slow]


@pytest.fixture
def client(live_server: str, test_users: TestUsers) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{live_server}/v1", api_key=test_users.token(), max_retries=0, timeout=60)


def test_the_api_key_is_a_signed_in_users_token(live_server: str) -> None:
    for key in ("unused", "sk-not-a-jingzhi-token"):
        stranger = openai.OpenAI(base_url=f"{live_server}/v1", api_key=key, max_retries=0, timeout=60)
        with pytest.raises(openai.AuthenticationError) as info:
            stranger.chat.completions.create(model="jingzhi", messages=[{"role": "user", "content": "签证"}])
        assert info.value.status_code == 401
        with pytest.raises(openai.AuthenticationError):
            stranger.models.list()


def test_models_list(client: openai.OpenAI) -> None:
    models = client.models.list()
    assert [m.id for m in models.data] == ["jingzhi"]
    assert models.data[0].owned_by == "jingzhi"


def test_non_streaming_completion_carries_citations(client: openai.OpenAI, services: Any) -> None:
    # The facade returns what /v1/ask answers for the same question (the configured answerer).
    expected = services.answerer().answer("外国人非法居留如何处罚？")
    lead = expected.citations[0].article
    res = client.chat.completions.create(
        model="jingzhi",
        messages=[
            {"role": "system", "content": "You are helpful."},
            {"role": "user", "content": "外国人非法居留如何处罚？"},
        ],
    )
    content = res.choices[0].message.content or ""
    assert lead in content and "[1]" in content
    extra: dict[str, Any] = res.model_extra["jingzhi"]  # type: ignore[index]
    assert extra["citations"][0]["article"] == lead and extra["mode"] == "extractive"
    assert "第七十八条" in [c["article"] for c in extra["citations"]]  # the governing article is cited


def test_streaming_completion(client: openai.OpenAI) -> None:
    stream = client.chat.completions.create(
        model="jingzhi", messages=[{"role": "user", "content": "VCCR Article 36"}], stream=True
    )
    text, extra = "", None
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            text += chunk.choices[0].delta.content
        if chunk.model_extra and "jingzhi" in chunk.model_extra:
            extra = chunk.model_extra["jingzhi"]
    assert "Article 36" in text
    assert extra is not None and extra["citations"][0]["source"] == "treaties/VCCR_1963_en.md"


@pytest.mark.parametrize(
    "messages",
    [
        [{"role": "system", "content": "only a system message"}],
        [{"role": "user", "content": "  "}],
        [{"role": "user", "content": "签" * 2001}],
    ],
)
def test_bad_requests_are_422(live_server: str, test_users: TestUsers, messages: list[dict[str, str]]) -> None:
    r = httpx.post(
        f"{live_server}/v1/chat/completions",
        json={"model": "jingzhi", "messages": messages},
        headers=test_users.headers(),
        timeout=30,
    )
    assert r.status_code == 422 and r.json()["error"] == "invalid request"
