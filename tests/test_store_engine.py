"""The embedded engine store and the server store on real engines (qdrant-edge; qdrant-client
local mode): bad input (older layout, lock held by another process, damaged or missing segments),
re-indexing without downtime (shard swap, alias swap), the write section, the IDF cache, and the
in-force window computed at query time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from corpus.manifest import load_manifest
from corpus.schema import DocType, Label, Passage, Provenance
from retrieval.engine import CandidateQuery
from retrieval.filters import SearchFilters
from retrieval.lexical import LexicalAnalyzer, term_id
from retrieval.query import QueryAnalyzer
from retrieval.search import HybridSearcher
from retrieval.store import (
    MARKER,
    LegacyStoreError,
    QdrantStore,
    StoreConfig,
    StoreCorruptedError,
    StoreLockedError,
    label_payload,
    open_store,
    passage_payload,
)
from retrieval.store_client import ClientStore
from tests.fakes import FakeEmbedder

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parent.parent

EMB = FakeEmbedder()


def passage(source: str, article: str, text: str, **kw: Any) -> Passage:
    version = kw.pop("version", "2012")
    return Passage(
        source=source, doc_type=DocType.LAW, law="中华人民共和国测试法", short="测试法", version=version,
        article=article, article_no=int(kw.pop("no", 1)), text=text, paragraphs=[text], **kw,
    )  # fmt: skip


OLD = "laws_cn/测试法_2012.md"
NEW = "laws_cn/测试法_2025.md"
VERSIONS = [
    passage(OLD, "第一条", "外国人非法居留的，处五日以上十日以下拘留。", effective=20130101, superseded_on=20260101,
            superseded_by=NEW),
    passage(NEW, "第一条", "外国人非法居留的，处十日以上十五日以下拘留，并处罚款。", version="2025",
            effective=20260101),
    passage(NEW, "第二条", "领事官员有权探视被拘留的本国国民。", version="2025", no=2, effective=20260101),
]  # fmt: skip


def config(tmp: Path, **kw: Any) -> StoreConfig:
    lex = LexicalAnalyzer(cache_dir=tmp / "cache")
    where = kw or {"path": tmp / "store"}
    return StoreConfig(collection="jingzhi", dim=EMB.dim, embedder=EMB.name, lexical=lex.name, **where)


def fill(store: QdrantStore, passages: list[Passage], tmp: Path) -> None:
    lex = LexicalAnalyzer(cache_dir=tmp / "cache")
    texts = [p.embed_text() for p in passages]
    store.upsert(passages, EMB.embed_passages(texts), [lex.doc_vector(t) for t in texts])


def opened(cfg: StoreConfig) -> QdrantStore:
    store = open_store(cfg)
    store.open()
    return store


# -- bad input ---------------------------------------------------------------------------------
def test_a_lock_held_by_another_process_names_that_process(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    opened(cfg).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            sys.path.insert(0, {str(ROOT)!r})
            from pathlib import Path
            from retrieval.store import StoreConfig, open_store
            cfg = StoreConfig("jingzhi", {cfg.dim}, {cfg.embedder!r}, {cfg.lexical!r}, path=Path({str(cfg.path)!r}))
            store = open_store(cfg)
            store.open()
            print("ready", flush=True)
            time.sleep(120)
        """)],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLockedError) as err:
            store = open_store(cfg)
            store.open()
        assert err.value.pid == holder.pid
        assert f"process {holder.pid}" in str(err.value) and str(cfg.path) in str(err.value)
    finally:
        holder.kill()
        holder.wait(timeout=30)
    with opened(cfg) as store:  # released when that process ended
        assert store.count() == 0


def _filled(tmp: Path) -> tuple[StoreConfig, Path, dict[str, Any]]:
    cfg = config(tmp)
    store = opened(cfg)
    fill(store, VERSIONS, tmp)
    store.close()
    marker = json.loads((tmp / "store" / MARKER).read_text())
    return cfg, tmp / "store" / marker["active"], marker


