"""Answer quality on every golden set, tuning splits and held-apart splits side by side.

Prints, per set and split: Recall@10, MRR@10, the share of answers citing a gold article, the share
whose first citation is gold, the share of cited articles that are gold, false abstentions on
answerable items and abstentions on unanswerable ones. Every tuned value is chosen on the ``dev``
(and ``calibration``) rows; the ``test`` (and ``holdout``) rows are the figures to report.

    .venv/bin/python scripts/bench_quality.py                       # the full system
    .venv/bin/python scripts/bench_quality.py --variants full,no-glossary,plain-dense
    .venv/bin/python scripts/bench_quality.py --json > /tmp/quality.json

Asserts nothing; figures go into docs/benchmarks.md with the command that produced them.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from answer.extractive import ExtractiveAnswerer  # noqa: E402
from api.config import Settings  # noqa: E402
from api.services import Services, build_services  # noqa: E402
from eval.datasets import DATA_DIR, GoldItem, load_items  # noqa: E402
from eval.runner import EvalRun, Evaluator, counterparts_from_store  # noqa: E402
from guardrails.citations import CitationVerifier  # noqa: E402
from retrieval.query import detect_language  # noqa: E402
from retrieval.search import HybridSearcher, SearchConfig  # noqa: E402

#: (file, keep only items whose gold is in the corpus)
SETS = {
    "legal_dev": ("legal_dev.jsonl", True),
    "police_scenarios": ("police_scenarios.jsonl", False),
    "police_unseen": ("police_unseen.jsonl", False),
    "multilingual": ("multilingual.jsonl", False),
    "stard": ("stard.jsonl", False),
    "unanswerable": ("unanswerable.jsonl", False),
    "out_of_corpus": ("out_of_corpus.jsonl", False),
}
COLUMNS = [
    ("n", "n"),
    ("recall@10", "R@10"),
    ("mrr@10", "MRR"),
    ("cited_gold", "cites gold"),
    ("first_cited_gold", "1st gold"),
    ("citation_precision", "cited∈gold"),
    ("false_abstention", "false abst"),
    ("abstained", "abstained"),
    ("needs_named", "names law"),
]


def load_sets(names: list[str]) -> list[tuple[str, list[GoldItem]]]:
    out = []
    for name in names:
        file, gold_only = SETS[name]
        path = DATA_DIR / file
        if not path.exists():
            print(f"skipping {name}: {path} does not exist", file=sys.stderr)
            continue
        items = load_items(path)
        out.append((name, [i for i in items if i.gold_ids] if gold_only else items))
    return out


def variant_searcher(svc: Services, name: str) -> HybridSearcher:
    """The configured searcher, or an ablation of it."""
    base = svc.searcher()
    if name == "full":
        return base
    cfg = base.config
    plain = SearchConfig(offence_lane_weight=0, offence_lane_weight_other=0, law_boost=0, expand_dense=False)
    variants: dict[str, tuple[SearchConfig, bool]] = {
        "no-glossary": (replace(cfg, expand_dense=False), False),
        "no-xling": (replace(cfg, xling_weight=0.0), True),
        "no-rerank": (replace(cfg, rerank_depth=0), True),
        "plain-rrf": (plain, False),
        "no-lane": (replace(cfg, offence_lane_weight=0, offence_lane_weight_other=0), True),
    }
    if name == "plain-dense":
        return PlainDense(base.backend, base.embedder, base.lexical, base.analyzer, plain, None, base.district_prior)
    if name not in variants:
        raise SystemExit(f"unknown variant {name!r}; known: full, plain-dense, {', '.join(variants)}")
    config, glossary = variants[name]
    return HybridSearcher(
        base.backend,
        base.embedder,
        base.lexical,
        base.analyzer,
        config,
        base.glossary if glossary else None,
        base.district_prior,
        base.relevance,
        base.xling,
    )


class PlainDense(HybridSearcher):
    """Plain per-article dense search: no references, lanes, glossary or lexical retrieval."""

    def search(self, question: str, k: int = 10, **kwargs: Any) -> Any:
        kwargs.update(mode="dense", use_references=False)
        return super().search(question, k, **kwargs)


def run_variant(svc: Services, name: str, sets: list[tuple[str, list[GoldItem]]]) -> EvalRun:
    searcher = variant_searcher(svc, name)
    answerer = svc.answerer() if name == "full" else ExtractiveAnswerer(searcher)
    verifier = CitationVerifier(
        svc.lexical, svc.embedder, idf=svc.term_weight, glossary=searcher.glossary, language=detect_language
    )
    evaluator = Evaluator(searcher, answerer, verifier, counterparts_from_store(svc.store), ragas=False)
    return evaluator.run(sets)


def table(run: EvalRun) -> str:
    rows = run.by_tag.get("dataset_split", {})
    head = f"{'set/split':28s}" + "".join(f"{label:>11s}" for _, label in COLUMNS)
    lines = [head, "-" * len(head)]
    for key, row in rows.items():
        cells = []
        for metric, _ in COLUMNS:
            v = row.get(metric)
            cells.append(f"{'–':>11s}" if v is None else (f"{int(v):>11d}" if metric == "n" else f"{v:>11.3f}"))
        lines.append(f"{key:28s}" + "".join(cells))
    for group, agg in run.splits.items():
        lines.append(
            f"{'ALL ' + group:28s}"
            + "".join(
                f"{'':>11s}"
                if metric == "n"
                else (f"{agg[metric]:>11.3f}" if agg.get(metric) is not None else f"{'–':>11s}")
                for metric, _ in COLUMNS
            )
        )
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, default=Path("/tmp/jingzhi-bench-data"))
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--variants", default="full")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    svc = build_services(Settings(data_dir=args.data_dir))
    if svc.store.count() == 0:
        t = time.perf_counter()
        svc.pipeline().run()
        print(f"ingested the bundled corpus into {args.data_dir} in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    sets = load_sets(args.sets.split(","))
    out: dict[str, Any] = {}
    try:
        for name in args.variants.split(","):
            t = time.perf_counter()
            run = run_variant(svc, name, sets)
            out[name] = {"by_set": run.by_tag.get("dataset_split", {}), "splits": run.splits}
            if not args.json:
                print(f"\n== {name} ({time.perf_counter() - t:.0f} s)")
                print(table(run))
    finally:
        svc.close()
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
