"""The installed `jingzhi` console script, end to end in subprocesses with their own data dir."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.integration, pytest.mark.slow]
JINGZHI = Path(sys.executable).parent / "jingzhi"
FIX = Path(__file__).parent / "fixtures"


def run(args: list[str], data_dir: Path, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JINGZHI_")}
    env["JINGZHI_DATA_DIR"] = str(data_dir)
    return subprocess.run([str(JINGZHI), *args], capture_output=True, text=True, env=env, timeout=timeout, check=False)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert JINGZHI.exists(), "the console script must be installed in the venv"
    d = tmp_path_factory.mktemp("cli-data")
    first = run(["ingest", "--json"], d)
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    # 35 statutes and treaties (3,765 articles), plus the bundled cases and cultural notes.
    assert summary["files"] > 35 and summary["articles"] > 3765
    assert (summary["new"], summary["changed"], summary["removed"]) == (summary["articles"], 0, 0)
    assert summary["vectors_from_cache"] == summary["embedded"]  # the shipped vectors were used
    assert summary["redacted"]["id_card"] > 0 and not summary["quarantined"]
    (d / "first.json").write_text(first.stdout)
    return d


def test_reingest_is_idempotent(data_dir: Path) -> None:
    articles = json.loads((data_dir / "first.json").read_text())["articles"]
    again = run(["ingest"], data_dir)
    assert again.returncode == 0
    assert f"unchanged {articles}" in again.stderr and "embedded 0 " in again.stderr


def test_search_json(data_dir: Path) -> None:
    r = run(["search", "--json", "-k", "3", "外国人非法居留如何处罚"], data_dir)
    assert r.returncode == 0, r.stderr
    hits = json.loads(r.stdout)
    assert len(hits) == 3 and [h["rank"] for h in hits] == [1, 2, 3]
    assert {"rank", "score", "source", "article", "law", "text"} <= set(hits[0])
    assert ("laws_cn/出境入境管理法_2012.md", "第七十八条") in [(h["source"], h["article"]) for h in hits[:2]]


def test_ask_json(data_dir: Path) -> None:
    r = run(["ask", "--json", "维也纳领事关系公约第三十六条"], data_dir)
    assert r.returncode == 0, r.stderr
    answer = json.loads(r.stdout)
    assert {"answer", "citations", "abstained", "mode", "lang"} <= set(answer)
    assert answer["citations"][0]["article"] == "Article 36" and answer["lang"] == "zh"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "-k", "0", "签证"], "-k must be between 1 and 50"),
        (["search", "-k", "51", "签证"], "-k must be between 1 and 50"),
        (["ask", "   "], "the question is empty"),
        (["search", "--doc-type", "novel", "签证"], "invalid filter"),
        (["ask", "签" * 2001], "the limit is 2000"),
    ],
)
def test_bad_input_exits_nonzero_with_a_message(data_dir: Path, args: list[str], message: str) -> None:
    r = run(args, data_dir)
    assert r.returncode == 2
    assert message in " ".join(r.stderr.split())


def test_unlisted_statute_files_go_in_as_de_identified_case_material(data_dir: Path, tmp_path: Path) -> None:
    # Fail closed (issue 12): files outside the bundled manifest are never stored as in-force law,
    # whatever they look like, broken headers included (parser errors of manifest statutes are
    # reported by file and line: tests/test_ingest_pipeline.py).
    broken = tmp_path / "broken_law.md"
    broken.write_text((FIX / "mini_law.md").read_text().replace("第三条 有下列", "第三 条有下列"))
    good = tmp_path / "good_law.md"
    good.write_text((FIX / "mini_law.md").read_text())
    r = run(["ingest", str(broken), str(good)], data_dir)
    assert r.returncode == 0, r.stderr
    assert "de-identified before storage" in r.stderr
    laws = run(["search", "--json", "-k", "10", "--doc-type", "law", "测试管理法 规范测试活动"], data_dir)
    assert laws.returncode == 0, laws.stderr
    assert not [h for h in json.loads(laws.stdout) if "_law.md" in h["source"]]
    check = run(["search", "--json", "-k", "1", "出境入境管理法第七十八条"], data_dir)
    assert json.loads(check.stdout)[0]["article"] == "第七十八条"  # earlier data untouched


def test_directory_that_is_not_a_store(tmp_path: Path) -> None:
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "holiday.jpg").write_bytes(b"\xff\xd8")
    r = run(["search", "签证"], tmp_path)
    assert r.returncode == 2
    assert "is not a Jingzhi store" in " ".join(r.stderr.split())
    assert (tmp_path / "store" / "holiday.jpg").read_bytes() == b"\xff\xd8"


def test_store_built_with_another_embedder_is_refused(data_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(data_dir, copy)
    marker = copy / "store" / "jingzhi-store.json"
    meta = json.loads(marker.read_text())
    meta["embedder"] = "some-other-model"
    marker.write_text(json.dumps(meta))
    r = run(["search", "签证"], copy)
    assert r.returncode == 2 and "--recreate" in r.stderr


@pytest.mark.parametrize("args", [["search", "签证"], ["ask", "签证"], ["eval", "--limit", "1"], ["lesson"]])
def test_empty_store_is_named_instead_of_answering_nothing(tmp_path: Path, args: list[str]) -> None:
    r = run(args, tmp_path)
    assert r.returncode == 2, r.stdout
    assert "is empty: run `jingzhi ingest`" in " ".join(r.stderr.split())
    assert not (tmp_path / "eval").exists()  # no report of zeros was written


def test_report_trends_json(data_dir: Path) -> None:
    r = run(["report", "trends", "--district", "xiaoshan", "--as-of", "2026-06-30", "--json"], data_dir)
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["district"] == "xiaoshan" and report["current_quarter"] == "2026Q2" and report["cases"] >= 3
    assert "binomial" in report["test"]["rising"] and "nationalit" not in r.stdout
    bad = run(["report", "trends", "--district", "nowhere"], data_dir)
    assert bad.returncode == 2 and "nowhere" in bad.stderr
