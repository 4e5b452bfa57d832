"""Drill grader benchmark: tuning plans and held-out plans side by side.

    .venv/bin/python scripts/bench_drills.py [--data-dir DIR] [--forbidden PATH] [--tune-grid]
        [--splits tuning,heldout,fresh] [--show-misses] [--repeat N]

Splits: tuning (tune.jsonl, 90 plans), held-out (heldout.jsonl, 150) and fresh held-out
(fresh.jsonl, 150, written for issue 16's second round before any detector change) and fresh2
(fresh2.jsonl, 150, written in the third round before the similarity lane existed; not in the
default splits: it is scored once, on request) and fresh3 (fresh3.jsonl, 150, written for the
fourth round by a helper session that read only the drills' steps and forbidden-action
descriptions, never the grader or the other plan sets) and fresh4 (fresh4.jsonl, 150, written
the same way for the fifth round, with more plans that mention a forbidden action negated or done
properly) and fresh5 (fresh5.jsonl, 150, written the same way for the sixth round while its
changes came from fresh4's misses) and fresh6 (fresh6.jsonl, 150, written the same way for the seventh
round while its changes came from fresh5's misses). For each
split: the share of same-drill pairs ranked good > partial > violating, the share of
expected forbidden actions flagged (with their article), forbidden actions flagged in plans that
have none, and grading time per plan (p50/p95, no LLM). ``--tune-grid`` searches the grader
thresholds on the TUNING plans only and prints the held-out figures of the chosen setting once.
``--tune-semantic`` chooses the similarity lane's bar and margin on the TUNING plans only, judging
the lane alone (its own share of expected actions found, and plans without one that it flags):
the highest lane-alone share among settings that flag no clean tuning plan, ties to the higher bar
and margin; then every chosen split is measured with both lanes at that setting.
``--show-misses`` lists the tuning plans' missed and false violations (tuning only, by design: the
held-out splits are scored, never inspected); ``--show-misses-of fresh2`` lists those of sets
already scored (burnt), which is where a new round's changes may come from. Latency: every plan
is graded ``--repeat`` times (default 1) and p50/p95 are over all gradings; the first grading of
each drill embeds its steps (then cached), so a warm-up grading of every drill precedes the timings.
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
from training.drills import Drill, DrillGrader, GraderSettings, check_plan, drill_from_sop, sop_from_library  # noqa: E402
from training.forbidden import FORBIDDEN, load_forbidden  # noqa: E402

DATA = ROOT / "eval" / "data" / "drills"
ORDER = {"good": 2, "partial": 1, "violating": 0}
#: split -> (file, label)
SPLITS = {
    "tuning": ("tune.jsonl", "tuning"),
    "heldout": ("heldout.jsonl", "held-out"),
    "fresh": ("fresh.jsonl", "fresh held-out"),
    "fresh2": ("fresh2.jsonl", "fresh2 held-out"),
    "fresh3": ("fresh3.jsonl", "fresh3 held-out"),
    "fresh4": ("fresh4.jsonl", "fresh4 held-out"),
    "fresh5": ("fresh5.jsonl", "fresh5 held-out"),
    "fresh6": ("fresh6.jsonl", "fresh6 held-out"),
    "fresh7": ("fresh7.jsonl", "fresh7 held-out"),
}
#: Sets already scored: their misses may be read (the fourth round's cue changes came from fresh2's,
#: the fifth round's from fresh3's, the sixth round's from fresh4's).
BURNT = ("tuning", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7")


def load_plans(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def measure(
    grader: DrillGrader,
    drills: dict[str, Drill],
    plans: list[dict[str, Any]],
    repeat: int = 1,
    misses: list[str] | None = None,
) -> dict[str, float]:
    scores: dict[str, float] = {}
    times: list[float] = []
    flagged = expected = false_flags = clean = 0
    for p in plans:
        for _ in range(repeat):
            t = time.perf_counter()
            g = grader.grade(drills[p["drill"]], p["plan"])
            times.append(time.perf_counter() - t)
        scores[p["id"]] = g.score
        got = {v.id for v in g.violations if v.citation.article}
        for vid in p["violations"]:
            expected += 1
            flagged += vid in got
            if misses is not None and vid not in got:
                misses.append(f"missed {vid:28} {p['id']}: {p['plan']}")
        if not p["violations"]:
            clean += 1
            false_flags += bool(got)
            if misses is not None and got:
                why = "; ".join(f"{v.id} by {v.found_by}: {v.clause}" for v in g.violations if v.citation.article)
                misses.append(f"false {sorted(got)} {p['id']}: {p['plan']}\n    flagged: {why}")
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


def tune_semantic(grader: DrillGrader, drills: dict[str, Drill], tune: list[dict[str, Any]]) -> tuple[float, float]:
    """The similarity lane's (bar, margin) from the tuning plans alone (see the module docstring)."""
    judged = []
    for p in tune:
        drill = drills[p["drill"]]
        embedded = grader._units(check_plan(p["plan"]))
        judged.append((p, grader.similarity_margins(drill, embedded)))
    best: tuple[float, float, float] | None = None
    for bar, margin in itertools.product(
        (0.80, 0.82, 0.84, 0.85, 0.86, 0.87, 0.88, 0.89, 0.90), (-0.01, 0.0, 0.005, 0.01, 0.015, 0.02, 0.03)
    ):
        found = expected = false_plans = 0
        for p, rows in judged:
            flagged = {fid for fid, _, sim, m in rows if sim >= bar and m >= margin}
            expected += len(p["violations"])
            found += len(flagged & set(p["violations"]))
            false_plans += not p["violations"] and bool(flagged)
        if false_plans:
            continue
        key = (found / expected if expected else 0.0, bar, margin)
        if best is None or key > best:
            best = key
        print(f"  bar {bar:.3f} margin {margin:+.3f}: lane alone finds {found}/{expected}, flags no clean plan")
    if best is None:
        raise SystemExit("no similarity setting flags zero clean tuning plans")
    return best[1], best[2]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--data-dir", type=Path, default=None, help="an ingested data dir (default: ingest into a temp dir)"
    )
    ap.add_argument("--forbidden", type=Path, default=FORBIDDEN)
    ap.add_argument("--tune-grid", action="store_true")
    ap.add_argument("--tune-semantic", action="store_true", help="choose the similarity lane on tuning plans")
    ap.add_argument("--no-semantic", action="store_true", help="rules lane only (the default since round 8)")
    ap.add_argument(
        "--semantic", action="store_true", help="the similarity lane on at 0.87 / 0.01 (the default before round 8)"
    )
    ap.add_argument("--tuning-only", action="store_true", help="print the tuning plans' figures only (while choosing)")
    ap.add_argument("--splits", default="tuning,heldout,fresh", help="comma-separated: tuning, heldout, fresh")
    ap.add_argument("--show-misses", action="store_true", help="list the TUNING plans' missed and false violations")
    ap.add_argument(
        "--show-misses-of",
        default="",
        help=f"comma-separated burnt splits whose misses to list ({', '.join(BURNT)}); never an unscored set",
    )
    ap.add_argument("--repeat", type=int, default=1, help="grade every plan N times for the latency figures")
    args = ap.parse_args()
    chosen = ["tuning"] if args.tuning_only else [x.strip() for x in args.splits.split(",") if x.strip()]
    unknown = sorted(set(chosen) - set(SPLITS))
    if unknown:
        ap.error(f"unknown splits {unknown}; choose from {sorted(SPLITS)}")
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
    plans = {name: load_plans(SPLITS[name][0]) for name in chosen}
    tune = load_plans("tune.jsonl")
    grader = DrillGrader(svc.embedder, svc.lexical, forbidden)
    for drill in drills.values():  # load the models and embed each drill's steps before timing
        grader.grade(drill, "热身")
    settings = grader.settings
    if args.no_semantic:
        settings = replace(settings, semantic_bar=None)
        grader = DrillGrader(svc.embedder, svc.lexical, forbidden, settings)
    if args.semantic:
        settings = replace(settings, semantic_bar=0.87, semantic_margin=0.01)
        grader = DrillGrader(svc.embedder, svc.lexical, forbidden, settings)
    if args.tune_semantic:
        bar, margin = tune_semantic(grader, drills, tune)
        settings = replace(settings, semantic_bar=bar, semantic_margin=margin)
        print(f"similarity lane chosen on tuning plans: bar {settings.semantic_bar}, margin {settings.semantic_margin}")
        grader = DrillGrader(svc.embedder, svc.lexical, forbidden, settings)
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
    print(f"forbidden actions: {args.forbidden}")
    print(f"grader: {settings}")
    rows = {}
    show = {x.strip() for x in args.show_misses_of.split(",") if x.strip()}
    if show - set(BURNT):
        ap.error(f"--show-misses-of takes burnt splits only ({', '.join(BURNT)})")
    for name in chosen:
        misses: list[str] | None = [] if ((args.show_misses and name == "tuning") or name in show) else None
        rows[f"{SPLITS[name][1]} ({len(plans[name])})"] = measure(grader, drills, plans[name], args.repeat, misses)
        for line in misses or []:
            print(line)
    print(f"{'metric':24}" + "".join(f"{k:>22}" for k in rows))
    for key in next(iter(rows.values())):
        print(f"{key:24}" + "".join(f"{v[key]:>22.3f}" for v in rows.values()))
    for name in chosen:
        for key in drills:
            m = measure(grader, drills, [p for p in plans[name] if p["drill"] == key])
            print(
                f"{SPLITS[name][1]:15} {key:9} pairs {m['pairs_ranked']:.3f}  flagged {m['violations_flagged']:.3f}  "
                f"false flags {m['false_flag_rate']:.3f}"
            )
    svc.close()
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
