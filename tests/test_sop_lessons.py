"""Trainer procedures (cited steps, versions, exports), scene lessons and district weighting."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from answer.export import to_docx, to_markdown, to_pdf
from answer.lesson import MAX_CHARS, card_text, chinese_chars
from answer.sop import NO_BASIS, PHASE_NAMES, PHASES, SOPGenerator
from api.app import create_app
from corpus import CORPUS_ROOT
from corpus.schema import DocType
from tests.fake_openai import FakeOpenAI, Messages, Script

pytestmark = [pytest.mark.integration, pytest.mark.slow]
BAR = "涉外酒吧冲突处置：俄罗斯籍男子酒后在酒吧与他人斗殴"


@pytest.fixture(scope="module")
def generator(services: Any) -> SOPGenerator:
    return services.sop_generator()


@pytest.fixture(scope="module")
def bar_sop(generator: SOPGenerator, services: Any) -> Any:
    return generator.generate(BAR, steps=10, district=services.district("xiaoshan"))


def article_text(services: Any, source: str, article: str) -> str:
    points = services.store.find_articles([f"{source}#{article}"], None)
    assert points, f"cited article {source}#{article} does not exist"
    return str(points[0].payload["text"])


def test_ten_step_bar_conflict_procedure_is_cited_and_ordered(
    bar_sop: Any, generator: SOPGenerator, services: Any
) -> None:
    assert len(bar_sop.steps) == 10 and bar_sop.title.endswith("处置十步流程")
    assert [s.n for s in bar_sop.steps] == list(range(1, 11))
    order = [list(PHASE_NAMES.values()).index(s.phase) for s in bar_sop.steps]
    assert order == sorted(order), "steps must follow the phase order"
    assert "消费场所/酒吧冲突" in bar_sop.case_types and bar_sop.nationality == "Russia" and bar_sop.language == "ru"
    cited = [s for s in bar_sop.steps if s.citations]
    assert len(cited) >= 7
    for step in cited:
        for c in step.citations:
            text = article_text(services, c.source, c.article)
            assert c.quote.replace("……", "")[:20] in text  # the quote comes from the article
            assert generator.supports(step.why, text), f"step {step.n}: citation does not support the reason"
    for step in bar_sop.steps:
        if not step.citations:
            assert NO_BASIS in step.why and not step.basis_found
    assert any(p.lang == "ru" and p.foreign for s in bar_sop.steps for p in s.phrases)
    assert any(s.cultural_notes for s in bar_sop.steps)


def test_four_step_lost_tourist(generator: SOPGenerator) -> None:
    sop = generator.generate("外国游客走失处置", steps=4)
    assert len(sop.steps) == 4 and "游客走失" in sop.case_types
    assert sop.title.endswith("四步流程")


def test_unknown_scenario_degrades_gracefully(generator: SOPGenerator) -> None:
    sop = generator.generate("月球基地上的外星访客因能量晶体归属发生争执", steps=5)
    assert len(sop.steps) == 5
    assert sop.notices  # says it could not identify the case type
    assert all(s.citations or NO_BASIS in s.why for s in sop.steps)


def test_bad_arguments(generator: SOPGenerator) -> None:
    with pytest.raises(ValueError, match="steps must be between"):
        generator.generate("醉酒", steps=0)
    with pytest.raises(ValueError, match="empty"):
        generator.generate("   ")


def test_exports_open(bar_sop: Any, artifacts_dir: Path) -> None:
    md = to_markdown(bar_sop)
    assert md.startswith(f"# {bar_sop.title}") and "依据：" in md
    import docx

    document = docx.Document(io.BytesIO(to_docx(bar_sop)))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == bar_sop.title and any(bar_sop.steps[0].action in t for t in texts)
    pdf = to_pdf(bar_sop)
    (artifacts_dir / "sop-bar.pdf").write_bytes(pdf)
    from pypdf import PdfReader

    assert bar_sop.title in PdfReader(io.BytesIO(pdf)).pages[0].extract_text().replace("\n", "")
    import pypdfium2

    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=1.5).to_pil()
    image.save(artifacts_dir / "sop-bar-page1.png")
    gray = image.convert("L")
    dark = sum(gray.histogram()[:100])
    assert dark > 2000, "the PDF page should show text"


def test_lesson_card_is_short_and_cited(services: Any) -> None:
    card = services.lessons().build("Russia", "醉酒", services.district("xiaoshan"))
    assert card.culture and card.law and card.phrases
    assert chinese_chars(card_text(card)) == card.chinese_chars <= MAX_CHARS
    assert all(p.lang == "ru" for p in card.phrases if p.foreign)
    kinds = {c.doc_type for c in card.citations}
    assert DocType.TABOO in kinds and (DocType.LAW in kinds or DocType.TREATY in kinds)
    for c in card.citations:
        assert services.store.find_articles([f"{c.source}#{c.article}"], None)
    # The card shows only the chosen nationality's cultural notes, and its title pairs no nationality
    # with the case type.
    taboo = [c for c in card.citations if c.doc_type is DocType.TABOO]
    for c in taboo:
        points = services.store.find_articles([f"{c.source}#{c.article}"], None)
        assert points and all("Russia" in p.payload["nationalities"] for p in points)
    assert card.title.startswith("醉酒 现场速记") and "籍人员" not in card.title
    general = services.lessons().build(None, "醉酒")
    for c in general.citations:
        if c.doc_type is DocType.TABOO:
            points = services.store.find_articles([f"{c.source}#{c.article}"], None)
            assert points and all(p.payload["nationalities"] == [] for p in points)
    with pytest.raises(ValueError, match="unknown case type"):
        services.lessons().build("Russia", "抢银行")
    with pytest.raises(ValueError, match="unknown nationality"):
        services.lessons().build("Atlantis", "醉酒")


def test_district_weighting_changes_ranking_without_hiding_law(services: Any) -> None:
    searcher = services.searcher()
    district = services.district("xiaoshan")
    favoured = set().union(*(searcher.district_prior.get(ct, set()) for ct in district.frequent_case_types))
    assert favoured
    question = "外国人违反治安管理和出境入境管理的行为怎么处理"
    plain = [h.article_id for h in searcher.search(question, k=30).hits]
    weighted = [h.article_id for h in searcher.search(question, k=30, district=district).hits]
    assert plain != weighted
    # Every favoured article found both ways ranks at least as high with the district, some higher.
    both = [a for a in favoured if a in plain and a in weighted]
    assert both and all(weighted.index(a) <= plain.index(a) for a in both)
    assert any(weighted.index(a) < plain.index(a) for a in both)
    ref = searcher.search("出境入境管理法第四十一条", k=3, district=district).hits[0]
    assert ref.article_id == "laws_cn/出境入境管理法_2012.md#第四十一条"  # references are never displaced
    assert all(
        h.doc_type in (DocType.LAW, DocType.TREATY) for h in searcher.search(question, k=10, district=district).hits
    )


@pytest.fixture(scope="module")
def client(services: Any, auth_headers: Callable[..., dict[str, str]]) -> Iterator[TestClient]:
    """The app, signed in as a trainer."""
    with TestClient(create_app(services.settings, services=services), headers=auth_headers("trainer")) as c:
        yield c


def test_sop_api_save_versions_export(client: TestClient) -> None:
    r = client.post("/v1/sop", json={"scenario": "涉外酒吧冲突处置", "steps": 10, "region": "xiaoshan"})
    assert r.status_code == 200
    sop = r.json()
    assert len(sop["steps"]) == 10 and sop["district"] == "xiaoshan"
    saved = client.post("/v1/sops", json={"sop": sop, "author": "培训员甲", "note": "初稿"}).json()
    assert saved["mode"] == sop["mode"] == "library" and saved["removed"] == []  # unchanged: keeps its mode
    sop["steps"][0]["action"] = "（已修改）" + sop["steps"][0]["action"]
    edited = client.put(f"/v1/sops/{saved['id']}", json={"sop": sop, "author": "培训员乙", "note": "补充"}).json()
    assert (saved["version"], edited["version"]) == (1, 2)
    doc = client.get(f"/v1/sops/{saved['id']}").json()
    assert doc["sop"]["steps"][0]["action"].startswith("（已修改）") and doc["sop"]["mode"] == "edited"
    assert [v["version"] for v in doc["versions"]] == [1, 2]
    assert {v["author"] for v in doc["versions"]} == {"test-trainer"}  # from the token, not the body
    first = client.get(f"/v1/sops/{saved['id']}", params={"version": 1}).json()
    assert not first["sop"]["steps"][0]["action"].startswith("（已修改）")  # versions are kept
    for fmt, magic in (("md", b"# "), ("docx", b"PK"), ("pdf", b"%PDF")):
        exp = client.get(f"/v1/sops/{saved['id']}/export", params={"format": fmt})
        assert exp.status_code == 200 and exp.content.startswith(magic)
        assert "attachment" in exp.headers["content-disposition"]
    assert any(d["id"] == saved["id"] for d in client.get("/v1/sops").json()["items"])


def test_saving_reverifies_citations_and_never_trusts_the_client(client: TestClient) -> None:
    sop = client.post("/v1/sop", json={"scenario": "涉外酒吧冲突处置", "steps": 4}).json()
    cited = next(i for i, step in enumerate(sop["steps"]) if step["citations"])
    good = sop["steps"][cited]["citations"][0]

    # A client claiming model output with a seal of its own: saved as edited.
    forged = {**sop, "mode": "llm", "seal": "0" * 64}
    saved = client.post("/v1/sops", json={"sop": forged}).json()
    assert saved["mode"] == "edited"
    assert client.get(f"/v1/sops/{saved['id']}").json()["sop"]["mode"] == "edited"

    # Citations are checked again: a quote the article does not contain, an article that does not
    # exist and a law's title the client made up are removed or replaced from the store.
    tampered = json.loads(json.dumps(sop))
    step = tampered["steps"][cited]
    step["basis_found"] = True
    step["citations"] = [
        {**good, "law": "客户端编造的法律名称", "short": "编造法"},
        {**good, "quote": "本条规定外国人一律驱逐出境"},
        {**good, "article": "第九千九百九十九条"},
    ]
    uncited = next(i for i, s in enumerate(tampered["steps"]) if i != cited)
    tampered["steps"][uncited]["citations"] = []
    tampered["steps"][uncited]["basis_found"] = True  # the client cannot claim a basis either
    r = client.post("/v1/sops", json={"sop": tampered})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["mode"] == "edited" and len(body["removed"]) == 2
    assert any("引文与条文不符" in n for n in body["removed"]) and any("不在知识库中" in n for n in body["removed"])
    stored = client.get(f"/v1/sops/{body['id']}").json()["sop"]
    kept = stored["steps"][cited]["citations"]
    assert len(kept) == 1 and kept[0]["law"] == good["law"] and kept[0]["short"] == good["short"]
    assert stored["steps"][uncited]["basis_found"] is False
    assert set(body["removed"]) <= set(stored["notices"])

    # Unchanged and sealed (as GET returns it), a saved version keeps its mode on the next save.
    again = client.get(f"/v1/sops/{saved['id']}").json()["sop"]
    assert again["seal"]
    assert client.put(f"/v1/sops/{saved['id']}", json={"sop": again}).json()["mode"] == "edited"
    fresh = client.post("/v1/sops", json={"sop": sop}).json()
    doc = client.get(f"/v1/sops/{fresh['id']}").json()
    assert doc["sop"]["mode"] == sop["mode"] and doc["sop"]["seal"]
    assert client.put(f"/v1/sops/{fresh['id']}", json={"sop": doc["sop"]}).json()["mode"] == sop["mode"]


def test_saved_procedures_are_paginated(client: TestClient) -> None:
    sop = client.post("/v1/sop", json={"scenario": "外国游客走失", "steps": 2}).json()
    for _ in range(3):
        assert client.post("/v1/sops", json={"sop": sop}).status_code == 200
    first = client.get("/v1/sops", params={"limit": 2}).json()
    second = client.get("/v1/sops", params={"limit": 2, "offset": 2}).json()
    assert len(first["items"]) == 2 and first["total"] >= 3 and first["limit"] == 2
    assert not {d["id"] for d in first["items"]} & {d["id"] for d in second["items"]}
    assert client.get("/v1/sops", params={"limit": 201}).status_code == 422


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("post", "/v1/sop", {"scenario": "", "steps": 10}, 422),
        ("post", "/v1/sop", {"scenario": "醉酒", "steps": 21}, 422),
        ("post", "/v1/sop", {"scenario": "醉酒", "region": "atlantis"}, 422),
        ("get", "/v1/sops/99999", None, 404),
        ("get", "/v1/sops/1/export?format=exe", None, 422),
        ("get", "/v1/lessons?nationality=Atlantis", None, 422),
        ("get", "/v1/lessons?district=nowhere", None, 422),
    ],
)
def test_api_bad_input(client: TestClient, method: str, path: str, body: dict[str, Any] | None, status: int) -> None:
    r = client.request(method.upper(), path, json=body)
    assert r.status_code == status, r.text


def test_lessons_and_districts_api(client: TestClient) -> None:
    districts = client.get("/v1/districts").json()
    assert len(districts["districts"]) >= 2 and districts["suggested_default"]
    card = client.get("/v1/lessons", params={"nationality": "Russia", "case_type": "醉酒"}).json()
    assert card["chinese_chars"] <= MAX_CHARS and card["citations"]
    suggested = client.get("/v1/lessons/suggested", params={"district": "xiaoshan"}).json()
    assert suggested and suggested[0]["case_type"]
    # By case type and district only: no suggestion names a nationality.
    assert all(set(item) == {"case_type", "district"} for item in suggested)


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI().start()
    yield server
    server.stop()


def test_llm_drafted_procedure_is_verified(services: Any, fake: FakeOpenAI) -> None:
    from llm.client import OpenAICompatibleClient

    def reply(messages: Messages) -> str:
        user = messages[1]["content"]
        first = user.split("[1] ", 1)[1].split("\n", 1)[1].split("\n\n")[0]
        clause = first.split("。")[0]
        return json.dumps(
            [
                {"title": "依法处理", "action": "按照规定处理。", "why": clause, "evidence": [1]},
                {
                    "title": "编造的依据",
                    "action": "当场没收全部财物。",
                    "why": "外国人一律没收全部财物并立即驱逐出境。",
                    "evidence": [1, 99],
                },
                {
                    "title": "安排翻译",
                    "action": "为不通晓中文的外国当事人提供翻译人员。",
                    "why": clause,
                    "evidence": [1],
                },
            ],
            ensure_ascii=False,
        )

    generator = services.sop_generator()
    generator.llm = OpenAICompatibleClient(fake.url, "fake-model", read_timeout=10)
    fake.script = Script(reply=reply)
    sop = generator.generate("外国人在酒吧醉酒打人", steps=3, nationality="Russia")
    assert sop.mode == "llm"
    assert sop.steps[0].citations and not sop.steps[1].citations  # the invented basis was not accepted
    assert NO_BASIS in sop.steps[1].why
    # A drafted step that restates a library step carries its phrases (in the party's language)
    # and notes; vague or invented steps get none rather than a loosely related one.
    interpreter = sop.steps[2]
    assert [p.foreign for p in interpreter.phrases] == ["Мы предоставим вам переводчика. На каком языке вы говорите?"]
    assert interpreter.cultural_notes
    assert not sop.steps[0].phrases and not sop.steps[1].phrases and not sop.steps[1].cultural_notes
    fake.script = Script(kind="http500")
    fallback = generator.generate("外国人在酒吧醉酒打人", steps=3)
    assert fallback.mode == "library-fallback" and any("不可用" in n for n in fallback.notices)


def test_personal_data_in_a_scenario_never_reaches_the_endpoint(services: Any, fake: FakeOpenAI) -> None:
    from llm.client import OpenAICompatibleClient

    generator = services.sop_generator()
    generator.llm = OpenAICompatibleClient(fake.url, "fake-model", read_timeout=10)
    fake.script = Script(reply="[]")  # nothing usable: the library procedure is the fallback
    scenario = "酒吧内Dmitri Sokolov（电话+7 903 555 01 77，护照号码721938465）醉酒后与店员争执"
    generator.generate(scenario, steps=3)
    sent = json.dumps(fake.script.requests[-1], ensure_ascii=False)
    for value in ("Dmitri", "Sokolov", "903 555", "721938465"):
        assert value not in sent
    assert "醉酒" in sent and "[电话-1]" in sent  # the scenario itself still went in, de-identified


def test_library_is_valid_and_covers_every_phase_and_case_type() -> None:
    import tomllib

    from corpus.schema.taxonomy import CASE_TYPES

    data = tomllib.loads((CORPUS_ROOT / "sop" / "steps.toml").read_text(encoding="utf-8"))
    steps = data["step"]
    assert {s["phase"] for s in steps} == set(PHASES)
    covered = {ct for s in steps for ct in s.get("case_types", [])}
    assert {c.name for c in CASE_TYPES} <= covered
