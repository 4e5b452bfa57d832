"""Workbench timings over the whole bundled corpus: building the annotation queue, one label change
in place (engine payload + history), a label-filtered search right after it, publishing one
curated Q&A entry. Prints numbers; no asserts.

    JINGZHI_DATA_DIR=/tmp/bench-workbench .venv/bin/python scripts/bench_workbench.py
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from api.config import Settings
from api.services import build_services
from api.workbench.labels import LabelInput
from api.workbench.qa import QaInput
from retrieval.filters import SearchFilters


def timed(fn, runs: int = 5) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    out = None
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples), out


def main() -> None:
    data = Path(os.environ.get("JINGZHI_DATA_DIR", "/tmp/bench-workbench"))
    svc = build_services(Settings(data_dir=data))
    try:
        if svc.store.count() == 0:
            t0 = time.perf_counter()
            svc.pipeline().run()
            print(f"ingest of the bundled corpus: {time.perf_counter() - t0:.1f} s")
        print(f"points: {svc.store.count()}")
        review = svc.label_review()
        svc.searcher()
        ms, items = timed(lambda: review.queue("bench", limit=50))
        n = len(review._passages())
        print(f"queue (limit 50) over {n} case/note passages: median {ms:.0f} ms")
        assert isinstance(items, list) and items
        case = next(i for i in items if i["doc_type"] == "case")
        values = ["诈骗", "涉外盗窃"]
        k = iter(range(1000))

        def change() -> object:
            v = values[next(k) % 2]
            return review.change(case["id"], [LabelInput("case_type", v)], "bench", "benchmark")

        ms, _ = timed(change)
        print(f"label change in place (validate + set_payload + history): median {ms:.0f} ms")
        searcher = svc.searcher()
        flt = SearchFilters(doc_types=[], case_types=["诈骗"])
        ms, _ = timed(lambda: searcher.search("外国人被骗钱", k=10, filters=flt))
        print(f"label-filtered search after the change: median {ms:.0f} ms")
        book = svc.qa_book()
        entry = book.create(
            QaInput(
                question="基准测试：外国人护照遗失如何报告？",
                answer="基准测试条目。",
                articles=["laws_cn/出境入境管理法_2012.md#第七十八条"],
            ),
            "bench",
        )
        t0 = time.perf_counter()
        book.review(int(entry["id"]), "bench-reviewer")
        print(f"Q&A review + publish (embed one entry): {(time.perf_counter() - t0) * 1000:.0f} ms")
        t0 = time.perf_counter()
        svc.searcher()
        print(f"searcher refresh after publishing: {(time.perf_counter() - t0) * 1000:.0f} ms")
        book.review(int(entry["id"]), "bench-reviewer", approve=False)  # leave nothing served
    finally:
        svc.close()


if __name__ == "__main__":
    main()
