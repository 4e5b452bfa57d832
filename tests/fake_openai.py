"""A scripted OpenAI-compatible chat server for deterministic tests of the LLM answerer.

Each test sets ``server.script`` to a :class:`Script`; the server answers ``/v1/chat/completions``
(streaming or not) accordingly: with text computed from the request's messages, after a delay,
with an HTTP error, with a body that is not JSON, or by hanging.
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse

Messages = list[dict[str, str]]


@dataclass
class Script:
    """What the fake endpoint does with the next requests."""

    kind: Literal["text", "http500", "not-json", "bad-sse", "hang"] = "text"
    reply: Callable[[Messages], str] | str = "ok"
    first_token_delay: float = 0.0
    chunk_delay: float = 0.0
    requests: list[dict[str, Any]] = field(default_factory=list)


def evidence_of(messages: Messages) -> dict[int, str]:
    """The numbered evidence texts in the rendered prompt (``[n] label\\ntext``)."""
    user = next(m["content"] for m in messages if m["role"] == "user")
    block = user.split("Evidence:", 1)[1].split("\nQuestion:", 1)[0]
    out: dict[int, str] = {}
    for m in re.finditer(r"^\[(\d+)\] [^\n]*\n(.*?)(?=\n\n\[\d+\] |\Z)", block, re.S | re.M):
        out[int(m.group(1))] = m.group(2).strip()
    return out


def first_clause(text: str) -> str:
    """The first clause of an article, up to its first full stop or semicolon."""
    return re.split(r"(?<=[。；])", text.split("\n")[0])[0].rstrip("；。")


class FakeOpenAI:
    """Runs the fake endpoint on a free loopback port in a thread."""

    def __init__(self) -> None:
        self.script = Script()
        self.app = self._build()
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = int(s.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self._server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning"))
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    def start(self) -> FakeOpenAI:
        self._thread.start()
        deadline = time.time() + 20
        while not self._server.started:
            if time.time() > deadline:
                raise RuntimeError("fake OpenAI server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)

    def _build(self) -> FastAPI:
        app = FastAPI()

        @app.get("/v1/models")
        async def models() -> dict[str, Any]:
            return {"object": "list", "data": [{"id": "fake-model", "object": "model"}]}

        @app.post("/v1/chat/completions")
        async def chat(request: Request) -> Response:
            body = await request.json()
            script = self.script
            script.requests.append(body)
            if script.kind == "http500":
                return JSONResponse({"error": {"message": "boom"}}, status_code=500)
            if script.kind == "hang":
                await asyncio.sleep(3600)
            if script.kind == "not-json":
                return PlainTextResponse("<html>502 Bad Gateway</html>", media_type="application/json")
            text = script.reply(body["messages"]) if callable(script.reply) else script.reply
            if not body.get("stream"):
                await asyncio.sleep(script.first_token_delay)
                return JSONResponse(_completion(text, body.get("model", "fake-model")))
            return StreamingResponse(
                self._stream(text, body.get("model", "fake-model")), media_type="text/event-stream"
            )

        return app

    async def _stream(self, text: str, model: str) -> AsyncIterator[str]:
        script = self.script
        await asyncio.sleep(script.first_token_delay)
        if script.kind == "bad-sse":
            yield "data: {this is not json\n\n"
            return
        pieces = re.findall(r".{1,6}", text, re.S)
        for i, piece in enumerate(pieces):
            chunk = {
                "id": "chatcmpl-fake",
                "object": "chat.completion.chunk",
                "created": 0,
                "model": model,
                "choices": [
                    {
                        "index": 0,
                        "delta": {"content": piece} if i else {"role": "assistant", "content": piece},
                        "finish_reason": None,
                    }
                ],
            }
            yield f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n"
            await asyncio.sleep(script.chunk_delay)
        end = {
            "id": "chatcmpl-fake",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": model,
            "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
        }
        yield f"data: {json.dumps(end)}\n\n"
        yield "data: [DONE]\n\n"


def _completion(text: str, model: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }
