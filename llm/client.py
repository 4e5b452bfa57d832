"""A chat client for any OpenAI-compatible endpoint (vLLM, llama.cpp's server), the protocol the
stages type against (tests pass fakes), and the deadline every stage puts on a streamed reply."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator, Mapping
from typing import Any, Protocol

import httpx


class LLMError(RuntimeError):
    """The endpoint failed, timed out or answered with something unusable."""


class ChatClient(Protocol):
    """Streams a chat completion as text deltas."""

    @property
    def model(self) -> str:
        """Model name sent to the endpoint."""
        ...

    def stream(self, messages: list[dict[str, str]], response_format: Mapping[str, Any] | None = None) -> Iterator[str]:
        """Yield text deltas; raise on any transport or protocol failure. ``response_format`` is
        passed on as the request's ``response_format`` (JSON mode, with a schema where the server
        constrains decoding to one)."""
        ...


class OpenAICompatibleClient:
    """llama-index's ``OpenAILike`` over an OpenAI-compatible endpoint, with explicit timeouts.

    ``read_timeout`` bounds the wait for the first and every following chunk; the answerer
    bounds the whole answer with its own deadline.
    """

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None = None,
        connect_timeout: float = 3.0,
        read_timeout: float = 20.0,
        max_tokens: int = 512,
        temperature: float = 0.0,
    ) -> None:
        from llama_index.llms.openai_like import OpenAILike

        self._model = model
        self._llm = OpenAILike(
            model=model,
            api_base=base_url,
            api_key=api_key or "unused",
            is_chat_model=True,
            context_window=8192,
            max_tokens=max_tokens,
            temperature=temperature,
            max_retries=0,
            timeout=read_timeout,
            http_client=httpx.Client(timeout=httpx.Timeout(read_timeout, connect=connect_timeout)),
        )

    @property
    def model(self) -> str:
        """Model name sent to the endpoint."""
        return self._model

    def stream(self, messages: list[dict[str, str]], response_format: Mapping[str, Any] | None = None) -> Iterator[str]:
        """Stream the completion's text deltas."""
        from llama_index.core.llms import ChatMessage

        chat = [ChatMessage(role=m["role"], content=m["content"]) for m in messages]
        extra: dict[str, Any] = {"response_format": dict(response_format)} if response_format else {}
        for chunk in self._llm.stream_chat(chat, **extra):
            yield chunk.delta or ""


_END = object()


def with_deadline(deltas: Iterator[str], deadline_s: float) -> Iterator[str]:
    """Re-yield ``deltas`` from a worker thread, raising :class:`LLMError` once ``deadline_s``
    has passed, whether the endpoint is silent (slow prompt processing, a hung server) or
    trickling. The worker stops reading the stream at its next chunk."""
    box: queue.Queue[object] = queue.Queue()
    stop = threading.Event()

    def pump() -> None:
        try:
            for delta in deltas:
                if stop.is_set():
                    break
                box.put(delta)
        except BaseException as exc:  # handed to the consumer, which re-raises it
            box.put(exc)
        finally:
            close = getattr(deltas, "close", None)
            if close is not None:
                close()
            box.put(_END)

    threading.Thread(target=pump, name="llm-stream", daemon=True).start()
    end = time.monotonic() + deadline_s
    try:
        while True:
            remaining = end - time.monotonic()
            if remaining <= 0:
                raise LLMError(f"no complete reply within {deadline_s:.0f} s")
            try:
                item = box.get(timeout=remaining)
            except queue.Empty as exc:
                raise LLMError(f"no complete reply within {deadline_s:.0f} s") from exc
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield str(item)
    finally:
        stop.set()
