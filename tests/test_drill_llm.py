"""LLM grading of drill attempts against the scripted OpenAI-compatible server: strict parsing,
citations verified like an answer's, the LLM-free grade as floor and fallback, de-identification,
and the API's behaviour with an endpoint configured.

The plans here are written for these tests; the benchmark plans (eval/data/drills) are never used."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from llm.client import OpenAICompatibleClient
from tests.conftest import TestUsers
from tests.fake_openai import FakeOpenAI, Messages, Script
from training.drills import Drill, drill_from_sop, sop_from_library
from training.llm_grader import LLMDrillGrader, LLMReplyError, in_plan, parse_reply

STEPS = ["arrival-003", "rights-001", "rights-003", "evidence-002", "resolution-018", "followup-001"]
# Written for these tests (not benchmark plans).
PLAN = (
    "到了公园门口，那个醉汉一直往马路上冲，我们用约束带把他控制在长椅上，安排一名辅警守着他。"
    "他讲德语，通过远程翻译沟通，笔录写明了翻译的名字和单位。等他清醒以后解除约束，再询问经过。"
)
CUFFS_PLAN = "他挣扎得厉害，我们把他双手反铐在栏杆上，派人看着。醒了以后再通过翻译询问他。"


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def drill(services: Any) -> Drill:
    grader = services.drill_grader()
    sop = sop_from_library(services.sop_generator(), "公园门口醉酒外国人滋事", STEPS, ["醉酒"], "de")
    return drill_from_sop(sop, list(grader.actions.values()), "公园门口有人醉酒闹事。", "written", grader.laws)


def llm_grader(services: Any, url: str, deadline: float = 10.0, read_timeout: float = 5.0) -> LLMDrillGrader:
    client = OpenAICompatibleClient(url, "fake-model", connect_timeout=1.0, read_timeout=read_timeout)
    return LLMDrillGrader(
        services.drill_grader(),
        client,
        services.verifier(on_unsupported="remove"),
        articles=services.article_texts,
        deadline_s=deadline,
    )


def evidence_in(messages: Messages) -> dict[int, str]:
    """The numbered evidence texts of the rendered drill prompt."""
    user = next(m["content"] for m in messages if m["role"] == "user")
    block = user.split("Evidence:\n", 1)[1].split("\n\nOfficer's plan:", 1)[0]
    return {
        int(m.group(1)): m.group(2).strip()
        for m in re.finditer(r"^\[(\d+)\] [^\n]*\n(.*?)(?=\n\n\[\d+\] |\Z)", block, re.S | re.M)
    }


def first_clause_of(text: str) -> str:
    return re.split(r"(?<=[。；])", text.strip().split("\n")[0])[0].rstrip("；。")


def reply_json(**parts: Any) -> Callable[[Messages], str]:
    """A reply built from the prompt: ``feedback`` may be a function of the evidence."""

    def reply(messages: Messages) -> str:
        body = dict(parts)
        if callable(body.get("feedback")):
            body["feedback"] = body["feedback"](evidence_in(messages))
        return json.dumps(body, ensure_ascii=False)

    return reply


@pytest.mark.unit
def test_parse_reply_is_strict() -> None:
    ok = '{"steps": [{"n": 1, "covered": true, "quote": "约束带"}], "violations": [], "feedback": "好[1]。"}'
    assert parse_reply(ok, 2).steps[0].covered is True
    assert parse_reply(f"```json\n{ok}\n```", 2).feedback == "好[1]。"
    bad = {
        "评分如下：" + ok: "not JSON",
        "[1, 2]": "not an object",
        ok.replace('"n": 1', '"n": "1"'): "steps.0.n",
        ok.replace('"n": 1', '"n": 3'): "do not exist",
        ok.replace('"feedback"', '"score": 0.9, "feedback"'): "score",
        ok.replace('"violations": [], ', ""): "violations",
        ok.replace('"quote": "约束带"}', '"quote": ""}, {"n": 1, "covered": false}'): "repeated",
        "": "empty",
    }
    for text, why in bad.items():
        with pytest.raises(LLMReplyError, match=why):
            parse_reply(text, 2)
    assert in_plan("用约束带 把他", "我们用约束带把他控制住") and not in_plan("手铐", "我们用约束带把他控制住")


@pytest.mark.integration
@pytest.mark.slow
def test_llm_grade_is_checked_and_combined(services: Any, fake: FakeOpenAI, drill: Drill) -> None:
    floor = services.drill_grader().grade(drill, PLAN)
    beating = next(f for f in drill.forbidden if f.id == "beating")
    assert "beating" not in {v.id for v in floor.violations}  # what the model adds below is new
    extra = "我们用约束带把他控制在长椅上"

    def feedback(ev: dict[int, str]) -> str:
        return f"{first_clause_of(ev[1])}[1]。翻译的安排值得表扬[9]。下次记得通知家属。"

    fake.script = Script(
        reply=reply_json(
            steps=[
                {"n": 1, "covered": True, "quote": "用约束带把他控制在长椅上，安排一名辅警守着他"},
                {"n": 3, "covered": True, "quote": "向他出示人民警察证并口头传唤"},  # not in the plan
                {"n": 6, "covered": False, "quote": ""},
            ],
            violations=[
                {"id": "beating", "quote": extra},
                {"id": "no-such-action", "quote": extra},
                {"id": "drunk-handcuffs", "quote": "给他戴上手铐"},  # not in the plan
            ],
            feedback=feedback,
        )
    )
    grade = llm_grader(services, fake.url).grade(drill, PLAN)
    assert grade.grader == "llm" and grade.model == "fake-model" and grade.prompt == "drill_grade@v1"
    asked = fake.script.requests[-1]["response_format"]
    assert asked["type"] == "json_object" and asked["schema"]["required"] == ["steps", "violations", "feedback"]
    credit = {r.n: r.credit for r in grade.covered_steps + grade.missed_steps}
    base = {r.n: r.credit for r in floor.covered_steps + floor.missed_steps}
    assert credit[1] == pytest.approx((base[1] + 1.0) / 2, abs=1e-4)
    assert credit[3] == base[3]  # a claim quoting words the plan lacks does not count
    assert credit[6] == pytest.approx(base[6] / 2, abs=1e-4)
    assert credit[2] == base[2]  # no claim: the embedding credit
    # the model's valid violation carries the list's article, not one the model names
    (added,) = [v for v in grade.violations if v.found_by == "llm"]
    assert added.id == "beating" and added.citation == beating.citation and added.clause == extra
    assert {v.id for v in grade.violations} == {"beating"} | {v.id for v in floor.violations}
    # feedback: the supported sentence stays with its citation, the others are dropped and reported
    assert grade.verification is not None
    assert (grade.verification.sentences, grade.verification.kept) == (3, 1)
    assert sorted(r.reason for r in grade.verification.removed) == ["invalid-citation", "no-citation"]
    (cited,) = grade.feedback_citations
    assert cited.identity == drill.steps[0].citations[0].identity  # evidence [1]: the first step's basis
    assert "[1]" in grade.feedback and "[9]" not in grade.feedback and "通知家属。" not in grade.feedback
    assert "翻译的安排值得表扬" not in grade.feedback
    (notice,) = grade.notices
    assert "未知的违规编号" in notice and "第3步" in notice and "2 句反馈" in notice
    assert grade.score < floor.score  # the added violation costs


@pytest.mark.integration
@pytest.mark.slow
def test_rule_violations_are_never_removed_by_the_model(services: Any, fake: FakeOpenAI, drill: Drill) -> None:
    floor = services.drill_grader().grade(drill, CUFFS_PLAN)
    assert "drunk-handcuffs" in {v.id for v in floor.violations}
    fake.script = Script(reply=reply_json(steps=[], violations=[], feedback="方案很好，没有违规。"))
    grade = llm_grader(services, fake.url).grade(drill, CUFFS_PLAN)
    assert grade.grader == "llm"
    assert {v.id for v in grade.violations} == {v.id for v in floor.violations}
    assert grade.score == floor.score and grade.feedback == floor.feedback  # nothing it said survived
    assert grade.feedback_citations == [] and any("没有可核验的句子" in n for n in grade.notices)


@pytest.mark.integration
@pytest.mark.slow
@pytest.mark.parametrize(
    ("script", "why"),
    [
        (Script(reply="这个方案总体不错，给80分。"), "无法使用"),
        (
            Script(
                reply='{"steps": [{"n": 99, "covered": true, "quote": "约束带"}], "violations": [], "feedback": ""}'
            ),
            "无法使用",
        ),
        (Script(kind="http500"), "暂不可用"),
        (Script(kind="not-json"), "无法使用"),  # a non-SSE body streams nothing: an empty reply
        (Script(kind="bad-sse"), "暂不可用"),
    ],
)
def test_unusable_replies_fall_back_to_the_llm_free_grade(
    services: Any, fake: FakeOpenAI, drill: Drill, script: Script, why: str
) -> None:
    fake.script = script
    floor = services.drill_grader().grade(drill, CUFFS_PLAN)
    grade = llm_grader(services, fake.url).grade(drill, CUFFS_PLAN)
    assert grade.grader == "embedding-fallback" and why in grade.notices[0]
    assert grade.score == floor.score and grade.violations == floor.violations
    assert grade.feedback == floor.feedback and grade.verification is None


@pytest.mark.integration
@pytest.mark.slow
def test_slow_or_absent_endpoint_falls_back(services: Any, fake: FakeOpenAI, drill: Drill) -> None:
    fake.script = Script(kind="hang")
    grade = llm_grader(services, fake.url, deadline=1.0, read_timeout=30.0).grade(drill, PLAN)
    assert grade.grader == "embedding-fallback" and "1 s" in grade.notices[0]
    down = llm_grader(services, "http://127.0.0.1:9/v1").grade(drill, PLAN)
    assert down.grader == "embedding-fallback" and "暂不可用" in down.notices[0]
    assert "127.0.0.1" not in down.notices[0]  # the endpoint is not named to the officer
    with pytest.raises(ValueError, match="empty"):
        llm_grader(services, fake.url).grade(drill, "  ")


@pytest.mark.integration
@pytest.mark.slow
def test_personal_data_never_reaches_the_endpoint(services: Any, fake: FakeOpenAI, drill: Drill) -> None:
    fake.script = Script(reply=reply_json(steps=[], violations=[], feedback=""))
    plan = "当事人Hans Becker（护照号码C01X00T47，电话13700001111）醉倒在路边，先用约束带约束，专人看护。"
    llm_grader(services, fake.url).grade(drill, plan)
    sent = json.dumps(fake.script.requests[-1], ensure_ascii=False)
    for value in ("Hans", "Becker", "C01X00T47", "13700001111"):
        assert value not in sent
    assert "先用约束带约束，专人看护" in sent  # the plan itself went in


@pytest.mark.integration
@pytest.mark.slow
def test_api_grades_with_the_configured_endpoint(services: Any, fake: FakeOpenAI, test_users: TestUsers) -> None:
    settings = services.settings.model_copy(update={"llm_base_url": fake.url, "llm_model": "fake-model"})
    llm_services = dataclasses.replace(services, settings=settings, _llm_client=None)
    with TestClient(create_app(settings, services=llm_services)) as client:
        body = {"scenario": "公园门口醉酒外国人滋事", "steps": STEPS, "case_types": ["醉酒"]}
        made = client.post("/v1/drills", json=body, headers=test_users.headers("trainer"))
        assert made.status_code == 200, made.text
        url = f"/v1/drills/{made.json()['id']}/attempts"
        officer = test_users.headers("officer")

        def feedback(ev: dict[int, str]) -> str:
            return f"{first_clause_of(ev[1])}[1]。"

        fake.script = Script(
            reply=reply_json(steps=[{"n": 1, "covered": True, "quote": "约束带"}], violations=[], feedback=feedback)
        )
        r = client.post(url, json={"answer": PLAN}, headers=officer)
        assert r.status_code == 200, r.text
        graded = r.json()
        assert graded["grader"] == "llm" and len(graded["feedback_citations"]) == 1
        assert graded["verification"]["kept"] == 1
        fake.script = Script(kind="http500")
        r = client.post(url, json={"answer": PLAN}, headers=officer)
        assert r.status_code == 200 and r.json()["grader"] == "embedding-fallback"
        before = len(fake.script.requests)
        for bad in ("", "　 \n", "约" * 4001):
            assert client.post(url, json={"answer": bad}, headers=officer).status_code == 422
        assert len(fake.script.requests) == before  # refused before anything reached the endpoint
        kept = client.get("/v1/attempts", params={"drill_id": made.json()["id"]}, headers=officer).json()["items"]
        assert [a["grader"] for a in kept[:2]] == ["embedding-fallback", "llm"]
