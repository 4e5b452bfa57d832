"""Figures for case ingestion: de-identification recall/precision by type (planted set and the
held-out set), labeller precision/recall per label on the dev split, and the throughput of
de-identification + labelling.

    .venv/bin/python scripts/bench_cases.py
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


def main() -> int:
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
