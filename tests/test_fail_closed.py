"""Fail-closed ingest: only manifest statutes and treaties skip de-identification; everything else is
de-identified (names and titles included), never stored as law, and quarantined with its reason when
it cannot be analysed; same-name files never collide."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import ingest.readers
from corpus.manifest import Manifest
from corpus.schema import DocType, SourceDocument
from guardrails.pii import Deidentifier
from ingest.pipeline import IngestPipeline
from retrieval.lexical import LexicalAnalyzer
from retrieval.store import QdrantStore, StoreConfig, open_store
from tests.fakes import FakeEmbedder

pytestmark = pytest.mark.integration

LAW = "# 测试管理法\n\n第一条 为了测试，制定本法。\n\n第二条 当事人王建军应当配合检查。\n"
CASE = "# 走失求助\n\n## 案情\n\n当事人张伟（电话13905718888）称其护照E12340000丢失。\n"


@pytest.fixture(scope="module")
def deid() -> Deidentifier:
    return Deidentifier()


def make(tmp: Path, deid: Deidentifier, listed: tuple[str, ...] = ()) -> tuple[IngestPipeline, QdrantStore]:
    emb = FakeEmbedder()
    lex = LexicalAnalyzer(cache_dir=tmp / "cache")
    store = open_store(StoreConfig(collection="c", dim=emb.dim, embedder=emb.name, lexical=lex.name, path=tmp / "q"))
    store.open()
    manifest = Manifest(
        sources={
            s: SourceDocument(
                source=s, doc_type=DocType.LAW, law="测试管理法", short="测试管理法", effective=date(2024, 1, 1)
            )
            for s in listed
        }
    )
    pipe = IngestPipeline(
        store,
        emb,
        lex,
        manifest,
        corpus_root=tmp / "corpus",
        batch_size=8,
        deidentifier=deid,
        reports_dir=tmp / "reports",
    )
    return pipe, store


def payloads(store: QdrantStore) -> list[dict[str, Any]]:
    return [p.payload for p in store.scroll()]


def test_only_manifest_texts_are_stored_as_law(tmp_path: Path, deid: Deidentifier) -> None:
    laws = tmp_path / "corpus" / "laws"
    laws.mkdir(parents=True)
    (laws / "测试管理法_2024.md").write_text(LAW, encoding="utf-8")
    (laws / "看起来像法律.md").write_text(LAW, encoding="utf-8")  # same shape, not in the manifest
    (laws / "treaty_like.md").write_text(
        "# Some Convention\n\n### Article 1\n\nMr. Ivan Petrov signed it.\n\n### Article 2\n\nDone.\n", encoding="utf-8"
    )
    pipe, store = make(tmp_path, deid, listed=("laws/测试管理法_2024.md",))
    report = pipe.run([laws])
    assert report.ok, report.quarantined
    by_source: dict[str, list[dict[str, Any]]] = {}
    for pl in payloads(store):
        by_source.setdefault(pl["source"], []).append(pl)
    listed = by_source.pop("laws/测试管理法_2024.md")
    assert {pl["doc_type"] for pl in listed} == {"law"}
    assert any("王建军" in pl["text"] for pl in listed)  # manifest texts are not de-identified
    assert len(by_source) == 2
    for pls in by_source.values():
        assert {pl["doc_type"] for pl in pls} == {"case"}  # an unlisted file is never law
        text = json.dumps(pls, ensure_ascii=False)
        assert "王建军" not in text and "Ivan" not in text and "Petrov" not in text
    store.close()


def test_file_names_and_titles_are_deidentified(tmp_path: Path, deid: Deidentifier) -> None:
    inbox = tmp_path / "inbox" / "张伟案"
    inbox.mkdir(parents=True)
    (inbox / "张伟_13905718888_笔录.md").write_text(CASE.replace("# 走失求助", "# 张伟护照丢失"), encoding="utf-8")
    (inbox / "Ivan Petrov.txt").write_text("案情：\nIvan Petrov的钱包被盗。\n", encoding="utf-8")
    pipe, store = make(tmp_path, deid)
    report = pipe.run([inbox.parent])
    assert report.ok, report.quarantined
    stored = json.dumps(payloads(store), ensure_ascii=False) + " ".join(store.sources())
    reports = " ".join(p.name + p.read_text() for p in (tmp_path / "reports").rglob("*.json"))
    for value in ("张伟", "13905718888", "Ivan", "Petrov", "E12340000"):
        assert value not in stored and value not in reports, value
    assert len(store.sources()) == 2 and all(s.startswith("local/") for s in store.sources())
    store.close()


def test_same_file_name_in_two_folders(tmp_path: Path, deid: Deidentifier) -> None:
    for folder in ("a", "b"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "case.md").write_text(CASE + f"\n## 结果\n\n{folder}组处理。\n", encoding="utf-8")
    pipe, store = make(tmp_path, deid)
    pipe.run([tmp_path / "in" / "a"])
    pipe.run([tmp_path / "in" / "b" / "case.md"])
    assert len(store.sources()) == 2  # neither overwrote the other
    assert len(list((tmp_path / "reports" / "redaction").glob("*.json"))) == 2
    store.close()


def test_unanalysable_files_are_quarantined_with_their_reason(
    tmp_path: Path, deid: Deidentifier, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good.md").write_text(CASE, encoding="utf-8")
    (inbox / "latin1.md").write_bytes("案情：张伟".encode() + b"\xff\xfe\xfa")
    (inbox / "huge.md").write_text(CASE * 1000, encoding="utf-8")
    (inbox / "deep.jsonl").write_text('{"id": "x", "sections": ' + "[" * 20000 + "]" * 20000 + "}\n")
    monkeypatch.setattr(ingest.readers, "MAX_FILE_BYTES", 60_000)
    pipe, store = make(tmp_path, deid)
    report = pipe.run([inbox])
    reasons = {Path(p.path).name: p.reason for p in report.quarantined}
    assert reasons == {"latin1.md": "encoding", "huge.md": "size", "deep.jsonl": "recursion"}
    assert [Path(s).name for s in store.sources()] == ["good.md"]  # the run went on
    records = [json.loads(p.read_text()) for p in (tmp_path / "reports" / "quarantine").glob("*.json")]
    assert sorted(r["reason"] for r in records) == ["encoding", "recursion", "size"]
    assert "张伟" not in json.dumps(records, ensure_ascii=False)
    store.close()


def test_time_limit_quarantines(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "long.md").write_text(CASE + "当事人李强称。\n" * 3000, encoding="utf-8")
    pipe, store = make(tmp_path, Deidentifier(time_limit_s=1e-6))
    report = pipe.run([inbox])
    assert [p.reason for p in report.quarantined] == ["timeout"]
    assert store.count() == 0
    store.close()


def test_residual_finding_quarantines_with_type_and_position_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "leaky.md").write_text(CASE, encoding="utf-8")
    deid = Deidentifier()
    real = deid._replace

    def leave_phone(text: str, findings: list[Any], source: str) -> Any:
        # A replacement that forgets the phone number: the second full analysis must catch it.
        return real(text, [f for f in findings if f.type != "phone"], source)

    monkeypatch.setattr(deid, "_replace", leave_phone)
    pipe, store = make(tmp_path, deid)
    report = pipe.run([inbox])
    assert [p.reason for p in report.quarantined] == ["residual"] and store.count() == 0
    (path,) = (tmp_path / "reports" / "quarantine").glob("*.json")
    record = json.loads(path.read_text())
    assert [f["type"] for f in record["findings"]] == ["phone"]
    assert {"start", "end"} <= set(record["findings"][0])
    assert "13905718888" not in path.read_text() and "13905718888" not in str(report.quarantined[0])
    store.close()


@pytest.mark.slow
def test_cli_exit_code_says_files_were_quarantined(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good.md").write_text(CASE, encoding="utf-8")
    (inbox / "bad.md").write_bytes(b"\xff\xfe\x00\x01")
    env = {k: v for k, v in os.environ.items() if not k.startswith("JINGZHI_")}
    env["JINGZHI_DATA_DIR"] = str(tmp_path / "data")
    jingzhi = Path(sys.executable).parent / "jingzhi"
    done = subprocess.run(
        [str(jingzhi), "ingest", "--json", str(inbox)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert done.returncode == 3, done.stderr
    summary = json.loads(done.stdout)
    assert summary["files"] == 1 and len(summary["quarantined"]) == 1
