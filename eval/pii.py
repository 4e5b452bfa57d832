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


# ----------------------------------------------------------------------------- span-level sets
DEV = Path(__file__).resolve().parent / "data" / "pii_dev.jsonl"
HELDOUT = Path(__file__).resolve().parent / "data" / "pii_heldout.jsonl"
#: A second dev set (family C: new wording, A's value pools), written after the first held-out run.
DEV2 = Path(__file__).resolve().parent / "data" / "pii_dev2.jsonl"
#: Family D (``scripts/make_pii_fresh.py``): a fresh held-out set written before the third round of
#: rules, scored once after it.
#: Family E (``scripts/make_pii_fresh.py``): the third round's dev set, written after family D.
DEV3 = Path(__file__).resolve().parent / "data" / "pii_dev3.jsonl"
HELDOUT_D = Path(__file__).resolve().parent / "data" / "pii_heldout_d.jsonl"
#: Round 4's held-out family (``scripts/make_pii_heldout_e.py``): written before the round's rules,
#: scored once after them.
HELDOUT_E = Path(__file__).resolve().parent / "data" / "pii_heldout_e.jsonl"
#: Round 5's held-out family (``scripts/make_pii_heldout_f.py``): written before the round's rules,
#: scored once after them.
HELDOUT_F = Path(__file__).resolve().parent / "data" / "pii_heldout_f.jsonl"
#: Round 6's held-out family (``scripts/make_pii_heldout_g.py``): written by a helper who did not
#: read the recognizers, before the round's rules, scored once after them.
HELDOUT_G = Path(__file__).resolve().parent / "data" / "pii_heldout_g.jsonl"
#: Round 7's held-out family (``scripts/make_pii_heldout_h.py``): written by a helper who did not
#: read the recognizers, while the round's rules were written from G's misses; scored once after.
HELDOUT_H = Path(__file__).resolve().parent / "data" / "pii_heldout_h.jsonl"
#: Round 8's held-out family (``scripts/make_pii_heldout_i.py``): half its documents are tables.
HELDOUT_I = Path(__file__).resolve().parent / "data" / "pii_heldout_i.jsonl"
#: Round 9's held-out family (``scripts/make_pii_heldout_j.py``): 30 layouts (OCR forms, exports,
#: chat and mail threads, dictated numbers), written while the round's rules came from I's misses.
HELDOUT_J = Path(__file__).resolve().parent / "data" / "pii_heldout_j.jsonl"
#: Round 10's held-out family (``scripts/make_pii_heldout_k.py``): 30 layouts none of the earlier
#: families used (Q&A transcripts, seizure lists, waybills, manifests, rosters, HTML and Markdown,
#: forwarded chats, spoken numbers), written while the round's rules came from J's misses.
HELDOUT_K = Path(__file__).resolve().parent / "data" / "pii_heldout_k.jsonl"
#: Round 11's held-out family (``scripts/make_pii_heldout_l.py``): 30 layouts none of families J or K
#: used (school, hospital, insurance and customs forms, lawyers' visit requests, landlords' group chats,
#: SMS receipts, tax certificates, ticket checks, more IM platforms), written while the round's
#: rules came from K's misses.
HELDOUT_L = Path(__file__).resolve().parent / "data" / "pii_heldout_l.jsonl"
#: Round 12's held-out family (``scripts/make_pii_heldout_m.py``): 30 layouts no earlier family used
#: (visitor books, receipts, contracts, rosters, affidavits, loan and transfer forms, host messages,
#: scam screenshots), written while the round's rules came from L's misses.
HELDOUT_M = Path(__file__).resolve().parent / "data" / "pii_heldout_m.jsonl"


@dataclass
class SpanScore:
    """Per-type figures in presidio-evaluator's terms (F2: recall weighs four times precision)."""

    annotated: int = 0
    predicted: int = 0
    precision: float = float("nan")
    recall: float = float("nan")
    f2: float = float("nan")
    leaked: int = 0