def test_a_damaged_segment_is_reported_and_nothing_is_rebuilt(tmp_path: Path) -> None:
    cfg, shard, marker = _filled(tmp_path)
    [state] = list(shard.glob("segments/*/segment.json"))
    state.write_bytes(state.read_bytes()[: len(state.read_bytes()) // 3])  # a torn write
    before = sorted(p.relative_to(shard) for p in shard.rglob("*"))
    with pytest.raises(StoreCorruptedError) as err:
        open_store(cfg).open()
    assert str(cfg.path) in str(err.value) and "--recreate" in str(err.value)
    assert sorted(p.relative_to(shard) for p in shard.rglob("*")) == before  # left as found
    assert json.loads((tmp_path / "store" / MARKER).read_text()) == marker


def test_missing_segments_are_reported_not_served_as_an_empty_store(tmp_path: Path) -> None:
    cfg, shard, _ = _filled(tmp_path)
    for sub in ("segments", "wal"):  # the engine would start empty from this
        for p in (shard / sub).iterdir():
            if p.is_dir():
                import shutil

                shutil.rmtree(p)
            else:
                p.unlink()
    with pytest.raises(StoreCorruptedError, match=r"holds 0 points but 3 were recorded"):
        open_store(cfg).open()


def test_a_missing_shard_directory_is_reported(tmp_path: Path) -> None:
    import shutil

    cfg, shard, _ = _filled(tmp_path)
    shutil.rmtree(shard)
    with pytest.raises(StoreCorruptedError, match="directory is missing"):
        open_store(cfg).open()


def test_an_interrupted_write_is_replayed_and_accepted(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    cfg, _, marker = _filled(tmp_path)
    (tmp_path / "store" / MARKER).write_text(json.dumps({**marker, "points": 1, "writing": True}))
    with opened(cfg) as store:
        assert store.count() == 3
    assert "did not finish" in caplog.text
    assert json.loads((tmp_path / "store" / MARKER).read_text())["points"] == 3


def _legacy(tmp: Path, embedder: str, n: int = 3) -> Path:
    """A store as the older layout wrote it: qdrant-client local mode in data/qdrant + marker."""
    from qdrant_client import QdrantClient
    from qdrant_client import models as qm

    lex = LexicalAnalyzer(cache_dir=tmp / "cache")
    legacy = tmp / "qdrant"
    meta = {"jingzhi_schema": 1, "embedder": embedder, "dim": EMB.dim, "lexical": lex.name}
    client = QdrantClient(path=str(legacy))
    client.create_collection(
        "jingzhi",
        vectors_config={"dense": qm.VectorParams(size=EMB.dim, distance=qm.Distance.COSINE)},
        sparse_vectors_config={"lexical": qm.SparseVectorParams(modifier=qm.Modifier.IDF)},
        metadata=meta,
    )
    points = []
    for p in VERSIONS[:n]:
        idx, vals = lex.doc_vector(p.embed_text())
        vec = {
            "dense": EMB.embed_passages([p.embed_text()])[0].tolist(),
            "lexical": qm.SparseVector(indices=idx, values=vals),
        }
        points.append(qm.PointStruct(id=p.point_id, vector=vec, payload=passage_payload(p)))  # type: ignore[arg-type]
    client.upsert("jingzhi", points=points)
    client.close()
    (legacy / MARKER).write_text(json.dumps({"jingzhi": meta}))
    return legacy


def test_an_older_layout_is_migrated_once_and_kept(tmp_path: Path) -> None:
    from api.services import _migrate

    legacy = _legacy(tmp_path, EMB.name)
    store = opened(config(tmp_path))
    _migrate(legacy, store)
    assert store.count() == 3
    [hit] = store.find_articles([f"{NEW}#第二条"], SearchFilters(in_force_only=False))
    assert hit.payload["text"] == VERSIONS[2].text
    vec = EMB.embed_queries([VERSIONS[2].text])[0]
    assert store.search_dense(vec, None, 1)[0][0] == VERSIONS[2].point_id  # vectors came along
    assert not legacy.exists() and (tmp_path / "qdrant.migrated" / MARKER).exists()
    store.close()


def test_an_older_layout_built_otherwise_is_refused_with_how_to_rebuild(tmp_path: Path) -> None:
    from api.services import _migrate

    legacy = _legacy(tmp_path, "another-embedder")
    store = opened(config(tmp_path))
    with pytest.raises(LegacyStoreError) as err:
        _migrate(legacy, store)
    assert "another-embedder" in str(err.value) and "jingzhi ingest" in str(err.value)
    assert (legacy / MARKER).exists() and (legacy / "meta.json").exists()  # untouched
    with opened(config(tmp_path)) as again:
        assert again.count() == 0  # nothing half-copied became active


def test_an_older_layout_where_the_store_now_lives_is_refused(tmp_path: Path) -> None:
    legacy = _legacy(tmp_path, EMB.name)
    with pytest.raises(LegacyStoreError, match="older layout"):
        open_store(config(tmp_path, path=legacy)).open()


def test_cli_migrates_an_older_store_in_its_data_dir(tmp_path: Path) -> None:
    """End to end with the real embedder identity: `jingzhi search` on a data dir holding only the
    older layout migrates it and answers from it."""
    from api.config import Settings
    from api.services import build_services, make_embedder

    settings = Settings(data_dir=tmp_path)
    inner = make_embedder(settings)
    lex = LexicalAnalyzer(cache_dir=settings.cache_dir)
    from qdrant_client import QdrantClient
    from qdrant_client import models as qm

    from retrieval.embedders import USEEmbedder

    use = USEEmbedder()  # the older layout (schema 1) already kept the cross-lingual vector
    meta = {"jingzhi_schema": 1, "embedder": inner.name, "dim": inner.dim, "lexical": lex.name}
    meta["xling_embedder"] = use.name
    client = QdrantClient(path=str(settings.legacy_store_path))
    client.create_collection(
        "jingzhi",
        vectors_config={
            "dense": qm.VectorParams(size=inner.dim, distance=qm.Distance.COSINE),
            "xling": qm.VectorParams(size=use.dim, distance=qm.Distance.COSINE),
        },
        sparse_vectors_config={"lexical": qm.SparseVectorParams(modifier=qm.Modifier.IDF)},
        metadata=meta,
    )
    rng = np.random.default_rng(1)
    for p in VERSIONS:
        idx, vals = lex.doc_vector(p.embed_text())
        vec = {
            "dense": rng.normal(size=inner.dim).tolist(),
            "xling": rng.normal(size=use.dim).tolist(),
            "lexical": qm.SparseVector(indices=idx, values=vals),
        }
        client.upsert("jingzhi", points=[qm.PointStruct(id=p.point_id, vector=vec, payload=passage_payload(p))])  # type: ignore[arg-type]
    client.close()
    (settings.legacy_store_path / MARKER).write_text(json.dumps({"jingzhi": meta}))
    svc = build_services(settings)
    try:
        assert svc.store.count() == 3 and svc.store.is_embedded
        [moved] = svc.store.retrieve([VERSIONS[0].point_id])
        assert moved.payload["article_id"] == VERSIONS[0].article_id
        assert svc.store.search_dense(rng.normal(size=use.dim).tolist(), None, 3, using="xling")  # xling came along
        assert (tmp_path / "qdrant.migrated").is_dir() and not settings.legacy_store_path.exists()
    finally:
        svc.close()


# -- re-indexing without downtime --------------------------------------------------------------
@pytest.mark.parametrize("kind", ["edge", "client"])
def test_rebuild_swaps_in_one_step_and_a_failed_one_changes_nothing(tmp_path: Path, kind: str) -> None:
    cfg = config(tmp_path) if kind == "edge" else config(tmp_path, local_path=str(tmp_path / "local"))
    store = opened(cfg)
    fill(store, VERSIONS[:1], tmp_path)
    with pytest.raises(RuntimeError, match="half way"), store.rebuild() as target:
        fill(target, VERSIONS, tmp_path)
        raise RuntimeError("half way")
    assert store.count() == 1
    with store.rebuild() as target:
        fill(target, VERSIONS[1:], tmp_path)
        assert store.count() == 1 and target.count() == 2  # searches still read the old data
        assert store.find_articles([f"{OLD}#第一条"], SearchFilters(in_force_only=False))
    assert store.count() == 2
    assert not store.find_articles([f"{OLD}#第一条"], SearchFilters(in_force_only=False))
    if isinstance(store, ClientStore):
        names = {c.name for c in store.client.get_collections().collections}
        assert names == {store.physical}  # the old physical collection is gone; the alias points here
        assert {a.alias_name: a.collection_name for a in store.client.get_aliases().aliases} == {
            "jingzhi": store.physical
        }
    else:
        shards = sorted(p.name for p in (tmp_path / "store").glob("shard-*"))
        assert shards == [json.loads((tmp_path / "store" / MARKER).read_text())["active"]]
    store.close()
    with opened(cfg) as again:  # the swap survives a restart
        assert again.count() == 2


def test_readers_wait_for_a_write_section(tmp_path: Path) -> None:
    store = opened(config(tmp_path))
    seen: list[int] = []
    inside = threading.Event()

    def read() -> None:
        inside.wait()
        seen.append(store.count())

    reader = threading.Thread(target=read)
    reader.start()
    with store.writing():
        fill(store, VERSIONS[:2], tmp_path)
        inside.set()
        time.sleep(0.3)
        fill(store, VERSIONS[2:], tmp_path)
    reader.join(timeout=10)
    assert seen == [3]  # never the half-written state (2)
    store.close()


@pytest.mark.parametrize("kind", ["edge", "client"])
def test_idf_cache_follows_the_store_generation(tmp_path: Path, kind: str) -> None:
    cfg = config(tmp_path) if kind == "edge" else config(tmp_path, local_path=":memory:")
    store = opened(cfg)
    fill(store, VERSIONS[:2], tmp_path)
    t = term_id("领事")
    unseen = store.idf(t)
    fill(store, VERSIONS[2:], tmp_path)
    seen = store.idf(t)
    assert seen < unseen  # the term now occurs: its IDF was re-read, not served from the cache
    assert seen == pytest.approx(np.log((3 - 1 + 0.5) / (1 + 0.5) + 1), rel=1e-5)
    store.close()


# -- the in-force window -----------------------------------------------------------------------
class Clock:
    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


def test_a_long_running_searcher_switches_versions_when_the_date_passes(tmp_path: Path) -> None:
    store = opened(config(tmp_path))
    fill(store, VERSIONS, tmp_path)
    clock = Clock(date(2025, 12, 31))
    lex = LexicalAnalyzer(cache_dir=tmp_path / "cache")
    searcher = HybridSearcher(store, EMB, lex, QueryAnalyzer(load_manifest()), clock=clock)
    question = "外国人非法居留的拘留"

    def current() -> list[str]:
        return [h.article_id for h in searcher.search(question, k=3).hits]

    assert current()[0] == f"{OLD}#第一条"
    assert all(h.in_force for h in searcher.search(question, k=3).hits)
    clock.day = date(2026, 1, 1)  # the same searcher object, the next day
    assert f"{OLD}#第一条" not in current() and current()[0] == f"{NEW}#第一条"
    # As-of searches are unaffected by the clock; the hit says the old text is no longer in force.
    past = searcher.search(question, k=3, filters=SearchFilters(as_of=date(2020, 1, 1))).hits
    assert [h.article_id for h in past] == [f"{OLD}#第一条"]
    everything = searcher.search(question, k=3, filters=SearchFilters(in_force_only=False)).hits
    assert {h.article_id: h.in_force for h in everything}[f"{OLD}#第一条"] is False
    store.close()


def test_the_window_is_built_per_query_in_the_engine(tmp_path: Path) -> None:
    store = opened(config(tmp_path))
    fill(store, VERSIONS, tmp_path)
    vec = EMB.embed_queries(["外国人非法居留"])[0]
    day1 = SearchFilters().conditions(today=date(2025, 6, 1))
    day2 = SearchFilters().conditions(today=date(2026, 6, 1))
    a, b = store.candidates([CandidateQuery.nearest(vec, day1, 5), CandidateQuery.nearest(vec, day2, 5)])
    assert {c.id for c in a} == {VERSIONS[0].point_id}
    assert {c.id for c in b} == {VERSIONS[1].point_id, VERSIONS[2].point_id}
    store.close()


def test_os_pid_in_lock_file_while_open(tmp_path: Path) -> None:
    store = opened(config(tmp_path))
    assert (tmp_path / "store" / ".lock").read_text().split()[0] == str(os.getpid())
    store.close()
    assert (tmp_path / "store" / ".lock").read_text() == ""


# -- labels rewritten in place (the annotators' workbench) -------------------------------------
def _case(article: str, text: str, case_type: str, paragraph: int | None = None) -> Passage:
    return Passage(
        source="local/abc/工地纠纷.md", doc_type=DocType.CASE, law="工地纠纷", short="工地纠纷", version="",
        article=article, article_no=1, text=text, paragraphs=[text], paragraph=paragraph,
        labels=[Label(kind="case_type", value=case_type, confidence=0.6, provenance=Provenance.RULE)],
    )  # fmt: skip


CASES = [
    _case("案情", "一名外籍务工人员反映雇主拖欠工资三个月。", "劳务纠纷"),
    _case("案情", "一名外籍务工人员反映雇主拖欠工资三个月。", "劳务纠纷", paragraph=1),
    _case("处置", "民警告知其向劳动保障部门投诉。", "劳务纠纷"),
]


def _label_run(store: QdrantStore, tmp: Path) -> dict[str, Any]:
    """Write the cases, relabel one passage in place, and report what both engines must agree on."""
    fill(store, CASES, tmp)
    before = {p.id: p.dense for p in store.scroll(with_vectors=True)}
    target = f"{CASES[0].source}#案情"
    points = store.points_of_article(target)
    labels = [{"kind": "case_type", "value": "诈骗", "confidence": 1.0, "provenance": "human", "annotator": "ann"}]
    store.set_payload([p.id for p in points], label_payload(labels))
    vec = EMB.embed_queries(["拖欠工资"])[0]

    def found(case_type: str) -> set[str]:
        hits = store.search_dense(vec, SearchFilters(case_types=[case_type], in_force_only=False), 10)
        points = store.retrieve([i for i, _ in hits])
        return {f"{p.payload['article_id']}/{p.payload.get('paragraph')}" for p in points}

    after = {p.id: p.dense for p in store.scroll(with_vectors=True)}
    whole = sorted(str(p.payload["article_id"]) for p in store.whole_passages(["case"], payload_fields=["article_id"]))
    return {
        "points_of_article": len(points),
        "fraud": found("诈骗"),
        "labour": found("劳务纠纷"),
        "vectors_kept": before.keys() == after.keys()
        and all(np.allclose(before[k] or [], after[k] or []) for k in before),
        "labels": [p.payload["labels"] for p in store.points_of_article(target)],
        "whole": whole,
        "count": store.count(),
    }


def test_a_label_change_in_place_is_searched_at_once_and_alike_in_both_engines(tmp_path: Path) -> None:
    results = {}
    for kind in ("edge", "client"):
        cfg = config(tmp_path / kind) if kind == "edge" else config(tmp_path / kind, local_path=":memory:")
        store = opened(cfg)
        try:
            results[kind] = _label_run(store, tmp_path / kind)
        finally:
            store.close()
    edge = results["edge"]
    assert edge == results["client"]
    target = f"{CASES[0].source}#案情"
    assert edge["points_of_article"] == 2  # the whole passage and its paragraph point
    assert edge["fraud"] == {f"{target}/None", f"{target}/1"}  # served by the filter at once
    assert edge["labour"] == {f"{CASES[0].source}#处置/None"}  # the old label no longer matches
    assert edge["vectors_kept"] and edge["count"] == 3  # no point added, no vector rewritten
    assert all(lbs[0]["annotator"] == "ann" for lbs in edge["labels"])
    assert edge["whole"] == sorted([target, f"{CASES[0].source}#处置"])  # paragraph points left out
