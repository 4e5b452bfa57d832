"""Drills (issue 16): forbidden actions checked against the corpus, the plan text rules, and the
drills API end to end on the real stack (embedder, store, SQLite): making drills, grading
attempts, roles, the trainer's report, the audit rows and bad input.

The plans here are written for these tests; the benchmark plans (eval/data/drills) are never used."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from tests.conftest import TestUsers
from training.forbidden import (
    ForbiddenAction,
    ForbiddenError,
    ViolationDetector,
    expand_heads,
    head_words,
    load_forbidden,
    load_synonyms,
    verify_in_store,
)
from training.text import is_negated, sentences

DRUNK_STEPS = ["arrival-003", "rights-001", "rights-003", "evidence-002", "resolution-018", "followup-001"]

# Written for these tests (not benchmark plans).
GOOD = (
    "我们到场后看到他躺在公交站台边，随时可能滚到车道上，决定用约束带对他保护性约束，不用手铐，"
    "安排一名辅警寸步不离地看护，留意呕吐。他只会讲法语，请法语翻译到场并在笔录里写明翻译的身份。"
    "向他出示人民警察证，口头传唤，讲明理由和依据，打电话通知他的同事。另外分别询问报警的司机和站台上的乘客。"
    "他清醒后立即解除约束，再经翻译询问，依法作出处罚。处罚决定书当场宣读并交付，告诉他申请行政复议和提起行政诉讼的权利。"
)
PARTIAL = "到场后用约束带约束住他，派人看着，等他酒醒。"
VIOLATING = GOOD.replace("用约束带对他保护性约束，不用手铐", "直接给他戴上手铐铐在栏杆上")


@pytest.mark.unit
def test_negation_and_sentences() -> None:
    clause = "不得使用手铐"
    assert is_negated(clause, clause.index("使用手铐"), len(clause))
    clause = "不听劝阻就给他上手铐"
    assert not is_negated(clause, clause.index("上手铐"), len(clause))
    assert [s for s, _ in sentences("1. 到场约束 2. 通知翻译；3. 询问证人")] == ["到场约束", "通知翻译", "询问证人"]


@pytest.mark.unit
@pytest.mark.parametrize(
    ("clause", "act", "negated"),
    [
        ("我们没有给他上手铐", "手铐", True),  # 没有 negates
        ("手铐也没用", "手铐", True),  # a negator right after the act
        ("为防止他逃跑给他上了手铐", "手铐", False),  # the purpose is his act, not the officer's
        ("尽量避免使用手铐", "手铐", True),
        ("他闹得太凶，不得不给他上手铐", "手铐", False),  # a double negative affirms
        ("我们分别给两个人都上了手铐", "手铐", False),  # 分别 is not 别
        ("没收他的护照", "护照", False),  # 没收 is not 没
        ("不再使用手铐", "手铐", True),
        ("不用约束带而是直接上手铐", "手铐", False),  # a contrast starts a new predicate
    ],
)
def test_negation_scope(clause: str, act: str, negated: bool) -> None:
    i = clause.index(act)
    assert is_negated(clause, i, i + len(act)) is negated


@pytest.mark.unit
def test_cue_head_words_expand_from_the_synonyms_table(tmp_path: Path) -> None:
    assert expand_heads("〔阻止〕他", {"阻止": ["阻拦", "拦住"]}) == "(?:拦住|阻拦|阻止)他"
    with pytest.raises(KeyError):
        expand_heads("〔无此词〕", {})
    # the bundled file: every head word of forbidden.toml is in the generated table
    assert set(head_words()) <= set(load_synonyms())
    fbd = tmp_path / "f.toml"
    fbd.write_text(
        '[[forbidden]]\nid = "x"\ndescription = "测试动作"\narticle = "a#b"\nquote = "某某"\n'
        'cues.zh = ["〔阻止〕他"]\n',
        "utf-8",
    )
    syn = tmp_path / "s.toml"
    syn.write_text('[synonyms]\n"阻止" = ["拦住"]\n', "utf-8")
    (action,) = load_forbidden(fbd, syn)
    assert ViolationDetector([action]).find("我们当场拦住他，不让他走。")
    syn.write_text("[synonyms]\n", "utf-8")
    with pytest.raises(ForbiddenError, match=r"#1 \(x\).*阻止"):
        load_forbidden(fbd, syn)


@pytest.mark.unit
def test_detector_flags_acts_not_their_prohibition() -> None:
    actions = [a for a in load_forbidden() if a.id == "drunk-handcuffs"]
    assert actions, "the handcuffs action is in the file"
    det = ViolationDetector(actions)
    assert [f.action.id for f in det.find("他闹得厉害，我们给他戴上手铐带回所里。")] == ["drunk-handcuffs"]
    assert det.find("保护性约束只能用约束带，不得使用手铐。") == []


@pytest.mark.integration
def test_every_forbidden_action_cites_an_article_of_the_store(services: Any) -> None:
    actions = load_forbidden()

    def find(ids: list[str]) -> dict[str, dict[str, Any]]:
        return {str(p.payload["article_id"]): p.payload for p in services.store.find_articles(ids, None)}

    verify_in_store(actions, find)  # raises naming the entry otherwise
    bogus = actions[0].model_copy(update={"id": "bogus", "article": "laws_cn/治安管理处罚法_2025修订.md#第九百条"})
    with pytest.raises(ForbiddenError, match="bogus"):
        verify_in_store([bogus], find)
    wrong_quote = actions[0].model_copy(update={"id": "misquoted", "quote": "民警可以随意处置"})
    with pytest.raises(ForbiddenError, match="misquoted"):
        verify_in_store([wrong_quote], find)


@pytest.mark.unit
def test_bad_forbidden_file_is_refused_naming_the_entry(tmp_path: Path) -> None:
    bad = tmp_path / "f.toml"
    bad.write_text('[[forbidden]]\nid = "x"\ndescription = "测试动作"\narticle = "no-hash"\nquote = "某某"\n', "utf-8")
    with pytest.raises(ForbiddenError, match=r"#1 \(x\)"):
        load_forbidden(bad)
    with pytest.raises(ValueError, match="regular expression"):
        ForbiddenAction(id="y", description="测试动作", article="a#b", quote="某某", cues={"zh": ["("]})


@pytest.fixture(scope="module")
def client(services: Any, test_users: TestUsers) -> Iterator[TestClient]:
    with TestClient(create_app(services.settings, services=services)) as c:
        yield c


@pytest.fixture(scope="module")
def drunk_drill(client: TestClient, test_users: TestUsers) -> dict[str, Any]:
    body = {
        "scenario": "外国人醉酒后在公交站台滋事",
        "steps": DRUNK_STEPS,
        "case_types": ["醉酒"],
        "language": "fr",
        "district": "xiaoshan",
    }
    r = client.post("/v1/drills", json=body, headers=test_users.headers("trainer"))
    assert r.status_code == 200, r.text
    drill: dict[str, Any] = r.json()
    return drill


@pytest.mark.integration
@pytest.mark.slow
def test_trainer_makes_a_drill_with_cited_steps_and_forbidden_actions(drunk_drill: dict[str, Any]) -> None:
    assert drunk_drill["id"] >= 1 and drunk_drill["scene"]
    assert [s["library_id"] for s in drunk_drill["steps"]] == DRUNK_STEPS
    assert all(s["citations"] for s in drunk_drill["steps"]), "every library step keeps its verified basis"
    ids = {f["id"] for f in drunk_drill["forbidden"]}
    assert {"drunk-handcuffs", "beating"} <= ids and "firearm-crowd" not in ids  # only this case type's
    cuffs = next(f for f in drunk_drill["forbidden"] if f["id"] == "drunk-handcuffs")
    assert cuffs["citation"]["article"] == "第五十八条" and "公安机关办理行政案件程序规定" in cuffs["citation"]["law"]
    phrases = [p for s in drunk_drill["steps"] for p in s["phrases"]]
    assert phrases and all(p["lang"] == "fr" for p in phrases if p["foreign"])


@pytest.mark.integration
@pytest.mark.slow
def test_officer_attempts_are_graded_and_ranked(
    client: TestClient, test_users: TestUsers, drunk_drill: dict[str, Any]
) -> None:
    officer = test_users.headers("officer")
    seen = client.get(f"/v1/drills/{drunk_drill['id']}", headers=officer).json()
    assert "steps" not in seen and seen["step_count"] == len(DRUNK_STEPS) and seen["scene"]
    url = f"/v1/drills/{drunk_drill['id']}/attempts"
    grades = {}
    for name, plan in (("good", GOOD), ("partial", PARTIAL), ("violating", VIOLATING)):
        r = client.post(url, json={"answer": plan}, headers=officer)
        assert r.status_code == 200, r.text
        grades[name] = r.json()
    assert grades["good"]["score"] > grades["partial"]["score"] > grades["violating"]["score"]
    assert grades["good"]["violations"] == [] and len(grades["good"]["covered_steps"]) >= 5
    assert len(grades["partial"]["missed_steps"]) >= 3
    (v,) = grades["violating"]["violations"]
    assert v["id"] == "drunk-handcuffs" and v["citation"]["article"] == "第五十八条"
    assert "手铐" in v["clause"] and v["citation"]["quote"] in grades["violating"]["feedback"]
    # the wording quotes the articles of missed steps, with the phrases in the person's language
    wording = grades["partial"]["wording"]
    assert wording and all(w["citation"]["quote"] for w in wording if w["citation"]["article"])
    assert any(p["lang"] == "fr" for w in wording for p in w["phrases"])


@pytest.mark.integration
@pytest.mark.slow
def test_roles_officers_see_only_their_own_attempts(
    client: TestClient, test_users: TestUsers, drunk_drill: dict[str, Any], services: Any
) -> None:
    users = services.database()
    from api.users import UserStore

    store = UserStore(users)
    if store.get("drill-officer-b") is None:
        store.add("drill-officer-b", "officer", test_users.password)
    token = client.post("/v1/auth/token", data={"username": "drill-officer-b", "password": test_users.password})
    other = {"Authorization": f"Bearer {token.json()['access_token']}"}
    url = f"/v1/drills/{drunk_drill['id']}/attempts"
    assert client.post(url, json={"answer": "先把他约束起来，专人看护。"}, headers=other).status_code == 200
    mine = client.get("/v1/attempts", headers=other).json()["items"]
    assert mine and {a["username"] for a in mine} == {"drill-officer-b"}
    officer = client.get("/v1/attempts", headers=test_users.headers("officer")).json()["items"]
    assert all(a["username"] == "test-officer" for a in officer)
    # officers cannot make drills or read the report; nobody unsigned can do anything
    body = {"scenario": "醉酒", "steps": DRUNK_STEPS}
    assert client.post("/v1/drills", json=body, headers=other).status_code == 403
    assert client.get("/v1/drills/report", headers=other).status_code == 403
    assert client.post(url, json={"answer": "约束"}).status_code == 401
    # an evaluator is neither trainer nor officer: no attempts
    assert client.post(url, json={"answer": "约束"}, headers=test_users.headers("evaluator")).status_code == 403


@pytest.mark.integration
@pytest.mark.slow
def test_attempts_are_audited_and_stored_de_identified(
    client: TestClient, test_users: TestUsers, drunk_drill: dict[str, Any]
) -> None:
    start = datetime.now(UTC).isoformat()
    plan = "当事人护照号E98765432，电话13912345678。先约束，专人看护，酒醒后解除约束再询问。"
    r = client.post(
        f"/v1/drills/{drunk_drill['id']}/attempts", json={"answer": plan}, headers=test_users.headers("officer")
    )
    assert r.status_code == 200, r.text
    attempt_id = r.json()["attempt_id"]
    rows = client.get(
        "/v1/audit", params={"user": "test-officer", "since": start}, headers=test_users.headers("admin")
    ).json()
    (row,) = [x for x in rows if x["route"] == "/v1/drills/{drill_id}/attempts"]
    assert row["detail"]["attempt_id"] == attempt_id and row["status"] == 200
    assert "E98765432" not in row["question"] and "13912345678" not in row["question"]
    stored = client.get("/v1/attempts", headers=test_users.headers("officer")).json()["items"][0]
    assert stored["attempt_id"] == attempt_id
    assert "E98765432" not in stored["answer"] and "13912345678" not in stored["answer"]
    assert "酒醒后解除约束" in stored["answer"]


@pytest.mark.integration
@pytest.mark.slow
@pytest.mark.parametrize(
    ("answer", "status"),
    [
        ("", 422),
        ("   \n ", 422),
        ("约" * 4001, 422),
        (None, 422),
        (12345, 422),
        ("约束带约束专人看护。" * 400, 200),  # exactly the longest plan graded (4000 characters)
        ("。。。！！？；", 200),  # punctuation only: graded, nothing covered
        ("😀🚓" * 30, 200),
        ("We restrain him with a strap, never handcuffs, and watch him until he is sober.", 200),
        ("Мы надеваем на него наручники.", 200),
        ("نقيد الرجل بحزام ونراقبه حتى يصحو.", 200),
    ],
)
def test_attempt_bad_input(
    client: TestClient, test_users: TestUsers, drunk_drill: dict[str, Any], answer: Any, status: int
) -> None:
    """An empty, huge or non-Chinese plan is graded or refused with a 422 that says why, never a 5xx."""
    r = client.post(
        f"/v1/drills/{drunk_drill['id']}/attempts", json={"answer": answer}, headers=test_users.headers("officer")
    )
    assert r.status_code == status, r.text
    if status == 422:
        assert r.json()["details"][0]["field"] == "answer"  # says what is wrong
    else:
        body = r.json()
        assert 0.0 <= body["score"] <= 1.0
        assert len(body["covered_steps"]) + len(body["missed_steps"]) == len(DRUNK_STEPS)
        if not re.search(r"[\u4e00-\u9fff]", answer):
            assert body["notices"]  # graded, and told it is not Chinese


@pytest.mark.integration
@pytest.mark.slow
def test_drill_requests_bad_input(client: TestClient, test_users: TestUsers) -> None:
    trainer = test_users.headers("trainer")
    for body in (
        {},
        {"scenario": "醉酒滋事"},
        {"scenario": "醉酒", "steps": 0},
        {"scenario": "醉酒", "steps": ["nope-1"]},
    ):
        assert client.post("/v1/drills", json=body, headers=trainer).status_code == 422, body
    assert client.post("/v1/drills", json={"sop_id": 999999}, headers=trainer).status_code == 404
    assert client.get("/v1/drills/999999", headers=trainer).status_code == 404
    assert client.post("/v1/drills/999999/attempts", json={"answer": "约束"}, headers=trainer).status_code == 404


@pytest.mark.integration
@pytest.mark.slow
def test_drill_keeps_the_procedure_version_it_was_made_from(client: TestClient, test_users: TestUsers) -> None:
    trainer = test_users.headers("trainer")
    sop = client.post("/v1/sop", json={"scenario": "外国游客在景区走失求助", "steps": 4}, headers=trainer).json()
    saved = client.post("/v1/sops", json={"sop": sop}, headers=trainer).json()
    drill = client.post("/v1/drills", json={"sop_id": saved["id"], "scene": "一名游客找不到同伴。"}, headers=trainer)
    assert drill.status_code == 200, drill.text
    made = drill.json()
    assert made["sop_version"] == 1 and made["scene"] == "一名游客找不到同伴。"
    edited = {**sop, "steps": sop["steps"][:1]}
    assert client.put(f"/v1/sops/{saved['id']}", json={"sop": edited}, headers=trainer).json()["version"] == 2
    again = client.get(f"/v1/drills/{made['id']}", headers=trainer).json()
    assert [s["title"] for s in again["steps"]] == [s["title"] for s in made["steps"]] and len(again["steps"]) == 4
    r = client.post(f"/v1/drills/{made['id']}/attempts", json={"answer": "立即接警，调取监控搜寻。"}, headers=trainer)
    assert r.status_code == 200
    grade = r.json()
    assert len(grade["covered_steps"]) + len(grade["missed_steps"]) == 4  # graded against version 1
    graded = sorted((x["n"], x["title"]) for x in grade["covered_steps"] + grade["missed_steps"])
    assert graded == [(s["n"], s["title"]) for s in made["steps"]]
    # a drill made from the edited procedure grades against version 2
    newer = client.post("/v1/drills", json={"sop_id": saved["id"], "scene": "游客走散。"}, headers=trainer).json()
    assert newer["sop_version"] == 2 and len(newer["steps"]) == 1
    again_v1 = client.post(
        f"/v1/drills/{made['id']}/attempts", json={"answer": "立即接警，调取监控搜寻。"}, headers=trainer
    ).json()
    assert len(again_v1["covered_steps"]) + len(again_v1["missed_steps"]) == 4


@pytest.mark.integration
@pytest.mark.slow
def test_trainer_report_json_and_csv(client: TestClient, test_users: TestUsers, drunk_drill: dict[str, Any]) -> None:
    url = f"/v1/drills/{drunk_drill['id']}/attempts"
    client.post(url, json={"answer": VIOLATING, "district": "xiaoshan"}, headers=test_users.headers("officer"))
    trainer = test_users.headers("trainer")
    groups = client.get("/v1/drills/report", params={"district": "xiaoshan"}, headers=trainer).json()["groups"]
    (group,) = [g for g in groups if g["case_type"] == "醉酒"]
    assert group["attempts"] >= 1 and group["lesson"] == "/v1/lessons?case_type=醉酒"
    assert group["weakest_steps"] and all(0 <= s["mean_credit"] <= 1 for s in group["weakest_steps"])
    cuffs = [v for v in group["frequent_violations"] if v["citation"]["article"] == "第五十八条"]
    assert cuffs and cuffs[0]["count"] >= 1
    assert client.get(group["lesson"], headers=trainer).status_code == 200
    r = client.get("/v1/drills/report", params={"district": "xiaoshan", "format": "csv"}, headers=trainer)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert any(x["kind"] == "violation" and x["article"].endswith("第五十八条") for x in rows)
    assert {"district", "case_type", "kind", "item", "lesson"} <= set(rows[0])
    assert "nationality" not in r.text
