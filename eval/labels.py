"""Labeller precision and recall per label against ``eval/data/case_labels.jsonl``.

The gold labels are kept apart from the case files; the file's ``split`` field separates the
cases the rules and thresholds were tuned on (``tune``) from those they are measured on (``dev``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guardrails.pii import Deidentifier
from ingest.cases import CaseDoc, case_from_record, parse_case_text
from ingest.labeller import Labeller
from ingest.readers import read_source

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).resolve().parent / "data" / "case_labels.jsonl"
KINDS = {
    "case_types": "case_type",
    "taboo_categories": "cultural_taboo",
    "legal_clauses": "legal_clause",
    "nationalities": "nationality",
}


@dataclass
class Counts:
    """Per-label true positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float("nan")

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float("nan")

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p == p and r == r and p + r else 0.0


@dataclass
class LabelEvaluation:
    """Counts per (kind, label) and micro totals per kind."""

    per_label: dict[tuple[str, str], Counts] = field(default_factory=lambda: defaultdict(Counts))
    per_kind: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    cases: int = 0


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    """Gold label rows."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def case_text(row: dict[str, Any], deid: Deidentifier) -> str:
    """The de-identified full text of a gold case, as the pipeline would label it."""
    read = read_source(ROOT / row["file"])
    doc: CaseDoc
    if read.records:
        record = next(r for r in read.records if str(r.get("id")) == row.get("record_id"))
        doc = case_from_record(record, fallback_title=str(row.get("record_id")))
        text = doc.full_text
    else:
        text = parse_case_text(read.text, fallback_title=Path(row["file"]).stem).full_text
    return deid.redact(text, row["file"])[0]


def evaluate(labeller: Labeller, split: str | None = "dev", gold_path: Path = GOLD) -> LabelEvaluation:
    """Label every gold case of ``split`` and count agreements per label."""
    deid = Deidentifier()
    result = LabelEvaluation()
    for row in load_gold(gold_path):
        if split is not None and row.get("split") != split:
            continue
        result.cases += 1
        predicted = labeller.label_case(case_text(row, deid))
        for field_name, kind in KINDS.items():
            gold = set(row.get(field_name, []))
            got = {lb.value for lb in predicted if lb.kind == kind}
            for value in gold | got:
                c = result.per_label[(kind, value)]
                k = result.per_kind[kind]
                if value in gold and value in got:
                    c.tp += 1
                    k.tp += 1
                elif value in got:
                    c.fp += 1
                    k.fp += 1
                else:
                    c.fn += 1
                    k.fn += 1
    return result
