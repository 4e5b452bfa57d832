"""Search-only tuning loop on the DEV splits: Recall@10 / MRR@10 per set for search configurations.

Held-apart splits are never read unless ``--split test`` is given, which is for the final report of a
choice already made (the command is then printed in docs/benchmarks.md). Query vectors are cached in
``--memo`` so repeated runs spend their time on retrieval only.

    .venv/bin/python scripts/tune_search.py                                  # the default config
    .venv/bin/python scripts/tune_search.py --grid lexical_weight=0.5,1.0 rrf_k=30,60
    .venv/bin/python scripts/tune_search.py --no-glossary --mode dense
"""

from __future__ import annotations

import argparse
import itertools
import logging
import sys
import time
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api.config import Settings  # noqa: E402
from api.services import build_services  # noqa: E402
from eval.datasets import DATA_DIR, GoldItem, load_items  # noqa: E402
from eval.metrics import mrr_at, recall_at  # noqa: E402
from eval.runner import HELDOUT_SPLITS, counterparts_from_store  # noqa: E402
from retrieval.filters import SearchFilters  # noqa: E402
from retrieval.search import HybridSearcher, SearchConfig  # noqa: E402

SETS = {
    "legal_dev": "legal_dev.jsonl",
    "police_scenarios": "police_scenarios.jsonl",
    "police_unseen": "police_unseen.jsonl",
    "multilingual": "multilingual.jsonl",
    "stard": "stard.jsonl",
}


class DiskMemo:
    """Query vectors cached on disk by text."""

    def __init__(self, inner: Any, path: Path) -> None:
        self.inner, self.path = inner, path
        self.name, self.dim = inner.name, inner.dim
        self.memo: dict[str, np.ndarray] = {}
        if path.exists():
            data = np.load(path, allow_pickle=True)
            self.memo = dict(zip(data["texts"].tolist(), data["vectors"], strict=True))
        self.dirty = False

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        missing = [t for t in texts if t not in self.memo]
        if missing:
            for t, v in zip(missing, self.inner.embed_queries(missing), strict=True):
                self.memo[t] = v
            self.dirty = True
        return np.vstack([self.memo[t] for t in texts])

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self.inner.embed_passages(texts)

    def save(self) -> None:
        if self.dirty:
            np.savez(
                self.path, texts=np.array(list(self.memo), dtype=object), vectors=np.vstack(list(self.memo.values()))
            )


def items_for(split: str) -> list[tuple[str, list[GoldItem]]]:
    out = []
    for name, file in SETS.items():
        path = DATA_DIR / file
        if not path.exists():
            continue
        items = [i for i in load_items(path) if i.gold_ids]
        if split == "dev":
            items = [i for i in items if str(i.tags.get("split", "dev")) not in HELDOUT_SPLITS]
        else:
            items = [i for i in items if str(i.tags.get("split", "")) in HELDOUT_SPLITS]
        if items:
            out.append((name, items))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, default=Path("/tmp/jingzhi-bench-data"))
    ap.add_argument("--memo", type=Path, default=Path("/tmp/jingzhi-query-vectors.npz"))
    ap.add_argument("--split", choices=["dev", "test"], default="dev")
    ap.add_argument("--grid", nargs="*", default=[], help="SearchConfig field=v1,v2,… (cartesian product)")
    ap.add_argument("--mode", default="hybrid", choices=["hybrid", "dense", "lexical"])
    ap.add_argument("--no-glossary", action="store_true")
    ap.add_argument("--no-refs", action="store_true")
    ap.add_argument("--rerank", action="store_true", help="rerank with the profile's relevance model")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    svc = build_services(Settings(data_dir=args.data_dir))
    base = svc.searcher()
    memo = DiskMemo(svc.embedder, args.memo)
    cp = counterparts_from_store(svc.store)
    sets = items_for(args.split)
    names = {f.name: f.type for f in fields(SearchConfig)}
    axes: list[list[tuple[str, Any]]] = []
    for spec in args.grid:
        key, _, values = spec.partition("=")
        if key not in names:
            raise SystemExit(f"unknown SearchConfig field {key!r}")
        kind = type(getattr(SearchConfig(), key))
        axes.append([(key, kind(v) if kind is not bool else v == "true") for v in values.split(",")])
    try:
        for combo in itertools.product(*axes) if axes else [()]:
            cfg = replace(base.config, **dict(combo))
            s = HybridSearcher(
                base.backend,
                memo,
                base.lexical,
                base.analyzer,
                cfg,
                None if args.no_glossary else base.glossary,
                base.district_prior,
                base.relevance if args.rerank else None,
                base.xling,
            )
            t = time.perf_counter()
            parts = []
            tot_r = tot_m = tot_n = 0.0
            for name, items in sets:
                r = m = 0.0
                for it in items:
                    gold = {cp.get(g, g) for g in it.gold_ids}
                    res = s.search(
                        it.question, k=10, filters=SearchFilters(), mode=args.mode, use_references=not args.no_refs
                    )
                    ranked = [h.article_id for h in res.hits]
                    r += recall_at(ranked, gold, 10)
                    m += mrr_at(ranked, gold, 10)
                parts.append(f"{name} {r / len(items):.3f}/{m / len(items):.3f}")
                tot_r, tot_m, tot_n = tot_r + r, tot_m + m, tot_n + len(items)
            label = " ".join(f"{k}={v}" for k, v in combo) or "default"
            print(
                f"{label:50s} ALL {tot_r / tot_n:.3f}/{tot_m / tot_n:.3f} | "
                + " | ".join(parts)
                + f"  ({time.perf_counter() - t:.0f} s)",
                flush=True,
            )
            memo.save()
    finally:
        memo.save()
        svc.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
