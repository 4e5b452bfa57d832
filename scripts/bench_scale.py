"""Scale benchmark: the bundled corpus plus N synthetic passages in the embedded engine.

    .venv/bin/python scripts/bench_scale.py --points 100000 --json
    .venv/bin/python scripts/bench_scale.py --points 1000000 --quantization int8 --vectors-on-disk --json

Prints one JSON line with exactly these keys (details go to stderr):

* ``points`` / ``small_points``: points in the store with / without the synthetic ones;
* ``search_p50_ms`` / ``search_p95_ms`` / ``small_search_p95_ms``: ``HybridSearcher.search`` as the
  server configures it (query analysis, glossary, both lanes' dense, cross-lingual and lexical
  candidates from the engine in one batch, fusion, article fetch, relevance features) over the
  dev and police questions, with the query vectors computed once beforehand so that the figure
  is the search, not the embedding model;
* ``recall_at_10_vs_exact``: mean overlap of the engine's HNSW top 10 with its exact top 10, for
  each question's dense query under the default filters (laws and treaties in force today); the
  cross-lingual vector's figure goes to stderr;
* ``rss_mb``: peak resident memory of a real ``jingzhi serve`` on the store after 30 searches;
* ``engine``: the engine and its settings;
* ``ingest_points_per_s``: synthetic points written per second, index build (optimize) included;
* ``startup_s``: from starting ``jingzhi serve`` on the store to its first 200 on /healthz.

Synthetic passages have the bundled payload shape (source, article, article_id, doc_type, role,
effective / superseded_on dates, case types, nationalities, legal clauses, a real article's text)
and vectors near real ones: a bundled dense vector plus Gaussian noise (cosine ≈ 0.9 to it), and
most of a bundled sparse vector's terms plus a few others, so the neighbourhoods are as crowded as
real text makes them. Figures go into docs/benchmarks.md by hand, with this command.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchserver import BenchServer  # noqa: E402

from api.config import Settings  # noqa: E402
from api.services import Services, build_services  # noqa: E402
from corpus.schema.taxonomy import CASE_TYPES  # noqa: E402
from eval.datasets import load_items  # noqa: E402
from retrieval.engine import CandidateQuery  # noqa: E402
from retrieval.filters import SearchFilters  # noqa: E402
from retrieval.search import HybridSearcher  # noqa: E402
from retrieval.store import PointData  # noqa: E402

QUESTIONS = [ROOT / "eval" / "data" / "legal_dev.jsonl", ROOT / "eval" / "data" / "police_scenarios.jsonl"]
COUNTRIES = ["Russia", "Nigeria", "United States", "Japan", "Korea, South", "Germany", "France", "Pakistan"]


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def pct(values: Sequence[float], q: float) -> float:
    return round(float(np.percentile(values, q)), 3)


class MemoEmbedder:
    """The store's embedder with query vectors computed once (the benchmark times the search)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.memo: dict[str, np.ndarray] = {}

    @property
    def name(self) -> str:
        return str(self.inner.name)

    @property
    def dim(self) -> int:
        return int(self.inner.dim)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        missing = [t for t in texts if t not in self.memo]
        if missing:
            for t, v in zip(missing, self.inner.embed_queries(missing), strict=True):
                self.memo[t] = v
        return np.vstack([self.memo[t] for t in texts])

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray(self.inner.embed_passages(texts))


def time_searches(svc: Services, memo: MemoEmbedder, xmemo: MemoEmbedder | None, questions: list[str]) -> list[float]:
    """The service's searcher as configured (every lane, the relevance model, the district prior)
    with memoised query vectors."""
    base = svc.searcher()
    searcher = HybridSearcher(
        svc.store,
        memo,
        base.lexical,
        base.analyzer,
        base.config,
        base.glossary,
        base.district_prior,
        base.relevance,
        xmemo,
    )
    for q in questions:  # warm up: fill the memo, touch the engine's pages
        searcher.search(q, k=10)
    out = []
    for q in questions:
        t = time.perf_counter()
        searcher.search(q, k=10)
        out.append((time.perf_counter() - t) * 1000)
    return out


def recall_vs_exact(
    svc: Services, memo: MemoEmbedder, questions: list[str], using: Literal["dense", "xling"] = "dense"
) -> float:
    """Mean overlap of the HNSW top 10 with the exact top 10 of one dense vector's query."""
    overlaps = []
    for q in questions:
        vec = memo.embed_queries([q])[0]
        must = SearchFilters().conditions()
        approx, exact = svc.store.candidates(
            [
                CandidateQuery.nearest(vec, must, 10, using=using),
                CandidateQuery.nearest(vec, must, 10, exact=True, using=using),
            ]
        )
        if exact:
            overlaps.append(len({c.id for c in approx} & {c.id for c in exact}) / len(exact))
    return round(float(np.mean(overlaps)), 4)


