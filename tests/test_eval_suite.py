"""The regression suite: metrics, baseline gating (and that the gate trips on a real regression),
the HTML report, the evaluator page, RAGAS kept inside the data dir."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from eval.datasets import DATA_DIR, default_sets, load_items
from eval.report import write_report
from eval.runner import EvalRun, JudgeConfig, compare, load_gates
from retrieval.search import HybridSearcher, SearchConfig
from tests.fake_openai import FakeOpenAI, Script

pytestmark = [pytest.mark.integration, pytest.mark.slow]
ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "eval" / "baselines" / "regression.json"
REGRESSION_LIMIT = 20


def regression_sets(limit: int = REGRESSION_LIMIT) -> list[tuple[str, list[Any]]]:
    """The same subset `jingzhi eval --limit 20` evaluates (and the stored baseline holds)."""
    return default_sets(limit)


@pytest.fixture(scope="module")
def run(services: Any) -> EvalRun:
    return services.evaluator().run(regression_sets())


def test_metrics_are_computed_for_every_kind_of_item(run: EvalRun) -> None:
    agg = run.aggregate
    for metric in (
        "recall@5",
        "recall@10",
        "mrr@10",
        "ndcg@10",
        "version_correct",
        "citation_support",
        "citation_precision",
        "citation_recall",
        "must_mention",
        "abstention_precision",
        "abstention_recall",
        "ragas_context_precision",
        "ragas_context_recall",
        "latency_ms_p50",
    ):
        assert agg.get(metric) is not None, metric
    assert run.counts["errors"] == 0
    assert {"zh", "en", "ru", "ar"} <= set(run.by_tag["lang"])
    assert "醉酒" in run.by_tag["case_type"]


def test_current_code_passes_the_stored_baseline(run: EvalRun) -> None:
    baseline = EvalRun.model_validate_json(BASELINE.read_text(encoding="utf-8"))
    failed = [d for d in compare(run, baseline, load_gates()) if d.failed]
    assert failed == [], [(d.metric, d.value, d.baseline) for d in failed]


def test_gate_trips_on_a_real_regression(services: Any, run: EvalRun) -> None:
    """Degrade retrieval on purpose (plain dense search: no references, lane, glossary, lexical)."""
    base = services.searcher()

    class DenseOnly(HybridSearcher):
        def search(
            self, question: str, k: int = 10, filters: Any = None, mode: Any = "hybrid", use_references: bool = True
        ) -> Any:
            return super().search(question, k=k, filters=filters, mode="dense", use_references=False)

    plain = SearchConfig(offence_lane_weight=0, offence_lane_weight_other=0, law_boost=0)
    degraded = DenseOnly(base.backend, base.embedder, base.lexical, base.analyzer, plain, glossary=None)
    evaluator = services.evaluator()
    evaluator.searcher = degraded
    evaluator.answerer.searcher = degraded
    worse = evaluator.run(regression_sets())
    failed = {d.metric for d in compare(worse, run, load_gates()) if d.failed}
    assert {"recall@10", "mrr@10"} <= failed


def test_report_and_evaluator_page(
    services: Any, run: EvalRun, tmp_path: Path, auth_headers: Callable[..., dict[str, str]]
) -> None:
    baseline = EvalRun.model_validate_json(BASELINE.read_text(encoding="utf-8"))
    path = write_report(run, tmp_path / "r", compare(run, baseline, load_gates()), "regression.json")
    page = path.read_text(encoding="utf-8")
    assert "Recall@10 by language" in page and "Latency per item" in page and "Worst items" in page
    # held-apart (test/holdout) items are aggregated apart from the tuning items and shown beside them
    assert set(run.splits) == {"dev", "heldout"} and "Tuning items vs held-apart items" in page
    assert "<svg" in page and "http" not in page.split("<body>")[1].split("Worst items")[0]
    assert json.loads((tmp_path / "r" / "run.json").read_text())["aggregate"]["recall@10"] == run.aggregate["recall@10"]
    write_report(run, services.settings.data_dir / "eval" / "20990101T000000Z")
    with TestClient(create_app(services.settings, services=services), headers=auth_headers("evaluator")) as client:
        assert client.get("/eval").status_code == 200  # the page itself holds no data
        runs = client.get("/v1/eval/runs").json()
        assert runs[0]["run"] == "20990101T000000Z" and "recall@10" in runs[0]["aggregate"]
        r = client.get("/v1/eval/runs/20990101T000000Z/report")
        assert r.status_code == 200 and "Recall@10 by language" in r.text
        assert client.get("/v1/eval/runs/nope/report").status_code == 404
        # the reports are for evaluators and admins only
        assert client.get("/v1/eval/runs", headers=auth_headers("officer")).status_code == 403
        assert client.get("/v1/eval/runs/20990101T000000Z/report", headers={"Authorization": ""}).status_code == 401


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI().start()
    yield server
    server.stop()


def test_ragas_stays_in_the_data_dir_and_a_bad_judge_costs_only_its_metrics(
    services: Any, fake: FakeOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    fake.script = Script(reply="this is not JSON")
    evaluator = services.evaluator()
    evaluator.judge = JudgeConfig(fake.url, "fake-judge")
    evaluator.ragas_home = tmp_path / "data" / "ragas"
    result = evaluator.run([("police_scenarios", load_items(DATA_DIR / "police_scenarios.jsonl")[:2])])
    assert result.counts["errors"] == 0
    assert result.aggregate.get("ragas_context_recall") is not None
    assert result.aggregate.get("ragas_faithfulness") is None  # the judge's answers were unusable
    assert not (home / ".local" / "share" / "ragas").exists()
    assert fake.script.requests  # the judge was asked


def test_cli_exit_codes(services: Any, tmp_path: Path) -> None:
    data = Path(services.settings.data_dir)
    env = {k: v for k, v in os.environ.items() if not k.startswith("JINGZHI_")}
    env["JINGZHI_DATA_DIR"] = str(tmp_path / "d")
    shutil.copytree(data / "store", tmp_path / "d" / "store")  # a copy: the session holds the original's lock
    jingzhi = str(Path(sys.executable).parent / "jingzhi")
    small = tmp_path / "small.jsonl"
    small.write_text(
        "\n".join(
            json.dumps(json.loads(line), ensure_ascii=False)
            for line in (DATA_DIR / "police_scenarios.jsonl").read_text().splitlines()[:3]
        )
    )
    ok = subprocess.run(
        [jingzhi, "eval", "--dataset", str(small), "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr
    good = EvalRun.model_validate_json(ok.stdout)
    inflated = good.model_copy(update={"aggregate": {**good.aggregate, "recall@10": 1.5}})
    base = tmp_path / "inflated.json"
    base.write_text(inflated.model_dump_json())
    gated = subprocess.run(
        [jingzhi, "eval", "--dataset", str(small), "--baseline", str(base), "--report", str(tmp_path / "rep")],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert gated.returncode == 1 and "release gate failed: recall@10" in gated.stderr
    assert (tmp_path / "rep" / "report.html").exists()
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n')
    broken = subprocess.run(
        [jingzhi, "eval", "--dataset", str(bad)], env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert broken.returncode == 2 and "bad.jsonl:1" in broken.stderr
