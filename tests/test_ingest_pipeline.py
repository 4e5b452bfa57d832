"""Ingest against embedded Qdrant: idempotent, incremental, resumable, and bad files skipped.

The two texts are entries of the test's own manifest (only manifest texts are parsed as law)."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from corpus.manifest import Manifest
from corpus.schema import DocType, SourceDocument
from ingest.pipeline import IngestPipeline
from retrieval.lexical import LexicalAnalyzer
from retrieval.store import NotAStoreError, QdrantStore, StoreConfig, StoreMismatchError, open_store
from tests.fakes import FakeEmbedder

pytestmark = pytest.mark.integration
FIX = Path(__file__).parent / "fixtures"


class Boom(RuntimeError):
    pass


class DyingEmbedder(FakeEmbedder):
    """Fails after a number of passages, like a process killed mid-run."""

    def __init__(self, die_after: int) -> None:
        super().__init__()
        self.die_after = die_after

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if self.embedded + len(texts) > self.die_after:
            raise Boom("killed")
        return super().embed_passages(texts)


def make(tmp: Path, emb: FakeEmbedder | None = None, corpus: Path | None = None) -> tuple[IngestPipeline, QdrantStore]:
    emb = emb or FakeEmbedder()
    lex = LexicalAnalyzer(cache_dir=tmp / "cache")
    store = open_store(StoreConfig(collection="c", dim=emb.dim, embedder=emb.name, lexical=lex.name, path=tmp / "q"))
    store.open()
    manifest = Manifest(
        sources={
            "laws/测试管理法_2024.md": SourceDocument(
                source="laws/测试管理法_2024.md",
                doc_type=DocType.LAW,
                law="测试管理法",
                short="测试管理法",
                effective=date(2024, 1, 1),
            ),
            "laws/test_convention.md": SourceDocument(
                source="laws/test_convention.md",
                doc_type=DocType.TREATY,
                law="Test Convention",
                short="TC",
                lang="en",
                effective=date(1963, 1, 1),
            ),
            "laws/good_2025.md": SourceDocument(
                source="laws/good_2025.md",
                doc_type=DocType.LAW,
                law="另一法",
                short="另一法",
                effective=date(2025, 1, 1),
            ),
        }
    )
    return IngestPipeline(store, emb, lex, manifest, corpus_root=corpus or tmp / "corpus", batch_size=4), store


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus" / "laws"
    root.mkdir(parents=True)
    shutil.copy(FIX / "mini_law.md", root / "测试管理法_2024.md")
    shutil.copy(FIX / "mini_treaty.md", root / "test_convention.md")
    return root


def test_ingest_then_reingest_is_idempotent(tmp_path: Path, corpus: Path) -> None:
    pipe, store = make(tmp_path)
    first = pipe.run([corpus])
    assert (first.files, first.articles, first.new, first.changed, first.removed) == (2, 7, 7, 0, 0)
    count = store.count()
    emb = pipe.embedder
    assert isinstance(emb, FakeEmbedder)
    before = emb.embedded
    second = pipe.run([corpus])
    assert (second.new, second.changed, second.unchanged, second.removed, second.embedded) == (0, 0, 7, 0, 0)
    assert emb.embedded == before  # nothing re-embedded
    assert store.count() == count
    store.close()


def test_changed_article_reembeds_only_that_article(tmp_path: Path, corpus: Path) -> None:
    pipe, store = make(tmp_path)
    pipe.run([corpus])
    law = corpus / "测试管理法_2024.md"
    law.write_text(law.read_text().replace("五百元", "一千元"))
    report = pipe.run([corpus])
    assert (report.changed, report.unchanged, report.new, report.embedded) == (1, 6, 0, 1)
    texts = [p.payload["text"] for p in store.scroll() if p.payload["article"] == "第三条"]
    assert len(texts) == 1 and "一千元" in texts[0]  # the old version of the article is gone
    store.close()


def test_removed_article_and_removed_file(tmp_path: Path, corpus: Path) -> None:
    pipe, store = make(tmp_path)
    pipe.run([corpus])
    law = corpus / "测试管理法_2024.md"
    law.write_text(law.read_text().split("第四条")[0])
    assert pipe.run([corpus]).removed == 1
    (corpus / "test_convention.md").unlink()
    report = pipe.run([corpus])
    assert report.removed == 2
    assert store.sources() == {"laws/测试管理法_2024.md"}
    store.close()


def test_resume_after_kill(tmp_path: Path, corpus: Path) -> None:
    dying = DyingEmbedder(die_after=4)
    pipe, store = make(tmp_path, dying)
    with pytest.raises(Boom):
        pipe.run([corpus])
    partial = store.count()
    assert 0 < partial < 9
    store.close()
    pipe2, store2 = make(tmp_path)
    report = pipe2.run([corpus])
    assert report.passages == 9  # 7 articles + 2 paragraph passages of the long treaty article
    assert report.embedded == report.passages - partial  # points written before the kill are kept
    assert store2.count() == report.passages
    store2.close()


def test_malformed_file_is_reported_and_skipped_without_losing_stored_data(tmp_path: Path, corpus: Path) -> None:
    pipe, store = make(tmp_path)
    pipe.run([corpus])
    count = store.count()
    law = corpus / "测试管理法_2024.md"
    law.write_text(law.read_text().replace("第三条 有下列", "第三 条有下列"))
    (corpus / "empty.md").write_text("")
    (corpus / "good_2025.md").write_text("# 另一法\n\n第一条 本法用于测试。\n")
    report = pipe.run([corpus])
    problems = {Path(p.path).name: p for p in report.skipped + report.quarantined}
    assert (
        problems["测试管理法_2024.md"].line == 17 and "broken article header" in problems["测试管理法_2024.md"].message
    )
    # empty.md is not a manifest text: it is quarantined (reason "empty"), not skipped
    assert problems["empty.md"].reason == "empty" and problems["empty.md"] in report.quarantined
    assert report.new == 1  # the good file still went in
    assert store.count() == count + 1  # the malformed file's stored articles are untouched
    store.close()


def test_not_a_store_and_mismatch(tmp_path: Path) -> None:
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "notes.txt").write_text("hello")
    lex = LexicalAnalyzer(cache_dir=tmp_path / "cache")
    with pytest.raises(NotAStoreError, match="junk"):
        open_store(StoreConfig(collection="c", dim=64, embedder="e", lexical=lex.name, path=junk)).open()
    assert (junk / "notes.txt").read_text() == "hello"
    ok = tmp_path / "ok"
    with open_store(StoreConfig(collection="c", dim=64, embedder="e1", lexical=lex.name, path=ok)):
        pass
    with pytest.raises(StoreMismatchError, match="embedder"):
        open_store(StoreConfig(collection="c", dim=64, embedder="e2", lexical=lex.name, path=ok)).open()
