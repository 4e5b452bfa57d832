"""A chat client for any OpenAI-compatible endpoint (vLLM, llama.cpp's server), and the protocol
the stages type against (tests pass fakes)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

import httpx


class LLMError(RuntimeError):
    """The endpoint failed, timed out or answered with something unusable."""


class ChatClient(Protocol):
    """Streams a chat completion as text deltas."""

    @property
    def model(self) -> str:
        """Model name sent to the endpoint."""
        ...

    def stream(self, messages: list[dict[str, str]]) -> Iterator[str]:
        """Yield text deltas; raise on any transport or protocol failure."""
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

    def stream(self, messages: list[dict[str, str]]) -> Iterator[str]:
        """Stream the completion's text deltas."""
        from llama_index.core.llms import ChatMessage

        chat = [ChatMessage(role=m["role"], content=m["content"]) for m in messages]
        for chunk in self._llm.stream_chat(chat):
            yield chunk.delta or ""
