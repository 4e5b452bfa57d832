"""llama-index view of the Jingzhi store.

* :func:`passage_to_node`: a ``TextNode`` per passage, with the article identity as metadata.
* :class:`JingzhiEmbedding`: our :class:`~retrieval.embedders.Embedder` as a llama-index
  ``BaseEmbedding`` (always passed explicitly; the global ``Settings`` is never consulted).
* :func:`make_vector_store` / :func:`make_retriever`: ``QdrantVectorStore`` in hybrid mode over
  the same collection, with our lexical encoder as its sparse functions and weighted RRF as its
  fusion, so llama-index pipelines (and later the LLM answerer) read exactly what we stored.

The officer-facing search runs on :class:`~retrieval.search.HybridSearcher` instead; the measured
reasons (paragraph folding, reference resolution, latency) are in docs/architecture.md.
"""

from __future__ import annotations

from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.indices.vector_store import VectorStoreIndex
from llama_index.core.retrievers import VectorIndexRetriever
from llama_index.core.schema import TextNode
from llama_index.core.vector_stores.types import (
    FilterOperator,
    MetadataFilter,
    MetadataFilters,
    VectorStoreQueryMode,
    VectorStoreQueryResult,
)
from llama_index.vector_stores.qdrant import QdrantVectorStore
from pydantic import PrivateAttr

from corpus.schema import Passage
from retrieval.embedders import Embedder
from retrieval.engine import DENSE, LEXICAL
from retrieval.lexical import LexicalAnalyzer
from retrieval.search import rrf
from retrieval.store import passage_payload
from retrieval.store_client import ClientStore

_META_KEYS = ("source", "article", "article_id", "law", "short", "version", "doc_type", "paragraph", "path")


def passage_to_node(passage: Passage) -> TextNode:
    """A ``TextNode`` whose id is the point id and whose metadata carries the article identity."""
    payload = passage_payload(passage)
    metadata = {k: payload[k] for k in _META_KEYS}
    return TextNode(
        id_=passage.point_id,
        text=passage.text,
        metadata=metadata,
        excluded_embed_metadata_keys=["source", "article_id", "doc_type", "paragraph"],
        excluded_llm_metadata_keys=["article_id", "paragraph"],
    )


class JingzhiEmbedding(BaseEmbedding):
    """Adapter: a Jingzhi embedder as a llama-index embedding model."""

    _inner: Any = PrivateAttr()

    def __init__(self, inner: Embedder, **kwargs: Any) -> None:
        super().__init__(model_name=inner.name, **kwargs)
        self._inner = inner

    def _get_query_embedding(self, query: str) -> list[float]:
        return [float(x) for x in self._inner.embed_queries([query])[0]]

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return [float(x) for x in self._inner.embed_passages([text])[0]]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return [[float(x) for x in row] for row in self._inner.embed_passages(texts)]


def rrf_fusion(k: int = 60) -> Any:
    """A llama-index hybrid fusion function doing weighted RRF (alpha weights the dense list)."""

    def fuse(
        dense: VectorStoreQueryResult, sparse: VectorStoreQueryResult, alpha: float = 0.5, top_k: int = 2
    ) -> VectorStoreQueryResult:
        nodes = {n.node_id: n for n in [*(dense.nodes or []), *(sparse.nodes or [])]}
        scores = rrf(
            [
                ([n.node_id for n in dense.nodes or []], 2 * alpha),
                ([n.node_id for n in sparse.nodes or []], 2 * (1 - alpha)),
            ],
            k,
        )
        order = sorted(scores, key=lambda i: -scores[i])[:top_k]
        return VectorStoreQueryResult(
            nodes=[nodes[i] for i in order], similarities=[scores[i] for i in order], ids=order
        )

    return fuse


def make_vector_store(store: ClientStore, lexical: LexicalAnalyzer) -> QdrantVectorStore:
    """``QdrantVectorStore`` in hybrid mode over the Jingzhi collection (a Qdrant server, or
    qdrant-client local mode: llama-index talks to Qdrant through qdrant-client only)."""

    def sparse_docs(texts: list[str]) -> tuple[list[list[int]], list[list[float]]]:
        vecs = [lexical.doc_vector(t) for t in texts]
        return [v[0] for v in vecs], [v[1] for v in vecs]

    def sparse_queries(texts: list[str]) -> tuple[list[list[int]], list[list[float]]]:
        vecs = [lexical.query_vector(t) for t in texts]
        return [v[0] for v in vecs], [v[1] for v in vecs]

    return QdrantVectorStore(
        collection_name=store.name,
        client=store.client,
        enable_hybrid=True,
        dense_vector_name=DENSE,
        sparse_vector_name=LEXICAL,
        sparse_doc_fn=sparse_docs,
        sparse_query_fn=sparse_queries,
        hybrid_fusion_fn=rrf_fusion(),
        text_key="text",
    )


def make_retriever(
    store: ClientStore,
    embedder: Embedder,
    lexical: LexicalAnalyzer,
    k: int = 10,
    candidates: int = 100,
    doc_types: tuple[str, ...] = ("law", "treaty"),
) -> VectorIndexRetriever:
    """A llama-index hybrid retriever over the store, with the embedder passed explicitly."""
    index = VectorStoreIndex.from_vector_store(
        make_vector_store(store, lexical), embed_model=JingzhiEmbedding(embedder)
    )
    return VectorIndexRetriever(
        index,
        similarity_top_k=candidates,
        sparse_top_k=candidates,
        hybrid_top_k=k,
        vector_store_query_mode=VectorStoreQueryMode.HYBRID,
        embed_model=JingzhiEmbedding(embedder),
        alpha=0.5,
        filters=MetadataFilters(
            filters=[MetadataFilter(key="doc_type", value=list(doc_types), operator=FilterOperator.IN)]
        ),
    )