def synthetic(svc: Services, n: int, batch: int, seed: int = 7) -> tuple[float, float]:
    """Write ``n`` synthetic points; returns (upsert seconds, optimize seconds)."""
    rng = np.random.default_rng(seed)
    real = [p for p in svc.store.scroll(with_vectors=True) if p.dense is not None and p.sparse is not None]
    dense = np.asarray([p.dense for p in real], dtype=np.float32)
    dense /= np.linalg.norm(dense, axis=1, keepdims=True)
    xling = None
    if svc.store.has_xling:  # the cross-lingual vector, made the same way
        xling = np.asarray([p.xling for p in real], dtype=np.float32)
        xling /= np.linalg.norm(xling, axis=1, keepdims=True)
    vocab = np.unique(np.concatenate([np.asarray(p.sparse[0], dtype=np.int64) for p in real if p.sparse]))
    texts = [str(p.payload.get("text", ""))[:400] for p in real]
    case_types = [c.name for c in CASE_TYPES]
    dim = dense.shape[1]
    t_upsert = 0.0
    written = 0
    while written < n:
        m = min(batch, n - written)
        base = rng.integers(0, len(real), m)
        vecs = dense[base] + rng.normal(0, 0.5 / np.sqrt(dim), (m, dim)).astype(np.float32)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        xvecs = None
        if xling is not None:
            xdim = xling.shape[1]
            xvecs = xling[base] + rng.normal(0, 0.5 / np.sqrt(xdim), (m, xdim)).astype(np.float32)
            xvecs /= np.linalg.norm(xvecs, axis=1, keepdims=True)
        points = []
        for j in range(m):
            i = written + j
            src = real[int(base[j])]
            assert src.sparse is not None
            idx, val = np.asarray(src.sparse[0]), np.asarray(src.sparse[1])
            keep = rng.random(len(idx)) < 0.7
            extra = rng.choice(vocab, 3)
            terms = dict(zip(idx[keep].tolist(), val[keep].tolist(), strict=True))
            for t in extra.tolist():
                terms.setdefault(int(t), 1.0)
            kind = rng.random()
            doc_type = "law" if kind < 0.5 else "case" if kind < 0.85 else "treaty" if kind < 0.95 else "taboo"
            source = f"synthetic/{doc_type}_{i // 200:05d}.md"
            article = f"第{i % 200 + 1}条"
            superseded = doc_type == "law" and rng.random() < 0.1
            payload = {
                "source": source,
                "doc_type": doc_type,
                "law": f"合成{doc_type}{i // 200}",
                "short": f"合成{i // 200}",
                "version": "2020",
                "lang": "zh",
                "effective": int(rng.choice([19900101, 20050601, 20130701, 20200101])),
                "superseded_on": 20240101 if superseded else 99991231,
                "superseded_by": None,
                "path": ["第一章 总则"],
                "article": article,
                "article_no": i % 200 + 1,
                "article_id": f"{source}#{article}",
                "role": str(rng.choice(["offence", "procedure", "general"], p=[0.3, 0.2, 0.5])),
                "paragraph": None if rng.random() < 0.8 else 1,
                "text": texts[int(base[j])],
                "case_types": [str(rng.choice(case_types))] if doc_type == "case" else [],
                "taboo_categories": [],
                "legal_clauses": [str(src.payload.get("article_id"))] if doc_type == "case" else [],
                "nationalities": [str(rng.choice(COUNTRIES))] if doc_type == "case" else [],
                "labels": [],
                "synthetic": True,
            }
            pid = f"{(i + 1):032x}"
            points.append(
                PointData(
                    id=f"{pid[:8]}-{pid[8:12]}-{pid[12:16]}-{pid[16:20]}-{pid[20:]}",
                    dense=vecs[j].tolist(),
                    sparse=(list(terms), list(terms.values())),
                    payload=payload,
                    xling=xvecs[j].tolist() if xvecs is not None else None,
                )
            )
        t = time.perf_counter()
        svc.store.upsert_points(points)
        t_upsert += time.perf_counter() - t
        written += m
        if written % (batch * 10) == 0 or written == n:
            log(f"  {written}/{n} synthetic points written ({written / t_upsert:.0f} points/s upsert)")
    t = time.perf_counter()
    svc.store.optimize()
    t_opt = time.perf_counter() - t
    log(f"  index build (optimize) {t_opt:.1f} s; {svc.store.stats() if hasattr(svc.store, 'stats') else ''}")
    return t_upsert, t_opt


