"""Drill grader benchmark: tuning plans and held-out plans side by side.

    .venv/bin/python scripts/bench_drills.py [--data-dir DIR] [--forbidden PATH] [--tune-grid]

For each split: the share of same-drill pairs ranked good > partial > violating, the share of
expected forbidden actions flagged (with their article), forbidden actions flagged in plans that
have none, and grading time per plan (p50/p95, no LLM). ``--tune-grid`` searches the grader
thresholds on the TUNING plans only and prints the held-out figures of the chosen setting once.
The drills are eval/data/drills/drills.toml, built from library steps exactly as
``POST /v1/drills {"scenario", "steps"}`` builds them.
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import tempfile
import time
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api.config import Settings  # noqa: E402
from api.services import build_services  # noqa: E402
from training.drills import Drill, DrillGrader, GraderSettings, drill_from_sop, sop_from_library  # noqa: E402
from training.forbidden import FORBIDDEN, load_forbidden  # noqa: E402

DATA = ROOT / "eval" / "data" / "drills"
ORDER = {"good": 2, "partial": 1, "violating": 0}


def load_plans(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def measure(grader: DrillGrader, drills: dict[str, Drill], plans: list[dict[str, Any]]) -> dict[str, float]:
    scores: dict[str, float] = {}
    times: list[float] = []
    flagged = expected = false_flags = clean = 0
    for p in plans:
        t = time.perf_counter()
        g = grader.grade(drills[p["drill"]], p["plan"])
        times.append(time.perf_counter() - t)
        scores[p["id"]] = g.score
        got = {v.id for v in g.violations if v.citation.article}
        for vid in p["violations"]:
            expected += 1
            flagged += vid in got
        if not p["violations"]:
            clean += 1
            false_flags += bool(got)
    right = total = 0
    for a, b in itertools.combinations(plans, 2):
        if a["drill"] != b["drill"] or a["label"] == b["label"]:
            continue
        hi, lo = (a, b) if ORDER[a["label"]] > ORDER[b["label"]] else (b, a)
        total += 1
        right += scores[hi["id"]] > scores[lo["id"]]
    times.sort()
    return {
        "pairs_ranked": right / total if total else 0.0,
        "pairs": total,
        "violations_flagged": flagged / expected if expected else 1.0,
        "expected_violations": expected,
        "false_flag_rate": false_flags / clean if clean else 0.0,
        "p50_ms": 1000 * statistics.median(times),
        "p95_ms": 1000 * times[int(0.95 * (len(times) - 1))],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--data-dir", type=Path, default=None, help="an ingested data dir (default: ingest into a temp dir)"
    )
    ap.add_argument("--forbidden", type=Path, default=FORBIDDEN)
    ap.add_argument("--tune-grid", action="store_true")
    ap.add_argument("--tuning-only", action="store_true", help="print the tuning plans' figures only (while choosing)")
    args = ap.parse_args()
    tmp = None
    if args.data_dir is None:
        tmp = tempfile.TemporaryDirectory()
        args.data_dir = Path(tmp.name)
    svc = build_services(Settings(data_dir=args.data_dir))
    if svc.store.count() == 0:
        print("ingesting the bundled corpus …", file=sys.stderr)
        svc.pipeline().run()
    forbidden = load_forbidden(args.forbidden)
    generator = svc.sop_generator()
    spec = tomllib.loads((DATA / "drills.toml").read_text(encoding="utf-8"))
    drills = {}
    for d in spec["drill"]:
        sop = sop_from_library(generator, d["scenario"], d["steps"], d["case_types"])
        drills[d["key"]] = drill_from_sop(sop, forbidden, scene=d["scenario"], scene_source="written")
    tune, held = load_plans("tune.jsonl"), load_plans("heldout.jsonl")
    grader = DrillGrader(svc.embedder, svc.lexical, forbidden)
    grader.grade(drills["drunk"], "热身")  # load the models before timing
    settings = grader.settings
    if args.tune_grid:
        best: tuple[float, GraderSettings] | None = None
        for lo, hi, lw, vf in itertools.product(
            (0.80, 0.82, 0.84, 0.86), (0.88, 0.90, 0.92, 0.94), (0.6, 0.75, 0.9), (0.3, 0.5)
        ):
            if hi <= lo:
                continue
            trial = replace(settings, dense_lo=lo, dense_hi=hi, lexical_weight=lw, violation_factor=vf)
            g = DrillGrader(svc.embedder, svc.lexical, forbidden, trial)
            m = measure(g, drills, tune)
            if best is None or m["pairs_ranked"] > best[0]:
                best = (m["pairs_ranked"], trial)
        assert best is not None
        settings = best[1]
        print(f"chosen on tuning plans: {settings}")
        grader = DrillGrader(svc.embedder, svc.lexical, forbidden, settings)
    rows = {"tuning (90)": measure(grader, drills, tune)}
    if not args.tuning_only:
        rows["held-out (150)"] = measure(grader, drills, held)
    print(f"forbidden actions: {args.forbidden}")
    print(f"grader: {settings}")
    print(f"{'metric':24}" + "".join(f"{k:>18}" for k in rows))
    for key in next(iter(rows.values())):
        print(f"{key:24}" + "".join(f"{v[key]:>18.3f}" for v in rows.values()))
    for split, plans in (("tuning", tune), ("held-out", held)):
        if split == "held-out" and args.tuning_only:
            break
        for key in drills:
            m = measure(grader, drills, [p for p in plans if p["drill"] == key])
            print(
                f"{split:9} {key:9} pairs {m['pairs_ranked']:.3f}  flagged {m['violations_flagged']:.3f}  "
                f"false flags {m['false_flag_rate']:.3f}"
            )
    svc.close()
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
