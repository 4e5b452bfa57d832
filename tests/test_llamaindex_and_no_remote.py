"""llama-index over our store, always with explicit models; nothing may reach a remote model API."""

from __future__ import annotations

from typing import Any

import pytest

from corpus.schema import DocType, Passage
from retrieval.llamaindex_adapter import make_retriever, passage_to_node


@pytest.fixture
def forbid_remote_models(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to build a hosted-LLM client or to use llama-index's global defaults fails."""
    import openai
    from llama_index.core.settings import _Settings

    def refuse(*_: Any, **__: Any) -> None:
        raise AssertionError("a code path tried to create an OpenAI client")

    monkeypatch.setattr(openai.OpenAI, "__init__", refuse)
    monkeypatch.setattr(openai.AsyncOpenAI, "__init__", refuse)

    def no_global(self: Any) -> Any:
        raise AssertionError("a code path fell back to llama-index's global Settings")

    monkeypatch.setattr(_Settings, "llm", property(no_global))
    monkeypatch.setattr(_Settings, "embed_model", property(no_global))


@pytest.mark.unit
def test_passage_to_node_keeps_article_identity() -> None:
    p = Passage(
        source="laws_cn/x.md",
        doc_type=DocType.LAW,
        law="中华人民共和国某法",
        short="某法",
        version="2020",
        article="第一条",
        article_no=1,
        text="为了测试，制定本法。",
        paragraphs=["为了测试，制定本法。"],
    )
    node = passage_to_node(p)
    assert node.node_id == p.point_id
    assert node.metadata["article_id"] == "laws_cn/x.md#第一条"
    assert "source" in node.excluded_embed_metadata_keys


@pytest.mark.integration
@pytest.mark.slow
def test_llamaindex_hybrid_retriever_over_our_collection(
    services: Any, client_store: Any, forbid_remote_models: None
) -> None:
    # llama-index reaches Qdrant through qdrant-client: the server path (local mode stands in).
    retriever = make_retriever(client_store, services.embedder, services.lexical, k=5)
    nodes = retriever.retrieve("外国人非法居留的，给予警告")
    assert nodes
    articles = [n.node.metadata.get("article_id") for n in nodes]
    assert "laws_cn/出境入境管理法_2012.md#第七十八条" in articles


@pytest.mark.integration
@pytest.mark.slow
def test_search_and_answer_never_reach_a_remote_model(services: Any, forbid_remote_models: None) -> None:
    from answer.extractive import ExtractiveAnswerer

    answer = ExtractiveAnswerer(services.searcher()).answer("外国人被刑事拘留后如何通知领事？")
    assert answer.citations
