"""``POST /v1/chat/completions``: Jingzhi behind the OpenAI chat API, so any OpenAI-compatible client
(SDKs, chat front-ends) can ask it questions.

The last user message is the question. The reply's ``content`` is the (verified) answer followed by
its numbered sources; the full answer object (citations with quotes and article texts, notices,
mode, language, verification report) travels in the extra top-level field ``jingzhi``. When
streaming, only verified text is streamed (never the unverified draft, which a plain client could
not retract), and the last chunk carries ``jingzhi``.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from corpus.schema import Answer

QUESTION_MAX = 2000


class ContentPart(BaseModel):
    """A part of a multi-part message (only text parts are read)."""

    model_config = ConfigDict(extra="ignore")
    type: str = Field(max_length=32)
    text: str | None = Field(default=None, max_length=20000)


class ChatMessageIn(BaseModel):
    """An OpenAI chat message."""

    model_config = ConfigDict(extra="ignore")
    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[ContentPart] | None = Field(default=None, max_length=50_000)

    def text(self) -> str:
        """The message's text."""
        if isinstance(self.content, str):
            return self.content
        if isinstance(self.content, list):
            return "\n".join(p.text for p in self.content if p.type == "text" and p.text)
        return ""


class ChatCompletionRequest(BaseModel):
    """The subset of the OpenAI request Jingzhi reads; other fields are accepted and ignored."""

    model_config = ConfigDict(extra="ignore")
    model: str = Field(default="jingzhi", max_length=200)
    messages: list[ChatMessageIn] = Field(min_length=1, max_length=100)
    stream: bool = False

    def question(self) -> str:
        """The last user message (raises ValueError when there is none or it is too long)."""
        for message in reversed(self.messages):
            if message.role == "user":
                text = message.text().strip()
                if not text:
                    raise ValueError("the last user message is empty")
                if len(text) > QUESTION_MAX:
                    raise ValueError(f"the last user message has {len(text)} characters; the limit is {QUESTION_MAX}")
                return text
        raise ValueError("no user message in messages")


#: The model id Jingzhi answers as (any ``model`` in a request is accepted and echoed).
MODEL_ID = "jingzhi"


def model_list(llm_model: str | None = None) -> dict[str, Any]:
    """``GET /v1/models``: the one model this facade serves (OpenAI's list shape)."""
    return {
        "object": "list",
        "data": [
            {
                "id": MODEL_ID,
                "object": "model",
                "created": 0,
                "owned_by": "jingzhi",
                "description": "cited answers"
                + (f" (drafted by {llm_model}, citations verified)" if llm_model else ""),
            }
        ],
    }


def content_of(answer: Answer) -> str:
    """The answer text followed by its numbered sources, for clients that show only ``content``."""
    if not answer.citations:
        return answer.answer
    sources = "\n".join(f"[{c.n}] 《{c.short or c.law}》{c.article}（{c.version}）" for c in answer.citations)
    notices = "".join(f"\n! {n}" for n in answer.notices)
    return f"{answer.answer}\n\n{sources}{notices}"


def completion(answer: Answer, model: str) -> dict[str, Any]:
    """A ``chat.completion`` object carrying the answer."""
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": content_of(answer)}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        "jingzhi": answer.model_dump(mode="json"),
    }


def completion_chunks(answer: Answer, model: str, piece: int = 24) -> Iterator[str]:
    """``chat.completion.chunk`` server-sent events streaming the verified content, then [DONE]."""
    cid = f"chatcmpl-{uuid.uuid4().hex}"
    created = int(time.time())

    def chunk(delta: dict[str, Any], finish: str | None, extra: dict[str, Any] | None = None) -> str:
        body: dict[str, Any] = {
            "id": cid,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }
        if extra:
            body.update(extra)
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    text = content_of(answer)
    yield chunk({"role": "assistant", "content": ""}, None)
    for i in range(0, len(text), piece):
        yield chunk({"content": text[i : i + piece]}, None)
    yield chunk({}, "stop", {"jingzhi": answer.model_dump(mode="json")})
    yield "data: [DONE]\n\n"