@dataclass
class SpanEvaluation:
    """Scores of one span-annotated set, per type and per language, with leaks (type only)."""

    documents: int = 0
    characters: int = 0
    seconds: float = 0.0
    per_type: dict[str, SpanScore] = field(default_factory=dict)
    per_lang: dict[str, dict[str, SpanScore]] = field(default_factory=dict)
    leaks: list[tuple[str, str]] = field(default_factory=list)
    quarantined: int = 0

    @property
    def strong_leaks(self) -> int:
        """Leaked values of the strong types (ID, passport, MRZ, phone, card, IBAN, permanent residence)."""
        from guardrails.pii import STRONG_TYPES

        return sum(1 for _, kind in self.leaks if kind in STRONG_TYPES)


def _leaked(value: str, redacted: str) -> bool:
    """A planted value still in the redacted text; a value over several lines (an MRZ block)
    leaks when any of its lines does."""
    parts = [p.strip() for p in value.splitlines() if p.strip()]
    if len(parts) <= 1:
        return value in redacted
    return any(p in redacted for p in parts)


def load_span_set(path: Path) -> list[dict[str, Any]]:
    """Documents of a span-annotated set (``scripts/make_pii_eval.py``)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _char_rows(
    doc_id: str, text: str, gold: list[tuple[int, int, str]], pred: list[tuple[int, int, str]]
) -> list[dict[str, Any]]:
    """One row per non-space character: presidio-evaluator's token table, with characters as tokens
    (Chinese has no spaces for its tokenizer to split on)."""
    tags_gold = ["O"] * len(text)
    tags_pred = ["O"] * len(text)
    for tags, spans in ((tags_gold, gold), (tags_pred, pred)):
        for start, end, kind in spans:
            for i in range(start, end):
                tags[i] = kind
    return [
        {"sentence_id": doc_id, "token": ch, "start_indices": i, "annotation": tags_gold[i], "prediction": tags_pred[i]}
        for i, ch in enumerate(text)
        if not ch.isspace()
    ]


def evaluate_spans(path: Path, deidentifier: Deidentifier | None = None, iou_threshold: float = 0.5) -> SpanEvaluation:
    """Run the engine over every document; score with presidio-evaluator's ``SpanEvaluator``
    (character IoU ≥ ``iou_threshold``, F-beta with beta = 2) per type and per language, and count
    leaks: a planted value still present in the redacted text (or quarantine, which stores nothing)."""
    import time

    import pandas as pd
    from presidio_evaluator.evaluation import SpanEvaluator

    from guardrails.pii import DeidentificationError

    deid = deidentifier or Deidentifier()
    docs = load_span_set(path)
    result = SpanEvaluation(documents=len(docs))
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    t0 = time.perf_counter()
    for doc in docs:
        text = doc["text"]
        result.characters += len(text)
        findings = deid.find(text)
        try:
            redacted, _ = deid.redact(text, doc["id"])
        except DeidentificationError:
            result.quarantined += 1
            redacted = ""  # nothing of a quarantined document is stored
        gold = [(s["start"], s["end"], s["type"]) for s in doc["spans"]]
        for s in doc["spans"]:
            if _leaked(s["value"], redacted):
                result.leaks.append((doc["id"], s["type"]))
        pred = [(f.start, f.end, f.type) for f in findings]
        rows[doc["lang"]].extend(_char_rows(doc["id"], text, gold, pred))
    result.seconds = time.perf_counter() - t0
    leaks_by_type: dict[str, int] = defaultdict(int)
    for _, kind in result.leaks:
        leaks_by_type[kind] += 1
    evaluator = SpanEvaluator(iou_threshold=iou_threshold, char_based=True, skip_words=[])

    def score(frame: pd.DataFrame) -> dict[str, SpanScore]:
        er = evaluator.calculate_score_on_df(frame, beta=2, level="entity")
        out: dict[str, SpanScore] = {}
        for kind, m in (er.per_type or {}).items():
            out[kind] = SpanScore(
                annotated=m.num_annotated,
                predicted=m.num_predicted,
                precision=m.precision,
                recall=m.recall,
                f2=m.f_beta,
            )
        return out

    everything = pd.DataFrame([r for lang_rows in rows.values() for r in lang_rows])
    result.per_type = score(everything)
    for kind, s in result.per_type.items():
        s.leaked = leaks_by_type.get(kind, 0)
    for lang, lang_rows in rows.items():
        result.per_lang[lang] = score(pd.DataFrame(lang_rows))
    return result
