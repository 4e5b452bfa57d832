"""Unit tests of the workbench's pure parts: Cohen's kappa (scikit-learn), the agreement section of
the eval report, label evidence spans, the Label Studio shapes, upload file names (the in-place
payload update on both engines is tested in tests/test_store_engine.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sklearn.metrics import cohen_kappa_score

from api.workbench.labels import LabelInput, is_double, item_id
from api.workbench.labelstudio import LabelStudioError, labeling_config, parse_export, tasks
from api.workbench.uploads import safe_name
from corpus.countries import CountryNames
from corpus.manifest import load_manifest
from corpus.schema import Label, Provenance
from eval.agreement import Judgement, agreement
from eval.report import _agreement
from ingest.evidence import EvidenceFinder
from retrieval.query import QueryAnalyzer

pytestmark = [pytest.mark.unit]
T0 = datetime(2026, 1, 1, tzinfo=UTC)


def _j(item: str, who: str, values: set[str], minutes: int, machine: set[str] | None = None) -> Judgement:
    return Judgement(
        item, who, "case_type", frozenset(values), T0 + timedelta(minutes=minutes), frozenset(machine or ())
    )


def test_kappa_matches_a_hand_computed_value() -> None:
    # Decisions per (item, candidate): a = 1,1,0,0 ; b = 1,0,0,0 -> po 0.75, pe 0.5, kappa 0.5
    js = [
        _j("p1", "ann", {"诈骗"}, 0, machine={"诈骗"}),
        _j("p1", "bob", {"诈骗"}, 1, machine={"诈骗"}),
        _j("p2", "ann", {"涉外盗窃"}, 2, machine={"涉外盗窃", "经济纠纷"}),
        _j("p2", "bob", set(), 3, machine={"涉外盗窃", "经济纠纷"}),
        _j("p3", "ann", set(), 4, machine={"交通事故"}),
        _j("p3", "bob", set(), 5, machine={"交通事故"}),
    ]
    report = agreement(js, kinds=["case_type"])
    k = report.kinds["case_type"]
    assert k.items == 3 and k.decisions == 4
    assert k.kappa == pytest.approx(0.5)
    assert k.kappa == pytest.approx(float(cohen_kappa_score([1, 1, 0, 0], [1, 0, 0, 0])))
    assert [d.item for d in k.disagreements] == ["p2"]


def test_only_first_judgements_of_two_annotators_count() -> None:
    js = [
        _j("p1", "ann", {"诈骗"}, 0),
        _j("p1", "ann", {"涉外盗窃"}, 5),  # a later change of the same annotator: not a new judgement
        _j("p1", "bob", {"诈骗"}, 2),
    ]
    k = agreement(js, kinds=["case_type"]).kinds["case_type"]
    assert k.items == 1 and not k.disagreements
    assert k.kappa is None and "no variation" in k.note
    assert (
        agreement([_j("p9", "ann", {"诈骗"}, 0)], kinds=["case_type"]).kinds["case_type"].note.startswith("no passage")
    )


def test_eval_report_shows_agreement_and_disagreements() -> None:
    js = [
        _j("p1", "ann", {"诈骗"}, 0),
        _j("p1", "bob", {"涉外盗窃"}, 1),
        _j("p2", "ann", {"诈骗"}, 2),
        _j("p2", "bob", {"诈骗"}, 3),
    ]
    html = _agreement(agreement(js, kinds=["case_type"]))
    assert "Cohen" in html and "case_type" in html
    assert "<code>p1</code>" in html and "p2</code>" not in html
    assert _agreement(None) == ""


def test_evidence_spans_point_at_the_words_that_support_a_label() -> None:
    finder = EvidenceFinder(QueryAnalyzer(load_manifest()), CountryNames())
    text = "一名俄罗斯籍男子在酒吧结账时与服务员争执，依据《中华人民共和国出境入境管理法》第七十八条处理。"
    labels = [
        Label(kind="case_type", value="消费场所/酒吧冲突", confidence=0.6, provenance=Provenance.RULE),
        Label(kind="nationality", value="Russia", confidence=0.9, provenance=Provenance.RULE),
        Label(
            kind="legal_clause",
            value="laws_cn/出境入境管理法_2012.md#第七十八条",
            confidence=0.9,
            provenance=Provenance.RULE,
        ),
        Label(kind="case_type", value="交通事故", confidence=0.3, provenance=Provenance.EMBEDDING),
    ]
    spans = finder.spans(text, labels)
    words = {(s.value, text[s.start : s.end]) for s in spans}
    assert ("消费场所/酒吧冲突", "酒吧") in words and ("消费场所/酒吧冲突", "服务员") in words
    assert any(v == "Russia" and "俄罗斯" in w for v, w in words)
    assert any(v.endswith("#第七十八条") and "第七十八条" in w for v, w in words)
    assert not any(v == "交通事故" for v, _ in words)  # no word supports it: no span
    assert [s.start for s in spans] == sorted(s.start for s in spans)


ITEM = {
    "id": item_id("local/x.md#案情"),
    "source": "local/x.md",
    "article": "案情",
    "text": "案情文本",
    "labels": [
        {"kind": "case_type", "value": "诈骗", "confidence": 0.4, "provenance": "rule"},
        {"kind": "legal_clause", "value": "laws_cn/a.md#第一条", "confidence": 0.9, "provenance": "rule"},
    ],
}


def test_label_studio_tasks_and_export_round_trip() -> None:
    [task] = tasks([ITEM])
    assert task["data"]["item_id"] == ITEM["id"] and task["data"]["text"] == "案情文本"
    regions = {r["from_name"]: r for r in task["predictions"][0]["result"]}
    assert regions["case_type"]["value"] == {"choices": ["诈骗"]} and regions["legal_clause"]["type"] == "textarea"
    exported = [
        {**task, "id": 3, "annotations": [{"completed_by": {"email": "a@unit"}, "result": list(regions.values())}]}
    ]
    [imported] = parse_export(exported)
    assert imported.item == ITEM["id"] and imported.annotator == "labelstudio:a@unit"
    assert set(imported.labels) == {LabelInput("case_type", "诈骗"), LabelInput("legal_clause", "laws_cn/a.md#第一条")}
    cancelled = [{**exported[0], "annotations": [{**exported[0]["annotations"][0], "was_cancelled": True}]}]
    with pytest.raises(LabelStudioError, match="no completed annotations"):
        parse_export(cancelled)
    config = labeling_config({"case_type": ["诈骗", 'a"b']})
    assert '<Choice value="诈骗"/>' in config and "<Choice value='a\"b'/>" in config


@pytest.mark.parametrize(
    "bad",
    [
        {"not": "a list"},
        [1, 2],
        [{"data": {"text": "x"}}],
        [{"data": {"item_id": "x"}, "annotations": "no"}],
        [{"data": {"item_id": "x"}, "annotations": [{"result": [{"from_name": "case_type", "value": {}}]}]}],
        [{"data": {"item_id": "x"}, "annotations": [{"result": [], "completed_by": None}]}],
    ],
)
def test_label_studio_files_of_another_shape_are_refused(bad: Any) -> None:
    with pytest.raises(LabelStudioError):
        parse_export(bad)


def test_upload_names_and_double_routing() -> None:
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("C:\\cases\\案例 1.md") == "案例_1.md"
    assert safe_name("...") == "upload"
    ids = [item_id(f"local/f.md#{n}") for n in range(2000)]
    share = sum(is_double(i, 0.25) for i in ids) / len(ids)
    assert 0.2 < share < 0.3
    assert not any(is_double(i, 0.0) for i in ids) and all(is_double(i, 1.0) for i in ids)


def test_written_eval_report_carries_the_agreement_section(tmp_path: Any) -> None:
    from eval.report import write_report
    from eval.runner import EvalRun

    js = [_j("p1", "ann", {"诈骗"}, 0), _j("p1", "bob", {"涉外盗窃"}, 1)]
    path = write_report(EvalRun(aggregate={"recall@5": 0.5}), tmp_path, agreement=agreement(js, kinds=["case_type"]))
    html = path.read_text(encoding="utf-8")
    assert "id='agreement'" in html and "<code>p1</code>" in html and "Disagreements to adjudicate" in html
    assert "id='agreement'" not in write_report(EvalRun(), tmp_path / "none").read_text(encoding="utf-8")
