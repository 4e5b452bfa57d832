"""Recall and precision of de-identification on the planted PII set (``eval/data/pii_planted.jsonl``).

Recall: a planted value counts as caught when it no longer occurs in the redacted text of its file
(or record). Precision: a finding counts as correct when its span overlaps a planted value of the
same type (lookalike ID numbers count as ``id_card``); findings on text that was not planted are
false positives (over-redaction makes the narrative harder to read, but leaks nothing).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guardrails.pii import Deidentifier, Finding
from ingest.readers import read_source

ROOT = Path(__file__).resolve().parent.parent
PLANTED = Path(__file__).resolve().parent / "data" / "pii_planted.jsonl"

#: Planted types as the recognizers name them.
TYPE_MAP = {"id_card_invalid_checksum": "id_card"}


@dataclass
class TypeScore:
    """Counts for one type."""

    planted: int = 0
    caught: int = 0
    findings: int = 0
    correct_findings: int = 0

    @property
    def recall(self) -> float:
        return self.caught / self.planted if self.planted else float("nan")

    @property
    def precision(self) -> float:
        return self.correct_findings / self.findings if self.findings else float("nan")


@dataclass
class PiiEvaluation:
    """Per-type scores and the leaks (file, type — never the value)."""

    scores: dict[str, TypeScore] = field(default_factory=lambda: defaultdict(TypeScore))
    leaks: list[tuple[str, str]] = field(default_factory=list)
    documents: int = 0


def load_planted(path: Path = PLANTED) -> list[dict[str, Any]]:
    """The planted values (file, optional record_id, type, value)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def documents(planted: list[dict[str, Any]]) -> dict[tuple[str, str | None], str]:
    """Text of every (file, record) that has planted values, as the pipeline sees it before redaction."""
    out: dict[tuple[str, str | None], str] = {}
    for row in planted:
        key = (row["file"], row.get("record_id"))
        if key in out:
            continue
        path = ROOT / row["file"]
        read = read_source(path)
        if read.records:
            record = next(r for r in read.records if str(r.get("id")) == row.get("record_id"))
            parts = [str(record.get("title", ""))]
            parts += [str(v) for v in (record.get("sections") or {}).values()]
            parts += [str(record.get("facts", ""))]
            out[key] = "\n".join(parts)
        else:
            out[key] = read.text
    return out


def evaluate(deidentifier: Deidentifier | None = None, planted_path: Path = PLANTED) -> PiiEvaluation:
    """Run the recognizers over every planted document and score them."""
    deid = deidentifier or Deidentifier()
    planted = load_planted(planted_path)
    texts = documents(planted)
    result = PiiEvaluation(documents=len(texts))
    by_doc: dict[tuple[str, str | None], list[dict[str, Any]]] = defaultdict(list)
    for row in planted:
        by_doc[(row["file"], row.get("record_id"))].append(row)
    for key, text in texts.items():
        redacted, _ = deid.redact(text, key[0])
        findings = deid.find(text)
        spans = _planted_spans(text, by_doc[key])
        for row in by_doc[key]:
            kind = TYPE_MAP.get(row["type"], row["type"])
            score = result.scores[kind]
            score.planted += 1
            if row["value"] in redacted:
                result.leaks.append((key[0], kind))
            else:
                score.caught += 1
        for f in findings:
            score = result.scores[f.type]
            score.findings += 1
            if _overlaps(f, spans):
                score.correct_findings += 1
    return result


def _planted_spans(text: str, rows: list[dict[str, Any]]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for row in rows:
        kind = TYPE_MAP.get(row["type"], row["type"])
        start = text.find(row["value"])
        while start >= 0:
            spans.append((start, start + len(row["value"]), kind))
            start = text.find(row["value"], start + 1)
    return spans


def _overlaps(f: Finding, spans: list[tuple[int, int, str]]) -> bool:
    return any(f.type == kind and f.start < end and start < f.end for start, end, kind in spans)
