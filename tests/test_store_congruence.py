"""Embedded Qdrant and its in-memory mirror must answer the same queries the same way.

Same data, same filters, same formulas (cosine; BM25 with Qdrant's IDF): the mirror exists only
because qdrant-client's local mode is slow, so any divergence is a bug.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from corpus import CORPUS_ROOT
from corpus.manifest import load_manifest
from corpus.schema import DocType
from ingest.pipeline import IngestPipeline
from retrieval.filters import SearchFilters
from retrieval.lexical import LexicalAnalyzer
from retrieval.memory_index import InMemoryIndex
from retrieval.store import QdrantStore, StoreConfig
from tests.fakes import FakeEmbedder

pytestmark = pytest.mark.integration

SOURCES = [
    "laws_cn/出境入境管理法_2012.md",
    "laws_cn/治安管理处罚法_2012修正_旧版.md",
    "laws_cn/治安管理处罚法_2025修订.md",
    "treaties/VCCR_1963_en.md",
]
QUERIES = [
    "外国人非法居留的处罚",
    "殴打他人的，处五日以上十日以下拘留",
    "consular officers shall be informed without delay of the arrest",
    "醉酒的人在醉酒状态中",
    "签证 护照 出境",
]
FILTERS = [
    None,
    SearchFilters(),
    SearchFilters(in_force_only=False),
    SearchFilters(as_of=date(2025, 6, 1)),
    SearchFilters(doc_types=[DocType.TREATY]),
    SearchFilters(laws=["治安管理处罚法"], in_force_only=False),
    SearchFilters(sources=["laws_cn/出境入境管理法_2012.md"]),
]


@pytest.fixture(scope="module")
def built(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[QdrantStore, InMemoryIndex, FakeEmbedder, LexicalAnalyzer]]:
    tmp = tmp_path_factory.mktemp("congruence")
    emb = FakeEmbedder()
    lex = LexicalAnalyzer(cache_dir=tmp / "cache")
    store = QdrantStore(StoreConfig(collection="t", dim=emb.dim, embedder=emb.name, lexical=lex.name, path=tmp / "q"))
    store.open()
    report = IngestPipeline(store, emb, lex, load_manifest()).run([CORPUS_ROOT / s for s in SOURCES])
    assert report.ok and report.files == 4
    yield store, InMemoryIndex.from_store(store), emb, lex
    store.close()


def _norm(results: list[tuple[str, float]]) -> list[tuple[str, float]]:
    return sorted(((pid, round(score, 4)) for pid, score in results), key=lambda x: (-x[1], x[0]))


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize(
    "flt", FILTERS, ids=lambda f: "none" if f is None else f.model_dump_json(exclude_defaults=True)
)
def test_dense_and_sparse_agree(built, query: str, flt: SearchFilters | None) -> None:
    store, mirror, emb, lex = built
    vec = emb.embed_queries([query])[0]
    q_dense, m_dense = store.search_dense(vec, flt, 20), mirror.search_dense(vec, flt, 20)
    assert _norm(q_dense)[:15] == _norm(m_dense)[:15]
    idx, vals = lex.query_vector(query)
    q_sparse, m_sparse = store.search_sparse(idx, vals, flt, 20), mirror.search_sparse(idx, vals, flt, 20)
    if flt is None:
        assert q_sparse, "the lexical query should match something"
    assert _norm(q_sparse)[:15] == _norm(m_sparse)[:15]


def test_filters_really_filter(built) -> None:
    store, mirror, emb, _ = built
    vec = emb.embed_queries(["处罚"])[0]
    for backend in (store, mirror):
        ids = [pid for pid, _ in backend.search_dense(vec, SearchFilters(doc_types=[DocType.TREATY]), 30)]
        payloads = {p.id: p.payload for p in mirror.retrieve(ids)}
        assert ids and all(payloads[i]["doc_type"] == "treaty" for i in ids)
        current = [pid for pid, _ in backend.search_dense(vec, SearchFilters(laws=["治安管理处罚法"]), 50)]
        sources = {mirror.retrieve([i])[0].payload["source"] for i in current}
        assert sources == {"laws_cn/治安管理处罚法_2025修订.md"}  # the 2012 text is superseded today
        before = [
            pid
            for pid, _ in backend.search_dense(vec, SearchFilters(laws=["治安管理处罚法"], as_of=date(2025, 1, 1)), 50)
        ]
        assert {mirror.retrieve([i])[0].payload["source"] for i in before} == {
            "laws_cn/治安管理处罚法_2012修正_旧版.md"
        }


def test_find_articles_agree(built) -> None:
    store, mirror, _, _ = built
    ids = ["laws_cn/出境入境管理法_2012.md#第七十八条", "treaties/VCCR_1963_en.md#Article 36", "nope#第一条"]
    a = [p.payload["article_id"] for p in store.find_articles(ids, SearchFilters())]
    b = [p.payload["article_id"] for p in mirror.find_articles(ids, SearchFilters())]
    assert a == b == ids[:2]
    h1 = sorted(
        p.payload["source"] for p in store.find_by_article_heading("第四十三条", SearchFilters(in_force_only=False))
    )
    h2 = sorted(
        p.payload["source"] for p in mirror.find_by_article_heading("第四十三条", SearchFilters(in_force_only=False))
    )
    assert h1 == h2 and len(h1) == 3


def test_mirror_vectors_equal_stored_vectors(built) -> None:
    store, mirror, _, _ = built
    point = next(store.scroll(with_vectors=True))
    row = mirror.ids.index(point.id)
    assert np.allclose(mirror.dense[row], np.asarray(point.dense) / np.linalg.norm(point.dense), atol=1e-5)
    assert len(mirror) == store.count()


def test_paths_are_relative_to_corpus_root(built) -> None:
    store, _, _, _ = built
    assert store.sources() == set(SOURCES)
    assert not any(Path(s).is_absolute() for s in store.sources())
