"""Figures for case ingestion: de-identification by type — the span-annotated dev and held-out sets
(presidio-evaluator's SpanEvaluator, F2) side by side, the planted values of the bundled cases and
the older held-out files — de-identification throughput per MB, labeller precision/recall per label
on the dev split, and the throughput of de-identification + labelling.

    .venv/bin/python scripts/bench_cases.py            # everything
    .venv/bin/python scripts/bench_cases.py --pii-only # de-identification figures only
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api.config import Settings  # noqa: E402
from api.services import build_services  # noqa: E402
from corpus import CORPUS_ROOT  # noqa: E402
from eval import labels, pii  # noqa: E402
from guardrails.pii import Deidentifier  # noqa: E402
from ingest.cases import parse_case_text  # noqa: E402
from ingest.readers import read_source  # noqa: E402


def pii_tables() -> None:
    """Dev, dev2, dev3 and held-out (families B, D-M) columns per type, per language, leaks and throughput."""
    from corpus.manifest import load_manifest
    from guardrails.pii import STRONG_TYPES

    # A loaded machine must not turn into quarantines: the per-file time limit is an ingest
    # guard, not part of what is measured here.
    deid = Deidentifier(time_limit_s=900.0)
    deid.redact("预热 张伟 Ivan Petrov", "warm-up")
    runs = {"dev": pii.evaluate_spans(pii.DEV, deid), "dev2": pii.evaluate_spans(pii.DEV2, deid)}
    runs["dev3"] = pii.evaluate_spans(pii.DEV3, deid)
    runs["held-out"] = pii.evaluate_spans(pii.HELDOUT, deid)
    runs["held-D"] = pii.evaluate_spans(pii.HELDOUT_D, deid)
    runs["held-E"] = pii.evaluate_spans(pii.HELDOUT_E, deid)
    runs["held-F"] = pii.evaluate_spans(pii.HELDOUT_F, deid)
    runs["held-G"] = pii.evaluate_spans(pii.HELDOUT_G, deid)
    runs["held-H"] = pii.evaluate_spans(pii.HELDOUT_H, deid)
    runs["held-I"] = pii.evaluate_spans(pii.HELDOUT_I, deid)
    runs["held-J"] = pii.evaluate_spans(pii.HELDOUT_J, deid)
    runs["held-K"] = pii.evaluate_spans(pii.HELDOUT_K, deid)
    runs["held-L"] = pii.evaluate_spans(pii.HELDOUT_L, deid)
    runs["held-M"] = pii.evaluate_spans(pii.HELDOUT_M, deid)
    print(
        "== de-identification, span sets (IoU >= 0.5, F2): "
        + " / ".join(f"{name} {r.documents} docs" for name, r in runs.items())
    )
    head = f"{'n':>5s} {'P':>6s} {'R':>6s} {'F2':>6s} {'leak':>4s}"
    print(f"  {'type':20s} " + " | ".join(f"{name:>8s} {head}" for name in runs))
    kinds = sorted({k for r in runs.values() for k in r.per_type})
    for kind in kinds:
        mark = "*" if kind in STRONG_TYPES else " "
        cells = []
        for r in runs.values():
            a = r.per_type.get(kind, pii.SpanScore())
            cells.append(f"{'':8s} {a.annotated:5d} {a.precision:6.3f} {a.recall:6.3f} {a.f2:6.3f} {a.leaked:4d}")
        print(f" {mark}{kind:20s} " + " | ".join(cells))
    for name, r in runs.items():
        print(
            f"  {name}: leaked values {len(r.leaks)} (strong {r.strong_leaks}), quarantined documents {r.quarantined}"
        )
        for lang, scores in sorted(r.per_lang.items()):
            ann = sum(s.annotated for s in scores.values())
            tp = sum(s.recall * s.annotated for s in scores.values() if s.annotated)
            pred = sum(s.predicted for s in scores.values())
            ptp = sum(s.precision * s.predicted for s in scores.values() if s.predicted)
            print(f"    {lang:9s} spans {ann:4d}  recall {tp / ann:.3f}  precision {ptp / max(pred, 1):.3f}")
    # Throughput: redact() = analysis + replacement + the second full analysis of the residual check.
    manifest = load_manifest()
    statutes = [(CORPUS_ROOT / src).read_text(encoding="utf-8") for src in manifest.sources]
    cases = []
    for path in sorted((CORPUS_ROOT / "cases" / "synthetic").iterdir()):
        try:
            cases.append(read_source(path).text)
        except Exception:
            continue
    sets = {
        "span sets (dev + dev2 + dev3 + held-out B + D + E + F + G + H + I + J + K + L + M)": [
            d["text"]
            for path in (
                pii.DEV,
                pii.DEV2,
                pii.DEV3,
                pii.HELDOUT,
                pii.HELDOUT_D,
                pii.HELDOUT_E,
                pii.HELDOUT_F,
                pii.HELDOUT_G,
                pii.HELDOUT_H,
                pii.HELDOUT_I,
                pii.HELDOUT_J,
                pii.HELDOUT_K,
                pii.HELDOUT_L,
                pii.HELDOUT_M,
            )
            for d in pii.load_span_set(path)
        ],
        "bundled case files": cases,
        "bundled statutes + treaties": statutes,
    }
    for name, texts in sets.items():
        size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        t0 = time.perf_counter()
        for t in texts:
            try:
                deid.redact(t, "bench")
            except Exception:
                continue
        seconds = time.perf_counter() - t0
        print(f"== de-identification throughput, {name}: {size:.2f} MB in {seconds:.1f} s = {size / seconds:.3f} MB/s")


def main() -> int:
    pii_tables()
    if "--pii-only" in sys.argv:
        return 0
    for name, path in (("planted (bundled cases)", pii.PLANTED), ("held-out", ROOT / "eval/data/pii_holdout.jsonl")):
        result = pii.evaluate(planted_path=path)
        print(f"== de-identification, {name}: {result.documents} documents, {len(result.leaks)} leaked values")
        for kind, s in sorted(result.scores.items()):
            print(f"  {kind:12s} planted {s.planted:4d}  recall {s.recall:.3f}", end="")
            print(f"  findings {s.findings:4d}  precision {s.precision:.3f}")
    with tempfile.TemporaryDirectory() as tmp:
        svc = build_services(Settings(data_dir=Path(tmp)))
        labeller = svc.labeller()
        for split in ("tune", "dev"):
            ev = labels.evaluate(labeller, split)
            print(f"== labeller, {split} split ({ev.cases} cases)")
            for kind, c in sorted(ev.per_kind.items()):
                print(
                    f"  {kind:15s} P {c.precision:.2f} R {c.recall:.2f} F1 {c.f1:.2f}  (tp {c.tp} fp {c.fp} fn {c.fn})"
                )
            if split == "dev":
                for (kind, value), c in sorted(ev.per_label.items()):
                    if kind in ("case_type", "cultural_taboo"):
                        print(f"    {kind:15s} {value:12s} P {c.precision:.2f} R {c.recall:.2f}", end="")
                        print(f"  (tp {c.tp} fp {c.fp} fn {c.fn})")
        # Throughput: read + de-identify + parse + label every bundled case file.
        files = sorted(p for p in (CORPUS_ROOT / "cases" / "synthetic").iterdir())
        texts = [read_source(p).text for p in files]
        deid = Deidentifier()
        deid.redact("预热 张伟", "warm-up")
        labeller.label_case("预热")
        t0 = time.perf_counter()
        passages = 0
        for text, path in zip(texts, files, strict=True):
            redacted, _ = deid.redact(text, path.name)
            doc = parse_case_text(redacted, path.stem)
            labeller.label_case(doc.full_text)
            passages += len(doc.sections)
        seconds = time.perf_counter() - t0
        print(
            f"== throughput: {len(files)} case files, {passages} passages in {seconds:.1f} s = "
            f"{passages / seconds:.1f} passages/s ({len(files) / seconds:.1f} files/s), embedding excluded "
            f"except the labeller's one case vector"
        )
        svc.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