def serve_and_measure(data_dir: Path, env_extra: dict[str, str], questions: list[str]) -> tuple[float, float]:
    """(start-up seconds, peak RSS MB) of a real `jingzhi serve` on the store."""
    with BenchServer.start(data_dir, env_extra, args=["--no-ingest-if-empty"]) as srv:
        url, client = srv.url, srv.client
        for q in questions[:30]:
            client.post(url + "/v1/search", json={"question": q, "k": 10}).raise_for_status()
        asks = []
        for q in questions[:20]:  # the whole /v1/ask (embedding included), extractive mode
            t = time.perf_counter()
            client.post(url + "/v1/ask", json={"question": q}).raise_for_status()
            asks.append((time.perf_counter() - t) * 1000)
        log(f"/v1/ask over HTTP: p50 {pct(asks, 50)} ms, p95 {pct(asks, 95)} ms (20 questions, embedding included)")
        parts = srv.rss_parts_mb()
        log("resident now: " + ", ".join(f"{k} {v:.0f} MB" for k, v in parts.items()) + " (rss_mb is the peak, VmHWM)")
        return round(srv.ready_s, 2), round(srv.peak_rss_mb(), 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--points", type=int, required=True, help="synthetic passages to add")
    ap.add_argument(
        "--json", action="store_true", help="print the one JSON line (always printed; kept for the contract)"
    )
    ap.add_argument("--data-dir", type=Path, help="keep the store here (default: a temporary directory)")
    ap.add_argument("--quantization", choices=["none", "int8"], default="none")
    ap.add_argument("--vectors-on-disk", action="store_true", help="original dense vectors memory-mapped from disk")
    ap.add_argument("--hnsw-ef", type=int, default=None, help="search-time HNSW candidates (default: the setting's)")
    ap.add_argument("--batch", type=int, default=2000)
    args = ap.parse_args()
    if args.points < 0:
        ap.error(f"--points must be >= 0, got {args.points}")
    env = {"JINGZHI_QUANTIZATION": args.quantization, "JINGZHI_VECTORS_ON_DISK": str(args.vectors_on_disk).lower()}
    if args.hnsw_ef:
        env["JINGZHI_HNSW_EF"] = str(args.hnsw_ef)
    questions = [i.question for path in QUESTIONS for i in load_items(path)]
    with tempfile.TemporaryDirectory(prefix="jingzhi-scale-") as tmp:
        data_dir = args.data_dir or Path(tmp) / "data"
        for k, v in env.items():
            os.environ[k] = v
        settings = Settings(data_dir=data_dir)
        svc = build_services(settings)
        if svc.store.count() == 0:
            log("ingesting the bundled corpus (shipped vectors)")
            svc.pipeline().run()
            svc.store.optimize()
        small_points = svc.store.count()
        memo = MemoEmbedder(svc.embedder)
        xmemo = MemoEmbedder(svc.xling) if svc.xling is not None else None
        small = time_searches(svc, memo, xmemo, questions)
        log(f"bundled: {small_points} points, search p50 {pct(small, 50)} ms p95 {pct(small, 95)} ms")
        t_upsert, t_opt = synthetic(svc, args.points, args.batch) if args.points else (0.0, 0.0)
        points = svc.store.count()
        big = time_searches(svc, memo, xmemo, questions)
        recall = recall_vs_exact(svc, memo, questions)
        if xmemo is not None:
            log(f"recall@10 vs exact, cross-lingual vector: {recall_vs_exact(svc, xmemo, questions, 'xling')}")
        c = svc.store.config
        engine = (
            f"{svc.store.engine} (HNSW m={c.hnsw_m} ef_construct={c.hnsw_ef_construct} ef={c.hnsw_ef}, "
            f"full_scan_threshold={c.full_scan_threshold_kb} KB, quantization={c.quantization}, "
            f"vectors_on_disk={c.vectors_on_disk}, payload on disk; vectors dense {c.dim}-d"
            + (f" + xling {c.xling_dim}-d" if c.has_xling else "")
            + " + lexical sparse)"
        )
        svc.close()
        startup, rss = serve_and_measure(data_dir, env, questions)
        total = t_upsert + t_opt
        out = {
            "points": points,
            "small_points": small_points,
            "search_p50_ms": pct(big, 50),
            "search_p95_ms": pct(big, 95),
            "small_search_p95_ms": pct(small, 95),
            "recall_at_10_vs_exact": recall,
            "rss_mb": rss,
            "engine": engine,
            "ingest_points_per_s": round(args.points / total, 1) if total else None,
            "startup_s": startup,
        }
        log(f"upsert {t_upsert:.1f} s, optimize {t_opt:.1f} s")
        print(json.dumps(out, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
